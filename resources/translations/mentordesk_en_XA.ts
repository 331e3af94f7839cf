<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_XA" sourcelanguage="en">
  <context>
    <name>AboutDialog</name>
    <message>
      <source>About MentorDesk</source>
      <translation>[Åƀöûţ MentorDesk ·····]</translation>
    </message>
    <message>
      <source>&lt;p&gt;Run all of your mentor relationships on your own computer, offline.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Data folder:&lt;/b&gt;&lt;br&gt;{folder}&lt;/p&gt;&lt;p&gt;&lt;b&gt;Database:&lt;/b&gt;&lt;br&gt;{database}&lt;/p&gt;&lt;p&gt;Qt for Python {qt}&lt;/p&gt;</source>
      <translation>[&lt;p&gt;Řûñ àĺĺ öf ýöûŕ ḿéñţöŕ ŕéĺàţîöñšĥîþš öñ ýöûŕ öŵñ çöḿþûţéŕ, öffĺîñé.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Đàţà föĺđéŕ:&lt;/b&gt;&lt;br&gt;{folder}&lt;/p&gt;&lt;p&gt;&lt;b&gt;Đàţàƀàšé:&lt;/b&gt;&lt;br&gt;{database}&lt;/p&gt;&lt;p&gt;Qţ föŕ Þýţĥöñ {qt}&lt;/p&gt; ····· ····· ····· ····· ····· ····· ····· ····· ····· ····· ····· ··]</translation>
    </message>
    <message>
      <source>&lt;p&gt;MentorDesk is free software under the MIT licence. It uses Qt and Qt for Python (PySide6), which are licensed under the GNU Lesser General Public License v3; you may replace them with your own build. The licences of everything MentorDesk ships with are in its licences folder.&lt;/p&gt;</source>
      <translation>[&lt;p&gt;MentorDesk îš fŕéé šöfţŵàŕé ûñđéŕ ţĥé MÎŢ ĺîçéñçé. Îţ ûšéš Qţ àñđ Qţ föŕ Þýţĥöñ (ÞýŠîđé6), ŵĥîçĥ àŕé ĺîçéñšéđ ûñđéŕ ţĥé ĜÑÛ Ĺéššéŕ Ĝéñéŕàĺ Þûƀĺîç Ĺîçéñšé v3; ýöû ḿàý ŕéþĺàçé ţĥéḿ ŵîţĥ ýöûŕ öŵñ ƀûîĺđ. Ţĥé ĺîçéñçéš öf évéŕýţĥîñĝ MentorDesk šĥîþš ŵîţĥ àŕé îñ îţš ĺîçéñçéš föĺđéŕ.&lt;/p&gt; ····· ····· ····· ····· ····· ····· ····· ····· ····· ····· ····· ····· ····· ····· ····· ····· ····· ····· ····]</translation>
    </message>
    <message>
      <source>Open data folder</source>
      <translation>[Öþéñ đàţà föĺđéŕ ·····]</translation>
    </message>
    <message>
      <source>Licences</source>
      <translation>[Ĺîçéñçéš ··]</translation>
    </message>
    <message>
      <source>Open the licences folder</source>
      <translation>[Öþéñ ţĥé ĺîçéñçéš föĺđéŕ ····· ··]</translation>
    </message>
  </context>
  <context>
    <name>ActionDoneDialog</name>
    <message>
      <source>Mark done</source>
      <translation>[Màŕķ đöñé ··]</translation>
    </message>
    <message>
      <source>Outcome</source>
      <translation>[Öûţçöḿé ·]</translation>
    </message>
    <message>
      <source>How did it turn out? What did you learn?</source>
      <translation>[Ĥöŵ đîđ îţ ţûŕñ öûţ? Ŵĥàţ đîđ ýöû ĺéàŕñ? ····· ····· ··]</translation>
    </message>
    <message>
      <source>Done on</source>
      <translation>[Đöñé öñ ·]</translation>
    </message>
    <message>
      <source>Report back to {name} at the next meeting</source>
      <translation>[Řéþöŕţ ƀàçķ ţö {name} àţ ţĥé ñéxţ ḿééţîñĝ ····· ····· ···]</translation>
    </message>
    <message>
      <source>Report back to the mentor</source>
      <translation>[Řéþöŕţ ƀàçķ ţö ţĥé ḿéñţöŕ ····· ··]</translation>
    </message>
    <message>
      <source>&amp;Outcome</source>
      <translation>[&amp;Öûţçöḿé ··]</translation>
    </message>
    <message>
      <source>&amp;Done on</source>
      <translation>[&amp;Đöñé öñ ··]</translation>
    </message>
  </context>
  <context>
    <name>ActionItemDialog</name>
    <message>
      <source>Edit action item</source>
      <translation>[Éđîţ àçţîöñ îţéḿ ·····]</translation>
    </message>
    <message>
      <source>New action item</source>
      <translation>[Ñéŵ àçţîöñ îţéḿ ····]</translation>
    </message>
    <message>
      <source>Mentor the advice came from</source>
      <translation>[Méñţöŕ ţĥé àđvîçé çàḿé fŕöḿ ····· ···]</translation>
    </message>
    <message>
      <source>&amp;Mentor</source>
      <translation>[&amp;Méñţöŕ ·]</translation>
    </message>
    <message>
      <source>Mentor</source>
      <translation>[Méñţöŕ ·]</translation>
    </message>
    <message>
      <source>What you will do</source>
      <translation>[Ŵĥàţ ýöû ŵîĺĺ đö ·····]</translation>
    </message>
    <message>
      <source>What will you do? e.g. Read chapter 3 of …</source>
      <translation>[Ŵĥàţ ŵîĺĺ ýöû đö? é.ĝ. Řéàđ çĥàþţéŕ 3 öf … ····· ····· ···]</translation>
    </message>
    <message>
      <source>&amp;Action</source>
      <translation>[&amp;Åçţîöñ ·]</translation>
    </message>
    <message>
      <source>on</source>
      <translation>[öñ ·]</translation>
    </message>
    <message>
      <source>D&amp;ue</source>
      <translation>[Đ&amp;ûé ·]</translation>
    </message>
    <message>
      <source>Tell the mentor how it went</source>
      <translation>[Ţéĺĺ ţĥé ḿéñţöŕ ĥöŵ îţ ŵéñţ ····· ···]</translation>
    </message>
    <message>
      <source>Report back to the mentor</source>
      <translation>[Řéþöŕţ ƀàçķ ţö ţĥé ḿéñţöŕ ····· ··]</translation>
    </message>
    <message>
      <source>Private: never in anything copied or sent</source>
      <translation>[Þŕîvàţé: ñévéŕ îñ àñýţĥîñĝ çöþîéđ öŕ šéñţ ····· ····· ···]</translation>
    </message>
    <message>
      <source>Private action item</source>
      <translation>[Þŕîvàţé àçţîöñ îţéḿ ·····]</translation>
    </message>
    <message>
      <source>Outcome</source>
      <translation>[Öûţçöḿé ·]</translation>
    </message>
    <message>
      <source>&amp;Outcome</source>
      <translation>[&amp;Öûţçöḿé ··]</translation>
    </message>
    <message>
      <source>Save</source>
      <translation>[Šàvé ·]</translation>
    </message>
    <message>
      <source>Add action item</source>
      <translation>[Åđđ àçţîöñ îţéḿ ····]</translation>
    </message>
    <message>
      <source>Ctrl+Enter</source>
      <translation>[Çţŕĺ+Éñţéŕ ··]</translation>
    </message>
    <message>
      <source>Choose a mentor…</source>
      <translation>[Çĥööšé à ḿéñţöŕ… ·····]</translation>
    </message>
  </context>
  <context>
    <name>ActionItemsModel</name>
    <message>
      <source>Action item</source>
      <translation>[Åçţîöñ îţéḿ ···]</translation>
    </message>
    <message>
      <source>Due</source>
      <translation>[Đûé ·]</translation>
    </message>
    <message>
      <source>No date</source>
      <translation>[Ñö đàţé ·]</translation>
    </message>
    <message>
      <source>Double-click or press F2 to set a due date</source>
      <translation>[Đöûƀĺé-çĺîçķ öŕ þŕéšš F2 ţö šéţ à đûé đàţé ····· ····· ···]</translation>
    </message>
  </context>
  <context>
    <name>ActionItemsPanel</name>
    <message>
      <source>Action items</source>
      <translation>[Åçţîöñ îţéḿš ···]</translation>
    </message>
    <message>
      <source>Capture action item</source>
      <translation>[Çàþţûŕé àçţîöñ îţéḿ ·····]</translation>
    </message>
    <message>
      <source>Turn the selection or the current line of notes into an action item (Ctrl+Shift+A)</source>
      <translation>[Ţûŕñ ţĥé šéĺéçţîöñ öŕ ţĥé çûŕŕéñţ ĺîñé öf ñöţéš îñţö àñ àçţîöñ îţéḿ (Çţŕĺ+Šĥîfţ+Å) ····· ····· ····· ····· ····· ·]</translation>
    </message>
    <message>
      <source>Action items from this meeting</source>
      <translation>[Åçţîöñ îţéḿš fŕöḿ ţĥîš ḿééţîñĝ ····· ····]</translation>
    </message>
    <message>
      <source>Nothing captured yet. Put the cursor on a line of notes and press Ctrl+Shift+A.</source>
      <translation>[Ñöţĥîñĝ çàþţûŕéđ ýéţ. Þûţ ţĥé çûŕšöŕ öñ à ĺîñé öf ñöţéš àñđ þŕéšš Çţŕĺ+Šĥîfţ+Å. ····· ····· ····· ····· ·····]</translation>
    </message>
    <message>
      <source>Due…</source>
      <translation>[Đûé… ·]</translation>
    </message>
    <message>
      <source>Set due date</source>
      <translation>[Šéţ đûé đàţé ···]</translation>
    </message>
    <message>
      <source>Set the due date of the selected action item (F2)</source>
      <translation>[Šéţ ţĥé đûé đàţé öf ţĥé šéĺéçţéđ àçţîöñ îţéḿ (F2) ····· ····· ·····]</translation>
    </message>
    <message>
      <source>Remove</source>
      <translation>[Řéḿövé ·]</translation>
    </message>
    <message>
      <source>Remove action item</source>
      <translation>[Řéḿövé àçţîöñ îţéḿ ·····]</translation>
    </message>
    <message>
      <source>Remove the selected action item (Delete)</source>
      <translation>[Řéḿövé ţĥé šéĺéçţéđ àçţîöñ îţéḿ (Đéĺéţé) ····· ····· ··]</translation>
    </message>
  </context>
  <context>
    <name>ActionItemsView</name>
    <message>
      <source>No action items yet</source>
      <translation>[Ñö àçţîöñ îţéḿš ýéţ ·····]</translation>
    </message>
    <message>
      <source>Action items are the advice you decide to act on. Capture them while you talk: in meeting mode, put the cursor on a line of your notes and press Ctrl+Shift+A. Advice that came by mail? Press Ctrl+Shift+A here to add it. They all gather here, with due dates and how they turned out.</source>
      <translation>[Åçţîöñ îţéḿš àŕé ţĥé àđvîçé ýöû đéçîđé ţö àçţ öñ. Çàþţûŕé ţĥéḿ ŵĥîĺé ýöû ţàĺķ: îñ ḿééţîñĝ ḿöđé, þûţ ţĥé çûŕšöŕ öñ à ĺîñé öf ýöûŕ ñöţéš àñđ þŕéšš Çţŕĺ+Šĥîfţ+Å. Åđvîçé ţĥàţ çàḿé ƀý ḿàîĺ? Þŕéšš Çţŕĺ+Šĥîfţ+Å ĥéŕé ţö àđđ îţ. Ţĥéý àĺĺ ĝàţĥéŕ ĥéŕé, ŵîţĥ đûé đàţéš àñđ ĥöŵ ţĥéý ţûŕñéđ öûţ. ····· ····· ····· ····· ····· ····· ····· ····· ····· ····· ····· ····· ····· ····· ····· ····· ····· ····· ···]</translation>
    </message>
    <message>
      <source>Add an action item</source>
      <translation>[Åđđ àñ àçţîöñ îţéḿ ·····]</translation>
    </message>
    <message>
      <source>Action items</source>
      <translation>[Åçţîöñ îţéḿš ···]</translation>
    </message>
    <message>
      <source>Mentor:</source>
      <translation>[Méñţöŕ: ·]</translation>
    </message>
    <message>
      <source>Show mentor</source>
      <translation>[Šĥöŵ ḿéñţöŕ ···]</translation>
    </message>
    <message>
      <source>Show:</source>
      <translation>[Šĥöŵ: ·]</translation>
    </message>
    <message>
      <source>Show status</source>
      <translation>[Šĥöŵ šţàţûš ···]</translation>
    </message>
    <message>
      <source>Overdue</source>
      <translation>[Övéŕđûé ·]</translation>
    </message>
    <message>
      <source>To report back</source>
      <translation>[Ţö ŕéþöŕţ ƀàçķ ····]</translation>
    </message>
    <message>
      <source>All</source>
      <translation>[Åĺĺ ·]</translation>
    </message>
    <message>
      <source>New action item…</source>
      <translation>[Ñéŵ àçţîöñ îţéḿ… ·····]</translation>
    </message>
    <message>
      <source>Add advice you will act on (Ctrl+Shift+A)</source>
      <translation>[Åđđ àđvîçé ýöû ŵîĺĺ àçţ öñ (Çţŕĺ+Šĥîfţ+Å) ····· ····· ···]</translation>
    </message>
    <message>
      <source>Edit…</source>
      <translation>[Éđîţ… ·]</translation>
    </message>
    <message>
      <source>Mark done…</source>
      <translation>[Màŕķ đöñé… ··]</translation>
    </message>
    <message>
      <source>Reopen</source>
      <translation>[Řéöþéñ ·]</translation>
    </message>
    <message>
      <source>Drop</source>
      <translation>[Đŕöþ ·]</translation>
    </message>
    <message>
      <source>Due date…</source>
      <translation>[Đûé đàţé… ··]</translation>
    </message>
    <message>
      <source>Report back</source>
      <translation>[Řéþöŕţ ƀàçķ ···]</translation>
    </message>
    <message>
      <source>Go to mentor</source>
      <translation>[Ĝö ţö ḿéñţöŕ ···]</translation>
    </message>
    <message>
      <source>All mentors</source>
      <translation>[Åĺĺ ḿéñţöŕš ···]</translation>
    </message>
    <message>
      <source>No action items match this filter. Choose “All” to see every one.</source>
      <translation>[Ñö àçţîöñ îţéḿš ḿàţçĥ ţĥîš fîĺţéŕ. Çĥööšé “Åĺĺ” ţö šéé évéŕý öñé. ····· ····· ····· ·····]</translation>
    </message>
  </context>
  <context>
    <name>ActionTableModel</name>
    <message>
      <source>Action</source>
      <translation>[Åçţîöñ ·]</translation>
    </message>
    <message>
      <source>Mentor</source>
      <translation>[Méñţöŕ ·]</translation>
    </message>
    <message>
      <source>Due</source>
      <translation>[Đûé ·]</translation>
    </message>
    <message>
      <source>Status</source>
      <translation>[Šţàţûš ·]</translation>
    </message>
    <message>
      <source>Done on</source>
      <translation>[Đöñé öñ ·]</translation>
    </message>
    <message>
      <source>Outcome</source>
      <translation>[Öûţçöḿé ·]</translation>
    </message>
    <message>
      <source>Report back</source>
      <translation>[Řéþöŕţ ƀàçķ ···]</translation>
    </message>
    <message>
      <source>⚠ Overdue · {date}</source>
      <translation>[⚠ Övéŕđûé · {date} ·····]</translation>
    </message>
    <message>
      <source>Reported {date}</source>
      <translation>[Řéþöŕţéđ {date} ····]</translation>
    </message>
    <message>
      <source>To report</source>
      <translation>[Ţö ŕéþöŕţ ··]</translation>
    </message>
    <message>
      <source>Yes</source>
      <translation>[Ýéš ·]</translation>
    </message>
    <message>
      <source>No due date</source>
      <translation>[Ñö đûé đàţé ···]</translation>
    </message>
    <message numerus="yes">
      <source>Overdue by %n day(s): due {date}</source>
      <translation>
        <numerusform>[Övéŕđûé ƀý %n đàý: đûé {date} ····· ····]</numerusform>
        <numerusform>[Övéŕđûé ƀý %n đàýš: đûé {date} ····· ····]</numerusform>
      </translation>
    </message>
    <message>
      <source>Due {date}</source>
      <translation>[Đûé {date} ··]</translation>
    </message>
    <message>
      <source>Tell {name} how it went</source>
      <translation>[Ţéĺĺ {name} ĥöŵ îţ ŵéñţ ····· ··]</translation>
    </message>
    <message>
      <source>Tell the mentor how it went, once it is done</source>
      <translation>[Ţéĺĺ ţĥé ḿéñţöŕ ĥöŵ îţ ŵéñţ, öñçé îţ îš đöñé ····· ····· ····]</translation>
    </message>
    <message>
      <source>{text} (private: never copied or sent)</source>
      <translation>[{text} (þŕîvàţé: ñévéŕ çöþîéđ öŕ šéñţ) ····· ····· ··]</translation>
    </message>
  </context>
  <context>
    <name>AgendaEditor</name>
    <message>
      <source>Agenda</source>
      <translation>[Åĝéñđà ·]</translation>
    </message>
    <message>
      <source>New agenda point</source>
      <translation>[Ñéŵ àĝéñđà þöîñţ ·····]</translation>
    </message>
    <message>
      <source>Type a point and press Enter</source>
      <translation>[Ţýþé à þöîñţ àñđ þŕéšš Éñţéŕ ····· ····]</translation>
    </message>
    <message>
      <source>Add</source>
      <translation>[Åđđ ·]</translation>
    </message>
    <message>
      <source>Remove</source>
      <translation>[Řéḿövé ·]</translation>
    </message>
  </context>
  <context>
    <name>AgendaModel</name>
    <message>
      <source>done</source>
      <translation>[đöñé ·]</translation>
    </message>
    <message>
      <source>to do</source>
      <translation>[ţö đö ·]</translation>
    </message>
    <message>
      <source>{state}, private</source>
      <translation>[{state}, þŕîvàţé ·····]</translation>
    </message>
  </context>
  <context>
    <name>AgendaPanel</name>
    <message>
      <source>Agenda</source>
      <translation>[Åĝéñđà ·]</translation>
    </message>
    <message>
      <source>Space ticks off, F2 edits, Delete removes, Alt+Up/Down moves</source>
      <translation>[Šþàçé ţîçķš öff, F2 éđîţš, Đéĺéţé ŕéḿövéš, Åĺţ+Ûþ/Đöŵñ ḿövéš ····· ····· ····· ····]</translation>
    </message>
    <message>
      <source>New agenda item</source>
      <translation>[Ñéŵ àĝéñđà îţéḿ ····]</translation>
    </message>
    <message>
      <source>Add a point and press Enter</source>
      <translation>[Åđđ à þöîñţ àñđ þŕéšš Éñţéŕ ····· ···]</translation>
    </message>
    <message>
      <source>Remove</source>
      <translation>[Řéḿövé ·]</translation>
    </message>
    <message>
      <source>Up</source>
      <translation>[Ûþ ·]</translation>
    </message>
    <message>
      <source>Down</source>
      <translation>[Đöŵñ ·]</translation>
    </message>
    <message>
      <source>Remove the selected point (Delete)</source>
      <translation>[Řéḿövé ţĥé šéĺéçţéđ þöîñţ (Đéĺéţé) ····· ·····]</translation>
    </message>
    <message>
      <source>Move up (Alt+Up)</source>
      <translation>[Mövé ûþ (Åĺţ+Ûþ) ·····]</translation>
    </message>
    <message>
      <source>Move down (Alt+Down)</source>
      <translation>[Mövé đöŵñ (Åĺţ+Đöŵñ) ·····]</translation>
    </message>
  </context>
  <context>
    <name>AgendaPreviewDialog</name>
    <message>
      <source>Copy agenda</source>
      <translation>[Çöþý àĝéñđà ···]</translation>
    </message>
    <message>
      <source>This is exactly what will be copied:</source>
      <translation>[Ţĥîš îš éxàçţĺý ŵĥàţ ŵîĺĺ ƀé çöþîéđ: ····· ····· ·]</translation>
    </message>
    <message>
      <source>The agenda as it will be copied</source>
      <translation>[Ţĥé àĝéñđà àš îţ ŵîĺĺ ƀé çöþîéđ ····· ·····]</translation>
    </message>
    <message numerus="yes">
      <source>%n private point(s) stay here and are not copied.</source>
      <translation>
        <numerusform>[%n þŕîvàţé þöîñţ šţàýš ĥéŕé àñđ îš ñöţ çöþîéđ. ····· ····· ·····]</numerusform>
        <numerusform>[%n þŕîvàţé þöîñţš šţàý ĥéŕé àñđ àŕé ñöţ çöþîéđ. ····· ····· ·····]</numerusform>
      </translation>
    </message>
    <message>
      <source>&amp;Copy</source>
      <translation>[&amp;Çöþý ·]</translation>
    </message>
  </context>
  <context>
    <name>AgreementCompare</name>
    <message>
      <source>{n} min</source>
      <translation>[{n} ḿîñ ·]</translation>
    </message>
    <message>
      <source>Version {n} · agreed {day}</source>
      <translation>[Véŕšîöñ {n} · àĝŕééđ {day} ····· ···]</translation>
    </message>
    <message>
      <source>Version {n} · {status} · agreed {day}</source>
      <translation>[Véŕšîöñ {n} · {status} · àĝŕééđ {day} ····· ····· ·]</translation>
    </message>
    <message>
      <source>Version {n} · {status}</source>
      <translation>[Véŕšîöñ {n} · {status} ····· ·]</translation>
    </message>
  </context>
  <context>
    <name>AgreementCompareDialog</name>
    <message>
      <source>Compare versions of the agreement with {name}</source>
      <translation>[Çöḿþàŕé véŕšîöñš öf ţĥé àĝŕééḿéñţ ŵîţĥ {name} ····· ····· ····]</translation>
    </message>
    <message>
      <source>Earlier version</source>
      <translation>[Éàŕĺîéŕ véŕšîöñ ····]</translation>
    </message>
    <message>
      <source>Later version</source>
      <translation>[Ĺàţéŕ véŕšîöñ ····]</translation>
    </message>
    <message>
      <source>Show only what changed</source>
      <translation>[Šĥöŵ öñĺý ŵĥàţ çĥàñĝéđ ····· ·]</translation>
    </message>
    <message>
      <source>The two versions side by side</source>
      <translation>[Ţĥé ţŵö véŕšîöñš šîđé ƀý šîđé ····· ····]</translation>
    </message>
    <message>
      <source>Close</source>
      <translation>[Çĺöšé ·]</translation>
    </message>
    <message>
      <source>These two versions say the same.</source>
      <translation>[Ţĥéšé ţŵö véŕšîöñš šàý ţĥé šàḿé. ····· ·····]</translation>
    </message>
    <message>
      <source>{count} of {total} terms changed: {names}.</source>
      <translation>[{count} öf {total} ţéŕḿš çĥàñĝéđ: {names}. ····· ····· ···]</translation>
    </message>
    <message>
      <source>changed</source>
      <translation>[çĥàñĝéđ ·]</translation>
    </message>
    <message>
      <source>Term</source>
      <translation>[Ţéŕḿ ·]</translation>
    </message>
  </context>
  <context>
    <name>AgreementForm</name>
    <message>
      <source>S&amp;tatus</source>
      <translation>[Š&amp;ţàţûš ·]</translation>
    </message>
    <message>
      <source>Agreement status</source>
      <translation>[Åĝŕééḿéñţ šţàţûš ·····]</translation>
    </message>
    <message>
      <source>Agreed on</source>
      <translation>[Åĝŕééđ öñ ··]</translation>
    </message>
    <message>
      <source>&amp;Goals</source>
      <translation>[&amp;Ĝöàĺš ·]</translation>
    </message>
    <message>
      <source>Goals of the mentorship</source>
      <translation>[Ĝöàĺš öf ţĥé ḿéñţöŕšĥîþ ····· ··]</translation>
    </message>
    <message>
      <source>What should be different when this ends?</source>
      <translation>[Ŵĥàţ šĥöûĺđ ƀé đîfféŕéñţ ŵĥéñ ţĥîš éñđš? ····· ····· ··]</translation>
    </message>
    <message>
      <source>Meet &amp;every</source>
      <translation>[Mééţ &amp;évéŕý ···]</translation>
    </message>
    <message>
      <source>Meeting frequency</source>
      <translation>[Mééţîñĝ fŕéqûéñçý ·····]</translation>
    </message>
    <message>
      <source>e.g. 4</source>
      <translation>[é.ĝ. 4 ·]</translation>
    </message>
    <message>
      <source>&amp;Duration</source>
      <translation>[&amp;Đûŕàţîöñ ··]</translation>
    </message>
    <message>
      <source>Typical duration in minutes</source>
      <translation>[Ţýþîçàĺ đûŕàţîöñ îñ ḿîñûţéš ····· ···]</translation>
    </message>
    <message>
      <source>&amp;Format</source>
      <translation>[&amp;Föŕḿàţ ·]</translation>
    </message>
    <message>
      <source>Meeting format</source>
      <translation>[Mééţîñĝ föŕḿàţ ····]</translation>
    </message>
    <message>
      <source>&amp;Link</source>
      <translation>[&amp;Ĺîñķ ·]</translation>
    </message>
    <message>
      <source>Video or meeting link</source>
      <translation>[Vîđéö öŕ ḿééţîñĝ ĺîñķ ····· ·]</translation>
    </message>
    <message>
      <source>https://meet.example.com/abc</source>
      <translation>[https://meet.example.com/abc ····· ····]</translation>
    </message>
    <message>
      <source>T&amp;opics</source>
      <translation>[Ţ&amp;öþîçš ·]</translation>
    </message>
    <message>
      <source>Topics, one per line</source>
      <translation>[Ţöþîçš, öñé þéŕ ĺîñé ·····]</translation>
    </message>
    <message>
      <source>One per line; offered when you plan a meeting</source>
      <translation>[Öñé þéŕ ĺîñé; öfféŕéđ ŵĥéñ ýöû þĺàñ à ḿééţîñĝ ····· ····· ····]</translation>
    </message>
    <message>
      <source>Every &amp;time</source>
      <translation>[Évéŕý &amp;ţîḿé ···]</translation>
    </message>
    <message>
      <source>Recurring points, one per line</source>
      <translation>[Řéçûŕŕîñĝ þöîñţš, öñé þéŕ ĺîñé ····· ····]</translation>
    </message>
    <message>
      <source>On every plan, e.g. Progress on my talk; one per line</source>
      <translation>[Öñ évéŕý þĺàñ, é.ĝ. Þŕöĝŕéšš öñ ḿý ţàĺķ; öñé þéŕ ĺîñé ····· ····· ····· ··]</translation>
    </message>
    <message>
      <source>Tou&amp;ches</source>
      <translation>[Ţöû&amp;çĥéš ··]</translation>
    </message>
    <message>
      <source>How an email or call between meetings counts</source>
      <translation>[Ĥöŵ àñ éḿàîĺ öŕ çàĺĺ ƀéţŵééñ ḿééţîñĝš çöûñţš ····· ····· ····]</translation>
    </message>
    <message>
      <source>I commit to</source>
      <translation>[Î çöḿḿîţ ţö ···]</translation>
    </message>
    <message>
      <source>What I commit to</source>
      <translation>[Ŵĥàţ Î çöḿḿîţ ţö ·····]</translation>
    </message>
    <message>
      <source>My mentor commits to</source>
      <translation>[Mý ḿéñţöŕ çöḿḿîţš ţö ·····]</translation>
    </message>
    <message>
      <source>What my mentor commits to</source>
      <translation>[Ŵĥàţ ḿý ḿéñţöŕ çöḿḿîţš ţö ····· ··]</translation>
    </message>
    <message>
      <source>Confidentiality</source>
      <translation>[Çöñfîđéñţîàĺîţý ····]</translation>
    </message>
    <message>
      <source>Boundaries</source>
      <translation>[Ɓöûñđàŕîéš ··]</translation>
    </message>
    <message>
      <source>Boundaries: best times, response expectations</source>
      <translation>[Ɓöûñđàŕîéš: ƀéšţ ţîḿéš, ŕéšþöñšé éxþéçţàţîöñš ····· ····· ····]</translation>
    </message>
    <message>
      <source>Best times to meet, how quickly to expect replies</source>
      <translation>[Ɓéšţ ţîḿéš ţö ḿééţ, ĥöŵ qûîçķĺý ţö éxþéçţ ŕéþĺîéš ····· ····· ·····]</translation>
    </message>
    <message>
      <source>Start</source>
      <translation>[Šţàŕţ ·]</translation>
    </message>
    <message>
      <source>Start date</source>
      <translation>[Šţàŕţ đàţé ··]</translation>
    </message>
    <message>
      <source>Review</source>
      <translation>[Řévîéŵ ·]</translation>
    </message>
    <message>
      <source>Review date</source>
      <translation>[Řévîéŵ đàţé ···]</translation>
    </message>
    <message>
      <source>End</source>
      <translation>[Éñđ ·]</translation>
    </message>
    <message>
      <source>End date</source>
      <translation>[Éñđ đàţé ··]</translation>
    </message>
    <message>
      <source>Set {what}</source>
      <translation>[Šéţ {what} ··]</translation>
    </message>
    <message>
      <source>Frequency unit</source>
      <translation>[Fŕéqûéñçý ûñîţ ····]</translation>
    </message>
    <message>
      <source>not set</source>
      <translation>[ñöţ šéţ ·]</translation>
    </message>
    <message>
      <source> min</source>
      <translation>[ ḿîñ ·]</translation>
    </message>
    <message>
      <source>Enter a whole number, like 4 (for every 4 weeks).</source>
      <translation>[Éñţéŕ à ŵĥöĺé ñûḿƀéŕ, ĺîķé 4 (föŕ évéŕý 4 ŵééķš). ····· ····· ·····]</translation>
    </message>
  </context>
  <context>
    <name>AgreementPanel</name>
    <message>
      <source>Version shown</source>
      <translation>[Véŕšîöñ šĥöŵñ ····]</translation>
    </message>
    <message>
      <source>Save agreement</source>
      <translation>[Šàvé àĝŕééḿéñţ ····]</translation>
    </message>
    <message>
      <source>Revert</source>
      <translation>[Řévéŕţ ·]</translation>
    </message>
    <message>
      <source>Revert the agreement</source>
      <translation>[Řévéŕţ ţĥé àĝŕééḿéñţ ·····]</translation>
    </message>
    <message>
      <source>Attachments…</source>
      <translation>[Åţţàçĥḿéñţš… ···]</translation>
    </message>
    <message>
      <source>Files and links for the agreement</source>
      <translation>[Fîĺéš àñđ ĺîñķš föŕ ţĥé àĝŕééḿéñţ ····· ·····]</translation>
    </message>
    <message>
      <source>Agreement</source>
      <translation>[Åĝŕééḿéñţ ··]</translation>
    </message>
    <message>
      <source>Agreement with {name}</source>
      <translation>[Åĝŕééḿéñţ ŵîţĥ {name} ····· ·]</translation>
    </message>
    <message>
      <source>Save as version {n}</source>
      <translation>[Šàvé àš véŕšîöñ {n} ·····]</translation>
    </message>
    <message>
      <source>Save changes</source>
      <translation>[Šàvé çĥàñĝéš ···]</translation>
    </message>
    <message>
      <source>Choose a mentor to see the agreement.</source>
      <translation>[Çĥööšé à ḿéñţöŕ ţö šéé ţĥé àĝŕééḿéñţ. ····· ····· ·]</translation>
    </message>
    <message>
      <source>Not saved yet: edit it, then press Save agreement.</source>
      <translation>[Ñöţ šàvéđ ýéţ: éđîţ îţ, ţĥéñ þŕéšš Šàvé àĝŕééḿéñţ. ····· ····· ·····]</translation>
    </message>
    <message>
      <source>No agreement with {name} yet. Agree on goals, how often to meet and what to talk about from the start: begin from a template or write your own.</source>
      <translation>[Ñö àĝŕééḿéñţ ŵîţĥ {name} ýéţ. Åĝŕéé öñ ĝöàĺš, ĥöŵ öfţéñ ţö ḿééţ àñđ ŵĥàţ ţö ţàĺķ àƀöûţ fŕöḿ ţĥé šţàŕţ: ƀéĝîñ fŕöḿ à ţéḿþĺàţé öŕ ŵŕîţé ýöûŕ öŵñ. ····· ····· ····· ····· ····· ····· ····· ····· ····· ··]</translation>
    </message>
    <message>
      <source>An earlier version, kept as it was (read only). The current one is version {n}.</source>
      <translation>[Åñ éàŕĺîéŕ véŕšîöñ, ķéþţ àš îţ ŵàš (ŕéàđ öñĺý). Ţĥé çûŕŕéñţ öñé îš véŕšîöñ {n}. ····· ····· ····· ····· ·····]</translation>
    </message>
    <message>
      <source>Version {n} was agreed, so it stays as it is: saving these changes makes version {next}.</source>
      <translation>[Véŕšîöñ {n} ŵàš àĝŕééđ, šö îţ šţàýš àš îţ îš: šàvîñĝ ţĥéšé çĥàñĝéš ḿàķéš véŕšîöñ {next}. ····· ····· ····· ····· ····· ····]</translation>
    </message>
    <message>
      <source>Agreed on {day}. Changing its terms will make a new version; the status alone can change in place.</source>
      <translation>[Åĝŕééđ öñ {day}. Çĥàñĝîñĝ îţš ţéŕḿš ŵîĺĺ ḿàķé à ñéŵ véŕšîöñ; ţĥé šţàţûš àĺöñé çàñ çĥàñĝé îñ þĺàçé. ····· ····· ····· ····· ····· ····· ··]</translation>
    </message>
    <message>
      <source>A draft: edit freely until you both agree.</source>
      <translation>[Å đŕàfţ: éđîţ fŕééĺý ûñţîĺ ýöû ƀöţĥ àĝŕéé. ····· ····· ···]</translation>
    </message>
    <message>
      <source>the agreement with {name}</source>
      <translation>[ţĥé àĝŕééḿéñţ ŵîţĥ {name} ····· ··]</translation>
    </message>
  </context>
  <context>
    <name>AppLock</name>
    <message>
      <source>&amp;Lock Now</source>
      <translation>[&amp;Ĺöçķ Ñöŵ ··]</translation>
    </message>
    <message>
      <source>Lock</source>
      <translation>[Ĺöçķ ·]</translation>
    </message>
    <message>
      <source>MentorDesk cannot lock now: the file that holds your keys (mentordesk.key) cannot be read. Your data is unchanged.</source>
      <translation>[MentorDesk çàññöţ ĺöçķ ñöŵ: ţĥé fîĺé ţĥàţ ĥöĺđš ýöûŕ ķéýš (ḿéñţöŕđéšķ.ķéý) çàññöţ ƀé ŕéàđ. Ýöûŕ đàţà îš ûñçĥàñĝéđ. ····· ····· ····· ····· ····· ····· ····· ··]</translation>
    </message>
    <message>
      <source>The lock needs a passphrase, and you set one by encrypting your data (File ▸ Encryption…). Then Lock Now, your desktop's screen lock and the idle minutes in Preferences ▸ Privacy lock MentorDesk.</source>
      <translation>[Ţĥé ĺöçķ ñééđš à þàššþĥŕàšé, àñđ ýöû šéţ öñé ƀý éñçŕýþţîñĝ ýöûŕ đàţà (Fîĺé ▸ Éñçŕýþţîöñ…). Ţĥéñ Ĺöçķ Ñöŵ, ýöûŕ đéšķţöþ'š šçŕééñ ĺöçķ àñđ ţĥé îđĺé ḿîñûţéš îñ Þŕéféŕéñçéš ▸ Þŕîvàçý ĺöçķ MentorDesk. ····· ····· ····· ····· ····· ····· ····· ····· ····· ····· ····· ····· ····]</translation>
    </message>
    <message>
      <source>&amp;Encryption…</source>
      <translation>[&amp;Éñçŕýþţîöñ… ···]</translation>
    </message>
    <message>
      <source>Locked</source>
      <translation>[Ĺöçķéđ ·]</translation>
    </message>
    <message>
      <source>&amp;Lock MentorDesk after</source>
      <translation>[&amp;Ĺöçķ MentorDesk àfţéŕ ····· ·]</translation>
    </message>
    <message>
      <source>Locking saves what you typed and hides every window until you type your passphrase (File ▸ Lock Now, Ctrl+Shift+L; also when your desktop locks the screen). A meeting whose clock runs is not locked for being idle.</source>
      <translation>[Ĺöçķîñĝ šàvéš ŵĥàţ ýöû ţýþéđ àñđ ĥîđéš évéŕý ŵîñđöŵ ûñţîĺ ýöû ţýþé ýöûŕ þàššþĥŕàšé (Fîĺé ▸ Ĺöçķ Ñöŵ, Çţŕĺ+Šĥîfţ+Ĺ; àĺšö ŵĥéñ ýöûŕ đéšķţöþ ĺöçķš ţĥé šçŕééñ). Å ḿééţîñĝ ŵĥöšé çĺöçķ ŕûñš îš ñöţ ĺöçķéđ föŕ ƀéîñĝ îđĺé. ····· ····· ····· ····· ····· ····· ····· ····· ····· ····· ····· ····· ····· ·····]</translation>
    </message>
    <message>
      <source>The lock needs a passphrase: it works once your data is encrypted.</source>
      <translation>[Ţĥé ĺöçķ ñééđš à þàššþĥŕàšé: îţ ŵöŕķš öñçé ýöûŕ đàţà îš éñçŕýþţéđ. ····· ····· ····· ····· ·]</translation>
    </message>
    <message>
      <source>Never</source>
      <translation>[Ñévéŕ ·]</translation>
    </message>
    <message>
      <source> idle minutes</source>
      <translation>[ îđĺé ḿîñûţéš ····]</translation>
    </message>
  </context>
  <context>
    <name>AttachmentDialog</name>
    <message>
      <source>Rename attachment</source>
      <translation>[Řéñàḿé àţţàçĥḿéñţ ·····]</translation>
    </message>
    <message>
      <source>Add a link</source>
      <translation>[Åđđ à ĺîñķ ··]</translation>
    </message>
    <message>
      <source>Web address</source>
      <translation>[Ŵéƀ àđđŕéšš ···]</translation>
    </message>
    <message>
      <source>https://…</source>
      <translation>[https://… ··]</translation>
    </message>
    <message>
      <source>Title</source>
      <translation>[Ţîţĺé ·]</translation>
    </message>
    <message>
      <source>The address, unless you name it</source>
      <translation>[Ţĥé àđđŕéšš, ûñĺéšš ýöû ñàḿé îţ ····· ·····]</translation>
    </message>
    <message>
      <source>&amp;Address</source>
      <translation>[&amp;Åđđŕéšš ··]</translation>
    </message>
    <message>
      <source>&amp;Title</source>
      <translation>[&amp;Ţîţĺé ·]</translation>
    </message>
    <message>
      <source>Rename</source>
      <translation>[Řéñàḿé ·]</translation>
    </message>
    <message>
      <source>Add link</source>
      <translation>[Åđđ ĺîñķ ··]</translation>
    </message>
  </context>
  <context>
    <name>AttachmentTableModel</name>
    <message>
      <source>{name} — missing from the data folder</source>
      <translation>[{name} — ḿîššîñĝ fŕöḿ ţĥé đàţà föĺđéŕ ····· ····· ·]</translation>
    </message>
    <message>
      <source>Title</source>
      <translation>[Ţîţĺé ·]</translation>
    </message>
    <message>
      <source>File or link</source>
      <translation>[Fîĺé öŕ ĺîñķ ···]</translation>
    </message>
    <message>
      <source>Size</source>
      <translation>[Šîžé ·]</translation>
    </message>
    <message>
      <source>Added</source>
      <translation>[Åđđéđ ·]</translation>
    </message>
    <message>
      <source>Link: Enter opens it in the browser</source>
      <translation>[Ĺîñķ: Éñţéŕ öþéñš îţ îñ ţĥé ƀŕöŵšéŕ ····· ·····]</translation>
    </message>
    <message>
      <source>File: Enter opens it with its application</source>
      <translation>[Fîĺé: Éñţéŕ öþéñš îţ ŵîţĥ îţš àþþĺîçàţîöñ ····· ····· ···]</translation>
    </message>
  </context>
  <context>
    <name>AttachmentsPanel</name>
    <message>
      <source>Attached files and links</source>
      <translation>[Åţţàçĥéđ fîĺéš àñđ ĺîñķš ····· ··]</translation>
    </message>
    <message>
      <source>Add file…</source>
      <translation>[Åđđ fîĺé… ··]</translation>
    </message>
    <message>
      <source>Add link…</source>
      <translation>[Åđđ ĺîñķ… ··]</translation>
    </message>
    <message>
      <source>Open</source>
      <translation>[Öþéñ ·]</translation>
    </message>
    <message>
      <source>Open the attachment</source>
      <translation>[Öþéñ ţĥé àţţàçĥḿéñţ ·····]</translation>
    </message>
    <message>
      <source>Show in folder</source>
      <translation>[Šĥöŵ îñ föĺđéŕ ····]</translation>
    </message>
    <message>
      <source>Show the file in its folder</source>
      <translation>[Šĥöŵ ţĥé fîĺé îñ îţš föĺđéŕ ····· ···]</translation>
    </message>
    <message>
      <source>Rename…</source>
      <translation>[Řéñàḿé… ·]</translation>
    </message>
    <message>
      <source>Rename the attachment</source>
      <translation>[Řéñàḿé ţĥé àţţàçĥḿéñţ ····· ·]</translation>
    </message>
    <message>
      <source>Remove</source>
      <translation>[Řéḿövé ·]</translation>
    </message>
    <message>
      <source>Remove the attachment</source>
      <translation>[Řéḿövé ţĥé àţţàçĥḿéñţ ····· ·]</translation>
    </message>
    <message>
      <source>No files or links yet: drop files here, or use Add file… or Add link….</source>
      <translation>[Ñö fîĺéš öŕ ĺîñķš ýéţ: đŕöþ fîĺéš ĥéŕé, öŕ ûšé Åđđ fîĺé… öŕ Åđđ ĺîñķ…. ····· ····· ····· ····· ··]</translation>
    </message>
    <message numerus="yes">
      <source>%n attachment(s).</source>
      <translation>
        <numerusform>[%n àţţàçĥḿéñţ. ····]</numerusform>
        <numerusform>[%n àţţàçĥḿéñţš. ····]</numerusform>
      </translation>
    </message>
    <message>
      <source>Attach files</source>
      <translation>[Åţţàçĥ fîĺéš ···]</translation>
    </message>
    <message>
      <source>Copying “{name}”: {percent} %…</source>
      <translation>[Çöþýîñĝ “{name}”: {percent} %… ····· ····]</translation>
    </message>
  </context>
  <context>
    <name>AttachmentsWindow</name>
    <message>
      <source>Attachments — {what}</source>
      <translation>[Åţţàçĥḿéñţš — {what} ·····]</translation>
    </message>
    <message>
      <source>Close</source>
      <translation>[Çĺöšé ·]</translation>
    </message>
  </context>
  <context>
    <name>BackupsDialog</name>
    <message>
      <source>Before an update</source>
      <translation>[Ɓéföŕé àñ ûþđàţé ·····]</translation>
    </message>
    <message>
      <source>Daily</source>
      <translation>[Đàîĺý ·]</translation>
    </message>
    <message>
      <source>While you worked</source>
      <translation>[Ŵĥîĺé ýöû ŵöŕķéđ ·····]</translation>
    </message>
    <message>
      <source>Made by you</source>
      <translation>[Màđé ƀý ýöû ···]</translation>
    </message>
    <message>
      <source>Before an import</source>
      <translation>[Ɓéföŕé àñ îḿþöŕţ ·····]</translation>
    </message>
    <message>
      <source>Before a restore</source>
      <translation>[Ɓéföŕé à ŕéšţöŕé ·····]</translation>
    </message>
    <message>
      <source>Backups</source>
      <translation>[Ɓàçķûþš ·]</translation>
    </message>
    <message>
      <source>MentorDesk backs up your data when it starts (once a day), every half hour while you work, and before every update, import and restore. It keeps all backups of the last two days, then one a day, one a week and one a month.</source>
      <translation>[MentorDesk ƀàçķš ûþ ýöûŕ đàţà ŵĥéñ îţ šţàŕţš (öñçé à đàý), évéŕý ĥàĺf ĥöûŕ ŵĥîĺé ýöû ŵöŕķ, àñđ ƀéföŕé évéŕý ûþđàţé, îḿþöŕţ àñđ ŕéšţöŕé. Îţ ķééþš àĺĺ ƀàçķûþš öf ţĥé ĺàšţ ţŵö đàýš, ţĥéñ öñé à đàý, öñé à ŵééķ àñđ öñé à ḿöñţĥ. ····· ····· ····· ····· ····· ····· ····· ····· ····· ····· ····· ····· ····· ····· ···]</translation>
    </message>
    <message>
      <source>Back Up Now</source>
      <translation>[Ɓàçķ Ûþ Ñöŵ ···]</translation>
    </message>
    <message>
      <source>Restore…</source>
      <translation>[Řéšţöŕé… ··]</translation>
    </message>
    <message>
      <source>Show in Folder</source>
      <translation>[Šĥöŵ îñ Föĺđéŕ ····]</translation>
    </message>
    <message>
      <source>Close</source>
      <translation>[Çĺöšé ·]</translation>
    </message>
    <message>
      <source>No backups yet.</source>
      <translation>[Ñö ƀàçķûþš ýéţ. ····]</translation>
    </message>
    <message>
      <source>Backing up…</source>
      <translation>[Ɓàçķîñĝ ûþ… ···]</translation>
    </message>
    <message>
      <source>Backed up.</source>
      <translation>[Ɓàçķéđ ûþ. ··]</translation>
    </message>
    <message>
      <source>The backup failed: {reason}</source>
      <translation>[Ţĥé ƀàçķûþ fàîĺéđ: {reason} ····· ···]</translation>
    </message>
    <message>
      <source>Restore this backup?</source>
      <translation>[Řéšţöŕé ţĥîš ƀàçķûþ? ·····]</translation>
    </message>
    <message>
      <source>Go back to your data as it was on {when}: {mentors}, {meetings}?</source>
      <translation>[Ĝö ƀàçķ ţö ýöûŕ đàţà àš îţ ŵàš öñ {when}: {mentors}, {meetings}? ····· ····· ····· ·····]</translation>
    </message>
    <message numerus="yes">
      <source>%n mentor(s)</source>
      <translation>
        <numerusform>[%n ḿéñţöŕ ··]</numerusform>
        <numerusform>[%n ḿéñţöŕš ··]</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n meeting(s)</source>
      <translation>
        <numerusform>[%n ḿééţîñĝ ··]</numerusform>
        <numerusform>[%n ḿééţîñĝš ···]</numerusform>
      </translation>
    </message>
    <message>
      <source>Restore</source>
      <translation>[Řéšţöŕé ·]</translation>
    </message>
    <message>
      <source>Your data as it is now is backed up first, so you can come back to it from this list. Open windows close and MentorDesk reopens on the backup.</source>
      <translation>[Ýöûŕ đàţà àš îţ îš ñöŵ îš ƀàçķéđ ûþ fîŕšţ, šö ýöû çàñ çöḿé ƀàçķ ţö îţ fŕöḿ ţĥîš ĺîšţ. Öþéñ ŵîñđöŵš çĺöšé àñđ MentorDesk ŕéöþéñš öñ ţĥé ƀàçķûþ. ····· ····· ····· ····· ····· ····· ····· ····· ····· ·]</translation>
    </message>
    <message>
      <source>&amp;Backups…</source>
      <translation>[&amp;Ɓàçķûþš… ··]</translation>
    </message>
  </context>
  <context>
    <name>BackupsModel</name>
    <message>
      <source>Taken</source>
      <translation>[Ţàķéñ ·]</translation>
    </message>
    <message>
      <source>Why</source>
      <translation>[Ŵĥý ·]</translation>
    </message>
    <message>
      <source>Size</source>
      <translation>[Šîžé ·]</translation>
    </message>
    <message>
      <source>Mentors</source>
      <translation>[Méñţöŕš ·]</translation>
    </message>
    <message>
      <source>Meetings</source>
      <translation>[Mééţîñĝš ··]</translation>
    </message>
    <message>
      <source>unreadable</source>
      <translation>[ûñŕéàđàƀĺé ··]</translation>
    </message>
  </context>
  <context>
    <name>BalancePanel</name>
    <message>
      <source>Balance</source>
      <translation>[Ɓàĺàñçé ·]</translation>
    </message>
    <message>
      <source>What you gave back to each mentor</source>
      <translation>[Ŵĥàţ ýöû ĝàvé ƀàçķ ţö éàçĥ ḿéñţöŕ ····· ·····]</translation>
    </message>
    <message>
      <source>⚠ marks a mentor met {meetings} or more with nothing given back for {days} (Edit ▸ Preferences).</source>
      <translation>[⚠ ḿàŕķš à ḿéñţöŕ ḿéţ {meetings} öŕ ḿöŕé ŵîţĥ ñöţĥîñĝ ĝîvéñ ƀàçķ föŕ {days} (Éđîţ ▸ Þŕéféŕéñçéš). ····· ····· ····· ····· ····· ····· ·]</translation>
    </message>
    <message numerus="yes">
      <source>%n time(s)</source>
      <translation>
        <numerusform>[%n ţîḿé ·]</numerusform>
        <numerusform>[%n ţîḿéš ··]</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n day(s)</source>
      <translation>
        <numerusform>[%n đàý ·]</numerusform>
        <numerusform>[%n đàýš ·]</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>BriefPanel</name>
    <message>
      <source>Pre-meeting brief</source>
      <translation>[Þŕé-ḿééţîñĝ ƀŕîéf ·····]</translation>
    </message>
    <message>
      <source>Join</source>
      <translation>[Jöîñ ·]</translation>
    </message>
    <message>
      <source>Join the meeting</source>
      <translation>[Jöîñ ţĥé ḿééţîñĝ ·····]</translation>
    </message>
    <message>
      <source>Select a meeting to see what to bring up.</source>
      <translation>[Šéĺéçţ à ḿééţîñĝ ţö šéé ŵĥàţ ţö ƀŕîñĝ ûþ. ····· ····· ···]</translation>
    </message>
    <message>
      <source>Before you meet {name}</source>
      <translation>[Ɓéföŕé ýöû ḿééţ {name} ····· ·]</translation>
    </message>
    <message>
      <source>Report back</source>
      <translation>[Řéþöŕţ ƀàçķ ···]</translation>
    </message>
    <message>
      <source>Nothing to report back.</source>
      <translation>[Ñöţĥîñĝ ţö ŕéþöŕţ ƀàçķ. ····· ··]</translation>
    </message>
    <message>
      <source>Open action items</source>
      <translation>[Öþéñ àçţîöñ îţéḿš ·····]</translation>
    </message>
    <message>
      <source>No open action items.</source>
      <translation>[Ñö öþéñ àçţîöñ îţéḿš. ····· ·]</translation>
    </message>
    <message>
      <source>Last meeting's takeaways</source>
      <translation>[Ĺàšţ ḿééţîñĝ'š ţàķéàŵàýš ····· ··]</translation>
    </message>
    <message>
      <source>{lock} Private: hidden while presenting.</source>
      <translation>[{lock} Þŕîvàţé: ĥîđđéñ ŵĥîĺé þŕéšéñţîñĝ. ····· ····· ··]</translation>
    </message>
    <message>
      <source>No takeaways written.</source>
      <translation>[Ñö ţàķéàŵàýš ŵŕîţţéñ. ····· ·]</translation>
    </message>
    <message>
      <source>No meeting held yet.</source>
      <translation>[Ñö ḿééţîñĝ ĥéĺđ ýéţ. ·····]</translation>
    </message>
    <message>
      <source>Not covered last time</source>
      <translation>[Ñöţ çövéŕéđ ĺàšţ ţîḿé ····· ·]</translation>
    </message>
    <message>
      <source>Nothing left over from the last agenda.</source>
      <translation>[Ñöţĥîñĝ ĺéfţ övéŕ fŕöḿ ţĥé ĺàšţ àĝéñđà. ····· ····· ··]</translation>
    </message>
    <message>
      <source>From your inbox</source>
      <translation>[Fŕöḿ ýöûŕ îñƀöx ····]</translation>
    </message>
    <message>
      <source>No topics waiting.</source>
      <translation>[Ñö ţöþîçš ŵàîţîñĝ. ·····]</translation>
    </message>
    <message>
      <source>{topic} (private: only here)</source>
      <translation>[{topic} (þŕîvàţé: öñĺý ĥéŕé) ····· ····]</translation>
    </message>
    <message>
      <source>No meeting planned yet.</source>
      <translation>[Ñö ḿééţîñĝ þĺàññéđ ýéţ. ····· ··]</translation>
    </message>
    <message>
      <source>Planned for {when} · {format}, not marked held yet: end it in meeting mode, or reschedule it.</source>
      <translation>[Þĺàññéđ föŕ {when} · {format}, ñöţ ḿàŕķéđ ĥéĺđ ýéţ: éñđ îţ îñ ḿééţîñĝ ḿöđé, öŕ ŕéšçĥéđûĺé îţ. ····· ····· ····· ····· ····· ·····]</translation>
    </message>
    <message>
      <source>Meeting now: {when} · {format}</source>
      <translation>[Mééţîñĝ ñöŵ: {when} · {format} ····· ····]</translation>
    </message>
    <message>
      <source>Next meeting: {when} · {format}</source>
      <translation>[Ñéxţ ḿééţîñĝ: {when} · {format} ····· ·····]</translation>
    </message>
    <message>
      <source>• {text} — overdue, due {date}</source>
      <translation>[• {text} — övéŕđûé, đûé {date} ····· ····]</translation>
    </message>
    <message>
      <source>• {text} — due {date}</source>
      <translation>[• {text} — đûé {date} ····· ·]</translation>
    </message>
    <message>
      <source>Done {date}</source>
      <translation>[Đöñé {date} ···]</translation>
    </message>
    <message>
      <source>Reported</source>
      <translation>[Řéþöŕţéđ ··]</translation>
    </message>
    <message>
      <source>Mark reported: {text}</source>
      <translation>[Màŕķ ŕéþöŕţéđ: {text} ····· ·]</translation>
    </message>
    <message>
      <source>I told {name} how it went</source>
      <translation>[Î ţöĺđ {name} ĥöŵ îţ ŵéñţ ····· ··]</translation>
    </message>
  </context>
  <context>
    <name>ClosureReviewDialog</name>
    <message>
      <source>Closing the mentorship with {name}</source>
      <translation>[Çĺöšîñĝ ţĥé ḿéñţöŕšĥîþ ŵîţĥ {name} ····· ·····]</translation>
    </message>
    <message>
      <source>What I learned</source>
      <translation>[Ŵĥàţ Î ĺéàŕñéđ ····]</translation>
    </message>
    <message>
      <source>The lessons you take with you</source>
      <translation>[Ţĥé ĺéššöñš ýöû ţàķé ŵîţĥ ýöû ····· ····]</translation>
    </message>
    <message>
      <source>Goals this mentorship served</source>
      <translation>[Ĝöàĺš ţĥîš ḿéñţöŕšĥîþ šéŕvéđ ····· ····]</translation>
    </message>
    <message>
      <source>Thank-you note</source>
      <translation>[Ţĥàñķ-ýöû ñöţé ····]</translation>
    </message>
    <message>
      <source>Draft again</source>
      <translation>[Đŕàfţ àĝàîñ ···]</translation>
    </message>
    <message>
      <source>Compose the note again from what you learned and the goals ticked</source>
      <translation>[Çöḿþöšé ţĥé ñöţé àĝàîñ fŕöḿ ŵĥàţ ýöû ĺéàŕñéđ àñđ ţĥé ĝöàĺš ţîçķéđ ····· ····· ····· ·····]</translation>
    </message>
    <message>
      <source>Copy note</source>
      <translation>[Çöþý ñöţé ··]</translation>
    </message>
    <message>
      <source>Export to Markdown…</source>
      <translation>[Éxþöŕţ ţö Màŕķđöŵñ… ·····]</translation>
    </message>
    <message>
      <source>Keep in touch as alumni, every</source>
      <translation>[Ķééþ îñ ţöûçĥ àš àĺûḿñî, évéŕý ····· ····]</translation>
    </message>
    <message>
      <source>Keep in touch as alumni</source>
      <translation>[Ķééþ îñ ţöûçĥ àš àĺûḿñî ····· ··]</translation>
    </message>
    <message>
      <source>Keep in touch every</source>
      <translation>[Ķééþ îñ ţöûçĥ évéŕý ·····]</translation>
    </message>
    <message>
      <source>Unit</source>
      <translation>[Ûñîţ ·]</translation>
    </message>
    <message>
      <source>Ended on</source>
      <translation>[Éñđéđ öñ ··]</translation>
    </message>
    <message>
      <source>What I &amp;learned</source>
      <translation>[Ŵĥàţ Î &amp;ĺéàŕñéđ ····]</translation>
    </message>
    <message>
      <source>&amp;Goals it served</source>
      <translation>[&amp;Ĝöàĺš îţ šéŕvéđ ·····]</translation>
    </message>
    <message>
      <source>&amp;Thank-you note</source>
      <translation>[&amp;Ţĥàñķ-ýöû ñöţé ····]</translation>
    </message>
    <message>
      <source>&amp;Afterwards</source>
      <translation>[&amp;Åfţéŕŵàŕđš ···]</translation>
    </message>
    <message>
      <source>&amp;Ended on</source>
      <translation>[&amp;Éñđéđ öñ ··]</translation>
    </message>
    <message>
      <source>End mentorship</source>
      <translation>[Éñđ ḿéñţöŕšĥîþ ····]</translation>
    </message>
    <message>
      <source>No meeting was held. Say what you take with you anyway.</source>
      <translation>[Ñö ḿééţîñĝ ŵàš ĥéĺđ. Šàý ŵĥàţ ýöû ţàķé ŵîţĥ ýöû àñýŵàý. ····· ····· ····· ··]</translation>
    </message>
    <message>
      <source>nothing given back yet</source>
      <translation>[ñöţĥîñĝ ĝîvéñ ƀàçķ ýéţ ····· ·]</translation>
    </message>
    <message numerus="yes">
      <source>%n thing(s) given back</source>
      <translation>
        <numerusform>[%n ţĥîñĝ ĝîvéñ ƀàçķ ·····]</numerusform>
        <numerusform>[%n ţĥîñĝš ĝîvéñ ƀàçķ ·····]</numerusform>
      </translation>
    </message>
    <message>
      <source>{meetings}, {actions}, {gave}. Everything stays recorded; the note below is a draft to make your own.</source>
      <translation>[{meetings}, {actions}, {gave}. Évéŕýţĥîñĝ šţàýš ŕéçöŕđéđ; ţĥé ñöţé ƀéĺöŵ îš à đŕàfţ ţö ḿàķé ýöûŕ öŵñ. ····· ····· ····· ····· ····· ····· ···]</translation>
    </message>
    <message numerus="yes">
      <source>%n meeting(s)</source>
      <translation>
        <numerusform>[%n ḿééţîñĝ ··]</numerusform>
        <numerusform>[%n ḿééţîñĝš ···]</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n piece(s) of advice acted on</source>
      <translation>
        <numerusform>[%n þîéçé öf àđvîçé àçţéđ öñ ····· ···]</numerusform>
        <numerusform>[%n þîéçéš öf àđvîçé àçţéđ öñ ····· ····]</numerusform>
      </translation>
    </message>
    <message>
      <source>The thank-you note is on the clipboard.</source>
      <translation>[Ţĥé ţĥàñķ-ýöû ñöţé îš öñ ţĥé çĺîþƀöàŕđ. ····· ····· ··]</translation>
    </message>
    <message>
      <source>Export the closure review</source>
      <translation>[Éxþöŕţ ţĥé çĺöšûŕé ŕévîéŵ ····· ··]</translation>
    </message>
    <message>
      <source>Markdown (*.md)</source>
      <translation>[Màŕķđöŵñ (*.ḿđ) ····]</translation>
    </message>
    <message>
      <source>Could not write {file}: {reason}.</source>
      <translation>[Çöûĺđ ñöţ ŵŕîţé {file}: {reason}. ····· ·····]</translation>
    </message>
    <message>
      <source>Exported to {file}.</source>
      <translation>[Éxþöŕţéđ ţö {file}. ·····]</translation>
    </message>
  </context>
  <context>
    <name>ComingSoon</name>
    <message>
      <source>Coming soon. {future}

This area is not built yet; nothing here is sample or fake data.</source>
      <translation>[Çöḿîñĝ šööñ. {future}

Ţĥîš àŕéà îš ñöţ ƀûîĺţ ýéţ; ñöţĥîñĝ ĥéŕé îš šàḿþĺé öŕ fàķé đàţà. ····· ····· ····· ····· ····· ···]</translation>
    </message>
  </context>
  <context>
    <name>CommandPalette</name>
    <message>
      <source>Run an action</source>
      <translation>[Řûñ àñ àçţîöñ ····]</translation>
    </message>
    <message>
      <source>Action to run, or words to search for</source>
      <translation>[Åçţîöñ ţö ŕûñ, öŕ ŵöŕđš ţö šéàŕçĥ föŕ ····· ····· ·]</translation>
    </message>
    <message>
      <source>Type an action's name, or words to search for</source>
      <translation>[Ţýþé àñ àçţîöñ'š ñàḿé, öŕ ŵöŕđš ţö šéàŕçĥ föŕ ····· ····· ····]</translation>
    </message>
    <message>
      <source>Actions</source>
      <translation>[Åçţîöñš ·]</translation>
    </message>
    <message>
      <source>Action</source>
      <translation>[Åçţîöñ ·]</translation>
    </message>
    <message>
      <source>Where</source>
      <translation>[Ŵĥéŕé ·]</translation>
    </message>
    <message>
      <source>Keys</source>
      <translation>[Ķéýš ·]</translation>
    </message>
    <message>
      <source>Not available here now</source>
      <translation>[Ñöţ àvàîĺàƀĺé ĥéŕé ñöŵ ····· ·]</translation>
    </message>
    <message>
      <source>Search your data for “{text}”</source>
      <translation>[Šéàŕçĥ ýöûŕ đàţà föŕ “{text}” ····· ····]</translation>
    </message>
  </context>
  <context>
    <name>DashboardView</name>
    <message>
      <source>Welcome to MentorDesk</source>
      <translation>[Ŵéĺçöḿé ţö MentorDesk ····· ·]</translation>
    </message>
    <message>
      <source>This page will tell you what to do today: who is due for a meeting, what you promised, and what is overdue. Start with a real mentor, or look around with a few fictional ones that you can remove in one step.</source>
      <translation>[Ţĥîš þàĝé ŵîĺĺ ţéĺĺ ýöû ŵĥàţ ţö đö ţöđàý: ŵĥö îš đûé föŕ à ḿééţîñĝ, ŵĥàţ ýöû þŕöḿîšéđ, àñđ ŵĥàţ îš övéŕđûé. Šţàŕţ ŵîţĥ à ŕéàĺ ḿéñţöŕ, öŕ ĺööķ àŕöûñđ ŵîţĥ à féŵ fîçţîöñàĺ öñéš ţĥàţ ýöû çàñ ŕéḿövé îñ öñé šţéþ. ····· ····· ····· ····· ····· ····· ····· ····· ····· ····· ····· ····· ····· ···]</translation>
    </message>
    <message>
      <source>Add your first mentor</source>
      <translation>[Åđđ ýöûŕ fîŕšţ ḿéñţöŕ ····· ·]</translation>
    </message>
    <message>
      <source>Explore with sample data</source>
      <translation>[Éxþĺöŕé ŵîţĥ šàḿþĺé đàţà ····· ··]</translation>
    </message>
    <message>
      <source>Time to meet</source>
      <translation>[Ţîḿé ţö ḿééţ ···]</translation>
    </message>
    <message>
      <source>Meetings in the next 7 days</source>
      <translation>[Mééţîñĝš îñ ţĥé ñéxţ 7 đàýš ····· ···]</translation>
    </message>
    <message>
      <source>Action items due</source>
      <translation>[Åçţîöñ îţéḿš đûé ·····]</translation>
    </message>
    <message>
      <source>Report back</source>
      <translation>[Řéþöŕţ ƀàçķ ···]</translation>
    </message>
    <message>
      <source>Agreement reviews</source>
      <translation>[Åĝŕééḿéñţ ŕévîéŵš ·····]</translation>
    </message>
    <message>
      <source>Rhythm</source>
      <translation>[Řĥýţĥḿ ·]</translation>
    </message>
    <message>
      <source>Gaps between meetings</source>
      <translation>[Ĝàþš ƀéţŵééñ ḿééţîñĝš ····· ·]</translation>
    </message>
    <message>
      <source>Follow up with prospects</source>
      <translation>[Föĺĺöŵ ûþ ŵîţĥ þŕöšþéçţš ····· ··]</translation>
    </message>
    <message>
      <source>Give back</source>
      <translation>[Ĝîvé ƀàçķ ··]</translation>
    </message>
    <message>
      <source>Nobody needs a meeting planned now.</source>
      <translation>[Ñöƀöđý ñééđš à ḿééţîñĝ þĺàññéđ ñöŵ. ····· ·····]</translation>
    </message>
    <message>
      <source>No meetings planned in the next 7 days.</source>
      <translation>[Ñö ḿééţîñĝš þĺàññéđ îñ ţĥé ñéxţ 7 đàýš. ····· ····· ··]</translation>
    </message>
    <message>
      <source>Nothing overdue or due this week.</source>
      <translation>[Ñöţĥîñĝ övéŕđûé öŕ đûé ţĥîš ŵééķ. ····· ·····]</translation>
    </message>
    <message>
      <source>Nothing to report back. Outcomes you promise to share appear here.</source>
      <translation>[Ñöţĥîñĝ ţö ŕéþöŕţ ƀàçķ. Öûţçöḿéš ýöû þŕöḿîšé ţö šĥàŕé àþþéàŕ ĥéŕé. ····· ····· ····· ····· ·]</translation>
    </message>
    <message>
      <source>No agreement is due for review in the next 14 days.</source>
      <translation>[Ñö àĝŕééḿéñţ îš đûé föŕ ŕévîéŵ îñ ţĥé ñéxţ 14 đàýš. ····· ····· ····· ·]</translation>
    </message>
    <message>
      <source>Every rhythm is close to what was agreed.</source>
      <translation>[Évéŕý ŕĥýţĥḿ îš çĺöšé ţö ŵĥàţ ŵàš àĝŕééđ. ····· ····· ···]</translation>
    </message>
    <message>
      <source>No rhythm agreed yet: set how often you meet on a mentor's Agreement tab.</source>
      <translation>[Ñö ŕĥýţĥḿ àĝŕééđ ýéţ: šéţ ĥöŵ öfţéñ ýöû ḿééţ öñ à ḿéñţöŕ'š Åĝŕééḿéñţ ţàƀ. ····· ····· ····· ····· ····]</translation>
    </message>
    <message>
      <source>No prospect is waiting for a follow-up.</source>
      <translation>[Ñö þŕöšþéçţ îš ŵàîţîñĝ föŕ à föĺĺöŵ-ûþ. ····· ····· ··]</translation>
    </message>
    <message>
      <source>Nobody is owed a give-back: mentorship is a two-way street.</source>
      <translation>[Ñöƀöđý îš öŵéđ à ĝîvé-ƀàçķ: ḿéñţöŕšĥîþ îš à ţŵö-ŵàý šţŕééţ. ····· ····· ····· ····]</translation>
    </message>
    <message>
      <source>Charts appear once you have met an active mentor twice.</source>
      <translation>[Çĥàŕţš àþþéàŕ öñçé ýöû ĥàvé ḿéţ àñ àçţîvé ḿéñţöŕ ţŵîçé. ····· ····· ····· ··]</translation>
    </message>
    <message>
      <source>nobody to meet</source>
      <translation>[ñöƀöđý ţö ḿééţ ····]</translation>
    </message>
    <message numerus="yes">
      <source>%n mentor(s) to meet</source>
      <translation>
        <numerusform>[%n ḿéñţöŕ ţö ḿééţ ·····]</numerusform>
        <numerusform>[%n ḿéñţöŕš ţö ḿééţ ·····]</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n meeting(s) in the next 7 days</source>
      <translation>
        <numerusform>[%n ḿééţîñĝ îñ ţĥé ñéxţ 7 đàýš ····· ····]</numerusform>
        <numerusform>[%n ḿééţîñĝš îñ ţĥé ñéxţ 7 đàýš ····· ····]</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n action item(s) overdue</source>
      <translation>
        <numerusform>[%n àçţîöñ îţéḿ övéŕđûé ····· ·]</numerusform>
        <numerusform>[%n àçţîöñ îţéḿš övéŕđûé ····· ··]</numerusform>
      </translation>
    </message>
    <message>
      <source>{n} to report back</source>
      <translation>[{n} ţö ŕéþöŕţ ƀàçķ ·····]</translation>
    </message>
    <message>
      <source>time to keep in touch ({standing})</source>
      <translation>[ţîḿé ţö ķééþ îñ ţöûçĥ ({standing}) ····· ·····]</translation>
    </message>
    <message>
      <source>Plan meeting…</source>
      <translation>[Þĺàñ ḿééţîñĝ… ····]</translation>
    </message>
    <message>
      <source>Plan a meeting with {name}</source>
      <translation>[Þĺàñ à ḿééţîñĝ ŵîţĥ {name} ····· ···]</translation>
    </message>
    <message>
      <source>Log touch…</source>
      <translation>[Ĺöĝ ţöûçĥ… ··]</translation>
    </message>
    <message>
      <source>Log an email, message, call or chat with {name}</source>
      <translation>[Ĺöĝ àñ éḿàîĺ, ḿéššàĝé, çàĺĺ öŕ çĥàţ ŵîţĥ {name} ····· ····· ·····]</translation>
    </message>
    <message>
      <source>Open</source>
      <translation>[Öþéñ ·]</translation>
    </message>
    <message>
      <source>Open {name}</source>
      <translation>[Öþéñ {name} ···]</translation>
    </message>
    <message>
      <source>{when} · {name} · {format}</source>
      <translation>[{when} · {name} · {format} ····· ···]</translation>
    </message>
    <message>
      <source>Agenda: {points}</source>
      <translation>[Åĝéñđà: {points} ·····]</translation>
    </message>
    <message>
      <source>No agenda yet</source>
      <translation>[Ñö àĝéñđà ýéţ ····]</translation>
    </message>
    <message numerus="yes">
      <source>%n open action item(s)</source>
      <translation>
        <numerusform>[%n öþéñ àçţîöñ îţéḿ ·····]</numerusform>
        <numerusform>[%n öþéñ àçţîöñ îţéḿš ·····]</numerusform>
      </translation>
    </message>
    <message>
      <source>Join</source>
      <translation>[Jöîñ ·]</translation>
    </message>
    <message>
      <source>Join the call with {name}</source>
      <translation>[Jöîñ ţĥé çàĺĺ ŵîţĥ {name} ····· ··]</translation>
    </message>
    <message>
      <source>Brief</source>
      <translation>[Ɓŕîéf ·]</translation>
    </message>
    <message>
      <source>The brief for {name}</source>
      <translation>[Ţĥé ƀŕîéf föŕ {name} ·····]</translation>
    </message>
    <message>
      <source>{when} · {name}</source>
      <translation>[{when} · {name} ····]</translation>
    </message>
    <message>
      <source>Its time has passed: mark it held, or cancel it.</source>
      <translation>[Îţš ţîḿé ĥàš þàššéđ: ḿàŕķ îţ ĥéĺđ, öŕ çàñçéĺ îţ. ····· ····· ·····]</translation>
    </message>
    <message>
      <source>Open the past meeting with {name}</source>
      <translation>[Öþéñ ţĥé þàšţ ḿééţîñĝ ŵîţĥ {name} ····· ·····]</translation>
    </message>
    <message>
      <source>overdue since {day}</source>
      <translation>[övéŕđûé šîñçé {day} ·····]</translation>
    </message>
    <message>
      <source>due today</source>
      <translation>[đûé ţöđàý ··]</translation>
    </message>
    <message>
      <source>due {day}</source>
      <translation>[đûé {day} ··]</translation>
    </message>
    <message>
      <source>Open the action item {text}</source>
      <translation>[Öþéñ ţĥé àçţîöñ îţéḿ {text} ····· ···]</translation>
    </message>
    <message>
      <source>done {day}</source>
      <translation>[đöñé {day} ··]</translation>
    </message>
    <message>
      <source>Reported</source>
      <translation>[Řéþöŕţéđ ··]</translation>
    </message>
    <message>
      <source>Mark reported: {text}</source>
      <translation>[Màŕķ ŕéþöŕţéđ: {text} ····· ·]</translation>
    </message>
    <message>
      <source>I told {name} how it went</source>
      <translation>[Î ţöĺđ {name} ĥöŵ îţ ŵéñţ ····· ··]</translation>
    </message>
    <message>
      <source>was due {day}</source>
      <translation>[ŵàš đûé {day} ····]</translation>
    </message>
    <message>
      <source>due {day} (in {days})</source>
      <translation>[đûé {day} (îñ {days}) ····· ·]</translation>
    </message>
    <message>
      <source>Review the agreement with {name} (version {version})</source>
      <translation>[Řévîéŵ ţĥé àĝŕééḿéñţ ŵîţĥ {name} (véŕšîöñ {version}) ····· ····· ····· ·]</translation>
    </message>
    <message>
      <source>Open agreement</source>
      <translation>[Öþéñ àĝŕééḿéñţ ····]</translation>
    </message>
    <message>
      <source>Open the agreement with {name}</source>
      <translation>[Öþéñ ţĥé àĝŕééḿéñţ ŵîţĥ {name} ····· ····]</translation>
    </message>
    <message>
      <source>More often than agreed: is that still right for them?</source>
      <translation>[Möŕé öfţéñ ţĥàñ àĝŕééđ: îš ţĥàţ šţîĺĺ ŕîĝĥţ föŕ ţĥéḿ? ····· ····· ····· ··]</translation>
    </message>
    <message>
      <source>Less often than agreed: plan ahead, or agree a new rhythm.</source>
      <translation>[Ĺéšš öfţéñ ţĥàñ àĝŕééđ: þĺàñ àĥéàđ, öŕ àĝŕéé à ñéŵ ŕĥýţĥḿ. ····· ····· ····· ····]</translation>
    </message>
    <message>
      <source>{name} — time to give something back</source>
      <translation>[{name} — ţîḿé ţö ĝîvé šöḿéţĥîñĝ ƀàçķ ····· ····· ·]</translation>
    </message>
    <message>
      <source>Add idea…</source>
      <translation>[Åđđ îđéà… ··]</translation>
    </message>
    <message>
      <source>Add a give-back idea for {name}</source>
      <translation>[Åđđ à ĝîvé-ƀàçķ îđéà föŕ {name} ····· ·····]</translation>
    </message>
    <message>
      <source>{step} {day}; follow-up was due {due}</source>
      <translation>[{step} {day}; föĺĺöŵ-ûþ ŵàš đûé {due} ····· ····· ·]</translation>
    </message>
    <message>
      <source>{step} {day}; follow up today</source>
      <translation>[{step} {day}; föĺĺöŵ ûþ ţöđàý ····· ····]</translation>
    </message>
    <message>
      <source>Follow up with {name}</source>
      <translation>[Föĺĺöŵ ûþ ŵîţĥ {name} ····· ·]</translation>
    </message>
    <message>
      <source>Open the prospect {name}</source>
      <translation>[Öþéñ ţĥé þŕöšþéçţ {name} ····· ··]</translation>
    </message>
  </context>
  <context>
    <name>DataSession</name>
    <message>
      <source>Unfinished changes set aside</source>
      <translation>[Ûñfîñîšĥéđ çĥàñĝéš šéţ àšîđé ····· ····]</translation>
    </message>
    <message>
      <source>Beside your database lay unfinished changes that do not belong to it (this happens when a backup is copied over the database by hand after a crash). MentorDesk set them aside as {name} and opened the database as it is.</source>
      <translation>[Ɓéšîđé ýöûŕ đàţàƀàšé ĺàý ûñfîñîšĥéđ çĥàñĝéš ţĥàţ đö ñöţ ƀéĺöñĝ ţö îţ (ţĥîš ĥàþþéñš ŵĥéñ à ƀàçķûþ îš çöþîéđ övéŕ ţĥé đàţàƀàšé ƀý ĥàñđ àfţéŕ à çŕàšĥ). MentorDesk šéţ ţĥéḿ àšîđé àš {name} àñđ öþéñéđ ţĥé đàţàƀàšé àš îţ îš. ····· ····· ····· ····· ····· ····· ····· ····· ····· ····· ····· ····· ····· ····· ··]</translation>
    </message>
    <message>
      <source>Encryption could not be changed: {reason}</source>
      <translation>[Éñçŕýþţîöñ çöûĺđ ñöţ ƀé çĥàñĝéđ: {reason} ····· ····· ···]</translation>
    </message>
    <message>
      <source>Backup restored. Your data as it was before is kept as a backup (File ▸ Backups…), so you can go back to it.</source>
      <translation>[Ɓàçķûþ ŕéšţöŕéđ. Ýöûŕ đàţà àš îţ ŵàš ƀéföŕé îš ķéþţ àš à ƀàçķûþ (Fîĺé ▸ Ɓàçķûþš…), šö ýöû çàñ ĝö ƀàçķ ţö îţ. ····· ····· ····· ····· ····· ····· ·····]</translation>
    </message>
    <message>
      <source>Imported. Your data as it was before is kept as a backup (File ▸ Backups…).</source>
      <translation>[Îḿþöŕţéđ. Ýöûŕ đàţà àš îţ ŵàš ƀéföŕé îš ķéþţ àš à ƀàçķûþ (Fîĺé ▸ Ɓàçķûþš…). ····· ····· ····· ····· ····]</translation>
    </message>
    <message>
      <source>Nothing was imported: {problem}</source>
      <translation>[Ñöţĥîñĝ ŵàš îḿþöŕţéđ: {problem} ····· ·····]</translation>
    </message>
    <message>
      <source>The file could not be imported: {reason}</source>
      <translation>[Ţĥé fîĺé çöûĺđ ñöţ ƀé îḿþöŕţéđ: {reason} ····· ····· ··]</translation>
    </message>
    <message>
      <source>The backup could not be restored: {reason}</source>
      <translation>[Ţĥé ƀàçķûþ çöûĺđ ñöţ ƀé ŕéšţöŕéđ: {reason} ····· ····· ···]</translation>
    </message>
    <message>
      <source>Backup failed: {reason}</source>
      <translation>[Ɓàçķûþ fàîĺéđ: {reason} ····· ··]</translation>
    </message>
    <message numerus="yes">
      <source>%n attached file(s) could not be brought back; they show as missing.</source>
      <translation>
        <numerusform>[%n àţţàçĥéđ fîĺé çöûĺđ ñöţ ƀé ƀŕöûĝĥţ ƀàçķ; ţĥéý šĥöŵ àš ḿîššîñĝ. ····· ····· ····· ·····]</numerusform>
        <numerusform>[%n àţţàçĥéđ fîĺéš çöûĺđ ñöţ ƀé ƀŕöûĝĥţ ƀàçķ; ţĥéý šĥöŵ àš ḿîššîñĝ. ····· ····· ····· ····· ·]</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>DecisionsModel</name>
    <message>
      <source>When</source>
      <translation>[Ŵĥéñ ·]</translation>
    </message>
    <message>
      <source>What sync decided</source>
      <translation>[Ŵĥàţ šýñç đéçîđéđ ·····]</translation>
    </message>
    <message>
      <source>Restore</source>
      <translation>[Řéšţöŕé ·]</translation>
    </message>
    <message>
      <source>Restored</source>
      <translation>[Řéšţöŕéđ ··]</translation>
    </message>
    <message>
      <source>Kept</source>
      <translation>[Ķéþţ ·]</translation>
    </message>
    <message>
      <source>Restore “{value}”</source>
      <translation>[Řéšţöŕé “{value}” ·····]</translation>
    </message>
  </context>
  <context>
    <name>DueDateDialog</name>
    <message>
      <source>Due date</source>
      <translation>[Đûé đàţé ··]</translation>
    </message>
    <message>
      <source>Set due date</source>
      <translation>[Šéţ đûé đàţé ···]</translation>
    </message>
  </context>
  <context>
    <name>DueDateEditor</name>
    <message>
      <source>Due date</source>
      <translation>[Đûé đàţé ··]</translation>
    </message>
    <message>
      <source>No date</source>
      <translation>[Ñö đàţé ·]</translation>
    </message>
    <message>
      <source>Delete: no due date</source>
      <translation>[Đéĺéţé: ñö đûé đàţé ·····]</translation>
    </message>
  </context>
  <context>
    <name>DueField</name>
    <message>
      <source>Due on</source>
      <translation>[Đûé öñ ·]</translation>
    </message>
    <message>
      <source>Has a due date</source>
      <translation>[Ĥàš à đûé đàţé ····]</translation>
    </message>
    <message>
      <source>Due date</source>
      <translation>[Đûé đàţé ··]</translation>
    </message>
    <message>
      <source>+1 week</source>
      <translation>[+1 ŵééķ ·]</translation>
    </message>
    <message>
      <source>+2 weeks</source>
      <translation>[+2 ŵééķš ··]</translation>
    </message>
    <message>
      <source>End of month</source>
      <translation>[Éñđ öf ḿöñţĥ ···]</translation>
    </message>
    <message>
      <source>Due in one week</source>
      <translation>[Đûé îñ öñé ŵééķ ····]</translation>
    </message>
    <message>
      <source>Due in two weeks</source>
      <translation>[Đûé îñ ţŵö ŵééķš ·····]</translation>
    </message>
    <message>
      <source>Due at the end of the month</source>
      <translation>[Đûé àţ ţĥé éñđ öf ţĥé ḿöñţĥ ····· ···]</translation>
    </message>
    <message>
      <source>Due {date}</source>
      <translation>[Đûé {date} ··]</translation>
    </message>
  </context>
  <context>
    <name>EditMeetingDialog</name>
    <message>
      <source>Held meeting with {name}</source>
      <translation>[Ĥéĺđ ḿééţîñĝ ŵîţĥ {name} ····· ··]</translation>
    </message>
    <message>
      <source>Meeting with {name}</source>
      <translation>[Mééţîñĝ ŵîţĥ {name} ·····]</translation>
    </message>
    <message>
      <source>When it began</source>
      <translation>[Ŵĥéñ îţ ƀéĝàñ ····]</translation>
    </message>
    <message>
      <source>Date and time</source>
      <translation>[Đàţé àñđ ţîḿé ····]</translation>
    </message>
    <message>
      <source> min</source>
      <translation>[ ḿîñ ·]</translation>
    </message>
    <message>
      <source>Format</source>
      <translation>[Föŕḿàţ ·]</translation>
    </message>
    <message>
      <source>Place or video link</source>
      <translation>[Þĺàçé öŕ vîđéö ĺîñķ ·····]</translation>
    </message>
    <message>
      <source>How valuable was it</source>
      <translation>[Ĥöŵ vàĺûàƀĺé ŵàš îţ ·····]</translation>
    </message>
    <message>
      <source>No rating</source>
      <translation>[Ñö ŕàţîñĝ ··]</translation>
    </message>
    <message>
      <source>{stars} ({value} of 5)</source>
      <translation>[{stars} ({value} öf 5) ····· ·]</translation>
    </message>
    <message>
      <source>How long it took, in minutes</source>
      <translation>[Ĥöŵ ĺöñĝ îţ ţööķ, îñ ḿîñûţéš ····· ····]</translation>
    </message>
    <message>
      <source>&amp;Began</source>
      <translation>[&amp;Ɓéĝàñ ·]</translation>
    </message>
    <message>
      <source>&amp;Took</source>
      <translation>[&amp;Ţööķ ·]</translation>
    </message>
    <message>
      <source>&amp;Value</source>
      <translation>[&amp;Vàĺûé ·]</translation>
    </message>
    <message>
      <source>Duration in minutes</source>
      <translation>[Đûŕàţîöñ îñ ḿîñûţéš ·····]</translation>
    </message>
    <message>
      <source>&amp;When</source>
      <translation>[&amp;Ŵĥéñ ·]</translation>
    </message>
    <message>
      <source>&amp;Duration</source>
      <translation>[&amp;Đûŕàţîöñ ··]</translation>
    </message>
    <message>
      <source>&amp;Format</source>
      <translation>[&amp;Föŕḿàţ ·]</translation>
    </message>
    <message>
      <source>&amp;Place or link</source>
      <translation>[&amp;Þĺàçé öŕ ĺîñķ ····]</translation>
    </message>
    <message>
      <source>&amp;Agenda</source>
      <translation>[&amp;Åĝéñđà ·]</translation>
    </message>
    <message>
      <source>Save</source>
      <translation>[Šàvé ·]</translation>
    </message>
    <message>
      <source>Their time: {time}</source>
      <translation>[Ţĥéîŕ ţîḿé: {time} ·····]</translation>
    </message>
  </context>
  <context>
    <name>EncryptionDialog</name>
    <message>
      <source>Encryption</source>
      <translation>[Éñçŕýþţîöñ ··]</translation>
    </message>
    <message>
      <source>Your data is encrypted: the database, its backups, damaged copies, attached files and the typing journal open only with your passphrase or your recovery key.</source>
      <translation>[Ýöûŕ đàţà îš éñçŕýþţéđ: ţĥé đàţàƀàšé, îţš ƀàçķûþš, đàḿàĝéđ çöþîéš, àţţàçĥéđ fîĺéš àñđ ţĥé ţýþîñĝ jöûŕñàĺ öþéñ öñĺý ŵîţĥ ýöûŕ þàššþĥŕàšé öŕ ýöûŕ ŕéçövéŕý ķéý. ····· ····· ····· ····· ····· ····· ····· ····· ····· ····· ·]</translation>
    </message>
    <message>
      <source>Your data is not encrypted: anyone who can read the data folder can read it.</source>
      <translation>[Ýöûŕ đàţà îš ñöţ éñçŕýþţéđ: àñýöñé ŵĥö çàñ ŕéàđ ţĥé đàţà föĺđéŕ çàñ ŕéàđ îţ. ····· ····· ····· ····· ·····]</translation>
    </message>
    <message>
      <source>Turn &amp;on…</source>
      <translation>[Ţûŕñ &amp;öñ… ··]</translation>
    </message>
    <message>
      <source>&amp;Change passphrase…</source>
      <translation>[&amp;Çĥàñĝé þàššþĥŕàšé… ·····]</translation>
    </message>
    <message>
      <source>Turn o&amp;ff…</source>
      <translation>[Ţûŕñ ö&amp;ff… ··]</translation>
    </message>
    <message>
      <source>Close</source>
      <translation>[Çĺöšé ·]</translation>
    </message>
    <message>
      <source>Encrypt</source>
      <translation>[Éñçŕýþţ ·]</translation>
    </message>
    <message>
      <source>Change</source>
      <translation>[Çĥàñĝé ·]</translation>
    </message>
    <message>
      <source>Decrypt</source>
      <translation>[Đéçŕýþţ ·]</translation>
    </message>
    <message>
      <source>The passphrase is changed. Your recovery key stays the same.</source>
      <translation>[Ţĥé þàššþĥŕàšé îš çĥàñĝéđ. Ýöûŕ ŕéçövéŕý ķéý šţàýš ţĥé šàḿé. ····· ····· ····· ····]</translation>
    </message>
    <message>
      <source>Your data is encrypted.</source>
      <translation>[Ýöûŕ đàţà îš éñçŕýþţéđ. ····· ··]</translation>
    </message>
    <message>
      <source>Your data is no longer encrypted.</source>
      <translation>[Ýöûŕ đàţà îš ñö ĺöñĝéŕ éñçŕýþţéđ. ····· ·····]</translation>
    </message>
    <message>
      <source>&amp;Encryption…</source>
      <translation>[&amp;Éñçŕýþţîöñ… ···]</translation>
    </message>
    <message>
      <source>Your data is encrypted: the database, its backups, damaged copies and the typing journal open only with your passphrase or your recovery key.</source>
      <translation>[Ýöûŕ đàţà îš éñçŕýþţéđ: ţĥé đàţàƀàšé, îţš ƀàçķûþš, đàḿàĝéđ çöþîéš àñđ ţĥé ţýþîñĝ jöûŕñàĺ öþéñ öñĺý ŵîţĥ ýöûŕ þàššþĥŕàšé öŕ ýöûŕ ŕéçövéŕý ķéý. ····· ····· ····· ····· ····· ····· ····· ····· ····· ·]</translation>
    </message>
  </context>
  <context>
    <name>EndMeetingDialog</name>
    <message>
      <source>End meeting</source>
      <translation>[Éñđ ḿééţîñĝ ···]</translation>
    </message>
    <message>
      <source>When the meeting began</source>
      <translation>[Ŵĥéñ ţĥé ḿééţîñĝ ƀéĝàñ ····· ·]</translation>
    </message>
    <message>
      <source>Actual duration in minutes</source>
      <translation>[Åçţûàĺ đûŕàţîöñ îñ ḿîñûţéš ····· ···]</translation>
    </message>
    <message>
      <source> min</source>
      <translation>[ ḿîñ ·]</translation>
    </message>
    <message>
      <source>How valuable was it</source>
      <translation>[Ĥöŵ vàĺûàƀĺé ŵàš îţ ·····]</translation>
    </message>
    <message>
      <source>No rating</source>
      <translation>[Ñö ŕàţîñĝ ··]</translation>
    </message>
    <message>
      <source>1 – not useful</source>
      <translation>[1 – ñöţ ûšéfûĺ ····]</translation>
    </message>
    <message>
      <source>3 – useful</source>
      <translation>[3 – ûšéfûĺ ··]</translation>
    </message>
    <message>
      <source>5 – very valuable</source>
      <translation>[5 – véŕý vàĺûàƀĺé ·····]</translation>
    </message>
    <message>
      <source>No action items were captured in this meeting.</source>
      <translation>[Ñö àçţîöñ îţéḿš ŵéŕé çàþţûŕéđ îñ ţĥîš ḿééţîñĝ. ····· ····· ·····]</translation>
    </message>
    <message>
      <source>Plan the next meeting</source>
      <translation>[Þĺàñ ţĥé ñéxţ ḿééţîñĝ ····· ·]</translation>
    </message>
    <message>
      <source>Next meeting date and time</source>
      <translation>[Ñéxţ ḿééţîñĝ đàţé àñđ ţîḿé ····· ···]</translation>
    </message>
    <message numerus="yes">
      <source>%n unticked agenda point(s) will be carried over.</source>
      <translation>
        <numerusform>[%n ûñţîçķéđ àĝéñđà þöîñţ ŵîĺĺ ƀé çàŕŕîéđ övéŕ. ····· ····· ·····]</numerusform>
        <numerusform>[%n ûñţîçķéđ àĝéñđà þöîñţš ŵîĺĺ ƀé çàŕŕîéđ övéŕ. ····· ····· ·····]</numerusform>
      </translation>
    </message>
    <message>
      <source>Every agenda point was ticked off.</source>
      <translation>[Évéŕý àĝéñđà þöîñţ ŵàš ţîçķéđ öff. ····· ·····]</translation>
    </message>
    <message>
      <source>There was no agenda.</source>
      <translation>[Ţĥéŕé ŵàš ñö àĝéñđà. ·····]</translation>
    </message>
    <message>
      <source>Began:</source>
      <translation>[Ɓéĝàñ: ·]</translation>
    </message>
    <message>
      <source>Actual duration:</source>
      <translation>[Åçţûàĺ đûŕàţîöñ: ·····]</translation>
    </message>
    <message>
      <source>Value of the meeting:</source>
      <translation>[Vàĺûé öf ţĥé ḿééţîñĝ: ····· ·]</translation>
    </message>
    <message>
      <source>Next meeting:</source>
      <translation>[Ñéxţ ḿééţîñĝ: ····]</translation>
    </message>
    <message>
      <source>Mark the meeting held, as entered above</source>
      <translation>[Màŕķ ţĥé ḿééţîñĝ ĥéĺđ, àš éñţéŕéđ àƀövé ····· ····· ··]</translation>
    </message>
  </context>
  <context>
    <name>ExchangeDialogs</name>
    <message>
      <source>MentorDesk</source>
      <translation>[MentorDesk ··]</translation>
    </message>
    <message numerus="yes">
      <source>%n mentor(s)</source>
      <translation>
        <numerusform>[%n ḿéñţöŕ ··]</numerusform>
        <numerusform>[%n ḿéñţöŕš ··]</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n meeting(s)</source>
      <translation>
        <numerusform>[%n ḿééţîñĝ ··]</numerusform>
        <numerusform>[%n ḿééţîñĝš ···]</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n action item(s)</source>
      <translation>
        <numerusform>[%n àçţîöñ îţéḿ ····]</numerusform>
        <numerusform>[%n àçţîöñ îţéḿš ····]</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n record(s) you have already stay as they are.</source>
      <translation>
        <numerusform>[%n ŕéçöŕđ ýöû ĥàvé àĺŕéàđý šţàýš àš îţ îš. ····· ····· ···]</numerusform>
        <numerusform>[%n ŕéçöŕđš ýöû ĥàvé àĺŕéàđý šţàý àš ţĥéý àŕé. ····· ····· ····]</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>The file has changed %n of them; yours are kept:</source>
      <translation>
        <numerusform>[Ţĥé fîĺé ĥàš çĥàñĝéđ %n öf ţĥéḿ; ýöûŕš àŕé ķéþţ: ····· ····· ·····]</numerusform>
        <numerusform>[Ţĥé fîĺé ĥàš çĥàñĝéđ %n öf ţĥéḿ; ýöûŕš àŕé ķéþţ: ····· ····· ·····]</numerusform>
      </translation>
    </message>
    <message>
      <source>JSON (every record; can be imported)</source>
      <translation>[JŠÖÑ (évéŕý ŕéçöŕđ; çàñ ƀé îḿþöŕţéđ) ····· ····· ·]</translation>
    </message>
    <message>
      <source>Markdown (a folder to read)</source>
      <translation>[Màŕķđöŵñ (à föĺđéŕ ţö ŕéàđ) ····· ···]</translation>
    </message>
    <message>
      <source>CSV (for spreadsheets)</source>
      <translation>[ÇŠV (föŕ šþŕéàđšĥééţš) ····· ·]</translation>
    </message>
    <message>
      <source>Export</source>
      <translation>[Éxþöŕţ ·]</translation>
    </message>
    <message>
      <source>Export as:</source>
      <translation>[Éxþöŕţ àš: ··]</translation>
    </message>
    <message>
      <source>Export to</source>
      <translation>[Éxþöŕţ ţö ··]</translation>
    </message>
    <message>
      <source>Export into</source>
      <translation>[Éxþöŕţ îñţö ···]</translation>
    </message>
    <message>
      <source>Exporting…</source>
      <translation>[Éxþöŕţîñĝ… ··]</translation>
    </message>
    <message>
      <source>Exported to {path}.</source>
      <translation>[Éxþöŕţéđ ţö {path}. ·····]</translation>
    </message>
    <message>
      <source>Import a MentorDesk export</source>
      <translation>[Îḿþöŕţ à MentorDesk éxþöŕţ ····· ···]</translation>
    </message>
    <message>
      <source>Checking the file…</source>
      <translation>[Çĥéçķîñĝ ţĥé fîĺé… ·····]</translation>
    </message>
    <message>
      <source>Nothing new</source>
      <translation>[Ñöţĥîñĝ ñéŵ ···]</translation>
    </message>
    <message>
      <source>Every record of {name} is in your data already. Nothing was changed.</source>
      <translation>[Évéŕý ŕéçöŕđ öf {name} îš îñ ýöûŕ đàţà àĺŕéàđý. Ñöţĥîñĝ ŵàš çĥàñĝéđ. ····· ····· ····· ····· ··]</translation>
    </message>
    <message>
      <source>Import this file?</source>
      <translation>[Îḿþöŕţ ţĥîš fîĺé? ·····]</translation>
    </message>
    <message>
      <source>Add {what} from {name}?</source>
      <translation>[Åđđ {what} fŕöḿ {name}? ····· ··]</translation>
    </message>
    <message>
      <source>Import</source>
      <translation>[Îḿþöŕţ ·]</translation>
    </message>
    <message>
      <source>Your data is backed up first. Open windows close and MentorDesk reopens with the imported records.</source>
      <translation>[Ýöûŕ đàţà îš ƀàçķéđ ûþ fîŕšţ. Öþéñ ŵîñđöŵš çĺöšé àñđ MentorDesk ŕéöþéñš ŵîţĥ ţĥé îḿþöŕţéđ ŕéçöŕđš. ····· ····· ····· ····· ····· ····· ··]</translation>
    </message>
    <message>
      <source>Cannot import</source>
      <translation>[Çàññöţ îḿþöŕţ ····]</translation>
    </message>
    <message>
      <source>{name} cannot be imported. Nothing was changed.</source>
      <translation>[{name} çàññöţ ƀé îḿþöŕţéđ. Ñöţĥîñĝ ŵàš çĥàñĝéđ. ····· ····· ·····]</translation>
    </message>
    <message numerus="yes">
      <source>{name} holds %n record(s) you have already.</source>
      <translation>
        <numerusform>[{name} ĥöĺđš %n ŕéçöŕđ ýöû ĥàvé àĺŕéàđý. ····· ····· ··]</numerusform>
        <numerusform>[{name} ĥöĺđš %n ŕéçöŕđš ýöû ĥàvé àĺŕéàđý. ····· ····· ···]</numerusform>
      </translation>
    </message>
    <message>
      <source>Add what is new, keep mine</source>
      <translation>[Åđđ ŵĥàţ îš ñéŵ, ķééþ ḿîñé ····· ···]</translation>
    </message>
    <message>
      <source>MentorDesk can add only the records that are new and leave yours exactly as they are; you will see which ones the file has changed before anything is imported.</source>
      <translation>[MentorDesk çàñ àđđ öñĺý ţĥé ŕéçöŕđš ţĥàţ àŕé ñéŵ àñđ ĺéàvé ýöûŕš éxàçţĺý àš ţĥéý àŕé; ýöû ŵîĺĺ šéé ŵĥîçĥ öñéš ţĥé fîĺé ĥàš çĥàñĝéđ ƀéföŕé àñýţĥîñĝ îš îḿþöŕţéđ. ····· ····· ····· ····· ····· ····· ····· ····· ····· ····· ··]</translation>
    </message>
    <message>
      <source>That did not work: {reason}</source>
      <translation>[Ţĥàţ đîđ ñöţ ŵöŕķ: {reason} ····· ···]</translation>
    </message>
    <message>
      <source>&amp;Export…</source>
      <translation>[&amp;Éxþöŕţ… ··]</translation>
    </message>
    <message>
      <source>&amp;Import…</source>
      <translation>[&amp;Îḿþöŕţ… ··]</translation>
    </message>
  </context>
  <context>
    <name>GapChart</name>
    <message numerus="yes">
      <source>Meet {agreed}. Last %n gap(s): {gaps}.</source>
      <translation>
        <numerusform>[Mééţ {agreed}. Ĺàšţ %n ĝàþ: {gaps}. ····· ·····]</numerusform>
        <numerusform>[Mééţ {agreed}. Ĺàšţ %n ĝàþš: {gaps}. ····· ····· ·]</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>The first %n began under earlier terms.</source>
      <translation>
        <numerusform>[Ţĥé fîŕšţ ƀéĝàñ ûñđéŕ éàŕĺîéŕ ţéŕḿš. ····· ····· ·]</numerusform>
        <numerusform>[Ţĥé fîŕšţ %n ƀéĝàñ ûñđéŕ éàŕĺîéŕ ţéŕḿš. ····· ····· ··]</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n was/were clearly longer than that.</source>
      <translation>
        <numerusform>[%n ŵàš çĺéàŕĺý ĺöñĝéŕ ţĥàñ ţĥàţ. ····· ·····]</numerusform>
        <numerusform>[%n ŵéŕé çĺéàŕĺý ĺöñĝéŕ ţĥàñ ţĥàţ. ····· ·····]</numerusform>
      </translation>
    </message>
    <message>
      <source>Gaps between meetings with {name}</source>
      <translation>[Ĝàþš ƀéţŵééñ ḿééţîñĝš ŵîţĥ {name} ····· ·····]</translation>
    </message>
    <message>
      <source>agreed</source>
      <translation>[àĝŕééđ ·]</translation>
    </message>
  </context>
  <context>
    <name>GiveBackDialog</name>
    <message>
      <source>Give-back idea</source>
      <translation>[Ĝîvé-ƀàçķ îđéà ····]</translation>
    </message>
    <message>
      <source>New give-back idea</source>
      <translation>[Ñéŵ ĝîvé-ƀàçķ îđéà ·····]</translation>
    </message>
    <message>
      <source>Mentor</source>
      <translation>[Méñţöŕ ·]</translation>
    </message>
    <message>
      <source>Idea</source>
      <translation>[Îđéà ·]</translation>
    </message>
    <message>
      <source>e.g. Send her the article on rotas</source>
      <translation>[é.ĝ. Šéñđ ĥéŕ ţĥé àŕţîçĺé öñ ŕöţàš ····· ·····]</translation>
    </message>
    <message>
      <source>Kind</source>
      <translation>[Ķîñđ ·]</translation>
    </message>
    <message>
      <source>Status</source>
      <translation>[Šţàţûš ·]</translation>
    </message>
    <message>
      <source>On</source>
      <translation>[Öñ ·]</translation>
    </message>
    <message>
      <source>Has a planned date</source>
      <translation>[Ĥàš à þĺàññéđ đàţé ·····]</translation>
    </message>
    <message>
      <source>Planned date</source>
      <translation>[Þĺàññéđ đàţé ···]</translation>
    </message>
    <message>
      <source>Done on</source>
      <translation>[Đöñé öñ ·]</translation>
    </message>
    <message>
      <source>Note</source>
      <translation>[Ñöţé ·]</translation>
    </message>
    <message>
      <source>&amp;Mentor</source>
      <translation>[&amp;Méñţöŕ ·]</translation>
    </message>
    <message>
      <source>&amp;Idea</source>
      <translation>[&amp;Îđéà ·]</translation>
    </message>
    <message>
      <source>&amp;Kind</source>
      <translation>[&amp;Ķîñđ ·]</translation>
    </message>
    <message>
      <source>&amp;Status</source>
      <translation>[&amp;Šţàţûš ·]</translation>
    </message>
    <message>
      <source>&amp;Planned</source>
      <translation>[&amp;Þĺàññéđ ··]</translation>
    </message>
    <message>
      <source>&amp;Done on</source>
      <translation>[&amp;Đöñé öñ ··]</translation>
    </message>
    <message>
      <source>&amp;Note</source>
      <translation>[&amp;Ñöţé ·]</translation>
    </message>
    <message>
      <source>Save</source>
      <translation>[Šàvé ·]</translation>
    </message>
  </context>
  <context>
    <name>GiveBackPanel</name>
    <message>
      <source>Give-back ideas</source>
      <translation>[Ĝîvé-ƀàçķ îđéàš ····]</translation>
    </message>
    <message>
      <source>Capture give-back idea</source>
      <translation>[Çàþţûŕé ĝîvé-ƀàçķ îđéà ····· ·]</translation>
    </message>
    <message>
      <source>Turn the selection or the current line of notes into a give-back idea ({key})</source>
      <translation>[Ţûŕñ ţĥé šéĺéçţîöñ öŕ ţĥé çûŕŕéñţ ĺîñé öf ñöţéš îñţö à ĝîvé-ƀàçķ îđéà ({key}) ····· ····· ····· ····· ·····]</translation>
    </message>
    <message>
      <source>Give-back ideas from this meeting</source>
      <translation>[Ĝîvé-ƀàçķ îđéàš fŕöḿ ţĥîš ḿééţîñĝ ····· ·····]</translation>
    </message>
    <message>
      <source>A way to give back came up? Put the cursor on its line and press {key}.</source>
      <translation>[Å ŵàý ţö ĝîvé ƀàçķ çàḿé ûþ? Þûţ ţĥé çûŕšöŕ öñ îţš ĺîñé àñđ þŕéšš {key}. ····· ····· ····· ····· ···]</translation>
    </message>
    <message>
      <source>Put the cursor on a line of notes (or select text) to capture it.</source>
      <translation>[Þûţ ţĥé çûŕšöŕ öñ à ĺîñé öf ñöţéš (öŕ šéĺéçţ ţéxţ) ţö çàþţûŕé îţ. ····· ····· ····· ·····]</translation>
    </message>
    <message>
      <source>Not captured. The text is still in your notes.</source>
      <translation>[Ñöţ çàþţûŕéđ. Ţĥé ţéxţ îš šţîĺĺ îñ ýöûŕ ñöţéš. ····· ····· ·····]</translation>
    </message>
    <message>
      <source>Captured as “{kind}”.</source>
      <translation>[Çàþţûŕéđ àš “{kind}”. ····· ·]</translation>
    </message>
    <message>
      <source>Give-back idea captured</source>
      <translation>[Ĝîvé-ƀàçķ îđéà çàþţûŕéđ ····· ··]</translation>
    </message>
  </context>
  <context>
    <name>GiveBackTableModel</name>
    <message>
      <source>Idea</source>
      <translation>[Îđéà ·]</translation>
    </message>
    <message>
      <source>Mentor</source>
      <translation>[Méñţöŕ ·]</translation>
    </message>
    <message>
      <source>Kind</source>
      <translation>[Ķîñđ ·]</translation>
    </message>
    <message>
      <source>Status</source>
      <translation>[Šţàţûš ·]</translation>
    </message>
    <message>
      <source>When</source>
      <translation>[Ŵĥéñ ·]</translation>
    </message>
    <message>
      <source>Note</source>
      <translation>[Ñöţé ·]</translation>
    </message>
    <message>
      <source>done {day}</source>
      <translation>[đöñé {day} ··]</translation>
    </message>
    <message>
      <source>planned {day}</source>
      <translation>[þĺàññéđ {day} ····]</translation>
    </message>
  </context>
  <context>
    <name>GiveBackView</name>
    <message>
      <source>Give something back</source>
      <translation>[Ĝîvé šöḿéţĥîñĝ ƀàçķ ·····]</translation>
    </message>
    <message>
      <source>Mentorship is a two-way street. Note ideas for giving back to each mentor — a thank-you, an article, an introduction, help on their project — plan them and mark them done. In meeting mode, Ctrl+Shift+G turns a line of notes into an idea.</source>
      <translation>[Méñţöŕšĥîþ îš à ţŵö-ŵàý šţŕééţ. Ñöţé îđéàš föŕ ĝîvîñĝ ƀàçķ ţö éàçĥ ḿéñţöŕ — à ţĥàñķ-ýöû, àñ àŕţîçĺé, àñ îñţŕöđûçţîöñ, ĥéĺþ öñ ţĥéîŕ þŕöjéçţ — þĺàñ ţĥéḿ àñđ ḿàŕķ ţĥéḿ đöñé. Îñ ḿééţîñĝ ḿöđé, Çţŕĺ+Šĥîfţ+Ĝ ţûŕñš à ĺîñé öf ñöţéš îñţö àñ îđéà. ····· ····· ····· ····· ····· ····· ····· ····· ····· ····· ····· ····· ····· ····· ····· ···]</translation>
    </message>
    <message>
      <source>Give-back ideas</source>
      <translation>[Ĝîvé-ƀàçķ îđéàš ····]</translation>
    </message>
    <message>
      <source>Add an idea</source>
      <translation>[Åđđ àñ îđéà ···]</translation>
    </message>
    <message>
      <source>Mentor:</source>
      <translation>[Méñţöŕ: ·]</translation>
    </message>
    <message>
      <source>Show the ideas for mentor</source>
      <translation>[Šĥöŵ ţĥé îđéàš föŕ ḿéñţöŕ ····· ··]</translation>
    </message>
    <message>
      <source>Show:</source>
      <translation>[Šĥöŵ: ·]</translation>
    </message>
    <message>
      <source>Show status</source>
      <translation>[Šĥöŵ šţàţûš ···]</translation>
    </message>
    <message>
      <source>Not done yet</source>
      <translation>[Ñöţ đöñé ýéţ ···]</translation>
    </message>
    <message>
      <source>All</source>
      <translation>[Åĺĺ ·]</translation>
    </message>
    <message>
      <source>New idea…</source>
      <translation>[Ñéŵ îđéà… ··]</translation>
    </message>
    <message>
      <source>Edit…</source>
      <translation>[Éđîţ… ·]</translation>
    </message>
    <message>
      <source>Mark done</source>
      <translation>[Màŕķ đöñé ··]</translation>
    </message>
    <message>
      <source>Delete</source>
      <translation>[Đéĺéţé ·]</translation>
    </message>
    <message>
      <source>All mentors</source>
      <translation>[Åĺĺ ḿéñţöŕš ···]</translation>
    </message>
    <message>
      <source>No give-back ideas yet. Add one with “New idea…”.</source>
      <translation>[Ñö ĝîvé-ƀàçķ îđéàš ýéţ. Åđđ öñé ŵîţĥ “Ñéŵ îđéà…”. ····· ····· ·····]</translation>
    </message>
    <message>
      <source>No idea matches these filters. Choose “All” to see every one.</source>
      <translation>[Ñö îđéà ḿàţçĥéš ţĥéšé fîĺţéŕš. Çĥööšé “Åĺĺ” ţö šéé évéŕý öñé. ····· ····· ····· ·····]</translation>
    </message>
  </context>
  <context>
    <name>GoalBoardDialog</name>
    <message>
      <source>Board: {goal}</source>
      <translation>[Ɓöàŕđ: {goal} ····]</translation>
    </message>
    <message>
      <source>How I'll know: {text}</source>
      <translation>[Ĥöŵ Î'ĺĺ ķñöŵ: {text} ····· ·]</translation>
    </message>
    <message>
      <source>{value} % done</source>
      <translation>[{value} % đöñé ····]</translation>
    </message>
    <message>
      <source>No mentor covers this goal yet. Tick mentors on the goal, or link the action items that serve it, to compare their advice here.</source>
      <translation>[Ñö ḿéñţöŕ çövéŕš ţĥîš ĝöàĺ ýéţ. Ţîçķ ḿéñţöŕš öñ ţĥé ĝöàĺ, öŕ ĺîñķ ţĥé àçţîöñ îţéḿš ţĥàţ šéŕvé îţ, ţö çöḿþàŕé ţĥéîŕ àđvîçé ĥéŕé. ····· ····· ····· ····· ····· ····· ····· ····· ·]</translation>
    </message>
    <message>
      <source>Close</source>
      <translation>[Çĺöšé ·]</translation>
    </message>
    <message>
      <source>through their advice</source>
      <translation>[ţĥŕöûĝĥ ţĥéîŕ àđvîçé ·····]</translation>
    </message>
    <message>
      <source>Advice to act on</source>
      <translation>[Åđvîçé ţö àçţ öñ ·····]</translation>
    </message>
    <message>
      <source>None linked yet.</source>
      <translation>[Ñöñé ĺîñķéđ ýéţ. ·····]</translation>
    </message>
    <message>
      <source>Takeaways</source>
      <translation>[Ţàķéàŵàýš ··]</translation>
    </message>
    <message>
      <source>No meeting with takeaways on it yet.</source>
      <translation>[Ñö ḿééţîñĝ ŵîţĥ ţàķéàŵàýš öñ îţ ýéţ. ····· ····· ·]</translation>
    </message>
  </context>
  <context>
    <name>GoalChoice</name>
    <message>
      <source>Captured action items work toward goal</source>
      <translation>[Çàþţûŕéđ àçţîöñ îţéḿš ŵöŕķ ţöŵàŕđ ĝöàĺ ····· ····· ··]</translation>
    </message>
    <message>
      <source>Action items captured from now on are linked to this goal</source>
      <translation>[Åçţîöñ îţéḿš çàþţûŕéđ fŕöḿ ñöŵ öñ àŕé ĺîñķéđ ţö ţĥîš ĝöàĺ ····· ····· ····· ···]</translation>
    </message>
    <message>
      <source>Toward &amp;goal:</source>
      <translation>[Ţöŵàŕđ &amp;ĝöàĺ: ····]</translation>
    </message>
    <message>
      <source>No goal</source>
      <translation>[Ñö ĝöàĺ ·]</translation>
    </message>
  </context>
  <context>
    <name>GoalForm</name>
    <message>
      <source>&amp;Goal</source>
      <translation>[&amp;Ĝöàĺ ·]</translation>
    </message>
    <message>
      <source>Goal</source>
      <translation>[Ĝöàĺ ·]</translation>
    </message>
    <message>
      <source>e.g. Lead a team of five by next spring</source>
      <translation>[é.ĝ. Ĺéàđ à ţéàḿ öf fîvé ƀý ñéxţ šþŕîñĝ ····· ····· ··]</translation>
    </message>
    <message>
      <source>&amp;Why</source>
      <translation>[&amp;Ŵĥý ·]</translation>
    </message>
    <message>
      <source>Why it matters</source>
      <translation>[Ŵĥý îţ ḿàţţéŕš ····]</translation>
    </message>
    <message>
      <source>Why this goal, and why now</source>
      <translation>[Ŵĥý ţĥîš ĝöàĺ, àñđ ŵĥý ñöŵ ····· ···]</translation>
    </message>
    <message>
      <source>How I'll &amp;know</source>
      <translation>[Ĥöŵ Î'ĺĺ &amp;ķñöŵ ····]</translation>
    </message>
    <message>
      <source>How I will know</source>
      <translation>[Ĥöŵ Î ŵîĺĺ ķñöŵ ····]</translation>
    </message>
    <message>
      <source>What will be true when it is achieved</source>
      <translation>[Ŵĥàţ ŵîĺĺ ƀé ţŕûé ŵĥéñ îţ îš àçĥîévéđ ····· ····· ·]</translation>
    </message>
    <message>
      <source>&amp;Target</source>
      <translation>[&amp;Ţàŕĝéţ ·]</translation>
    </message>
    <message>
      <source>Has a target date</source>
      <translation>[Ĥàš à ţàŕĝéţ đàţé ·····]</translation>
    </message>
    <message>
      <source>&amp;Status</source>
      <translation>[&amp;Šţàţûš ·]</translation>
    </message>
    <message>
      <source>Status</source>
      <translation>[Šţàţûš ·]</translation>
    </message>
    <message>
      <source>&amp;Progress</source>
      <translation>[&amp;Þŕöĝŕéšš ··]</translation>
    </message>
    <message>
      <source>Progress measured</source>
      <translation>[Þŕöĝŕéšš ḿéàšûŕéđ ·····]</translation>
    </message>
    <message>
      <source>&amp;Mentors</source>
      <translation>[&amp;Méñţöŕš ··]</translation>
    </message>
    <message>
      <source>Mentors who help with this goal</source>
      <translation>[Méñţöŕš ŵĥö ĥéĺþ ŵîţĥ ţĥîš ĝöàĺ ····· ·····]</translation>
    </message>
  </context>
  <context>
    <name>GoalPanel</name>
    <message>
      <source>Save</source>
      <translation>[Šàvé ·]</translation>
    </message>
    <message>
      <source>Save (Ctrl+S)</source>
      <translation>[Šàvé (Çţŕĺ+Š) ····]</translation>
    </message>
    <message>
      <source>Revert</source>
      <translation>[Řévéŕţ ·]</translation>
    </message>
    <message>
      <source>Attachments…</source>
      <translation>[Åţţàçĥḿéñţš… ···]</translation>
    </message>
    <message>
      <source>Files and links for this goal</source>
      <translation>[Fîĺéš àñđ ĺîñķš föŕ ţĥîš ĝöàĺ ····· ····]</translation>
    </message>
    <message>
      <source>Action items toward this goal</source>
      <translation>[Åçţîöñ îţéḿš ţöŵàŕđ ţĥîš ĝöàĺ ····· ····]</translation>
    </message>
    <message>
      <source>Link action items…</source>
      <translation>[Ĺîñķ àçţîöñ îţéḿš… ·····]</translation>
    </message>
    <message>
      <source>Choose the advice that works toward this goal</source>
      <translation>[Çĥööšé ţĥé àđvîçé ţĥàţ ŵöŕķš ţöŵàŕđ ţĥîš ĝöàĺ ····· ····· ····]</translation>
    </message>
    <message>
      <source>Meetings where this goal came up</source>
      <translation>[Mééţîñĝš ŵĥéŕé ţĥîš ĝöàĺ çàḿé ûþ ····· ·····]</translation>
    </message>
    <message>
      <source>Progress updates</source>
      <translation>[Þŕöĝŕéšš ûþđàţéš ·····]</translation>
    </message>
    <message>
      <source>Save the goal to link action items to it.</source>
      <translation>[Šàvé ţĥé ĝöàĺ ţö ĺîñķ àçţîöñ îţéḿš ţö îţ. ····· ····· ···]</translation>
    </message>
    <message>
      <source>Action items</source>
      <translation>[Åçţîöñ îţéḿš ···]</translation>
    </message>
    <message>
      <source>Meetings where it came up</source>
      <translation>[Mééţîñĝš ŵĥéŕé îţ çàḿé ûþ ····· ··]</translation>
    </message>
    <message>
      <source>New goal</source>
      <translation>[Ñéŵ ĝöàĺ ··]</translation>
    </message>
    <message>
      <source>Name it, say why it matters and how you will know.</source>
      <translation>[Ñàḿé îţ, šàý ŵĥý îţ ḿàţţéŕš àñđ ĥöŵ ýöû ŵîĺĺ ķñöŵ. ····· ····· ·····]</translation>
    </message>
    <message>
      <source>{value} % done</source>
      <translation>[{value} % đöñé ····]</translation>
    </message>
    <message>
      <source>target {day}</source>
      <translation>[ţàŕĝéţ {day} ···]</translation>
    </message>
    <message>
      <source>No action items yet: link the advice that serves it.</source>
      <translation>[Ñö àçţîöñ îţéḿš ýéţ: ĺîñķ ţĥé àđvîçé ţĥàţ šéŕvéš îţ. ····· ····· ····· ·]</translation>
    </message>
    <message>
      <source>advice from it</source>
      <translation>[àđvîçé fŕöḿ îţ ····]</translation>
    </message>
    <message>
      <source>mentioned</source>
      <translation>[ḿéñţîöñéđ ··]</translation>
    </message>
    <message>
      <source>{when} · {name} ({why})</source>
      <translation>[{when} · {name} ({why}) ····· ··]</translation>
    </message>
    <message>
      <source>None yet. Meetings appear here when their advice or notes touch it.</source>
      <translation>[Ñöñé ýéţ. Mééţîñĝš àþþéàŕ ĥéŕé ŵĥéñ ţĥéîŕ àđvîçé öŕ ñöţéš ţöûçĥ îţ. ····· ····· ····· ····· ·]</translation>
    </message>
    <message>
      <source>No updates set by hand yet.</source>
      <translation>[Ñö ûþđàţéš šéţ ƀý ĥàñđ ýéţ. ····· ···]</translation>
    </message>
  </context>
  <context>
    <name>GoalTableModel</name>
    <message>
      <source>Goal</source>
      <translation>[Ĝöàĺ ·]</translation>
    </message>
    <message>
      <source>Status</source>
      <translation>[Šţàţûš ·]</translation>
    </message>
    <message>
      <source>Progress</source>
      <translation>[Þŕöĝŕéšš ··]</translation>
    </message>
    <message>
      <source>Target</source>
      <translation>[Ţàŕĝéţ ·]</translation>
    </message>
    <message>
      <source>Mentors</source>
      <translation>[Méñţöŕš ·]</translation>
    </message>
    <message>
      <source>Action items</source>
      <translation>[Åçţîöñ îţéḿš ···]</translation>
    </message>
    <message>
      <source>⚠ {date}</source>
      <translation>[⚠ {date} ··]</translation>
    </message>
    <message>
      <source>{done} of {counted} done</source>
      <translation>[{done} öf {counted} đöñé ····· ··]</translation>
    </message>
    <message>
      <source>{value} % ({how})</source>
      <translation>[{value} % ({how}) ·····]</translation>
    </message>
    <message>
      <source>The target date has passed</source>
      <translation>[Ţĥé ţàŕĝéţ đàţé ĥàš þàššéđ ····· ···]</translation>
    </message>
  </context>
  <context>
    <name>GoalsView</name>
    <message>
      <source>Your goals</source>
      <translation>[Ýöûŕ ĝöàĺš ··]</translation>
    </message>
    <message>
      <source>Mentorship works best when you are proactive about your goals. Write down what you want to achieve, why it matters and how you will know; then link the mentors who help and the advice you act on, and watch the progress.</source>
      <translation>[Méñţöŕšĥîþ ŵöŕķš ƀéšţ ŵĥéñ ýöû àŕé þŕöàçţîvé àƀöûţ ýöûŕ ĝöàĺš. Ŵŕîţé đöŵñ ŵĥàţ ýöû ŵàñţ ţö àçĥîévé, ŵĥý îţ ḿàţţéŕš àñđ ĥöŵ ýöû ŵîĺĺ ķñöŵ; ţĥéñ ĺîñķ ţĥé ḿéñţöŕš ŵĥö ĥéĺþ àñđ ţĥé àđvîçé ýöû àçţ öñ, àñđ ŵàţçĥ ţĥé þŕöĝŕéšš. ····· ····· ····· ····· ····· ····· ····· ····· ····· ····· ····· ····· ····· ····· ··]</translation>
    </message>
    <message>
      <source>Goals</source>
      <translation>[Ĝöàĺš ·]</translation>
    </message>
    <message>
      <source>Add a goal</source>
      <translation>[Åđđ à ĝöàĺ ··]</translation>
    </message>
    <message>
      <source>Show:</source>
      <translation>[Šĥöŵ: ·]</translation>
    </message>
    <message>
      <source>Status</source>
      <translation>[Šţàţûš ·]</translation>
    </message>
    <message>
      <source>All goals</source>
      <translation>[Åĺĺ ĝöàĺš ··]</translation>
    </message>
    <message>
      <source>Mentor:</source>
      <translation>[Méñţöŕ: ·]</translation>
    </message>
    <message>
      <source>Show the goals of mentor</source>
      <translation>[Šĥöŵ ţĥé ĝöàĺš öf ḿéñţöŕ ····· ··]</translation>
    </message>
    <message>
      <source>New goal</source>
      <translation>[Ñéŵ ĝöàĺ ··]</translation>
    </message>
    <message>
      <source>Update progress…</source>
      <translation>[Ûþđàţé þŕöĝŕéšš… ·····]</translation>
    </message>
    <message>
      <source>Board…</source>
      <translation>[Ɓöàŕđ… ·]</translation>
    </message>
    <message>
      <source>Delete…</source>
      <translation>[Đéĺéţé… ·]</translation>
    </message>
    <message>
      <source>All mentors</source>
      <translation>[Åĺĺ ḿéñţöŕš ···]</translation>
    </message>
    <message>
      <source>No goal matches these filters. Choose “All goals” to see every one.</source>
      <translation>[Ñö ĝöàĺ ḿàţçĥéš ţĥéšé fîĺţéŕš. Çĥööšé “Åĺĺ ĝöàĺš” ţö šéé évéŕý öñé. ····· ····· ····· ····· ·]</translation>
    </message>
    <message>
      <source>the new goal</source>
      <translation>[ţĥé ñéŵ ĝöàĺ ···]</translation>
    </message>
  </context>
  <context>
    <name>GuideDialog</name>
    <message>
      <source>How MentorDesk follows the article</source>
      <translation>[Ĥöŵ MentorDesk föĺĺöŵš ţĥé àŕţîçĺé ····· ·····]</translation>
    </message>
    <message>
      <source>Each tip of the mentorship article, and where MentorDesk helps you with it.</source>
      <translation>[Éàçĥ ţîþ öf ţĥé ḿéñţöŕšĥîþ àŕţîçĺé, àñđ ŵĥéŕé MentorDesk ĥéĺþš ýöû ŵîţĥ îţ. ····· ····· ····· ····· ····]</translation>
    </message>
  </context>
  <context>
    <name>HistoryDialog</name>
    <message>
      <source>Earlier versions of the notes</source>
      <translation>[Éàŕĺîéŕ véŕšîöñš öf ţĥé ñöţéš ····· ····]</translation>
    </message>
    <message>
      <source>MentorDesk keeps a version of the notes every 10 minutes of typing and before large deletions, for at least 90 days. Restoring replaces the notes; Ctrl+Z in the notes brings the current text back.</source>
      <translation>[MentorDesk ķééþš à véŕšîöñ öf ţĥé ñöţéš évéŕý 10 ḿîñûţéš öf ţýþîñĝ àñđ ƀéföŕé ĺàŕĝé đéĺéţîöñš, föŕ àţ ĺéàšţ 90 đàýš. Řéšţöŕîñĝ ŕéþĺàçéš ţĥé ñöţéš; Çţŕĺ+Ž îñ ţĥé ñöţéš ƀŕîñĝš ţĥé çûŕŕéñţ ţéxţ ƀàçķ. ····· ····· ····· ····· ····· ····· ····· ····· ····· ····· ····· ····· ·····]</translation>
    </message>
    <message>
      <source>Versions</source>
      <translation>[Véŕšîöñš ··]</translation>
    </message>
    <message>
      <source>Version preview</source>
      <translation>[Véŕšîöñ þŕévîéŵ ····]</translation>
    </message>
    <message>
      <source>No earlier versions yet: they appear after 10 minutes of note-taking or before a large deletion.</source>
      <translation>[Ñö éàŕĺîéŕ véŕšîöñš ýéţ: ţĥéý àþþéàŕ àfţéŕ 10 ḿîñûţéš öf ñöţé-ţàķîñĝ öŕ ƀéföŕé à ĺàŕĝé đéĺéţîöñ. ····· ····· ····· ····· ····· ····· ·]</translation>
    </message>
    <message>
      <source>Restore this version</source>
      <translation>[Řéšţöŕé ţĥîš véŕšîöñ ·····]</translation>
    </message>
  </context>
  <context>
    <name>InboxOffer</name>
    <message>
      <source>Every time, and from the inbox</source>
      <translation>[Évéŕý ţîḿé, àñđ fŕöḿ ţĥé îñƀöx ····· ····]</translation>
    </message>
    <message>
      <source>Recurring points and inbox topics to bring along</source>
      <translation>[Řéçûŕŕîñĝ þöîñţš àñđ îñƀöx ţöþîçš ţö ƀŕîñĝ àĺöñĝ ····· ····· ·····]</translation>
    </message>
    <message>
      <source>{point} (every time)</source>
      <translation>[{point} (évéŕý ţîḿé) ·····]</translation>
    </message>
    <message>
      <source>{topic} (private)</source>
      <translation>[{topic} (þŕîvàţé) ·····]</translation>
    </message>
  </context>
  <context>
    <name>LaptopsModel</name>
    <message>
      <source>Laptop</source>
      <translation>[Ĺàþţöþ ·]</translation>
    </message>
    <message>
      <source>Last batch received</source>
      <translation>[Ĺàšţ ƀàţçĥ ŕéçéîvéđ ·····]</translation>
    </message>
    <message>
      <source>Received</source>
      <translation>[Řéçéîvéđ ··]</translation>
    </message>
  </context>
  <context>
    <name>LinkActionsDialog</name>
    <message>
      <source>Action items toward “{goal}”</source>
      <translation>[Åçţîöñ îţéḿš ţöŵàŕđ “{goal}” ····· ····]</translation>
    </message>
    <message>
      <source>Show the advice of</source>
      <translation>[Šĥöŵ ţĥé àđvîçé öf ·····]</translation>
    </message>
    <message>
      <source>All mentors</source>
      <translation>[Åĺĺ ḿéñţöŕš ···]</translation>
    </message>
    <message>
      <source>Action items</source>
      <translation>[Åçţîöñ îţéḿš ···]</translation>
    </message>
    <message>
      <source>No action items yet: capture them in meeting mode (Ctrl+Shift+A).</source>
      <translation>[Ñö àçţîöñ îţéḿš ýéţ: çàþţûŕé ţĥéḿ îñ ḿééţîñĝ ḿöđé (Çţŕĺ+Šĥîfţ+Å). ····· ····· ····· ·····]</translation>
    </message>
    <message>
      <source>Link</source>
      <translation>[Ĺîñķ ·]</translation>
    </message>
  </context>
  <context>
    <name>ListArea</name>
    <message>
      <source>Nothing matches these filters.</source>
      <translation>[Ñöţĥîñĝ ḿàţçĥéš ţĥéšé fîĺţéŕš. ····· ····]</translation>
    </message>
  </context>
  <context>
    <name>LockScreen</name>
    <message>
      <source>MentorDesk is locked</source>
      <translation>[MentorDesk îš ĺöçķéđ ·····]</translation>
    </message>
    <message>
      <source>Everything you typed is kept and waits where you left it (meeting notes are saved). Type your passphrase, or your recovery key, to carry on.</source>
      <translation>[Évéŕýţĥîñĝ ýöû ţýþéđ îš ķéþţ àñđ ŵàîţš ŵĥéŕé ýöû ĺéfţ îţ (ḿééţîñĝ ñöţéš àŕé šàvéđ). Ţýþé ýöûŕ þàššþĥŕàšé, öŕ ýöûŕ ŕéçövéŕý ķéý, ţö çàŕŕý öñ. ····· ····· ····· ····· ····· ····· ····· ····· ·····]</translation>
    </message>
    <message>
      <source>Passphrase or recovery key</source>
      <translation>[Þàššþĥŕàšé öŕ ŕéçövéŕý ķéý ····· ···]</translation>
    </message>
    <message>
      <source>&amp;Unlock</source>
      <translation>[&amp;Ûñĺöçķ ·]</translation>
    </message>
    <message>
      <source>Unlock</source>
      <translation>[Ûñĺöçķ ·]</translation>
    </message>
    <message>
      <source>Why it did not unlock</source>
      <translation>[Ŵĥý îţ đîđ ñöţ ûñĺöçķ ····· ·]</translation>
    </message>
  </context>
  <context>
    <name>MainWindow</name>
    <message>
      <source>&amp;About MentorDesk</source>
      <translation>[&amp;Åƀöûţ MentorDesk ·····]</translation>
    </message>
    <message>
      <source>&amp;Help</source>
      <translation>[&amp;Ĥéĺþ ·]</translation>
    </message>
    <message>
      <source>Areas</source>
      <translation>[Åŕéàš ·]</translation>
    </message>
    <message>
      <source>Opening your data…</source>
      <translation>[Öþéñîñĝ ýöûŕ đàţà… ·····]</translation>
    </message>
    <message>
      <source>&amp;File</source>
      <translation>[&amp;Fîĺé ·]</translation>
    </message>
    <message>
      <source>&amp;New Mentor</source>
      <translation>[&amp;Ñéŵ Méñţöŕ ···]</translation>
    </message>
    <message>
      <source>&amp;Plan Meeting…</source>
      <translation>[&amp;Þĺàñ Mééţîñĝ… ····]</translation>
    </message>
    <message>
      <source>New &amp;Action Item…</source>
      <translation>[Ñéŵ &amp;Åçţîöñ Îţéḿ… ·····]</translation>
    </message>
    <message>
      <source>&amp;Save</source>
      <translation>[&amp;Šàvé ·]</translation>
    </message>
    <message>
      <source>Export &amp;Calendar…</source>
      <translation>[Éxþöŕţ &amp;Çàĺéñđàŕ… ·····]</translation>
    </message>
    <message>
      <source>Explore with Sample Data</source>
      <translation>[Éxþĺöŕé ŵîţĥ Šàḿþĺé Đàţà ····· ··]</translation>
    </message>
    <message>
      <source>Remove Sample Data…</source>
      <translation>[Řéḿövé Šàḿþĺé Đàţà… ·····]</translation>
    </message>
    <message>
      <source>&amp;Quit</source>
      <translation>[&amp;Qûîţ ·]</translation>
    </message>
    <message>
      <source>&amp;Edit</source>
      <translation>[&amp;Éđîţ ·]</translation>
    </message>
    <message>
      <source>&amp;Find…</source>
      <translation>[&amp;Fîñđ… ·]</translation>
    </message>
    <message>
      <source>&amp;Preferences…</source>
      <translation>[&amp;Þŕéféŕéñçéš… ····]</translation>
    </message>
    <message>
      <source>&amp;View</source>
      <translation>[&amp;Vîéŵ ·]</translation>
    </message>
  </context>
  <context>
    <name>MeetingEditing</name>
    <message>
      <source>with {name} on {when}</source>
      <translation>[ŵîţĥ {name} öñ {when} ····· ·]</translation>
    </message>
  </context>
  <context>
    <name>MeetingHeader</name>
    <message>
      <source>Time elapsed of the planned time</source>
      <translation>[Ţîḿé éĺàþšéđ öf ţĥé þĺàññéđ ţîḿé ····· ·····]</translation>
    </message>
    <message>
      <source>Start</source>
      <translation>[Šţàŕţ ·]</translation>
    </message>
    <message>
      <source>Start the clock (typing starts it too, close to the planned time)</source>
      <translation>[Šţàŕţ ţĥé çĺöçķ (ţýþîñĝ šţàŕţš îţ ţöö, çĺöšé ţö ţĥé þĺàññéđ ţîḿé) ····· ····· ····· ·····]</translation>
    </message>
    <message>
      <source>Saved</source>
      <translation>[Šàvéđ ·]</translation>
    </message>
    <message>
      <source>Notes saved</source>
      <translation>[Ñöţéš šàvéđ ···]</translation>
    </message>
    <message>
      <source>Whether your notes are saved</source>
      <translation>[Ŵĥéţĥéŕ ýöûŕ ñöţéš àŕé šàvéđ ····· ····]</translation>
    </message>
    <message>
      <source>Join</source>
      <translation>[Jöîñ ·]</translation>
    </message>
    <message>
      <source>Open the meeting's video link</source>
      <translation>[Öþéñ ţĥé ḿééţîñĝ'š vîđéö ĺîñķ ····· ····]</translation>
    </message>
    <message>
      <source>Edit…</source>
      <translation>[Éđîţ… ·]</translation>
    </message>
    <message>
      <source>Change the time, length, format or place</source>
      <translation>[Çĥàñĝé ţĥé ţîḿé, ĺéñĝţĥ, föŕḿàţ öŕ þĺàçé ····· ····· ··]</translation>
    </message>
    <message>
      <source>History…</source>
      <translation>[Ĥîšţöŕý… ··]</translation>
    </message>
    <message>
      <source>Earlier versions of the notes (Ctrl+Shift+H)</source>
      <translation>[Éàŕĺîéŕ véŕšîöñš öf ţĥé ñöţéš (Çţŕĺ+Šĥîfţ+Ĥ) ····· ····· ····]</translation>
    </message>
    <message>
      <source>End meeting…</source>
      <translation>[Éñđ ḿééţîñĝ… ···]</translation>
    </message>
    <message>
      <source>Mark the meeting held and plan the next (Ctrl+Shift+E)</source>
      <translation>[Màŕķ ţĥé ḿééţîñĝ ĥéĺđ àñđ þĺàñ ţĥé ñéxţ (Çţŕĺ+Šĥîfţ+É) ····· ····· ····· ··]</translation>
    </message>
    <message>
      <source>Send recap…</source>
      <translation>[Šéñđ ŕéçàþ… ···]</translation>
    </message>
    <message>
      <source>Thank them, with what you will do by when and the next meeting</source>
      <translation>[Ţĥàñķ ţĥéḿ, ŵîţĥ ŵĥàţ ýöû ŵîĺĺ đö ƀý ŵĥéñ àñđ ţĥé ñéxţ ḿééţîñĝ ····· ····· ····· ·····]</translation>
    </message>
    <message>
      <source>Held</source>
      <translation>[Ĥéĺđ ·]</translation>
    </message>
    <message>
      <source>Meeting held</source>
      <translation>[Mééţîñĝ ĥéĺđ ···]</translation>
    </message>
    <message>
      <source>Marked held on {when}; notes and takeaways can still be edited</source>
      <translation>[Màŕķéđ ĥéĺđ öñ {when}; ñöţéš àñđ ţàķéàŵàýš çàñ šţîĺĺ ƀé éđîţéđ ····· ····· ····· ·····]</translation>
    </message>
    <message>
      <source>Marked held; notes and takeaways can still be edited</source>
      <translation>[Màŕķéđ ĥéĺđ; ñöţéš àñđ ţàķéàŵàýš çàñ šţîĺĺ ƀé éđîţéđ ····· ····· ····· ·]</translation>
    </message>
    <message>
      <source>{minutes} min {seconds} s</source>
      <translation>[{minutes} ḿîñ {seconds} š ····· ··]</translation>
    </message>
    <message>
      <source>Meeting clock: {elapsed}, over the {planned} min planned</source>
      <translation>[Mééţîñĝ çĺöçķ: {elapsed}, övéŕ ţĥé {planned} ḿîñ þĺàññéđ ····· ····· ····· ···]</translation>
    </message>
    <message>
      <source>Meeting clock: {elapsed} of {planned} min planned</source>
      <translation>[Mééţîñĝ çĺöçķ: {elapsed} öf {planned} ḿîñ þĺàññéđ ····· ····· ·····]</translation>
    </message>
    <message>
      <source>Over the planned time</source>
      <translation>[Övéŕ ţĥé þĺàññéđ ţîḿé ····· ·]</translation>
    </message>
    <message>
      <source>Elapsed / planned</source>
      <translation>[Éĺàþšéđ / þĺàññéđ ·····]</translation>
    </message>
    <message>
      <source>Saving…</source>
      <translation>[Šàvîñĝ… ·]</translation>
    </message>
    <message>
      <source>Saving the notes…</source>
      <translation>[Šàvîñĝ ţĥé ñöţéš… ·····]</translation>
    </message>
    <message>
      <source>Not saved: {reason}</source>
      <translation>[Ñöţ šàvéđ: {reason} ·····]</translation>
    </message>
    <message>
      <source>Notes not saved: {reason}</source>
      <translation>[Ñöţéš ñöţ šàvéđ: {reason} ····· ··]</translation>
    </message>
  </context>
  <context>
    <name>MeetingModeWindow</name>
    <message>
      <source>Put the cursor on a line of notes (or select text) to capture it.</source>
      <translation>[Þûţ ţĥé çûŕšöŕ öñ à ĺîñé öf ñöţéš (öŕ šéĺéçţ ţéxţ) ţö çàþţûŕé îţ. ····· ····· ····· ·····]</translation>
    </message>
    <message>
      <source>Not captured. The text is still in your notes.</source>
      <translation>[Ñöţ çàþţûŕéđ. Ţĥé ţéxţ îš šţîĺĺ îñ ýöûŕ ñöţéš. ····· ····· ·····]</translation>
    </message>
    <message>
      <source>Action item captured</source>
      <translation>[Åçţîöñ îţéḿ çàþţûŕéđ ·····]</translation>
    </message>
    <message>
      <source>This meeting was deleted, so it cannot be marked held. Edit ▸ Undo in the main window brings it back; your notes stay here until then.</source>
      <translation>[Ţĥîš ḿééţîñĝ ŵàš đéĺéţéđ, šö îţ çàññöţ ƀé ḿàŕķéđ ĥéĺđ. Éđîţ ▸ Ûñđö îñ ţĥé ḿàîñ ŵîñđöŵ ƀŕîñĝš îţ ƀàçķ; ýöûŕ ñöţéš šţàý ĥéŕé ûñţîĺ ţĥéñ. ····· ····· ····· ····· ····· ····· ····· ····· ····]</translation>
    </message>
    <message>
      <source>The notes are not saved yet ({reason}). Try again in a moment.</source>
      <translation>[Ţĥé ñöţéš àŕé ñöţ šàvéđ ýéţ ({reason}). Ţŕý àĝàîñ îñ à ḿöḿéñţ. ····· ····· ····· ·····]</translation>
    </message>
    <message>
      <source>The meeting could not be marked held: {reason}.</source>
      <translation>[Ţĥé ḿééţîñĝ çöûĺđ ñöţ ƀé ḿàŕķéđ ĥéĺđ: {reason}. ····· ····· ·····]</translation>
    </message>
    <message>
      <source>End meeting</source>
      <translation>[Éñđ ḿééţîñĝ ···]</translation>
    </message>
    <message>
      <source>This meeting is already marked held. Its notes, takeaways and agenda can still be edited; they save as you type.</source>
      <translation>[Ţĥîš ḿééţîñĝ îš àĺŕéàđý ḿàŕķéđ ĥéĺđ. Îţš ñöţéš, ţàķéàŵàýš àñđ àĝéñđà çàñ šţîĺĺ ƀé éđîţéđ; ţĥéý šàvé àš ýöû ţýþé. ····· ····· ····· ····· ····· ····· ····· ·]</translation>
    </message>
    <message>
      <source>Notes not saved</source>
      <translation>[Ñöţéš ñöţ šàvéđ ····]</translation>
    </message>
    <message>
      <source>Your latest notes are not saved: {reason}.</source>
      <translation>[Ýöûŕ ĺàţéšţ ñöţéš àŕé ñöţ šàvéđ: {reason}. ····· ····· ···]</translation>
    </message>
    <message>
      <source>Try again</source>
      <translation>[Ţŕý àĝàîñ ··]</translation>
    </message>
    <message>
      <source>Copy notes to clipboard and close</source>
      <translation>[Çöþý ñöţéš ţö çĺîþƀöàŕđ àñđ çĺöšé ····· ·····]</translation>
    </message>
    <message>
      <source>Keep open</source>
      <translation>[Ķééþ öþéñ ··]</translation>
    </message>
    <message>
      <source>They are still in the window. Try again, or copy them to the clipboard before closing.</source>
      <translation>[Ţĥéý àŕé šţîĺĺ îñ ţĥé ŵîñđöŵ. Ţŕý àĝàîñ, öŕ çöþý ţĥéḿ ţö ţĥé çĺîþƀöàŕđ ƀéföŕé çĺöšîñĝ. ····· ····· ····· ····· ····· ···]</translation>
    </message>
    <message>
      <source>Meeting with {name}</source>
      <translation>[Mééţîñĝ ŵîţĥ {name} ·····]</translation>
    </message>
    <message>
      <source>Takeaways</source>
      <translation>[Ţàķéàŵàýš ··]</translation>
    </message>
    <message>
      <source>The few things to remember from this meeting</source>
      <translation>[Ţĥé féŵ ţĥîñĝš ţö ŕéḿéḿƀéŕ fŕöḿ ţĥîš ḿééţîñĝ ····· ····· ····]</translation>
    </message>
    <message>
      <source>{when} · {minutes} min planned · {format}</source>
      <translation>[{when} · {minutes} ḿîñ þĺàññéđ · {format} ····· ····· ···]</translation>
    </message>
    <message>
      <source>their time {time}</source>
      <translation>[ţĥéîŕ ţîḿé {time} ·····]</translation>
    </message>
    <message>
      <source>Open {link}</source>
      <translation>[Öþéñ {link} ···]</translation>
    </message>
  </context>
  <context>
    <name>MeetingPrivacy</name>
    <message>
      <source>Private notes</source>
      <translation>[Þŕîvàţé ñöţéš ····]</translation>
    </message>
    <message>
      <source>Private takeaways</source>
      <translation>[Þŕîvàţé ţàķéàŵàýš ·····]</translation>
    </message>
    <message>
      <source>{lock} Private notes are hidden while presenting</source>
      <translation>[{lock} Þŕîvàţé ñöţéš àŕé ĥîđđéñ ŵĥîĺé þŕéšéñţîñĝ ····· ····· ·····]</translation>
    </message>
    <message>
      <source>{lock} Private takeaways are hidden while presenting</source>
      <translation>[{lock} Þŕîvàţé ţàķéàŵàýš àŕé ĥîđđéñ ŵĥîĺé þŕéšéñţîñĝ ····· ····· ····· ·]</translation>
    </message>
    <message>
      <source>{lock} Presenting: private items are hidden</source>
      <translation>[{lock} Þŕéšéñţîñĝ: þŕîvàţé îţéḿš àŕé ĥîđđéñ ····· ····· ····]</translation>
    </message>
    <message>
      <source>Never in anything copied, sent or exported</source>
      <translation>[Ñévéŕ îñ àñýţĥîñĝ çöþîéđ, šéñţ öŕ éxþöŕţéđ ····· ····· ···]</translation>
    </message>
    <message>
      <source>Select an action item to mark it private.</source>
      <translation>[Šéĺéçţ àñ àçţîöñ îţéḿ ţö ḿàŕķ îţ þŕîvàţé. ····· ····· ···]</translation>
    </message>
    <message>
      <source>Select an agenda point to mark it private.</source>
      <translation>[Šéĺéçţ àñ àĝéñđà þöîñţ ţö ḿàŕķ îţ þŕîvàţé. ····· ····· ···]</translation>
    </message>
  </context>
  <context>
    <name>MeetingTableModel</name>
    <message>
      <source>When</source>
      <translation>[Ŵĥéñ ·]</translation>
    </message>
    <message>
      <source>Mentor</source>
      <translation>[Méñţöŕ ·]</translation>
    </message>
    <message>
      <source>Status</source>
      <translation>[Šţàţûš ·]</translation>
    </message>
    <message>
      <source>Format</source>
      <translation>[Föŕḿàţ ·]</translation>
    </message>
    <message>
      <source>Length</source>
      <translation>[Ĺéñĝţĥ ·]</translation>
    </message>
    <message>
      <source>Rating</source>
      <translation>[Řàţîñĝ ·]</translation>
    </message>
    <message>
      <source>Agenda</source>
      <translation>[Åĝéñđà ·]</translation>
    </message>
    <message>
      <source>{status} (not held)</source>
      <translation>[{status} (ñöţ ĥéĺđ) ·····]</translation>
    </message>
    <message>
      <source>{planned} min</source>
      <translation>[{planned} ḿîñ ····]</translation>
    </message>
    <message>
      <source>took {actual} min</source>
      <translation>[ţööķ {actual} ḿîñ ·····]</translation>
    </message>
    <message>
      <source>Rated {rating} out of 5</source>
      <translation>[Řàţéđ {rating} öûţ öf 5 ····· ··]</translation>
    </message>
    <message>
      <source>Not rated</source>
      <translation>[Ñöţ ŕàţéđ ··]</translation>
    </message>
    <message>
      <source>No agenda</source>
      <translation>[Ñö àĝéñđà ··]</translation>
    </message>
    <message>
      <source>{done} of {total} agenda points covered</source>
      <translation>[{done} öf {total} àĝéñđà þöîñţš çövéŕéđ ····· ····· ··]</translation>
    </message>
    <message>
      <source>Its time has passed: open it to take notes, or cancel it.</source>
      <translation>[Îţš ţîḿé ĥàš þàššéđ: öþéñ îţ ţö ţàķé ñöţéš, öŕ çàñçéĺ îţ. ····· ····· ····· ···]</translation>
    </message>
    <message>
      <source>Planned for {planned} minutes</source>
      <translation>[Þĺàññéđ föŕ {planned} ḿîñûţéš ····· ····]</translation>
    </message>
    <message>
      <source>Planned {planned} minutes, took {actual}</source>
      <translation>[Þĺàññéđ {planned} ḿîñûţéš, ţööķ {actual} ····· ····· ··]</translation>
    </message>
  </context>
  <context>
    <name>MeetingsView</name>
    <message>
      <source>Upcoming</source>
      <translation>[Ûþçöḿîñĝ ··]</translation>
    </message>
    <message>
      <source>Past</source>
      <translation>[Þàšţ ·]</translation>
    </message>
    <message>
      <source>All</source>
      <translation>[Åĺĺ ·]</translation>
    </message>
    <message>
      <source>No meetings yet</source>
      <translation>[Ñö ḿééţîñĝš ýéţ ····]</translation>
    </message>
    <message>
      <source>Meetings</source>
      <translation>[Mééţîñĝš ··]</translation>
    </message>
    <message>
      <source>Plan a meeting</source>
      <translation>[Þĺàñ à ḿééţîñĝ ····]</translation>
    </message>
    <message>
      <source>Plan meeting…</source>
      <translation>[Þĺàñ ḿééţîñĝ… ····]</translation>
    </message>
    <message>
      <source>Read…</source>
      <translation>[Řéàđ… ·]</translation>
    </message>
    <message>
      <source>Open in meeting mode</source>
      <translation>[Öþéñ îñ ḿééţîñĝ ḿöđé ·····]</translation>
    </message>
    <message>
      <source>Edit…</source>
      <translation>[Éđîţ… ·]</translation>
    </message>
    <message>
      <source>Join</source>
      <translation>[Jöîñ ·]</translation>
    </message>
    <message>
      <source>Copy agenda</source>
      <translation>[Çöþý àĝéñđà ···]</translation>
    </message>
    <message>
      <source>Go to mentor</source>
      <translation>[Ĝö ţö ḿéñţöŕ ···]</translation>
    </message>
    <message>
      <source>Cancel meeting</source>
      <translation>[Çàñçéĺ ḿééţîñĝ ····]</translation>
    </message>
    <message>
      <source>Delete…</source>
      <translation>[Đéĺéţé… ·]</translation>
    </message>
    <message>
      <source>Send recap…</source>
      <translation>[Šéñđ ŕéçàþ… ···]</translation>
    </message>
    <message>
      <source>Meeting templates…</source>
      <translation>[Mééţîñĝ ţéḿþĺàţéš… ·····]</translation>
    </message>
    <message>
      <source>Show {scope} meetings</source>
      <translation>[Šĥöŵ {scope} ḿééţîñĝš ····· ·]</translation>
    </message>
    <message>
      <source>Mentor:</source>
      <translation>[Méñţöŕ: ·]</translation>
    </message>
    <message>
      <source>Show mentor</source>
      <translation>[Šĥöŵ ḿéñţöŕ ···]</translation>
    </message>
    <message>
      <source>Status:</source>
      <translation>[Šţàţûš: ·]</translation>
    </message>
    <message>
      <source>Show status</source>
      <translation>[Šĥöŵ šţàţûš ···]</translation>
    </message>
    <message>
      <source>Any status</source>
      <translation>[Åñý šţàţûš ··]</translation>
    </message>
    <message>
      <source>Between</source>
      <translation>[Ɓéţŵééñ ·]</translation>
    </message>
    <message>
      <source>Only meetings between two dates</source>
      <translation>[Öñĺý ḿééţîñĝš ƀéţŵééñ ţŵö đàţéš ····· ·····]</translation>
    </message>
    <message>
      <source>From date</source>
      <translation>[Fŕöḿ đàţé ··]</translation>
    </message>
    <message>
      <source>To date</source>
      <translation>[Ţö đàţé ·]</translation>
    </message>
    <message>
      <source>and</source>
      <translation>[àñđ ·]</translation>
    </message>
    <message>
      <source>Plan your next conversation: when, how long, where or which link, and what you want to ask. Before you meet, a brief here reminds you of what you promised and what is left from last time.</source>
      <translation>[Þĺàñ ýöûŕ ñéxţ çöñvéŕšàţîöñ: ŵĥéñ, ĥöŵ ĺöñĝ, ŵĥéŕé öŕ ŵĥîçĥ ĺîñķ, àñđ ŵĥàţ ýöû ŵàñţ ţö àšķ. Ɓéföŕé ýöû ḿééţ, à ƀŕîéf ĥéŕé ŕéḿîñđš ýöû öf ŵĥàţ ýöû þŕöḿîšéđ àñđ ŵĥàţ îš ĺéfţ fŕöḿ ĺàšţ ţîḿé. ····· ····· ····· ····· ····· ····· ····· ····· ····· ····· ····· ····· ·]</translation>
    </message>
    <message>
      <source>Meetings are with your mentors, so add a mentor first: open the Mentors area (Ctrl+2) and choose “New mentor”.</source>
      <translation>[Mééţîñĝš àŕé ŵîţĥ ýöûŕ ḿéñţöŕš, šö àđđ à ḿéñţöŕ fîŕšţ: öþéñ ţĥé Méñţöŕš àŕéà (Çţŕĺ+2) àñđ çĥööšé “Ñéŵ ḿéñţöŕ”. ····· ····· ····· ····· ····· ····· ·····]</translation>
    </message>
    <message>
      <source>All mentors</source>
      <translation>[Åĺĺ ḿéñţöŕš ···]</translation>
    </message>
    <message>
      <source>No upcoming meetings. Plan one (Ctrl+Shift+N), or look at Past.</source>
      <translation>[Ñö ûþçöḿîñĝ ḿééţîñĝš. Þĺàñ öñé (Çţŕĺ+Šĥîfţ+Ñ), öŕ ĺööķ àţ Þàšţ. ····· ····· ····· ·····]</translation>
    </message>
    <message>
      <source>No meeting matches these filters.</source>
      <translation>[Ñö ḿééţîñĝ ḿàţçĥéš ţĥéšé fîĺţéŕš. ····· ·····]</translation>
    </message>
    <message>
      <source>Open {link}</source>
      <translation>[Öþéñ {link} ···]</translation>
    </message>
    <message>
      <source>No link</source>
      <translation>[Ñö ĺîñķ ·]</translation>
    </message>
  </context>
  <context>
    <name>MentorActionsPanel</name>
    <message>
      <source>Action items from this mentor</source>
      <translation>[Åçţîöñ îţéḿš fŕöḿ ţĥîš ḿéñţöŕ ····· ····]</translation>
    </message>
    <message>
      <source>New action item…</source>
      <translation>[Ñéŵ àçţîöñ îţéḿ… ·····]</translation>
    </message>
    <message>
      <source>New action item</source>
      <translation>[Ñéŵ àçţîöñ îţéḿ ····]</translation>
    </message>
    <message>
      <source>Edit…</source>
      <translation>[Éđîţ… ·]</translation>
    </message>
    <message>
      <source>Edit the action item</source>
      <translation>[Éđîţ ţĥé àçţîöñ îţéḿ ·····]</translation>
    </message>
    <message>
      <source>Mark done…</source>
      <translation>[Màŕķ đöñé… ··]</translation>
    </message>
    <message>
      <source>Mark the action item done</source>
      <translation>[Màŕķ ţĥé àçţîöñ îţéḿ đöñé ····· ··]</translation>
    </message>
    <message>
      <source>Save the mentor first; then add their advice here.</source>
      <translation>[Šàvé ţĥé ḿéñţöŕ fîŕšţ; ţĥéñ àđđ ţĥéîŕ àđvîçé ĥéŕé. ····· ····· ·····]</translation>
    </message>
    <message>
      <source>No action items yet. Advice from a call or an email? Add it with “New action item…”.</source>
      <translation>[Ñö àçţîöñ îţéḿš ýéţ. Åđvîçé fŕöḿ à çàĺĺ öŕ àñ éḿàîĺ? Åđđ îţ ŵîţĥ “Ñéŵ àçţîöñ îţéḿ…”. ····· ····· ····· ····· ····· ··]</translation>
    </message>
    <message numerus="yes">
      <source>%n open</source>
      <translation>
        <numerusform>[%n öþéñ ·]</numerusform>
        <numerusform>[%n öþéñ ·]</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n overdue</source>
      <translation>
        <numerusform>[%n övéŕđûé ··]</numerusform>
        <numerusform>[%n övéŕđûé ··]</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n in all</source>
      <translation>
        <numerusform>[%n îñ àĺĺ ··]</numerusform>
        <numerusform>[%n îñ àĺĺ ··]</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>MentorForm</name>
    <message>
      <source>&amp;Name</source>
      <translation>[&amp;Ñàḿé ·]</translation>
    </message>
    <message>
      <source>Name</source>
      <translation>[Ñàḿé ·]</translation>
    </message>
    <message>
      <source>Full name (required)</source>
      <translation>[Fûĺĺ ñàḿé (ŕéqûîŕéđ) ·····]</translation>
    </message>
    <message>
      <source>&amp;Role</source>
      <translation>[&amp;Řöĺé ·]</translation>
    </message>
    <message>
      <source>Role</source>
      <translation>[Řöĺé ·]</translation>
    </message>
    <message>
      <source>e.g. VP of Engineering</source>
      <translation>[é.ĝ. VÞ öf Éñĝîñééŕîñĝ ····· ·]</translation>
    </message>
    <message>
      <source>Or&amp;ganisation</source>
      <translation>[Öŕ&amp;ĝàñîšàţîöñ ····]</translation>
    </message>
    <message>
      <source>Organisation</source>
      <translation>[Öŕĝàñîšàţîöñ ···]</translation>
    </message>
    <message>
      <source>Internal/External</source>
      <translation>[Îñţéŕñàĺ/Éxţéŕñàĺ ·····]</translation>
    </message>
    <message>
      <source>Internal or external</source>
      <translation>[Îñţéŕñàĺ öŕ éxţéŕñàĺ ·····]</translation>
    </message>
    <message>
      <source>S&amp;tatus</source>
      <translation>[Š&amp;ţàţûš ·]</translation>
    </message>
    <message>
      <source>Status</source>
      <translation>[Šţàţûš ·]</translation>
    </message>
    <message>
      <source>Ta&amp;gs</source>
      <translation>[Ţà&amp;ĝš ·]</translation>
    </message>
    <message>
      <source>Expertise tags</source>
      <translation>[Éxþéŕţîšé ţàĝš ····]</translation>
    </message>
    <message>
      <source>Comma-separated, e.g. leadership, design</source>
      <translation>[Çöḿḿà-šéþàŕàţéđ, é.ĝ. ĺéàđéŕšĥîþ, đéšîĝñ ····· ····· ··]</translation>
    </message>
    <message>
      <source>Where found</source>
      <translation>[Ŵĥéŕé föûñđ ···]</translation>
    </message>
    <message>
      <source>Details</source>
      <translation>[Đéţàîĺš ·]</translation>
    </message>
    <message>
      <source>Where found, details</source>
      <translation>[Ŵĥéŕé föûñđ, đéţàîĺš ·····]</translation>
    </message>
    <message>
      <source>Which event, who introduced you…</source>
      <translation>[Ŵĥîçĥ évéñţ, ŵĥö îñţŕöđûçéđ ýöû… ····· ·····]</translation>
    </message>
    <message>
      <source>Why they fit</source>
      <translation>[Ŵĥý ţĥéý fîţ ···]</translation>
    </message>
    <message>
      <source>Why they fit my goals and values</source>
      <translation>[Ŵĥý ţĥéý fîţ ḿý ĝöàĺš àñđ vàĺûéš ····· ·····]</translation>
    </message>
    <message>
      <source>&amp;Email</source>
      <translation>[&amp;Éḿàîĺ ·]</translation>
    </message>
    <message>
      <source>Email</source>
      <translation>[Éḿàîĺ ·]</translation>
    </message>
    <message>
      <source>&amp;Phone</source>
      <translation>[&amp;Þĥöñé ·]</translation>
    </message>
    <message>
      <source>Phone</source>
      <translation>[Þĥöñé ·]</translation>
    </message>
    <message>
      <source>Profile &amp;URL</source>
      <translation>[Þŕöfîĺé &amp;ÛŘĹ ···]</translation>
    </message>
    <message>
      <source>Profile URL</source>
      <translation>[Þŕöfîĺé ÛŘĹ ···]</translation>
    </message>
    <message>
      <source>Preferred channel</source>
      <translation>[Þŕéféŕŕéđ çĥàññéĺ ·····]</translation>
    </message>
    <message>
      <source>Time &amp;zone</source>
      <translation>[Ţîḿé &amp;žöñé ··]</translation>
    </message>
    <message>
      <source>Time zone</source>
      <translation>[Ţîḿé žöñé ··]</translation>
    </message>
    <message>
      <source>N&amp;otes</source>
      <translation>[Ñ&amp;öţéš ·]</translation>
    </message>
    <message>
      <source>Notes (Markdown)</source>
      <translation>[Ñöţéš (Màŕķđöŵñ) ·····]</translation>
    </message>
    <message>
      <source>Write</source>
      <translation>[Ŵŕîţé ·]</translation>
    </message>
    <message>
      <source>Write an email</source>
      <translation>[Ŵŕîţé àñ éḿàîĺ ····]</translation>
    </message>
    <message>
      <source>Call</source>
      <translation>[Çàĺĺ ·]</translation>
    </message>
    <message>
      <source>Call the number</source>
      <translation>[Çàĺĺ ţĥé ñûḿƀéŕ ····]</translation>
    </message>
    <message>
      <source>Open</source>
      <translation>[Öþéñ ·]</translation>
    </message>
    <message>
      <source>Open the profile</source>
      <translation>[Öþéñ ţĥé þŕöfîĺé ·····]</translation>
    </message>
    <message>
      <source>History</source>
      <translation>[Ĥîšţöŕý ·]</translation>
    </message>
    <message>
      <source>Files and links…</source>
      <translation>[Fîĺéš àñđ ĺîñķš… ·····]</translation>
    </message>
    <message>
      <source>Files and links for this mentor</source>
      <translation>[Fîĺéš àñđ ĺîñķš föŕ ţĥîš ḿéñţöŕ ····· ·····]</translation>
    </message>
    <message>
      <source>Attachments</source>
      <translation>[Åţţàçĥḿéñţš ···]</translation>
    </message>
    <message>
      <source>Save</source>
      <translation>[Šàvé ·]</translation>
    </message>
    <message>
      <source>Save changes (Ctrl+S)</source>
      <translation>[Šàvé çĥàñĝéš (Çţŕĺ+Š) ····· ·]</translation>
    </message>
    <message>
      <source>Revert</source>
      <translation>[Řévéŕţ ·]</translation>
    </message>
    <message>
      <source>Archive</source>
      <translation>[Åŕçĥîvé ·]</translation>
    </message>
    <message>
      <source>Mark the relationship as ended; nothing is removed</source>
      <translation>[Màŕķ ţĥé ŕéĺàţîöñšĥîþ àš éñđéđ; ñöţĥîñĝ îš ŕéḿövéđ ····· ····· ·····]</translation>
    </message>
    <message>
      <source>Delete…</source>
      <translation>[Đéĺéţé… ·]</translation>
    </message>
    <message>
      <source>No time zone</source>
      <translation>[Ñö ţîḿé žöñé ···]</translation>
    </message>
    <message>
      <source>New mentor</source>
      <translation>[Ñéŵ ḿéñţöŕ ··]</translation>
    </message>
    <message>
      <source>Not saved yet.</source>
      <translation>[Ñöţ šàvéđ ýéţ. ····]</translation>
    </message>
    <message>
      <source>Add mentor</source>
      <translation>[Åđđ ḿéñţöŕ ··]</translation>
    </message>
    <message>
      <source>Clear</source>
      <translation>[Çĺéàŕ ·]</translation>
    </message>
    <message>
      <source>Added {when}.</source>
      <translation>[Åđđéđ {when}. ····]</translation>
    </message>
  </context>
  <context>
    <name>MentorGiveBacks</name>
    <message>
      <source>Give-back ideas for this mentor</source>
      <translation>[Ĝîvé-ƀàçķ îđéàš föŕ ţĥîš ḿéñţöŕ ····· ·····]</translation>
    </message>
    <message>
      <source>Add idea…</source>
      <translation>[Åđđ îđéà… ··]</translation>
    </message>
    <message>
      <source>Edit…</source>
      <translation>[Éđîţ… ·]</translation>
    </message>
    <message>
      <source>Mark done</source>
      <translation>[Màŕķ đöñé ··]</translation>
    </message>
    <message>
      <source>Delete</source>
      <translation>[Đéĺéţé ·]</translation>
    </message>
  </context>
  <context>
    <name>MentorMeetingsPanel</name>
    <message>
      <source>Meetings with this mentor</source>
      <translation>[Mééţîñĝš ŵîţĥ ţĥîš ḿéñţöŕ ····· ··]</translation>
    </message>
    <message>
      <source>Plan meeting…</source>
      <translation>[Þĺàñ ḿééţîñĝ… ····]</translation>
    </message>
    <message>
      <source>Plan meeting</source>
      <translation>[Þĺàñ ḿééţîñĝ ···]</translation>
    </message>
    <message>
      <source>Read…</source>
      <translation>[Řéàđ… ·]</translation>
    </message>
    <message>
      <source>Read the meeting</source>
      <translation>[Řéàđ ţĥé ḿééţîñĝ ·····]</translation>
    </message>
    <message>
      <source>Open in meeting mode</source>
      <translation>[Öþéñ îñ ḿééţîñĝ ḿöđé ·····]</translation>
    </message>
    <message>
      <source>Edit…</source>
      <translation>[Éđîţ… ·]</translation>
    </message>
    <message>
      <source>Edit the meeting</source>
      <translation>[Éđîţ ţĥé ḿééţîñĝ ·····]</translation>
    </message>
    <message>
      <source>Attachments…</source>
      <translation>[Åţţàçĥḿéñţš… ···]</translation>
    </message>
    <message>
      <source>Cancel meeting</source>
      <translation>[Çàñçéĺ ḿééţîñĝ ····]</translation>
    </message>
    <message>
      <source>Delete meeting…</source>
      <translation>[Đéĺéţé ḿééţîñĝ… ····]</translation>
    </message>
    <message>
      <source>Plan a meeting with {name}</source>
      <translation>[Þĺàñ à ḿééţîñĝ ŵîţĥ {name} ····· ···]</translation>
    </message>
    <message>
      <source>Save the mentor first; then plan meetings here.</source>
      <translation>[Šàvé ţĥé ḿéñţöŕ fîŕšţ; ţĥéñ þĺàñ ḿééţîñĝš ĥéŕé. ····· ····· ·····]</translation>
    </message>
    <message>
      <source>No meetings with {name} yet.</source>
      <translation>[Ñö ḿééţîñĝš ŵîţĥ {name} ýéţ. ····· ····]</translation>
    </message>
    <message numerus="yes">
      <source>%n meeting(s) with {name}, {held} held.</source>
      <translation>
        <numerusform>[%n ḿééţîñĝ ŵîţĥ {name}, {held} ĥéĺđ. ····· ····· ·]</numerusform>
        <numerusform>[%n ḿééţîñĝš ŵîţĥ {name}, {held} ĥéĺđ. ····· ····· ·]</numerusform>
      </translation>
    </message>
    <message>
      <source>Meeting with {name}, {when}</source>
      <translation>[Mééţîñĝ ŵîţĥ {name}, {when} ····· ···]</translation>
    </message>
  </context>
  <context>
    <name>MentorMenu</name>
    <message>
      <source>Mentor</source>
      <translation>[Méñţöŕ ·]</translation>
    </message>
    <message>
      <source>{name}: drop a topic or log a touch</source>
      <translation>[{name}: đŕöþ à ţöþîç öŕ ĺöĝ à ţöûçĥ ····· ·····]</translation>
    </message>
  </context>
  <context>
    <name>MentorPage</name>
    <message>
      <source>Mentor details</source>
      <translation>[Méñţöŕ đéţàîĺš ····]</translation>
    </message>
    <message>
      <source>Profile</source>
      <translation>[Þŕöfîĺé ·]</translation>
    </message>
    <message>
      <source>Meetings</source>
      <translation>[Mééţîñĝš ··]</translation>
    </message>
    <message>
      <source>Action items</source>
      <translation>[Åçţîöñ îţéḿš ···]</translation>
    </message>
    <message>
      <source>Agreement</source>
      <translation>[Åĝŕééḿéñţ ··]</translation>
    </message>
    <message>
      <source>Give-back</source>
      <translation>[Ĝîvé-ƀàçķ ··]</translation>
    </message>
    <message>
      <source>Inbox</source>
      <translation>[Îñƀöx ·]</translation>
    </message>
    <message>
      <source>Timeline</source>
      <translation>[Ţîḿéĺîñé ··]</translation>
    </message>
  </context>
  <context>
    <name>MentorTableModel</name>
    <message>
      <source>Name</source>
      <translation>[Ñàḿé ·]</translation>
    </message>
    <message>
      <source>Status</source>
      <translation>[Šţàţûš ·]</translation>
    </message>
    <message>
      <source>Next due</source>
      <translation>[Ñéxţ đûé ··]</translation>
    </message>
    <message>
      <source>Last met</source>
      <translation>[Ĺàšţ ḿéţ ··]</translation>
    </message>
    <message>
      <source>Cadence</source>
      <translation>[Çàđéñçé ·]</translation>
    </message>
    <message>
      <source>Role</source>
      <translation>[Řöĺé ·]</translation>
    </message>
    <message>
      <source>Organisation</source>
      <translation>[Öŕĝàñîšàţîöñ ···]</translation>
    </message>
    <message>
      <source>Internal/External</source>
      <translation>[Îñţéŕñàĺ/Éxţéŕñàĺ ·····]</translation>
    </message>
    <message>
      <source>Tags</source>
      <translation>[Ţàĝš ·]</translation>
    </message>
    <message>
      <source>Last updated</source>
      <translation>[Ĺàšţ ûþđàţéđ ···]</translation>
    </message>
    <message>
      <source>{name}: sample data, a fictional mentor</source>
      <translation>[{name}: šàḿþĺé đàţà, à fîçţîöñàĺ ḿéñţöŕ ····· ····· ··]</translation>
    </message>
    <message>
      <source>{name}, sample</source>
      <translation>[{name}, šàḿþĺé ····]</translation>
    </message>
  </context>
  <context>
    <name>MentorTimelinePanel</name>
    <message>
      <source>What happened with this mentor</source>
      <translation>[Ŵĥàţ ĥàþþéñéđ ŵîţĥ ţĥîš ḿéñţöŕ ····· ····]</translation>
    </message>
    <message>
      <source>Meetings, action items, touches and status changes, newest first.</source>
      <translation>[Mééţîñĝš, àçţîöñ îţéḿš, ţöûçĥéš àñđ šţàţûš çĥàñĝéš, ñéŵéšţ fîŕšţ. ····· ····· ····· ·····]</translation>
    </message>
    <message>
      <source>Save the mentor first; their story starts here.</source>
      <translation>[Šàvé ţĥé ḿéñţöŕ fîŕšţ; ţĥéîŕ šţöŕý šţàŕţš ĥéŕé. ····· ····· ·····]</translation>
    </message>
  </context>
  <context>
    <name>MentorTopics</name>
    <message>
      <source>Topics for the next meeting</source>
      <translation>[Ţöþîçš föŕ ţĥé ñéxţ ḿééţîñĝ ····· ···]</translation>
    </message>
    <message>
      <source>Drop a topic…</source>
      <translation>[Đŕöþ à ţöþîç… ····]</translation>
    </message>
    <message>
      <source>Discussed</source>
      <translation>[Đîšçûššéđ ··]</translation>
    </message>
    <message>
      <source>Mark discussed</source>
      <translation>[Màŕķ đîšçûššéđ ····]</translation>
    </message>
    <message>
      <source>Drop</source>
      <translation>[Đŕöþ ·]</translation>
    </message>
    <message>
      <source>Drop the topic</source>
      <translation>[Đŕöþ ţĥé ţöþîç ····]</translation>
    </message>
    <message>
      <source>Back to inbox</source>
      <translation>[Ɓàçķ ţö îñƀöx ····]</translation>
    </message>
    <message>
      <source>Put the topic back in the inbox</source>
      <translation>[Þûţ ţĥé ţöþîç ƀàçķ îñ ţĥé îñƀöx ····· ·····]</translation>
    </message>
    <message>
      <source>Delete</source>
      <translation>[Đéĺéţé ·]</translation>
    </message>
    <message>
      <source>Delete topic</source>
      <translation>[Đéĺéţé ţöþîç ···]</translation>
    </message>
    <message>
      <source>Show discussed and dropped</source>
      <translation>[Šĥöŵ đîšçûššéđ àñđ đŕöþþéđ ····· ···]</translation>
    </message>
    <message>
      <source>Show discussed and dropped topics</source>
      <translation>[Šĥöŵ đîšçûššéđ àñđ đŕöþþéđ ţöþîçš ····· ·····]</translation>
    </message>
    <message>
      <source>Save the mentor first; then drop topics for your meetings here.</source>
      <translation>[Šàvé ţĥé ḿéñţöŕ fîŕšţ; ţĥéñ đŕöþ ţöþîçš föŕ ýöûŕ ḿééţîñĝš ĥéŕé. ····· ····· ····· ·····]</translation>
    </message>
    <message numerus="yes">
      <source>%n topic(s) on the plan, none waiting.</source>
      <translation>
        <numerusform>[%n ţöþîç öñ ţĥé þĺàñ, ñöñé ŵàîţîñĝ. ····· ·····]</numerusform>
        <numerusform>[%n ţöþîçš öñ ţĥé þĺàñ, ñöñé ŵàîţîñĝ. ····· ····· ·]</numerusform>
      </translation>
    </message>
    <message>
      <source>No topics waiting: drop one any day, it comes to the next plan.</source>
      <translation>[Ñö ţöþîçš ŵàîţîñĝ: đŕöþ öñé àñý đàý, îţ çöḿéš ţö ţĥé ñéxţ þĺàñ. ····· ····· ····· ·····]</translation>
    </message>
    <message numerus="yes">
      <source>%n topic(s) waiting for the next meeting.</source>
      <translation>
        <numerusform>[%n ţöþîç ŵàîţîñĝ föŕ ţĥé ñéxţ ḿééţîñĝ. ····· ····· ··]</numerusform>
        <numerusform>[%n ţöþîçš ŵàîţîñĝ föŕ ţĥé ñéxţ ḿééţîñĝ. ····· ····· ··]</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>MentorTouches</name>
    <message>
      <source>Touches between meetings</source>
      <translation>[Ţöûçĥéš ƀéţŵééñ ḿééţîñĝš ····· ··]</translation>
    </message>
    <message>
      <source>Log a touch…</source>
      <translation>[Ĺöĝ à ţöûçĥ… ···]</translation>
    </message>
    <message>
      <source>Edit…</source>
      <translation>[Éđîţ… ·]</translation>
    </message>
    <message>
      <source>Edit the touch</source>
      <translation>[Éđîţ ţĥé ţöûçĥ ····]</translation>
    </message>
    <message>
      <source>Delete</source>
      <translation>[Đéĺéţé ·]</translation>
    </message>
    <message>
      <source>Delete touch</source>
      <translation>[Đéĺéţé ţöûçĥ ···]</translation>
    </message>
    <message>
      <source>Edit Touch…</source>
      <translation>[Éđîţ Ţöûçĥ… ···]</translation>
    </message>
    <message>
      <source>Delete Touch…</source>
      <translation>[Đéĺéţé Ţöûçĥ… ····]</translation>
    </message>
    <message>
      <source>Save the mentor first; then log emails and calls here.</source>
      <translation>[Šàvé ţĥé ḿéñţöŕ fîŕšţ; ţĥéñ ĺöĝ éḿàîĺš àñđ çàĺĺš ĥéŕé. ····· ····· ····· ··]</translation>
    </message>
    <message>
      <source>No touches logged yet: an email, message, call or chat between meetings.</source>
      <translation>[Ñö ţöûçĥéš ĺöĝĝéđ ýéţ: àñ éḿàîĺ, ḿéššàĝé, çàĺĺ öŕ çĥàţ ƀéţŵééñ ḿééţîñĝš. ····· ····· ····· ····· ···]</translation>
    </message>
    <message numerus="yes">
      <source>%n touch(es) logged between meetings.</source>
      <translation>
        <numerusform>[%n ţöûçĥ ĺöĝĝéđ ƀéţŵééñ ḿééţîñĝš. ····· ·····]</numerusform>
        <numerusform>[%n ţöûçĥéš ĺöĝĝéđ ƀéţŵééñ ḿééţîñĝš. ····· ·····]</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>MentorsView</name>
    <message>
      <source>Welcome to MentorDesk</source>
      <translation>[Ŵéĺçöḿé ţö MentorDesk ····· ·]</translation>
    </message>
    <message>
      <source>Keep all of your mentors in one place: who they are, where you met them, what you agreed, and when you last talked. Everything stays on this computer.

Start with a real mentor, or look around with a few fictional ones that you can remove in one step.</source>
      <translation>[Ķééþ àĺĺ öf ýöûŕ ḿéñţöŕš îñ öñé þĺàçé: ŵĥö ţĥéý àŕé, ŵĥéŕé ýöû ḿéţ ţĥéḿ, ŵĥàţ ýöû àĝŕééđ, àñđ ŵĥéñ ýöû ĺàšţ ţàĺķéđ. Évéŕýţĥîñĝ šţàýš öñ ţĥîš çöḿþûţéŕ.

Šţàŕţ ŵîţĥ à ŕéàĺ ḿéñţöŕ, öŕ ĺööķ àŕöûñđ ŵîţĥ à féŵ fîçţîöñàĺ öñéš ţĥàţ ýöû çàñ ŕéḿövé îñ öñé šţéþ. ····· ····· ····· ····· ····· ····· ····· ····· ····· ····· ····· ····· ····· ····· ····· ····· ···]</translation>
    </message>
    <message>
      <source>Mentors</source>
      <translation>[Méñţöŕš ·]</translation>
    </message>
    <message>
      <source>Add your first mentor</source>
      <translation>[Åđđ ýöûŕ fîŕšţ ḿéñţöŕ ····· ·]</translation>
    </message>
    <message>
      <source>Explore with sample data</source>
      <translation>[Éxþĺöŕé ŵîţĥ šàḿþĺé đàţà ····· ··]</translation>
    </message>
    <message>
      <source>Filter mentors</source>
      <translation>[Fîĺţéŕ ḿéñţöŕš ····]</translation>
    </message>
    <message>
      <source>Filter by name, organisation or tag</source>
      <translation>[Fîĺţéŕ ƀý ñàḿé, öŕĝàñîšàţîöñ öŕ ţàĝ ····· ·····]</translation>
    </message>
    <message>
      <source>Status:</source>
      <translation>[Šţàţûš: ·]</translation>
    </message>
    <message>
      <source>Show status</source>
      <translation>[Šĥöŵ šţàţûš ···]</translation>
    </message>
    <message>
      <source>All statuses</source>
      <translation>[Åĺĺ šţàţûšéš ···]</translation>
    </message>
    <message>
      <source>All but ended</source>
      <translation>[Åĺĺ ƀûţ éñđéđ ····]</translation>
    </message>
    <message>
      <source>New mentor</source>
      <translation>[Ñéŵ ḿéñţöŕ ··]</translation>
    </message>
    <message>
      <source>Add a mentor (Ctrl+N)</source>
      <translation>[Åđđ à ḿéñţöŕ (Çţŕĺ+Ñ) ····· ·]</translation>
    </message>
    <message>
      <source>No mentor matches this filter.</source>
      <translation>[Ñö ḿéñţöŕ ḿàţçĥéš ţĥîš fîĺţéŕ. ····· ····]</translation>
    </message>
    <message>
      <source>the new mentor</source>
      <translation>[ţĥé ñéŵ ḿéñţöŕ ····]</translation>
    </message>
  </context>
  <context>
    <name>MessageDraftDialog</name>
    <message>
      <source>Subject</source>
      <translation>[Šûƀjéçţ ·]</translation>
    </message>
    <message>
      <source>Message</source>
      <translation>[Méššàĝé ·]</translation>
    </message>
    <message>
      <source>To</source>
      <translation>[Ţö ·]</translation>
    </message>
    <message>
      <source>(no email address on file)</source>
      <translation>[(ñö éḿàîĺ àđđŕéšš öñ fîĺé) ····· ···]</translation>
    </message>
    <message>
      <source>&amp;Subject</source>
      <translation>[&amp;Šûƀjéçţ ··]</translation>
    </message>
    <message>
      <source>&amp;Copy</source>
      <translation>[&amp;Çöþý ·]</translation>
    </message>
    <message>
      <source>Open in &amp;Mail</source>
      <translation>[Öþéñ îñ &amp;Màîĺ ····]</translation>
    </message>
    <message>
      <source>Save as Mar&amp;kdown…</source>
      <translation>[Šàvé àš Màŕ&amp;ķđöŵñ… ·····]</translation>
    </message>
    <message>
      <source>The message is on the clipboard.</source>
      <translation>[Ţĥé ḿéššàĝé îš öñ ţĥé çĺîþƀöàŕđ. ····· ·····]</translation>
    </message>
    <message>
      <source>No mail app opened the message. It is on the clipboard: paste it into a new mail.</source>
      <translation>[Ñö ḿàîĺ àþþ öþéñéđ ţĥé ḿéššàĝé. Îţ îš öñ ţĥé çĺîþƀöàŕđ: þàšţé îţ îñţö à ñéŵ ḿàîĺ. ····· ····· ····· ····· ····· ·]</translation>
    </message>
    <message>
      <source>The message was too long for a mail link, so the mail holds its start. The whole message is on the clipboard: paste it over the mail's text.</source>
      <translation>[Ţĥé ḿéššàĝé ŵàš ţöö ĺöñĝ föŕ à ḿàîĺ ĺîñķ, šö ţĥé ḿàîĺ ĥöĺđš îţš šţàŕţ. Ţĥé ŵĥöĺé ḿéššàĝé îš öñ ţĥé çĺîþƀöàŕđ: þàšţé îţ övéŕ ţĥé ḿàîĺ'š ţéxţ. ····· ····· ····· ····· ····· ····· ····· ····· ·····]</translation>
    </message>
    <message>
      <source>The message is open in your mail app.</source>
      <translation>[Ţĥé ḿéššàĝé îš öþéñ îñ ýöûŕ ḿàîĺ àþþ. ····· ····· ·]</translation>
    </message>
    <message>
      <source>Save the message as Markdown</source>
      <translation>[Šàvé ţĥé ḿéššàĝé àš Màŕķđöŵñ ····· ····]</translation>
    </message>
    <message>
      <source>Markdown (*.md)</source>
      <translation>[Màŕķđöŵñ (*.ḿđ) ····]</translation>
    </message>
    <message>
      <source>Save as Markdown</source>
      <translation>[Šàvé àš Màŕķđöŵñ ·····]</translation>
    </message>
    <message>
      <source>Could not write {file}: {reason}.</source>
      <translation>[Çöûĺđ ñöţ ŵŕîţé {file}: {reason}. ····· ·····]</translation>
    </message>
    <message>
      <source>Saved to {file}.</source>
      <translation>[Šàvéđ ţö {file}. ·····]</translation>
    </message>
  </context>
  <context>
    <name>NotesBrowser</name>
    <message>
      <source>MentorDesk opens only web and mail links; this {scheme} link is not opened.</source>
      <translation>[MentorDesk öþéñš öñĺý ŵéƀ àñđ ḿàîĺ ĺîñķš; ţĥîš {scheme} ĺîñķ îš ñöţ öþéñéđ. ····· ····· ····· ····· ····]</translation>
    </message>
    <message>
      <source>local</source>
      <translation>[ĺöçàĺ ·]</translation>
    </message>
    <message>
      <source>Write to {address} with your mail app?</source>
      <translation>[Ŵŕîţé ţö {address} ŵîţĥ ýöûŕ ḿàîĺ àþþ? ····· ····· ··]</translation>
    </message>
    <message>
      <source>Open {link} in your browser?</source>
      <translation>[Öþéñ {link} îñ ýöûŕ ƀŕöŵšéŕ? ····· ····]</translation>
    </message>
    <message>
      <source>Open link</source>
      <translation>[Öþéñ ĺîñķ ··]</translation>
    </message>
    <message>
      <source>Write</source>
      <translation>[Ŵŕîţé ·]</translation>
    </message>
    <message>
      <source>Open</source>
      <translation>[Öþéñ ·]</translation>
    </message>
  </context>
  <context>
    <name>NotesEditor</name>
    <message>
      <source>Meeting notes</source>
      <translation>[Mééţîñĝ ñöţéš ····]</translation>
    </message>
    <message>
      <source>Type your notes. Markdown works: # heading, - list, 1. list, - [ ] to do, **bold**, *italic*.
Ctrl+Shift+A turns the current line into an action item.</source>
      <translation>[Ţýþé ýöûŕ ñöţéš. Màŕķđöŵñ ŵöŕķš: # ĥéàđîñĝ, - ĺîšţ, 1. ĺîšţ, - [ ] ţö đö, **ƀöĺđ**, *îţàĺîç*.
Çţŕĺ+Šĥîfţ+Å ţûŕñš ţĥé çûŕŕéñţ ĺîñé îñţö àñ àçţîöñ îţéḿ. ····· ····· ····· ····· ····· ····· ····· ····· ····· ····]</translation>
    </message>
  </context>
  <context>
    <name>PassphraseDialog</name>
    <message>
      <source>Passphrase</source>
      <translation>[Þàššþĥŕàšé ··]</translation>
    </message>
    <message>
      <source>Current passphrase</source>
      <translation>[Çûŕŕéñţ þàššþĥŕàšé ·····]</translation>
    </message>
    <message>
      <source>New passphrase</source>
      <translation>[Ñéŵ þàššþĥŕàšé ····]</translation>
    </message>
    <message>
      <source>New passphrase again</source>
      <translation>[Ñéŵ þàššþĥŕàšé àĝàîñ ·····]</translation>
    </message>
    <message>
      <source>C&amp;urrent passphrase (or recovery key)</source>
      <translation>[Ç&amp;ûŕŕéñţ þàššþĥŕàšé (öŕ ŕéçövéŕý ķéý) ····· ····· ·]</translation>
    </message>
    <message>
      <source>&amp;New passphrase</source>
      <translation>[&amp;Ñéŵ þàššþĥŕàšé ····]</translation>
    </message>
    <message>
      <source>&amp;Again</source>
      <translation>[&amp;Åĝàîñ ·]</translation>
    </message>
    <message>
      <source>Wrong passphrase. Nothing was changed; type it again.</source>
      <translation>[Ŵŕöñĝ þàššþĥŕàšé. Ñöţĥîñĝ ŵàš çĥàñĝéđ; ţýþé îţ àĝàîñ. ····· ····· ····· ··]</translation>
    </message>
    <message>
      <source>Type a new passphrase.</source>
      <translation>[Ţýþé à ñéŵ þàššþĥŕàšé. ····· ·]</translation>
    </message>
    <message>
      <source>The two new passphrases differ; type them again.</source>
      <translation>[Ţĥé ţŵö ñéŵ þàššþĥŕàšéš đîfféŕ; ţýþé ţĥéḿ àĝàîñ. ····· ····· ·····]</translation>
    </message>
  </context>
  <context>
    <name>PlanMeetingDialog</name>
    <message>
      <source>Plan meeting</source>
      <translation>[Þĺàñ ḿééţîñĝ ···]</translation>
    </message>
    <message>
      <source>Mentor</source>
      <translation>[Méñţöŕ ·]</translation>
    </message>
    <message>
      <source>Show ended mentors</source>
      <translation>[Šĥöŵ éñđéđ ḿéñţöŕš ·····]</translation>
    </message>
    <message>
      <source>Date and time</source>
      <translation>[Đàţé àñđ ţîḿé ····]</translation>
    </message>
    <message>
      <source>Duration in minutes</source>
      <translation>[Đûŕàţîöñ îñ ḿîñûţéš ·····]</translation>
    </message>
    <message>
      <source> min</source>
      <translation>[ ḿîñ ·]</translation>
    </message>
    <message>
      <source>Format</source>
      <translation>[Föŕḿàţ ·]</translation>
    </message>
    <message>
      <source>Place or video link</source>
      <translation>[Þĺàçé öŕ vîđéö ĺîñķ ·····]</translation>
    </message>
    <message>
      <source>From your last meeting</source>
      <translation>[Fŕöḿ ýöûŕ ĺàšţ ḿééţîñĝ ····· ·]</translation>
    </message>
    <message>
      <source>Unfinished agenda to bring along</source>
      <translation>[Ûñfîñîšĥéđ àĝéñđà ţö ƀŕîñĝ àĺöñĝ ····· ·····]</translation>
    </message>
    <message>
      <source>Meetings are with a mentor, and there is none yet.</source>
      <translation>[Mééţîñĝš àŕé ŵîţĥ à ḿéñţöŕ, àñđ ţĥéŕé îš ñöñé ýéţ. ····· ····· ·····]</translation>
    </message>
    <message>
      <source>Add a mentor</source>
      <translation>[Åđđ à ḿéñţöŕ ···]</translation>
    </message>
    <message>
      <source>Open in meeting mode now</source>
      <translation>[Öþéñ îñ ḿééţîñĝ ḿöđé ñöŵ ····· ··]</translation>
    </message>
    <message>
      <source>&amp;Mentor</source>
      <translation>[&amp;Méñţöŕ ·]</translation>
    </message>
    <message>
      <source>&amp;When</source>
      <translation>[&amp;Ŵĥéñ ·]</translation>
    </message>
    <message>
      <source>&amp;Duration</source>
      <translation>[&amp;Đûŕàţîöñ ··]</translation>
    </message>
    <message>
      <source>&amp;Format</source>
      <translation>[&amp;Föŕḿàţ ·]</translation>
    </message>
    <message>
      <source>&amp;Place or link</source>
      <translation>[&amp;Þĺàçé öŕ ĺîñķ ····]</translation>
    </message>
    <message>
      <source>&amp;Template</source>
      <translation>[&amp;Ţéḿþĺàţé ··]</translation>
    </message>
    <message>
      <source>&amp;Agenda</source>
      <translation>[&amp;Åĝéñđà ·]</translation>
    </message>
    <message>
      <source>Choose a mentor…</source>
      <translation>[Çĥööšé à ḿéñţöŕ… ·····]</translation>
    </message>
    <message>
      <source>Their time: {time}</source>
      <translation>[Ţĥéîŕ ţîḿé: {time} ·····]</translation>
    </message>
    <message>
      <source>Video link, e.g. https://meet.example.com/abc</source>
      <translation>[Vîđéö ĺîñķ, é.ĝ. https://meet.example.com/abc ····· ····· ····]</translation>
    </message>
    <message>
      <source>Where, or how to reach each other</source>
      <translation>[Ŵĥéŕé, öŕ ĥöŵ ţö ŕéàçĥ éàçĥ öţĥéŕ ····· ·····]</translation>
    </message>
    <message>
      <source>No earlier meeting with this mentor yet.</source>
      <translation>[Ñö éàŕĺîéŕ ḿééţîñĝ ŵîţĥ ţĥîš ḿéñţöŕ ýéţ. ····· ····· ··]</translation>
    </message>
    <message>
      <source>Not covered on {date}; ticked points come along:</source>
      <translation>[Ñöţ çövéŕéđ öñ {date}; ţîçķéđ þöîñţš çöḿé àĺöñĝ: ····· ····· ·····]</translation>
    </message>
    <message>
      <source>Everything on the {date} agenda was covered.</source>
      <translation>[Évéŕýţĥîñĝ öñ ţĥé {date} àĝéñđà ŵàš çövéŕéđ. ····· ····· ····]</translation>
    </message>
    <message>
      <source>Open action items:</source>
      <translation>[Öþéñ àçţîöñ îţéḿš: ·····]</translation>
    </message>
    <message>
      <source>No open action items.</source>
      <translation>[Ñö öþéñ àçţîöñ îţéḿš. ····· ·]</translation>
    </message>
  </context>
  <context>
    <name>PreferencesDialog</name>
    <message>
      <source>Preferences</source>
      <translation>[Þŕéféŕéñçéš ···]</translation>
    </message>
    <message>
      <source>Follow the system</source>
      <translation>[Föĺĺöŵ ţĥé šýšţéḿ ·····]</translation>
    </message>
    <message>
      <source>Light</source>
      <translation>[Ĺîĝĥţ ·]</translation>
    </message>
    <message>
      <source>Dark</source>
      <translation>[Đàŕķ ·]</translation>
    </message>
    <message>
      <source>As it should appear on agreements</source>
      <translation>[Åš îţ šĥöûĺđ àþþéàŕ öñ àĝŕééḿéñţš ····· ·····]</translation>
    </message>
    <message>
      <source>after</source>
      <translation>[àfţéŕ ·]</translation>
    </message>
    <message>
      <source>meetings and</source>
      <translation>[ḿééţîñĝš àñđ ···]</translation>
    </message>
    <message>
      <source>days with nothing given back</source>
      <translation>[đàýš ŵîţĥ ñöţĥîñĝ ĝîvéñ ƀàçķ ····· ····]</translation>
    </message>
    <message>
      <source>&amp;Theme</source>
      <translation>[&amp;Ţĥéḿé ·]</translation>
    </message>
    <message>
      <source>&amp;Language</source>
      <translation>[&amp;Ĺàñĝûàĝé ··]</translation>
    </message>
    <message>
      <source>Your &amp;name</source>
      <translation>[Ýöûŕ &amp;ñàḿé ··]</translation>
    </message>
    <message>
      <source>Give-back nudge</source>
      <translation>[Ĝîvé-ƀàçķ ñûđĝé ····]</translation>
    </message>
    <message>
      <source> MB</source>
      <translation>[ MƁ ·]</translation>
    </message>
    <message>
      <source>Largest &amp;attachment</source>
      <translation>[Ĺàŕĝéšţ &amp;àţţàçĥḿéñţ ·····]</translation>
    </message>
    <message>
      <source>General</source>
      <translation>[Ĝéñéŕàĺ ·]</translation>
    </message>
    <message>
      <source>Reminders</source>
      <translation>[Řéḿîñđéŕš ··]</translation>
    </message>
    <message>
      <source>Shortcuts</source>
      <translation>[Šĥöŕţçûţš ··]</translation>
    </message>
    <message>
      <source>Sync</source>
      <translation>[Šýñç ·]</translation>
    </message>
    <message>
      <source>Privacy</source>
      <translation>[Þŕîvàçý ·]</translation>
    </message>
    <message>
      <source>Remind me of meetings 15 minutes ahead and of mentors who become overdue</source>
      <translation>[Řéḿîñđ ḿé öf ḿééţîñĝš 15 ḿîñûţéš àĥéàđ àñđ öf ḿéñţöŕš ŵĥö ƀéçöḿé övéŕđûé ····· ····· ····· ····· ···]</translation>
    </message>
    <message>
      <source>Start MentorDesk minimized when I log in</source>
      <translation>[Šţàŕţ MentorDesk ḿîñîḿîžéđ ŵĥéñ Î ĺöĝ îñ ····· ····· ··]</translation>
    </message>
    <message>
      <source>Start at login, minimized</source>
      <translation>[Šţàŕţ àţ ĺöĝîñ, ḿîñîḿîžéđ ····· ··]</translation>
    </message>
    <message>
      <source>So reminders reach you on days you do not open MentorDesk</source>
      <translation>[Šö ŕéḿîñđéŕš ŕéàçĥ ýöû öñ đàýš ýöû đö ñöţ öþéñ MentorDesk ····· ····· ····· ···]</translation>
    </message>
    <message>
      <source>No calendar file</source>
      <translation>[Ñö çàĺéñđàŕ fîĺé ·····]</translation>
    </message>
    <message>
      <source>Choose…</source>
      <translation>[Çĥööšé… ·]</translation>
    </message>
    <message>
      <source>Choose the calendar file's folder</source>
      <translation>[Çĥööšé ţĥé çàĺéñđàŕ fîĺé'š föĺđéŕ ····· ·····]</translation>
    </message>
    <message>
      <source>No File</source>
      <translation>[Ñö Fîĺé ·]</translation>
    </message>
    <message>
      <source>Keep no calendar file</source>
      <translation>[Ķééþ ñö çàĺéñđàŕ fîĺé ····· ·]</translation>
    </message>
    <message>
      <source>MentorDesk keeps mentordesk-meetings.ics in this folder up to date with your planned meetings, for a calendar app that subscribes to the file.</source>
      <translation>[MentorDesk ķééþš ḿéñţöŕđéšķ-ḿééţîñĝš.îçš îñ ţĥîš föĺđéŕ ûþ ţö đàţé ŵîţĥ ýöûŕ þĺàññéđ ḿééţîñĝš, föŕ à çàĺéñđàŕ àþþ ţĥàţ šûƀšçŕîƀéš ţö ţĥé fîĺé. ····· ····· ····· ····· ····· ····· ····· ····· ····· ·]</translation>
    </message>
    <message>
      <source> min before</source>
      <translation>[ ḿîñ ƀéföŕé ···]</translation>
    </message>
    <message>
      <source>At the start</source>
      <translation>[Åţ ţĥé šţàŕţ ···]</translation>
    </message>
    <message>
      <source>Every event in the calendar file and the exported .ics carries this alarm</source>
      <translation>[Évéŕý évéñţ îñ ţĥé çàĺéñđàŕ fîĺé àñđ ţĥé éxþöŕţéđ .îçš çàŕŕîéš ţĥîš àĺàŕḿ ····· ····· ····· ····· ····]</translation>
    </message>
    <message>
      <source>While open</source>
      <translation>[Ŵĥîĺé öþéñ ··]</translation>
    </message>
    <message>
      <source>At login</source>
      <translation>[Åţ ĺöĝîñ ··]</translation>
    </message>
    <message>
      <source>&amp;Calendar file</source>
      <translation>[&amp;Çàĺéñđàŕ fîĺé ····]</translation>
    </message>
    <message>
      <source>Calendar &amp;alarm</source>
      <translation>[Çàĺéñđàŕ &amp;àĺàŕḿ ····]</translation>
    </message>
    <message>
      <source>Calendar file's folder</source>
      <translation>[Çàĺéñđàŕ fîĺé'š föĺđéŕ ····· ·]</translation>
    </message>
    <message>
      <source>Language</source>
      <translation>[Ĺàñĝûàĝé ··]</translation>
    </message>
    <message>
      <source>MentorDesk shows {language} the next time it starts.</source>
      <translation>[MentorDesk šĥöŵš {language} ţĥé ñéxţ ţîḿé îţ šţàŕţš. ····· ····· ····· ·]</translation>
    </message>
    <message>
      <source>Start at login</source>
      <translation>[Šţàŕţ àţ ĺöĝîñ ····]</translation>
    </message>
  </context>
  <context>
    <name>ProgressDialog</name>
    <message>
      <source>Update progress</source>
      <translation>[Ûþđàţé þŕöĝŕéšš ····]</translation>
    </message>
    <message>
      <source>Progress in percent, 0 to 100</source>
      <translation>[Þŕöĝŕéšš îñ þéŕçéñţ, 0 ţö 100 ····· ····]</translation>
    </message>
    <message>
      <source>0–100</source>
      <translation>[0–100 ·]</translation>
    </message>
    <message>
      <source>Day of the update</source>
      <translation>[Đàý öf ţĥé ûþđàţé ·····]</translation>
    </message>
    <message>
      <source>Comment</source>
      <translation>[Çöḿḿéñţ ·]</translation>
    </message>
    <message>
      <source>What moved it forward (or held it back)?</source>
      <translation>[Ŵĥàţ ḿövéđ îţ föŕŵàŕđ (öŕ ĥéĺđ îţ ƀàçķ)? ····· ····· ··]</translation>
    </message>
    <message>
      <source>&amp;Progress (%)</source>
      <translation>[&amp;Þŕöĝŕéšš (%) ····]</translation>
    </message>
    <message>
      <source>&amp;Day</source>
      <translation>[&amp;Đàý ·]</translation>
    </message>
    <message>
      <source>&amp;Comment</source>
      <translation>[&amp;Çöḿḿéñţ ··]</translation>
    </message>
    <message>
      <source>Its progress is counted from its action items; saving sets it by hand.</source>
      <translation>[Îţš þŕöĝŕéšš îš çöûñţéđ fŕöḿ îţš àçţîöñ îţéḿš; šàvîñĝ šéţš îţ ƀý ĥàñđ. ····· ····· ····· ····· ··]</translation>
    </message>
    <message>
      <source>Save progress</source>
      <translation>[Šàvé þŕöĝŕéšš ····]</translation>
    </message>
    <message>
      <source>Type a whole number from 0 to 100, such as 40.</source>
      <translation>[Ţýþé à ŵĥöĺé ñûḿƀéŕ fŕöḿ 0 ţö 100, šûçĥ àš 40. ····· ····· ·····]</translation>
    </message>
  </context>
  <context>
    <name>PromoteDialog</name>
    <message>
      <source>Promote to active mentor</source>
      <translation>[Þŕöḿöţé ţö àçţîvé ḿéñţöŕ ····· ··]</translation>
    </message>
    <message>
      <source>{name} agreed to mentor you? They become an active mentor: everything recorded about them (where you found them, why they fit, your outreach, linked goals) stays.</source>
      <translation>[{name} àĝŕééđ ţö ḿéñţöŕ ýöû? Ţĥéý ƀéçöḿé àñ àçţîvé ḿéñţöŕ: évéŕýţĥîñĝ ŕéçöŕđéđ àƀöûţ ţĥéḿ (ŵĥéŕé ýöû föûñđ ţĥéḿ, ŵĥý ţĥéý fîţ, ýöûŕ öûţŕéàçĥ, ĺîñķéđ ĝöàĺš) šţàýš. ····· ····· ····· ····· ····· ····· ····· ····· ····· ····· ···]</translation>
    </message>
    <message>
      <source>Start an agreement from</source>
      <translation>[Šţàŕţ àñ àĝŕééḿéñţ fŕöḿ ····· ··]</translation>
    </message>
    <message>
      <source>Not now</source>
      <translation>[Ñöţ ñöŵ ·]</translation>
    </message>
    <message>
      <source>Promote</source>
      <translation>[Þŕöḿöţé ·]</translation>
    </message>
    <message>
      <source>Start the &amp;agreement from</source>
      <translation>[Šţàŕţ ţĥé &amp;àĝŕééḿéñţ fŕöḿ ····· ··]</translation>
    </message>
  </context>
  <context>
    <name>ProspectPanel</name>
    <message>
      <source>Goals this person fits</source>
      <translation>[Ĝöàĺš ţĥîš þéŕšöñ fîţš ····· ·]</translation>
    </message>
    <message>
      <source>Outreach steps</source>
      <translation>[Öûţŕéàçĥ šţéþš ····]</translation>
    </message>
    <message>
      <source>Delete step</source>
      <translation>[Đéĺéţé šţéþ ···]</translation>
    </message>
    <message>
      <source>Draft the ask…</source>
      <translation>[Đŕàfţ ţĥé àšķ… ····]</translation>
    </message>
    <message>
      <source>A short, specific message asking them to mentor you, to copy or mail</source>
      <translation>[Å šĥöŕţ, šþéçîfîç ḿéššàĝé àšķîñĝ ţĥéḿ ţö ḿéñţöŕ ýöû, ţö çöþý öŕ ḿàîĺ ····· ····· ····· ····· ··]</translation>
    </message>
    <message>
      <source>Step</source>
      <translation>[Šţéþ ·]</translation>
    </message>
    <message>
      <source>Day of the step</source>
      <translation>[Đàý öf ţĥé šţéþ ····]</translation>
    </message>
    <message>
      <source>Follow up on</source>
      <translation>[Föĺĺöŵ ûþ öñ ···]</translation>
    </message>
    <message>
      <source>Remind me to follow up</source>
      <translation>[Řéḿîñđ ḿé ţö föĺĺöŵ ûþ ····· ·]</translation>
    </message>
    <message>
      <source>Follow-up day</source>
      <translation>[Föĺĺöŵ-ûþ đàý ····]</translation>
    </message>
    <message>
      <source>Note on the step</source>
      <translation>[Ñöţé öñ ţĥé šţéþ ·····]</translation>
    </message>
    <message>
      <source>How you asked, what they said…</source>
      <translation>[Ĥöŵ ýöû àšķéđ, ŵĥàţ ţĥéý šàîđ… ····· ····]</translation>
    </message>
    <message>
      <source>Add step</source>
      <translation>[Åđđ šţéþ ··]</translation>
    </message>
    <message>
      <source>S&amp;tep</source>
      <translation>[Š&amp;ţéþ ·]</translation>
    </message>
    <message>
      <source>&amp;On</source>
      <translation>[&amp;Öñ ·]</translation>
    </message>
    <message>
      <source>&amp;Remind</source>
      <translation>[&amp;Řéḿîñđ ·]</translation>
    </message>
    <message>
      <source>N&amp;ote</source>
      <translation>[Ñ&amp;öţé ·]</translation>
    </message>
    <message>
      <source>Why they fit</source>
      <translation>[Ŵĥý ţĥéý fîţ ···]</translation>
    </message>
    <message>
      <source>Goals they fit</source>
      <translation>[Ĝöàĺš ţĥéý fîţ ····]</translation>
    </message>
    <message>
      <source>Outreach</source>
      <translation>[Öûţŕéàçĥ ··]</translation>
    </message>
    <message>
      <source>No prospect chosen</source>
      <translation>[Ñö þŕöšþéçţ çĥöšéñ ·····]</translation>
    </message>
    <message>
      <source>Found through: {where}</source>
      <translation>[Föûñđ ţĥŕöûĝĥ: {where} ····· ·]</translation>
    </message>
    <message>
      <source>(Not written yet: edit the profile.)</source>
      <translation>[(Ñöţ ŵŕîţţéñ ýéţ: éđîţ ţĥé þŕöfîĺé.) ····· ····· ·]</translation>
    </message>
    <message>
      <source>No active goals yet: add them in Goals.</source>
      <translation>[Ñö àçţîvé ĝöàĺš ýéţ: àđđ ţĥéḿ îñ Ĝöàĺš. ····· ····· ··]</translation>
    </message>
    <message>
      <source>{day} · {step}</source>
      <translation>[{day} · {step} ····]</translation>
    </message>
    <message>
      <source>follow up on {day}</source>
      <translation>[föĺĺöŵ ûþ öñ {day} ·····]</translation>
    </message>
    <message>
      <source>Not asked yet. Record each step above.</source>
      <translation>[Ñöţ àšķéđ ýéţ. Řéçöŕđ éàçĥ šţéþ àƀövé. ····· ····· ··]</translation>
    </message>
  </context>
  <context>
    <name>ProspectTableModel</name>
    <message>
      <source>Name</source>
      <translation>[Ñàḿé ·]</translation>
    </message>
    <message>
      <source>Status</source>
      <translation>[Šţàţûš ·]</translation>
    </message>
    <message>
      <source>Where found</source>
      <translation>[Ŵĥéŕé föûñđ ···]</translation>
    </message>
    <message>
      <source>Fits</source>
      <translation>[Fîţš ·]</translation>
    </message>
    <message>
      <source>Last step</source>
      <translation>[Ĺàšţ šţéþ ··]</translation>
    </message>
    <message>
      <source>Follow up</source>
      <translation>[Föĺĺöŵ ûþ ··]</translation>
    </message>
    <message numerus="yes">
      <source>%n goal(s)</source>
      <translation>
        <numerusform>[%n ĝöàĺ ·]</numerusform>
        <numerusform>[%n ĝöàĺš ··]</numerusform>
      </translation>
    </message>
    <message>
      <source>Not asked yet</source>
      <translation>[Ñöţ àšķéđ ýéţ ····]</translation>
    </message>
    <message>
      <source>{step} {day}</source>
      <translation>[{step} {day} ···]</translation>
    </message>
    <message>
      <source>⚠ {day}</source>
      <translation>[⚠ {day} ·]</translation>
    </message>
  </context>
  <context>
    <name>ProspectsView</name>
    <message>
      <source>Finding the right mentor</source>
      <translation>[Fîñđîñĝ ţĥé ŕîĝĥţ ḿéñţöŕ ····· ··]</translation>
    </message>
    <message>
      <source>Look for someone whose career you aspire to and who fits your goals and values: at networking events, in professional associations, on social media, through colleagues. Add them as a mentor with the status “Prospect”; here you track why they fit, when you asked, and when to follow up.</source>
      <translation>[Ĺööķ föŕ šöḿéöñé ŵĥöšé çàŕééŕ ýöû àšþîŕé ţö àñđ ŵĥö fîţš ýöûŕ ĝöàĺš àñđ vàĺûéš: àţ ñéţŵöŕķîñĝ évéñţš, îñ þŕöféššîöñàĺ àššöçîàţîöñš, öñ šöçîàĺ ḿéđîà, ţĥŕöûĝĥ çöĺĺéàĝûéš. Åđđ ţĥéḿ àš à ḿéñţöŕ ŵîţĥ ţĥé šţàţûš “Þŕöšþéçţ”; ĥéŕé ýöû ţŕàçķ ŵĥý ţĥéý fîţ, ŵĥéñ ýöû àšķéđ, àñđ ŵĥéñ ţö föĺĺöŵ ûþ. ····· ····· ····· ····· ····· ····· ····· ····· ····· ····· ····· ····· ····· ····· ····· ····· ····· ····· ····]</translation>
    </message>
    <message>
      <source>Prospects</source>
      <translation>[Þŕöšþéçţš ··]</translation>
    </message>
    <message>
      <source>Add a prospect</source>
      <translation>[Åđđ à þŕöšþéçţ ····]</translation>
    </message>
    <message>
      <source>New prospect…</source>
      <translation>[Ñéŵ þŕöšþéçţ… ····]</translation>
    </message>
    <message>
      <source>Promote to active…</source>
      <translation>[Þŕöḿöţé ţö àçţîvé… ·····]</translation>
    </message>
    <message>
      <source>Edit profile</source>
      <translation>[Éđîţ þŕöfîĺé ···]</translation>
    </message>
  </context>
  <context>
    <name>ReadMeetingDialog</name>
    <message>
      <source>Meeting with {name}</source>
      <translation>[Mééţîñĝ ŵîţĥ {name} ·····]</translation>
    </message>
    <message>
      <source>The meeting's notes</source>
      <translation>[Ţĥé ḿééţîñĝ'š ñöţéš ·····]</translation>
    </message>
    <message>
      <source>Open in meeting mode</source>
      <translation>[Öþéñ îñ ḿééţîñĝ ḿöđé ·····]</translation>
    </message>
    <message>
      <source>Copy agenda</source>
      <translation>[Çöþý àĝéñđà ···]</translation>
    </message>
  </context>
  <context>
    <name>RecoveryKeyDialog</name>
    <message>
      <source>Your recovery key</source>
      <translation>[Ýöûŕ ŕéçövéŕý ķéý ·····]</translation>
    </message>
    <message>
      <source>Write this recovery key down, print it or save it away from this computer. It opens your data if you forget the passphrase. If you lose both, nobody can open your data.</source>
      <translation>[Ŵŕîţé ţĥîš ŕéçövéŕý ķéý đöŵñ, þŕîñţ îţ öŕ šàvé îţ àŵàý fŕöḿ ţĥîš çöḿþûţéŕ. Îţ öþéñš ýöûŕ đàţà îf ýöû föŕĝéţ ţĥé þàššþĥŕàšé. Îf ýöû ĺöšé ƀöţĥ, ñöƀöđý çàñ öþéñ ýöûŕ đàţà. ····· ····· ····· ····· ····· ····· ····· ····· ····· ····· ·····]</translation>
    </message>
    <message>
      <source>Recovery key</source>
      <translation>[Řéçövéŕý ķéý ···]</translation>
    </message>
    <message>
      <source>&amp;Copy</source>
      <translation>[&amp;Çöþý ·]</translation>
    </message>
    <message>
      <source>&amp;Save to a file…</source>
      <translation>[&amp;Šàvé ţö à fîĺé… ·····]</translation>
    </message>
    <message>
      <source>&amp;Print…</source>
      <translation>[&amp;Þŕîñţ… ·]</translation>
    </message>
    <message>
      <source>I have &amp;kept it</source>
      <translation>[Î ĥàvé &amp;ķéþţ îţ ····]</translation>
    </message>
    <message>
      <source>Copied to the clipboard.</source>
      <translation>[Çöþîéđ ţö ţĥé çĺîþƀöàŕđ. ····· ··]</translation>
    </message>
    <message>
      <source>Save the recovery key</source>
      <translation>[Šàvé ţĥé ŕéçövéŕý ķéý ····· ·]</translation>
    </message>
    <message>
      <source>MentorDesk recovery key: {key}
</source>
      <translation>[MentorDesk ŕéçövéŕý ķéý: {key}
 ····· ·····]</translation>
    </message>
    <message>
      <source>Save to a file</source>
      <translation>[Šàvé ţö à fîĺé ····]</translation>
    </message>
    <message>
      <source>The recovery key could not be saved in {path} ({reason}). Choose another folder, or copy or print the key instead.</source>
      <translation>[Ţĥé ŕéçövéŕý ķéý çöûĺđ ñöţ ƀé šàvéđ îñ {path} ({reason}). Çĥööšé àñöţĥéŕ föĺđéŕ, öŕ çöþý öŕ þŕîñţ ţĥé ķéý îñšţéàđ. ····· ····· ····· ····· ····· ····· ····· ··]</translation>
    </message>
    <message>
      <source>Saved in {path}.</source>
      <translation>[Šàvéđ îñ {path}. ·····]</translation>
    </message>
    <message>
      <source>Print the recovery key</source>
      <translation>[Þŕîñţ ţĥé ŕéçövéŕý ķéý ····· ·]</translation>
    </message>
    <message>
      <source>Printed to {file}.</source>
      <translation>[Þŕîñţéđ ţö {file}. ·····]</translation>
    </message>
    <message>
      <source>Sent to the printer {name}.</source>
      <translation>[Šéñţ ţö ţĥé þŕîñţéŕ {name}. ····· ···]</translation>
    </message>
    <message>
      <source>Print</source>
      <translation>[Þŕîñţ ·]</translation>
    </message>
    <message>
      <source>The recovery key could not be printed. Check the printer (or the folder of the PDF file) and try again, or copy or save the key instead.</source>
      <translation>[Ţĥé ŕéçövéŕý ķéý çöûĺđ ñöţ ƀé þŕîñţéđ. Çĥéçķ ţĥé þŕîñţéŕ (öŕ ţĥé föĺđéŕ öf ţĥé ÞĐF fîĺé) àñđ ţŕý àĝàîñ, öŕ çöþý öŕ šàvé ţĥé ķéý îñšţéàđ. ····· ····· ····· ····· ····· ····· ····· ····· ·····]</translation>
    </message>
    <message>
      <source>You have not copied, saved or printed the recovery key. If you forget your passphrase, only this key opens your data, and it is not shown again. Close it anyway?</source>
      <translation>[Ýöû ĥàvé ñöţ çöþîéđ, šàvéđ öŕ þŕîñţéđ ţĥé ŕéçövéŕý ķéý. Îf ýöû föŕĝéţ ýöûŕ þàššþĥŕàšé, öñĺý ţĥîš ķéý öþéñš ýöûŕ đàţà, àñđ îţ îš ñöţ šĥöŵñ àĝàîñ. Çĺöšé îţ àñýŵàý? ····· ····· ····· ····· ····· ····· ····· ····· ····· ····· ···]</translation>
    </message>
    <message>
      <source>I have &amp;written it down</source>
      <translation>[Î ĥàvé &amp;ŵŕîţţéñ îţ đöŵñ ····· ··]</translation>
    </message>
    <message>
      <source>Go &amp;back</source>
      <translation>[Ĝö &amp;ƀàçķ ··]</translation>
    </message>
    <message>
      <source>MentorDesk recovery key</source>
      <translation>[MentorDesk ŕéçövéŕý ķéý ····· ··]</translation>
    </message>
    <message>
      <source>Printed on {date}</source>
      <translation>[Þŕîñţéđ öñ {date} ·····]</translation>
    </message>
    <message>
      <source>For the data folder: {folder}</source>
      <translation>[Föŕ ţĥé đàţà föĺđéŕ: {folder} ····· ····]</translation>
    </message>
    <message>
      <source>This key opens your MentorDesk data if you forget your passphrase: type it where the passphrase is asked for (capitals, spaces and dashes do not matter). Keep this page somewhere safe, away from the computer. Anyone who has it and your data folder can read your data; if you lose both the key and the passphrase, nobody can.</source>
      <translation>[Ţĥîš ķéý öþéñš ýöûŕ MentorDesk đàţà îf ýöû föŕĝéţ ýöûŕ þàššþĥŕàšé: ţýþé îţ ŵĥéŕé ţĥé þàššþĥŕàšé îš àšķéđ föŕ (çàþîţàĺš, šþàçéš àñđ đàšĥéš đö ñöţ ḿàţţéŕ). Ķééþ ţĥîš þàĝé šöḿéŵĥéŕé šàfé, àŵàý fŕöḿ ţĥé çöḿþûţéŕ. Åñýöñé ŵĥö ĥàš îţ àñđ ýöûŕ đàţà föĺđéŕ çàñ ŕéàđ ýöûŕ đàţà; îf ýöû ĺöšé ƀöţĥ ţĥé ķéý àñđ ţĥé þàššþĥŕàšé, ñöƀöđý çàñ. ····· ····· ····· ····· ····· ····· ····· ····· ····· ····· ····· ····· ····· ····· ····· ····· ····· ····· ····· ····· ····· ··]</translation>
    </message>
  </context>
  <context>
    <name>ReminderBanner</name>
    <message>
      <source>Reminders</source>
      <translation>[Řéḿîñđéŕš ··]</translation>
    </message>
    <message>
      <source>Open</source>
      <translation>[Öþéñ ·]</translation>
    </message>
    <message>
      <source>Open what the reminder is about</source>
      <translation>[Öþéñ ŵĥàţ ţĥé ŕéḿîñđéŕ îš àƀöûţ ····· ·····]</translation>
    </message>
    <message>
      <source>Dismiss</source>
      <translation>[Đîšḿîšš ·]</translation>
    </message>
    <message>
      <source>Dismiss the reminder</source>
      <translation>[Đîšḿîšš ţĥé ŕéḿîñđéŕ ·····]</translation>
    </message>
  </context>
  <context>
    <name>RestoreOffer</name>
    <message>
      <source>Restore</source>
      <translation>[Řéšţöŕé ·]</translation>
    </message>
    <message>
      <source>Restore the notes as they were</source>
      <translation>[Řéšţöŕé ţĥé ñöţéš àš ţĥéý ŵéŕé ····· ····]</translation>
    </message>
    <message>
      <source>Bring back what the last undo removed</source>
      <translation>[Ɓŕîñĝ ƀàçķ ŵĥàţ ţĥé ĺàšţ ûñđö ŕéḿövéđ ····· ····· ·]</translation>
    </message>
    <message numerus="yes">
      <source>Undo removed %n character(s) of your notes. Restore brings them back.</source>
      <translation>
        <numerusform>[Ûñđö ŕéḿövéđ %n çĥàŕàçţéŕ öf ýöûŕ ñöţéš. Řéšţöŕé ƀŕîñĝš ţĥéḿ ƀàçķ. ····· ····· ····· ····· ·]</numerusform>
        <numerusform>[Ûñđö ŕéḿövéđ %n çĥàŕàçţéŕš öf ýöûŕ ñöţéš. Řéšţöŕé ƀŕîñĝš ţĥéḿ ƀàçķ. ····· ····· ····· ····· ·]</numerusform>
      </translation>
    </message>
    <message>
      <source>Notes restored.</source>
      <translation>[Ñöţéš ŕéšţöŕéđ. ····]</translation>
    </message>
  </context>
  <context>
    <name>RhythmRow</name>
    <message>
      <source>Unless agreed, meet &amp;every</source>
      <translation>[Ûñĺéšš àĝŕééđ, ḿééţ &amp;évéŕý ····· ···]</translation>
    </message>
    <message>
      <source>Meet every (when no agreement sets it)</source>
      <translation>[Mééţ évéŕý (ŵĥéñ ñö àĝŕééḿéñţ šéţš îţ) ····· ····· ··]</translation>
    </message>
    <message>
      <source>Unit</source>
      <translation>[Ûñîţ ·]</translation>
    </message>
    <message>
      <source>Set</source>
      <translation>[Šéţ ·]</translation>
    </message>
    <message>
      <source>Set the mentor's own rhythm</source>
      <translation>[Šéţ ţĥé ḿéñţöŕ'š öŵñ ŕĥýţĥḿ ····· ···]</translation>
    </message>
    <message>
      <source>No rhythm yet: agree a meeting frequency, or set one below.</source>
      <translation>[Ñö ŕĥýţĥḿ ýéţ: àĝŕéé à ḿééţîñĝ fŕéqûéñçý, öŕ šéţ öñé ƀéĺöŵ. ····· ····· ····· ····]</translation>
    </message>
    <message>
      <source>Meet {interval}, as agreed (version {n}).</source>
      <translation>[Mééţ {interval}, àš àĝŕééđ (véŕšîöñ {n}). ····· ····· ···]</translation>
    </message>
    <message>
      <source>Meet {interval} (your own setting; no agreed frequency).</source>
      <translation>[Mééţ {interval} (ýöûŕ öŵñ šéţţîñĝ; ñö àĝŕééđ fŕéqûéñçý). ····· ····· ····· ···]</translation>
    </message>
    <message>
      <source>Enter a whole number, like 4 (for every 4 weeks).</source>
      <translation>[Éñţéŕ à ŵĥöĺé ñûḿƀéŕ, ĺîķé 4 (föŕ évéŕý 4 ŵééķš). ····· ····· ·····]</translation>
    </message>
  </context>
  <context>
    <name>SampleBanner</name>
    <message>
      <source>You are exploring sample data (fictional mentors).</source>
      <translation>[Ýöû àŕé éxþĺöŕîñĝ šàḿþĺé đàţà (fîçţîöñàĺ ḿéñţöŕš). ····· ····· ·····]</translation>
    </message>
    <message>
      <source>Remove sample data…</source>
      <translation>[Řéḿövé šàḿþĺé đàţà… ·····]</translation>
    </message>
    <message>
      <source>Remove sample data</source>
      <translation>[Řéḿövé šàḿþĺé đàţà ·····]</translation>
    </message>
  </context>
  <context>
    <name>SearchView</name>
    <message>
      <source>Search</source>
      <translation>[Šéàŕçĥ ·]</translation>
    </message>
    <message>
      <source>Search mentors, notes, agendas, action items (Ctrl+F)</source>
      <translation>[Šéàŕçĥ ḿéñţöŕš, ñöţéš, àĝéñđàš, àçţîöñ îţéḿš (Çţŕĺ+F) ····· ····· ····· ··]</translation>
    </message>
    <message>
      <source>Search results</source>
      <translation>[Šéàŕçĥ ŕéšûĺţš ····]</translation>
    </message>
    <message>
      <source>Type to search everything you wrote</source>
      <translation>[Ţýþé ţö šéàŕçĥ évéŕýţĥîñĝ ýöû ŵŕöţé ····· ·····]</translation>
    </message>
    <message>
      <source>Search is not available right now. Try again.</source>
      <translation>[Šéàŕçĥ îš ñöţ àvàîĺàƀĺé ŕîĝĥţ ñöŵ. Ţŕý àĝàîñ. ····· ····· ····]</translation>
    </message>
    <message>
      <source>No results for “{query}”</source>
      <translation>[Ñö ŕéšûĺţš föŕ “{query}” ····· ··]</translation>
    </message>
  </context>
  <context>
    <name>Section</name>
    <message>
      <source>Show all in {section}</source>
      <translation>[Šĥöŵ àĺĺ îñ {section} ····· ·]</translation>
    </message>
    <message>
      <source>Show all {n}</source>
      <translation>[Šĥöŵ àĺĺ {n} ···]</translation>
    </message>
    <message>
      <source>Show all {n} in {section}</source>
      <translation>[Šĥöŵ àĺĺ {n} îñ {section} ····· ··]</translation>
    </message>
  </context>
  <context>
    <name>ShortcutsDialog</name>
    <message>
      <source>Keyboard shortcuts</source>
      <translation>[Ķéýƀöàŕđ šĥöŕţçûţš ·····]</translation>
    </message>
    <message>
      <source>Keys</source>
      <translation>[Ķéýš ·]</translation>
    </message>
    <message>
      <source>Does</source>
      <translation>[Đöéš ·]</translation>
    </message>
    <message>
      <source>On macOS, Ctrl means ⌘.</source>
      <translation>[Öñ ḿàçÖŠ, Çţŕĺ ḿéàñš ⌘. ····· ··]</translation>
    </message>
  </context>
  <context>
    <name>ShortcutsPage</name>
    <message>
      <source>Find an action</source>
      <translation>[Fîñđ àñ àçţîöñ ····]</translation>
    </message>
    <message>
      <source>Actions and their keyboard shortcuts</source>
      <translation>[Åçţîöñš àñđ ţĥéîŕ ķéýƀöàŕđ šĥöŕţçûţš ····· ····· ·]</translation>
    </message>
    <message>
      <source>Action</source>
      <translation>[Åçţîöñ ·]</translation>
    </message>
    <message>
      <source>Where</source>
      <translation>[Ŵĥéŕé ·]</translation>
    </message>
    <message>
      <source>Keys</source>
      <translation>[Ķéýš ·]</translation>
    </message>
    <message>
      <source>New keys for the selected action</source>
      <translation>[Ñéŵ ķéýš föŕ ţĥé šéĺéçţéđ àçţîöñ ····· ·····]</translation>
    </message>
    <message>
      <source>No Keys</source>
      <translation>[Ñö Ķéýš ·]</translation>
    </message>
    <message>
      <source>Remove the selected action's keys</source>
      <translation>[Řéḿövé ţĥé šéĺéçţéđ àçţîöñ'š ķéýš ····· ·····]</translation>
    </message>
    <message>
      <source>Reset</source>
      <translation>[Řéšéţ ·]</translation>
    </message>
    <message>
      <source>Give the selected action its usual keys</source>
      <translation>[Ĝîvé ţĥé šéĺéçţéđ àçţîöñ îţš ûšûàĺ ķéýš ····· ····· ··]</translation>
    </message>
    <message>
      <source>Keys:</source>
      <translation>[Ķéýš: ·]</translation>
    </message>
    <message>
      <source>Where: {place}</source>
      <translation>[Ŵĥéŕé: {place} ····]</translation>
    </message>
    <message>
      <source>Keys: {keys}</source>
      <translation>[Ķéýš: {keys} ···]</translation>
    </message>
    <message>
      <source>none</source>
      <translation>[ñöñé ·]</translation>
    </message>
    <message>
      <source>Two actions share keys; change one: {clashes}</source>
      <translation>[Ţŵö àçţîöñš šĥàŕé ķéýš; çĥàñĝé öñé: {clashes} ····· ····· ····]</translation>
    </message>
  </context>
  <context>
    <name>StartupProblem</name>
    <message>
      <source>MentorDesk could not read or write its data: {problem}.</source>
      <translation>[MentorDesk çöûĺđ ñöţ ŕéàđ öŕ ŵŕîţé îţš đàţà: {problem}. ····· ····· ····· ··]</translation>
    </message>
    <message>
      <source>Restore the backup of {when} ({mentors}, {meetings})</source>
      <translation>[Řéšţöŕé ţĥé ƀàçķûþ öf {when} ({mentors}, {meetings}) ····· ····· ····· ·]</translation>
    </message>
    <message numerus="yes">
      <source>%n mentor(s)</source>
      <translation>
        <numerusform>[%n ḿéñţöŕ ··]</numerusform>
        <numerusform>[%n ḿéñţöŕš ··]</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n meeting(s)</source>
      <translation>
        <numerusform>[%n ḿééţîñĝ ··]</numerusform>
        <numerusform>[%n ḿééţîñĝš ···]</numerusform>
      </translation>
    </message>
    <message>
      <source>MentorDesk cannot use its database: it is damaged ({detail}).</source>
      <translation>[MentorDesk çàññöţ ûšé îţš đàţàƀàšé: îţ îš đàḿàĝéđ ({detail}). ····· ····· ····· ·····]</translation>
    </message>
    <message>
      <source>You can go back to your newest good backup, from {when}: {mentors} and {meetings}. Or start with an empty database.</source>
      <translation>[Ýöû çàñ ĝö ƀàçķ ţö ýöûŕ ñéŵéšţ ĝööđ ƀàçķûþ, fŕöḿ {when}: {mentors} àñđ {meetings}. Öŕ šţàŕţ ŵîţĥ àñ éḿþţý đàţàƀàšé. ····· ····· ····· ····· ····· ····· ····· ··]</translation>
    </message>
    <message>
      <source>There is no backup to go back to. You can start with an empty database.</source>
      <translation>[Ţĥéŕé îš ñö ƀàçķûþ ţö ĝö ƀàçķ ţö. Ýöû çàñ šţàŕţ ŵîţĥ àñ éḿþţý đàţàƀàšé. ····· ····· ····· ····· ···]</translation>
    </message>
    <message>
      <source>Either way the damaged file is kept, renamed to mentordesk.sqlite3.damaged-&lt;time&gt;, in {folder}. Quit leaves everything as it is.</source>
      <translation>[Éîţĥéŕ ŵàý ţĥé đàḿàĝéđ fîĺé îš ķéþţ, ŕéñàḿéđ ţö ḿéñţöŕđéšķ.šqĺîţé3.đàḿàĝéđ-&lt;time&gt;, îñ {folder}. Qûîţ ĺéàvéš évéŕýţĥîñĝ àš îţ îš. ····· ····· ····· ····· ····· ····· ····· ····· ··]</translation>
    </message>
    <message>
      <source>Start empty</source>
      <translation>[Šţàŕţ éḿþţý ···]</translation>
    </message>
    <message>
      <source>Quit</source>
      <translation>[Qûîţ ·]</translation>
    </message>
    <message>
      <source>Restore this backup</source>
      <translation>[Řéšţöŕé ţĥîš ƀàçķûþ ·····]</translation>
    </message>
    <message>
      <source>Your data needs attention</source>
      <translation>[Ýöûŕ đàţà ñééđš àţţéñţîöñ ····· ··]</translation>
    </message>
    <message>
      <source>This data was last used by a newer version of MentorDesk. Update MentorDesk to open it. Nothing was changed.

Data folder: {folder}</source>
      <translation>[Ţĥîš đàţà ŵàš ĺàšţ ûšéđ ƀý à ñéŵéŕ véŕšîöñ öf MentorDesk. Ûþđàţé MentorDesk ţö öþéñ îţ. Ñöţĥîñĝ ŵàš çĥàñĝéđ.

Đàţà föĺđéŕ: {folder} ····· ····· ····· ····· ····· ····· ····· ····· ···]</translation>
    </message>
    <message>
      <source>The disk is full. MentorDesk needs about {needed} MB of free space to open your data safely. Free some space, then start MentorDesk again. Nothing was changed.

Data folder: {folder}</source>
      <translation>[Ţĥé đîšķ îš fûĺĺ. MentorDesk ñééđš àƀöûţ {needed} MƁ öf fŕéé šþàçé ţö öþéñ ýöûŕ đàţà šàféĺý. Fŕéé šöḿé šþàçé, ţĥéñ šţàŕţ MentorDesk àĝàîñ. Ñöţĥîñĝ ŵàš çĥàñĝéđ.

Đàţà föĺđéŕ: {folder} ····· ····· ····· ····· ····· ····· ····· ····· ····· ····· ····· ·····]</translation>
    </message>
    <message>
      <source>Another program is using MentorDesk's database (a database browser, or a sync or backup tool). Close it, then start MentorDesk again. Nothing was changed.

Database: {database}</source>
      <translation>[Åñöţĥéŕ þŕöĝŕàḿ îš ûšîñĝ MentorDesk'š đàţàƀàšé (à đàţàƀàšé ƀŕöŵšéŕ, öŕ à šýñç öŕ ƀàçķûþ ţööĺ). Çĺöšé îţ, ţĥéñ šţàŕţ MentorDesk àĝàîñ. Ñöţĥîñĝ ŵàš çĥàñĝéđ.

Đàţàƀàšé: {database} ····· ····· ····· ····· ····· ····· ····· ····· ····· ····· ····· ···]</translation>
    </message>
    <message>
      <source>MentorDesk is not allowed to read or write its data. In File Explorer, right-click the data folder, choose Properties ▸ Security and give your account Full control, or start MentorDesk with another data folder (--data-dir).

Data folder: {folder}</source>
      <translation>[MentorDesk îš ñöţ àĺĺöŵéđ ţö ŕéàđ öŕ ŵŕîţé îţš đàţà. Îñ Fîĺé Éxþĺöŕéŕ, ŕîĝĥţ-çĺîçķ ţĥé đàţà föĺđéŕ, çĥööšé Þŕöþéŕţîéš ▸ Šéçûŕîţý àñđ ĝîvé ýöûŕ àççöûñţ Fûĺĺ çöñţŕöĺ, öŕ šţàŕţ MentorDesk ŵîţĥ àñöţĥéŕ đàţà föĺđéŕ (--đàţà-đîŕ).

Đàţà föĺđéŕ: {folder} ····· ····· ····· ····· ····· ····· ····· ····· ····· ····· ····· ····· ····· ····· ····· ····· ·]</translation>
    </message>
    <message>
      <source>MentorDesk is not allowed to read or write its data. Check that the data folder and the files in it belong to you (a run with sudo can leave files you cannot write), or start MentorDesk with another data folder (--data-dir).

Data folder: {folder}</source>
      <translation>[MentorDesk îš ñöţ àĺĺöŵéđ ţö ŕéàđ öŕ ŵŕîţé îţš đàţà. Çĥéçķ ţĥàţ ţĥé đàţà föĺđéŕ àñđ ţĥé fîĺéš îñ îţ ƀéĺöñĝ ţö ýöû (à ŕûñ ŵîţĥ šûđö çàñ ĺéàvé fîĺéš ýöû çàññöţ ŵŕîţé), öŕ šţàŕţ MentorDesk ŵîţĥ àñöţĥéŕ đàţà föĺđéŕ (--đàţà-đîŕ).

Đàţà föĺđéŕ: {folder} ····· ····· ····· ····· ····· ····· ····· ····· ····· ····· ····· ····· ····· ····· ····· ····· ·]</translation>
    </message>
    <message>
      <source>The disk reported an error while reading your data. Copy the data folder to a safe place, then check the disk.

Data folder: {folder}</source>
      <translation>[Ţĥé đîšķ ŕéþöŕţéđ àñ éŕŕöŕ ŵĥîĺé ŕéàđîñĝ ýöûŕ đàţà. Çöþý ţĥé đàţà föĺđéŕ ţö à šàfé þĺàçé, ţĥéñ çĥéçķ ţĥé đîšķ.

Đàţà föĺđéŕ: {folder} ····· ····· ····· ····· ····· ····· ····· ····· ····]</translation>
    </message>
    <message>
      <source> (process {pid})</source>
      <translation>[ (þŕöçéšš {pid}) ·····]</translation>
    </message>
    <message>
      <source>MentorDesk is already open with this data folder{holder}, but it does not answer. If a MentorDesk command is running (restore, import), wait until it ends; if a MentorDesk window is frozen, close it. Two copies writing the same notes could lose some of them.

Data folder: {folder}</source>
      <translation>[MentorDesk îš àĺŕéàđý öþéñ ŵîţĥ ţĥîš đàţà föĺđéŕ{holder}, ƀûţ îţ đöéš ñöţ àñšŵéŕ. Îf à MentorDesk çöḿḿàñđ îš ŕûññîñĝ (ŕéšţöŕé, îḿþöŕţ), ŵàîţ ûñţîĺ îţ éñđš; îf à MentorDesk ŵîñđöŵ îš fŕöžéñ, çĺöšé îţ. Ţŵö çöþîéš ŵŕîţîñĝ ţĥé šàḿé ñöţéš çöûĺđ ĺöšé šöḿé öf ţĥéḿ.

Đàţà föĺđéŕ: {folder} ····· ····· ····· ····· ····· ····· ····· ····· ····· ····· ····· ····· ····· ····· ····· ····· ····· ····· ···]</translation>
    </message>
    <message>
      <source>The disk holding MentorDesk's data is mounted read-only, so MentorDesk cannot write there. Mount it read-write, or start MentorDesk with another data folder (--data-dir). Nothing was changed.

Data folder: {folder}</source>
      <translation>[Ţĥé đîšķ ĥöĺđîñĝ MentorDesk'š đàţà îš ḿöûñţéđ ŕéàđ-öñĺý, šö MentorDesk çàññöţ ŵŕîţé ţĥéŕé. Möûñţ îţ ŕéàđ-ŵŕîţé, öŕ šţàŕţ MentorDesk ŵîţĥ àñöţĥéŕ đàţà föĺđéŕ (--đàţà-đîŕ). Ñöţĥîñĝ ŵàš çĥàñĝéđ.

Đàţà föĺđéŕ: {folder} ····· ····· ····· ····· ····· ····· ····· ····· ····· ····· ····· ····· ····· ·····]</translation>
    </message>
    <message>
      <source>the disk is full. Free some space, then start MentorDesk again.</source>
      <translation>[ţĥé đîšķ îš fûĺĺ. Fŕéé šöḿé šþàçé, ţĥéñ šţàŕţ MentorDesk àĝàîñ. ····· ····· ····· ·····]</translation>
    </message>
    <message>
      <source>it is not allowed (the file or its folder may belong to another user). Make them yours again in the folder's Properties ▸ Security, or use another data folder.</source>
      <translation>[îţ îš ñöţ àĺĺöŵéđ (ţĥé fîĺé öŕ îţš föĺđéŕ ḿàý ƀéĺöñĝ ţö àñöţĥéŕ ûšéŕ). Màķé ţĥéḿ ýöûŕš àĝàîñ îñ ţĥé föĺđéŕ'š Þŕöþéŕţîéš ▸ Šéçûŕîţý, öŕ ûšé àñöţĥéŕ đàţà föĺđéŕ. ····· ····· ····· ····· ····· ····· ····· ····· ····· ····· ··]</translation>
    </message>
    <message>
      <source>it is not allowed (the file or its folder may belong to another user, for example after a run with sudo). Make them yours again, or use another data folder.</source>
      <translation>[îţ îš ñöţ àĺĺöŵéđ (ţĥé fîĺé öŕ îţš föĺđéŕ ḿàý ƀéĺöñĝ ţö àñöţĥéŕ ûšéŕ, föŕ éxàḿþĺé àfţéŕ à ŕûñ ŵîţĥ šûđö). Màķé ţĥéḿ ýöûŕš àĝàîñ, öŕ ûšé àñöţĥéŕ đàţà föĺđéŕ. ····· ····· ····· ····· ····· ····· ····· ····· ····· ····· ·]</translation>
    </message>
    <message>
      <source>the disk reported an error ({reason}).</source>
      <translation>[ţĥé đîšķ ŕéþöŕţéđ àñ éŕŕöŕ ({reason}). ····· ····· ··]</translation>
    </message>
    <message>
      <source>MentorDesk cannot write its lock file {path}: {cause}</source>
      <translation>[MentorDesk çàññöţ ŵŕîţé îţš ĺöçķ fîĺé {path}: {cause} ····· ····· ····· ··]</translation>
    </message>
  </context>
  <context>
    <name>SyncDialog</name>
    <message>
      <source>Sync</source>
      <translation>[Šýñç ·]</translation>
    </message>
    <message>
      <source>The other laptops</source>
      <translation>[Ţĥé öţĥéŕ ĺàþţöþš ·····]</translation>
    </message>
    <message>
      <source>What sync decided by itself</source>
      <translation>[Ŵĥàţ šýñç đéçîđéđ ƀý îţšéĺf ····· ···]</translation>
    </message>
    <message>
      <source>Sync has decided nothing by itself yet. When the same thing is edited on two laptops before they sync, the newer edit is kept and the other is listed here, to restore with one click.</source>
      <translation>[Šýñç ĥàš đéçîđéđ ñöţĥîñĝ ƀý îţšéĺf ýéţ. Ŵĥéñ ţĥé šàḿé ţĥîñĝ îš éđîţéđ öñ ţŵö ĺàþţöþš ƀéföŕé ţĥéý šýñç, ţĥé ñéŵéŕ éđîţ îš ķéþţ àñđ ţĥé öţĥéŕ îš ĺîšţéđ ĥéŕé, ţö ŕéšţöŕé ŵîţĥ öñé çĺîçķ. ····· ····· ····· ····· ····· ····· ····· ····· ····· ····· ····· ·····]</translation>
    </message>
    <message>
      <source>Sync &amp;Now</source>
      <translation>[Šýñç &amp;Ñöŵ ··]</translation>
    </message>
    <message>
      <source>Sync now</source>
      <translation>[Šýñç ñöŵ ··]</translation>
    </message>
    <message>
      <source>Sync is off. Choose a sync folder and name this laptop in Edit ▸ Preferences ▸ Sync.</source>
      <translation>[Šýñç îš öff. Çĥööšé à šýñç föĺđéŕ àñđ ñàḿé ţĥîš ĺàþţöþ îñ Éđîţ ▸ Þŕéféŕéñçéš ▸ Šýñç. ····· ····· ····· ····· ····· ··]</translation>
    </message>
    <message>
      <source>This laptop is “{name}”, syncing through {folder}.</source>
      <translation>[Ţĥîš ĺàþţöþ îš “{name}”, šýñçîñĝ ţĥŕöûĝĥ {folder}. ····· ····· ·····]</translation>
    </message>
    <message>
      <source>Last batch sent: number {number}, with changes up to {moment}.</source>
      <translation>[Ĺàšţ ƀàţçĥ šéñţ: ñûḿƀéŕ {number}, ŵîţĥ çĥàñĝéš ûþ ţö {moment}. ····· ····· ····· ·····]</translation>
    </message>
    <message>
      <source>Nothing sent yet.</source>
      <translation>[Ñöţĥîñĝ šéñţ ýéţ. ·····]</translation>
    </message>
    <message numerus="yes">
      <source>%n change(s) made here wait for the next round.</source>
      <translation>
        <numerusform>[%n çĥàñĝé ḿàđé ĥéŕé ŵàîţ föŕ ţĥé ñéxţ ŕöûñđ. ····· ····· ····]</numerusform>
        <numerusform>[%n çĥàñĝéš ḿàđé ĥéŕé ŵàîţ föŕ ţĥé ñéxţ ŕöûñđ. ····· ····· ····]</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n record(s) from other laptops wait for what they belong to; they are stored as soon as it arrives.</source>
      <translation>
        <numerusform>[%n ŕéçöŕđ fŕöḿ öţĥéŕ ĺàþţöþš ŵàîţ föŕ ŵĥàţ ţĥéý ƀéĺöñĝ ţö; ţĥéý àŕé šţöŕéđ àš šööñ àš îţ àŕŕîvéš. ····· ····· ····· ····· ····· ····· ·]</numerusform>
        <numerusform>[%n ŕéçöŕđš fŕöḿ öţĥéŕ ĺàþţöþš ŵàîţ föŕ ŵĥàţ ţĥéý ƀéĺöñĝ ţö; ţĥéý àŕé šţöŕéđ àš šööñ àš îţ àŕŕîvéš. ····· ····· ····· ····· ····· ····· ··]</numerusform>
      </translation>
    </message>
    <message>
      <source>Nothing is waiting.</source>
      <translation>[Ñöţĥîñĝ îš ŵàîţîñĝ. ·····]</translation>
    </message>
  </context>
  <context>
    <name>SyncSettings</name>
    <message>
      <source>Sync this data with my other laptops through a folder</source>
      <translation>[Šýñç ţĥîš đàţà ŵîţĥ ḿý öţĥéŕ ĺàþţöþš ţĥŕöûĝĥ à föĺđéŕ ····· ····· ····· ··]</translation>
    </message>
    <message>
      <source>Sync through a folder</source>
      <translation>[Šýñç ţĥŕöûĝĥ à föĺđéŕ ····· ·]</translation>
    </message>
    <message>
      <source>Sync folder</source>
      <translation>[Šýñç föĺđéŕ ···]</translation>
    </message>
    <message>
      <source>A folder Dropbox, OneDrive or Syncthing keeps</source>
      <translation>[Å föĺđéŕ Đŕöþƀöx, ÖñéĐŕîvé öŕ Šýñçţĥîñĝ ķééþš ····· ····· ····]</translation>
    </message>
    <message>
      <source>Choose…</source>
      <translation>[Çĥööšé… ·]</translation>
    </message>
    <message>
      <source>Choose the sync folder</source>
      <translation>[Çĥööšé ţĥé šýñç föĺđéŕ ····· ·]</translation>
    </message>
    <message>
      <source>This laptop's name</source>
      <translation>[Ţĥîš ĺàþţöþ'š ñàḿé ·····]</translation>
    </message>
    <message>
      <source>Such as Home laptop</source>
      <translation>[Šûçĥ àš Ĥöḿé ĺàþţöþ ·····]</translation>
    </message>
    <message>
      <source>Each laptop writes what changed on it into this folder, and reads what the others wrote, every two minutes and with File ▸ Sync Now. Choose the same folder on every laptop, and give each its own name.</source>
      <translation>[Éàçĥ ĺàþţöþ ŵŕîţéš ŵĥàţ çĥàñĝéđ öñ îţ îñţö ţĥîš föĺđéŕ, àñđ ŕéàđš ŵĥàţ ţĥé öţĥéŕš ŵŕöţé, évéŕý ţŵö ḿîñûţéš àñđ ŵîţĥ Fîĺé ▸ Šýñç Ñöŵ. Çĥööšé ţĥé šàḿé föĺđéŕ öñ évéŕý ĺàþţöþ, àñđ ĝîvé éàçĥ îţš öŵñ ñàḿé. ····· ····· ····· ····· ····· ····· ····· ····· ····· ····· ····· ····· ·····]</translation>
    </message>
    <message>
      <source>Sync &amp;folder</source>
      <translation>[Šýñç &amp;föĺđéŕ ···]</translation>
    </message>
    <message>
      <source>This &amp;laptop's name</source>
      <translation>[Ţĥîš &amp;ĺàþţöþ'š ñàḿé ·····]</translation>
    </message>
    <message>
      <source>The sync folder's passphrase</source>
      <translation>[Ţĥé šýñç föĺđéŕ'š þàššþĥŕàšé ····· ····]</translation>
    </message>
    <message>
      <source>Only if it differs from this laptop's</source>
      <translation>[Öñĺý îf îţ đîfféŕš fŕöḿ ţĥîš ĺàþţöþ'š ····· ····· ·]</translation>
    </message>
    <message>
      <source>Your data is encrypted, so what this laptop writes to the sync folder is encrypted too, with the passphrase the sync folder was set up with. If this laptop's passphrase is another, type that one here (once).</source>
      <translation>[Ýöûŕ đàţà îš éñçŕýþţéđ, šö ŵĥàţ ţĥîš ĺàþţöþ ŵŕîţéš ţö ţĥé šýñç föĺđéŕ îš éñçŕýþţéđ ţöö, ŵîţĥ ţĥé þàššþĥŕàšé ţĥé šýñç föĺđéŕ ŵàš šéţ ûþ ŵîţĥ. Îf ţĥîš ĺàþţöþ'š þàššþĥŕàšé îš àñöţĥéŕ, ţýþé ţĥàţ öñé ĥéŕé (öñçé). ····· ····· ····· ····· ····· ····· ····· ····· ····· ····· ····· ····· ····· ···]</translation>
    </message>
    <message>
      <source>Sync &amp;passphrase</source>
      <translation>[Šýñç &amp;þàššþĥŕàšé ·····]</translation>
    </message>
    <message>
      <source>Sync</source>
      <translation>[Šýñç ·]</translation>
    </message>
    <message>
      <source>Choose the folder your sync service keeps first.</source>
      <translation>[Çĥööšé ţĥé föĺđéŕ ýöûŕ šýñç šéŕvîçé ķééþš fîŕšţ. ····· ····· ·····]</translation>
    </message>
    <message>
      <source>There is no folder at {folder}. Give the folder your sync service keeps (Dropbox, OneDrive, iCloud Drive, Syncthing, a USB stick), or create it first.</source>
      <translation>[Ţĥéŕé îš ñö föĺđéŕ àţ {folder}. Ĝîvé ţĥé föĺđéŕ ýöûŕ šýñç šéŕvîçé ķééþš (Đŕöþƀöx, ÖñéĐŕîvé, îÇĺöûđ Đŕîvé, Šýñçţĥîñĝ, à ÛŠƁ šţîçķ), öŕ çŕéàţé îţ fîŕšţ. ····· ····· ····· ····· ····· ····· ····· ····· ····· ····]</translation>
    </message>
    <message>
      <source>Give this laptop a name, such as “Home laptop”.</source>
      <translation>[Ĝîvé ţĥîš ĺàþţöþ à ñàḿé, šûçĥ àš “Ĥöḿé ĺàþţöþ”. ····· ····· ·····]</translation>
    </message>
  </context>
  <context>
    <name>TargetDate</name>
    <message>
      <source>By</source>
      <translation>[Ɓý ·]</translation>
    </message>
    <message>
      <source>Target date</source>
      <translation>[Ţàŕĝéţ đàţé ···]</translation>
    </message>
  </context>
  <context>
    <name>TemplateOffer</name>
    <message>
      <source>Meeting template</source>
      <translation>[Mééţîñĝ ţéḿþĺàţé ·····]</translation>
    </message>
    <message>
      <source>Questions</source>
      <translation>[Qûéšţîöñš ··]</translation>
    </message>
    <message>
      <source>Add a question from the template</source>
      <translation>[Åđđ à qûéšţîöñ fŕöḿ ţĥé ţéḿþĺàţé ····· ·····]</translation>
    </message>
    <message>
      <source>Add a question from the template's question bank</source>
      <translation>[Åđđ à qûéšţîöñ fŕöḿ ţĥé ţéḿþĺàţé'š qûéšţîöñ ƀàñķ ····· ····· ·····]</translation>
    </message>
    <message>
      <source>Templates…</source>
      <translation>[Ţéḿþĺàţéš… ··]</translation>
    </message>
    <message>
      <source>Edit meeting templates</source>
      <translation>[Éđîţ ḿééţîñĝ ţéḿþĺàţéš ····· ·]</translation>
    </message>
    <message>
      <source>No template</source>
      <translation>[Ñö ţéḿþĺàţé ···]</translation>
    </message>
    <message>
      <source>{name} (suggested)</source>
      <translation>[{name} (šûĝĝéšţéđ) ·····]</translation>
    </message>
  </context>
  <context>
    <name>TemplatesDialog</name>
    <message>
      <source>Meeting Templates</source>
      <translation>[Mééţîñĝ Ţéḿþĺàţéš ·····]</translation>
    </message>
    <message>
      <source>Meeting templates</source>
      <translation>[Mééţîñĝ ţéḿþĺàţéš ·····]</translation>
    </message>
    <message>
      <source>Template name</source>
      <translation>[Ţéḿþĺàţé ñàḿé ····]</translation>
    </message>
    <message>
      <source>What it is for</source>
      <translation>[Ŵĥàţ îţ îš föŕ ····]</translation>
    </message>
    <message>
      <source>Description</source>
      <translation>[Đéšçŕîþţîöñ ···]</translation>
    </message>
    <message>
      <source>Sections, one a line: minutes, title</source>
      <translation>[Šéçţîöñš, öñé à ĺîñé: ḿîñûţéš, ţîţĺé ····· ····· ·]</translation>
    </message>
    <message>
      <source>10 Catch up and wins
20 The main question</source>
      <translation>[10 Çàţçĥ ûþ àñđ ŵîñš
20 Ţĥé ḿàîñ qûéšţîöñ ····· ····· ···]</translation>
    </message>
    <message>
      <source>Question bank, one a line</source>
      <translation>[Qûéšţîöñ ƀàñķ, öñé à ĺîñé ····· ··]</translation>
    </message>
    <message>
      <source>&amp;Name</source>
      <translation>[&amp;Ñàḿé ·]</translation>
    </message>
    <message>
      <source>&amp;For</source>
      <translation>[&amp;Föŕ ·]</translation>
    </message>
    <message>
      <source>&amp;Description</source>
      <translation>[&amp;Đéšçŕîþţîöñ ···]</translation>
    </message>
    <message>
      <source>&amp;Sections</source>
      <translation>[&amp;Šéçţîöñš ··]</translation>
    </message>
    <message>
      <source>&amp;Questions</source>
      <translation>[&amp;Qûéšţîöñš ··]</translation>
    </message>
    <message>
      <source>Save</source>
      <translation>[Šàvé ·]</translation>
    </message>
    <message>
      <source>Duplicate</source>
      <translation>[Đûþĺîçàţé ··]</translation>
    </message>
    <message>
      <source>Delete…</source>
      <translation>[Đéĺéţé… ·]</translation>
    </message>
    <message>
      <source>Import…</source>
      <translation>[Îḿþöŕţ… ·]</translation>
    </message>
    <message>
      <source>Export…</source>
      <translation>[Éxþöŕţ… ·]</translation>
    </message>
    <message>
      <source> (edited)</source>
      <translation>[ (éđîţéđ) ··]</translation>
    </message>
    <message>
      <source>Restore Original…</source>
      <translation>[Řéšţöŕé Öŕîĝîñàĺ… ·····]</translation>
    </message>
    <message>
      <source>Write each section as minutes then a title (line {lines}).</source>
      <translation>[Ŵŕîţé éàçĥ šéçţîöñ àš ḿîñûţéš ţĥéñ à ţîţĺé (ĺîñé {lines}). ····· ····· ····· ····]</translation>
    </message>
    <message>
      <source>Import a meeting template</source>
      <translation>[Îḿþöŕţ à ḿééţîñĝ ţéḿþĺàţé ····· ··]</translation>
    </message>
    <message>
      <source>Meeting templates (*.json)</source>
      <translation>[Mééţîñĝ ţéḿþĺàţéš (*.jšöñ) ····· ···]</translation>
    </message>
    <message>
      <source>Import the template “{name}”</source>
      <translation>[Îḿþöŕţ ţĥé ţéḿþĺàţé “{name}” ····· ····]</translation>
    </message>
    <message>
      <source>Export the meeting template</source>
      <translation>[Éxþöŕţ ţĥé ḿééţîñĝ ţéḿþĺàţé ····· ···]</translation>
    </message>
    <message>
      <source>Could not write {file}: {reason}.</source>
      <translation>[Çöûĺđ ñöţ ŵŕîţé {file}: {reason}. ····· ·····]</translation>
    </message>
    <message>
      <source>Exported to {file}.</source>
      <translation>[Éxþöŕţéđ ţö {file}. ·····]</translation>
    </message>
  </context>
  <context>
    <name>TimelineModel</name>
    <message>
      <source>When</source>
      <translation>[Ŵĥéñ ·]</translation>
    </message>
    <message>
      <source>What happened</source>
      <translation>[Ŵĥàţ ĥàþþéñéđ ····]</translation>
    </message>
    <message>
      <source>Added to MentorDesk</source>
      <translation>[Åđđéđ ţö MentorDesk ·····]</translation>
    </message>
    <message>
      <source>Status: {before} → {after}</source>
      <translation>[Šţàţûš: {before} → {after} ····· ···]</translation>
    </message>
    <message numerus="yes">
      <source>Met for %n min</source>
      <translation>
        <numerusform>[Méţ föŕ %n ḿîñ ····]</numerusform>
        <numerusform>[Méţ föŕ %n ḿîñ ····]</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>Meeting planned, %n min</source>
      <translation>
        <numerusform>[Mééţîñĝ þĺàññéđ, %n ḿîñ ····· ··]</numerusform>
        <numerusform>[Mééţîñĝ þĺàññéđ, %n ḿîñ ····· ··]</numerusform>
      </translation>
    </message>
    <message>
      <source>Meeting cancelled</source>
      <translation>[Mééţîñĝ çàñçéĺĺéđ ·····]</translation>
    </message>
    <message>
      <source>Agreement version {number} agreed</source>
      <translation>[Åĝŕééḿéñţ véŕšîöñ {number} àĝŕééđ ····· ·····]</translation>
    </message>
    <message>
      <source>Mentorship closed, with a closure review</source>
      <translation>[Méñţöŕšĥîþ çĺöšéđ, ŵîţĥ à çĺöšûŕé ŕévîéŵ ····· ····· ··]</translation>
    </message>
    <message>
      <source>Action item: {text}</source>
      <translation>[Åçţîöñ îţéḿ: {text} ·····]</translation>
    </message>
    <message>
      <source>Done: {text}</source>
      <translation>[Đöñé: {text} ···]</translation>
    </message>
    <message>
      <source>Dropped: {text}</source>
      <translation>[Đŕöþþéđ: {text} ····]</translation>
    </message>
    <message>
      <source>Reported back: {text}</source>
      <translation>[Řéþöŕţéđ ƀàçķ: {text} ····· ·]</translation>
    </message>
    <message>
      <source>Learned: {text}</source>
      <translation>[Ĺéàŕñéđ: {text} ····]</translation>
    </message>
  </context>
  <context>
    <name>TopicDialog</name>
    <message>
      <source>Mentor</source>
      <translation>[Méñţöŕ ·]</translation>
    </message>
    <message>
      <source>Topic</source>
      <translation>[Ţöþîç ·]</translation>
    </message>
    <message>
      <source>Drop a topic</source>
      <translation>[Đŕöþ à ţöþîç ···]</translation>
    </message>
    <message>
      <source>Choose a mentor…</source>
      <translation>[Çĥööšé à ḿéñţöŕ… ·····]</translation>
    </message>
    <message>
      <source>e.g. Ask how she prepared her first board talk</source>
      <translation>[é.ĝ. Åšķ ĥöŵ šĥé þŕéþàŕéđ ĥéŕ fîŕšţ ƀöàŕđ ţàĺķ ····· ····· ·····]</translation>
    </message>
    <message>
      <source>Private: never in anything copied or sent</source>
      <translation>[Þŕîvàţé: ñévéŕ îñ àñýţĥîñĝ çöþîéđ öŕ šéñţ ····· ····· ···]</translation>
    </message>
    <message>
      <source>Private topic</source>
      <translation>[Þŕîvàţé ţöþîç ····]</translation>
    </message>
    <message>
      <source>&amp;Mentor</source>
      <translation>[&amp;Méñţöŕ ·]</translation>
    </message>
    <message>
      <source>&amp;Topic</source>
      <translation>[&amp;Ţöþîç ·]</translation>
    </message>
    <message>
      <source>Save</source>
      <translation>[Šàvé ·]</translation>
    </message>
    <message>
      <source>Choose the mentor this topic is for.</source>
      <translation>[Çĥööšé ţĥé ḿéñţöŕ ţĥîš ţöþîç îš föŕ. ····· ····· ·]</translation>
    </message>
  </context>
  <context>
    <name>TopicOffer</name>
    <message>
      <source>Topics from your agreement</source>
      <translation>[Ţöþîçš fŕöḿ ýöûŕ àĝŕééḿéñţ ····· ···]</translation>
    </message>
    <message>
      <source>Agreement topics to add to the agenda</source>
      <translation>[Åĝŕééḿéñţ ţöþîçš ţö àđđ ţö ţĥé àĝéñđà ····· ····· ·]</translation>
    </message>
  </context>
  <context>
    <name>TopicTableModel</name>
    <message>
      <source>Topic</source>
      <translation>[Ţöþîç ·]</translation>
    </message>
    <message>
      <source>Where</source>
      <translation>[Ŵĥéŕé ·]</translation>
    </message>
    <message>
      <source>Private</source>
      <translation>[Þŕîvàţé ·]</translation>
    </message>
  </context>
  <context>
    <name>TouchDialog</name>
    <message>
      <source>Touch with {name}</source>
      <translation>[Ţöûçĥ ŵîţĥ {name} ·····]</translation>
    </message>
    <message>
      <source>Log a touch with {name}</source>
      <translation>[Ĺöĝ à ţöûçĥ ŵîţĥ {name} ····· ··]</translation>
    </message>
    <message>
      <source>How</source>
      <translation>[Ĥöŵ ·]</translation>
    </message>
    <message>
      <source>Day</source>
      <translation>[Đàý ·]</translation>
    </message>
    <message>
      <source>What it was about</source>
      <translation>[Ŵĥàţ îţ ŵàš àƀöûţ ·····]</translation>
    </message>
    <message>
      <source>One line, e.g. Sent her the draft deck</source>
      <translation>[Öñé ĺîñé, é.ĝ. Šéñţ ĥéŕ ţĥé đŕàfţ đéçķ ····· ····· ··]</translation>
    </message>
    <message>
      <source>&amp;How</source>
      <translation>[&amp;Ĥöŵ ·]</translation>
    </message>
    <message>
      <source>&amp;Day</source>
      <translation>[&amp;Đàý ·]</translation>
    </message>
    <message>
      <source>&amp;About</source>
      <translation>[&amp;Åƀöûţ ·]</translation>
    </message>
    <message>
      <source>Save</source>
      <translation>[Šàvé ·]</translation>
    </message>
    <message>
      <source>Log</source>
      <translation>[Ĺöĝ ·]</translation>
    </message>
  </context>
  <context>
    <name>TouchTableModel</name>
    <message>
      <source>Day</source>
      <translation>[Đàý ·]</translation>
    </message>
    <message>
      <source>How</source>
      <translation>[Ĥöŵ ·]</translation>
    </message>
    <message>
      <source>About</source>
      <translation>[Åƀöûţ ·]</translation>
    </message>
  </context>
  <context>
    <name>TypingRecovery</name>
    <message numerus="yes">
      <source>MentorDesk closed before the last notes you typed were saved. They are back: the notes of %n meeting(s) were recovered ({names}).</source>
      <translation>
        <numerusform>[MentorDesk çĺöšéđ ƀéföŕé ţĥé ĺàšţ ñöţéš ýöû ţýþéđ ŵéŕé šàvéđ. Ţĥéý àŕé ƀàçķ: ţĥé ñöţéš öf %n ḿééţîñĝ ŵéŕé ŕéçövéŕéđ ({names}). ····· ····· ····· ····· ····· ····· ····· ····· ·]</numerusform>
        <numerusform>[MentorDesk çĺöšéđ ƀéföŕé ţĥé ĺàšţ ñöţéš ýöû ţýþéđ ŵéŕé šàvéđ. Ţĥéý àŕé ƀàçķ: ţĥé ñöţéš öf %n ḿééţîñĝš ŵéŕé ŕéçövéŕéđ ({names}). ····· ····· ····· ····· ····· ····· ····· ····· ·]</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>Notes typed before MentorDesk closed were kept as an earlier version of %n meeting(s) whose notes changed since ({names}): see History in the meeting.</source>
      <translation>
        <numerusform>[Ñöţéš ţýþéđ ƀéföŕé MentorDesk çĺöšéđ ŵéŕé ķéþţ àš àñ éàŕĺîéŕ véŕšîöñ öf %n ḿééţîñĝ ŵĥöšé ñöţéš çĥàñĝéđ šîñçé ({names}): šéé Ĥîšţöŕý îñ ţĥé ḿééţîñĝ. ····· ····· ····· ····· ····· ····· ····· ····· ····· ···]</numerusform>
        <numerusform>[Ñöţéš ţýþéđ ƀéföŕé MentorDesk çĺöšéđ ŵéŕé ķéþţ àš àñ éàŕĺîéŕ véŕšîöñ öf %n ḿééţîñĝš ŵĥöšé ñöţéš çĥàñĝéđ šîñçé ({names}): šéé Ĥîšţöŕý îñ ţĥé ḿééţîñĝ. ····· ····· ····· ····· ····· ····· ····· ····· ····· ····]</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>UnlockDialog</name>
    <message>
      <source>Type your passphrase (or your recovery key).</source>
      <translation>[Ţýþé ýöûŕ þàššþĥŕàšé (öŕ ýöûŕ ŕéçövéŕý ķéý). ····· ····· ····]</translation>
    </message>
    <message>
      <source>Wrong passphrase. Your data is fine: type it again (it is case-sensitive), or use your recovery key.</source>
      <translation>[Ŵŕöñĝ þàššþĥŕàšé. Ýöûŕ đàţà îš fîñé: ţýþé îţ àĝàîñ (îţ îš çàšé-šéñšîţîvé), öŕ ûšé ýöûŕ ŕéçövéŕý ķéý. ····· ····· ····· ····· ····· ····· ··]</translation>
    </message>
    <message>
      <source>Unlock your data</source>
      <translation>[Ûñĺöçķ ýöûŕ đàţà ·····]</translation>
    </message>
    <message>
      <source>Your MentorDesk data in {folder} is encrypted. Type your passphrase, or your recovery key if you have forgotten it.</source>
      <translation>[Ýöûŕ MentorDesk đàţà îñ {folder} îš éñçŕýþţéđ. Ţýþé ýöûŕ þàššþĥŕàšé, öŕ ýöûŕ ŕéçövéŕý ķéý îf ýöû ĥàvé föŕĝöţţéñ îţ. ····· ····· ····· ····· ····· ····· ····· ··]</translation>
    </message>
    <message>
      <source>Passphrase or recovery key</source>
      <translation>[Þàššþĥŕàšé öŕ ŕéçövéŕý ķéý ····· ···]</translation>
    </message>
    <message>
      <source>Why it did not open</source>
      <translation>[Ŵĥý îţ đîđ ñöţ öþéñ ·····]</translation>
    </message>
    <message>
      <source>&amp;Remember on this computer</source>
      <translation>[&amp;Řéḿéḿƀéŕ öñ ţĥîš çöḿþûţéŕ ····· ···]</translation>
    </message>
    <message>
      <source>Remember on this computer</source>
      <translation>[Řéḿéḿƀéŕ öñ ţĥîš çöḿþûţéŕ ····· ··]</translation>
    </message>
    <message>
      <source>This computer has no keyring service, so MentorDesk cannot remember the passphrase: you type it at each start.</source>
      <translation>[Ţĥîš çöḿþûţéŕ ĥàš ñö ķéýŕîñĝ šéŕvîçé, šö MentorDesk çàññöţ ŕéḿéḿƀéŕ ţĥé þàššþĥŕàšé: ýöû ţýþé îţ àţ éàçĥ šţàŕţ. ····· ····· ····· ····· ····· ····· ·····]</translation>
    </message>
    <message>
      <source>Unlock</source>
      <translation>[Ûñĺöçķ ·]</translation>
    </message>
    <message>
      <source>Quit</source>
      <translation>[Qûîţ ·]</translation>
    </message>
  </context>
  <context>
    <name>VersionsModel</name>
    <message>
      <source>Time</source>
      <translation>[Ţîḿé ·]</translation>
    </message>
    <message>
      <source>Why it was kept</source>
      <translation>[Ŵĥý îţ ŵàš ķéþţ ····]</translation>
    </message>
    <message>
      <source>Size</source>
      <translation>[Šîžé ·]</translation>
    </message>
    <message>
      <source>Starts with</source>
      <translation>[Šţàŕţš ŵîţĥ ···]</translation>
    </message>
    <message numerus="yes">
      <source>%n character(s)</source>
      <translation>
        <numerusform>[%n çĥàŕàçţéŕ ···]</numerusform>
        <numerusform>[%n çĥàŕàçţéŕš ····]</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>accessibility</name>
    <message>
      <source>Choices for {field}</source>
      <translation>[Çĥöîçéš föŕ {field} ·····]</translation>
    </message>
    <message>
      <source>Choices</source>
      <translation>[Çĥöîçéš ·]</translation>
    </message>
    <message>
      <source>Clear {field}</source>
      <translation>[Çĺéàŕ {field} ····]</translation>
    </message>
    <message>
      <source>Clear</source>
      <translation>[Çĺéàŕ ·]</translation>
    </message>
    <message>
      <source>More of {bar}</source>
      <translation>[Möŕé öf {bar} ····]</translation>
    </message>
  </context>
  <context>
    <name>action_items</name>
    <message>
      <source>Capture “{text}”</source>
      <translation>[Çàþţûŕé “{text}” ·····]</translation>
    </message>
    <message>
      <source>Add action item: {text}</source>
      <translation>[Åđđ àçţîöñ îţéḿ: {text} ····· ··]</translation>
    </message>
    <message>
      <source>Set due date: {text}</source>
      <translation>[Šéţ đûé đàţé: {text} ·····]</translation>
    </message>
    <message>
      <source>Edit action item: {text}</source>
      <translation>[Éđîţ àçţîöñ îţéḿ: {text} ····· ··]</translation>
    </message>
    <message>
      <source>No report back: {text}</source>
      <translation>[Ñö ŕéþöŕţ ƀàçķ: {text} ····· ·]</translation>
    </message>
    <message>
      <source>Report back: {text}</source>
      <translation>[Řéþöŕţ ƀàçķ: {text} ·····]</translation>
    </message>
    <message>
      <source>Mark private: {text}</source>
      <translation>[Màŕķ þŕîvàţé: {text} ·····]</translation>
    </message>
    <message>
      <source>Mark not private: {text}</source>
      <translation>[Màŕķ ñöţ þŕîvàţé: {text} ····· ··]</translation>
    </message>
    <message>
      <source>Mark done: {text}</source>
      <translation>[Màŕķ đöñé: {text} ·····]</translation>
    </message>
    <message>
      <source>Marked done: {text}.</source>
      <translation>[Màŕķéđ đöñé: {text}. ·····]</translation>
    </message>
    <message>
      <source>Reopen: {text}</source>
      <translation>[Řéöþéñ: {text} ····]</translation>
    </message>
    <message>
      <source>Drop: {text}</source>
      <translation>[Đŕöþ: {text} ···]</translation>
    </message>
    <message>
      <source>Reported back: {text}</source>
      <translation>[Řéþöŕţéđ ƀàçķ: {text} ····· ·]</translation>
    </message>
    <message>
      <source>Remove “{text}”</source>
      <translation>[Řéḿövé “{text}” ····]</translation>
    </message>
  </context>
  <context>
    <name>actions</name>
    <message>
      <source>&amp;Undo</source>
      <translation>[&amp;Ûñđö ·]</translation>
    </message>
    <message>
      <source>&amp;Redo</source>
      <translation>[&amp;Řéđö ·]</translation>
    </message>
    <message>
      <source>&amp;Undo {what}</source>
      <translation>[&amp;Ûñđö {what} ···]</translation>
    </message>
    <message>
      <source>&amp;Redo {what}</source>
      <translation>[&amp;Řéđö {what} ···]</translation>
    </message>
  </context>
  <context>
    <name>agenda_preview</name>
    <message>
      <source>The agenda is on the clipboard, ready to send.</source>
      <translation>[Ţĥé àĝéñđà îš öñ ţĥé çĺîþƀöàŕđ, ŕéàđý ţö šéñđ. ····· ····· ·····]</translation>
    </message>
  </context>
  <context>
    <name>agreement_export</name>
    <message>
      <source>Mentee</source>
      <translation>[Méñţéé ·]</translation>
    </message>
    <message>
      <source>Version {number} · {status} · agreed on {day}</source>
      <translation>[Véŕšîöñ {number} · {status} · àĝŕééđ öñ {day} ····· ····· ····]</translation>
    </message>
    <message>
      <source>Version {number} · {status} · prepared on {day}</source>
      <translation>[Véŕšîöñ {number} · {status} · þŕéþàŕéđ öñ {day} ····· ····· ·····]</translation>
    </message>
    <message numerus="yes">
      <source>%n minute(s)</source>
      <translation>
        <numerusform>[%n ḿîñûţé ··]</numerusform>
        <numerusform>[%n ḿîñûţéš ··]</numerusform>
      </translation>
    </message>
    <message>
      <source>We meet</source>
      <translation>[Ŵé ḿééţ ·]</translation>
    </message>
    <message>
      <source>As agreed</source>
      <translation>[Åš àĝŕééđ ··]</translation>
    </message>
    <message>
      <source>Link</source>
      <translation>[Ĺîñķ ·]</translation>
    </message>
    <message>
      <source>Starts</source>
      <translation>[Šţàŕţš ·]</translation>
    </message>
    <message>
      <source>We review it on</source>
      <translation>[Ŵé ŕévîéŵ îţ öñ ····]</translation>
    </message>
    <message>
      <source>Ends</source>
      <translation>[Éñđš ·]</translation>
    </message>
    <message>
      <source>Goals of the mentorship</source>
      <translation>[Ĝöàĺš öf ţĥé ḿéñţöŕšĥîþ ····· ··]</translation>
    </message>
    <message>
      <source>Topics</source>
      <translation>[Ţöþîçš ·]</translation>
    </message>
    <message>
      <source>{name} commits to</source>
      <translation>[{name} çöḿḿîţš ţö ·····]</translation>
    </message>
    <message>
      <source>Confidentiality</source>
      <translation>[Çöñfîđéñţîàĺîţý ····]</translation>
    </message>
    <message>
      <source>Boundaries</source>
      <translation>[Ɓöûñđàŕîéš ··]</translation>
    </message>
    <message>
      <source>Mentoring agreement</source>
      <translation>[Méñţöŕîñĝ àĝŕééḿéñţ ·····]</translation>
    </message>
    <message>
      <source>between {mentee} (mentee) and {mentor} (mentor)</source>
      <translation>[ƀéţŵééñ {mentee} (ḿéñţéé) àñđ {mentor} (ḿéñţöŕ) ····· ····· ·····]</translation>
    </message>
    <message>
      <source>Mentor</source>
      <translation>[Méñţöŕ ·]</translation>
    </message>
    <message>
      <source>We agree to the above.</source>
      <translation>[Ŵé àĝŕéé ţö ţĥé àƀövé. ····· ·]</translation>
    </message>
    <message>
      <source>Signed</source>
      <translation>[Šîĝñéđ ·]</translation>
    </message>
    <message>
      <source>Date</source>
      <translation>[Đàţé ·]</translation>
    </message>
  </context>
  <context>
    <name>agreements</name>
    <message>
      <source>Save agreement with {name} as version {n}</source>
      <translation>[Šàvé àĝŕééḿéñţ ŵîţĥ {name} àš véŕšîöñ {n} ····· ····· ···]</translation>
    </message>
    <message>
      <source>Edit the agreement with {name}</source>
      <translation>[Éđîţ ţĥé àĝŕééḿéñţ ŵîţĥ {name} ····· ····]</translation>
    </message>
    <message>
      <source>Saved version {n} of the agreement with {name}.</source>
      <translation>[Šàvéđ véŕšîöñ {n} öf ţĥé àĝŕééḿéñţ ŵîţĥ {name}. ····· ····· ·····]</translation>
    </message>
    <message numerus="yes">
      <source>It has %n version(s). Edit ▸ Undo brings it back.</source>
      <translation>
        <numerusform>[Îţ ĥàš %n véŕšîöñ. Éđîţ ▸ Ûñđö ƀŕîñĝš îţ ƀàçķ. ····· ····· ·····]</numerusform>
        <numerusform>[Îţ ĥàš %n véŕšîöñš. Éđîţ ▸ Ûñđö ƀŕîñĝš îţ ƀàçķ. ····· ····· ·····]</numerusform>
      </translation>
    </message>
    <message>
      <source>Delete agreement</source>
      <translation>[Đéĺéţé àĝŕééḿéñţ ·····]</translation>
    </message>
    <message>
      <source>Delete the agreement with {name} and all its versions?</source>
      <translation>[Đéĺéţé ţĥé àĝŕééḿéñţ ŵîţĥ {name} àñđ àĺĺ îţš véŕšîöñš? ····· ····· ····· ··]</translation>
    </message>
    <message>
      <source>Delete</source>
      <translation>[Đéĺéţé ·]</translation>
    </message>
    <message>
      <source>Delete the agreement with {name}</source>
      <translation>[Đéĺéţé ţĥé àĝŕééḿéñţ ŵîţĥ {name} ····· ·····]</translation>
    </message>
    <message>
      <source>Set meeting rhythm</source>
      <translation>[Šéţ ḿééţîñĝ ŕĥýţĥḿ ·····]</translation>
    </message>
  </context>
  <context>
    <name>app</name>
    <message>
      <source>Something went wrong: {error}. Your saved data is safe. Details are in the log file (Help ▸ About shows the data folder).</source>
      <translation>[Šöḿéţĥîñĝ ŵéñţ ŵŕöñĝ: {error}. Ýöûŕ šàvéđ đàţà îš šàfé. Đéţàîĺš àŕé îñ ţĥé ĺöĝ fîĺé (Ĥéĺþ ▸ Åƀöûţ šĥöŵš ţĥé đàţà föĺđéŕ). ····· ····· ····· ····· ····· ····· ····· ·····]</translation>
    </message>
  </context>
  <context>
    <name>areas</name>
    <message>
      <source>Dashboard</source>
      <translation>[Đàšĥƀöàŕđ ··]</translation>
    </message>
    <message>
      <source>Mentors</source>
      <translation>[Méñţöŕš ·]</translation>
    </message>
    <message>
      <source>Meetings</source>
      <translation>[Mééţîñĝš ··]</translation>
    </message>
    <message>
      <source>Action items</source>
      <translation>[Åçţîöñ îţéḿš ···]</translation>
    </message>
    <message>
      <source>Goals</source>
      <translation>[Ĝöàĺš ·]</translation>
    </message>
    <message>
      <source>Give-back</source>
      <translation>[Ĝîvé-ƀàçķ ··]</translation>
    </message>
    <message>
      <source>Prospects</source>
      <translation>[Þŕöšþéçţš ··]</translation>
    </message>
    <message>
      <source>Search</source>
      <translation>[Šéàŕçĥ ·]</translation>
    </message>
    <message>
      <source>Who is due for a meeting, what you promised, and what is overdue.</source>
      <translation>[Ŵĥö îš đûé föŕ à ḿééţîñĝ, ŵĥàţ ýöû þŕöḿîšéđ, àñđ ŵĥàţ îš övéŕđûé. ····· ····· ····· ·····]</translation>
    </message>
    <message>
      <source>Your career goals, and which mentors help with each.</source>
      <translation>[Ýöûŕ çàŕééŕ ĝöàĺš, àñđ ŵĥîçĥ ḿéñţöŕš ĥéĺþ ŵîţĥ éàçĥ. ····· ····· ····· ·]</translation>
    </message>
    <message>
      <source>Ideas for giving back to each mentor, planned and done.</source>
      <translation>[Îđéàš föŕ ĝîvîñĝ ƀàçķ ţö éàçĥ ḿéñţöŕ, þĺàññéđ àñđ đöñé. ····· ····· ····· ··]</translation>
    </message>
    <message>
      <source>People you might ask to mentor you, and your outreach.</source>
      <translation>[Þéöþĺé ýöû ḿîĝĥţ àšķ ţö ḿéñţöŕ ýöû, àñđ ýöûŕ öûţŕéàçĥ. ····· ····· ····· ··]</translation>
    </message>
  </context>
  <context>
    <name>ask</name>
    <message>
      <source>Follow up if no answer by</source>
      <translation>[Föĺĺöŵ ûþ îf ñö àñšŵéŕ ƀý ····· ··]</translation>
    </message>
    <message>
      <source>Asked by email (drafted in MentorDesk)</source>
      <translation>[Åšķéđ ƀý éḿàîĺ (đŕàfţéđ îñ MentorDesk) ····· ····· ··]</translation>
    </message>
    <message>
      <source>Asked (message drafted in MentorDesk)</source>
      <translation>[Åšķéđ (ḿéššàĝé đŕàfţéđ îñ MentorDesk) ····· ····· ·]</translation>
    </message>
    <message>
      <source>Ask {name}</source>
      <translation>[Åšķ {name} ··]</translation>
    </message>
    <message>
      <source>once a day</source>
      <translation>[öñçé à đàý ··]</translation>
    </message>
    <message>
      <source>once a week</source>
      <translation>[öñçé à ŵééķ ···]</translation>
    </message>
    <message>
      <source>once a month</source>
      <translation>[öñçé à ḿöñţĥ ···]</translation>
    </message>
    <message numerus="yes">
      <source>every %n day(s)</source>
      <translation>
        <numerusform>[évéŕý %n đàý ···]</numerusform>
        <numerusform>[évéŕý %n đàýš ····]</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>every %n month(s)</source>
      <translation>
        <numerusform>[évéŕý %n ḿöñţĥ ····]</numerusform>
        <numerusform>[évéŕý %n ḿöñţĥš ····]</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>every %n week(s)</source>
      <translation>
        <numerusform>[évéŕý %n ŵééķ ····]</numerusform>
        <numerusform>[évéŕý %n ŵééķš ····]</numerusform>
      </translation>
    </message>
    <message>
      <source>Following up: would you be open to mentoring me?</source>
      <translation>[Föĺĺöŵîñĝ ûþ: ŵöûĺđ ýöû ƀé öþéñ ţö ḿéñţöŕîñĝ ḿé? ····· ····· ·····]</translation>
    </message>
    <message>
      <source>Would you be open to mentoring me?</source>
      <translation>[Ŵöûĺđ ýöû ƀé öþéñ ţö ḿéñţöŕîñĝ ḿé? ····· ·····]</translation>
    </message>
    <message>
      <source>Hi {name},</source>
      <translation>[Ĥî {name}, ··]</translation>
    </message>
    <message>
      <source>I am following up on my earlier message, in case it got buried.</source>
      <translation>[Î àḿ föĺĺöŵîñĝ ûþ öñ ḿý éàŕĺîéŕ ḿéššàĝé, îñ çàšé îţ ĝöţ ƀûŕîéđ. ····· ····· ····· ·····]</translation>
    </message>
    <message>
      <source>I am reaching out to you in particular because of your experience: {why}</source>
      <translation>[Î àḿ ŕéàçĥîñĝ öûţ ţö ýöû îñ þàŕţîçûĺàŕ ƀéçàûšé öf ýöûŕ éxþéŕîéñçé: {why} ····· ····· ····· ····· ···]</translation>
    </message>
    <message>
      <source>I am reaching out to you because of your work ({where}).</source>
      <translation>[Î àḿ ŕéàçĥîñĝ öûţ ţö ýöû ƀéçàûšé öf ýöûŕ ŵöŕķ ({where}). ····· ····· ····· ···]</translation>
    </message>
    <message>
      <source>Right now I am working on: {goals}. Your experience is close to that.</source>
      <translation>[Řîĝĥţ ñöŵ Î àḿ ŵöŕķîñĝ öñ: {goals}. Ýöûŕ éxþéŕîéñçé îš çĺöšé ţö ţĥàţ. ····· ····· ····· ····· ··]</translation>
    </message>
    <message>
      <source>Would you be open to mentoring me? I would suggest we meet {rhythm} for {minutes} minutes; I will send an agenda ahead each time and keep to the time.</source>
      <translation>[Ŵöûĺđ ýöû ƀé öþéñ ţö ḿéñţöŕîñĝ ḿé? Î ŵöûĺđ šûĝĝéšţ ŵé ḿééţ {rhythm} föŕ {minutes} ḿîñûţéš; Î ŵîĺĺ šéñđ àñ àĝéñđà àĥéàđ éàçĥ ţîḿé àñđ ķééþ ţö ţĥé ţîḿé. ····· ····· ····· ····· ····· ····· ····· ····· ····· ····]</translation>
    </message>
    <message>
      <source>Would you be open to a first {minutes}-minute conversation about mentoring me? I will send an agenda ahead and keep to the time.</source>
      <translation>[Ŵöûĺđ ýöû ƀé öþéñ ţö à fîŕšţ {minutes}-ḿîñûţé çöñvéŕšàţîöñ àƀöûţ ḿéñţöŕîñĝ ḿé? Î ŵîĺĺ šéñđ àñ àĝéñđà àĥéàđ àñđ ķééþ ţö ţĥé ţîḿé. ····· ····· ····· ····· ····· ····· ····· ····· ··]</translation>
    </message>
    <message>
      <source>A simple yes or no is all I need. If now is not a good time, I completely understand.</source>
      <translation>[Å šîḿþĺé ýéš öŕ ñö îš àĺĺ Î ñééđ. Îf ñöŵ îš ñöţ à ĝööđ ţîḿé, Î çöḿþĺéţéĺý ûñđéŕšţàñđ. ····· ····· ····· ····· ····· ··]</translation>
    </message>
    <message>
      <source>Thank you for considering it,</source>
      <translation>[Ţĥàñķ ýöû föŕ çöñšîđéŕîñĝ îţ, ····· ····]</translation>
    </message>
    <message>
      <source>(your name)</source>
      <translation>[(ýöûŕ ñàḿé) ···]</translation>
    </message>
  </context>
  <context>
    <name>attachments</name>
    <message>
      <source>Attach a file</source>
      <translation>[Åţţàçĥ à fîĺé ····]</translation>
    </message>
    <message>
      <source>“{name}” is larger than {limit} MB, the largest file MentorDesk attaches. Attach a link to it instead, or raise the limit in Preferences.</source>
      <translation>[“{name}” îš ĺàŕĝéŕ ţĥàñ {limit} MƁ, ţĥé ĺàŕĝéšţ fîĺé MentorDesk àţţàçĥéš. Åţţàçĥ à ĺîñķ ţö îţ îñšţéàđ, öŕ ŕàîšé ţĥé ĺîḿîţ îñ Þŕéféŕéñçéš. ····· ····· ····· ····· ····· ····· ····· ····· ·····]</translation>
    </message>
    <message>
      <source>“{name}” is a folder. Attach the files in it, or a compressed copy of it.</source>
      <translation>[“{name}” îš à föĺđéŕ. Åţţàçĥ ţĥé fîĺéš îñ îţ, öŕ à çöḿþŕéššéđ çöþý öf îţ. ····· ····· ····· ····· ····]</translation>
    </message>
    <message>
      <source>“{name}” is not a file MentorDesk can copy.</source>
      <translation>[“{name}” îš ñöţ à fîĺé MentorDesk çàñ çöþý. ····· ····· ····]</translation>
    </message>
    <message>
      <source>“{name}” is not there any more. Was it moved or renamed?</source>
      <translation>[“{name}” îš ñöţ ţĥéŕé àñý ḿöŕé. Ŵàš îţ ḿövéđ öŕ ŕéñàḿéđ? ····· ····· ····· ···]</translation>
    </message>
    <message>
      <source>You do not have permission to read “{name}”. Nothing was attached.</source>
      <translation>[Ýöû đö ñöţ ĥàvé þéŕḿîššîöñ ţö ŕéàđ “{name}”. Ñöţĥîñĝ ŵàš àţţàçĥéđ. ····· ····· ····· ····· ·]</translation>
    </message>
    <message>
      <source>“{name}” was moved, changed or disconnected while it was being copied. Nothing was attached; try again.</source>
      <translation>[“{name}” ŵàš ḿövéđ, çĥàñĝéđ öŕ đîšçöññéçţéđ ŵĥîĺé îţ ŵàš ƀéîñĝ çöþîéđ. Ñöţĥîñĝ ŵàš àţţàçĥéđ; ţŕý àĝàîñ. ····· ····· ····· ····· ····· ····· ····]</translation>
    </message>
    <message>
      <source>The disk is full: “{name}” could not be copied into the data folder. Free some space and try again; nothing was attached.</source>
      <translation>[Ţĥé đîšķ îš fûĺĺ: “{name}” çöûĺđ ñöţ ƀé çöþîéđ îñţö ţĥé đàţà föĺđéŕ. Fŕéé šöḿé šþàçé àñđ ţŕý àĝàîñ; ñöţĥîñĝ ŵàš àţţàçĥéđ. ····· ····· ····· ····· ····· ····· ····· ·····]</translation>
    </message>
    <message>
      <source>The data folder cannot be written, so “{name}” could not be copied.</source>
      <translation>[Ţĥé đàţà föĺđéŕ çàññöţ ƀé ŵŕîţţéñ, šö “{name}” çöûĺđ ñöţ ƀé çöþîéđ. ····· ····· ····· ····· ·]</translation>
    </message>
    <message>
      <source>The disk could not be read or written while copying “{name}”. Nothing was attached.</source>
      <translation>[Ţĥé đîšķ çöûĺđ ñöţ ƀé ŕéàđ öŕ ŵŕîţţéñ ŵĥîĺé çöþýîñĝ “{name}”. Ñöţĥîñĝ ŵàš àţţàçĥéđ. ····· ····· ····· ····· ····· ··]</translation>
    </message>
    <message>
      <source>The copy of “{name}” does not match the file that was saved.</source>
      <translation>[Ţĥé çöþý öf “{name}” đöéš ñöţ ḿàţçĥ ţĥé fîĺé ţĥàţ ŵàš šàvéđ. ····· ····· ····· ····]</translation>
    </message>
    <message>
      <source>Attach “{name}”</source>
      <translation>[Åţţàçĥ “{name}” ····]</translation>
    </message>
    <message>
      <source>Add link “{title}”</source>
      <translation>[Åđđ ĺîñķ “{title}” ·····]</translation>
    </message>
    <message>
      <source>Rename “{old}” to “{new}”</source>
      <translation>[Řéñàḿé “{old}” ţö “{new}” ····· ··]</translation>
    </message>
    <message>
      <source>Remove attachment “{title}”</source>
      <translation>[Řéḿövé àţţàçĥḿéñţ “{title}” ····· ···]</translation>
    </message>
  </context>
  <context>
    <name>between</name>
    <message>
      <source>Add topic “{topic}”</source>
      <translation>[Åđđ ţöþîç “{topic}” ·····]</translation>
    </message>
    <message>
      <source>Edit topic “{topic}”</source>
      <translation>[Éđîţ ţöþîç “{topic}” ·····]</translation>
    </message>
    <message>
      <source>Mark topic “{topic}” discussed</source>
      <translation>[Màŕķ ţöþîç “{topic}” đîšçûššéđ ····· ····]</translation>
    </message>
    <message>
      <source>Drop topic “{topic}”</source>
      <translation>[Đŕöþ ţöþîç “{topic}” ·····]</translation>
    </message>
    <message>
      <source>Put topic “{topic}” back</source>
      <translation>[Þûţ ţöþîç “{topic}” ƀàçķ ····· ··]</translation>
    </message>
    <message>
      <source>Delete topic “{topic}”</source>
      <translation>[Đéĺéţé ţöþîç “{topic}” ····· ·]</translation>
    </message>
    <message>
      <source>Log {kind} with {name}</source>
      <translation>[Ĺöĝ {kind} ŵîţĥ {name} ····· ·]</translation>
    </message>
    <message>
      <source>Edit {kind} with {name}</source>
      <translation>[Éđîţ {kind} ŵîţĥ {name} ····· ··]</translation>
    </message>
    <message>
      <source>Delete {kind} with {name}</source>
      <translation>[Đéĺéţé {kind} ŵîţĥ {name} ····· ··]</translation>
    </message>
    <message>
      <source>Topic for {name} added from the command line.</source>
      <translation>[Ţöþîç föŕ {name} àđđéđ fŕöḿ ţĥé çöḿḿàñđ ĺîñé. ····· ····· ····]</translation>
    </message>
    <message>
      <source>On the plan for {day}</source>
      <translation>[Öñ ţĥé þĺàñ föŕ {day} ····· ·]</translation>
    </message>
    <message>
      <source>Discussed {day}</source>
      <translation>[Đîšçûššéđ {day} ····]</translation>
    </message>
    <message>
      <source>&amp;Drop a Topic…</source>
      <translation>[&amp;Đŕöþ à Ţöþîç… ····]</translation>
    </message>
  </context>
  <context>
    <name>cadence</name>
    <message>
      <source>days</source>
      <translation>[đàýš ·]</translation>
    </message>
    <message>
      <source>weeks</source>
      <translation>[ŵééķš ·]</translation>
    </message>
    <message>
      <source>months</source>
      <translation>[ḿöñţĥš ·]</translation>
    </message>
    <message>
      <source>every month</source>
      <translation>[évéŕý ḿöñţĥ ···]</translation>
    </message>
    <message numerus="yes">
      <source>every %n month(s)</source>
      <translation>
        <numerusform>[évéŕý %n ḿöñţĥ ····]</numerusform>
        <numerusform>[évéŕý %n ḿöñţĥš ····]</numerusform>
      </translation>
    </message>
    <message>
      <source>every week</source>
      <translation>[évéŕý ŵééķ ··]</translation>
    </message>
    <message numerus="yes">
      <source>every %n week(s)</source>
      <translation>
        <numerusform>[évéŕý %n ŵééķ ····]</numerusform>
        <numerusform>[évéŕý %n ŵééķš ····]</numerusform>
      </translation>
    </message>
    <message>
      <source>every day</source>
      <translation>[évéŕý đàý ··]</translation>
    </message>
    <message numerus="yes">
      <source>every %n day(s)</source>
      <translation>
        <numerusform>[évéŕý %n đàý ···]</numerusform>
        <numerusform>[évéŕý %n đàýš ····]</numerusform>
      </translation>
    </message>
    <message>
      <source>{amount} months</source>
      <translation>[{amount} ḿöñţĥš ····]</translation>
    </message>
    <message>
      <source>1 week</source>
      <translation>[1 ŵééķ ·]</translation>
    </message>
    <message>
      <source>{amount} weeks</source>
      <translation>[{amount} ŵééķš ····]</translation>
    </message>
    <message>
      <source>1 day</source>
      <translation>[1 đàý ·]</translation>
    </message>
    <message>
      <source>{amount} days</source>
      <translation>[{amount} đàýš ····]</translation>
    </message>
    <message numerus="yes">
      <source>%n day(s)</source>
      <translation>
        <numerusform>[%n đàý ·]</numerusform>
        <numerusform>[%n đàýš ·]</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>Agreed {interval}; the last %n gap(s) averaged {mean} (longest {longest}).</source>
      <translation>
        <numerusform>[Åĝŕééđ {interval}; ţĥé ĺàšţ %n ĝàþ àvéŕàĝéđ {mean} (ĺöñĝéšţ {longest}). ····· ····· ····· ····· ···]</numerusform>
        <numerusform>[Åĝŕééđ {interval}; ţĥé ĺàšţ %n ĝàþš àvéŕàĝéđ {mean} (ĺöñĝéšţ {longest}). ····· ····· ····· ····· ···]</numerusform>
      </translation>
    </message>
    <message>
      <source>{days} overdue</source>
      <translation>[{days} övéŕđûé ····]</translation>
    </message>
    <message>
      <source>due today</source>
      <translation>[đûé ţöđàý ··]</translation>
    </message>
    <message>
      <source>due in {days}</source>
      <translation>[đûé îñ {days} ····]</translation>
    </message>
    <message>
      <source>next meeting {when}</source>
      <translation>[ñéxţ ḿééţîñĝ {when} ·····]</translation>
    </message>
    <message>
      <source>no meeting yet</source>
      <translation>[ñö ḿééţîñĝ ýéţ ····]</translation>
    </message>
    <message>
      <source>on track, next due {day}</source>
      <translation>[öñ ţŕàçķ, ñéxţ đûé {day} ····· ··]</translation>
    </message>
    <message>
      <source>no rhythm agreed</source>
      <translation>[ñö ŕĥýţĥḿ àĝŕééđ ·····]</translation>
    </message>
    <message>
      <source>not met yet</source>
      <translation>[ñöţ ḿéţ ýéţ ···]</translation>
    </message>
    <message numerus="yes">
      <source>last met %n week(s) ago</source>
      <translation>
        <numerusform>[ĺàšţ ḿéţ %n ŵééķ àĝö ·····]</numerusform>
        <numerusform>[ĺàšţ ḿéţ %n ŵééķš àĝö ····· ·]</numerusform>
      </translation>
    </message>
    <message>
      <source>last met {day}</source>
      <translation>[ĺàšţ ḿéţ {day} ····]</translation>
    </message>
    <message>
      <source>last touch {day}, counted as a meeting (as agreed)</source>
      <translation>[ĺàšţ ţöûçĥ {day}, çöûñţéđ àš à ḿééţîñĝ (àš àĝŕééđ) ····· ····· ·····]</translation>
    </message>
    <message>
      <source>last touch {day}, not counted: only meetings count (as agreed)</source>
      <translation>[ĺàšţ ţöûçĥ {day}, ñöţ çöûñţéđ: öñĺý ḿééţîñĝš çöûñţ (àš àĝŕééđ) ····· ····· ····· ·····]</translation>
    </message>
    <message>
      <source>last touch {day} reset “overdue”; the rhythm counts meetings only</source>
      <translation>[ĺàšţ ţöûçĥ {day} ŕéšéţ “övéŕđûé”; ţĥé ŕĥýţĥḿ çöûñţš ḿééţîñĝš öñĺý ····· ····· ····· ·····]</translation>
    </message>
    <message>
      <source>last touch {day}, before the last meeting</source>
      <translation>[ĺàšţ ţöûçĥ {day}, ƀéföŕé ţĥé ĺàšţ ḿééţîñĝ ····· ····· ···]</translation>
    </message>
  </context>
  <context>
    <name>calendar_feed</name>
    <message>
      <source>The calendar file in {folder} could not be written: {reason}.</source>
      <translation>[Ţĥé çàĺéñđàŕ fîĺé îñ {folder} çöûĺđ ñöţ ƀé ŵŕîţţéñ: {reason}. ····· ····· ····· ·····]</translation>
    </message>
  </context>
  <context>
    <name>calendar_file</name>
    <message>
      <source>Export calendar</source>
      <translation>[Éxþöŕţ çàĺéñđàŕ ····]</translation>
    </message>
    <message>
      <source>Calendar files (*.ics)</source>
      <translation>[Çàĺéñđàŕ fîĺéš (*.îçš) ····· ·]</translation>
    </message>
    <message>
      <source>Could not write {file}: {reason}.</source>
      <translation>[Çöûĺđ ñöţ ŵŕîţé {file}: {reason}. ····· ·····]</translation>
    </message>
    <message numerus="yes">
      <source>Exported %n meeting(s) to {file}.</source>
      <translation>
        <numerusform>[Éxþöŕţéđ %n ḿééţîñĝ ţö {file}. ····· ····]</numerusform>
        <numerusform>[Éxþöŕţéđ %n ḿééţîñĝš ţö {file}. ····· ·····]</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>closure</name>
    <message>
      <source>End the mentorship with {name}</source>
      <translation>[Éñđ ţĥé ḿéñţöŕšĥîþ ŵîţĥ {name} ····· ····]</translation>
    </message>
    <message>
      <source>Ended the mentorship with {name}.</source>
      <translation>[Éñđéđ ţĥé ḿéñţöŕšĥîþ ŵîţĥ {name}. ····· ·····]</translation>
    </message>
    <message>
      <source>Dear {name},</source>
      <translation>[Đéàŕ {name}, ···]</translation>
    </message>
    <message numerus="yes">
      <source>As our mentorship comes to a close, I want to thank you for the %n conversation(s) we have had since {when}.</source>
      <translation>
        <numerusform>[Åš öûŕ ḿéñţöŕšĥîþ çöḿéš ţö à çĺöšé, Î ŵàñţ ţö ţĥàñķ ýöû föŕ ţĥé %n çöñvéŕšàţîöñ ŵé ĥàvé ĥàđ šîñçé {when}. ····· ····· ····· ····· ····· ····· ····]</numerusform>
        <numerusform>[Åš öûŕ ḿéñţöŕšĥîþ çöḿéš ţö à çĺöšé, Î ŵàñţ ţö ţĥàñķ ýöû föŕ ţĥé %n çöñvéŕšàţîöñš ŵé ĥàvé ĥàđ šîñçé {when}. ····· ····· ····· ····· ····· ····· ·····]</numerusform>
      </translation>
    </message>
    <message>
      <source>As our mentorship comes to a close, I want to thank you for your time.</source>
      <translation>[Åš öûŕ ḿéñţöŕšĥîþ çöḿéš ţö à çĺöšé, Î ŵàñţ ţö ţĥàñķ ýöû föŕ ýöûŕ ţîḿé. ····· ····· ····· ····· ··]</translation>
    </message>
    <message>
      <source>What I keep coming back to:</source>
      <translation>[Ŵĥàţ Î ķééþ çöḿîñĝ ƀàçķ ţö: ····· ···]</translation>
    </message>
    <message>
      <source>Advice I acted on:</source>
      <translation>[Åđvîçé Î àçţéđ öñ: ·····]</translation>
    </message>
    <message>
      <source>You helped me most with {goals}.</source>
      <translation>[Ýöû ĥéĺþéđ ḿé ḿöšţ ŵîţĥ {goals}. ····· ·····]</translation>
    </message>
    <message>
      <source>I hope I gave a little back too: {what}.</source>
      <translation>[Î ĥöþé Î ĝàvé à ĺîţţĺé ƀàçķ ţöö: {what}. ····· ····· ··]</translation>
    </message>
    <message>
      <source>Thank you for your generosity. I would love to stay in touch.</source>
      <translation>[Ţĥàñķ ýöû föŕ ýöûŕ ĝéñéŕöšîţý. Î ŵöûĺđ ĺövé ţö šţàý îñ ţöûçĥ. ····· ····· ····· ·····]</translation>
    </message>
    <message>
      <source>Warm regards,</source>
      <translation>[Ŵàŕḿ ŕéĝàŕđš, ····]</translation>
    </message>
    <message>
      <source>(your name)</source>
      <translation>[(ýöûŕ ñàḿé) ···]</translation>
    </message>
    <message>
      <source> and </source>
      <translation>[ àñđ  ·]</translation>
    </message>
    <message>
      <source>Closing the mentorship with {name}</source>
      <translation>[Çĺöšîñĝ ţĥé ḿéñţöŕšĥîþ ŵîţĥ {name} ····· ·····]</translation>
    </message>
    <message numerus="yes">
      <source>Ended on {day}; %n meeting(s) held.</source>
      <translation>
        <numerusform>[Éñđéđ öñ {day}; %n ḿééţîñĝ ĥéĺđ. ····· ·····]</numerusform>
        <numerusform>[Éñđéđ öñ {day}; %n ḿééţîñĝš ĥéĺđ. ····· ·····]</numerusform>
      </translation>
    </message>
    <message>
      <source>What I learned</source>
      <translation>[Ŵĥàţ Î ĺéàŕñéđ ····]</translation>
    </message>
    <message>
      <source>(not written)</source>
      <translation>[(ñöţ ŵŕîţţéñ) ····]</translation>
    </message>
    <message>
      <source>Goals it served</source>
      <translation>[Ĝöàĺš îţ šéŕvéđ ····]</translation>
    </message>
    <message>
      <source>(none chosen)</source>
      <translation>[(ñöñé çĥöšéñ) ····]</translation>
    </message>
    <message>
      <source>Thank-you note</source>
      <translation>[Ţĥàñķ-ýöû ñöţé ····]</translation>
    </message>
  </context>
  <context>
    <name>dialog_buttons</name>
    <message>
      <source>Cancel</source>
      <translation>[Çàñçéĺ ·]</translation>
    </message>
  </context>
  <context>
    <name>formats</name>
    <message>
      <source>{time} in {zone}</source>
      <translation>[{time} îñ {zone} ·····]</translation>
    </message>
  </context>
  <context>
    <name>giveback</name>
    <message>
      <source>nothing given back yet; no meeting yet</source>
      <translation>[ñöţĥîñĝ ĝîvéñ ƀàçķ ýéţ; ñö ḿééţîñĝ ýéţ ····· ····· ··]</translation>
    </message>
    <message numerus="yes">
      <source>nothing given back yet; %n meeting(s) so far</source>
      <translation>
        <numerusform>[ñöţĥîñĝ ĝîvéñ ƀàçķ ýéţ; %n ḿééţîñĝ šö fàŕ ····· ····· ···]</numerusform>
        <numerusform>[ñöţĥîñĝ ĝîvéñ ƀàçķ ýéţ; %n ḿééţîñĝš šö fàŕ ····· ····· ···]</numerusform>
      </translation>
    </message>
    <message>
      <source>gave back today</source>
      <translation>[ĝàvé ƀàçķ ţöđàý ····]</translation>
    </message>
    <message>
      <source>last gave back yesterday</source>
      <translation>[ĺàšţ ĝàvé ƀàçķ ýéšţéŕđàý ····· ··]</translation>
    </message>
    <message numerus="yes">
      <source>last gave back %n day(s) ago</source>
      <translation>
        <numerusform>[ĺàšţ ĝàvé ƀàçķ %n đàý àĝö ····· ··]</numerusform>
        <numerusform>[ĺàšţ ĝàvé ƀàçķ %n đàýš àĝö ····· ···]</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n meeting(s) since</source>
      <translation>
        <numerusform>[%n ḿééţîñĝ šîñçé ·····]</numerusform>
        <numerusform>[%n ḿééţîñĝš šîñçé ·····]</numerusform>
      </translation>
    </message>
    <message>
      <source>Add give-back idea {idea}</source>
      <translation>[Åđđ ĝîvé-ƀàçķ îđéà {idea} ····· ··]</translation>
    </message>
    <message>
      <source>Edit give-back idea {idea}</source>
      <translation>[Éđîţ ĝîvé-ƀàçķ îđéà {idea} ····· ···]</translation>
    </message>
    <message>
      <source>Capture give-back idea “{idea}”</source>
      <translation>[Çàþţûŕé ĝîvé-ƀàçķ îđéà “{idea}” ····· ·····]</translation>
    </message>
    <message>
      <source>Gave back: {idea}</source>
      <translation>[Ĝàvé ƀàçķ: {idea} ·····]</translation>
    </message>
    <message>
      <source>Marked done: {idea}.</source>
      <translation>[Màŕķéđ đöñé: {idea}. ·····]</translation>
    </message>
    <message>
      <source>Delete give-back idea {idea}</source>
      <translation>[Đéĺéţé ĝîvé-ƀàçķ îđéà {idea} ····· ····]</translation>
    </message>
  </context>
  <context>
    <name>goals</name>
    <message>
      <source>Add goal {title}</source>
      <translation>[Åđđ ĝöàĺ {title} ·····]</translation>
    </message>
    <message>
      <source>Edit goal {title}</source>
      <translation>[Éđîţ ĝöàĺ {title} ·····]</translation>
    </message>
    <message>
      <source>Progress of {goal}: {value} %</source>
      <translation>[Þŕöĝŕéšš öf {goal}: {value} % ····· ····]</translation>
    </message>
    <message>
      <source>Link action items to {goal}</source>
      <translation>[Ĺîñķ àçţîöñ îţéḿš ţö {goal} ····· ···]</translation>
    </message>
    <message>
      <source>Linked the advice to “{goal}”.</source>
      <translation>[Ĺîñķéđ ţĥé àđvîçé ţö “{goal}”. ····· ····]</translation>
    </message>
    <message>
      <source>The mentors, action items and meetings themselves stay.</source>
      <translation>[Ţĥé ḿéñţöŕš, àçţîöñ îţéḿš àñđ ḿééţîñĝš ţĥéḿšéĺvéš šţàý. ····· ····· ····· ··]</translation>
    </message>
    <message>
      <source>Delete goal {title}</source>
      <translation>[Đéĺéţé ĝöàĺ {title} ·····]</translation>
    </message>
  </context>
  <context>
    <name>help</name>
    <message>
      <source>How MentorDesk &amp;Follows the Article</source>
      <translation>[Ĥöŵ MentorDesk &amp;Föĺĺöŵš ţĥé Åŕţîçĺé ····· ·····]</translation>
    </message>
    <message>
      <source>&amp;Keyboard Shortcuts</source>
      <translation>[&amp;Ķéýƀöàŕđ Šĥöŕţçûţš ·····]</translation>
    </message>
    <message>
      <source>Meeting mode: capture an action item</source>
      <translation>[Mééţîñĝ ḿöđé: çàþţûŕé àñ àçţîöñ îţéḿ ····· ····· ·]</translation>
    </message>
    <message>
      <source>Meeting mode: capture a give-back idea</source>
      <translation>[Mééţîñĝ ḿöđé: çàþţûŕé à ĝîvé-ƀàçķ îđéà ····· ····· ··]</translation>
    </message>
    <message>
      <source>Meeting mode: end the meeting</source>
      <translation>[Mééţîñĝ ḿöđé: éñđ ţĥé ḿééţîñĝ ····· ····]</translation>
    </message>
    <message>
      <source>Meeting mode: earlier versions of the notes</source>
      <translation>[Mééţîñĝ ḿöđé: éàŕĺîéŕ véŕšîöñš öf ţĥé ñöţéš ····· ····· ····]</translation>
    </message>
    <message>
      <source>Notes: bold (Goals: the selected goal's board)</source>
      <translation>[Ñöţéš: ƀöĺđ (Ĝöàĺš: ţĥé šéĺéçţéđ ĝöàĺ'š ƀöàŕđ) ····· ····· ·····]</translation>
    </message>
    <message>
      <source>Notes: italic</source>
      <translation>[Ñöţéš: îţàĺîç ····]</translation>
    </message>
    <message>
      <source>Notes: move on to the next field</source>
      <translation>[Ñöţéš: ḿövé öñ ţö ţĥé ñéxţ fîéĺđ ····· ·····]</translation>
    </message>
    <message>
      <source>Meeting mode: close (saving first)</source>
      <translation>[Mééţîñĝ ḿöđé: çĺöšé (šàvîñĝ fîŕšţ) ····· ·····]</translation>
    </message>
    <message>
      <source>A dialog's multi-line field: save or confirm</source>
      <translation>[Å đîàĺöĝ'š ḿûĺţî-ĺîñé fîéĺđ: šàvé öŕ çöñfîŕḿ ····· ····· ····]</translation>
    </message>
    <message>
      <source>Find someone who shares your goals and values</source>
      <translation>[Fîñđ šöḿéöñé ŵĥö šĥàŕéš ýöûŕ ĝöàĺš àñđ vàĺûéš ····· ····· ····]</translation>
    </message>
    <message>
      <source>Prospects (Ctrl+7): where you found them, why they fit your goals, each step of asking them and the day to follow up. Promote to active… makes them a mentor.</source>
      <translation>[Þŕöšþéçţš (Çţŕĺ+7): ŵĥéŕé ýöû föûñđ ţĥéḿ, ŵĥý ţĥéý fîţ ýöûŕ ĝöàĺš, éàçĥ šţéþ öf àšķîñĝ ţĥéḿ àñđ ţĥé đàý ţö föĺĺöŵ ûþ. Þŕöḿöţé ţö àçţîvé… ḿàķéš ţĥéḿ à ḿéñţöŕ. ····· ····· ····· ····· ····· ····· ····· ····· ····· ····· ·]</translation>
    </message>
    <message>
      <source>More than one mentor, inside or outside your organisation</source>
      <translation>[Möŕé ţĥàñ öñé ḿéñţöŕ, îñšîđé öŕ öûţšîđé ýöûŕ öŕĝàñîšàţîöñ ····· ····· ····· ···]</translation>
    </message>
    <message>
      <source>Mentors (Ctrl+2): as many as you like, internal or external, from prospect to active, paused, ended or alumni.</source>
      <translation>[Méñţöŕš (Çţŕĺ+2): àš ḿàñý àš ýöû ĺîķé, îñţéŕñàĺ öŕ éxţéŕñàĺ, fŕöḿ þŕöšþéçţ ţö àçţîvé, þàûšéđ, éñđéđ öŕ àĺûḿñî. ····· ····· ····· ····· ····· ····· ·····]</translation>
    </message>
    <message>
      <source>Set clear expectations</source>
      <translation>[Šéţ çĺéàŕ éxþéçţàţîöñš ····· ·]</translation>
    </message>
    <message>
      <source>A mentor's Agreement tab: goals, how often to meet, format and link, topics, what each of you commits to. Agreed terms are kept as versions; export one as a PDF to sign. Plan meeting starts from them.</source>
      <translation>[Å ḿéñţöŕ'š Åĝŕééḿéñţ ţàƀ: ĝöàĺš, ĥöŵ öfţéñ ţö ḿééţ, föŕḿàţ àñđ ĺîñķ, ţöþîçš, ŵĥàţ éàçĥ öf ýöû çöḿḿîţš ţö. Åĝŕééđ ţéŕḿš àŕé ķéþţ àš véŕšîöñš; éxþöŕţ öñé àš à ÞĐF ţö šîĝñ. Þĺàñ ḿééţîñĝ šţàŕţš fŕöḿ ţĥéḿ. ····· ····· ····· ····· ····· ····· ····· ····· ····· ····· ····· ····· ·····]</translation>
    </message>
    <message>
      <source>Respect the mentor's time</source>
      <translation>[Řéšþéçţ ţĥé ḿéñţöŕ'š ţîḿé ····· ··]</translation>
    </message>
    <message>
      <source>Plan meeting (Ctrl+Shift+N) with an agenda; the brief beside Meetings says what to report back; meeting mode keeps the clock against the planned length. The Dashboard says who is due, never sooner than agreed.</source>
      <translation>[Þĺàñ ḿééţîñĝ (Çţŕĺ+Šĥîfţ+Ñ) ŵîţĥ àñ àĝéñđà; ţĥé ƀŕîéf ƀéšîđé Mééţîñĝš šàýš ŵĥàţ ţö ŕéþöŕţ ƀàçķ; ḿééţîñĝ ḿöđé ķééþš ţĥé çĺöçķ àĝàîñšţ ţĥé þĺàññéđ ĺéñĝţĥ. Ţĥé Đàšĥƀöàŕđ šàýš ŵĥö îš đûé, ñévéŕ šööñéŕ ţĥàñ àĝŕééđ. ····· ····· ····· ····· ····· ····· ····· ····· ····· ····· ····· ····· ····· ····]</translation>
    </message>
    <message>
      <source>Listen, and keep what was said</source>
      <translation>[Ĺîšţéñ, àñđ ķééþ ŵĥàţ ŵàš šàîđ ····· ····]</translation>
    </message>
    <message>
      <source>Meeting mode: the agenda as a checklist and notes saved as you type. Ctrl+Z undoes a word at a time; Restore in the status line brings back what an undo removed.</source>
      <translation>[Mééţîñĝ ḿöđé: ţĥé àĝéñđà àš à çĥéçķĺîšţ àñđ ñöţéš šàvéđ àš ýöû ţýþé. Çţŕĺ+Ž ûñđöéš à ŵöŕđ àţ à ţîḿé; Řéšţöŕé îñ ţĥé šţàţûš ĺîñé ƀŕîñĝš ƀàçķ ŵĥàţ àñ ûñđö ŕéḿövéđ. ····· ····· ····· ····· ····· ····· ····· ····· ····· ····· ···]</translation>
    </message>
    <message>
      <source>Be proactive: act on the advice</source>
      <translation>[Ɓé þŕöàçţîvé: àçţ öñ ţĥé àđvîçé ····· ·····]</translation>
    </message>
    <message>
      <source>Ctrl+Shift+A in the notes turns a line into an action item ("…by Friday" becomes its due date); Action items (Ctrl+4) and Goals (Ctrl+5) follow them to done.</source>
      <translation>[Çţŕĺ+Šĥîfţ+Å îñ ţĥé ñöţéš ţûŕñš à ĺîñé îñţö àñ àçţîöñ îţéḿ ("…ƀý Fŕîđàý" ƀéçöḿéš îţš đûé đàţé); Åçţîöñ îţéḿš (Çţŕĺ+4) àñđ Ĝöàĺš (Çţŕĺ+5) föĺĺöŵ ţĥéḿ ţö đöñé. ····· ····· ····· ····· ····· ····· ····· ····· ····· ····· ·]</translation>
    </message>
    <message>
      <source>A two-way street: give back</source>
      <translation>[Å ţŵö-ŵàý šţŕééţ: ĝîvé ƀàçķ ····· ···]</translation>
    </message>
    <message>
      <source>Give-back (Ctrl+6): ideas for each mentor, planned and done, and a nudge on the Dashboard when it has been a while.</source>
      <translation>[Ĝîvé-ƀàçķ (Çţŕĺ+6): îđéàš föŕ éàçĥ ḿéñţöŕ, þĺàññéđ àñđ đöñé, àñđ à ñûđĝé öñ ţĥé Đàšĥƀöàŕđ ŵĥéñ îţ ĥàš ƀééñ à ŵĥîĺé. ····· ····· ····· ····· ····· ····· ····· ··]</translation>
    </message>
    <message>
      <source>Success depends on your initiative</source>
      <translation>[Šûççéšš đéþéñđš öñ ýöûŕ îñîţîàţîvé ····· ·····]</translation>
    </message>
    <message>
      <source>The Dashboard (Ctrl+1) says what to do today: who to meet, what you promised, what is overdue.</source>
      <translation>[Ţĥé Đàšĥƀöàŕđ (Çţŕĺ+1) šàýš ŵĥàţ ţö đö ţöđàý: ŵĥö ţö ḿééţ, ŵĥàţ ýöû þŕöḿîšéđ, ŵĥàţ îš övéŕđûé. ····· ····· ····· ····· ····· ·····]</translation>
    </message>
    <message>
      <source>End a mentorship well</source>
      <translation>[Éñđ à ḿéñţöŕšĥîþ ŵéĺĺ ····· ·]</translation>
    </message>
    <message>
      <source>Archive on a mentor's profile runs a closure review: what you learned and a thank-you note drafted from your notes.</source>
      <translation>[Åŕçĥîvé öñ à ḿéñţöŕ'š þŕöfîĺé ŕûñš à çĺöšûŕé ŕévîéŵ: ŵĥàţ ýöû ĺéàŕñéđ àñđ à ţĥàñķ-ýöû ñöţé đŕàfţéđ fŕöḿ ýöûŕ ñöţéš. ····· ····· ····· ····· ····· ····· ····· ··]</translation>
    </message>
    <message>
      <source>{area}: </source>
      <translation>[{area}:  ··]</translation>
    </message>
    <message>
      <source>Close</source>
      <translation>[Çĺöšé ·]</translation>
    </message>
  </context>
  <context>
    <name>keyboard</name>
    <message>
      <source>&amp;Run Action…</source>
      <translation>[&amp;Řûñ Åçţîöñ… ···]</translation>
    </message>
    <message>
      <source>Everywhere</source>
      <translation>[Évéŕýŵĥéŕé ··]</translation>
    </message>
  </context>
  <context>
    <name>labels</name>
    <message>
      <source>Prospect</source>
      <translation>[Þŕöšþéçţ ··]</translation>
    </message>
    <message>
      <source>Requested</source>
      <translation>[Řéqûéšţéđ ··]</translation>
    </message>
    <message>
      <source>Active</source>
      <translation>[Åçţîvé ·]</translation>
    </message>
    <message>
      <source>Paused</source>
      <translation>[Þàûšéđ ·]</translation>
    </message>
    <message>
      <source>Ended</source>
      <translation>[Éñđéđ ·]</translation>
    </message>
    <message>
      <source>Alumni</source>
      <translation>[Åĺûḿñî ·]</translation>
    </message>
    <message>
      <source>Internal</source>
      <translation>[Îñţéŕñàĺ ··]</translation>
    </message>
    <message>
      <source>External</source>
      <translation>[Éxţéŕñàĺ ··]</translation>
    </message>
    <message>
      <source>Networking event</source>
      <translation>[Ñéţŵöŕķîñĝ évéñţ ·····]</translation>
    </message>
    <message>
      <source>Professional association</source>
      <translation>[Þŕöféššîöñàĺ àššöçîàţîöñ ····· ··]</translation>
    </message>
    <message>
      <source>Social media</source>
      <translation>[Šöçîàĺ ḿéđîà ···]</translation>
    </message>
    <message>
      <source>Colleague introduction</source>
      <translation>[Çöĺĺéàĝûé îñţŕöđûçţîöñ ····· ·]</translation>
    </message>
    <message>
      <source>Other</source>
      <translation>[Öţĥéŕ ·]</translation>
    </message>
    <message>
      <source>Email</source>
      <translation>[Éḿàîĺ ·]</translation>
    </message>
    <message>
      <source>Phone</source>
      <translation>[Þĥöñé ·]</translation>
    </message>
    <message>
      <source>Video call</source>
      <translation>[Vîđéö çàĺĺ ··]</translation>
    </message>
    <message>
      <source>Messaging</source>
      <translation>[Méššàĝîñĝ ··]</translation>
    </message>
    <message>
      <source>In person</source>
      <translation>[Îñ þéŕšöñ ··]</translation>
    </message>
    <message>
      <source>Planned</source>
      <translation>[Þĺàññéđ ·]</translation>
    </message>
    <message>
      <source>Held</source>
      <translation>[Ĥéĺđ ·]</translation>
    </message>
    <message>
      <source>Cancelled</source>
      <translation>[Çàñçéĺĺéđ ··]</translation>
    </message>
    <message>
      <source>Chat</source>
      <translation>[Çĥàţ ·]</translation>
    </message>
    <message>
      <source>Open</source>
      <translation>[Öþéñ ·]</translation>
    </message>
    <message>
      <source>Done</source>
      <translation>[Đöñé ·]</translation>
    </message>
    <message>
      <source>Dropped</source>
      <translation>[Đŕöþþéđ ·]</translation>
    </message>
    <message>
      <source>Draft</source>
      <translation>[Đŕàfţ ·]</translation>
    </message>
    <message>
      <source>Agreed</source>
      <translation>[Åĝŕééđ ·]</translation>
    </message>
    <message>
      <source>Under review</source>
      <translation>[Ûñđéŕ ŕévîéŵ ···]</translation>
    </message>
    <message>
      <source>Achieved</source>
      <translation>[Åçĥîévéđ ··]</translation>
    </message>
    <message>
      <source>Set by hand</source>
      <translation>[Šéţ ƀý ĥàñđ ···]</translation>
    </message>
    <message>
      <source>From its action items</source>
      <translation>[Fŕöḿ îţš àçţîöñ îţéḿš ····· ·]</translation>
    </message>
    <message>
      <source>Thanks</source>
      <translation>[Ţĥàñķš ·]</translation>
    </message>
    <message>
      <source>Share something</source>
      <translation>[Šĥàŕé šöḿéţĥîñĝ ····]</translation>
    </message>
    <message>
      <source>Introduction</source>
      <translation>[Îñţŕöđûçţîöñ ···]</translation>
    </message>
    <message>
      <source>Help on their project</source>
      <translation>[Ĥéĺþ öñ ţĥéîŕ þŕöjéçţ ····· ·]</translation>
    </message>
    <message>
      <source>Recommendation</source>
      <translation>[Řéçöḿḿéñđàţîöñ ····]</translation>
    </message>
    <message>
      <source>Feedback</source>
      <translation>[Fééđƀàçķ ··]</translation>
    </message>
    <message>
      <source>Gift</source>
      <translation>[Ĝîfţ ·]</translation>
    </message>
    <message>
      <source>Idea</source>
      <translation>[Îđéà ·]</translation>
    </message>
    <message>
      <source>Asked</source>
      <translation>[Åšķéđ ·]</translation>
    </message>
    <message>
      <source>Followed up</source>
      <translation>[Föĺĺöŵéđ ûþ ···]</translation>
    </message>
    <message>
      <source>Answered</source>
      <translation>[Åñšŵéŕéđ ··]</translation>
    </message>
    <message>
      <source>In the inbox</source>
      <translation>[Îñ ţĥé îñƀöx ···]</translation>
    </message>
    <message>
      <source>Discussed</source>
      <translation>[Đîšçûššéđ ··]</translation>
    </message>
    <message>
      <source>Message</source>
      <translation>[Méššàĝé ·]</translation>
    </message>
    <message>
      <source>Call</source>
      <translation>[Çàĺĺ ·]</translation>
    </message>
    <message>
      <source>Corridor chat</source>
      <translation>[Çöŕŕîđöŕ çĥàţ ····]</translation>
    </message>
    <message>
      <source>Reset “overdue”, not the rhythm</source>
      <translation>[Řéšéţ “övéŕđûé”, ñöţ ţĥé ŕĥýţĥḿ ····· ·····]</translation>
    </message>
    <message>
      <source>Count as meetings</source>
      <translation>[Çöûñţ àš ḿééţîñĝš ·····]</translation>
    </message>
    <message>
      <source>Do not count</source>
      <translation>[Đö ñöţ çöûñţ ···]</translation>
    </message>
    <message>
      <source>First meeting</source>
      <translation>[Fîŕšţ ḿééţîñĝ ····]</translation>
    </message>
    <message>
      <source>Regular check-in</source>
      <translation>[Řéĝûĺàŕ çĥéçķ-îñ ·····]</translation>
    </message>
    <message>
      <source>Quarterly review</source>
      <translation>[Qûàŕţéŕĺý ŕévîéŵ ·····]</translation>
    </message>
    <message>
      <source>Agreement review</source>
      <translation>[Åĝŕééḿéñţ ŕévîéŵ ·····]</translation>
    </message>
    <message>
      <source>Closing</source>
      <translation>[Çĺöšîñĝ ·]</translation>
    </message>
    <message>
      <source>copied</source>
      <translation>[çöþîéđ ·]</translation>
    </message>
    <message>
      <source>opened in the mail app</source>
      <translation>[öþéñéđ îñ ţĥé ḿàîĺ àþþ ····· ·]</translation>
    </message>
    <message>
      <source>saved as Markdown</source>
      <translation>[šàvéđ àš Màŕķđöŵñ ·····]</translation>
    </message>
    <message>
      <source>Overdue</source>
      <translation>[Övéŕđûé ·]</translation>
    </message>
    <message>
      <source>Due soon</source>
      <translation>[Đûé šööñ ··]</translation>
    </message>
    <message>
      <source>No meeting yet</source>
      <translation>[Ñö ḿééţîñĝ ýéţ ····]</translation>
    </message>
    <message>
      <source>Scheduled</source>
      <translation>[Šçĥéđûĺéđ ··]</translation>
    </message>
    <message>
      <source>On track</source>
      <translation>[Öñ ţŕàçķ ··]</translation>
    </message>
    <message>
      <source>No rhythm set</source>
      <translation>[Ñö ŕĥýţĥḿ šéţ ····]</translation>
    </message>
    <message>
      <source>Not active</source>
      <translation>[Ñöţ àçţîvé ··]</translation>
    </message>
    <message>
      <source>Saved while typing</source>
      <translation>[Šàvéđ ŵĥîĺé ţýþîñĝ ·····]</translation>
    </message>
    <message>
      <source>Before a large deletion</source>
      <translation>[Ɓéföŕé à ĺàŕĝé đéĺéţîöñ ····· ··]</translation>
    </message>
    <message>
      <source>Before restoring a version</source>
      <translation>[Ɓéföŕé ŕéšţöŕîñĝ à véŕšîöñ ····· ···]</translation>
    </message>
    <message>
      <source>Recovered after a crash</source>
      <translation>[Řéçövéŕéđ àfţéŕ à çŕàšĥ ····· ··]</translation>
    </message>
  </context>
  <context>
    <name>links</name>
    <message>
      <source>Couldn't open the link; it is on the clipboard: {link}</source>
      <translation>[Çöûĺđñ'ţ öþéñ ţĥé ĺîñķ; îţ îš öñ ţĥé çĺîþƀöàŕđ: {link} ····· ····· ····· ··]</translation>
    </message>
  </context>
  <context>
    <name>login_start</name>
    <message>
      <source>Reminders when MentorDesk is closed</source>
      <translation>[Řéḿîñđéŕš ŵĥéñ MentorDesk îš çĺöšéđ ····· ·····]</translation>
    </message>
    <message>
      <source>Start MentorDesk minimized when you log in, so it can remind you 15 minutes before this meeting and when a mentor is due?</source>
      <translation>[Šţàŕţ MentorDesk ḿîñîḿîžéđ ŵĥéñ ýöû ĺöĝ îñ, šö îţ çàñ ŕéḿîñđ ýöû 15 ḿîñûţéš ƀéföŕé ţĥîš ḿééţîñĝ àñđ ŵĥéñ à ḿéñţöŕ îš đûé? ····· ····· ····· ····· ····· ····· ····· ·····]</translation>
    </message>
    <message>
      <source>Start at Login</source>
      <translation>[Šţàŕţ àţ Ĺöĝîñ ····]</translation>
    </message>
    <message>
      <source>You can change this at any time in Edit ▸ Preferences.</source>
      <translation>[Ýöû çàñ çĥàñĝé ţĥîš àţ àñý ţîḿé îñ Éđîţ ▸ Þŕéféŕéñçéš. ····· ····· ····· ··]</translation>
    </message>
    <message>
      <source>MentorDesk could not be added to your login: {reason}.</source>
      <translation>[MentorDesk çöûĺđ ñöţ ƀé àđđéđ ţö ýöûŕ ĺöĝîñ: {reason}. ····· ····· ····· ··]</translation>
    </message>
  </context>
  <context>
    <name>meeting_keys</name>
    <message>
      <source>Capture Action Item</source>
      <translation>[Çàþţûŕé Åçţîöñ Îţéḿ ·····]</translation>
    </message>
    <message>
      <source>Capture Give-back Idea</source>
      <translation>[Çàþţûŕé Ĝîvé-ƀàçķ Îđéà ····· ·]</translation>
    </message>
    <message>
      <source>Drop a Topic…</source>
      <translation>[Đŕöþ à Ţöþîç… ····]</translation>
    </message>
    <message>
      <source>Log a Touch…</source>
      <translation>[Ĺöĝ à Ţöûçĥ… ···]</translation>
    </message>
    <message>
      <source>Start the Meeting Clock</source>
      <translation>[Šţàŕţ ţĥé Mééţîñĝ Çĺöçķ ····· ··]</translation>
    </message>
    <message>
      <source>Join the Call</source>
      <translation>[Jöîñ ţĥé Çàĺĺ ····]</translation>
    </message>
    <message>
      <source>Reschedule…</source>
      <translation>[Řéšçĥéđûĺé… ···]</translation>
    </message>
    <message>
      <source>Earlier Versions of the Notes…</source>
      <translation>[Éàŕĺîéŕ Véŕšîöñš öf ţĥé Ñöţéš… ····· ····]</translation>
    </message>
    <message>
      <source>End Meeting…</source>
      <translation>[Éñđ Mééţîñĝ… ···]</translation>
    </message>
    <message>
      <source>Send Recap…</source>
      <translation>[Šéñđ Řéçàþ… ···]</translation>
    </message>
    <message>
      <source>Mark Selected Point or Action Private</source>
      <translation>[Màŕķ Šéĺéçţéđ Þöîñţ öŕ Åçţîöñ Þŕîvàţé ····· ····· ·]</translation>
    </message>
    <message>
      <source>Presenting (Hide Private Items)</source>
      <translation>[Þŕéšéñţîñĝ (Ĥîđé Þŕîvàţé Îţéḿš) ····· ·····]</translation>
    </message>
    <message>
      <source>Save Now</source>
      <translation>[Šàvé Ñöŵ ··]</translation>
    </message>
    <message>
      <source>Close (Saving First)</source>
      <translation>[Çĺöšé (Šàvîñĝ Fîŕšţ) ·····]</translation>
    </message>
    <message>
      <source>Quit MentorDesk</source>
      <translation>[Qûîţ MentorDesk ····]</translation>
    </message>
    <message>
      <source>Run Action…</source>
      <translation>[Řûñ Åçţîöñ… ···]</translation>
    </message>
    <message>
      <source>Meeting mode</source>
      <translation>[Mééţîñĝ ḿöđé ···]</translation>
    </message>
  </context>
  <context>
    <name>meeting_text</name>
    <message>
      <source>Agenda for our meeting on {when}</source>
      <translation>[Åĝéñđà föŕ öûŕ ḿééţîñĝ öñ {when} ····· ·····]</translation>
    </message>
    <message>
      <source>(no agenda points yet)</source>
      <translation>[(ñö àĝéñđà þöîñţš ýéţ) ····· ·]</translation>
    </message>
    <message>
      <source>{lock} Private: hidden while presenting.</source>
      <translation>[{lock} Þŕîvàţé: ĥîđđéñ ŵĥîĺé þŕéšéñţîñĝ. ····· ····· ··]</translation>
    </message>
    <message>
      <source>took {actual} of {planned} planned minutes</source>
      <translation>[ţööķ {actual} öf {planned} þĺàññéđ ḿîñûţéš ····· ····· ···]</translation>
    </message>
    <message>
      <source>Agenda</source>
      <translation>[Åĝéñđà ·]</translation>
    </message>
    <message>
      <source>No agenda.</source>
      <translation>[Ñö àĝéñđà. ··]</translation>
    </message>
    <message>
      <source>Notes</source>
      <translation>[Ñöţéš ·]</translation>
    </message>
    <message>
      <source>No notes.</source>
      <translation>[Ñö ñöţéš. ··]</translation>
    </message>
    <message>
      <source>Takeaways</source>
      <translation>[Ţàķéàŵàýš ··]</translation>
    </message>
    <message>
      <source>No takeaways.</source>
      <translation>[Ñö ţàķéàŵàýš. ····]</translation>
    </message>
    <message>
      <source>Action items</source>
      <translation>[Åçţîöñ îţéḿš ···]</translation>
    </message>
    <message>
      <source>None captured.</source>
      <translation>[Ñöñé çàþţûŕéđ. ····]</translation>
    </message>
  </context>
  <context>
    <name>meetings</name>
    <message>
      <source>{day} is more than two years away. Is that the date you meant?</source>
      <translation>[{day} îš ḿöŕé ţĥàñ ţŵö ýéàŕš àŵàý. Îš ţĥàţ ţĥé đàţé ýöû ḿéàñţ? ····· ····· ····· ·····]</translation>
    </message>
    <message>
      <source>{day} is in the past. Plan the meeting for that day anyway?</source>
      <translation>[{day} îš îñ ţĥé þàšţ. Þĺàñ ţĥé ḿééţîñĝ föŕ ţĥàţ đàý àñýŵàý? ····· ····· ····· ····]</translation>
    </message>
    <message>
      <source>Check the date</source>
      <translation>[Çĥéçķ ţĥé đàţé ····]</translation>
    </message>
    <message>
      <source>&amp;Keep this date</source>
      <translation>[&amp;Ķééþ ţĥîš đàţé ····]</translation>
    </message>
    <message>
      <source>Plan meeting with {name}</source>
      <translation>[Þĺàñ ḿééţîñĝ ŵîţĥ {name} ····· ··]</translation>
    </message>
    <message>
      <source>Reschedule the meeting with {name}</source>
      <translation>[Řéšçĥéđûĺé ţĥé ḿééţîñĝ ŵîţĥ {name} ····· ·····]</translation>
    </message>
    <message>
      <source>Correct the meeting with {name}</source>
      <translation>[Çöŕŕéçţ ţĥé ḿééţîñĝ ŵîţĥ {name} ····· ·····]</translation>
    </message>
    <message>
      <source>Cancel meeting {label}</source>
      <translation>[Çàñçéĺ ḿééţîñĝ {label} ····· ·]</translation>
    </message>
    <message>
      <source>Cancelled the meeting {label}.</source>
      <translation>[Çàñçéĺĺéđ ţĥé ḿééţîñĝ {label}. ····· ····]</translation>
    </message>
    <message>
      <source>Delete meeting {label}</source>
      <translation>[Đéĺéţé ḿééţîñĝ {label} ····· ·]</translation>
    </message>
    <message numerus="yes">
      <source>its agenda (%n point(s))</source>
      <translation>
        <numerusform>[îţš àĝéñđà (%n þöîñţ) ····· ·]</numerusform>
        <numerusform>[îţš àĝéñđà (%n þöîñţš) ····· ·]</numerusform>
      </translation>
    </message>
    <message>
      <source>its (empty) agenda</source>
      <translation>[îţš (éḿþţý) àĝéñđà ·····]</translation>
    </message>
    <message numerus="yes">
      <source>its notes (%n character(s)) and their history</source>
      <translation>
        <numerusform>[îţš ñöţéš (%n çĥàŕàçţéŕ) àñđ ţĥéîŕ ĥîšţöŕý ····· ····· ···]</numerusform>
        <numerusform>[îţš ñöţéš (%n çĥàŕàçţéŕš) àñđ ţĥéîŕ ĥîšţöŕý ····· ····· ····]</numerusform>
      </translation>
    </message>
    <message>
      <source>its (empty) notes</source>
      <translation>[îţš (éḿþţý) ñöţéš ·····]</translation>
    </message>
    <message>
      <source>its takeaways</source>
      <translation>[îţš ţàķéàŵàýš ····]</translation>
    </message>
    <message numerus="yes">
      <source>Its %n action item(s) stay in the Action items area, no longer linked to a meeting.</source>
      <translation>
        <numerusform>[Îţš àçţîöñ îţéḿ šţàýš îñ ţĥé Åçţîöñ îţéḿš àŕéà, ñö ĺöñĝéŕ ĺîñķéđ ţö à ḿééţîñĝ. ····· ····· ····· ····· ·····]</numerusform>
        <numerusform>[Îţš %n àçţîöñ îţéḿš šţàý îñ ţĥé Åçţîöñ îţéḿš àŕéà, ñö ĺöñĝéŕ ĺîñķéđ ţö à ḿééţîñĝ. ····· ····· ····· ····· ····· ·]</numerusform>
      </translation>
    </message>
    <message>
      <source>To keep the record, cancel it instead.</source>
      <translation>[Ţö ķééþ ţĥé ŕéçöŕđ, çàñçéĺ îţ îñšţéàđ. ····· ····· ··]</translation>
    </message>
    <message>
      <source>End meeting with {name}</source>
      <translation>[Éñđ ḿééţîñĝ ŵîţĥ {name} ····· ··]</translation>
    </message>
    <message>
      <source>Meeting marked held.</source>
      <translation>[Mééţîñĝ ḿàŕķéđ ĥéĺđ. ·····]</translation>
    </message>
    <message>
      <source>Send the recap to {name}</source>
      <translation>[Šéñđ ţĥé ŕéçàþ ţö {name} ····· ··]</translation>
    </message>
    <message>
      <source>Mark private: {text}</source>
      <translation>[Màŕķ þŕîvàţé: {text} ·····]</translation>
    </message>
    <message>
      <source>Mark not private: {text}</source>
      <translation>[Màŕķ ñöţ þŕîvàţé: {text} ····· ··]</translation>
    </message>
    <message>
      <source>Make the notes private</source>
      <translation>[Màķé ţĥé ñöţéš þŕîvàţé ····· ·]</translation>
    </message>
    <message>
      <source>Share the notes again</source>
      <translation>[Šĥàŕé ţĥé ñöţéš àĝàîñ ····· ·]</translation>
    </message>
    <message>
      <source>Make the takeaways private</source>
      <translation>[Màķé ţĥé ţàķéàŵàýš þŕîvàţé ····· ···]</translation>
    </message>
    <message>
      <source>Share the takeaways again</source>
      <translation>[Šĥàŕé ţĥé ţàķéàŵàýš àĝàîñ ····· ··]</translation>
    </message>
  </context>
  <context>
    <name>mentor_cadence</name>
    <message>
      <source>{interval} (agreed)</source>
      <translation>[{interval} (àĝŕééđ) ·····]</translation>
    </message>
    <message>
      <source>{day} · planned</source>
      <translation>[{day} · þĺàññéđ ····]</translation>
    </message>
    <message>
      <source>next due {day}</source>
      <translation>[ñéxţ đûé {day} ····]</translation>
    </message>
  </context>
  <context>
    <name>mentors</name>
    <message>
      <source>Add {name}</source>
      <translation>[Åđđ {name} ··]</translation>
    </message>
    <message>
      <source>Edit {name}</source>
      <translation>[Éđîţ {name} ···]</translation>
    </message>
    <message>
      <source>their profile and notes</source>
      <translation>[ţĥéîŕ þŕöfîĺé àñđ ñöţéš ····· ··]</translation>
    </message>
    <message>
      <source>their tags ({tags})</source>
      <translation>[ţĥéîŕ ţàĝš ({tags}) ·····]</translation>
    </message>
    <message>
      <source>To keep the record, use Archive instead.</source>
      <translation>[Ţö ķééþ ţĥé ŕéçöŕđ, ûšé Åŕçĥîvé îñšţéàđ. ····· ····· ··]</translation>
    </message>
    <message>
      <source>Delete {name}</source>
      <translation>[Đéĺéţé {name} ····]</translation>
    </message>
  </context>
  <context>
    <name>messages</name>
    <message>
      <source>{what} Edit ▸ Undo ({keys}) takes it back.</source>
      <translation>[{what} Éđîţ ▸ Ûñđö ({keys}) ţàķéš îţ ƀàçķ. ····· ····· ···]</translation>
    </message>
    <message>
      <source>{what} — done. Edit ▸ Undo ({keys}) takes it back.</source>
      <translation>[{what} — đöñé. Éđîţ ▸ Ûñđö ({keys}) ţàķéš îţ ƀàçķ. ····· ····· ·····]</translation>
    </message>
    <message>
      <source>Could not do “{what}”: {reason}.</source>
      <translation>[Çöûĺđ ñöţ đö “{what}”: {reason}. ····· ·····]</translation>
    </message>
    <message>
      <source>the database is busy (another program is using it)</source>
      <translation>[ţĥé đàţàƀàšé îš ƀûšý (àñöţĥéŕ þŕöĝŕàḿ îš ûšîñĝ îţ) ····· ····· ·····]</translation>
    </message>
    <message>
      <source>the disk is full</source>
      <translation>[ţĥé đîšķ îš fûĺĺ ·····]</translation>
    </message>
    <message>
      <source>the data folder cannot be written to</source>
      <translation>[ţĥé đàţà föĺđéŕ çàññöţ ƀé ŵŕîţţéñ ţö ····· ····· ·]</translation>
    </message>
    <message>
      <source>the disk reported an error</source>
      <translation>[ţĥé đîšķ ŕéþöŕţéđ àñ éŕŕöŕ ····· ···]</translation>
    </message>
    <message>
      <source>the database file is damaged</source>
      <translation>[ţĥé đàţàƀàšé fîĺé îš đàḿàĝéđ ····· ····]</translation>
    </message>
    <message>
      <source>the change conflicts with other data (a mistake in MentorDesk)</source>
      <translation>[ţĥé çĥàñĝé çöñfĺîçţš ŵîţĥ öţĥéŕ đàţà (à ḿîšţàķé îñ MentorDesk) ····· ····· ····· ·····]</translation>
    </message>
    <message>
      <source>something unexpected went wrong (a mistake in MentorDesk; see the log)</source>
      <translation>[šöḿéţĥîñĝ ûñéxþéçţéđ ŵéñţ ŵŕöñĝ (à ḿîšţàķé îñ MentorDesk; šéé ţĥé ĺöĝ) ····· ····· ····· ····· ··]</translation>
    </message>
    <message>
      <source>Close the other program, then try again.</source>
      <translation>[Çĺöšé ţĥé öţĥéŕ þŕöĝŕàḿ, ţĥéñ ţŕý àĝàîñ. ····· ····· ··]</translation>
    </message>
    <message>
      <source>Free some disk space, then try again.</source>
      <translation>[Fŕéé šöḿé đîšķ šþàçé, ţĥéñ ţŕý àĝàîñ. ····· ····· ·]</translation>
    </message>
    <message>
      <source>Check that the data folder is yours and not read-only (Help ▸ About).</source>
      <translation>[Çĥéçķ ţĥàţ ţĥé đàţà föĺđéŕ îš ýöûŕš àñđ ñöţ ŕéàđ-öñĺý (Ĥéĺþ ▸ Åƀöûţ). ····· ····· ····· ····· ··]</translation>
    </message>
    <message>
      <source>Check the disk, then try again.</source>
      <translation>[Çĥéçķ ţĥé đîšķ, ţĥéñ ţŕý àĝàîñ. ····· ·····]</translation>
    </message>
    <message>
      <source>Quit MentorDesk and restore a backup (see the README).</source>
      <translation>[Qûîţ MentorDesk àñđ ŕéšţöŕé à ƀàçķûþ (šéé ţĥé ŘÉÅĐMÉ). ····· ····· ····· ··]</translation>
    </message>
    <message>
      <source>Nothing was changed.</source>
      <translation>[Ñöţĥîñĝ ŵàš çĥàñĝéđ. ·····]</translation>
    </message>
    <message>
      <source>the {kind} it belongs to was deleted meanwhile</source>
      <translation>[ţĥé {kind} îţ ƀéĺöñĝš ţö ŵàš đéĺéţéđ ḿéàñŵĥîĺé ····· ····· ·····]</translation>
    </message>
    <message>
      <source>this {kind} was deleted meanwhile</source>
      <translation>[ţĥîš {kind} ŵàš đéĺéţéđ ḿéàñŵĥîĺé ····· ·····]</translation>
    </message>
    <message>
      <source>Unsaved changes</source>
      <translation>[Ûñšàvéđ çĥàñĝéš ····]</translation>
    </message>
    <message>
      <source>Your changes to {who} are not saved yet:</source>
      <translation>[Ýöûŕ çĥàñĝéš ţö {who} àŕé ñöţ šàvéđ ýéţ: ····· ····· ··]</translation>
    </message>
  </context>
  <context>
    <name>operation</name>
    <message>
      <source>Nothing to save: “{name}” is as stored.</source>
      <translation>[Ñöţĥîñĝ ţö šàvé: “{name}” îš àš šţöŕéđ. ····· ····· ··]</translation>
    </message>
    <message>
      <source>This also removes {what}.</source>
      <translation>[Ţĥîš àĺšö ŕéḿövéš {what}. ····· ··]</translation>
    </message>
    <message>
      <source>Nothing else goes with it.</source>
      <translation>[Ñöţĥîñĝ éĺšé ĝöéš ŵîţĥ îţ. ····· ···]</translation>
    </message>
    <message>
      <source>Delete the {kind} “{title}”?</source>
      <translation>[Đéĺéţé ţĥé {kind} “{title}”? ····· ····]</translation>
    </message>
    <message>
      <source>Delete the {kind} {title}?</source>
      <translation>[Đéĺéţé ţĥé {kind} {title}? ····· ···]</translation>
    </message>
    <message>
      <source>Edit ▸ Undo brings it back.</source>
      <translation>[Éđîţ ▸ Ûñđö ƀŕîñĝš îţ ƀàçķ. ····· ···]</translation>
    </message>
    <message>
      <source>Delete {kind}</source>
      <translation>[Đéĺéţé {kind} ····]</translation>
    </message>
    <message>
      <source>Delete</source>
      <translation>[Đéĺéţé ·]</translation>
    </message>
  </context>
  <context>
    <name>panel</name>
    <message>
      <source>Start from a template</source>
      <translation>[Šţàŕţ fŕöḿ à ţéḿþĺàţé ····· ·]</translation>
    </message>
    <message>
      <source>Compare versions…</source>
      <translation>[Çöḿþàŕé véŕšîöñš… ·····]</translation>
    </message>
    <message>
      <source>Export</source>
      <translation>[Éxþöŕţ ·]</translation>
    </message>
    <message>
      <source>As Markdown…</source>
      <translation>[Åš Màŕķđöŵñ… ···]</translation>
    </message>
    <message>
      <source>As PDF to sign…</source>
      <translation>[Åš ÞĐF ţö šîĝñ… ····]</translation>
    </message>
    <message>
      <source>Delete agreement…</source>
      <translation>[Đéĺéţé àĝŕééḿéñţ… ·····]</translation>
    </message>
    <message>
      <source>Replace what you typed?</source>
      <translation>[Řéþĺàçé ŵĥàţ ýöû ţýþéđ? ····· ··]</translation>
    </message>
    <message>
      <source>Fill the agreement from “{name}”, replacing what you typed?</source>
      <translation>[Fîĺĺ ţĥé àĝŕééḿéñţ fŕöḿ “{name}”, ŕéþĺàçîñĝ ŵĥàţ ýöû ţýþéđ? ····· ····· ····· ····]</translation>
    </message>
    <message>
      <source>Replace</source>
      <translation>[Řéþĺàçé ·]</translation>
    </message>
    <message>
      <source>Filled from “{name}”: edit it, then save.</source>
      <translation>[Fîĺĺéđ fŕöḿ “{name}”: éđîţ îţ, ţĥéñ šàvé. ····· ····· ···]</translation>
    </message>
  </context>
  <context>
    <name>presenting</name>
    <message>
      <source>&amp;Presenting (Hide Private Items)</source>
      <translation>[&amp;Þŕéšéñţîñĝ (Ĥîđé Þŕîvàţé Îţéḿš) ····· ·····]</translation>
    </message>
    <message>
      <source>{lock} Presenting: private items are hidden</source>
      <translation>[{lock} Þŕéšéñţîñĝ: þŕîvàţé îţéḿš àŕé ĥîđđéñ ····· ····· ····]</translation>
    </message>
  </context>
  <context>
    <name>privacy</name>
    <message>
      <source>[Private]</source>
      <translation>[[Þŕîvàţé] ··]</translation>
    </message>
    <message>
      <source>Private (Never Copied or Sent)</source>
      <translation>[Þŕîvàţé (Ñévéŕ Çöþîéđ öŕ Šéñţ) ····· ····]</translation>
    </message>
    <message>
      <source>Private: never in anything copied or sent</source>
      <translation>[Þŕîvàţé: ñévéŕ îñ àñýţĥîñĝ çöþîéđ öŕ šéñţ ····· ····· ···]</translation>
    </message>
  </context>
  <context>
    <name>prospects</name>
    <message>
      <source>Goals {name} fits</source>
      <translation>[Ĝöàĺš {name} fîţš ·····]</translation>
    </message>
    <message>
      <source>{step} {name}</source>
      <translation>[{step} {name} ····]</translation>
    </message>
    <message>
      <source>Delete an outreach step</source>
      <translation>[Đéĺéţé àñ öûţŕéàçĥ šţéþ ····· ··]</translation>
    </message>
    <message>
      <source>Promote {name} to active mentor</source>
      <translation>[Þŕöḿöţé {name} ţö àçţîvé ḿéñţöŕ ····· ·····]</translation>
    </message>
    <message>
      <source>{name} is an active mentor now.</source>
      <translation>[{name} îš àñ àçţîvé ḿéñţöŕ ñöŵ. ····· ·····]</translation>
    </message>
  </context>
  <context>
    <name>recap</name>
    <message>
      <source>Send recap</source>
      <translation>[Šéñđ ŕéçàþ ··]</translation>
    </message>
    <message>
      <source>Recap sent on {when} ({how}).</source>
      <translation>[Řéçàþ šéñţ öñ {when} ({how}). ····· ····]</translation>
    </message>
    <message>
      <source>Exactly this text is copied, mailed or saved. Private agenda points and action items are left out, and so are your notes and takeaways.</source>
      <translation>[Éxàçţĺý ţĥîš ţéxţ îš çöþîéđ, ḿàîĺéđ öŕ šàvéđ. Þŕîvàţé àĝéñđà þöîñţš àñđ àçţîöñ îţéḿš àŕé ĺéfţ öûţ, àñđ šö àŕé ýöûŕ ñöţéš àñđ ţàķéàŵàýš. ····· ····· ····· ····· ····· ····· ····· ····· ····]</translation>
    </message>
    <message>
      <source>Recap for {name}</source>
      <translation>[Řéçàþ föŕ {name} ·····]</translation>
    </message>
    <message>
      <source>{name} recap {day}.md</source>
      <translation>[{name} ŕéçàþ {day}.ḿđ ····· ·]</translation>
    </message>
    <message>
      <source>Thank you – our meeting on {day}</source>
      <translation>[Ţĥàñķ ýöû – öûŕ ḿééţîñĝ öñ {day} ····· ·····]</translation>
    </message>
    <message>
      <source>(by {day})</source>
      <translation>[(ƀý {day}) ··]</translation>
    </message>
    <message>
      <source>, and I will report back to you on it</source>
      <translation>[, àñđ Î ŵîĺĺ ŕéþöŕţ ƀàçķ ţö ýöû öñ îţ ····· ····· ·]</translation>
    </message>
    <message>
      <source>Hi {name},</source>
      <translation>[Ĥî {name}, ··]</translation>
    </message>
    <message>
      <source>Thank you for your time on {day}. It helped a lot.</source>
      <translation>[Ţĥàñķ ýöû föŕ ýöûŕ ţîḿé öñ {day}. Îţ ĥéĺþéđ à ĺöţ. ····· ····· ·····]</translation>
    </message>
    <message>
      <source>What we discussed:</source>
      <translation>[Ŵĥàţ ŵé đîšçûššéđ: ·····]</translation>
    </message>
    <message>
      <source>What I will do:</source>
      <translation>[Ŵĥàţ Î ŵîĺĺ đö: ····]</translation>
    </message>
    <message>
      <source>I will report back to you on:</source>
      <translation>[Î ŵîĺĺ ŕéþöŕţ ƀàçķ ţö ýöû öñ: ····· ····]</translation>
    </message>
    <message>
      <source>I will suggest a time for our next meeting soon.</source>
      <translation>[Î ŵîĺĺ šûĝĝéšţ à ţîḿé föŕ öûŕ ñéxţ ḿééţîñĝ šööñ. ····· ····· ·····]</translation>
    </message>
    <message>
      <source>Our next meeting: {when} ({how}{place}).</source>
      <translation>[Öûŕ ñéxţ ḿééţîñĝ: {when} ({how}{place}). ····· ····· ··]</translation>
    </message>
    <message>
      <source>Best regards,</source>
      <translation>[Ɓéšţ ŕéĝàŕđš, ····]</translation>
    </message>
    <message>
      <source>(your name)</source>
      <translation>[(ýöûŕ ñàḿé) ···]</translation>
    </message>
  </context>
  <context>
    <name>record_editor</name>
    <message>
      <source>It could not be saved.</source>
      <translation>[Îţ çöûĺđ ñöţ ƀé šàvéđ. ····· ·]</translation>
    </message>
  </context>
  <context>
    <name>reminders</name>
    <message numerus="yes">
      <source>%n open action item(s)</source>
      <translation>
        <numerusform>[%n öþéñ àçţîöñ îţéḿ ·····]</numerusform>
        <numerusform>[%n öþéñ àçţîöñ îţéḿš ·····]</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n to report back</source>
      <translation>
        <numerusform>[%n ţö ŕéþöŕţ ƀàçķ ·····]</numerusform>
        <numerusform>[%n ţö ŕéþöŕţ ƀàçķ ·····]</numerusform>
      </translation>
    </message>
    <message>
      <source>Agenda: {points}</source>
      <translation>[Åĝéñđà: {points} ·····]</translation>
    </message>
    <message>
      <source>No agenda yet, nothing open.</source>
      <translation>[Ñö àĝéñđà ýéţ, ñöţĥîñĝ öþéñ. ····· ····]</translation>
    </message>
    <message>
      <source>Meeting with {name} at {time}</source>
      <translation>[Mééţîñĝ ŵîţĥ {name} àţ {time} ····· ····]</translation>
    </message>
    <message>
      <source>Open brief</source>
      <translation>[Öþéñ ƀŕîéf ··]</translation>
    </message>
    <message>
      <source>{name} is overdue for a meeting ({days}).</source>
      <translation>[{name} îš övéŕđûé föŕ à ḿééţîñĝ ({days}). ····· ····· ···]</translation>
    </message>
    <message numerus="yes">
      <source>%n mentor(s) are overdue for a meeting: {names}.</source>
      <translation>
        <numerusform>[%n ḿéñţöŕ îš övéŕđûé föŕ à ḿééţîñĝ: {names}. ····· ····· ····]</numerusform>
        <numerusform>[%n ḿéñţöŕš àŕé övéŕđûé föŕ à ḿééţîñĝ: {names}. ····· ····· ·····]</numerusform>
      </translation>
    </message>
    <message>
      <source>Time to meet</source>
      <translation>[Ţîḿé ţö ḿééţ ···]</translation>
    </message>
    <message>
      <source>Open</source>
      <translation>[Öþéñ ·]</translation>
    </message>
    <message numerus="yes">
      <source>%n meeting(s): {which}.</source>
      <translation>
        <numerusform>[%n ḿééţîñĝ: {which}. ·····]</numerusform>
        <numerusform>[%n ḿééţîñĝš: {which}. ····· ·]</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n mentor(s) now overdue: {names}.</source>
      <translation>
        <numerusform>[%n ḿéñţöŕ ñöŵ övéŕđûé: {names}. ····· ·····]</numerusform>
        <numerusform>[%n ḿéñţöŕš ñöŵ övéŕđûé: {names}. ····· ·····]</numerusform>
      </translation>
    </message>
    <message>
      <source>While MentorDesk was closed</source>
      <translation>[Ŵĥîĺé MentorDesk ŵàš çĺöšéđ ····· ···]</translation>
    </message>
    <message>
      <source>Open Dashboard</source>
      <translation>[Öþéñ Đàšĥƀöàŕđ ····]</translation>
    </message>
    <message>
      <source>Reminders could not be checked: {problem}.</source>
      <translation>[Řéḿîñđéŕš çöûĺđ ñöţ ƀé çĥéçķéđ: {problem}. ····· ····· ···]</translation>
    </message>
  </context>
  <context>
    <name>sample_data</name>
    <message numerus="yes">
      <source>Added %n fictional mentor(s) to explore.</source>
      <translation>
        <numerusform>[Åđđéđ %n fîçţîöñàĺ ḿéñţöŕ ţö éxþĺöŕé. ····· ····· ·]</numerusform>
        <numerusform>[Åđđéđ %n fîçţîöñàĺ ḿéñţöŕš ţö éxþĺöŕé. ····· ····· ··]</numerusform>
      </translation>
    </message>
    <message>
      <source>Load sample data</source>
      <translation>[Ĺöàđ šàḿþĺé đàţà ·····]</translation>
    </message>
    <message>
      <source>Add sample data?</source>
      <translation>[Åđđ šàḿþĺé đàţà? ·····]</translation>
    </message>
    <message>
      <source>Add five fictional mentors, with meetings, goals and action items, beside your own?</source>
      <translation>[Åđđ fîvé fîçţîöñàĺ ḿéñţöŕš, ŵîţĥ ḿééţîñĝš, ĝöàĺš àñđ àçţîöñ îţéḿš, ƀéšîđé ýöûŕ öŵñ? ····· ····· ····· ····· ····· ··]</translation>
    </message>
    <message>
      <source>Add sample data</source>
      <translation>[Åđđ šàḿþĺé đàţà ····]</translation>
    </message>
    <message>
      <source>They are marked “sample” in the lists, and File ▸ Remove Sample Data takes them all away again; your own data is never touched.</source>
      <translation>[Ţĥéý àŕé ḿàŕķéđ “šàḿþĺé” îñ ţĥé ĺîšţš, àñđ Fîĺé ▸ Řéḿövé Šàḿþĺé Đàţà ţàķéš ţĥéḿ àĺĺ àŵàý àĝàîñ; ýöûŕ öŵñ đàţà îš ñévéŕ ţöûçĥéđ. ····· ····· ····· ····· ····· ····· ····· ····· ·]</translation>
    </message>
    <message numerus="yes">
      <source>Remove the %n fictional mentor(s), with their meetings and action items?</source>
      <translation>
        <numerusform>[Řéḿövé ţĥé %n fîçţîöñàĺ ḿéñţöŕ, ŵîţĥ ţĥéîŕ ḿééţîñĝš àñđ àçţîöñ îţéḿš? ····· ····· ····· ····· ··]</numerusform>
        <numerusform>[Řéḿövé ţĥé %n fîçţîöñàĺ ḿéñţöŕš, ŵîţĥ ţĥéîŕ ḿééţîñĝš àñđ àçţîöñ îţéḿš? ····· ····· ····· ····· ··]</numerusform>
      </translation>
    </message>
    <message>
      <source>Remove sample data</source>
      <translation>[Řéḿövé šàḿþĺé đàţà ·····]</translation>
    </message>
    <message>
      <source>Remove</source>
      <translation>[Řéḿövé ·]</translation>
    </message>
    <message>
      <source>Your own mentors and notes are not touched. Edit ▸ Undo brings the sample back.</source>
      <translation>[Ýöûŕ öŵñ ḿéñţöŕš àñđ ñöţéš àŕé ñöţ ţöûçĥéđ. Éđîţ ▸ Ûñđö ƀŕîñĝš ţĥé šàḿþĺé ƀàçķ. ····· ····· ····· ····· ·····]</translation>
    </message>
    <message>
      <source>Removed the sample data.</source>
      <translation>[Řéḿövéđ ţĥé šàḿþĺé đàţà. ····· ··]</translation>
    </message>
  </context>
  <context>
    <name>self.panel</name>
    <message>
      <source>From a file…</source>
      <translation>[Fŕöḿ à fîĺé… ···]</translation>
    </message>
    <message>
      <source>Start from a template file</source>
      <translation>[Šţàŕţ fŕöḿ à ţéḿþĺàţé fîĺé ····· ···]</translation>
    </message>
    <message>
      <source>Agreement templates (*.json)</source>
      <translation>[Åĝŕééḿéñţ ţéḿþĺàţéš (*.jšöñ) ····· ····]</translation>
    </message>
    <message>
      <source>Your name</source>
      <translation>[Ýöûŕ ñàḿé ··]</translation>
    </message>
    <message>
      <source>Your name, as it should appear on the agreement:</source>
      <translation>[Ýöûŕ ñàḿé, àš îţ šĥöûĺđ àþþéàŕ öñ ţĥé àĝŕééḿéñţ: ····· ····· ·····]</translation>
    </message>
    <message>
      <source>Export the agreement</source>
      <translation>[Éxþöŕţ ţĥé àĝŕééḿéñţ ·····]</translation>
    </message>
    <message>
      <source>Could not write {file}: {reason}.</source>
      <translation>[Çöûĺđ ñöţ ŵŕîţé {file}: {reason}. ····· ·····]</translation>
    </message>
    <message>
      <source>Exported to {file}.</source>
      <translation>[Éxþöŕţéđ ţö {file}. ·····]</translation>
    </message>
    <message>
      <source>Markdown (*.md)</source>
      <translation>[Màŕķđöŵñ (*.ḿđ) ····]</translation>
    </message>
    <message>
      <source>PDF (*.pdf)</source>
      <translation>[ÞĐF (*.þđf) ···]</translation>
    </message>
  </context>
  <context>
    <name>services</name>
    <message>
      <source>Choose the mentor this advice came from.</source>
      <translation>[Çĥööšé ţĥé ḿéñţöŕ ţĥîš àđvîçé çàḿé fŕöḿ. ····· ····· ··]</translation>
    </message>
    <message>
      <source>That meeting no longer exists.</source>
      <translation>[Ţĥàţ ḿééţîñĝ ñö ĺöñĝéŕ éxîšţš. ····· ····]</translation>
    </message>
    <message>
      <source>Keep it under {most} characters; the notes can hold the rest.</source>
      <translation>[Ķééþ îţ ûñđéŕ {most} çĥàŕàçţéŕš; ţĥé ñöţéš çàñ ĥöĺđ ţĥé ŕéšţ. ····· ····· ····· ·····]</translation>
    </message>
    <message>
      <source>Choose open, done or dropped.</source>
      <translation>[Çĥööšé öþéñ, đöñé öŕ đŕöþþéđ. ····· ····]</translation>
    </message>
    <message>
      <source>The done date cannot be in the future.</source>
      <translation>[Ţĥé đöñé đàţé çàññöţ ƀé îñ ţĥé fûţûŕé. ····· ····· ··]</translation>
    </message>
    <message>
      <source>Choose a status from the list.</source>
      <translation>[Çĥööšé à šţàţûš fŕöḿ ţĥé ĺîšţ. ····· ····]</translation>
    </message>
    <message>
      <source>This version was agreed, so it cannot become a draft again. Change its terms to start a new version.</source>
      <translation>[Ţĥîš véŕšîöñ ŵàš àĝŕééđ, šö îţ çàññöţ ƀéçöḿé à đŕàfţ àĝàîñ. Çĥàñĝé îţš ţéŕḿš ţö šţàŕţ à ñéŵ véŕšîöñ. ····· ····· ····· ····· ····· ····· ··]</translation>
    </message>
    <message>
      <source>Choose a format from the list.</source>
      <translation>[Çĥööšé à föŕḿàţ fŕöḿ ţĥé ĺîšţ. ····· ····]</translation>
    </message>
    <message>
      <source>Choose how touches count from the list.</source>
      <translation>[Çĥööšé ĥöŵ ţöûçĥéš çöûñţ fŕöḿ ţĥé ĺîšţ. ····· ····· ··]</translation>
    </message>
    <message>
      <source>Meet at least once: the frequency must be 1 or more.</source>
      <translation>[Mééţ àţ ĺéàšţ öñçé: ţĥé fŕéqûéñçý ḿûšţ ƀé 1 öŕ ḿöŕé. ····· ····· ····· ·]</translation>
    </message>
    <message>
      <source>Use at most {most} (or a larger unit).</source>
      <translation>[Ûšé àţ ḿöšţ {most} (öŕ à ĺàŕĝéŕ ûñîţ). ····· ····· ··]</translation>
    </message>
    <message>
      <source>Choose days, weeks or months.</source>
      <translation>[Çĥööšé đàýš, ŵééķš öŕ ḿöñţĥš. ····· ····]</translation>
    </message>
    <message>
      <source>Plan between 1 minute and 24 hours.</source>
      <translation>[Þĺàñ ƀéţŵééñ 1 ḿîñûţé àñđ 24 ĥöûŕš. ····· ·····]</translation>
    </message>
    <message>
      <source>Enter a web address such as {example}.</source>
      <translation>[Éñţéŕ à ŵéƀ àđđŕéšš šûçĥ àš {example}. ····· ····· ··]</translation>
    </message>
    <message>
      <source>The review date is before the start date.</source>
      <translation>[Ţĥé ŕévîéŵ đàţé îš ƀéföŕé ţĥé šţàŕţ đàţé. ····· ····· ···]</translation>
    </message>
    <message>
      <source>The review date is after the end date.</source>
      <translation>[Ţĥé ŕévîéŵ đàţé îš àfţéŕ ţĥé éñđ đàţé. ····· ····· ··]</translation>
    </message>
    <message>
      <source>The end date is before the start date.</source>
      <translation>[Ţĥé éñđ đàţé îš ƀéföŕé ţĥé šţàŕţ đàţé. ····· ····· ··]</translation>
    </message>
    <message>
      <source>A new agreement cannot have ended already: choose a later end date.</source>
      <translation>[Å ñéŵ àĝŕééḿéñţ çàññöţ ĥàvé éñđéđ àĺŕéàđý: çĥööšé à ĺàţéŕ éñđ đàţé. ····· ····· ····· ····· ·]</translation>
    </message>
    <message>
      <source>The agreed-on date cannot be in the future.</source>
      <translation>[Ţĥé àĝŕééđ-öñ đàţé çàññöţ ƀé îñ ţĥé fûţûŕé. ····· ····· ····]</translation>
    </message>
    <message>
      <source>Keep this under {most} characters.</source>
      <translation>[Ķééþ ţĥîš ûñđéŕ {most} çĥàŕàçţéŕš. ····· ·····]</translation>
    </message>
    <message>
      <source>Give it a title, so you can find it again.</source>
      <translation>[Ĝîvé îţ à ţîţĺé, šö ýöû çàñ fîñđ îţ àĝàîñ. ····· ····· ···]</translation>
    </message>
    <message>
      <source>Keep the title under {most} characters.</source>
      <translation>[Ķééþ ţĥé ţîţĺé ûñđéŕ {most} çĥàŕàçţéŕš. ····· ····· ··]</translation>
    </message>
    <message>
      <source>Enter a web address (https://…) or an email link (mailto:…).</source>
      <translation>[Éñţéŕ à ŵéƀ àđđŕéšš (https://…) öŕ àñ éḿàîĺ ĺîñķ (ḿàîĺţö:…). ····· ····· ····· ····]</translation>
    </message>
    <message>
      <source>The mentorship cannot end in the future: choose today or earlier.</source>
      <translation>[Ţĥé ḿéñţöŕšĥîþ çàññöţ éñđ îñ ţĥé fûţûŕé: çĥööšé ţöđàý öŕ éàŕĺîéŕ. ····· ····· ····· ·····]</translation>
    </message>
    <message>
      <source>Keep in touch every 1 to {most} days, weeks or months.</source>
      <translation>[Ķééþ îñ ţöûçĥ évéŕý 1 ţö {most} đàýš, ŵééķš öŕ ḿöñţĥš. ····· ····· ····· ··]</translation>
    </message>
    <message>
      <source>A goal you ticked was deleted meanwhile: tick again.</source>
      <translation>[Å ĝöàĺ ýöû ţîçķéđ ŵàš đéĺéţéđ ḿéàñŵĥîĺé: ţîçķ àĝàîñ. ····· ····· ····· ·]</translation>
    </message>
    <message>
      <source>Write the idea: what will you give back?</source>
      <translation>[Ŵŕîţé ţĥé îđéà: ŵĥàţ ŵîĺĺ ýöû ĝîvé ƀàçķ? ····· ····· ··]</translation>
    </message>
    <message>
      <source>Keep the idea under {most} characters; the note can hold more.</source>
      <translation>[Ķééþ ţĥé îđéà ûñđéŕ {most} çĥàŕàçţéŕš; ţĥé ñöţé çàñ ĥöĺđ ḿöŕé. ····· ····· ····· ·····]</translation>
    </message>
    <message>
      <source>Choose the mentor this is for.</source>
      <translation>[Çĥööšé ţĥé ḿéñţöŕ ţĥîš îš föŕ. ····· ····]</translation>
    </message>
    <message>
      <source>Choose a kind from the list.</source>
      <translation>[Çĥööšé à ķîñđ fŕöḿ ţĥé ĺîšţ. ····· ····]</translation>
    </message>
    <message>
      <source>Choose idea, planned or done.</source>
      <translation>[Çĥööšé îđéà, þĺàññéđ öŕ đöñé. ····· ····]</translation>
    </message>
    <message>
      <source>Keep the note under {most} characters.</source>
      <translation>[Ķééþ ţĥé ñöţé ûñđéŕ {most} çĥàŕàçţéŕš. ····· ····· ··]</translation>
    </message>
    <message>
      <source>This mentor was deleted meanwhile: choose another.</source>
      <translation>[Ţĥîš ḿéñţöŕ ŵàš đéĺéţéđ ḿéàñŵĥîĺé: çĥööšé àñöţĥéŕ. ····· ····· ·····]</translation>
    </message>
    <message>
      <source>An action item you chose was deleted meanwhile: choose again.</source>
      <translation>[Åñ àçţîöñ îţéḿ ýöû çĥöšé ŵàš đéĺéţéđ ḿéàñŵĥîĺé: çĥööšé àĝàîñ. ····· ····· ····· ·····]</translation>
    </message>
    <message>
      <source>That action item was deleted meanwhile.</source>
      <translation>[Ţĥàţ àçţîöñ îţéḿ ŵàš đéĺéţéđ ḿéàñŵĥîĺé. ····· ····· ··]</translation>
    </message>
    <message>
      <source>This mentor was deleted meanwhile.</source>
      <translation>[Ţĥîš ḿéñţöŕ ŵàš đéĺéţéđ ḿéàñŵĥîĺé. ····· ·····]</translation>
    </message>
    <message>
      <source>Name the goal.</source>
      <translation>[Ñàḿé ţĥé ĝöàĺ. ····]</translation>
    </message>
    <message>
      <source>Keep the title under {most} characters; the why can hold more.</source>
      <translation>[Ķééþ ţĥé ţîţĺé ûñđéŕ {most} çĥàŕàçţéŕš; ţĥé ŵĥý çàñ ĥöĺđ ḿöŕé. ····· ····· ····· ·····]</translation>
    </message>
    <message>
      <source>The target date is in the past: choose today or a later day.</source>
      <translation>[Ţĥé ţàŕĝéţ đàţé îš îñ ţĥé þàšţ: çĥööšé ţöđàý öŕ à ĺàţéŕ đàý. ····· ····· ····· ····]</translation>
    </message>
    <message>
      <source>The target date is before the goal was created: choose a later day.</source>
      <translation>[Ţĥé ţàŕĝéţ đàţé îš ƀéföŕé ţĥé ĝöàĺ ŵàš çŕéàţéđ: çĥööšé à ĺàţéŕ đàý. ····· ····· ····· ····· ·]</translation>
    </message>
    <message>
      <source>Choose active, achieved or dropped.</source>
      <translation>[Çĥööšé àçţîvé, àçĥîévéđ öŕ đŕöþþéđ. ····· ·····]</translation>
    </message>
    <message>
      <source>Choose how progress is measured.</source>
      <translation>[Çĥööšé ĥöŵ þŕöĝŕéšš îš ḿéàšûŕéđ. ····· ·····]</translation>
    </message>
    <message>
      <source>A mentor you chose was deleted meanwhile: choose again.</source>
      <translation>[Å ḿéñţöŕ ýöû çĥöšé ŵàš đéĺéţéđ ḿéàñŵĥîĺé: çĥööšé àĝàîñ. ····· ····· ····· ··]</translation>
    </message>
    <message>
      <source>Progress is a percentage: a whole number from 0 to 100.</source>
      <translation>[Þŕöĝŕéšš îš à þéŕçéñţàĝé: à ŵĥöĺé ñûḿƀéŕ fŕöḿ 0 ţö 100. ····· ····· ····· ··]</translation>
    </message>
    <message>
      <source>The day of an update cannot be in the future.</source>
      <translation>[Ţĥé đàý öf àñ ûþđàţé çàññöţ ƀé îñ ţĥé fûţûŕé. ····· ····· ····]</translation>
    </message>
    <message>
      <source>Keep the comment under {most} characters.</source>
      <translation>[Ķééþ ţĥé çöḿḿéñţ ûñđéŕ {most} çĥàŕàçţéŕš. ····· ····· ···]</translation>
    </message>
    <message>
      <source>This meeting was held; correct its time with Edit instead.</source>
      <translation>[Ţĥîš ḿééţîñĝ ŵàš ĥéĺđ; çöŕŕéçţ îţš ţîḿé ŵîţĥ Éđîţ îñšţéàđ. ····· ····· ····· ····]</translation>
    </message>
    <message>
      <source>The meeting time needs a time zone.</source>
      <translation>[Ţĥé ḿééţîñĝ ţîḿé ñééđš à ţîḿé žöñé. ····· ·····]</translation>
    </message>
    <message>
      <source>Only a held meeting has a held time.</source>
      <translation>[Öñĺý à ĥéĺđ ḿééţîñĝ ĥàš à ĥéĺđ ţîḿé. ····· ····· ·]</translation>
    </message>
    <message>
      <source>The time needs a time zone.</source>
      <translation>[Ţĥé ţîḿé ñééđš à ţîḿé žöñé. ····· ···]</translation>
    </message>
    <message>
      <source>Choose the mentor you are meeting.</source>
      <translation>[Çĥööšé ţĥé ḿéñţöŕ ýöû àŕé ḿééţîñĝ. ····· ·····]</translation>
    </message>
    <message>
      <source>Enter between 1 minute and 24 hours.</source>
      <translation>[Éñţéŕ ƀéţŵééñ 1 ḿîñûţé àñđ 24 ĥöûŕš. ····· ····· ·]</translation>
    </message>
    <message>
      <source>Rate the meeting from 1 to 5.</source>
      <translation>[Řàţé ţĥé ḿééţîñĝ fŕöḿ 1 ţö 5. ····· ····]</translation>
    </message>
    <message>
      <source>This meeting was already marked held.</source>
      <translation>[Ţĥîš ḿééţîñĝ ŵàš àĺŕéàđý ḿàŕķéđ ĥéĺđ. ····· ····· ·]</translation>
    </message>
    <message>
      <source>Use at most {most}.</source>
      <translation>[Ûšé àţ ḿöšţ {most}. ·····]</translation>
    </message>
    <message>
      <source>Enter the mentor's name.</source>
      <translation>[Éñţéŕ ţĥé ḿéñţöŕ'š ñàḿé. ····· ··]</translation>
    </message>
    <message>
      <source>The name is too long (at most {most} characters).</source>
      <translation>[Ţĥé ñàḿé îš ţöö ĺöñĝ (àţ ḿöšţ {most} çĥàŕàçţéŕš). ····· ····· ·····]</translation>
    </message>
    <message>
      <source>This does not look like an email address (name@example.com).</source>
      <translation>[Ţĥîš đöéš ñöţ ĺööķ ĺîķé àñ éḿàîĺ àđđŕéšš (ñàḿé@éxàḿþĺé.çöḿ). ····· ····· ····· ····]</translation>
    </message>
    <message>
      <source>Enter a web address such as https://example.com/profile.</source>
      <translation>[Éñţéŕ à ŵéƀ àđđŕéšš šûçĥ àš https://example.com/profile. ····· ····· ····· ···]</translation>
    </message>
    <message>
      <source>Choose a time zone from the list, such as Europe/London.</source>
      <translation>[Çĥööšé à ţîḿé žöñé fŕöḿ ţĥé ĺîšţ, šûçĥ àš Éûŕöþé/Ĺöñđöñ. ····· ····· ····· ···]</translation>
    </message>
    <message>
      <source>Choose internal or external from the list.</source>
      <translation>[Çĥööšé îñţéŕñàĺ öŕ éxţéŕñàĺ fŕöḿ ţĥé ĺîšţ. ····· ····· ···]</translation>
    </message>
    <message>
      <source>Choose where you found them from the list.</source>
      <translation>[Çĥööšé ŵĥéŕé ýöû föûñđ ţĥéḿ fŕöḿ ţĥé ĺîšţ. ····· ····· ···]</translation>
    </message>
    <message>
      <source>Choose a preferred channel from the list.</source>
      <translation>[Çĥööšé à þŕéféŕŕéđ çĥàññéĺ fŕöḿ ţĥé ĺîšţ. ····· ····· ···]</translation>
    </message>
    <message>
      <source>Use digits, spaces and + - ( ) only, like +44 20 7946 0018.</source>
      <translation>[Ûšé đîĝîţš, šþàçéš àñđ + - ( ) öñĺý, ĺîķé +44 20 7946 0018. ····· ····· ····· ····]</translation>
    </message>
    <message>
      <source>A phone number has at least 5 digits, like +44 20 7946 0018.</source>
      <translation>[Å þĥöñé ñûḿƀéŕ ĥàš àţ ĺéàšţ 5 đîĝîţš, ĺîķé +44 20 7946 0018. ····· ····· ····· ····]</translation>
    </message>
    <message>
      <source>A phone number has at most 20 digits.</source>
      <translation>[Å þĥöñé ñûḿƀéŕ ĥàš àţ ḿöšţ 20 đîĝîţš. ····· ····· ·]</translation>
    </message>
    <message>
      <source>Choose asked, followed up or answered.</source>
      <translation>[Çĥööšé àšķéđ, föĺĺöŵéđ ûþ öŕ àñšŵéŕéđ. ····· ····· ··]</translation>
    </message>
    <message>
      <source>A step cannot be in the future: record it once it happened.</source>
      <translation>[Å šţéþ çàññöţ ƀé îñ ţĥé fûţûŕé: ŕéçöŕđ îţ öñçé îţ ĥàþþéñéđ. ····· ····· ····· ····]</translation>
    </message>
    <message>
      <source>Follow up after the step, not before it.</source>
      <translation>[Föĺĺöŵ ûþ àfţéŕ ţĥé šţéþ, ñöţ ƀéföŕé îţ. ····· ····· ··]</translation>
    </message>
    <message>
      <source>Write the topic: what do you want to bring up?</source>
      <translation>[Ŵŕîţé ţĥé ţöþîç: ŵĥàţ đö ýöû ŵàñţ ţö ƀŕîñĝ ûþ? ····· ····· ·····]</translation>
    </message>
    <message>
      <source>Keep a topic under {most} characters.</source>
      <translation>[Ķééþ à ţöþîç ûñđéŕ {most} çĥàŕàçţéŕš. ····· ····· ·]</translation>
    </message>
    <message>
      <source>Choose open, discussed or dropped.</source>
      <translation>[Çĥööšé öþéñ, đîšçûššéđ öŕ đŕöþþéđ. ····· ·····]</translation>
    </message>
    <message>
      <source>Choose email, message, call or chat.</source>
      <translation>[Çĥööšé éḿàîĺ, ḿéššàĝé, çàĺĺ öŕ çĥàţ. ····· ····· ·]</translation>
    </message>
    <message>
      <source>A touch is something that happened: choose today or a day before.</source>
      <translation>[Å ţöûçĥ îš šöḿéţĥîñĝ ţĥàţ ĥàþþéñéđ: çĥööšé ţöđàý öŕ à đàý ƀéföŕé. ····· ····· ····· ·····]</translation>
    </message>
    <message>
      <source>Keep it to one line (under {most} characters).</source>
      <translation>[Ķééþ îţ ţö öñé ĺîñé (ûñđéŕ {most} çĥàŕàçţéŕš). ····· ····· ·····]</translation>
    </message>
  </context>
  <context>
    <name>settings</name>
    <message>
      <source>Theme</source>
      <translation>[Ţĥéḿé ·]</translation>
    </message>
    <message>
      <source>Language</source>
      <translation>[Ĺàñĝûàĝé ··]</translation>
    </message>
    <message>
      <source>Your name, on exported agreements</source>
      <translation>[Ýöûŕ ñàḿé, öñ éxþöŕţéđ àĝŕééḿéñţš ····· ·····]</translation>
    </message>
    <message>
      <source>Reminders while MentorDesk runs</source>
      <translation>[Řéḿîñđéŕš ŵĥîĺé MentorDesk ŕûñš ····· ·····]</translation>
    </message>
    <message>
      <source>Keep a calendar file in this folder</source>
      <translation>[Ķééþ à çàĺéñđàŕ fîĺé îñ ţĥîš föĺđéŕ ····· ·····]</translation>
    </message>
    <message>
      <source>Calendar reminder, minutes before each meeting</source>
      <translation>[Çàĺéñđàŕ ŕéḿîñđéŕ, ḿîñûţéš ƀéföŕé éàçĥ ḿééţîñĝ ····· ····· ·····]</translation>
    </message>
    <message>
      <source>Meetings before a give-back nudge</source>
      <translation>[Mééţîñĝš ƀéföŕé à ĝîvé-ƀàçķ ñûđĝé ····· ·····]</translation>
    </message>
    <message>
      <source>Days without giving back before a nudge</source>
      <translation>[Đàýš ŵîţĥöûţ ĝîvîñĝ ƀàçķ ƀéföŕé à ñûđĝé ····· ····· ··]</translation>
    </message>
    <message>
      <source>Largest file to attach, in MB</source>
      <translation>[Ĺàŕĝéšţ fîĺé ţö àţţàçĥ, îñ MƁ ····· ····]</translation>
    </message>
    <message>
      <source>Lock after this many idle minutes</source>
      <translation>[Ĺöçķ àfţéŕ ţĥîš ḿàñý îđĺé ḿîñûţéš ····· ·····]</translation>
    </message>
  </context>
  <context>
    <name>sync</name>
    <message numerus="yes">
      <source>%n change(s) from “{laptop}”.</source>
      <translation>
        <numerusform>[%n çĥàñĝé fŕöḿ “{laptop}”. ····· ···]</numerusform>
        <numerusform>[%n çĥàñĝéš fŕöḿ “{laptop}”. ····· ···]</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n change(s) from {laptops}.</source>
      <translation>
        <numerusform>[%n çĥàñĝé fŕöḿ {laptops}. ····· ··]</numerusform>
        <numerusform>[%n çĥàñĝéš fŕöḿ {laptops}. ····· ···]</numerusform>
      </translation>
    </message>
    <message>
      <source>Sync did not run: {reason}</source>
      <translation>[Šýñç đîđ ñöţ ŕûñ: {reason} ····· ···]</translation>
    </message>
    <message>
      <source>Sync is paused: {reason}</source>
      <translation>[Šýñç îš þàûšéđ: {reason} ····· ··]</translation>
    </message>
    <message>
      <source>Sync could not finish: {reason}</source>
      <translation>[Šýñç çöûĺđ ñöţ fîñîšĥ: {reason} ····· ·····]</translation>
    </message>
    <message numerus="yes">
      <source>%n edit(s) made on two laptops at once: the newer was kept (File ▸ Sync…).</source>
      <translation>
        <numerusform>[%n éđîţ ḿàđé öñ ţŵö ĺàþţöþš àţ öñçé: ţĥé ñéŵéŕ ŵàš ķéþţ (Fîĺé ▸ Šýñç…). ····· ····· ····· ····· ···]</numerusform>
        <numerusform>[%n éđîţš ḿàđé öñ ţŵö ĺàþţöþš àţ öñçé: ţĥé ñéŵéŕ ŵàš ķéþţ (Fîĺé ▸ Šýñç…). ····· ····· ····· ····· ···]</numerusform>
      </translation>
    </message>
    <message>
      <source>Sync is not set up: choose a sync folder in Edit ▸ Preferences ▸ Sync.</source>
      <translation>[Šýñç îš ñöţ šéţ ûþ: çĥööšé à šýñç föĺđéŕ îñ Éđîţ ▸ Þŕéféŕéñçéš ▸ Šýñç. ····· ····· ····· ····· ··]</translation>
    </message>
    <message>
      <source>Sync is running already.</source>
      <translation>[Šýñç îš ŕûññîñĝ àĺŕéàđý. ····· ··]</translation>
    </message>
    <message>
      <source>S&amp;ync Now</source>
      <translation>[Š&amp;ýñç Ñöŵ ··]</translation>
    </message>
    <message>
      <source>Sy&amp;nc…</source>
      <translation>[Šý&amp;ñç… ·]</translation>
    </message>
    <message>
      <source>Restore “{value}”</source>
      <translation>[Řéšţöŕé “{value}” ·····]</translation>
    </message>
    <message>
      <source>Restore</source>
      <translation>[Řéšţöŕé ·]</translation>
    </message>
    <message numerus="yes">
      <source>Waiting for %n file(s) to download from the cloud (“{laptop}”).</source>
      <translation>
        <numerusform>[Ŵàîţîñĝ föŕ %n fîĺé ţö đöŵñĺöàđ fŕöḿ ţĥé çĺöûđ (“{laptop}”). ····· ····· ····· ····]</numerusform>
        <numerusform>[Ŵàîţîñĝ föŕ %n fîĺéš ţö đöŵñĺöàđ fŕöḿ ţĥé çĺöûđ (“{laptop}”). ····· ····· ····· ·····]</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>Waiting for %n file(s) to download from the cloud (another laptop).</source>
      <translation>
        <numerusform>[Ŵàîţîñĝ föŕ %n fîĺé ţö đöŵñĺöàđ fŕöḿ ţĥé çĺöûđ (àñöţĥéŕ ĺàþţöþ). ····· ····· ····· ·····]</numerusform>
        <numerusform>[Ŵàîţîñĝ föŕ %n fîĺéš ţö đöŵñĺöàđ fŕöḿ ţĥé çĺöûđ (àñöţĥéŕ ĺàþţöþ). ····· ····· ····· ·····]</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>syncDecisions</name>
    <message>
      <source>Actual length</source>
      <translation>[Åçţûàĺ ĺéñĝţĥ ····]</translation>
    </message>
    <message>
      <source>Affiliation</source>
      <translation>[Åffîĺîàţîöñ ···]</translation>
    </message>
    <message>
      <source>Agreed on</source>
      <translation>[Åĝŕééđ öñ ··]</translation>
    </message>
    <message>
      <source>Text</source>
      <translation>[Ţéxţ ·]</translation>
    </message>
    <message>
      <source>Boundaries</source>
      <translation>[Ɓöûñđàŕîéš ··]</translation>
    </message>
    <message>
      <source>Meet every</source>
      <translation>[Mééţ évéŕý ··]</translation>
    </message>
    <message>
      <source>Comment</source>
      <translation>[Çöḿḿéñţ ·]</translation>
    </message>
    <message>
      <source>Confidentiality</source>
      <translation>[Çöñfîđéñţîàĺîţý ····]</translation>
    </message>
    <message>
      <source>Day</source>
      <translation>[Đàý ·]</translation>
    </message>
    <message>
      <source>Description</source>
      <translation>[Đéšçŕîþţîöñ ···]</translation>
    </message>
    <message>
      <source>Done</source>
      <translation>[Đöñé ·]</translation>
    </message>
    <message>
      <source>Done on</source>
      <translation>[Đöñé öñ ·]</translation>
    </message>
    <message>
      <source>Due date</source>
      <translation>[Đûé đàţé ··]</translation>
    </message>
    <message>
      <source>Typical length</source>
      <translation>[Ţýþîçàĺ ĺéñĝţĥ ····]</translation>
    </message>
    <message>
      <source>Email</source>
      <translation>[Éḿàîĺ ·]</translation>
    </message>
    <message>
      <source>End date</source>
      <translation>[Éñđ đàţé ··]</translation>
    </message>
    <message>
      <source>Ended on</source>
      <translation>[Éñđéđ öñ ··]</translation>
    </message>
    <message>
      <source>File name</source>
      <translation>[Fîĺé ñàḿé ··]</translation>
    </message>
    <message>
      <source>Why they fit</source>
      <translation>[Ŵĥý ţĥéý fîţ ···]</translation>
    </message>
    <message>
      <source>Follow up on</source>
      <translation>[Föĺĺöŵ ûþ öñ ···]</translation>
    </message>
    <message>
      <source>Format</source>
      <translation>[Föŕḿàţ ·]</translation>
    </message>
    <message>
      <source>Meeting frequency</source>
      <translation>[Mééţîñĝ fŕéqûéñçý ·····]</translation>
    </message>
    <message>
      <source>Goals</source>
      <translation>[Ĝöàĺš ·]</translation>
    </message>
    <message>
      <source>Idea</source>
      <translation>[Îđéà ·]</translation>
    </message>
    <message>
      <source>Kind</source>
      <translation>[Ķîñđ ·]</translation>
    </message>
    <message>
      <source>What I learned</source>
      <translation>[Ŵĥàţ Î ĺéàŕñéđ ····]</translation>
    </message>
    <message>
      <source>Link</source>
      <translation>[Ĺîñķ ·]</translation>
    </message>
    <message>
      <source>Place</source>
      <translation>[Þĺàçé ·]</translation>
    </message>
    <message>
      <source>The mentor commits to</source>
      <translation>[Ţĥé ḿéñţöŕ çöḿḿîţš ţö ····· ·]</translation>
    </message>
    <message>
      <source>I commit to</source>
      <translation>[Î çöḿḿîţ ţö ···]</translation>
    </message>
    <message>
      <source>Name</source>
      <translation>[Ñàḿé ·]</translation>
    </message>
    <message>
      <source>Note</source>
      <translation>[Ñöţé ·]</translation>
    </message>
    <message>
      <source>Notes</source>
      <translation>[Ñöţéš ·]</translation>
    </message>
    <message>
      <source>Private</source>
      <translation>[Þŕîvàţé ·]</translation>
    </message>
    <message>
      <source>Organisation</source>
      <translation>[Öŕĝàñîšàţîöñ ···]</translation>
    </message>
    <message>
      <source>Outcome</source>
      <translation>[Öûţçöḿé ·]</translation>
    </message>
    <message>
      <source>Phone</source>
      <translation>[Þĥöñé ·]</translation>
    </message>
    <message>
      <source>Planned length</source>
      <translation>[Þĺàññéđ ĺéñĝţĥ ····]</translation>
    </message>
    <message>
      <source>Planned for</source>
      <translation>[Þĺàññéđ föŕ ···]</translation>
    </message>
    <message>
      <source>Preferred channel</source>
      <translation>[Þŕéféŕŕéđ çĥàññéĺ ·····]</translation>
    </message>
    <message>
      <source>Profile link</source>
      <translation>[Þŕöfîĺé ĺîñķ ···]</translation>
    </message>
    <message>
      <source>Progress</source>
      <translation>[Þŕöĝŕéšš ··]</translation>
    </message>
    <message>
      <source>Purpose</source>
      <translation>[Þûŕþöšé ·]</translation>
    </message>
    <message>
      <source>Questions</source>
      <translation>[Qûéšţîöñš ··]</translation>
    </message>
    <message>
      <source>Rating</source>
      <translation>[Řàţîñĝ ·]</translation>
    </message>
    <message>
      <source>Reason</source>
      <translation>[Řéàšöñ ·]</translation>
    </message>
    <message>
      <source>Recurring points</source>
      <translation>[Řéçûŕŕîñĝ þöîñţš ·····]</translation>
    </message>
    <message>
      <source>Report back</source>
      <translation>[Řéþöŕţ ƀàçķ ···]</translation>
    </message>
    <message>
      <source>Reported on</source>
      <translation>[Řéþöŕţéđ öñ ···]</translation>
    </message>
    <message>
      <source>Review date</source>
      <translation>[Řévîéŵ đàţé ···]</translation>
    </message>
    <message>
      <source>Role</source>
      <translation>[Řöĺé ·]</translation>
    </message>
    <message>
      <source>When</source>
      <translation>[Ŵĥéñ ·]</translation>
    </message>
    <message>
      <source>Sections</source>
      <translation>[Šéçţîöñš ··]</translation>
    </message>
    <message>
      <source>Sent</source>
      <translation>[Šéñţ ·]</translation>
    </message>
    <message>
      <source>Sent how</source>
      <translation>[Šéñţ ĥöŵ ··]</translation>
    </message>
    <message>
      <source>Start date</source>
      <translation>[Šţàŕţ đàţé ··]</translation>
    </message>
    <message>
      <source>Status</source>
      <translation>[Šţàţûš ·]</translation>
    </message>
    <message>
      <source>Success criteria</source>
      <translation>[Šûççéšš çŕîţéŕîà ·····]</translation>
    </message>
    <message>
      <source>Takeaways</source>
      <translation>[Ţàķéàŵàýš ··]</translation>
    </message>
    <message>
      <source>Target date</source>
      <translation>[Ţàŕĝéţ đàţé ···]</translation>
    </message>
    <message>
      <source>Thanks</source>
      <translation>[Ţĥàñķš ·]</translation>
    </message>
    <message>
      <source>Time zone</source>
      <translation>[Ţîḿé žöñé ··]</translation>
    </message>
    <message>
      <source>Title</source>
      <translation>[Ţîţĺé ·]</translation>
    </message>
    <message>
      <source>Topics</source>
      <translation>[Ţöþîçš ·]</translation>
    </message>
    <message>
      <source>Web address</source>
      <translation>[Ŵéƀ àđđŕéšš ···]</translation>
    </message>
    <message>
      <source>Where found</source>
      <translation>[Ŵĥéŕé föûñđ ···]</translation>
    </message>
    <message>
      <source>Why</source>
      <translation>[Ŵĥý ·]</translation>
    </message>
    <message>
      <source>(empty)</source>
      <translation>[(éḿþţý) ·]</translation>
    </message>
    <message>
      <source>yes</source>
      <translation>[ýéš ·]</translation>
    </message>
    <message>
      <source>no</source>
      <translation>[ñö ·]</translation>
    </message>
    <message>
      <source>this laptop</source>
      <translation>[ţĥîš ĺàþţöþ ···]</translation>
    </message>
    <message>
      <source>another laptop</source>
      <translation>[àñöţĥéŕ ĺàþţöþ ····]</translation>
    </message>
    <message>
      <source>The {kind} “{record}” was deleted on one laptop while it was edited on “{laptop}”: it was kept, with the edit.</source>
      <translation>[Ţĥé {kind} “{record}” ŵàš đéĺéţéđ öñ öñé ĺàþţöþ ŵĥîĺé îţ ŵàš éđîţéđ öñ “{laptop}”: îţ ŵàš ķéþţ, ŵîţĥ ţĥé éđîţ. ····· ····· ····· ····· ····· ····· ·····]</translation>
    </message>
    <message>
      <source>A record ({kind}) was deleted on one laptop while it was edited on “{laptop}”: it was kept, with the edit.</source>
      <translation>[Å ŕéçöŕđ ({kind}) ŵàš đéĺéţéđ öñ öñé ĺàþţöþ ŵĥîĺé îţ ŵàš éđîţéđ öñ “{laptop}”: îţ ŵàš ķéþţ, ŵîţĥ ţĥé éđîţ. ····· ····· ····· ····· ····· ····· ·····]</translation>
    </message>
    <message>
      <source>The {kind} “{record}” was deleted on one laptop while its field “{field}” was edited on another; the edited text is kept here: “{lost}”.</source>
      <translation>[Ţĥé {kind} “{record}” ŵàš đéĺéţéđ öñ öñé ĺàþţöþ ŵĥîĺé îţš fîéĺđ “{field}” ŵàš éđîţéđ öñ àñöţĥéŕ; ţĥé éđîţéđ ţéxţ îš ķéþţ ĥéŕé: “{lost}”. ····· ····· ····· ····· ····· ····· ····· ····· ·····]</translation>
    </message>
    <message>
      <source>{field} of the {kind} “{record}”: changed to “{lost}” on “{lost_laptop}” and to “{kept}” on “{kept_laptop}”. The newer, “{kept}”, was kept; Restore brings back “{lost}”.</source>
      <translation>[{field} öf ţĥé {kind} “{record}”: çĥàñĝéđ ţö “{lost}” öñ “{lost_laptop}” àñđ ţö “{kept}” öñ “{kept_laptop}”. Ţĥé ñéŵéŕ, “{kept}”, ŵàš ķéþţ; Řéšţöŕé ƀŕîñĝš ƀàçķ “{lost}”. ····· ····· ····· ····· ····· ····· ····· ····· ····· ····· ·····]</translation>
    </message>
    <message>
      <source>{field} ({kind}): changed to “{lost}” on “{lost_laptop}” and to “{kept}” on “{kept_laptop}”. The newer, “{kept}”, was kept; Restore brings back “{lost}”.</source>
      <translation>[{field} ({kind}): çĥàñĝéđ ţö “{lost}” öñ “{lost_laptop}” àñđ ţö “{kept}” öñ “{kept_laptop}”. Ţĥé ñéŵéŕ, “{kept}”, ŵàš ķéþţ; Řéšţöŕé ƀŕîñĝš ƀàçķ “{lost}”. ····· ····· ····· ····· ····· ····· ····· ····· ····· ·····]</translation>
    </message>
  </context>
  <context>
    <name>syncWaiting</name>
    <message>
      <source>“{name}”</source>
      <translation>[“{name}” ··]</translation>
    </message>
    <message>
      <source>another laptop</source>
      <translation>[àñöţĥéŕ ĺàþţöþ ····]</translation>
    </message>
    <message>
      <source>Waiting for batch {number} from {laptop}: later ones have arrived, this one has not yet.</source>
      <translation>[Ŵàîţîñĝ föŕ ƀàţçĥ {number} fŕöḿ {laptop}: ĺàţéŕ öñéš ĥàvé àŕŕîvéđ, ţĥîš öñé ĥàš ñöţ ýéţ. ····· ····· ····· ····· ····· ····]</translation>
    </message>
    <message>
      <source>{file} is not a batch MentorDesk can read; it is left alone.</source>
      <translation>[{file} îš ñöţ à ƀàţçĥ MentorDesk çàñ ŕéàđ; îţ îš ĺéfţ àĺöñé. ····· ····· ····· ····]</translation>
    </message>
    <message>
      <source>Some note edits in batch {number} from {laptop} wait for an earlier edit of the same note that has not arrived yet; those notes keep their text until it does.</source>
      <translation>[Šöḿé ñöţé éđîţš îñ ƀàţçĥ {number} fŕöḿ {laptop} ŵàîţ föŕ àñ éàŕĺîéŕ éđîţ öf ţĥé šàḿé ñöţé ţĥàţ ĥàš ñöţ àŕŕîvéđ ýéţ; ţĥöšé ñöţéš ķééþ ţĥéîŕ ţéxţ ûñţîĺ îţ đöéš. ····· ····· ····· ····· ····· ····· ····· ····· ····· ····· ··]</translation>
    </message>
    <message>
      <source>Batch {number} from {laptop} is not encrypted: that laptop's data is not encrypted, and this sync folder's batches are. Turn encryption on there with the passphrase this sync folder was set up with; nothing from it is applied until then.</source>
      <translation>[Ɓàţçĥ {number} fŕöḿ {laptop} îš ñöţ éñçŕýþţéđ: ţĥàţ ĺàþţöþ'š đàţà îš ñöţ éñçŕýþţéđ, àñđ ţĥîš šýñç föĺđéŕ'š ƀàţçĥéš àŕé. Ţûŕñ éñçŕýþţîöñ öñ ţĥéŕé ŵîţĥ ţĥé þàššþĥŕàšé ţĥîš šýñç föĺđéŕ ŵàš šéţ ûþ ŵîţĥ; ñöţĥîñĝ fŕöḿ îţ îš àþþĺîéđ ûñţîĺ ţĥéñ. ····· ····· ····· ····· ····· ····· ····· ····· ····· ····· ····· ····· ····· ····· ····· ···]</translation>
    </message>
    <message>
      <source>Batch {number} from {laptop} was written by a newer MentorDesk: update MentorDesk on this laptop to receive it.</source>
      <translation>[Ɓàţçĥ {number} fŕöḿ {laptop} ŵàš ŵŕîţţéñ ƀý à ñéŵéŕ MentorDesk: ûþđàţé MentorDesk öñ ţĥîš ĺàþţöþ ţö ŕéçéîvé îţ. ····· ····· ····· ····· ····· ····· ····· ·]</translation>
    </message>
    <message>
      <source>Batch {number} from {laptop} is still arriving; it will be read next time.</source>
      <translation>[Ɓàţçĥ {number} fŕöḿ {laptop} îš šţîĺĺ àŕŕîvîñĝ; îţ ŵîĺĺ ƀé ŕéàđ ñéxţ ţîḿé. ····· ····· ····· ····· ····]</translation>
    </message>
  </context>
  <context>
    <name>templates</name>
    <message>
      <source>Edit the template “{name}”</source>
      <translation>[Éđîţ ţĥé ţéḿþĺàţé “{name}” ····· ···]</translation>
    </message>
    <message>
      <source>{name} (copy)</source>
      <translation>[{name} (çöþý) ····]</translation>
    </message>
    <message>
      <source>Duplicate the template “{name}”</source>
      <translation>[Đûþĺîçàţé ţĥé ţéḿþĺàţé “{name}” ····· ·····]</translation>
    </message>
    <message>
      <source>Restore the original</source>
      <translation>[Řéšţöŕé ţĥé öŕîĝîñàĺ ·····]</translation>
    </message>
    <message>
      <source>Put back the template “{name}” as it came with MentorDesk?</source>
      <translation>[Þûţ ƀàçķ ţĥé ţéḿþĺàţé “{name}” àš îţ çàḿé ŵîţĥ MentorDesk? ····· ····· ····· ····]</translation>
    </message>
    <message>
      <source>Restore</source>
      <translation>[Řéšţöŕé ·]</translation>
    </message>
    <message>
      <source>Restore the template “{name}”</source>
      <translation>[Řéšţöŕé ţĥé ţéḿþĺàţé “{name}” ····· ····]</translation>
    </message>
    <message>
      <source>Delete template</source>
      <translation>[Đéĺéţé ţéḿþĺàţé ····]</translation>
    </message>
    <message>
      <source>Delete the template “{name}”? Meetings planned from it keep their agenda.</source>
      <translation>[Đéĺéţé ţĥé ţéḿþĺàţé “{name}”? Mééţîñĝš þĺàññéđ fŕöḿ îţ ķééþ ţĥéîŕ àĝéñđà. ····· ····· ····· ····· ····]</translation>
    </message>
    <message>
      <source>Delete</source>
      <translation>[Đéĺéţé ·]</translation>
    </message>
    <message>
      <source>Delete the template “{name}”</source>
      <translation>[Đéĺéţé ţĥé ţéḿþĺàţé “{name}” ····· ····]</translation>
    </message>
    <message>
      <source>Edit ▸ Undo brings it back.</source>
      <translation>[Éđîţ ▸ Ûñđö ƀŕîñĝš îţ ƀàçķ. ····· ···]</translation>
    </message>
  </context>
  <context>
    <name>touch_in_sentence</name>
    <message>
      <source>email</source>
      <translation>[éḿàîĺ ·]</translation>
    </message>
    <message>
      <source>message</source>
      <translation>[ḿéššàĝé ·]</translation>
    </message>
    <message>
      <source>call</source>
      <translation>[çàĺĺ ·]</translation>
    </message>
    <message>
      <source>corridor chat</source>
      <translation>[çöŕŕîđöŕ çĥàţ ····]</translation>
    </message>
  </context>
  <context>
    <name>undo</name>
    <message>
      <source>Undid: {what}</source>
      <translation>[Ûñđîđ: {what} ····]</translation>
    </message>
    <message>
      <source>Redid: {what}</source>
      <translation>[Řéđîđ: {what} ····]</translation>
    </message>
    <message>
      <source>Could not undo “{what}”: {reason}.</source>
      <translation>[Çöûĺđ ñöţ ûñđö “{what}”: {reason}. ····· ·····]</translation>
    </message>
    <message>
      <source>Could not redo “{what}”: {reason}.</source>
      <translation>[Çöûĺđ ñöţ ŕéđö “{what}”: {reason}. ····· ·····]</translation>
    </message>
    <message>
      <source>Undo</source>
      <translation>[Ûñđö ·]</translation>
    </message>
    <message>
      <source>Redo</source>
      <translation>[Řéđö ·]</translation>
    </message>
    <message>
      <source>Nothing was changed. The step is removed from Edit ▸ Undo.</source>
      <translation>[Ñöţĥîñĝ ŵàš çĥàñĝéđ. Ţĥé šţéþ îš ŕéḿövéđ fŕöḿ Éđîţ ▸ Ûñđö. ····· ····· ····· ····]</translation>
    </message>
  </context>
  <context>
    <name>vocabulary</name>
    <message>
      <source>mentor</source>
      <translation>[ḿéñţöŕ ·]</translation>
    </message>
    <message numerus="yes">
      <source>%n mentor(s)</source>
      <translation>
        <numerusform>[%n ḿéñţöŕ ··]</numerusform>
        <numerusform>[%n ḿéñţöŕš ··]</numerusform>
      </translation>
    </message>
    <message>
      <source>Mentor</source>
      <translation>[Méñţöŕ ·]</translation>
    </message>
    <message>
      <source>tag</source>
      <translation>[ţàĝ ·]</translation>
    </message>
    <message numerus="yes">
      <source>%n tag(s)</source>
      <translation>
        <numerusform>[%n ţàĝ ·]</numerusform>
        <numerusform>[%n ţàĝš ·]</numerusform>
      </translation>
    </message>
    <message>
      <source>Tag</source>
      <translation>[Ţàĝ ·]</translation>
    </message>
    <message numerus="yes">
      <source>their %n tag(s)</source>
      <translation>
        <numerusform>[ţĥéîŕ %n ţàĝ ···]</numerusform>
        <numerusform>[ţĥéîŕ %n ţàĝš ····]</numerusform>
      </translation>
    </message>
    <message>
      <source>status change</source>
      <translation>[šţàţûš çĥàñĝé ····]</translation>
    </message>
    <message numerus="yes">
      <source>%n status change(s)</source>
      <translation>
        <numerusform>[%n šţàţûš çĥàñĝé ·····]</numerusform>
        <numerusform>[%n šţàţûš çĥàñĝéš ·····]</numerusform>
      </translation>
    </message>
    <message>
      <source>Status change</source>
      <translation>[Šţàţûš çĥàñĝé ····]</translation>
    </message>
    <message numerus="yes">
      <source>their status history (%n entry/entries)</source>
      <translation>
        <numerusform>[ţĥéîŕ šţàţûš ĥîšţöŕý (%n éñţŕý) ····· ·····]</numerusform>
        <numerusform>[ţĥéîŕ šţàţûš ĥîšţöŕý (%n éñţŕîéš) ····· ·····]</numerusform>
      </translation>
    </message>
    <message>
      <source>meeting</source>
      <translation>[ḿééţîñĝ ·]</translation>
    </message>
    <message numerus="yes">
      <source>%n meeting(s)</source>
      <translation>
        <numerusform>[%n ḿééţîñĝ ··]</numerusform>
        <numerusform>[%n ḿééţîñĝš ···]</numerusform>
      </translation>
    </message>
    <message>
      <source>Meeting notes</source>
      <translation>[Mééţîñĝ ñöţéš ····]</translation>
    </message>
    <message numerus="yes">
      <source>%n meeting(s) with agenda and notes</source>
      <translation>
        <numerusform>[%n ḿééţîñĝ ŵîţĥ àĝéñđà àñđ ñöţéš ····· ·····]</numerusform>
        <numerusform>[%n ḿééţîñĝš ŵîţĥ àĝéñđà àñđ ñöţéš ····· ·····]</numerusform>
      </translation>
    </message>
    <message>
      <source>agenda point</source>
      <translation>[àĝéñđà þöîñţ ···]</translation>
    </message>
    <message numerus="yes">
      <source>%n agenda point(s)</source>
      <translation>
        <numerusform>[%n àĝéñđà þöîñţ ····]</numerusform>
        <numerusform>[%n àĝéñđà þöîñţš ·····]</numerusform>
      </translation>
    </message>
    <message>
      <source>Agenda item</source>
      <translation>[Åĝéñđà îţéḿ ···]</translation>
    </message>
    <message>
      <source>action item</source>
      <translation>[àçţîöñ îţéḿ ···]</translation>
    </message>
    <message numerus="yes">
      <source>%n action item(s)</source>
      <translation>
        <numerusform>[%n àçţîöñ îţéḿ ····]</numerusform>
        <numerusform>[%n àçţîöñ îţéḿš ····]</numerusform>
      </translation>
    </message>
    <message>
      <source>Action item</source>
      <translation>[Åçţîöñ îţéḿ ···]</translation>
    </message>
    <message>
      <source>earlier version of the notes</source>
      <translation>[éàŕĺîéŕ véŕšîöñ öf ţĥé ñöţéš ····· ····]</translation>
    </message>
    <message numerus="yes">
      <source>%n earlier version(s) of the notes</source>
      <translation>
        <numerusform>[%n éàŕĺîéŕ véŕšîöñ öf ţĥé ñöţéš ····· ·····]</numerusform>
        <numerusform>[%n éàŕĺîéŕ véŕšîöñš öf ţĥé ñöţéš ····· ·····]</numerusform>
      </translation>
    </message>
    <message>
      <source>Earlier notes</source>
      <translation>[Éàŕĺîéŕ ñöţéš ····]</translation>
    </message>
    <message>
      <source>agreement</source>
      <translation>[àĝŕééḿéñţ ··]</translation>
    </message>
    <message numerus="yes">
      <source>%n agreement(s)</source>
      <translation>
        <numerusform>[%n àĝŕééḿéñţ ···]</numerusform>
        <numerusform>[%n àĝŕééḿéñţš ····]</numerusform>
      </translation>
    </message>
    <message>
      <source>Agreement</source>
      <translation>[Åĝŕééḿéñţ ··]</translation>
    </message>
    <message>
      <source>agreement version</source>
      <translation>[àĝŕééḿéñţ véŕšîöñ ·····]</translation>
    </message>
    <message numerus="yes">
      <source>%n agreement version(s)</source>
      <translation>
        <numerusform>[%n àĝŕééḿéñţ véŕšîöñ ·····]</numerusform>
        <numerusform>[%n àĝŕééḿéñţ véŕšîöñš ····· ·]</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>their agreement (%n version(s))</source>
      <translation>
        <numerusform>[ţĥéîŕ àĝŕééḿéñţ (%n véŕšîöñ) ····· ····]</numerusform>
        <numerusform>[ţĥéîŕ àĝŕééḿéñţ (%n véŕšîöñš) ····· ····]</numerusform>
      </translation>
    </message>
    <message>
      <source>goal</source>
      <translation>[ĝöàĺ ·]</translation>
    </message>
    <message numerus="yes">
      <source>%n goal(s)</source>
      <translation>
        <numerusform>[%n ĝöàĺ ·]</numerusform>
        <numerusform>[%n ĝöàĺš ··]</numerusform>
      </translation>
    </message>
    <message>
      <source>Goal</source>
      <translation>[Ĝöàĺ ·]</translation>
    </message>
    <message>
      <source>progress update</source>
      <translation>[þŕöĝŕéšš ûþđàţé ····]</translation>
    </message>
    <message numerus="yes">
      <source>%n progress update(s)</source>
      <translation>
        <numerusform>[%n þŕöĝŕéšš ûþđàţé ·····]</numerusform>
        <numerusform>[%n þŕöĝŕéšš ûþđàţéš ·····]</numerusform>
      </translation>
    </message>
    <message>
      <source>Progress update</source>
      <translation>[Þŕöĝŕéšš ûþđàţé ····]</translation>
    </message>
    <message numerus="yes">
      <source>its %n progress update(s)</source>
      <translation>
        <numerusform>[îţš %n þŕöĝŕéšš ûþđàţé ····· ·]</numerusform>
        <numerusform>[îţš %n þŕöĝŕéšš ûþđàţéš ····· ··]</numerusform>
      </translation>
    </message>
    <message>
      <source>link between a goal and a mentor</source>
      <translation>[ĺîñķ ƀéţŵééñ à ĝöàĺ àñđ à ḿéñţöŕ ····· ·····]</translation>
    </message>
    <message numerus="yes">
      <source>%n link(s) between goals and mentors</source>
      <translation>
        <numerusform>[%n ĺîñķ ƀéţŵééñ ĝöàĺš àñđ ḿéñţöŕš ····· ·····]</numerusform>
        <numerusform>[%n ĺîñķš ƀéţŵééñ ĝöàĺš àñđ ḿéñţöŕš ····· ·····]</numerusform>
      </translation>
    </message>
    <message>
      <source>Goal and mentor</source>
      <translation>[Ĝöàĺ àñđ ḿéñţöŕ ····]</translation>
    </message>
    <message numerus="yes">
      <source>%n link(s) between a goal and a mentor</source>
      <translation>
        <numerusform>[%n ĺîñķ ƀéţŵééñ à ĝöàĺ àñđ à ḿéñţöŕ ····· ·····]</numerusform>
        <numerusform>[%n ĺîñķš ƀéţŵééñ à ĝöàĺ àñđ à ḿéñţöŕ ····· ····· ·]</numerusform>
      </translation>
    </message>
    <message>
      <source>link between a goal and an action item</source>
      <translation>[ĺîñķ ƀéţŵééñ à ĝöàĺ àñđ àñ àçţîöñ îţéḿ ····· ····· ··]</translation>
    </message>
    <message numerus="yes">
      <source>%n link(s) between goals and action items</source>
      <translation>
        <numerusform>[%n ĺîñķ ƀéţŵééñ ĝöàĺš àñđ àçţîöñ îţéḿš ····· ····· ··]</numerusform>
        <numerusform>[%n ĺîñķš ƀéţŵééñ ĝöàĺš àñđ àçţîöñ îţéḿš ····· ····· ··]</numerusform>
      </translation>
    </message>
    <message>
      <source>Goal and action item</source>
      <translation>[Ĝöàĺ àñđ àçţîöñ îţéḿ ·····]</translation>
    </message>
    <message numerus="yes">
      <source>%n link(s) between a goal and an action item</source>
      <translation>
        <numerusform>[%n ĺîñķ ƀéţŵééñ à ĝöàĺ àñđ àñ àçţîöñ îţéḿ ····· ····· ···]</numerusform>
        <numerusform>[%n ĺîñķš ƀéţŵééñ à ĝöàĺ àñđ àñ àçţîöñ îţéḿ ····· ····· ···]</numerusform>
      </translation>
    </message>
    <message>
      <source>give-back idea</source>
      <translation>[ĝîvé-ƀàçķ îđéà ····]</translation>
    </message>
    <message numerus="yes">
      <source>%n give-back idea(s)</source>
      <translation>
        <numerusform>[%n ĝîvé-ƀàçķ îđéà ·····]</numerusform>
        <numerusform>[%n ĝîvé-ƀàçķ îđéàš ·····]</numerusform>
      </translation>
    </message>
    <message>
      <source>Give-back</source>
      <translation>[Ĝîvé-ƀàçķ ··]</translation>
    </message>
    <message>
      <source>outreach step</source>
      <translation>[öûţŕéàçĥ šţéþ ····]</translation>
    </message>
    <message numerus="yes">
      <source>%n outreach step(s)</source>
      <translation>
        <numerusform>[%n öûţŕéàçĥ šţéþ ·····]</numerusform>
        <numerusform>[%n öûţŕéàçĥ šţéþš ·····]</numerusform>
      </translation>
    </message>
    <message>
      <source>Outreach step</source>
      <translation>[Öûţŕéàçĥ šţéþ ····]</translation>
    </message>
    <message>
      <source>closure review</source>
      <translation>[çĺöšûŕé ŕévîéŵ ····]</translation>
    </message>
    <message numerus="yes">
      <source>%n closure review(s)</source>
      <translation>
        <numerusform>[%n çĺöšûŕé ŕévîéŵ ·····]</numerusform>
        <numerusform>[%n çĺöšûŕé ŕévîéŵš ·····]</numerusform>
      </translation>
    </message>
    <message>
      <source>Closure review</source>
      <translation>[Çĺöšûŕé ŕévîéŵ ····]</translation>
    </message>
    <message>
      <source>the closure review</source>
      <translation>[ţĥé çĺöšûŕé ŕévîéŵ ·····]</translation>
    </message>
    <message>
      <source>goal named in a closure review</source>
      <translation>[ĝöàĺ ñàḿéđ îñ à çĺöšûŕé ŕévîéŵ ····· ····]</translation>
    </message>
    <message numerus="yes">
      <source>%n goal(s) named in closure reviews</source>
      <translation>
        <numerusform>[%n ĝöàĺ ñàḿéđ îñ çĺöšûŕé ŕévîéŵš ····· ·····]</numerusform>
        <numerusform>[%n ĝöàĺš ñàḿéđ îñ çĺöšûŕé ŕévîéŵš ····· ·····]</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>its mention in %n closure review(s)</source>
      <translation>
        <numerusform>[îţš ḿéñţîöñ îñ %n çĺöšûŕé ŕévîéŵ ····· ·····]</numerusform>
        <numerusform>[îţš ḿéñţîöñ îñ %n çĺöšûŕé ŕévîéŵš ····· ·····]</numerusform>
      </translation>
    </message>
    <message>
      <source>topic</source>
      <translation>[ţöþîç ·]</translation>
    </message>
    <message numerus="yes">
      <source>%n topic(s)</source>
      <translation>
        <numerusform>[%n ţöþîç ··]</numerusform>
        <numerusform>[%n ţöþîçš ··]</numerusform>
      </translation>
    </message>
    <message>
      <source>Topic</source>
      <translation>[Ţöþîç ·]</translation>
    </message>
    <message numerus="yes">
      <source>%n topic(s) in the inbox</source>
      <translation>
        <numerusform>[%n ţöþîç îñ ţĥé îñƀöx ····· ·]</numerusform>
        <numerusform>[%n ţöþîçš îñ ţĥé îñƀöx ····· ·]</numerusform>
      </translation>
    </message>
    <message>
      <source>touch</source>
      <translation>[ţöûçĥ ·]</translation>
    </message>
    <message numerus="yes">
      <source>%n touch(es)</source>
      <translation>
        <numerusform>[%n ţöûçĥ ··]</numerusform>
        <numerusform>[%n ţöûçĥéš ··]</numerusform>
      </translation>
    </message>
    <message>
      <source>Touch</source>
      <translation>[Ţöûçĥ ·]</translation>
    </message>
    <message numerus="yes">
      <source>%n logged touch(es)</source>
      <translation>
        <numerusform>[%n ĺöĝĝéđ ţöûçĥ ····]</numerusform>
        <numerusform>[%n ĺöĝĝéđ ţöûçĥéš ·····]</numerusform>
      </translation>
    </message>
    <message>
      <source>meeting template</source>
      <translation>[ḿééţîñĝ ţéḿþĺàţé ·····]</translation>
    </message>
    <message numerus="yes">
      <source>%n meeting template(s)</source>
      <translation>
        <numerusform>[%n ḿééţîñĝ ţéḿþĺàţé ·····]</numerusform>
        <numerusform>[%n ḿééţîñĝ ţéḿþĺàţéš ·····]</numerusform>
      </translation>
    </message>
    <message>
      <source>Meeting template</source>
      <translation>[Mééţîñĝ ţéḿþĺàţé ·····]</translation>
    </message>
    <message>
      <source>recap</source>
      <translation>[ŕéçàþ ·]</translation>
    </message>
    <message numerus="yes">
      <source>%n recap(s)</source>
      <translation>
        <numerusform>[%n ŕéçàþ ··]</numerusform>
        <numerusform>[%n ŕéçàþš ··]</numerusform>
      </translation>
    </message>
    <message>
      <source>Recap</source>
      <translation>[Řéçàþ ·]</translation>
    </message>
    <message numerus="yes">
      <source>%n recap(s) sent</source>
      <translation>
        <numerusform>[%n ŕéçàþ šéñţ ····]</numerusform>
        <numerusform>[%n ŕéçàþš šéñţ ····]</numerusform>
      </translation>
    </message>
    <message>
      <source>calendar event</source>
      <translation>[çàĺéñđàŕ évéñţ ····]</translation>
    </message>
    <message numerus="yes">
      <source>%n calendar event(s)</source>
      <translation>
        <numerusform>[%n çàĺéñđàŕ évéñţ ·····]</numerusform>
        <numerusform>[%n çàĺéñđàŕ évéñţš ·····]</numerusform>
      </translation>
    </message>
    <message>
      <source>Calendar event</source>
      <translation>[Çàĺéñđàŕ évéñţ ····]</translation>
    </message>
    <message>
      <source>attachment</source>
      <translation>[àţţàçĥḿéñţ ··]</translation>
    </message>
    <message numerus="yes">
      <source>%n attachment(s)</source>
      <translation>
        <numerusform>[%n àţţàçĥḿéñţ ····]</numerusform>
        <numerusform>[%n àţţàçĥḿéñţš ····]</numerusform>
      </translation>
    </message>
    <message>
      <source>Attachment</source>
      <translation>[Åţţàçĥḿéñţ ··]</translation>
    </message>
    <message numerus="yes">
      <source>%n attached file(s) and link(s)</source>
      <translation>
        <numerusform>[%n àţţàçĥéđ fîĺé àñđ ĺîñķ ····· ··]</numerusform>
        <numerusform>[%n àţţàçĥéđ fîĺéš àñđ ĺîñķš ····· ···]</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n meeting(s) with their agendas and notes</source>
      <translation>
        <numerusform>[%n ḿééţîñĝ ŵîţĥ ţĥéîŕ àĝéñđàš àñđ ñöţéš ····· ····· ··]</numerusform>
        <numerusform>[%n ḿééţîñĝš ŵîţĥ ţĥéîŕ àĝéñđàš àñđ ñöţéš ····· ····· ··]</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>their link(s) to %n goal(s) (the goals stay)</source>
      <translation>
        <numerusform>[ţĥéîŕ ĺîñķ ţö %n ĝöàĺ (ţĥé ĝöàĺ šţàýš) ····· ····· ··]</numerusform>
        <numerusform>[ţĥéîŕ ĺîñķš ţö %n ĝöàĺš (ţĥé ĝöàĺš šţàý) ····· ····· ··]</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>its link(s) to %n mentor(s)</source>
      <translation>
        <numerusform>[îţš ĺîñķ ţö %n ḿéñţöŕ ····· ·]</numerusform>
        <numerusform>[îţš ĺîñķš ţö %n ḿéñţöŕš ····· ··]</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>its link(s) to %n action item(s)</source>
      <translation>
        <numerusform>[îţš ĺîñķ ţö %n àçţîöñ îţéḿ ····· ···]</numerusform>
        <numerusform>[îţš ĺîñķš ţö %n àçţîöñ îţéḿš ····· ····]</numerusform>
      </translation>
    </message>
    <message>
      <source>{first} and {last}</source>
      <translation>[{first} àñđ {last} ·····]</translation>
    </message>
  </context>
</TS>
