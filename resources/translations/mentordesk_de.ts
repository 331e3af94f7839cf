<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de" sourcelanguage="en">
  <context>
    <name>AboutDialog</name>
    <message>
      <source>About MentorDesk</source>
      <translation>Über MentorDesk</translation>
    </message>
    <message>
      <source>&lt;p&gt;Run all of your mentor relationships on your own computer, offline.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Data folder:&lt;/b&gt;&lt;br&gt;{folder}&lt;/p&gt;&lt;p&gt;&lt;b&gt;Database:&lt;/b&gt;&lt;br&gt;{database}&lt;/p&gt;&lt;p&gt;Qt for Python {qt}&lt;/p&gt;</source>
      <translation>&lt;p&gt;Alle Ihre Mentoring-Beziehungen auf Ihrem eigenen Computer, offline.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Datenordner:&lt;/b&gt;&lt;br&gt;{folder}&lt;/p&gt;&lt;p&gt;&lt;b&gt;Datenbank:&lt;/b&gt;&lt;br&gt;{database}&lt;/p&gt;&lt;p&gt;Qt for Python {qt}&lt;/p&gt;</translation>
    </message>
    <message>
      <source>&lt;p&gt;MentorDesk is free software under the MIT licence. It uses Qt and Qt for Python (PySide6), which are licensed under the GNU Lesser General Public License v3; you may replace them with your own build. The licences of everything MentorDesk ships with are in its licences folder.&lt;/p&gt;</source>
      <translation>&lt;p&gt;MentorDesk ist freie Software unter der MIT-Lizenz. Es verwendet Qt und Qt for Python (PySide6), die unter der GNU Lesser General Public License v3 lizenziert sind; Sie dürfen sie durch eigene Builds ersetzen. Die Lizenzen von allem, was MentorDesk mitbringt, liegen in seinem Lizenzordner.&lt;/p&gt;</translation>
    </message>
    <message>
      <source>Open data folder</source>
      <translation>Datenordner öffnen</translation>
    </message>
    <message>
      <source>Licences</source>
      <translation>Lizenzen</translation>
    </message>
    <message>
      <source>Open the licences folder</source>
      <translation>Lizenzordner öffnen</translation>
    </message>
  </context>
  <context>
    <name>ActionDoneDialog</name>
    <message>
      <source>Mark done</source>
      <translation>Als erledigt markieren</translation>
    </message>
    <message>
      <source>Outcome</source>
      <translation>Ergebnis</translation>
    </message>
    <message>
      <source>How did it turn out? What did you learn?</source>
      <translation>Wie ist es ausgegangen? Was haben Sie gelernt?</translation>
    </message>
    <message>
      <source>Done on</source>
      <translation>Erledigt am</translation>
    </message>
    <message>
      <source>Report back to {name} at the next meeting</source>
      <translation>{name} beim nächsten Treffen berichten</translation>
    </message>
    <message>
      <source>Report back to the mentor</source>
      <translation>Dem Mentor berichten</translation>
    </message>
    <message>
      <source>&amp;Outcome</source>
      <translation>&amp;Ergebnis</translation>
    </message>
    <message>
      <source>&amp;Done on</source>
      <translation>&amp;Erledigt am</translation>
    </message>
  </context>
  <context>
    <name>ActionItemDialog</name>
    <message>
      <source>Edit action item</source>
      <translation>Aufgabe bearbeiten</translation>
    </message>
    <message>
      <source>New action item</source>
      <translation>Neue Aufgabe</translation>
    </message>
    <message>
      <source>Mentor the advice came from</source>
      <translation>Mentor, von dem der Rat kam</translation>
    </message>
    <message>
      <source>&amp;Mentor</source>
      <translation>&amp;Mentor</translation>
    </message>
    <message>
      <source>Mentor</source>
      <translation>Mentor</translation>
    </message>
    <message>
      <source>What you will do</source>
      <translation>Was Sie tun werden</translation>
    </message>
    <message>
      <source>What will you do? e.g. Read chapter 3 of …</source>
      <translation>Was werden Sie tun? z. B. Kapitel 3 von … lesen</translation>
    </message>
    <message>
      <source>&amp;Action</source>
      <translation>&amp;Aufgabe</translation>
    </message>
    <message>
      <source>on</source>
      <translation>am</translation>
    </message>
    <message>
      <source>D&amp;ue</source>
      <translation>F&amp;ällig</translation>
    </message>
    <message>
      <source>Tell the mentor how it went</source>
      <translation>Dem Mentor erzählen, wie es lief</translation>
    </message>
    <message>
      <source>Report back to the mentor</source>
      <translation>Dem Mentor berichten</translation>
    </message>
    <message>
      <source>Private: never in anything copied or sent</source>
      <translation>Privat: erscheint nie in Kopiertem oder Versendetem</translation>
    </message>
    <message>
      <source>Private action item</source>
      <translation>Private Aufgabe</translation>
    </message>
    <message>
      <source>Outcome</source>
      <translation>Ergebnis</translation>
    </message>
    <message>
      <source>&amp;Outcome</source>
      <translation>&amp;Ergebnis</translation>
    </message>
    <message>
      <source>Save</source>
      <translation>Speichern</translation>
    </message>
    <message>
      <source>Add action item</source>
      <translation>Aufgabe hinzufügen</translation>
    </message>
    <message>
      <source>Ctrl+Enter</source>
      <translation>Strg+Eingabe</translation>
    </message>
    <message>
      <source>Choose a mentor…</source>
      <translation>Mentor wählen …</translation>
    </message>
  </context>
  <context>
    <name>ActionItemsModel</name>
    <message>
      <source>Action item</source>
      <translation>Aufgabe</translation>
    </message>
    <message>
      <source>Due</source>
      <translation>Fällig</translation>
    </message>
    <message>
      <source>No date</source>
      <translation>Kein Datum</translation>
    </message>
    <message>
      <source>Double-click or press F2 to set a due date</source>
      <translation>Doppelklick oder F2 setzt ein Fälligkeitsdatum</translation>
    </message>
  </context>
  <context>
    <name>ActionItemsPanel</name>
    <message>
      <source>Action items</source>
      <translation>Aufgaben</translation>
    </message>
    <message>
      <source>Capture action item</source>
      <translation>Aufgabe erfassen</translation>
    </message>
    <message>
      <source>Turn the selection or the current line of notes into an action item (Ctrl+Shift+A)</source>
      <translation>Die Auswahl oder die aktuelle Notizzeile wird zur Aufgabe (Strg+Umschalt+A)</translation>
    </message>
    <message>
      <source>Action items from this meeting</source>
      <translation>Aufgaben aus diesem Treffen</translation>
    </message>
    <message>
      <source>Nothing captured yet. Put the cursor on a line of notes and press Ctrl+Shift+A.</source>
      <translation>Noch nichts erfasst. Setzen Sie den Cursor auf eine Notizzeile und drücken Sie Strg+Umschalt+A.</translation>
    </message>
    <message>
      <source>Due…</source>
      <translation>Fällig …</translation>
    </message>
    <message>
      <source>Set due date</source>
      <translation>Fälligkeitsdatum setzen</translation>
    </message>
    <message>
      <source>Set the due date of the selected action item (F2)</source>
      <translation>Fälligkeitsdatum der gewählten Aufgabe setzen (F2)</translation>
    </message>
    <message>
      <source>Remove</source>
      <translation>Entfernen</translation>
    </message>
    <message>
      <source>Remove action item</source>
      <translation>Aufgabe entfernen</translation>
    </message>
    <message>
      <source>Remove the selected action item (Delete)</source>
      <translation>Die gewählte Aufgabe entfernen (Entf)</translation>
    </message>
  </context>
  <context>
    <name>ActionItemsView</name>
    <message>
      <source>No action items yet</source>
      <translation>Noch keine Aufgaben</translation>
    </message>
    <message>
      <source>Action items are the advice you decide to act on. Capture them while you talk: in meeting mode, put the cursor on a line of your notes and press Ctrl+Shift+A. Advice that came by mail? Press Ctrl+Shift+A here to add it. They all gather here, with due dates and how they turned out.</source>
      <translation>Aufgaben sind die Ratschläge, die Sie umsetzen wollen. Erfassen Sie sie im Gespräch: Setzen Sie im Gesprächsmodus den Cursor auf eine Zeile Ihrer Notizen und drücken Sie Strg+Umschalt+A. Ein Rat kam per Mail? Drücken Sie hier Strg+Umschalt+A, um ihn hinzuzufügen. Alle sammeln sich hier, mit Fälligkeitsdaten und ihrem Ergebnis.</translation>
    </message>
    <message>
      <source>Add an action item</source>
      <translation>Aufgabe hinzufügen</translation>
    </message>
    <message>
      <source>Action items</source>
      <translation>Aufgaben</translation>
    </message>
    <message>
      <source>Mentor:</source>
      <translation>Mentor:</translation>
    </message>
    <message>
      <source>Show mentor</source>
      <translation>Mentor anzeigen</translation>
    </message>
    <message>
      <source>Show:</source>
      <translation>Anzeigen:</translation>
    </message>
    <message>
      <source>Show status</source>
      <translation>Status anzeigen</translation>
    </message>
    <message>
      <source>Overdue</source>
      <translation>Überfällig</translation>
    </message>
    <message>
      <source>To report back</source>
      <translation>Zu berichten</translation>
    </message>
    <message>
      <source>All</source>
      <translation>Alle</translation>
    </message>
    <message>
      <source>New action item…</source>
      <translation>Neue Aufgabe …</translation>
    </message>
    <message>
      <source>Add advice you will act on (Ctrl+Shift+A)</source>
      <translation>Einen Rat hinzufügen, den Sie umsetzen (Strg+Umschalt+A)</translation>
    </message>
    <message>
      <source>Edit…</source>
      <translation>Bearbeiten …</translation>
    </message>
    <message>
      <source>Mark done…</source>
      <translation>Als erledigt markieren …</translation>
    </message>
    <message>
      <source>Reopen</source>
      <translation>Wieder öffnen</translation>
    </message>
    <message>
      <source>Drop</source>
      <translation>Verwerfen</translation>
    </message>
    <message>
      <source>Due date…</source>
      <translation>Fälligkeitsdatum …</translation>
    </message>
    <message>
      <source>Report back</source>
      <translation>Berichten</translation>
    </message>
    <message>
      <source>Go to mentor</source>
      <translation>Zum Mentor</translation>
    </message>
    <message>
      <source>All mentors</source>
      <translation>Alle Mentoren</translation>
    </message>
    <message>
      <source>No action items match this filter. Choose “All” to see every one.</source>
      <translation>Keine Aufgabe passt zu diesem Filter. Wählen Sie „Alle“, um jede zu sehen.</translation>
    </message>
  </context>
  <context>
    <name>ActionTableModel</name>
    <message>
      <source>Action</source>
      <translation>Aufgabe</translation>
    </message>
    <message>
      <source>Mentor</source>
      <translation>Mentor</translation>
    </message>
    <message>
      <source>Due</source>
      <translation>Fällig</translation>
    </message>
    <message>
      <source>Status</source>
      <translation>Status</translation>
    </message>
    <message>
      <source>Done on</source>
      <translation>Erledigt am</translation>
    </message>
    <message>
      <source>Outcome</source>
      <translation>Ergebnis</translation>
    </message>
    <message>
      <source>Report back</source>
      <translation>Berichten</translation>
    </message>
    <message>
      <source>⚠ Overdue · {date}</source>
      <translation>⚠ Überfällig · {date}</translation>
    </message>
    <message>
      <source>Reported {date}</source>
      <translation>Berichtet am {date}</translation>
    </message>
    <message>
      <source>To report</source>
      <translation>Zu berichten</translation>
    </message>
    <message>
      <source>Yes</source>
      <translation>Ja</translation>
    </message>
    <message>
      <source>No due date</source>
      <translation>Kein Fälligkeitsdatum</translation>
    </message>
    <message numerus="yes">
      <source>Overdue by %n day(s): due {date}</source>
      <translation>
        <numerusform>Seit %n Tag überfällig: fällig am {date}</numerusform>
        <numerusform>Seit %n Tagen überfällig: fällig am {date}</numerusform>
      </translation>
    </message>
    <message>
      <source>Due {date}</source>
      <translation>Fällig am {date}</translation>
    </message>
    <message>
      <source>Tell {name} how it went</source>
      <translation>{name} erzählen, wie es lief</translation>
    </message>
    <message>
      <source>Tell the mentor how it went, once it is done</source>
      <translation>Dem Mentor erzählen, wie es lief, sobald es erledigt ist</translation>
    </message>
    <message>
      <source>{text} (private: never copied or sent)</source>
      <translation>{text} (privat: wird nie kopiert oder gesendet)</translation>
    </message>
  </context>
  <context>
    <name>AgendaEditor</name>
    <message>
      <source>Agenda</source>
      <translation>Agenda</translation>
    </message>
    <message>
      <source>New agenda point</source>
      <translation>Neuer Agendapunkt</translation>
    </message>
    <message>
      <source>Type a point and press Enter</source>
      <translation>Punkt eingeben und Eingabe drücken</translation>
    </message>
    <message>
      <source>Add</source>
      <translation>Hinzufügen</translation>
    </message>
    <message>
      <source>Remove</source>
      <translation>Entfernen</translation>
    </message>
  </context>
  <context>
    <name>AgendaModel</name>
    <message>
      <source>done</source>
      <translation>erledigt</translation>
    </message>
    <message>
      <source>to do</source>
      <translation>offen</translation>
    </message>
    <message>
      <source>{state}, private</source>
      <translation>{state}, privat</translation>
    </message>
  </context>
  <context>
    <name>AgendaPanel</name>
    <message>
      <source>Agenda</source>
      <translation>Agenda</translation>
    </message>
    <message>
      <source>Space ticks off, F2 edits, Delete removes, Alt+Up/Down moves</source>
      <translation>Leertaste hakt ab, F2 bearbeitet, Entf entfernt, Alt+Auf/Ab verschiebt</translation>
    </message>
    <message>
      <source>New agenda item</source>
      <translation>Neuer Agendapunkt</translation>
    </message>
    <message>
      <source>Add a point and press Enter</source>
      <translation>Punkt eingeben und Eingabe drücken</translation>
    </message>
    <message>
      <source>Remove</source>
      <translation>Entfernen</translation>
    </message>
    <message>
      <source>Up</source>
      <translation>Auf</translation>
    </message>
    <message>
      <source>Down</source>
      <translation>Ab</translation>
    </message>
    <message>
      <source>Remove the selected point (Delete)</source>
      <translation>Den gewählten Punkt entfernen (Entf)</translation>
    </message>
    <message>
      <source>Move up (Alt+Up)</source>
      <translation>Nach oben (Alt+Auf)</translation>
    </message>
    <message>
      <source>Move down (Alt+Down)</source>
      <translation>Nach unten (Alt+Ab)</translation>
    </message>
  </context>
  <context>
    <name>AgendaPreviewDialog</name>
    <message>
      <source>Copy agenda</source>
      <translation>Agenda kopieren</translation>
    </message>
    <message>
      <source>This is exactly what will be copied:</source>
      <translation>Genau das wird kopiert:</translation>
    </message>
    <message>
      <source>The agenda as it will be copied</source>
      <translation>Die Agenda, wie sie kopiert wird</translation>
    </message>
    <message numerus="yes">
      <source>%n private point(s) stay here and are not copied.</source>
      <translation>
        <numerusform>%n privater Punkt bleibt hier und wird nicht kopiert.</numerusform>
        <numerusform>%n private Punkte bleiben hier und werden nicht kopiert.</numerusform>
      </translation>
    </message>
    <message>
      <source>&amp;Copy</source>
      <translation>&amp;Kopieren</translation>
    </message>
  </context>
  <context>
    <name>AgreementCompare</name>
    <message>
      <source>{n} min</source>
      <translation>{n} Min.</translation>
    </message>
    <message>
      <source>Version {n} · agreed {day}</source>
      <translation>Version {n} · vereinbart am {day}</translation>
    </message>
    <message>
      <source>Version {n} · {status} · agreed {day}</source>
      <translation>Version {n} · {status} · vereinbart am {day}</translation>
    </message>
    <message>
      <source>Version {n} · {status}</source>
      <translation>Version {n} · {status}</translation>
    </message>
  </context>
  <context>
    <name>AgreementCompareDialog</name>
    <message>
      <source>Compare versions of the agreement with {name}</source>
      <translation>Versionen der Vereinbarung mit {name} vergleichen</translation>
    </message>
    <message>
      <source>Earlier version</source>
      <translation>Frühere Version</translation>
    </message>
    <message>
      <source>Later version</source>
      <translation>Spätere Version</translation>
    </message>
    <message>
      <source>Show only what changed</source>
      <translation>Nur Änderungen zeigen</translation>
    </message>
    <message>
      <source>The two versions side by side</source>
      <translation>Die beiden Versionen nebeneinander</translation>
    </message>
    <message>
      <source>Close</source>
      <translation>Schließen</translation>
    </message>
    <message>
      <source>These two versions say the same.</source>
      <translation>Diese beiden Versionen sind gleich.</translation>
    </message>
    <message>
      <source>{count} of {total} terms changed: {names}.</source>
      <translation>{count} von {total} Punkten geändert: {names}.</translation>
    </message>
    <message>
      <source>changed</source>
      <translation>geändert</translation>
    </message>
    <message>
      <source>Term</source>
      <translation>Punkt</translation>
    </message>
  </context>
  <context>
    <name>AgreementForm</name>
    <message>
      <source>S&amp;tatus</source>
      <translation>S&amp;tatus</translation>
    </message>
    <message>
      <source>Agreement status</source>
      <translation>Status der Vereinbarung</translation>
    </message>
    <message>
      <source>Agreed on</source>
      <translation>Vereinbart am</translation>
    </message>
    <message>
      <source>&amp;Goals</source>
      <translation>&amp;Ziele</translation>
    </message>
    <message>
      <source>Goals of the mentorship</source>
      <translation>Ziele des Mentorings</translation>
    </message>
    <message>
      <source>What should be different when this ends?</source>
      <translation>Was soll am Ende anders sein?</translation>
    </message>
    <message>
      <source>Meet &amp;every</source>
      <translation>Treffen &amp;alle</translation>
    </message>
    <message>
      <source>Meeting frequency</source>
      <translation>Häufigkeit der Treffen</translation>
    </message>
    <message>
      <source>e.g. 4</source>
      <translation>z. B. 4</translation>
    </message>
    <message>
      <source>&amp;Duration</source>
      <translation>&amp;Dauer</translation>
    </message>
    <message>
      <source>Typical duration in minutes</source>
      <translation>Übliche Dauer in Minuten</translation>
    </message>
    <message>
      <source>&amp;Format</source>
      <translation>&amp;Form</translation>
    </message>
    <message>
      <source>Meeting format</source>
      <translation>Form der Treffen</translation>
    </message>
    <message>
      <source>&amp;Link</source>
      <translation>&amp;Link</translation>
    </message>
    <message>
      <source>Video or meeting link</source>
      <translation>Video- oder Besprechungslink</translation>
    </message>
    <message>
      <source>https://meet.example.com/abc</source>
      <translation>https://meet.example.com/abc</translation>
    </message>
    <message>
      <source>T&amp;opics</source>
      <translation>T&amp;hemen</translation>
    </message>
    <message>
      <source>Topics, one per line</source>
      <translation>Themen, eines pro Zeile</translation>
    </message>
    <message>
      <source>One per line; offered when you plan a meeting</source>
      <translation>Eines pro Zeile; angeboten, wenn Sie ein Treffen planen</translation>
    </message>
    <message>
      <source>Every &amp;time</source>
      <translation>&amp;Jedes Mal</translation>
    </message>
    <message>
      <source>Recurring points, one per line</source>
      <translation>Wiederkehrende Punkte, einer pro Zeile</translation>
    </message>
    <message>
      <source>On every plan, e.g. Progress on my talk; one per line</source>
      <translation>Auf jeder Agenda, z. B. Fortschritt bei meinem Vortrag; einer pro Zeile</translation>
    </message>
    <message>
      <source>Tou&amp;ches</source>
      <translation>&amp;Kontakte</translation>
    </message>
    <message>
      <source>How an email or call between meetings counts</source>
      <translation>Wie eine E-Mail oder ein Anruf zwischen Treffen zählt</translation>
    </message>
    <message>
      <source>I commit to</source>
      <translation>Ich verpflichte mich</translation>
    </message>
    <message>
      <source>What I commit to</source>
      <translation>Wozu ich mich verpflichte</translation>
    </message>
    <message>
      <source>My mentor commits to</source>
      <translation>Mein Mentor verpflichtet sich</translation>
    </message>
    <message>
      <source>What my mentor commits to</source>
      <translation>Wozu sich mein Mentor verpflichtet</translation>
    </message>
    <message>
      <source>Confidentiality</source>
      <translation>Vertraulichkeit</translation>
    </message>
    <message>
      <source>Boundaries</source>
      <translation>Grenzen</translation>
    </message>
    <message>
      <source>Boundaries: best times, response expectations</source>
      <translation>Grenzen: beste Zeiten, Antworterwartungen</translation>
    </message>
    <message>
      <source>Best times to meet, how quickly to expect replies</source>
      <translation>Beste Zeiten für Treffen, wie schnell Antworten zu erwarten sind</translation>
    </message>
    <message>
      <source>Start</source>
      <translation>Beginn</translation>
    </message>
    <message>
      <source>Start date</source>
      <translation>Beginndatum</translation>
    </message>
    <message>
      <source>Review</source>
      <translation>Überprüfung</translation>
    </message>
    <message>
      <source>Review date</source>
      <translation>Überprüfungsdatum</translation>
    </message>
    <message>
      <source>End</source>
      <translation>Ende</translation>
    </message>
    <message>
      <source>End date</source>
      <translation>Enddatum</translation>
    </message>
    <message>
      <source>Set {what}</source>
      <translation>{what} festlegen</translation>
    </message>
    <message>
      <source>Frequency unit</source>
      <translation>Einheit der Häufigkeit</translation>
    </message>
    <message>
      <source>not set</source>
      <translation>nicht festgelegt</translation>
    </message>
    <message>
      <source> min</source>
      <translation> Min.</translation>
    </message>
    <message>
      <source>Enter a whole number, like 4 (for every 4 weeks).</source>
      <translation>Geben Sie eine ganze Zahl ein, etwa 4 (für alle 4 Wochen).</translation>
    </message>
  </context>
  <context>
    <name>AgreementPanel</name>
    <message>
      <source>Version shown</source>
      <translation>Angezeigte Version</translation>
    </message>
    <message>
      <source>Save agreement</source>
      <translation>Vereinbarung speichern</translation>
    </message>
    <message>
      <source>Revert</source>
      <translation>Zurücksetzen</translation>
    </message>
    <message>
      <source>Revert the agreement</source>
      <translation>Die Vereinbarung zurücksetzen</translation>
    </message>
    <message>
      <source>Attachments…</source>
      <translation>Anhänge…</translation>
    </message>
    <message>
      <source>Files and links for the agreement</source>
      <translation>Dateien und Links zur Vereinbarung</translation>
    </message>
    <message>
      <source>Agreement</source>
      <translation>Vereinbarung</translation>
    </message>
    <message>
      <source>Agreement with {name}</source>
      <translation>Vereinbarung mit {name}</translation>
    </message>
    <message>
      <source>Save as version {n}</source>
      <translation>Als Version {n} speichern</translation>
    </message>
    <message>
      <source>Save changes</source>
      <translation>Änderungen speichern</translation>
    </message>
    <message>
      <source>Choose a mentor to see the agreement.</source>
      <translation>Wählen Sie einen Mentor, um die Vereinbarung zu sehen.</translation>
    </message>
    <message>
      <source>Not saved yet: edit it, then press Save agreement.</source>
      <translation>Noch nicht gespeichert: bearbeiten, dann „Vereinbarung speichern“ drücken.</translation>
    </message>
    <message>
      <source>No agreement with {name} yet. Agree on goals, how often to meet and what to talk about from the start: begin from a template or write your own.</source>
      <translation>Noch keine Vereinbarung mit {name}. Vereinbaren Sie von Anfang an Ziele, wie oft Sie sich treffen und worüber Sie sprechen: Beginnen Sie mit einer Vorlage oder schreiben Sie Ihre eigene.</translation>
    </message>
    <message>
      <source>An earlier version, kept as it was (read only). The current one is version {n}.</source>
      <translation>Eine frühere Version, unverändert aufbewahrt (nur lesen). Die aktuelle ist Version {n}.</translation>
    </message>
    <message>
      <source>Version {n} was agreed, so it stays as it is: saving these changes makes version {next}.</source>
      <translation>Version {n} wurde vereinbart und bleibt daher, wie sie ist: Beim Speichern dieser Änderungen entsteht Version {next}.</translation>
    </message>
    <message>
      <source>Agreed on {day}. Changing its terms will make a new version; the status alone can change in place.</source>
      <translation>Vereinbart am {day}. Geänderte Bedingungen ergeben eine neue Version; nur der Status kann direkt geändert werden.</translation>
    </message>
    <message>
      <source>A draft: edit freely until you both agree.</source>
      <translation>Ein Entwurf: frei bearbeitbar, bis Sie sich beide einig sind.</translation>
    </message>
    <message>
      <source>the agreement with {name}</source>
      <translation>die Vereinbarung mit {name}</translation>
    </message>
  </context>
  <context>
    <name>AppLock</name>
    <message>
      <source>&amp;Lock Now</source>
      <translation>Jetzt &amp;sperren</translation>
    </message>
    <message>
      <source>Lock</source>
      <translation>Sperren</translation>
    </message>
    <message>
      <source>MentorDesk cannot lock now: the file that holds your keys (mentordesk.key) cannot be read. Your data is unchanged.</source>
      <translation>MentorDesk kann jetzt nicht sperren: Die Datei mit Ihren Schlüsseln (mentordesk.key) kann nicht gelesen werden. Ihre Daten sind unverändert.</translation>
    </message>
    <message>
      <source>The lock needs a passphrase, and you set one by encrypting your data (File ▸ Encryption…). Then Lock Now, your desktop's screen lock and the idle minutes in Preferences ▸ Privacy lock MentorDesk.</source>
      <translation>Die Sperre braucht eine Passphrase, und die legen Sie fest, indem Sie Ihre Daten verschlüsseln (Datei ▸ Verschlüsselung…). Danach sperren »Jetzt sperren«, die Bildschirmsperre Ihres Desktops und die Leerlaufminuten unter Einstellungen ▸ Datenschutz MentorDesk.</translation>
    </message>
    <message>
      <source>&amp;Encryption…</source>
      <translation>&amp;Verschlüsselung …</translation>
    </message>
    <message>
      <source>Locked</source>
      <translation>Gesperrt</translation>
    </message>
    <message>
      <source>&amp;Lock MentorDesk after</source>
      <translation>MentorDesk &amp;sperren nach</translation>
    </message>
    <message>
      <source>Locking saves what you typed and hides every window until you type your passphrase (File ▸ Lock Now, Ctrl+Shift+L; also when your desktop locks the screen). A meeting whose clock runs is not locked for being idle.</source>
      <translation>Das Sperren speichert, was Sie eingegeben haben, und verbirgt jedes Fenster, bis Sie Ihre Passphrase eingeben (Datei ▸ Jetzt sperren, Strg+Umschalt+L; auch wenn Ihr Desktop den Bildschirm sperrt). Ein Treffen, dessen Uhr läuft, wird nicht wegen Leerlaufs gesperrt.</translation>
    </message>
    <message>
      <source>The lock needs a passphrase: it works once your data is encrypted.</source>
      <translation>Die Sperre braucht eine Passphrase: Sie wirkt, sobald Ihre Daten verschlüsselt sind.</translation>
    </message>
    <message>
      <source>Never</source>
      <translation>Nie</translation>
    </message>
    <message>
      <source> idle minutes</source>
      <translation> Minuten ohne Eingabe</translation>
    </message>
  </context>
  <context>
    <name>AttachmentDialog</name>
    <message>
      <source>Rename attachment</source>
      <translation>Anhang umbenennen</translation>
    </message>
    <message>
      <source>Add a link</source>
      <translation>Link hinzufügen</translation>
    </message>
    <message>
      <source>Web address</source>
      <translation>Webadresse</translation>
    </message>
    <message>
      <source>https://…</source>
      <translation>https://…</translation>
    </message>
    <message>
      <source>Title</source>
      <translation>Titel</translation>
    </message>
    <message>
      <source>The address, unless you name it</source>
      <translation>Die Adresse, wenn Sie ihn nicht benennen</translation>
    </message>
    <message>
      <source>&amp;Address</source>
      <translation>&amp;Adresse</translation>
    </message>
    <message>
      <source>&amp;Title</source>
      <translation>&amp;Titel</translation>
    </message>
    <message>
      <source>Rename</source>
      <translation>Umbenennen</translation>
    </message>
    <message>
      <source>Add link</source>
      <translation>Link hinzufügen</translation>
    </message>
  </context>
  <context>
    <name>AttachmentTableModel</name>
    <message>
      <source>{name} — missing from the data folder</source>
      <translation>{name} — fehlt im Datenordner</translation>
    </message>
    <message>
      <source>Title</source>
      <translation>Titel</translation>
    </message>
    <message>
      <source>File or link</source>
      <translation>Datei oder Link</translation>
    </message>
    <message>
      <source>Size</source>
      <translation>Größe</translation>
    </message>
    <message>
      <source>Added</source>
      <translation>Hinzugefügt</translation>
    </message>
    <message>
      <source>Link: Enter opens it in the browser</source>
      <translation>Link: Eingabe öffnet ihn im Browser</translation>
    </message>
    <message>
      <source>File: Enter opens it with its application</source>
      <translation>Datei: Eingabe öffnet sie mit ihrem Programm</translation>
    </message>
  </context>
  <context>
    <name>AttachmentsPanel</name>
    <message>
      <source>Attached files and links</source>
      <translation>Angehängte Dateien und Links</translation>
    </message>
    <message>
      <source>Add file…</source>
      <translation>Datei hinzufügen…</translation>
    </message>
    <message>
      <source>Add link…</source>
      <translation>Link hinzufügen…</translation>
    </message>
    <message>
      <source>Open</source>
      <translation>Öffnen</translation>
    </message>
    <message>
      <source>Open the attachment</source>
      <translation>Anhang öffnen</translation>
    </message>
    <message>
      <source>Show in folder</source>
      <translation>Im Ordner zeigen</translation>
    </message>
    <message>
      <source>Show the file in its folder</source>
      <translation>Die Datei in ihrem Ordner zeigen</translation>
    </message>
    <message>
      <source>Rename…</source>
      <translation>Umbenennen…</translation>
    </message>
    <message>
      <source>Rename the attachment</source>
      <translation>Den Anhang umbenennen</translation>
    </message>
    <message>
      <source>Remove</source>
      <translation>Entfernen</translation>
    </message>
    <message>
      <source>Remove the attachment</source>
      <translation>Den Anhang entfernen</translation>
    </message>
    <message>
      <source>No files or links yet: drop files here, or use Add file… or Add link….</source>
      <translation>Noch keine Dateien oder Links: Dateien hierher ziehen oder Datei hinzufügen… bzw. Link hinzufügen… verwenden.</translation>
    </message>
    <message numerus="yes">
      <source>%n attachment(s).</source>
      <translation>
        <numerusform>%n Anhang.</numerusform>
        <numerusform>%n Anhänge.</numerusform>
      </translation>
    </message>
    <message>
      <source>Attach files</source>
      <translation>Dateien anhängen</translation>
    </message>
    <message>
      <source>Copying “{name}”: {percent} %…</source>
      <translation>„{name}“ wird kopiert: {percent} %…</translation>
    </message>
  </context>
  <context>
    <name>AttachmentsWindow</name>
    <message>
      <source>Attachments — {what}</source>
      <translation>Anhänge — {what}</translation>
    </message>
    <message>
      <source>Close</source>
      <translation>Schließen</translation>
    </message>
  </context>
  <context>
    <name>BackupsDialog</name>
    <message>
      <source>Before an update</source>
      <translation>Vor einem Update</translation>
    </message>
    <message>
      <source>Daily</source>
      <translation>Täglich</translation>
    </message>
    <message>
      <source>While you worked</source>
      <translation>Während Sie arbeiteten</translation>
    </message>
    <message>
      <source>Made by you</source>
      <translation>Von Ihnen angelegt</translation>
    </message>
    <message>
      <source>Before an import</source>
      <translation>Vor einem Import</translation>
    </message>
    <message>
      <source>Before a restore</source>
      <translation>Vor einer Wiederherstellung</translation>
    </message>
    <message>
      <source>Backups</source>
      <translation>Sicherungen</translation>
    </message>
    <message>
      <source>MentorDesk backs up your data when it starts (once a day), every half hour while you work, and before every update, import and restore. It keeps all backups of the last two days, then one a day, one a week and one a month.</source>
      <translation>MentorDesk sichert Ihre Daten beim Start (einmal täglich), jede halbe Stunde während Sie arbeiten und vor jedem Update, Import und jeder Wiederherstellung. Es behält alle Sicherungen der letzten zwei Tage, danach eine pro Tag, eine pro Woche und eine pro Monat.</translation>
    </message>
    <message>
      <source>Back Up Now</source>
      <translation>Jetzt sichern</translation>
    </message>
    <message>
      <source>Restore…</source>
      <translation>Wiederherstellen …</translation>
    </message>
    <message>
      <source>Show in Folder</source>
      <translation>Im Ordner zeigen</translation>
    </message>
    <message>
      <source>Close</source>
      <translation>Schließen</translation>
    </message>
    <message>
      <source>No backups yet.</source>
      <translation>Noch keine Sicherungen.</translation>
    </message>
    <message>
      <source>Backing up…</source>
      <translation>Wird gesichert …</translation>
    </message>
    <message>
      <source>Backed up.</source>
      <translation>Gesichert.</translation>
    </message>
    <message>
      <source>The backup failed: {reason}</source>
      <translation>Die Sicherung ist fehlgeschlagen: {reason}</translation>
    </message>
    <message>
      <source>Restore this backup?</source>
      <translation>Diese Sicherung wiederherstellen?</translation>
    </message>
    <message>
      <source>Go back to your data as it was on {when}: {mentors}, {meetings}?</source>
      <translation>Zu Ihren Daten vom {when} zurückkehren: {mentors}, {meetings}?</translation>
    </message>
    <message numerus="yes">
      <source>%n mentor(s)</source>
      <translation>
        <numerusform>%n Mentor</numerusform>
        <numerusform>%n Mentoren</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n meeting(s)</source>
      <translation>
        <numerusform>%n Treffen</numerusform>
        <numerusform>%n Treffen</numerusform>
      </translation>
    </message>
    <message>
      <source>Restore</source>
      <translation>Wiederherstellen</translation>
    </message>
    <message>
      <source>Your data as it is now is backed up first, so you can come back to it from this list. Open windows close and MentorDesk reopens on the backup.</source>
      <translation>Ihre aktuellen Daten werden zuerst gesichert, sodass Sie über diese Liste zu ihnen zurückkehren können. Offene Fenster schließen sich und MentorDesk öffnet sich mit der Sicherung neu.</translation>
    </message>
    <message>
      <source>&amp;Backups…</source>
      <translation>&amp;Sicherungen …</translation>
    </message>
  </context>
  <context>
    <name>BackupsModel</name>
    <message>
      <source>Taken</source>
      <translation>Erstellt</translation>
    </message>
    <message>
      <source>Why</source>
      <translation>Warum</translation>
    </message>
    <message>
      <source>Size</source>
      <translation>Größe</translation>
    </message>
    <message>
      <source>Mentors</source>
      <translation>Mentoren</translation>
    </message>
    <message>
      <source>Meetings</source>
      <translation>Treffen</translation>
    </message>
    <message>
      <source>unreadable</source>
      <translation>nicht lesbar</translation>
    </message>
  </context>
  <context>
    <name>BalancePanel</name>
    <message>
      <source>Balance</source>
      <translation>Bilanz</translation>
    </message>
    <message>
      <source>What you gave back to each mentor</source>
      <translation>Was Sie jedem Mentor zurückgegeben haben</translation>
    </message>
    <message>
      <source>⚠ marks a mentor met {meetings} or more with nothing given back for {days} (Edit ▸ Preferences).</source>
      <translation>⚠ markiert einen Mentor, den Sie {meetings}-mal oder öfter getroffen haben, ohne ihm seit {days} etwas zurückzugeben (Bearbeiten ▸ Einstellungen).</translation>
    </message>
    <message numerus="yes">
      <source>%n time(s)</source>
      <translation>
        <numerusform>%n Mal</numerusform>
        <numerusform>%n Mal</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n day(s)</source>
      <translation>
        <numerusform>%n Tag</numerusform>
        <numerusform>%n Tage</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>BriefPanel</name>
    <message>
      <source>Pre-meeting brief</source>
      <translation>Briefing vor dem Treffen</translation>
    </message>
    <message>
      <source>Join</source>
      <translation>Beitreten</translation>
    </message>
    <message>
      <source>Join the meeting</source>
      <translation>Dem Treffen beitreten</translation>
    </message>
    <message>
      <source>Select a meeting to see what to bring up.</source>
      <translation>Wählen Sie ein Treffen, um zu sehen, was Sie ansprechen wollen.</translation>
    </message>
    <message>
      <source>Before you meet {name}</source>
      <translation>Bevor Sie {name} treffen</translation>
    </message>
    <message>
      <source>Report back</source>
      <translation>Berichten</translation>
    </message>
    <message>
      <source>Nothing to report back.</source>
      <translation>Nichts zu berichten.</translation>
    </message>
    <message>
      <source>Open action items</source>
      <translation>Offene Aufgaben</translation>
    </message>
    <message>
      <source>No open action items.</source>
      <translation>Keine offenen Aufgaben.</translation>
    </message>
    <message>
      <source>Last meeting's takeaways</source>
      <translation>Erkenntnisse des letzten Treffens</translation>
    </message>
    <message>
      <source>{lock} Private: hidden while presenting.</source>
      <translation>{lock} Privat: beim Präsentieren verborgen.</translation>
    </message>
    <message>
      <source>No takeaways written.</source>
      <translation>Keine Erkenntnisse notiert.</translation>
    </message>
    <message>
      <source>No meeting held yet.</source>
      <translation>Noch kein Treffen abgehalten.</translation>
    </message>
    <message>
      <source>Not covered last time</source>
      <translation>Letztes Mal nicht besprochen</translation>
    </message>
    <message>
      <source>Nothing left over from the last agenda.</source>
      <translation>Von der letzten Agenda ist nichts übrig.</translation>
    </message>
    <message>
      <source>From your inbox</source>
      <translation>Aus Ihrem Eingang</translation>
    </message>
    <message>
      <source>No topics waiting.</source>
      <translation>Keine wartenden Themen.</translation>
    </message>
    <message>
      <source>{topic} (private: only here)</source>
      <translation>{topic} (privat: nur hier)</translation>
    </message>
    <message>
      <source>No meeting planned yet.</source>
      <translation>Noch kein Treffen geplant.</translation>
    </message>
    <message>
      <source>Planned for {when} · {format}, not marked held yet: end it in meeting mode, or reschedule it.</source>
      <translation>Geplant für {when} · {format}, noch nicht als abgehalten markiert: Beenden Sie es im Gesprächsmodus oder verschieben Sie es.</translation>
    </message>
    <message>
      <source>Meeting now: {when} · {format}</source>
      <translation>Treffen jetzt: {when} · {format}</translation>
    </message>
    <message>
      <source>Next meeting: {when} · {format}</source>
      <translation>Nächstes Treffen: {when} · {format}</translation>
    </message>
    <message>
      <source>• {text} — overdue, due {date}</source>
      <translation>• {text} — überfällig, fällig am {date}</translation>
    </message>
    <message>
      <source>• {text} — due {date}</source>
      <translation>• {text} — fällig am {date}</translation>
    </message>
    <message>
      <source>Done {date}</source>
      <translation>Erledigt am {date}</translation>
    </message>
    <message>
      <source>Reported</source>
      <translation>Berichtet</translation>
    </message>
    <message>
      <source>Mark reported: {text}</source>
      <translation>Als berichtet markieren: {text}</translation>
    </message>
    <message>
      <source>I told {name} how it went</source>
      <translation>Ich habe {name} erzählt, wie es lief</translation>
    </message>
  </context>
  <context>
    <name>ClosureReviewDialog</name>
    <message>
      <source>Closing the mentorship with {name}</source>
      <translation>Abschluss des Mentorings mit {name}</translation>
    </message>
    <message>
      <source>What I learned</source>
      <translation>Was ich gelernt habe</translation>
    </message>
    <message>
      <source>The lessons you take with you</source>
      <translation>Die Lehren, die Sie mitnehmen</translation>
    </message>
    <message>
      <source>Goals this mentorship served</source>
      <translation>Ziele, denen dieses Mentoring diente</translation>
    </message>
    <message>
      <source>Thank-you note</source>
      <translation>Dankesbrief</translation>
    </message>
    <message>
      <source>Draft again</source>
      <translation>Neu entwerfen</translation>
    </message>
    <message>
      <source>Compose the note again from what you learned and the goals ticked</source>
      <translation>Den Brief neu aus dem Gelernten und den angehakten Zielen verfassen</translation>
    </message>
    <message>
      <source>Copy note</source>
      <translation>Brief kopieren</translation>
    </message>
    <message>
      <source>Export to Markdown…</source>
      <translation>Als Markdown exportieren …</translation>
    </message>
    <message>
      <source>Keep in touch as alumni, every</source>
      <translation>Als Ehemalige in Kontakt bleiben, alle</translation>
    </message>
    <message>
      <source>Keep in touch as alumni</source>
      <translation>Als Ehemalige in Kontakt bleiben</translation>
    </message>
    <message>
      <source>Keep in touch every</source>
      <translation>In Kontakt bleiben alle</translation>
    </message>
    <message>
      <source>Unit</source>
      <translation>Einheit</translation>
    </message>
    <message>
      <source>Ended on</source>
      <translation>Beendet am</translation>
    </message>
    <message>
      <source>What I &amp;learned</source>
      <translation>Was ich ge&amp;lernt habe</translation>
    </message>
    <message>
      <source>&amp;Goals it served</source>
      <translation>&amp;Ziele, denen es diente</translation>
    </message>
    <message>
      <source>&amp;Thank-you note</source>
      <translation>&amp;Dankesbrief</translation>
    </message>
    <message>
      <source>&amp;Afterwards</source>
      <translation>&amp;Danach</translation>
    </message>
    <message>
      <source>&amp;Ended on</source>
      <translation>&amp;Beendet am</translation>
    </message>
    <message>
      <source>End mentorship</source>
      <translation>Mentoring beenden</translation>
    </message>
    <message>
      <source>No meeting was held. Say what you take with you anyway.</source>
      <translation>Es wurde kein Treffen abgehalten. Halten Sie trotzdem fest, was Sie mitnehmen.</translation>
    </message>
    <message>
      <source>nothing given back yet</source>
      <translation>noch nichts zurückgegeben</translation>
    </message>
    <message numerus="yes">
      <source>%n thing(s) given back</source>
      <translation>
        <numerusform>%n Sache zurückgegeben</numerusform>
        <numerusform>%n Sachen zurückgegeben</numerusform>
      </translation>
    </message>
    <message>
      <source>{meetings}, {actions}, {gave}. Everything stays recorded; the note below is a draft to make your own.</source>
      <translation>{meetings}, {actions}, {gave}. Alles bleibt gespeichert; der Brief unten ist ein Entwurf, den Sie sich zu eigen machen.</translation>
    </message>
    <message numerus="yes">
      <source>%n meeting(s)</source>
      <translation>
        <numerusform>%n Treffen</numerusform>
        <numerusform>%n Treffen</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n piece(s) of advice acted on</source>
      <translation>
        <numerusform>%n Rat umgesetzt</numerusform>
        <numerusform>%n Ratschläge umgesetzt</numerusform>
      </translation>
    </message>
    <message>
      <source>The thank-you note is on the clipboard.</source>
      <translation>Der Dankesbrief ist in der Zwischenablage.</translation>
    </message>
    <message>
      <source>Export the closure review</source>
      <translation>Abschlussrückblick exportieren</translation>
    </message>
    <message>
      <source>Markdown (*.md)</source>
      <translation>Markdown (*.md)</translation>
    </message>
    <message>
      <source>Could not write {file}: {reason}.</source>
      <translation>{file} konnte nicht geschrieben werden: {reason}.</translation>
    </message>
    <message>
      <source>Exported to {file}.</source>
      <translation>Exportiert nach {file}.</translation>
    </message>
  </context>
  <context>
    <name>ComingSoon</name>
    <message>
      <source>Coming soon. {future}

This area is not built yet; nothing here is sample or fake data.</source>
      <translation>Demnächst. {future}

Dieser Bereich ist noch nicht gebaut; hier gibt es keine Beispiel- oder Scheindaten.</translation>
    </message>
  </context>
  <context>
    <name>CommandPalette</name>
    <message>
      <source>Run an action</source>
      <translation>Aktion ausführen</translation>
    </message>
    <message>
      <source>Action to run, or words to search for</source>
      <translation>Auszuführende Aktion oder Suchbegriffe</translation>
    </message>
    <message>
      <source>Type an action's name, or words to search for</source>
      <translation>Namen einer Aktion oder Suchbegriffe eingeben</translation>
    </message>
    <message>
      <source>Actions</source>
      <translation>Aktionen</translation>
    </message>
    <message>
      <source>Action</source>
      <translation>Aufgabe</translation>
    </message>
    <message>
      <source>Where</source>
      <translation>Wo</translation>
    </message>
    <message>
      <source>Keys</source>
      <translation>Tasten</translation>
    </message>
    <message>
      <source>Not available here now</source>
      <translation>Hier gerade nicht verfügbar</translation>
    </message>
    <message>
      <source>Search your data for “{text}”</source>
      <translation>Ihre Daten nach „{text}“ durchsuchen</translation>
    </message>
  </context>
  <context>
    <name>DashboardView</name>
    <message>
      <source>Welcome to MentorDesk</source>
      <translation>Willkommen bei MentorDesk</translation>
    </message>
    <message>
      <source>This page will tell you what to do today: who is due for a meeting, what you promised, and what is overdue. Start with a real mentor, or look around with a few fictional ones that you can remove in one step.</source>
      <translation>Diese Seite sagt Ihnen, was heute zu tun ist: wer für ein Treffen fällig ist, was Sie versprochen haben und was überfällig ist. Beginnen Sie mit einem echten Mentor oder sehen Sie sich mit ein paar erfundenen um, die Sie in einem Schritt wieder entfernen.</translation>
    </message>
    <message>
      <source>Add your first mentor</source>
      <translation>Ersten Mentor hinzufügen</translation>
    </message>
    <message>
      <source>Explore with sample data</source>
      <translation>Mit Beispieldaten erkunden</translation>
    </message>
    <message>
      <source>Time to meet</source>
      <translation>Zeit für ein Treffen</translation>
    </message>
    <message>
      <source>Meetings in the next 7 days</source>
      <translation>Treffen in den nächsten 7 Tagen</translation>
    </message>
    <message>
      <source>Action items due</source>
      <translation>Fällige Aufgaben</translation>
    </message>
    <message>
      <source>Report back</source>
      <translation>Berichten</translation>
    </message>
    <message>
      <source>Agreement reviews</source>
      <translation>Überprüfung von Vereinbarungen</translation>
    </message>
    <message>
      <source>Rhythm</source>
      <translation>Rhythmus</translation>
    </message>
    <message>
      <source>Gaps between meetings</source>
      <translation>Abstände zwischen Treffen</translation>
    </message>
    <message>
      <source>Follow up with prospects</source>
      <translation>Bei Kandidaten nachfassen</translation>
    </message>
    <message>
      <source>Give back</source>
      <translation>Zurückgeben</translation>
    </message>
    <message>
      <source>Nobody needs a meeting planned now.</source>
      <translation>Gerade muss kein Treffen geplant werden.</translation>
    </message>
    <message>
      <source>No meetings planned in the next 7 days.</source>
      <translation>Keine Treffen in den nächsten 7 Tagen geplant.</translation>
    </message>
    <message>
      <source>Nothing overdue or due this week.</source>
      <translation>Nichts überfällig oder diese Woche fällig.</translation>
    </message>
    <message>
      <source>Nothing to report back. Outcomes you promise to share appear here.</source>
      <translation>Nichts zu berichten. Ergebnisse, die Sie zu teilen versprechen, erscheinen hier.</translation>
    </message>
    <message>
      <source>No agreement is due for review in the next 14 days.</source>
      <translation>Keine Vereinbarung ist in den nächsten 14 Tagen zu überprüfen.</translation>
    </message>
    <message>
      <source>Every rhythm is close to what was agreed.</source>
      <translation>Jeder Rhythmus liegt nahe am Vereinbarten.</translation>
    </message>
    <message>
      <source>No rhythm agreed yet: set how often you meet on a mentor's Agreement tab.</source>
      <translation>Noch kein Rhythmus vereinbart: Legen Sie im Reiter Vereinbarung eines Mentors fest, wie oft Sie sich treffen.</translation>
    </message>
    <message>
      <source>No prospect is waiting for a follow-up.</source>
      <translation>Kein Kandidat wartet auf ein Nachfassen.</translation>
    </message>
    <message>
      <source>Nobody is owed a give-back: mentorship is a two-way street.</source>
      <translation>Niemandem schulden Sie etwas: Mentoring ist keine Einbahnstraße.</translation>
    </message>
    <message>
      <source>Charts appear once you have met an active mentor twice.</source>
      <translation>Diagramme erscheinen, sobald Sie einen aktiven Mentor zweimal getroffen haben.</translation>
    </message>
    <message>
      <source>nobody to meet</source>
      <translation>niemand zu treffen</translation>
    </message>
    <message numerus="yes">
      <source>%n mentor(s) to meet</source>
      <translation>
        <numerusform>%n Mentor zu treffen</numerusform>
        <numerusform>%n Mentoren zu treffen</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n meeting(s) in the next 7 days</source>
      <translation>
        <numerusform>%n Treffen in den nächsten 7 Tagen</numerusform>
        <numerusform>%n Treffen in den nächsten 7 Tagen</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n action item(s) overdue</source>
      <translation>
        <numerusform>%n Aufgabe überfällig</numerusform>
        <numerusform>%n Aufgaben überfällig</numerusform>
      </translation>
    </message>
    <message>
      <source>{n} to report back</source>
      <translation>{n} zu berichten</translation>
    </message>
    <message>
      <source>time to keep in touch ({standing})</source>
      <translation>Zeit, in Kontakt zu bleiben ({standing})</translation>
    </message>
    <message>
      <source>Plan meeting…</source>
      <translation>Treffen planen …</translation>
    </message>
    <message>
      <source>Plan a meeting with {name}</source>
      <translation>Ein Treffen mit {name} planen</translation>
    </message>
    <message>
      <source>Log touch…</source>
      <translation>Kontakt eintragen …</translation>
    </message>
    <message>
      <source>Log an email, message, call or chat with {name}</source>
      <translation>Eine E-Mail, Nachricht, einen Anruf oder ein Gespräch mit {name} eintragen</translation>
    </message>
    <message>
      <source>Open</source>
      <translation>Öffnen</translation>
    </message>
    <message>
      <source>Open {name}</source>
      <translation>{name} öffnen</translation>
    </message>
    <message>
      <source>{when} · {name} · {format}</source>
      <translation>{when} · {name} · {format}</translation>
    </message>
    <message>
      <source>Agenda: {points}</source>
      <translation>Agenda: {points}</translation>
    </message>
    <message>
      <source>No agenda yet</source>
      <translation>Noch keine Agenda</translation>
    </message>
    <message numerus="yes">
      <source>%n open action item(s)</source>
      <translation>
        <numerusform>%n offene Aufgabe</numerusform>
        <numerusform>%n offene Aufgaben</numerusform>
      </translation>
    </message>
    <message>
      <source>Join</source>
      <translation>Beitreten</translation>
    </message>
    <message>
      <source>Join the call with {name}</source>
      <translation>Dem Anruf mit {name} beitreten</translation>
    </message>
    <message>
      <source>Brief</source>
      <translation>Briefing</translation>
    </message>
    <message>
      <source>The brief for {name}</source>
      <translation>Das Briefing für {name}</translation>
    </message>
    <message>
      <source>{when} · {name}</source>
      <translation>{when} · {name}</translation>
    </message>
    <message>
      <source>Its time has passed: mark it held, or cancel it.</source>
      <translation>Sein Termin ist vorbei: als abgehalten markieren oder absagen.</translation>
    </message>
    <message>
      <source>Open the past meeting with {name}</source>
      <translation>Das vergangene Treffen mit {name} öffnen</translation>
    </message>
    <message>
      <source>overdue since {day}</source>
      <translation>überfällig seit {day}</translation>
    </message>
    <message>
      <source>due today</source>
      <translation>heute fällig</translation>
    </message>
    <message>
      <source>due {day}</source>
      <translation>fällig am {day}</translation>
    </message>
    <message>
      <source>Open the action item {text}</source>
      <translation>Die Aufgabe {text} öffnen</translation>
    </message>
    <message>
      <source>done {day}</source>
      <translation>erledigt am {day}</translation>
    </message>
    <message>
      <source>Reported</source>
      <translation>Berichtet</translation>
    </message>
    <message>
      <source>Mark reported: {text}</source>
      <translation>Als berichtet markieren: {text}</translation>
    </message>
    <message>
      <source>I told {name} how it went</source>
      <translation>Ich habe {name} erzählt, wie es lief</translation>
    </message>
    <message>
      <source>was due {day}</source>
      <translation>war fällig am {day}</translation>
    </message>
    <message>
      <source>due {day} (in {days})</source>
      <translation>fällig am {day} (in {days})</translation>
    </message>
    <message>
      <source>Review the agreement with {name} (version {version})</source>
      <translation>Die Vereinbarung mit {name} überprüfen (Version {version})</translation>
    </message>
    <message>
      <source>Open agreement</source>
      <translation>Vereinbarung öffnen</translation>
    </message>
    <message>
      <source>Open the agreement with {name}</source>
      <translation>Die Vereinbarung mit {name} öffnen</translation>
    </message>
    <message>
      <source>More often than agreed: is that still right for them?</source>
      <translation>Häufiger als vereinbart: Passt das noch für beide?</translation>
    </message>
    <message>
      <source>Less often than agreed: plan ahead, or agree a new rhythm.</source>
      <translation>Seltener als vereinbart: Planen Sie voraus oder vereinbaren Sie einen neuen Rhythmus.</translation>
    </message>
    <message>
      <source>{name} — time to give something back</source>
      <translation>{name} — Zeit, etwas zurückzugeben</translation>
    </message>
    <message>
      <source>Add idea…</source>
      <translation>Idee hinzufügen …</translation>
    </message>
    <message>
      <source>Add a give-back idea for {name}</source>
      <translation>Eine Idee zum Zurückgeben für {name} hinzufügen</translation>
    </message>
    <message>
      <source>{step} {day}; follow-up was due {due}</source>
      <translation>{step} {day}; Nachfassen war fällig am {due}</translation>
    </message>
    <message>
      <source>{step} {day}; follow up today</source>
      <translation>{step} {day}; heute nachfassen</translation>
    </message>
    <message>
      <source>Follow up with {name}</source>
      <translation>Bei {name} nachfassen</translation>
    </message>
    <message>
      <source>Open the prospect {name}</source>
      <translation>Den Kandidaten {name} öffnen</translation>
    </message>
  </context>
  <context>
    <name>DataSession</name>
    <message>
      <source>Unfinished changes set aside</source>
      <translation>Unfertige Änderungen beiseitegelegt</translation>
    </message>
    <message>
      <source>Beside your database lay unfinished changes that do not belong to it (this happens when a backup is copied over the database by hand after a crash). MentorDesk set them aside as {name} and opened the database as it is.</source>
      <translation>Neben Ihrer Datenbank lagen unfertige Änderungen, die nicht zu ihr gehören (das passiert, wenn nach einem Absturz eine Sicherung von Hand über die Datenbank kopiert wird). MentorDesk hat sie als {name} beiseitegelegt und die Datenbank so geöffnet, wie sie ist.</translation>
    </message>
    <message>
      <source>Encryption could not be changed: {reason}</source>
      <translation>Die Verschlüsselung konnte nicht geändert werden: {reason}</translation>
    </message>
    <message>
      <source>Backup restored. Your data as it was before is kept as a backup (File ▸ Backups…), so you can go back to it.</source>
      <translation>Sicherung wiederhergestellt. Ihre Daten von vorher sind als Sicherung aufbewahrt (Datei ▸ Sicherungen …), Sie können also zu ihnen zurück.</translation>
    </message>
    <message>
      <source>Imported. Your data as it was before is kept as a backup (File ▸ Backups…).</source>
      <translation>Importiert. Ihre Daten von vorher sind als Sicherung aufbewahrt (Datei ▸ Sicherungen …).</translation>
    </message>
    <message>
      <source>Nothing was imported: {problem}</source>
      <translation>Nichts wurde importiert: {problem}</translation>
    </message>
    <message>
      <source>The file could not be imported: {reason}</source>
      <translation>Die Datei konnte nicht importiert werden: {reason}</translation>
    </message>
    <message>
      <source>The backup could not be restored: {reason}</source>
      <translation>Die Sicherung konnte nicht wiederhergestellt werden: {reason}</translation>
    </message>
    <message>
      <source>Backup failed: {reason}</source>
      <translation>Sicherung fehlgeschlagen: {reason}</translation>
    </message>
    <message numerus="yes">
      <source>%n attached file(s) could not be brought back; they show as missing.</source>
      <translation>
        <numerusform>%n angehängte Datei konnte nicht zurückgeholt werden; sie wird als fehlend gezeigt.</numerusform>
        <numerusform>%n angehängte Dateien konnten nicht zurückgeholt werden; sie werden als fehlend gezeigt.</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>DecisionsModel</name>
    <message>
      <source>When</source>
      <translation>Wann</translation>
    </message>
    <message>
      <source>What sync decided</source>
      <translation>Was die Synchronisation entschied</translation>
    </message>
    <message>
      <source>Restore</source>
      <translation>Wiederherstellen</translation>
    </message>
    <message>
      <source>Restored</source>
      <translation>Wiederhergestellt</translation>
    </message>
    <message>
      <source>Kept</source>
      <translation>Behalten</translation>
    </message>
    <message>
      <source>Restore “{value}”</source>
      <translation>„{value}“ wiederherstellen</translation>
    </message>
  </context>
  <context>
    <name>DueDateDialog</name>
    <message>
      <source>Due date</source>
      <translation>Fälligkeitsdatum</translation>
    </message>
    <message>
      <source>Set due date</source>
      <translation>Fälligkeitsdatum setzen</translation>
    </message>
  </context>
  <context>
    <name>DueDateEditor</name>
    <message>
      <source>Due date</source>
      <translation>Fälligkeitsdatum</translation>
    </message>
    <message>
      <source>No date</source>
      <translation>Kein Datum</translation>
    </message>
    <message>
      <source>Delete: no due date</source>
      <translation>Entf: kein Fälligkeitsdatum</translation>
    </message>
  </context>
  <context>
    <name>DueField</name>
    <message>
      <source>Due on</source>
      <translation>Fällig am</translation>
    </message>
    <message>
      <source>Has a due date</source>
      <translation>Hat ein Fälligkeitsdatum</translation>
    </message>
    <message>
      <source>Due date</source>
      <translation>Fälligkeitsdatum</translation>
    </message>
    <message>
      <source>+1 week</source>
      <translation>+1 Woche</translation>
    </message>
    <message>
      <source>+2 weeks</source>
      <translation>+2 Wochen</translation>
    </message>
    <message>
      <source>End of month</source>
      <translation>Monatsende</translation>
    </message>
    <message>
      <source>Due in one week</source>
      <translation>In einer Woche fällig</translation>
    </message>
    <message>
      <source>Due in two weeks</source>
      <translation>In zwei Wochen fällig</translation>
    </message>
    <message>
      <source>Due at the end of the month</source>
      <translation>Zum Monatsende fällig</translation>
    </message>
    <message>
      <source>Due {date}</source>
      <translation>Fällig am {date}</translation>
    </message>
  </context>
  <context>
    <name>EditMeetingDialog</name>
    <message>
      <source>Held meeting with {name}</source>
      <translation>Abgehaltenes Treffen mit {name}</translation>
    </message>
    <message>
      <source>Meeting with {name}</source>
      <translation>Treffen mit {name}</translation>
    </message>
    <message>
      <source>When it began</source>
      <translation>Wann es begann</translation>
    </message>
    <message>
      <source>Date and time</source>
      <translation>Datum und Uhrzeit</translation>
    </message>
    <message>
      <source> min</source>
      <translation> Min.</translation>
    </message>
    <message>
      <source>Format</source>
      <translation>Form</translation>
    </message>
    <message>
      <source>Place or video link</source>
      <translation>Ort oder Videolink</translation>
    </message>
    <message>
      <source>How valuable was it</source>
      <translation>Wie wertvoll war es</translation>
    </message>
    <message>
      <source>No rating</source>
      <translation>Keine Bewertung</translation>
    </message>
    <message>
      <source>{stars} ({value} of 5)</source>
      <translation>{stars} ({value} von 5)</translation>
    </message>
    <message>
      <source>How long it took, in minutes</source>
      <translation>Wie lange es dauerte, in Minuten</translation>
    </message>
    <message>
      <source>&amp;Began</source>
      <translation>&amp;Begonnen</translation>
    </message>
    <message>
      <source>&amp;Took</source>
      <translation>&amp;Dauerte</translation>
    </message>
    <message>
      <source>&amp;Value</source>
      <translation>&amp;Wert</translation>
    </message>
    <message>
      <source>Duration in minutes</source>
      <translation>Dauer in Minuten</translation>
    </message>
    <message>
      <source>&amp;When</source>
      <translation>&amp;Wann</translation>
    </message>
    <message>
      <source>&amp;Duration</source>
      <translation>&amp;Dauer</translation>
    </message>
    <message>
      <source>&amp;Format</source>
      <translation>&amp;Form</translation>
    </message>
    <message>
      <source>&amp;Place or link</source>
      <translation>&amp;Ort oder Link</translation>
    </message>
    <message>
      <source>&amp;Agenda</source>
      <translation>&amp;Agenda</translation>
    </message>
    <message>
      <source>Save</source>
      <translation>Speichern</translation>
    </message>
    <message>
      <source>Their time: {time}</source>
      <translation>Ihre Zeit: {time}</translation>
    </message>
  </context>
  <context>
    <name>EncryptionDialog</name>
    <message>
      <source>Encryption</source>
      <translation>Verschlüsselung</translation>
    </message>
    <message>
      <source>Your data is encrypted: the database, its backups, damaged copies, attached files and the typing journal open only with your passphrase or your recovery key.</source>
      <translation>Ihre Daten sind verschlüsselt: Die Datenbank, ihre Sicherungen, beschädigte Kopien, Anhänge und das Tipp-Journal öffnen sich nur mit Ihrer Passphrase oder Ihrem Wiederherstellungsschlüssel.</translation>
    </message>
    <message>
      <source>Your data is not encrypted: anyone who can read the data folder can read it.</source>
      <translation>Ihre Daten sind nicht verschlüsselt: Wer den Datenordner lesen kann, kann sie lesen.</translation>
    </message>
    <message>
      <source>Turn &amp;on…</source>
      <translation>&amp;Einschalten …</translation>
    </message>
    <message>
      <source>&amp;Change passphrase…</source>
      <translation>Passphrase ä&amp;ndern …</translation>
    </message>
    <message>
      <source>Turn o&amp;ff…</source>
      <translation>A&amp;usschalten …</translation>
    </message>
    <message>
      <source>Close</source>
      <translation>Schließen</translation>
    </message>
    <message>
      <source>Encrypt</source>
      <translation>Verschlüsseln</translation>
    </message>
    <message>
      <source>Change</source>
      <translation>Ändern</translation>
    </message>
    <message>
      <source>Decrypt</source>
      <translation>Entschlüsseln</translation>
    </message>
    <message>
      <source>The passphrase is changed. Your recovery key stays the same.</source>
      <translation>Die Passphrase ist geändert. Ihr Wiederherstellungsschlüssel bleibt derselbe.</translation>
    </message>
    <message>
      <source>Your data is encrypted.</source>
      <translation>Ihre Daten sind verschlüsselt.</translation>
    </message>
    <message>
      <source>Your data is no longer encrypted.</source>
      <translation>Ihre Daten sind nicht mehr verschlüsselt.</translation>
    </message>
    <message>
      <source>&amp;Encryption…</source>
      <translation>&amp;Verschlüsselung …</translation>
    </message>
    <message>
      <source>Your data is encrypted: the database, its backups, damaged copies and the typing journal open only with your passphrase or your recovery key.</source>
      <translation>Ihre Daten sind verschlüsselt: Die Datenbank, ihre Sicherungen, beschädigte Kopien und das Tipp-Journal öffnen sich nur mit Ihrer Passphrase oder Ihrem Wiederherstellungsschlüssel.</translation>
    </message>
  </context>
  <context>
    <name>EndMeetingDialog</name>
    <message>
      <source>End meeting</source>
      <translation>Treffen beenden</translation>
    </message>
    <message>
      <source>When the meeting began</source>
      <translation>Wann das Treffen begann</translation>
    </message>
    <message>
      <source>Actual duration in minutes</source>
      <translation>Tatsächliche Dauer in Minuten</translation>
    </message>
    <message>
      <source> min</source>
      <translation> Min.</translation>
    </message>
    <message>
      <source>How valuable was it</source>
      <translation>Wie wertvoll war es</translation>
    </message>
    <message>
      <source>No rating</source>
      <translation>Keine Bewertung</translation>
    </message>
    <message>
      <source>1 – not useful</source>
      <translation>1 – nicht hilfreich</translation>
    </message>
    <message>
      <source>3 – useful</source>
      <translation>3 – hilfreich</translation>
    </message>
    <message>
      <source>5 – very valuable</source>
      <translation>5 – sehr wertvoll</translation>
    </message>
    <message>
      <source>No action items were captured in this meeting.</source>
      <translation>In diesem Treffen wurden keine Aufgaben erfasst.</translation>
    </message>
    <message>
      <source>Plan the next meeting</source>
      <translation>Das nächste Treffen planen</translation>
    </message>
    <message>
      <source>Next meeting date and time</source>
      <translation>Datum und Uhrzeit des nächsten Treffens</translation>
    </message>
    <message numerus="yes">
      <source>%n unticked agenda point(s) will be carried over.</source>
      <translation>
        <numerusform>%n nicht abgehakter Agendapunkt wird übernommen.</numerusform>
        <numerusform>%n nicht abgehakte Agendapunkte werden übernommen.</numerusform>
      </translation>
    </message>
    <message>
      <source>Every agenda point was ticked off.</source>
      <translation>Jeder Agendapunkt wurde abgehakt.</translation>
    </message>
    <message>
      <source>There was no agenda.</source>
      <translation>Es gab keine Agenda.</translation>
    </message>
    <message>
      <source>Began:</source>
      <translation>Begonnen:</translation>
    </message>
    <message>
      <source>Actual duration:</source>
      <translation>Tatsächliche Dauer:</translation>
    </message>
    <message>
      <source>Value of the meeting:</source>
      <translation>Wert des Treffens:</translation>
    </message>
    <message>
      <source>Next meeting:</source>
      <translation>Nächstes Treffen:</translation>
    </message>
    <message>
      <source>Mark the meeting held, as entered above</source>
      <translation>Das Treffen wie oben eingetragen als abgehalten markieren</translation>
    </message>
  </context>
  <context>
    <name>ExchangeDialogs</name>
    <message>
      <source>MentorDesk</source>
      <translation>MentorDesk</translation>
    </message>
    <message numerus="yes">
      <source>%n mentor(s)</source>
      <translation>
        <numerusform>%n Mentor</numerusform>
        <numerusform>%n Mentoren</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n meeting(s)</source>
      <translation>
        <numerusform>%n Treffen</numerusform>
        <numerusform>%n Treffen</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n action item(s)</source>
      <translation>
        <numerusform>%n Aufgabe</numerusform>
        <numerusform>%n Aufgaben</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n record(s) you have already stay as they are.</source>
      <translation>
        <numerusform>%n Datensatz, den Sie schon haben, bleibt, wie er ist.</numerusform>
        <numerusform>%n Datensätze, die Sie schon haben, bleiben, wie sie sind.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>The file has changed %n of them; yours are kept:</source>
      <translation>
        <numerusform>Die Datei hat %n davon geändert; Ihre Fassung bleibt erhalten:</numerusform>
        <numerusform>Die Datei hat %n davon geändert; Ihre Fassungen bleiben erhalten:</numerusform>
      </translation>
    </message>
    <message>
      <source>JSON (every record; can be imported)</source>
      <translation>JSON (alle Datensätze; importierbar)</translation>
    </message>
    <message>
      <source>Markdown (a folder to read)</source>
      <translation>Markdown (ein Ordner zum Lesen)</translation>
    </message>
    <message>
      <source>CSV (for spreadsheets)</source>
      <translation>CSV (für Tabellenkalkulationen)</translation>
    </message>
    <message>
      <source>Export</source>
      <translation>Exportieren</translation>
    </message>
    <message>
      <source>Export as:</source>
      <translation>Exportieren als:</translation>
    </message>
    <message>
      <source>Export to</source>
      <translation>Exportieren nach</translation>
    </message>
    <message>
      <source>Export into</source>
      <translation>Exportieren in</translation>
    </message>
    <message>
      <source>Exporting…</source>
      <translation>Wird exportiert …</translation>
    </message>
    <message>
      <source>Exported to {path}.</source>
      <translation>Exportiert nach {path}.</translation>
    </message>
    <message>
      <source>Import a MentorDesk export</source>
      <translation>Einen MentorDesk-Export importieren</translation>
    </message>
    <message>
      <source>Checking the file…</source>
      <translation>Datei wird geprüft …</translation>
    </message>
    <message>
      <source>Nothing new</source>
      <translation>Nichts Neues</translation>
    </message>
    <message>
      <source>Every record of {name} is in your data already. Nothing was changed.</source>
      <translation>Jeder Datensatz aus {name} ist bereits in Ihren Daten. Nichts wurde geändert.</translation>
    </message>
    <message>
      <source>Import this file?</source>
      <translation>Diese Datei importieren?</translation>
    </message>
    <message>
      <source>Add {what} from {name}?</source>
      <translation>{what} aus {name} hinzufügen?</translation>
    </message>
    <message>
      <source>Import</source>
      <translation>Importieren</translation>
    </message>
    <message>
      <source>Your data is backed up first. Open windows close and MentorDesk reopens with the imported records.</source>
      <translation>Ihre Daten werden zuerst gesichert. Offene Fenster schließen sich und MentorDesk öffnet sich mit den importierten Datensätzen neu.</translation>
    </message>
    <message>
      <source>Cannot import</source>
      <translation>Import nicht möglich</translation>
    </message>
    <message>
      <source>{name} cannot be imported. Nothing was changed.</source>
      <translation>{name} kann nicht importiert werden. Nichts wurde geändert.</translation>
    </message>
    <message numerus="yes">
      <source>{name} holds %n record(s) you have already.</source>
      <translation>
        <numerusform>{name} enthält %n Datensatz, den Sie schon haben.</numerusform>
        <numerusform>{name} enthält %n Datensätze, die Sie schon haben.</numerusform>
      </translation>
    </message>
    <message>
      <source>Add what is new, keep mine</source>
      <translation>Neues hinzufügen, meine behalten</translation>
    </message>
    <message>
      <source>MentorDesk can add only the records that are new and leave yours exactly as they are; you will see which ones the file has changed before anything is imported.</source>
      <translation>MentorDesk kann nur die neuen Datensätze hinzufügen und Ihre genau so lassen, wie sie sind; bevor etwas importiert wird, sehen Sie, welche die Datei geändert hat.</translation>
    </message>
    <message>
      <source>That did not work: {reason}</source>
      <translation>Das hat nicht geklappt: {reason}</translation>
    </message>
    <message>
      <source>&amp;Export…</source>
      <translation>&amp;Exportieren …</translation>
    </message>
    <message>
      <source>&amp;Import…</source>
      <translation>&amp;Importieren …</translation>
    </message>
  </context>
  <context>
    <name>GapChart</name>
    <message numerus="yes">
      <source>Meet {agreed}. Last %n gap(s): {gaps}.</source>
      <translation>
        <numerusform>Treffen {agreed}. Letzter Abstand: {gaps}.</numerusform>
        <numerusform>Treffen {agreed}. Letzte %n Abstände: {gaps}.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>The first %n began under earlier terms.</source>
      <translation>
        <numerusform>Der erste begann unter früheren Bedingungen.</numerusform>
        <numerusform>Die ersten %n begannen unter früheren Bedingungen.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n was/were clearly longer than that.</source>
      <translation>
        <numerusform>Einer davon war deutlich länger.</numerusform>
        <numerusform>%n davon waren deutlich länger.</numerusform>
      </translation>
    </message>
    <message>
      <source>Gaps between meetings with {name}</source>
      <translation>Abstände zwischen Treffen mit {name}</translation>
    </message>
    <message>
      <source>agreed</source>
      <translation>vereinbart</translation>
    </message>
  </context>
  <context>
    <name>GiveBackDialog</name>
    <message>
      <source>Give-back idea</source>
      <translation>Idee zum Zurückgeben</translation>
    </message>
    <message>
      <source>New give-back idea</source>
      <translation>Neue Idee zum Zurückgeben</translation>
    </message>
    <message>
      <source>Mentor</source>
      <translation>Mentor</translation>
    </message>
    <message>
      <source>Idea</source>
      <translation>Idee</translation>
    </message>
    <message>
      <source>e.g. Send her the article on rotas</source>
      <translation>z. B. Ihr den Artikel über Dienstpläne schicken</translation>
    </message>
    <message>
      <source>Kind</source>
      <translation>Art</translation>
    </message>
    <message>
      <source>Status</source>
      <translation>Status</translation>
    </message>
    <message>
      <source>On</source>
      <translation>Am</translation>
    </message>
    <message>
      <source>Has a planned date</source>
      <translation>Hat ein geplantes Datum</translation>
    </message>
    <message>
      <source>Planned date</source>
      <translation>Geplantes Datum</translation>
    </message>
    <message>
      <source>Done on</source>
      <translation>Erledigt am</translation>
    </message>
    <message>
      <source>Note</source>
      <translation>Notiz</translation>
    </message>
    <message>
      <source>&amp;Mentor</source>
      <translation>&amp;Mentor</translation>
    </message>
    <message>
      <source>&amp;Idea</source>
      <translation>&amp;Idee</translation>
    </message>
    <message>
      <source>&amp;Kind</source>
      <translation>&amp;Art</translation>
    </message>
    <message>
      <source>&amp;Status</source>
      <translation>&amp;Status</translation>
    </message>
    <message>
      <source>&amp;Planned</source>
      <translation>&amp;Geplant</translation>
    </message>
    <message>
      <source>&amp;Done on</source>
      <translation>&amp;Erledigt am</translation>
    </message>
    <message>
      <source>&amp;Note</source>
      <translation>&amp;Notiz</translation>
    </message>
    <message>
      <source>Save</source>
      <translation>Speichern</translation>
    </message>
  </context>
  <context>
    <name>GiveBackPanel</name>
    <message>
      <source>Give-back ideas</source>
      <translation>Ideen zum Zurückgeben</translation>
    </message>
    <message>
      <source>Capture give-back idea</source>
      <translation>Idee zum Zurückgeben erfassen</translation>
    </message>
    <message>
      <source>Turn the selection or the current line of notes into a give-back idea ({key})</source>
      <translation>Die Auswahl oder die aktuelle Notizzeile wird zur Idee zum Zurückgeben ({key})</translation>
    </message>
    <message>
      <source>Give-back ideas from this meeting</source>
      <translation>Ideen zum Zurückgeben aus diesem Treffen</translation>
    </message>
    <message>
      <source>A way to give back came up? Put the cursor on its line and press {key}.</source>
      <translation>Eine Möglichkeit zum Zurückgeben kam auf? Setzen Sie den Cursor auf ihre Zeile und drücken Sie {key}.</translation>
    </message>
    <message>
      <source>Put the cursor on a line of notes (or select text) to capture it.</source>
      <translation>Setzen Sie den Cursor auf eine Notizzeile (oder wählen Sie Text aus), um sie zu erfassen.</translation>
    </message>
    <message>
      <source>Not captured. The text is still in your notes.</source>
      <translation>Nicht erfasst. Der Text steht weiter in Ihren Notizen.</translation>
    </message>
    <message>
      <source>Captured as “{kind}”.</source>
      <translation>Erfasst als „{kind}“.</translation>
    </message>
    <message>
      <source>Give-back idea captured</source>
      <translation>Idee zum Zurückgeben erfasst</translation>
    </message>
  </context>
  <context>
    <name>GiveBackTableModel</name>
    <message>
      <source>Idea</source>
      <translation>Idee</translation>
    </message>
    <message>
      <source>Mentor</source>
      <translation>Mentor</translation>
    </message>
    <message>
      <source>Kind</source>
      <translation>Art</translation>
    </message>
    <message>
      <source>Status</source>
      <translation>Status</translation>
    </message>
    <message>
      <source>When</source>
      <translation>Wann</translation>
    </message>
    <message>
      <source>Note</source>
      <translation>Notiz</translation>
    </message>
    <message>
      <source>done {day}</source>
      <translation>erledigt am {day}</translation>
    </message>
    <message>
      <source>planned {day}</source>
      <translation>geplant für {day}</translation>
    </message>
  </context>
  <context>
    <name>GiveBackView</name>
    <message>
      <source>Give something back</source>
      <translation>Etwas zurückgeben</translation>
    </message>
    <message>
      <source>Mentorship is a two-way street. Note ideas for giving back to each mentor — a thank-you, an article, an introduction, help on their project — plan them and mark them done. In meeting mode, Ctrl+Shift+G turns a line of notes into an idea.</source>
      <translation>Mentoring ist keine Einbahnstraße. Notieren Sie Ideen, wie Sie jedem Mentor etwas zurückgeben – ein Dankeschön, einen Artikel, eine Vorstellung, Hilfe bei einem Projekt –, planen Sie sie und markieren Sie sie als erledigt. Im Gesprächsmodus macht Strg+Umschalt+G eine Notizzeile zur Idee.</translation>
    </message>
    <message>
      <source>Give-back ideas</source>
      <translation>Ideen zum Zurückgeben</translation>
    </message>
    <message>
      <source>Add an idea</source>
      <translation>Eine Idee hinzufügen</translation>
    </message>
    <message>
      <source>Mentor:</source>
      <translation>Mentor:</translation>
    </message>
    <message>
      <source>Show the ideas for mentor</source>
      <translation>Die Ideen für folgenden Mentor zeigen</translation>
    </message>
    <message>
      <source>Show:</source>
      <translation>Anzeigen:</translation>
    </message>
    <message>
      <source>Show status</source>
      <translation>Status anzeigen</translation>
    </message>
    <message>
      <source>Not done yet</source>
      <translation>Noch nicht erledigt</translation>
    </message>
    <message>
      <source>All</source>
      <translation>Alle</translation>
    </message>
    <message>
      <source>New idea…</source>
      <translation>Neue Idee …</translation>
    </message>
    <message>
      <source>Edit…</source>
      <translation>Bearbeiten …</translation>
    </message>
    <message>
      <source>Mark done</source>
      <translation>Als erledigt markieren</translation>
    </message>
    <message>
      <source>Delete</source>
      <translation>Löschen</translation>
    </message>
    <message>
      <source>All mentors</source>
      <translation>Alle Mentoren</translation>
    </message>
    <message>
      <source>No give-back ideas yet. Add one with “New idea…”.</source>
      <translation>Noch keine Ideen zum Zurückgeben. Fügen Sie eine mit „Neue Idee …“ hinzu.</translation>
    </message>
    <message>
      <source>No idea matches these filters. Choose “All” to see every one.</source>
      <translation>Keine Idee passt zu diesen Filtern. Wählen Sie „Alle“, um jede zu sehen.</translation>
    </message>
  </context>
  <context>
    <name>GoalBoardDialog</name>
    <message>
      <source>Board: {goal}</source>
      <translation>Zieltafel: {goal}</translation>
    </message>
    <message>
      <source>How I'll know: {text}</source>
      <translation>Woran ich es merke: {text}</translation>
    </message>
    <message>
      <source>{value} % done</source>
      <translation>{value} % erledigt</translation>
    </message>
    <message>
      <source>No mentor covers this goal yet. Tick mentors on the goal, or link the action items that serve it, to compare their advice here.</source>
      <translation>Noch kein Mentor deckt dieses Ziel ab. Haken Sie Mentoren beim Ziel an oder verknüpfen Sie die Aufgaben, die ihm dienen, um ihre Ratschläge hier zu vergleichen.</translation>
    </message>
    <message>
      <source>Close</source>
      <translation>Schließen</translation>
    </message>
    <message>
      <source>through their advice</source>
      <translation>durch ihre Ratschläge</translation>
    </message>
    <message>
      <source>Advice to act on</source>
      <translation>Umzusetzende Ratschläge</translation>
    </message>
    <message>
      <source>None linked yet.</source>
      <translation>Noch keine verknüpft.</translation>
    </message>
    <message>
      <source>Takeaways</source>
      <translation>Erkenntnisse</translation>
    </message>
    <message>
      <source>No meeting with takeaways on it yet.</source>
      <translation>Noch kein Treffen mit Erkenntnissen dazu.</translation>
    </message>
  </context>
  <context>
    <name>GoalChoice</name>
    <message>
      <source>Captured action items work toward goal</source>
      <translation>Erfasste Aufgaben dienen dem Ziel</translation>
    </message>
    <message>
      <source>Action items captured from now on are linked to this goal</source>
      <translation>Ab jetzt erfasste Aufgaben werden mit diesem Ziel verknüpft</translation>
    </message>
    <message>
      <source>Toward &amp;goal:</source>
      <translation>Für &amp;Ziel:</translation>
    </message>
    <message>
      <source>No goal</source>
      <translation>Kein Ziel</translation>
    </message>
  </context>
  <context>
    <name>GoalForm</name>
    <message>
      <source>&amp;Goal</source>
      <translation>&amp;Ziel</translation>
    </message>
    <message>
      <source>Goal</source>
      <translation>Ziel</translation>
    </message>
    <message>
      <source>e.g. Lead a team of five by next spring</source>
      <translation>z. B. Bis nächsten Frühling ein Team von fünf Leuten leiten</translation>
    </message>
    <message>
      <source>&amp;Why</source>
      <translation>&amp;Warum</translation>
    </message>
    <message>
      <source>Why it matters</source>
      <translation>Warum es wichtig ist</translation>
    </message>
    <message>
      <source>Why this goal, and why now</source>
      <translation>Warum dieses Ziel, und warum jetzt</translation>
    </message>
    <message>
      <source>How I'll &amp;know</source>
      <translation>Woran ich es &amp;merke</translation>
    </message>
    <message>
      <source>How I will know</source>
      <translation>Woran ich es merke</translation>
    </message>
    <message>
      <source>What will be true when it is achieved</source>
      <translation>Was wahr sein wird, wenn es erreicht ist</translation>
    </message>
    <message>
      <source>&amp;Target</source>
      <translation>&amp;Zieldatum</translation>
    </message>
    <message>
      <source>Has a target date</source>
      <translation>Hat ein Zieldatum</translation>
    </message>
    <message>
      <source>&amp;Status</source>
      <translation>&amp;Status</translation>
    </message>
    <message>
      <source>Status</source>
      <translation>Status</translation>
    </message>
    <message>
      <source>&amp;Progress</source>
      <translation>&amp;Fortschritt</translation>
    </message>
    <message>
      <source>Progress measured</source>
      <translation>Fortschritt gemessen</translation>
    </message>
    <message>
      <source>&amp;Mentors</source>
      <translation>&amp;Mentoren</translation>
    </message>
    <message>
      <source>Mentors who help with this goal</source>
      <translation>Mentoren, die bei diesem Ziel helfen</translation>
    </message>
  </context>
  <context>
    <name>GoalPanel</name>
    <message>
      <source>Save</source>
      <translation>Speichern</translation>
    </message>
    <message>
      <source>Save (Ctrl+S)</source>
      <translation>Speichern (Strg+S)</translation>
    </message>
    <message>
      <source>Revert</source>
      <translation>Zurücksetzen</translation>
    </message>
    <message>
      <source>Attachments…</source>
      <translation>Anhänge…</translation>
    </message>
    <message>
      <source>Files and links for this goal</source>
      <translation>Dateien und Links zu diesem Ziel</translation>
    </message>
    <message>
      <source>Action items toward this goal</source>
      <translation>Aufgaben für dieses Ziel</translation>
    </message>
    <message>
      <source>Link action items…</source>
      <translation>Aufgaben verknüpfen …</translation>
    </message>
    <message>
      <source>Choose the advice that works toward this goal</source>
      <translation>Die Ratschläge wählen, die diesem Ziel dienen</translation>
    </message>
    <message>
      <source>Meetings where this goal came up</source>
      <translation>Treffen, in denen dieses Ziel vorkam</translation>
    </message>
    <message>
      <source>Progress updates</source>
      <translation>Fortschritte</translation>
    </message>
    <message>
      <source>Save the goal to link action items to it.</source>
      <translation>Speichern Sie das Ziel, um Aufgaben damit zu verknüpfen.</translation>
    </message>
    <message>
      <source>Action items</source>
      <translation>Aufgaben</translation>
    </message>
    <message>
      <source>Meetings where it came up</source>
      <translation>Treffen, in denen es vorkam</translation>
    </message>
    <message>
      <source>New goal</source>
      <translation>Neues Ziel</translation>
    </message>
    <message>
      <source>Name it, say why it matters and how you will know.</source>
      <translation>Benennen Sie es, sagen Sie, warum es wichtig ist und woran Sie es merken.</translation>
    </message>
    <message>
      <source>{value} % done</source>
      <translation>{value} % erledigt</translation>
    </message>
    <message>
      <source>target {day}</source>
      <translation>Zieldatum {day}</translation>
    </message>
    <message>
      <source>No action items yet: link the advice that serves it.</source>
      <translation>Noch keine Aufgaben: Verknüpfen Sie die Ratschläge, die ihm dienen.</translation>
    </message>
    <message>
      <source>advice from it</source>
      <translation>Rat daraus</translation>
    </message>
    <message>
      <source>mentioned</source>
      <translation>erwähnt</translation>
    </message>
    <message>
      <source>{when} · {name} ({why})</source>
      <translation>{when} · {name} ({why})</translation>
    </message>
    <message>
      <source>None yet. Meetings appear here when their advice or notes touch it.</source>
      <translation>Noch keine. Treffen erscheinen hier, wenn ihre Ratschläge oder Notizen es berühren.</translation>
    </message>
    <message>
      <source>No updates set by hand yet.</source>
      <translation>Noch keine Fortschritte von Hand eingetragen.</translation>
    </message>
  </context>
  <context>
    <name>GoalTableModel</name>
    <message>
      <source>Goal</source>
      <translation>Ziel</translation>
    </message>
    <message>
      <source>Status</source>
      <translation>Status</translation>
    </message>
    <message>
      <source>Progress</source>
      <translation>Fortschritt</translation>
    </message>
    <message>
      <source>Target</source>
      <translation>Zieldatum</translation>
    </message>
    <message>
      <source>Mentors</source>
      <translation>Mentoren</translation>
    </message>
    <message>
      <source>Action items</source>
      <translation>Aufgaben</translation>
    </message>
    <message>
      <source>⚠ {date}</source>
      <translation>⚠ {date}</translation>
    </message>
    <message>
      <source>{done} of {counted} done</source>
      <translation>{done} von {counted} erledigt</translation>
    </message>
    <message>
      <source>{value} % ({how})</source>
      <translation>{value} % ({how})</translation>
    </message>
    <message>
      <source>The target date has passed</source>
      <translation>Das Zieldatum ist vorbei</translation>
    </message>
  </context>
  <context>
    <name>GoalsView</name>
    <message>
      <source>Your goals</source>
      <translation>Ihre Ziele</translation>
    </message>
    <message>
      <source>Mentorship works best when you are proactive about your goals. Write down what you want to achieve, why it matters and how you will know; then link the mentors who help and the advice you act on, and watch the progress.</source>
      <translation>Mentoring wirkt am besten, wenn Sie Ihre Ziele aktiv verfolgen. Schreiben Sie auf, was Sie erreichen wollen, warum es wichtig ist und woran Sie es merken; verknüpfen Sie dann die Mentoren, die helfen, und die Ratschläge, die Sie umsetzen, und verfolgen Sie den Fortschritt.</translation>
    </message>
    <message>
      <source>Goals</source>
      <translation>Ziele</translation>
    </message>
    <message>
      <source>Add a goal</source>
      <translation>Ein Ziel hinzufügen</translation>
    </message>
    <message>
      <source>Show:</source>
      <translation>Anzeigen:</translation>
    </message>
    <message>
      <source>Status</source>
      <translation>Status</translation>
    </message>
    <message>
      <source>All goals</source>
      <translation>Alle Ziele</translation>
    </message>
    <message>
      <source>Mentor:</source>
      <translation>Mentor:</translation>
    </message>
    <message>
      <source>Show the goals of mentor</source>
      <translation>Die Ziele von folgendem Mentor zeigen</translation>
    </message>
    <message>
      <source>New goal</source>
      <translation>Neues Ziel</translation>
    </message>
    <message>
      <source>Update progress…</source>
      <translation>Fortschritt eintragen …</translation>
    </message>
    <message>
      <source>Board…</source>
      <translation>Zieltafel …</translation>
    </message>
    <message>
      <source>Delete…</source>
      <translation>Löschen …</translation>
    </message>
    <message>
      <source>All mentors</source>
      <translation>Alle Mentoren</translation>
    </message>
    <message>
      <source>No goal matches these filters. Choose “All goals” to see every one.</source>
      <translation>Kein Ziel passt zu diesen Filtern. Wählen Sie „Alle Ziele“, um jedes zu sehen.</translation>
    </message>
    <message>
      <source>the new goal</source>
      <translation>das neue Ziel</translation>
    </message>
  </context>
  <context>
    <name>GuideDialog</name>
    <message>
      <source>How MentorDesk follows the article</source>
      <translation>Wie MentorDesk dem Artikel folgt</translation>
    </message>
    <message>
      <source>Each tip of the mentorship article, and where MentorDesk helps you with it.</source>
      <translation>Jeder Tipp des Mentoring-Artikels und wo MentorDesk Ihnen dabei hilft.</translation>
    </message>
  </context>
  <context>
    <name>HistoryDialog</name>
    <message>
      <source>Earlier versions of the notes</source>
      <translation>Frühere Versionen der Notizen</translation>
    </message>
    <message>
      <source>MentorDesk keeps a version of the notes every 10 minutes of typing and before large deletions, for at least 90 days. Restoring replaces the notes; Ctrl+Z in the notes brings the current text back.</source>
      <translation>MentorDesk bewahrt alle 10 Minuten Tippen und vor großen Löschungen eine Version der Notizen auf, mindestens 90 Tage lang. Wiederherstellen ersetzt die Notizen; Strg+Z in den Notizen holt den aktuellen Text zurück.</translation>
    </message>
    <message>
      <source>Versions</source>
      <translation>Versionen</translation>
    </message>
    <message>
      <source>Version preview</source>
      <translation>Vorschau der Version</translation>
    </message>
    <message>
      <source>No earlier versions yet: they appear after 10 minutes of note-taking or before a large deletion.</source>
      <translation>Noch keine früheren Versionen: Sie erscheinen nach 10 Minuten Notizen oder vor einer großen Löschung.</translation>
    </message>
    <message>
      <source>Restore this version</source>
      <translation>Diese Version wiederherstellen</translation>
    </message>
  </context>
  <context>
    <name>InboxOffer</name>
    <message>
      <source>Every time, and from the inbox</source>
      <translation>Jedes Mal und aus dem Eingang</translation>
    </message>
    <message>
      <source>Recurring points and inbox topics to bring along</source>
      <translation>Wiederkehrende Punkte und Themen aus dem Eingang zum Mitnehmen</translation>
    </message>
    <message>
      <source>{point} (every time)</source>
      <translation>{point} (jedes Mal)</translation>
    </message>
    <message>
      <source>{topic} (private)</source>
      <translation>{topic} (privat)</translation>
    </message>
  </context>
  <context>
    <name>LaptopsModel</name>
    <message>
      <source>Laptop</source>
      <translation>Laptop</translation>
    </message>
    <message>
      <source>Last batch received</source>
      <translation>Letzter empfangener Stapel</translation>
    </message>
    <message>
      <source>Received</source>
      <translation>Empfangen</translation>
    </message>
  </context>
  <context>
    <name>LinkActionsDialog</name>
    <message>
      <source>Action items toward “{goal}”</source>
      <translation>Aufgaben für „{goal}“</translation>
    </message>
    <message>
      <source>Show the advice of</source>
      <translation>Die Ratschläge zeigen von</translation>
    </message>
    <message>
      <source>All mentors</source>
      <translation>Alle Mentoren</translation>
    </message>
    <message>
      <source>Action items</source>
      <translation>Aufgaben</translation>
    </message>
    <message>
      <source>No action items yet: capture them in meeting mode (Ctrl+Shift+A).</source>
      <translation>Noch keine Aufgaben: Erfassen Sie sie im Gesprächsmodus (Strg+Umschalt+A).</translation>
    </message>
    <message>
      <source>Link</source>
      <translation>Link</translation>
    </message>
  </context>
  <context>
    <name>ListArea</name>
    <message>
      <source>Nothing matches these filters.</source>
      <translation>Nichts passt zu diesen Filtern.</translation>
    </message>
  </context>
  <context>
    <name>LockScreen</name>
    <message>
      <source>MentorDesk is locked</source>
      <translation>MentorDesk ist gesperrt</translation>
    </message>
    <message>
      <source>Everything you typed is kept and waits where you left it (meeting notes are saved). Type your passphrase, or your recovery key, to carry on.</source>
      <translation>Alles, was Sie eingegeben haben, bleibt erhalten und wartet dort, wo Sie aufgehört haben (Notizen von Treffen sind gespeichert). Geben Sie Ihre Passphrase oder Ihren Wiederherstellungsschlüssel ein, um weiterzumachen.</translation>
    </message>
    <message>
      <source>Passphrase or recovery key</source>
      <translation>Passphrase oder Wiederherstellungsschlüssel</translation>
    </message>
    <message>
      <source>&amp;Unlock</source>
      <translation>&amp;Entsperren</translation>
    </message>
    <message>
      <source>Unlock</source>
      <translation>Entsperren</translation>
    </message>
    <message>
      <source>Why it did not unlock</source>
      <translation>Warum es nicht entsperrt wurde</translation>
    </message>
  </context>
  <context>
    <name>MainWindow</name>
    <message>
      <source>&amp;About MentorDesk</source>
      <translation>&amp;Über MentorDesk</translation>
    </message>
    <message>
      <source>&amp;Help</source>
      <translation>&amp;Hilfe</translation>
    </message>
    <message>
      <source>Areas</source>
      <translation>Bereiche</translation>
    </message>
    <message>
      <source>Opening your data…</source>
      <translation>Ihre Daten werden geöffnet …</translation>
    </message>
    <message>
      <source>&amp;File</source>
      <translation>&amp;Datei</translation>
    </message>
    <message>
      <source>&amp;New Mentor</source>
      <translation>&amp;Neuer Mentor</translation>
    </message>
    <message>
      <source>&amp;Plan Meeting…</source>
      <translation>Treffen &amp;planen …</translation>
    </message>
    <message>
      <source>New &amp;Action Item…</source>
      <translation>Neue &amp;Aufgabe …</translation>
    </message>
    <message>
      <source>&amp;Save</source>
      <translation>&amp;Speichern</translation>
    </message>
    <message>
      <source>Export &amp;Calendar…</source>
      <translation>&amp;Kalender exportieren …</translation>
    </message>
    <message>
      <source>Explore with Sample Data</source>
      <translation>Mit Beispieldaten erkunden</translation>
    </message>
    <message>
      <source>Remove Sample Data…</source>
      <translation>Beispieldaten entfernen …</translation>
    </message>
    <message>
      <source>&amp;Quit</source>
      <translation>&amp;Beenden</translation>
    </message>
    <message>
      <source>&amp;Edit</source>
      <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
      <source>&amp;Find…</source>
      <translation>&amp;Suchen …</translation>
    </message>
    <message>
      <source>&amp;Preferences…</source>
      <translation>&amp;Einstellungen …</translation>
    </message>
    <message>
      <source>&amp;View</source>
      <translation>&amp;Ansicht</translation>
    </message>
  </context>
  <context>
    <name>MeetingEditing</name>
    <message>
      <source>with {name} on {when}</source>
      <translation>mit {name} am {when}</translation>
    </message>
  </context>
  <context>
    <name>MeetingHeader</name>
    <message>
      <source>Time elapsed of the planned time</source>
      <translation>Verstrichene von der geplanten Zeit</translation>
    </message>
    <message>
      <source>Start</source>
      <translation>Starten</translation>
    </message>
    <message>
      <source>Start the clock (typing starts it too, close to the planned time)</source>
      <translation>Uhr starten (Tippen startet sie auch, nahe am geplanten Termin)</translation>
    </message>
    <message>
      <source>Saved</source>
      <translation>Gespeichert</translation>
    </message>
    <message>
      <source>Notes saved</source>
      <translation>Notizen gespeichert</translation>
    </message>
    <message>
      <source>Whether your notes are saved</source>
      <translation>Ob Ihre Notizen gespeichert sind</translation>
    </message>
    <message>
      <source>Join</source>
      <translation>Beitreten</translation>
    </message>
    <message>
      <source>Open the meeting's video link</source>
      <translation>Den Videolink des Treffens öffnen</translation>
    </message>
    <message>
      <source>Edit…</source>
      <translation>Bearbeiten …</translation>
    </message>
    <message>
      <source>Change the time, length, format or place</source>
      <translation>Zeit, Dauer, Form oder Ort ändern</translation>
    </message>
    <message>
      <source>History…</source>
      <translation>Verlauf …</translation>
    </message>
    <message>
      <source>Earlier versions of the notes (Ctrl+Shift+H)</source>
      <translation>Frühere Versionen der Notizen (Strg+Umschalt+H)</translation>
    </message>
    <message>
      <source>End meeting…</source>
      <translation>Treffen beenden …</translation>
    </message>
    <message>
      <source>Mark the meeting held and plan the next (Ctrl+Shift+E)</source>
      <translation>Das Treffen als abgehalten markieren und das nächste planen (Strg+Umschalt+E)</translation>
    </message>
    <message>
      <source>Send recap…</source>
      <translation>Zusammenfassung senden …</translation>
    </message>
    <message>
      <source>Thank them, with what you will do by when and the next meeting</source>
      <translation>Sich bedanken und sagen, was Sie bis wann tun und wann das nächste Treffen ist</translation>
    </message>
    <message>
      <source>Held</source>
      <translation>Abgehalten</translation>
    </message>
    <message>
      <source>Meeting held</source>
      <translation>Treffen abgehalten</translation>
    </message>
    <message>
      <source>Marked held on {when}; notes and takeaways can still be edited</source>
      <translation>Am {when} als abgehalten markiert; Notizen und Erkenntnisse lassen sich weiter bearbeiten</translation>
    </message>
    <message>
      <source>Marked held; notes and takeaways can still be edited</source>
      <translation>Als abgehalten markiert; Notizen und Erkenntnisse lassen sich weiter bearbeiten</translation>
    </message>
    <message>
      <source>{minutes} min {seconds} s</source>
      <translation>{minutes} Min. {seconds} s</translation>
    </message>
    <message>
      <source>Meeting clock: {elapsed}, over the {planned} min planned</source>
      <translation>Gesprächsuhr: {elapsed}, über den geplanten {planned} Min.</translation>
    </message>
    <message>
      <source>Meeting clock: {elapsed} of {planned} min planned</source>
      <translation>Gesprächsuhr: {elapsed} von {planned} Min. geplant</translation>
    </message>
    <message>
      <source>Over the planned time</source>
      <translation>Über der geplanten Zeit</translation>
    </message>
    <message>
      <source>Elapsed / planned</source>
      <translation>Verstrichen / geplant</translation>
    </message>
    <message>
      <source>Saving…</source>
      <translation>Wird gespeichert …</translation>
    </message>
    <message>
      <source>Saving the notes…</source>
      <translation>Notizen werden gespeichert …</translation>
    </message>
    <message>
      <source>Not saved: {reason}</source>
      <translation>Nicht gespeichert: {reason}</translation>
    </message>
    <message>
      <source>Notes not saved: {reason}</source>
      <translation>Notizen nicht gespeichert: {reason}</translation>
    </message>
  </context>
  <context>
    <name>MeetingModeWindow</name>
    <message>
      <source>Put the cursor on a line of notes (or select text) to capture it.</source>
      <translation>Setzen Sie den Cursor auf eine Notizzeile (oder wählen Sie Text aus), um sie zu erfassen.</translation>
    </message>
    <message>
      <source>Not captured. The text is still in your notes.</source>
      <translation>Nicht erfasst. Der Text steht weiter in Ihren Notizen.</translation>
    </message>
    <message>
      <source>Action item captured</source>
      <translation>Aufgabe erfasst</translation>
    </message>
    <message>
      <source>This meeting was deleted, so it cannot be marked held. Edit ▸ Undo in the main window brings it back; your notes stay here until then.</source>
      <translation>Dieses Treffen wurde gelöscht und kann daher nicht als abgehalten markiert werden. Bearbeiten ▸ Rückgängig im Hauptfenster holt es zurück; Ihre Notizen bleiben bis dahin hier.</translation>
    </message>
    <message>
      <source>The notes are not saved yet ({reason}). Try again in a moment.</source>
      <translation>Die Notizen sind noch nicht gespeichert ({reason}). Versuchen Sie es gleich noch einmal.</translation>
    </message>
    <message>
      <source>The meeting could not be marked held: {reason}.</source>
      <translation>Das Treffen konnte nicht als abgehalten markiert werden: {reason}.</translation>
    </message>
    <message>
      <source>End meeting</source>
      <translation>Treffen beenden</translation>
    </message>
    <message>
      <source>This meeting is already marked held. Its notes, takeaways and agenda can still be edited; they save as you type.</source>
      <translation>Dieses Treffen ist bereits als abgehalten markiert. Notizen, Erkenntnisse und Agenda lassen sich weiter bearbeiten; sie werden beim Tippen gespeichert.</translation>
    </message>
    <message>
      <source>Notes not saved</source>
      <translation>Notizen nicht gespeichert</translation>
    </message>
    <message>
      <source>Your latest notes are not saved: {reason}.</source>
      <translation>Ihre neuesten Notizen sind nicht gespeichert: {reason}.</translation>
    </message>
    <message>
      <source>Try again</source>
      <translation>Erneut versuchen</translation>
    </message>
    <message>
      <source>Copy notes to clipboard and close</source>
      <translation>Notizen in die Zwischenablage kopieren und schließen</translation>
    </message>
    <message>
      <source>Keep open</source>
      <translation>Offen lassen</translation>
    </message>
    <message>
      <source>They are still in the window. Try again, or copy them to the clipboard before closing.</source>
      <translation>Sie stehen noch im Fenster. Versuchen Sie es erneut oder kopieren Sie sie vor dem Schließen in die Zwischenablage.</translation>
    </message>
    <message>
      <source>Meeting with {name}</source>
      <translation>Treffen mit {name}</translation>
    </message>
    <message>
      <source>Takeaways</source>
      <translation>Erkenntnisse</translation>
    </message>
    <message>
      <source>The few things to remember from this meeting</source>
      <translation>Das Wenige, das Sie aus diesem Treffen behalten wollen</translation>
    </message>
    <message>
      <source>{when} · {minutes} min planned · {format}</source>
      <translation>{when} · {minutes} Min. geplant · {format}</translation>
    </message>
    <message>
      <source>their time {time}</source>
      <translation>dort {time}</translation>
    </message>
    <message>
      <source>Open {link}</source>
      <translation>{link} öffnen</translation>
    </message>
  </context>
  <context>
    <name>MeetingPrivacy</name>
    <message>
      <source>Private notes</source>
      <translation>Private Notizen</translation>
    </message>
    <message>
      <source>Private takeaways</source>
      <translation>Private Erkenntnisse</translation>
    </message>
    <message>
      <source>{lock} Private notes are hidden while presenting</source>
      <translation>{lock} Private Notizen sind beim Präsentieren verborgen</translation>
    </message>
    <message>
      <source>{lock} Private takeaways are hidden while presenting</source>
      <translation>{lock} Private Erkenntnisse sind beim Präsentieren verborgen</translation>
    </message>
    <message>
      <source>{lock} Presenting: private items are hidden</source>
      <translation>{lock} Präsentieren: Privates ist verborgen</translation>
    </message>
    <message>
      <source>Never in anything copied, sent or exported</source>
      <translation>Nie in etwas, das kopiert, gesendet oder exportiert wird</translation>
    </message>
    <message>
      <source>Select an action item to mark it private.</source>
      <translation>Wählen Sie eine Aufgabe, um sie als privat zu markieren.</translation>
    </message>
    <message>
      <source>Select an agenda point to mark it private.</source>
      <translation>Wählen Sie einen Agendapunkt, um ihn als privat zu markieren.</translation>
    </message>
  </context>
  <context>
    <name>MeetingTableModel</name>
    <message>
      <source>When</source>
      <translation>Wann</translation>
    </message>
    <message>
      <source>Mentor</source>
      <translation>Mentor</translation>
    </message>
    <message>
      <source>Status</source>
      <translation>Status</translation>
    </message>
    <message>
      <source>Format</source>
      <translation>Form</translation>
    </message>
    <message>
      <source>Length</source>
      <translation>Dauer</translation>
    </message>
    <message>
      <source>Rating</source>
      <translation>Bewertung</translation>
    </message>
    <message>
      <source>Agenda</source>
      <translation>Agenda</translation>
    </message>
    <message>
      <source>{status} (not held)</source>
      <translation>{status} (nicht abgehalten)</translation>
    </message>
    <message>
      <source>{planned} min</source>
      <translation>{planned} Min.</translation>
    </message>
    <message>
      <source>took {actual} min</source>
      <translation>dauerte {actual} Min.</translation>
    </message>
    <message>
      <source>Rated {rating} out of 5</source>
      <translation>Mit {rating} von 5 bewertet</translation>
    </message>
    <message>
      <source>Not rated</source>
      <translation>Nicht bewertet</translation>
    </message>
    <message>
      <source>No agenda</source>
      <translation>Keine Agenda</translation>
    </message>
    <message>
      <source>{done} of {total} agenda points covered</source>
      <translation>{done} von {total} Agendapunkten besprochen</translation>
    </message>
    <message>
      <source>Its time has passed: open it to take notes, or cancel it.</source>
      <translation>Sein Termin ist vorbei: Öffnen Sie es für Notizen oder sagen Sie es ab.</translation>
    </message>
    <message>
      <source>Planned for {planned} minutes</source>
      <translation>Für {planned} Minuten geplant</translation>
    </message>
    <message>
      <source>Planned {planned} minutes, took {actual}</source>
      <translation>{planned} Minuten geplant, dauerte {actual}</translation>
    </message>
  </context>
  <context>
    <name>MeetingsView</name>
    <message>
      <source>Upcoming</source>
      <translation>Anstehend</translation>
    </message>
    <message>
      <source>Past</source>
      <translation>Vergangen</translation>
    </message>
    <message>
      <source>All</source>
      <translation>Alle</translation>
    </message>
    <message>
      <source>No meetings yet</source>
      <translation>Noch keine Treffen</translation>
    </message>
    <message>
      <source>Meetings</source>
      <translation>Treffen</translation>
    </message>
    <message>
      <source>Plan a meeting</source>
      <translation>Ein Treffen planen</translation>
    </message>
    <message>
      <source>Plan meeting…</source>
      <translation>Treffen planen …</translation>
    </message>
    <message>
      <source>Read…</source>
      <translation>Lesen …</translation>
    </message>
    <message>
      <source>Open in meeting mode</source>
      <translation>Im Gesprächsmodus öffnen</translation>
    </message>
    <message>
      <source>Edit…</source>
      <translation>Bearbeiten …</translation>
    </message>
    <message>
      <source>Join</source>
      <translation>Beitreten</translation>
    </message>
    <message>
      <source>Copy agenda</source>
      <translation>Agenda kopieren</translation>
    </message>
    <message>
      <source>Go to mentor</source>
      <translation>Zum Mentor</translation>
    </message>
    <message>
      <source>Cancel meeting</source>
      <translation>Treffen absagen</translation>
    </message>
    <message>
      <source>Delete…</source>
      <translation>Löschen …</translation>
    </message>
    <message>
      <source>Send recap…</source>
      <translation>Zusammenfassung senden …</translation>
    </message>
    <message>
      <source>Meeting templates…</source>
      <translation>Gesprächsvorlagen …</translation>
    </message>
    <message>
      <source>Show {scope} meetings</source>
      <translation>{scope} Treffen zeigen</translation>
    </message>
    <message>
      <source>Mentor:</source>
      <translation>Mentor:</translation>
    </message>
    <message>
      <source>Show mentor</source>
      <translation>Mentor anzeigen</translation>
    </message>
    <message>
      <source>Status:</source>
      <translation>Status:</translation>
    </message>
    <message>
      <source>Show status</source>
      <translation>Status anzeigen</translation>
    </message>
    <message>
      <source>Any status</source>
      <translation>Jeder Status</translation>
    </message>
    <message>
      <source>Between</source>
      <translation>Zwischen</translation>
    </message>
    <message>
      <source>Only meetings between two dates</source>
      <translation>Nur Treffen zwischen zwei Daten</translation>
    </message>
    <message>
      <source>From date</source>
      <translation>Ab Datum</translation>
    </message>
    <message>
      <source>To date</source>
      <translation>Bis Datum</translation>
    </message>
    <message>
      <source>and</source>
      <translation>und</translation>
    </message>
    <message>
      <source>Plan your next conversation: when, how long, where or which link, and what you want to ask. Before you meet, a brief here reminds you of what you promised and what is left from last time.</source>
      <translation>Planen Sie Ihr nächstes Gespräch: wann, wie lange, wo oder über welchen Link und was Sie fragen wollen. Vor dem Treffen erinnert Sie hier ein Briefing daran, was Sie versprochen haben und was vom letzten Mal übrig ist.</translation>
    </message>
    <message>
      <source>Meetings are with your mentors, so add a mentor first: open the Mentors area (Ctrl+2) and choose “New mentor”.</source>
      <translation>Treffen finden mit Ihren Mentoren statt, fügen Sie also zuerst einen Mentor hinzu: Öffnen Sie den Bereich Mentoren (Strg+2) und wählen Sie „Neuer Mentor“.</translation>
    </message>
    <message>
      <source>All mentors</source>
      <translation>Alle Mentoren</translation>
    </message>
    <message>
      <source>No upcoming meetings. Plan one (Ctrl+Shift+N), or look at Past.</source>
      <translation>Keine anstehenden Treffen. Planen Sie eines (Strg+Umschalt+N) oder sehen Sie unter Vergangen nach.</translation>
    </message>
    <message>
      <source>No meeting matches these filters.</source>
      <translation>Kein Treffen passt zu diesen Filtern.</translation>
    </message>
    <message>
      <source>Open {link}</source>
      <translation>{link} öffnen</translation>
    </message>
    <message>
      <source>No link</source>
      <translation>Kein Link</translation>
    </message>
  </context>
  <context>
    <name>MentorActionsPanel</name>
    <message>
      <source>Action items from this mentor</source>
      <translation>Aufgaben von diesem Mentor</translation>
    </message>
    <message>
      <source>New action item…</source>
      <translation>Neue Aufgabe …</translation>
    </message>
    <message>
      <source>New action item</source>
      <translation>Neue Aufgabe</translation>
    </message>
    <message>
      <source>Edit…</source>
      <translation>Bearbeiten …</translation>
    </message>
    <message>
      <source>Edit the action item</source>
      <translation>Die Aufgabe bearbeiten</translation>
    </message>
    <message>
      <source>Mark done…</source>
      <translation>Als erledigt markieren …</translation>
    </message>
    <message>
      <source>Mark the action item done</source>
      <translation>Die Aufgabe als erledigt markieren</translation>
    </message>
    <message>
      <source>Save the mentor first; then add their advice here.</source>
      <translation>Speichern Sie zuerst den Mentor; fügen Sie dann hier seine Ratschläge hinzu.</translation>
    </message>
    <message>
      <source>No action items yet. Advice from a call or an email? Add it with “New action item…”.</source>
      <translation>Noch keine Aufgaben. Ein Rat aus einem Anruf oder einer E-Mail? Fügen Sie ihn mit „Neue Aufgabe …“ hinzu.</translation>
    </message>
    <message numerus="yes">
      <source>%n open</source>
      <translation>
        <numerusform>%n offen</numerusform>
        <numerusform>%n offen</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n overdue</source>
      <translation>
        <numerusform>%n überfällig</numerusform>
        <numerusform>%n überfällig</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n in all</source>
      <translation>
        <numerusform>%n insgesamt</numerusform>
        <numerusform>%n insgesamt</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>MentorForm</name>
    <message>
      <source>&amp;Name</source>
      <translation>&amp;Name</translation>
    </message>
    <message>
      <source>Name</source>
      <translation>Name</translation>
    </message>
    <message>
      <source>Full name (required)</source>
      <translation>Vollständiger Name (Pflichtfeld)</translation>
    </message>
    <message>
      <source>&amp;Role</source>
      <translation>&amp;Rolle</translation>
    </message>
    <message>
      <source>Role</source>
      <translation>Rolle</translation>
    </message>
    <message>
      <source>e.g. VP of Engineering</source>
      <translation>z. B. VP of Engineering</translation>
    </message>
    <message>
      <source>Or&amp;ganisation</source>
      <translation>Or&amp;ganisation</translation>
    </message>
    <message>
      <source>Organisation</source>
      <translation>Organisation</translation>
    </message>
    <message>
      <source>Internal/External</source>
      <translation>Intern/Extern</translation>
    </message>
    <message>
      <source>Internal or external</source>
      <translation>Intern oder extern</translation>
    </message>
    <message>
      <source>S&amp;tatus</source>
      <translation>S&amp;tatus</translation>
    </message>
    <message>
      <source>Status</source>
      <translation>Status</translation>
    </message>
    <message>
      <source>Ta&amp;gs</source>
      <translation>Sch&amp;lagwörter</translation>
    </message>
    <message>
      <source>Expertise tags</source>
      <translation>Fachgebiete</translation>
    </message>
    <message>
      <source>Comma-separated, e.g. leadership, design</source>
      <translation>Durch Kommas getrennt, z. B. Führung, Design</translation>
    </message>
    <message>
      <source>Where found</source>
      <translation>Gefunden über</translation>
    </message>
    <message>
      <source>Details</source>
      <translation>Details</translation>
    </message>
    <message>
      <source>Where found, details</source>
      <translation>Gefunden über, Details</translation>
    </message>
    <message>
      <source>Which event, who introduced you…</source>
      <translation>Welche Veranstaltung, wer Sie vorgestellt hat …</translation>
    </message>
    <message>
      <source>Why they fit</source>
      <translation>Warum sie passen</translation>
    </message>
    <message>
      <source>Why they fit my goals and values</source>
      <translation>Warum sie zu meinen Zielen und Werten passen</translation>
    </message>
    <message>
      <source>&amp;Email</source>
      <translation>&amp;E-Mail</translation>
    </message>
    <message>
      <source>Email</source>
      <translation>E-Mail</translation>
    </message>
    <message>
      <source>&amp;Phone</source>
      <translation>&amp;Telefon</translation>
    </message>
    <message>
      <source>Phone</source>
      <translation>Telefon</translation>
    </message>
    <message>
      <source>Profile &amp;URL</source>
      <translation>Profil-&amp;URL</translation>
    </message>
    <message>
      <source>Profile URL</source>
      <translation>Profil-URL</translation>
    </message>
    <message>
      <source>Preferred channel</source>
      <translation>Bevorzugter Kanal</translation>
    </message>
    <message>
      <source>Time &amp;zone</source>
      <translation>&amp;Zeitzone</translation>
    </message>
    <message>
      <source>Time zone</source>
      <translation>Zeitzone</translation>
    </message>
    <message>
      <source>N&amp;otes</source>
      <translation>N&amp;otizen</translation>
    </message>
    <message>
      <source>Notes (Markdown)</source>
      <translation>Notizen (Markdown)</translation>
    </message>
    <message>
      <source>Write</source>
      <translation>Schreiben</translation>
    </message>
    <message>
      <source>Write an email</source>
      <translation>Eine E-Mail schreiben</translation>
    </message>
    <message>
      <source>Call</source>
      <translation>Anrufen</translation>
    </message>
    <message>
      <source>Call the number</source>
      <translation>Die Nummer anrufen</translation>
    </message>
    <message>
      <source>Open</source>
      <translation>Öffnen</translation>
    </message>
    <message>
      <source>Open the profile</source>
      <translation>Das Profil öffnen</translation>
    </message>
    <message>
      <source>History</source>
      <translation>Verlauf</translation>
    </message>
    <message>
      <source>Files and links…</source>
      <translation>Dateien und Links…</translation>
    </message>
    <message>
      <source>Files and links for this mentor</source>
      <translation>Dateien und Links zu dieser Mentorin oder diesem Mentor</translation>
    </message>
    <message>
      <source>Attachments</source>
      <translation>Anhänge</translation>
    </message>
    <message>
      <source>Save</source>
      <translation>Speichern</translation>
    </message>
    <message>
      <source>Save changes (Ctrl+S)</source>
      <translation>Änderungen speichern (Strg+S)</translation>
    </message>
    <message>
      <source>Revert</source>
      <translation>Zurücksetzen</translation>
    </message>
    <message>
      <source>Archive</source>
      <translation>Archivieren</translation>
    </message>
    <message>
      <source>Mark the relationship as ended; nothing is removed</source>
      <translation>Die Beziehung als beendet markieren; nichts wird entfernt</translation>
    </message>
    <message>
      <source>Delete…</source>
      <translation>Löschen …</translation>
    </message>
    <message>
      <source>No time zone</source>
      <translation>Keine Zeitzone</translation>
    </message>
    <message>
      <source>New mentor</source>
      <translation>Neuer Mentor</translation>
    </message>
    <message>
      <source>Not saved yet.</source>
      <translation>Noch nicht gespeichert.</translation>
    </message>
    <message>
      <source>Add mentor</source>
      <translation>Mentor hinzufügen</translation>
    </message>
    <message>
      <source>Clear</source>
      <translation>Leeren</translation>
    </message>
    <message>
      <source>Added {when}.</source>
      <translation>Hinzugefügt am {when}.</translation>
    </message>
  </context>
  <context>
    <name>MentorGiveBacks</name>
    <message>
      <source>Give-back ideas for this mentor</source>
      <translation>Ideen zum Zurückgeben für diesen Mentor</translation>
    </message>
    <message>
      <source>Add idea…</source>
      <translation>Idee hinzufügen …</translation>
    </message>
    <message>
      <source>Edit…</source>
      <translation>Bearbeiten …</translation>
    </message>
    <message>
      <source>Mark done</source>
      <translation>Als erledigt markieren</translation>
    </message>
    <message>
      <source>Delete</source>
      <translation>Löschen</translation>
    </message>
  </context>
  <context>
    <name>MentorMeetingsPanel</name>
    <message>
      <source>Meetings with this mentor</source>
      <translation>Treffen mit diesem Mentor</translation>
    </message>
    <message>
      <source>Plan meeting…</source>
      <translation>Treffen planen …</translation>
    </message>
    <message>
      <source>Plan meeting</source>
      <translation>Treffen planen</translation>
    </message>
    <message>
      <source>Read…</source>
      <translation>Lesen …</translation>
    </message>
    <message>
      <source>Read the meeting</source>
      <translation>Das Treffen lesen</translation>
    </message>
    <message>
      <source>Open in meeting mode</source>
      <translation>Im Gesprächsmodus öffnen</translation>
    </message>
    <message>
      <source>Edit…</source>
      <translation>Bearbeiten …</translation>
    </message>
    <message>
      <source>Edit the meeting</source>
      <translation>Das Treffen bearbeiten</translation>
    </message>
    <message>
      <source>Attachments…</source>
      <translation>Anhänge…</translation>
    </message>
    <message>
      <source>Cancel meeting</source>
      <translation>Treffen absagen</translation>
    </message>
    <message>
      <source>Delete meeting…</source>
      <translation>Treffen löschen …</translation>
    </message>
    <message>
      <source>Plan a meeting with {name}</source>
      <translation>Ein Treffen mit {name} planen</translation>
    </message>
    <message>
      <source>Save the mentor first; then plan meetings here.</source>
      <translation>Speichern Sie zuerst den Mentor; planen Sie dann hier Treffen.</translation>
    </message>
    <message>
      <source>No meetings with {name} yet.</source>
      <translation>Noch keine Treffen mit {name}.</translation>
    </message>
    <message numerus="yes">
      <source>%n meeting(s) with {name}, {held} held.</source>
      <translation>
        <numerusform>%n Treffen mit {name}, {held} abgehalten.</numerusform>
        <numerusform>%n Treffen mit {name}, {held} abgehalten.</numerusform>
      </translation>
    </message>
    <message>
      <source>Meeting with {name}, {when}</source>
      <translation>Treffen mit {name}, {when}</translation>
    </message>
  </context>
  <context>
    <name>MentorMenu</name>
    <message>
      <source>Mentor</source>
      <translation>Mentor</translation>
    </message>
    <message>
      <source>{name}: drop a topic or log a touch</source>
      <translation>{name}: Thema notieren oder Kontakt eintragen</translation>
    </message>
  </context>
  <context>
    <name>MentorPage</name>
    <message>
      <source>Mentor details</source>
      <translation>Angaben zum Mentor</translation>
    </message>
    <message>
      <source>Profile</source>
      <translation>Profil</translation>
    </message>
    <message>
      <source>Meetings</source>
      <translation>Treffen</translation>
    </message>
    <message>
      <source>Action items</source>
      <translation>Aufgaben</translation>
    </message>
    <message>
      <source>Agreement</source>
      <translation>Vereinbarung</translation>
    </message>
    <message>
      <source>Give-back</source>
      <translation>Zurückgeben</translation>
    </message>
    <message>
      <source>Inbox</source>
      <translation>Eingang</translation>
    </message>
    <message>
      <source>Timeline</source>
      <translation>Zeitleiste</translation>
    </message>
  </context>
  <context>
    <name>MentorTableModel</name>
    <message>
      <source>Name</source>
      <translation>Name</translation>
    </message>
    <message>
      <source>Status</source>
      <translation>Status</translation>
    </message>
    <message>
      <source>Next due</source>
      <translation>Nächstes fällig</translation>
    </message>
    <message>
      <source>Last met</source>
      <translation>Zuletzt getroffen</translation>
    </message>
    <message>
      <source>Cadence</source>
      <translation>Rhythmus</translation>
    </message>
    <message>
      <source>Role</source>
      <translation>Rolle</translation>
    </message>
    <message>
      <source>Organisation</source>
      <translation>Organisation</translation>
    </message>
    <message>
      <source>Internal/External</source>
      <translation>Intern/Extern</translation>
    </message>
    <message>
      <source>Tags</source>
      <translation>Schlagwörter</translation>
    </message>
    <message>
      <source>Last updated</source>
      <translation>Zuletzt geändert</translation>
    </message>
    <message>
      <source>{name}: sample data, a fictional mentor</source>
      <translation>{name}: Beispieldaten, ein erfundener Mentor</translation>
    </message>
    <message>
      <source>{name}, sample</source>
      <translation>{name}, Beispiel</translation>
    </message>
  </context>
  <context>
    <name>MentorTimelinePanel</name>
    <message>
      <source>What happened with this mentor</source>
      <translation>Was mit diesem Mentor geschah</translation>
    </message>
    <message>
      <source>Meetings, action items, touches and status changes, newest first.</source>
      <translation>Treffen, Aufgaben, Kontakte und Statuswechsel, das Neueste zuerst.</translation>
    </message>
    <message>
      <source>Save the mentor first; their story starts here.</source>
      <translation>Speichern Sie zuerst den Mentor; hier beginnt Ihre gemeinsame Geschichte.</translation>
    </message>
  </context>
  <context>
    <name>MentorTopics</name>
    <message>
      <source>Topics for the next meeting</source>
      <translation>Themen für das nächste Treffen</translation>
    </message>
    <message>
      <source>Drop a topic…</source>
      <translation>Thema notieren …</translation>
    </message>
    <message>
      <source>Discussed</source>
      <translation>Besprochen</translation>
    </message>
    <message>
      <source>Mark discussed</source>
      <translation>Als besprochen markieren</translation>
    </message>
    <message>
      <source>Drop</source>
      <translation>Verwerfen</translation>
    </message>
    <message>
      <source>Drop the topic</source>
      <translation>Das Thema verwerfen</translation>
    </message>
    <message>
      <source>Back to inbox</source>
      <translation>Zurück in den Eingang</translation>
    </message>
    <message>
      <source>Put the topic back in the inbox</source>
      <translation>Das Thema zurück in den Eingang legen</translation>
    </message>
    <message>
      <source>Delete</source>
      <translation>Löschen</translation>
    </message>
    <message>
      <source>Delete topic</source>
      <translation>Thema löschen</translation>
    </message>
    <message>
      <source>Show discussed and dropped</source>
      <translation>Besprochene und verworfene zeigen</translation>
    </message>
    <message>
      <source>Show discussed and dropped topics</source>
      <translation>Besprochene und verworfene Themen zeigen</translation>
    </message>
    <message>
      <source>Save the mentor first; then drop topics for your meetings here.</source>
      <translation>Speichern Sie zuerst den Mentor; dann notieren Sie hier Themen für Ihre Treffen.</translation>
    </message>
    <message numerus="yes">
      <source>%n topic(s) on the plan, none waiting.</source>
      <translation>
        <numerusform>%n Thema in der Planung, keines offen.</numerusform>
        <numerusform>%n Themen in der Planung, keines offen.</numerusform>
      </translation>
    </message>
    <message>
      <source>No topics waiting: drop one any day, it comes to the next plan.</source>
      <translation>Keine Themen offen: Notieren Sie jederzeit eines, es kommt mit in die nächste Planung.</translation>
    </message>
    <message numerus="yes">
      <source>%n topic(s) waiting for the next meeting.</source>
      <translation>
        <numerusform>%n Thema wartet auf das nächste Treffen.</numerusform>
        <numerusform>%n Themen warten auf das nächste Treffen.</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>MentorTouches</name>
    <message>
      <source>Touches between meetings</source>
      <translation>Kontakte zwischen Treffen</translation>
    </message>
    <message>
      <source>Log a touch…</source>
      <translation>Kontakt eintragen …</translation>
    </message>
    <message>
      <source>Edit…</source>
      <translation>Bearbeiten …</translation>
    </message>
    <message>
      <source>Edit the touch</source>
      <translation>Den Kontakt bearbeiten</translation>
    </message>
    <message>
      <source>Delete</source>
      <translation>Löschen</translation>
    </message>
    <message>
      <source>Delete touch</source>
      <translation>Kontakt löschen</translation>
    </message>
    <message>
      <source>Edit Touch…</source>
      <translation>Kontakt bearbeiten …</translation>
    </message>
    <message>
      <source>Delete Touch…</source>
      <translation>Kontakt löschen …</translation>
    </message>
    <message>
      <source>Save the mentor first; then log emails and calls here.</source>
      <translation>Speichern Sie zuerst den Mentor; dann tragen Sie hier E-Mails und Anrufe ein.</translation>
    </message>
    <message>
      <source>No touches logged yet: an email, message, call or chat between meetings.</source>
      <translation>Noch keine Kontakte eingetragen: eine E-Mail, Nachricht, ein Anruf oder Gespräch zwischen den Treffen.</translation>
    </message>
    <message numerus="yes">
      <source>%n touch(es) logged between meetings.</source>
      <translation>
        <numerusform>%n Kontakt zwischen den Treffen eingetragen.</numerusform>
        <numerusform>%n Kontakte zwischen den Treffen eingetragen.</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>MentorsView</name>
    <message>
      <source>Welcome to MentorDesk</source>
      <translation>Willkommen bei MentorDesk</translation>
    </message>
    <message>
      <source>Keep all of your mentors in one place: who they are, where you met them, what you agreed, and when you last talked. Everything stays on this computer.

Start with a real mentor, or look around with a few fictional ones that you can remove in one step.</source>
      <translation>Alle Ihre Mentoren an einem Ort: wer sie sind, wo Sie sie kennengelernt haben, was Sie vereinbart haben und wann Sie zuletzt gesprochen haben. Alles bleibt auf diesem Computer.

Beginnen Sie mit einem echten Mentor oder sehen Sie sich mit ein paar erfundenen um, die Sie in einem Schritt wieder entfernen.</translation>
    </message>
    <message>
      <source>Mentors</source>
      <translation>Mentoren</translation>
    </message>
    <message>
      <source>Add your first mentor</source>
      <translation>Ersten Mentor hinzufügen</translation>
    </message>
    <message>
      <source>Explore with sample data</source>
      <translation>Mit Beispieldaten erkunden</translation>
    </message>
    <message>
      <source>Filter mentors</source>
      <translation>Mentoren filtern</translation>
    </message>
    <message>
      <source>Filter by name, organisation or tag</source>
      <translation>Nach Name, Organisation oder Schlagwort filtern</translation>
    </message>
    <message>
      <source>Status:</source>
      <translation>Status:</translation>
    </message>
    <message>
      <source>Show status</source>
      <translation>Status anzeigen</translation>
    </message>
    <message>
      <source>All statuses</source>
      <translation>Alle Status</translation>
    </message>
    <message>
      <source>All but ended</source>
      <translation>Alle außer beendeten</translation>
    </message>
    <message>
      <source>New mentor</source>
      <translation>Neuer Mentor</translation>
    </message>
    <message>
      <source>Add a mentor (Ctrl+N)</source>
      <translation>Einen Mentor hinzufügen (Strg+N)</translation>
    </message>
    <message>
      <source>No mentor matches this filter.</source>
      <translation>Kein Mentor passt zu diesem Filter.</translation>
    </message>
    <message>
      <source>the new mentor</source>
      <translation>der neue Mentor</translation>
    </message>
  </context>
  <context>
    <name>MessageDraftDialog</name>
    <message>
      <source>Subject</source>
      <translation>Betreff</translation>
    </message>
    <message>
      <source>Message</source>
      <translation>Nachricht</translation>
    </message>
    <message>
      <source>To</source>
      <translation>An</translation>
    </message>
    <message>
      <source>(no email address on file)</source>
      <translation>(keine E-Mail-Adresse hinterlegt)</translation>
    </message>
    <message>
      <source>&amp;Subject</source>
      <translation>&amp;Betreff</translation>
    </message>
    <message>
      <source>&amp;Copy</source>
      <translation>&amp;Kopieren</translation>
    </message>
    <message>
      <source>Open in &amp;Mail</source>
      <translation>In der &amp;Mail-App öffnen</translation>
    </message>
    <message>
      <source>Save as Mar&amp;kdown…</source>
      <translation>Als Markdown &amp;speichern …</translation>
    </message>
    <message>
      <source>The message is on the clipboard.</source>
      <translation>Die Nachricht ist in der Zwischenablage.</translation>
    </message>
    <message>
      <source>No mail app opened the message. It is on the clipboard: paste it into a new mail.</source>
      <translation>Keine Mail-App hat die Nachricht geöffnet. Sie ist in der Zwischenablage: Fügen Sie sie in eine neue Mail ein.</translation>
    </message>
    <message>
      <source>The message was too long for a mail link, so the mail holds its start. The whole message is on the clipboard: paste it over the mail's text.</source>
      <translation>Die Nachricht war zu lang für einen Mail-Link, daher enthält die Mail nur ihren Anfang. Die ganze Nachricht ist in der Zwischenablage: Ersetzen Sie damit den Text der Mail.</translation>
    </message>
    <message>
      <source>The message is open in your mail app.</source>
      <translation>Die Nachricht ist in Ihrer Mail-App geöffnet.</translation>
    </message>
    <message>
      <source>Save the message as Markdown</source>
      <translation>Die Nachricht als Markdown speichern</translation>
    </message>
    <message>
      <source>Markdown (*.md)</source>
      <translation>Markdown (*.md)</translation>
    </message>
    <message>
      <source>Save as Markdown</source>
      <translation>Als Markdown speichern</translation>
    </message>
    <message>
      <source>Could not write {file}: {reason}.</source>
      <translation>{file} konnte nicht geschrieben werden: {reason}.</translation>
    </message>
    <message>
      <source>Saved to {file}.</source>
      <translation>Gespeichert unter {file}.</translation>
    </message>
  </context>
  <context>
    <name>NotesBrowser</name>
    <message>
      <source>MentorDesk opens only web and mail links; this {scheme} link is not opened.</source>
      <translation>MentorDesk öffnet nur Web- und Mail-Links; dieser Link ({scheme}) wird nicht geöffnet.</translation>
    </message>
    <message>
      <source>local</source>
      <translation>lokal</translation>
    </message>
    <message>
      <source>Write to {address} with your mail app?</source>
      <translation>Mit Ihrer Mail-App an {address} schreiben?</translation>
    </message>
    <message>
      <source>Open {link} in your browser?</source>
      <translation>{link} in Ihrem Browser öffnen?</translation>
    </message>
    <message>
      <source>Open link</source>
      <translation>Link öffnen</translation>
    </message>
    <message>
      <source>Write</source>
      <translation>Schreiben</translation>
    </message>
    <message>
      <source>Open</source>
      <translation>Öffnen</translation>
    </message>
  </context>
  <context>
    <name>NotesEditor</name>
    <message>
      <source>Meeting notes</source>
      <translation>Gesprächsnotizen</translation>
    </message>
    <message>
      <source>Type your notes. Markdown works: # heading, - list, 1. list, - [ ] to do, **bold**, *italic*.
Ctrl+Shift+A turns the current line into an action item.</source>
      <translation>Tippen Sie Ihre Notizen. Markdown funktioniert: # Überschrift, - Liste, 1. Liste, - [ ] Aufgabe, **fett**, *kursiv*.
Strg+Umschalt+A macht die aktuelle Zeile zur Aufgabe.</translation>
    </message>
  </context>
  <context>
    <name>PassphraseDialog</name>
    <message>
      <source>Passphrase</source>
      <translation>Passphrase</translation>
    </message>
    <message>
      <source>Current passphrase</source>
      <translation>Aktuelle Passphrase</translation>
    </message>
    <message>
      <source>New passphrase</source>
      <translation>Neue Passphrase</translation>
    </message>
    <message>
      <source>New passphrase again</source>
      <translation>Neue Passphrase noch einmal</translation>
    </message>
    <message>
      <source>C&amp;urrent passphrase (or recovery key)</source>
      <translation>A&amp;ktuelle Passphrase (oder Wiederherstellungsschlüssel)</translation>
    </message>
    <message>
      <source>&amp;New passphrase</source>
      <translation>&amp;Neue Passphrase</translation>
    </message>
    <message>
      <source>&amp;Again</source>
      <translation>&amp;Wiederholen</translation>
    </message>
    <message>
      <source>Wrong passphrase. Nothing was changed; type it again.</source>
      <translation>Falsche Passphrase. Nichts wurde geändert; geben Sie sie noch einmal ein.</translation>
    </message>
    <message>
      <source>Type a new passphrase.</source>
      <translation>Geben Sie eine neue Passphrase ein.</translation>
    </message>
    <message>
      <source>The two new passphrases differ; type them again.</source>
      <translation>Die beiden neuen Passphrasen unterscheiden sich; geben Sie sie noch einmal ein.</translation>
    </message>
  </context>
  <context>
    <name>PlanMeetingDialog</name>
    <message>
      <source>Plan meeting</source>
      <translation>Treffen planen</translation>
    </message>
    <message>
      <source>Mentor</source>
      <translation>Mentor</translation>
    </message>
    <message>
      <source>Show ended mentors</source>
      <translation>Beendete Mentoren zeigen</translation>
    </message>
    <message>
      <source>Date and time</source>
      <translation>Datum und Uhrzeit</translation>
    </message>
    <message>
      <source>Duration in minutes</source>
      <translation>Dauer in Minuten</translation>
    </message>
    <message>
      <source> min</source>
      <translation> Min.</translation>
    </message>
    <message>
      <source>Format</source>
      <translation>Form</translation>
    </message>
    <message>
      <source>Place or video link</source>
      <translation>Ort oder Videolink</translation>
    </message>
    <message>
      <source>From your last meeting</source>
      <translation>Aus Ihrem letzten Treffen</translation>
    </message>
    <message>
      <source>Unfinished agenda to bring along</source>
      <translation>Offene Agendapunkte zum Mitnehmen</translation>
    </message>
    <message>
      <source>Meetings are with a mentor, and there is none yet.</source>
      <translation>Treffen finden mit einem Mentor statt, und es gibt noch keinen.</translation>
    </message>
    <message>
      <source>Add a mentor</source>
      <translation>Einen Mentor hinzufügen</translation>
    </message>
    <message>
      <source>Open in meeting mode now</source>
      <translation>Jetzt im Gesprächsmodus öffnen</translation>
    </message>
    <message>
      <source>&amp;Mentor</source>
      <translation>&amp;Mentor</translation>
    </message>
    <message>
      <source>&amp;When</source>
      <translation>&amp;Wann</translation>
    </message>
    <message>
      <source>&amp;Duration</source>
      <translation>&amp;Dauer</translation>
    </message>
    <message>
      <source>&amp;Format</source>
      <translation>&amp;Form</translation>
    </message>
    <message>
      <source>&amp;Place or link</source>
      <translation>&amp;Ort oder Link</translation>
    </message>
    <message>
      <source>&amp;Template</source>
      <translation>&amp;Vorlage</translation>
    </message>
    <message>
      <source>&amp;Agenda</source>
      <translation>&amp;Agenda</translation>
    </message>
    <message>
      <source>Choose a mentor…</source>
      <translation>Mentor wählen …</translation>
    </message>
    <message>
      <source>Their time: {time}</source>
      <translation>Ihre Zeit: {time}</translation>
    </message>
    <message>
      <source>Video link, e.g. https://meet.example.com/abc</source>
      <translation>Videolink, z. B. https://meet.example.com/abc</translation>
    </message>
    <message>
      <source>Where, or how to reach each other</source>
      <translation>Wo, oder wie Sie einander erreichen</translation>
    </message>
    <message>
      <source>No earlier meeting with this mentor yet.</source>
      <translation>Noch kein früheres Treffen mit diesem Mentor.</translation>
    </message>
    <message>
      <source>Not covered on {date}; ticked points come along:</source>
      <translation>Am {date} nicht besprochen; angehakte Punkte kommen mit:</translation>
    </message>
    <message>
      <source>Everything on the {date} agenda was covered.</source>
      <translation>Alles auf der Agenda vom {date} wurde besprochen.</translation>
    </message>
    <message>
      <source>Open action items:</source>
      <translation>Offene Aufgaben:</translation>
    </message>
    <message>
      <source>No open action items.</source>
      <translation>Keine offenen Aufgaben.</translation>
    </message>
  </context>
  <context>
    <name>PreferencesDialog</name>
    <message>
      <source>Preferences</source>
      <translation>Einstellungen</translation>
    </message>
    <message>
      <source>Follow the system</source>
      <translation>Dem System folgen</translation>
    </message>
    <message>
      <source>Light</source>
      <translation>Hell</translation>
    </message>
    <message>
      <source>Dark</source>
      <translation>Dunkel</translation>
    </message>
    <message>
      <source>As it should appear on agreements</source>
      <translation>So, wie er auf Vereinbarungen stehen soll</translation>
    </message>
    <message>
      <source>after</source>
      <translation>nach</translation>
    </message>
    <message>
      <source>meetings and</source>
      <translation>Treffen und</translation>
    </message>
    <message>
      <source>days with nothing given back</source>
      <translation>Tagen ohne Zurückgeben</translation>
    </message>
    <message>
      <source>&amp;Theme</source>
      <translation>&amp;Design</translation>
    </message>
    <message>
      <source>&amp;Language</source>
      <translation>&amp;Sprache</translation>
    </message>
    <message>
      <source>Your &amp;name</source>
      <translation>Ihr &amp;Name</translation>
    </message>
    <message>
      <source>Give-back nudge</source>
      <translation>Erinnerung ans Zurückgeben</translation>
    </message>
    <message>
      <source> MB</source>
      <translation> MB</translation>
    </message>
    <message>
      <source>Largest &amp;attachment</source>
      <translation>Größter &amp;Anhang</translation>
    </message>
    <message>
      <source>General</source>
      <translation>Allgemein</translation>
    </message>
    <message>
      <source>Reminders</source>
      <translation>Erinnerungen</translation>
    </message>
    <message>
      <source>Shortcuts</source>
      <translation>Tastenkürzel</translation>
    </message>
    <message>
      <source>Sync</source>
      <translation>Synchronisieren</translation>
    </message>
    <message>
      <source>Privacy</source>
      <translation>Datenschutz</translation>
    </message>
    <message>
      <source>Remind me of meetings 15 minutes ahead and of mentors who become overdue</source>
      <translation>Mich 15 Minuten vor Treffen und an überfällig werdende Mentoren erinnern</translation>
    </message>
    <message>
      <source>Start MentorDesk minimized when I log in</source>
      <translation>MentorDesk beim Anmelden minimiert starten</translation>
    </message>
    <message>
      <source>Start at login, minimized</source>
      <translation>Beim Anmelden minimiert starten</translation>
    </message>
    <message>
      <source>So reminders reach you on days you do not open MentorDesk</source>
      <translation>Damit Erinnerungen Sie auch an Tagen erreichen, an denen Sie MentorDesk nicht öffnen</translation>
    </message>
    <message>
      <source>No calendar file</source>
      <translation>Keine Kalenderdatei</translation>
    </message>
    <message>
      <source>Choose…</source>
      <translation>Auswählen …</translation>
    </message>
    <message>
      <source>Choose the calendar file's folder</source>
      <translation>Den Ordner der Kalenderdatei wählen</translation>
    </message>
    <message>
      <source>No File</source>
      <translation>Keine Datei</translation>
    </message>
    <message>
      <source>Keep no calendar file</source>
      <translation>Keine Kalenderdatei führen</translation>
    </message>
    <message>
      <source>MentorDesk keeps mentordesk-meetings.ics in this folder up to date with your planned meetings, for a calendar app that subscribes to the file.</source>
      <translation>MentorDesk hält mentordesk-meetings.ics in diesem Ordner mit Ihren geplanten Treffen aktuell, für eine Kalender-App, die die Datei abonniert.</translation>
    </message>
    <message>
      <source> min before</source>
      <translation> Min. vorher</translation>
    </message>
    <message>
      <source>At the start</source>
      <translation>Zu Beginn</translation>
    </message>
    <message>
      <source>Every event in the calendar file and the exported .ics carries this alarm</source>
      <translation>Jeder Termin in der Kalenderdatei und in der exportierten .ics trägt diese Erinnerung</translation>
    </message>
    <message>
      <source>While open</source>
      <translation>Während geöffnet</translation>
    </message>
    <message>
      <source>At login</source>
      <translation>Beim Anmelden</translation>
    </message>
    <message>
      <source>&amp;Calendar file</source>
      <translation>&amp;Kalenderdatei</translation>
    </message>
    <message>
      <source>Calendar &amp;alarm</source>
      <translation>Kalender&amp;erinnerung</translation>
    </message>
    <message>
      <source>Calendar file's folder</source>
      <translation>Ordner der Kalenderdatei</translation>
    </message>
    <message>
      <source>Language</source>
      <translation>Sprache</translation>
    </message>
    <message>
      <source>MentorDesk shows {language} the next time it starts.</source>
      <translation>MentorDesk zeigt beim nächsten Start {language}.</translation>
    </message>
    <message>
      <source>Start at login</source>
      <translation>Beim Anmelden starten</translation>
    </message>
  </context>
  <context>
    <name>ProgressDialog</name>
    <message>
      <source>Update progress</source>
      <translation>Fortschritt eintragen</translation>
    </message>
    <message>
      <source>Progress in percent, 0 to 100</source>
      <translation>Fortschritt in Prozent, 0 bis 100</translation>
    </message>
    <message>
      <source>0–100</source>
      <translation>0–100</translation>
    </message>
    <message>
      <source>Day of the update</source>
      <translation>Tag der Eintragung</translation>
    </message>
    <message>
      <source>Comment</source>
      <translation>Kommentar</translation>
    </message>
    <message>
      <source>What moved it forward (or held it back)?</source>
      <translation>Was hat es vorangebracht (oder aufgehalten)?</translation>
    </message>
    <message>
      <source>&amp;Progress (%)</source>
      <translation>&amp;Fortschritt (%)</translation>
    </message>
    <message>
      <source>&amp;Day</source>
      <translation>&amp;Tag</translation>
    </message>
    <message>
      <source>&amp;Comment</source>
      <translation>&amp;Kommentar</translation>
    </message>
    <message>
      <source>Its progress is counted from its action items; saving sets it by hand.</source>
      <translation>Sein Fortschritt wird aus seinen Aufgaben berechnet; beim Speichern wird er von Hand gesetzt.</translation>
    </message>
    <message>
      <source>Save progress</source>
      <translation>Fortschritt speichern</translation>
    </message>
    <message>
      <source>Type a whole number from 0 to 100, such as 40.</source>
      <translation>Geben Sie eine ganze Zahl von 0 bis 100 ein, etwa 40.</translation>
    </message>
  </context>
  <context>
    <name>PromoteDialog</name>
    <message>
      <source>Promote to active mentor</source>
      <translation>Zum aktiven Mentor machen</translation>
    </message>
    <message>
      <source>{name} agreed to mentor you? They become an active mentor: everything recorded about them (where you found them, why they fit, your outreach, linked goals) stays.</source>
      <translation>{name} hat zugesagt, Sie zu begleiten? Dann wird daraus ein aktiver Mentor: Alles, was über diese Person erfasst ist (wo Sie sie gefunden haben, warum sie passt, Ihre Kontaktaufnahme, verknüpfte Ziele), bleibt erhalten.</translation>
    </message>
    <message>
      <source>Start an agreement from</source>
      <translation>Eine Vereinbarung beginnen mit</translation>
    </message>
    <message>
      <source>Not now</source>
      <translation>Nicht jetzt</translation>
    </message>
    <message>
      <source>Promote</source>
      <translation>Übernehmen</translation>
    </message>
    <message>
      <source>Start the &amp;agreement from</source>
      <translation>Die &amp;Vereinbarung beginnen mit</translation>
    </message>
  </context>
  <context>
    <name>ProspectPanel</name>
    <message>
      <source>Goals this person fits</source>
      <translation>Ziele, zu denen diese Person passt</translation>
    </message>
    <message>
      <source>Outreach steps</source>
      <translation>Schritte der Kontaktaufnahme</translation>
    </message>
    <message>
      <source>Delete step</source>
      <translation>Schritt löschen</translation>
    </message>
    <message>
      <source>Draft the ask…</source>
      <translation>Anfrage entwerfen …</translation>
    </message>
    <message>
      <source>A short, specific message asking them to mentor you, to copy or mail</source>
      <translation>Eine kurze, konkrete Nachricht mit der Bitte um Mentoring, zum Kopieren oder Mailen</translation>
    </message>
    <message>
      <source>Step</source>
      <translation>Schritt</translation>
    </message>
    <message>
      <source>Day of the step</source>
      <translation>Tag des Schritts</translation>
    </message>
    <message>
      <source>Follow up on</source>
      <translation>Nachfassen am</translation>
    </message>
    <message>
      <source>Remind me to follow up</source>
      <translation>Mich ans Nachfassen erinnern</translation>
    </message>
    <message>
      <source>Follow-up day</source>
      <translation>Tag zum Nachfassen</translation>
    </message>
    <message>
      <source>Note on the step</source>
      <translation>Notiz zum Schritt</translation>
    </message>
    <message>
      <source>How you asked, what they said…</source>
      <translation>Wie Sie gefragt haben, was geantwortet wurde …</translation>
    </message>
    <message>
      <source>Add step</source>
      <translation>Schritt hinzufügen</translation>
    </message>
    <message>
      <source>S&amp;tep</source>
      <translation>Sch&amp;ritt</translation>
    </message>
    <message>
      <source>&amp;On</source>
      <translation>&amp;Am</translation>
    </message>
    <message>
      <source>&amp;Remind</source>
      <translation>&amp;Erinnern</translation>
    </message>
    <message>
      <source>N&amp;ote</source>
      <translation>N&amp;otiz</translation>
    </message>
    <message>
      <source>Why they fit</source>
      <translation>Warum sie passen</translation>
    </message>
    <message>
      <source>Goals they fit</source>
      <translation>Passende Ziele</translation>
    </message>
    <message>
      <source>Outreach</source>
      <translation>Kontaktaufnahme</translation>
    </message>
    <message>
      <source>No prospect chosen</source>
      <translation>Kein Kandidat gewählt</translation>
    </message>
    <message>
      <source>Found through: {where}</source>
      <translation>Gefunden über: {where}</translation>
    </message>
    <message>
      <source>(Not written yet: edit the profile.)</source>
      <translation>(Noch nicht geschrieben: Bearbeiten Sie das Profil.)</translation>
    </message>
    <message>
      <source>No active goals yet: add them in Goals.</source>
      <translation>Noch keine aktiven Ziele: Fügen Sie sie unter Ziele hinzu.</translation>
    </message>
    <message>
      <source>{day} · {step}</source>
      <translation>{day} · {step}</translation>
    </message>
    <message>
      <source>follow up on {day}</source>
      <translation>nachfassen am {day}</translation>
    </message>
    <message>
      <source>Not asked yet. Record each step above.</source>
      <translation>Noch nicht gefragt. Halten Sie jeden Schritt oben fest.</translation>
    </message>
  </context>
  <context>
    <name>ProspectTableModel</name>
    <message>
      <source>Name</source>
      <translation>Name</translation>
    </message>
    <message>
      <source>Status</source>
      <translation>Status</translation>
    </message>
    <message>
      <source>Where found</source>
      <translation>Gefunden über</translation>
    </message>
    <message>
      <source>Fits</source>
      <translation>Passt zu</translation>
    </message>
    <message>
      <source>Last step</source>
      <translation>Letzter Schritt</translation>
    </message>
    <message>
      <source>Follow up</source>
      <translation>Nachfassen</translation>
    </message>
    <message numerus="yes">
      <source>%n goal(s)</source>
      <translation>
        <numerusform>%n Ziel</numerusform>
        <numerusform>%n Ziele</numerusform>
      </translation>
    </message>
    <message>
      <source>Not asked yet</source>
      <translation>Noch nicht gefragt</translation>
    </message>
    <message>
      <source>{step} {day}</source>
      <translation>{step} {day}</translation>
    </message>
    <message>
      <source>⚠ {day}</source>
      <translation>⚠ {day}</translation>
    </message>
  </context>
  <context>
    <name>ProspectsView</name>
    <message>
      <source>Finding the right mentor</source>
      <translation>Den richtigen Mentor finden</translation>
    </message>
    <message>
      <source>Look for someone whose career you aspire to and who fits your goals and values: at networking events, in professional associations, on social media, through colleagues. Add them as a mentor with the status “Prospect”; here you track why they fit, when you asked, and when to follow up.</source>
      <translation>Suchen Sie jemanden, dessen Laufbahn Sie anstreben und der zu Ihren Zielen und Werten passt: auf Netzwerkveranstaltungen, in Berufsverbänden, in sozialen Medien, über Kollegen. Legen Sie die Person als Mentor mit dem Status „Kandidat“ an; hier verfolgen Sie, warum sie passt, wann Sie gefragt haben und wann Sie nachfassen.</translation>
    </message>
    <message>
      <source>Prospects</source>
      <translation>Kandidaten</translation>
    </message>
    <message>
      <source>Add a prospect</source>
      <translation>Einen Kandidaten hinzufügen</translation>
    </message>
    <message>
      <source>New prospect…</source>
      <translation>Neuer Kandidat …</translation>
    </message>
    <message>
      <source>Promote to active…</source>
      <translation>Zum aktiven Mentor machen …</translation>
    </message>
    <message>
      <source>Edit profile</source>
      <translation>Profil bearbeiten</translation>
    </message>
  </context>
  <context>
    <name>ReadMeetingDialog</name>
    <message>
      <source>Meeting with {name}</source>
      <translation>Treffen mit {name}</translation>
    </message>
    <message>
      <source>The meeting's notes</source>
      <translation>Die Notizen des Treffens</translation>
    </message>
    <message>
      <source>Open in meeting mode</source>
      <translation>Im Gesprächsmodus öffnen</translation>
    </message>
    <message>
      <source>Copy agenda</source>
      <translation>Agenda kopieren</translation>
    </message>
  </context>
  <context>
    <name>RecoveryKeyDialog</name>
    <message>
      <source>Your recovery key</source>
      <translation>Ihr Wiederherstellungsschlüssel</translation>
    </message>
    <message>
      <source>Write this recovery key down, print it or save it away from this computer. It opens your data if you forget the passphrase. If you lose both, nobody can open your data.</source>
      <translation>Schreiben Sie diesen Wiederherstellungsschlüssel auf, drucken Sie ihn aus oder speichern Sie ihn außerhalb dieses Computers. Er öffnet Ihre Daten, wenn Sie die Passphrase vergessen. Verlieren Sie beides, kann niemand Ihre Daten öffnen.</translation>
    </message>
    <message>
      <source>Recovery key</source>
      <translation>Wiederherstellungsschlüssel</translation>
    </message>
    <message>
      <source>&amp;Copy</source>
      <translation>&amp;Kopieren</translation>
    </message>
    <message>
      <source>&amp;Save to a file…</source>
      <translation>In eine Datei &amp;speichern …</translation>
    </message>
    <message>
      <source>&amp;Print…</source>
      <translation>&amp;Drucken …</translation>
    </message>
    <message>
      <source>I have &amp;kept it</source>
      <translation>Ich habe ihn auf&amp;bewahrt</translation>
    </message>
    <message>
      <source>Copied to the clipboard.</source>
      <translation>In die Zwischenablage kopiert.</translation>
    </message>
    <message>
      <source>Save the recovery key</source>
      <translation>Wiederherstellungsschlüssel speichern</translation>
    </message>
    <message>
      <source>MentorDesk recovery key: {key}
</source>
      <translation>MentorDesk-Wiederherstellungsschlüssel: {key}
</translation>
    </message>
    <message>
      <source>Save to a file</source>
      <translation>In einer Datei speichern</translation>
    </message>
    <message>
      <source>The recovery key could not be saved in {path} ({reason}). Choose another folder, or copy or print the key instead.</source>
      <translation>Der Wiederherstellungsschlüssel konnte nicht in {path} gespeichert werden ({reason}). Wählen Sie einen anderen Ordner, oder kopieren oder drucken Sie den Schlüssel stattdessen.</translation>
    </message>
    <message>
      <source>Saved in {path}.</source>
      <translation>Gespeichert in {path}.</translation>
    </message>
    <message>
      <source>Print the recovery key</source>
      <translation>Den Wiederherstellungsschlüssel drucken</translation>
    </message>
    <message>
      <source>Printed to {file}.</source>
      <translation>Gedruckt in {file}.</translation>
    </message>
    <message>
      <source>Sent to the printer {name}.</source>
      <translation>An den Drucker {name} gesendet.</translation>
    </message>
    <message>
      <source>Print</source>
      <translation>Drucken</translation>
    </message>
    <message>
      <source>The recovery key could not be printed. Check the printer (or the folder of the PDF file) and try again, or copy or save the key instead.</source>
      <translation>Der Wiederherstellungsschlüssel konnte nicht gedruckt werden. Prüfen Sie den Drucker (oder den Ordner der PDF-Datei) und versuchen Sie es noch einmal, oder kopieren oder speichern Sie den Schlüssel stattdessen.</translation>
    </message>
    <message>
      <source>You have not copied, saved or printed the recovery key. If you forget your passphrase, only this key opens your data, and it is not shown again. Close it anyway?</source>
      <translation>Sie haben den Wiederherstellungsschlüssel weder kopiert noch gespeichert noch gedruckt. Wenn Sie Ihre Passphrase vergessen, öffnet nur dieser Schlüssel Ihre Daten, und er wird nicht noch einmal angezeigt. Trotzdem schließen?</translation>
    </message>
    <message>
      <source>I have &amp;written it down</source>
      <translation>Ich habe ihn &amp;aufgeschrieben</translation>
    </message>
    <message>
      <source>Go &amp;back</source>
      <translation>&amp;Zurück</translation>
    </message>
    <message>
      <source>MentorDesk recovery key</source>
      <translation>MentorDesk-Wiederherstellungsschlüssel</translation>
    </message>
    <message>
      <source>Printed on {date}</source>
      <translation>Gedruckt am {date}</translation>
    </message>
    <message>
      <source>For the data folder: {folder}</source>
      <translation>Für den Datenordner: {folder}</translation>
    </message>
    <message>
      <source>This key opens your MentorDesk data if you forget your passphrase: type it where the passphrase is asked for (capitals, spaces and dashes do not matter). Keep this page somewhere safe, away from the computer. Anyone who has it and your data folder can read your data; if you lose both the key and the passphrase, nobody can.</source>
      <translation>Dieser Schlüssel öffnet Ihre MentorDesk-Daten, wenn Sie Ihre Passphrase vergessen: Geben Sie ihn dort ein, wo nach der Passphrase gefragt wird (Groß- und Kleinschreibung, Leerzeichen und Bindestriche spielen keine Rolle). Bewahren Sie diese Seite an einem sicheren Ort auf, nicht beim Computer. Wer sie und Ihren Datenordner hat, kann Ihre Daten lesen; verlieren Sie Schlüssel und Passphrase, kann es niemand.</translation>
    </message>
  </context>
  <context>
    <name>ReminderBanner</name>
    <message>
      <source>Reminders</source>
      <translation>Erinnerungen</translation>
    </message>
    <message>
      <source>Open</source>
      <translation>Öffnen</translation>
    </message>
    <message>
      <source>Open what the reminder is about</source>
      <translation>Öffnen, worum es in der Erinnerung geht</translation>
    </message>
    <message>
      <source>Dismiss</source>
      <translation>Ausblenden</translation>
    </message>
    <message>
      <source>Dismiss the reminder</source>
      <translation>Die Erinnerung ausblenden</translation>
    </message>
  </context>
  <context>
    <name>RestoreOffer</name>
    <message>
      <source>Restore</source>
      <translation>Wiederherstellen</translation>
    </message>
    <message>
      <source>Restore the notes as they were</source>
      <translation>Die Notizen wiederherstellen, wie sie waren</translation>
    </message>
    <message>
      <source>Bring back what the last undo removed</source>
      <translation>Zurückholen, was das letzte Rückgängigmachen entfernt hat</translation>
    </message>
    <message numerus="yes">
      <source>Undo removed %n character(s) of your notes. Restore brings them back.</source>
      <translation>
        <numerusform>Rückgängig hat %n Zeichen Ihrer Notizen entfernt. Wiederherstellen holt es zurück.</numerusform>
        <numerusform>Rückgängig hat %n Zeichen Ihrer Notizen entfernt. Wiederherstellen holt sie zurück.</numerusform>
      </translation>
    </message>
    <message>
      <source>Notes restored.</source>
      <translation>Notizen wiederhergestellt.</translation>
    </message>
  </context>
  <context>
    <name>RhythmRow</name>
    <message>
      <source>Unless agreed, meet &amp;every</source>
      <translation>Ohne Vereinbarung treffen &amp;alle</translation>
    </message>
    <message>
      <source>Meet every (when no agreement sets it)</source>
      <translation>Treffen alle (wenn keine Vereinbarung es festlegt)</translation>
    </message>
    <message>
      <source>Unit</source>
      <translation>Einheit</translation>
    </message>
    <message>
      <source>Set</source>
      <translation>Festlegen</translation>
    </message>
    <message>
      <source>Set the mentor's own rhythm</source>
      <translation>Den eigenen Rhythmus des Mentors festlegen</translation>
    </message>
    <message>
      <source>No rhythm yet: agree a meeting frequency, or set one below.</source>
      <translation>Noch kein Rhythmus: Vereinbaren Sie eine Häufigkeit oder legen Sie unten eine fest.</translation>
    </message>
    <message>
      <source>Meet {interval}, as agreed (version {n}).</source>
      <translation>Treffen {interval}, wie vereinbart (Version {n}).</translation>
    </message>
    <message>
      <source>Meet {interval} (your own setting; no agreed frequency).</source>
      <translation>Treffen {interval} (Ihre eigene Einstellung; keine vereinbarte Häufigkeit).</translation>
    </message>
    <message>
      <source>Enter a whole number, like 4 (for every 4 weeks).</source>
      <translation>Geben Sie eine ganze Zahl ein, etwa 4 (für alle 4 Wochen).</translation>
    </message>
  </context>
  <context>
    <name>SampleBanner</name>
    <message>
      <source>You are exploring sample data (fictional mentors).</source>
      <translation>Sie erkunden Beispieldaten (erfundene Mentoren).</translation>
    </message>
    <message>
      <source>Remove sample data…</source>
      <translation>Beispieldaten entfernen …</translation>
    </message>
    <message>
      <source>Remove sample data</source>
      <translation>Beispieldaten entfernen</translation>
    </message>
  </context>
  <context>
    <name>SearchView</name>
    <message>
      <source>Search</source>
      <translation>Suche</translation>
    </message>
    <message>
      <source>Search mentors, notes, agendas, action items (Ctrl+F)</source>
      <translation>Mentoren, Notizen, Agenden, Aufgaben durchsuchen (Strg+F)</translation>
    </message>
    <message>
      <source>Search results</source>
      <translation>Suchergebnisse</translation>
    </message>
    <message>
      <source>Type to search everything you wrote</source>
      <translation>Tippen, um alles zu durchsuchen, was Sie geschrieben haben</translation>
    </message>
    <message>
      <source>Search is not available right now. Try again.</source>
      <translation>Die Suche ist gerade nicht verfügbar. Versuchen Sie es erneut.</translation>
    </message>
    <message>
      <source>No results for “{query}”</source>
      <translation>Keine Ergebnisse für „{query}“</translation>
    </message>
  </context>
  <context>
    <name>Section</name>
    <message>
      <source>Show all in {section}</source>
      <translation>Alle in {section} zeigen</translation>
    </message>
    <message>
      <source>Show all {n}</source>
      <translation>Alle {n} zeigen</translation>
    </message>
    <message>
      <source>Show all {n} in {section}</source>
      <translation>Alle {n} in {section} zeigen</translation>
    </message>
  </context>
  <context>
    <name>ShortcutsDialog</name>
    <message>
      <source>Keyboard shortcuts</source>
      <translation>Tastenkürzel</translation>
    </message>
    <message>
      <source>Keys</source>
      <translation>Tasten</translation>
    </message>
    <message>
      <source>Does</source>
      <translation>Bewirkt</translation>
    </message>
    <message>
      <source>On macOS, Ctrl means ⌘.</source>
      <translation>Unter macOS steht Strg für ⌘.</translation>
    </message>
  </context>
  <context>
    <name>ShortcutsPage</name>
    <message>
      <source>Find an action</source>
      <translation>Eine Aktion suchen</translation>
    </message>
    <message>
      <source>Actions and their keyboard shortcuts</source>
      <translation>Aktionen und ihre Tastenkürzel</translation>
    </message>
    <message>
      <source>Action</source>
      <translation>Aufgabe</translation>
    </message>
    <message>
      <source>Where</source>
      <translation>Wo</translation>
    </message>
    <message>
      <source>Keys</source>
      <translation>Tasten</translation>
    </message>
    <message>
      <source>New keys for the selected action</source>
      <translation>Neue Tasten für die gewählte Aktion</translation>
    </message>
    <message>
      <source>No Keys</source>
      <translation>Keine Tasten</translation>
    </message>
    <message>
      <source>Remove the selected action's keys</source>
      <translation>Die Tasten der gewählten Aktion entfernen</translation>
    </message>
    <message>
      <source>Reset</source>
      <translation>Zurücksetzen</translation>
    </message>
    <message>
      <source>Give the selected action its usual keys</source>
      <translation>Der gewählten Aktion ihre üblichen Tasten geben</translation>
    </message>
    <message>
      <source>Keys:</source>
      <translation>Tasten:</translation>
    </message>
    <message>
      <source>Where: {place}</source>
      <translation>Wo: {place}</translation>
    </message>
    <message>
      <source>Keys: {keys}</source>
      <translation>Tasten: {keys}</translation>
    </message>
    <message>
      <source>none</source>
      <translation>keine</translation>
    </message>
    <message>
      <source>Two actions share keys; change one: {clashes}</source>
      <translation>Zwei Aktionen teilen sich Tasten; ändern Sie eine: {clashes}</translation>
    </message>
  </context>
  <context>
    <name>StartupProblem</name>
    <message>
      <source>MentorDesk could not read or write its data: {problem}.</source>
      <translation>MentorDesk konnte seine Daten nicht lesen oder schreiben: {problem}.</translation>
    </message>
    <message>
      <source>Restore the backup of {when} ({mentors}, {meetings})</source>
      <translation>Die Sicherung vom {when} wiederherstellen ({mentors}, {meetings})</translation>
    </message>
    <message numerus="yes">
      <source>%n mentor(s)</source>
      <translation>
        <numerusform>%n Mentor</numerusform>
        <numerusform>%n Mentoren</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n meeting(s)</source>
      <translation>
        <numerusform>%n Treffen</numerusform>
        <numerusform>%n Treffen</numerusform>
      </translation>
    </message>
    <message>
      <source>MentorDesk cannot use its database: it is damaged ({detail}).</source>
      <translation>MentorDesk kann seine Datenbank nicht verwenden: Sie ist beschädigt ({detail}).</translation>
    </message>
    <message>
      <source>You can go back to your newest good backup, from {when}: {mentors} and {meetings}. Or start with an empty database.</source>
      <translation>Sie können zu Ihrer neuesten guten Sicherung vom {when} zurückkehren: {mentors} und {meetings}. Oder mit einer leeren Datenbank beginnen.</translation>
    </message>
    <message>
      <source>There is no backup to go back to. You can start with an empty database.</source>
      <translation>Es gibt keine Sicherung, zu der Sie zurückkehren könnten. Sie können mit einer leeren Datenbank beginnen.</translation>
    </message>
    <message>
      <source>Either way the damaged file is kept, renamed to mentordesk.sqlite3.damaged-&lt;time&gt;, in {folder}. Quit leaves everything as it is.</source>
      <translation>In beiden Fällen bleibt die beschädigte Datei erhalten, umbenannt in mentordesk.sqlite3.damaged-&lt;time&gt;, in {folder}. Beenden lässt alles, wie es ist.</translation>
    </message>
    <message>
      <source>Start empty</source>
      <translation>Leer beginnen</translation>
    </message>
    <message>
      <source>Quit</source>
      <translation>Beenden</translation>
    </message>
    <message>
      <source>Restore this backup</source>
      <translation>Diese Sicherung wiederherstellen</translation>
    </message>
    <message>
      <source>Your data needs attention</source>
      <translation>Ihre Daten brauchen Aufmerksamkeit</translation>
    </message>
    <message>
      <source>This data was last used by a newer version of MentorDesk. Update MentorDesk to open it. Nothing was changed.

Data folder: {folder}</source>
      <translation>Diese Daten wurden zuletzt von einer neueren Version von MentorDesk verwendet. Aktualisieren Sie MentorDesk, um sie zu öffnen. Nichts wurde geändert.

Datenordner: {folder}</translation>
    </message>
    <message>
      <source>The disk is full. MentorDesk needs about {needed} MB of free space to open your data safely. Free some space, then start MentorDesk again. Nothing was changed.

Data folder: {folder}</source>
      <translation>Die Festplatte ist voll. MentorDesk braucht etwa {needed} MB freien Speicher, um Ihre Daten sicher zu öffnen. Schaffen Sie Platz und starten Sie MentorDesk dann erneut. Nichts wurde geändert.

Datenordner: {folder}</translation>
    </message>
    <message>
      <source>Another program is using MentorDesk's database (a database browser, or a sync or backup tool). Close it, then start MentorDesk again. Nothing was changed.

Database: {database}</source>
      <translation>Ein anderes Programm verwendet die Datenbank von MentorDesk (ein Datenbank-Browser oder ein Sync- oder Sicherungsprogramm). Schließen Sie es und starten Sie MentorDesk dann erneut. Nichts wurde geändert.

Datenbank: {database}</translation>
    </message>
    <message>
      <source>MentorDesk is not allowed to read or write its data. In File Explorer, right-click the data folder, choose Properties ▸ Security and give your account Full control, or start MentorDesk with another data folder (--data-dir).

Data folder: {folder}</source>
      <translation>MentorDesk darf seine Daten nicht lesen oder schreiben. Klicken Sie im Explorer mit der rechten Maustaste auf den Datenordner, wählen Sie Eigenschaften ▸ Sicherheit und geben Sie Ihrem Konto Vollzugriff, oder starten Sie MentorDesk mit einem anderen Datenordner (--data-dir).

Datenordner: {folder}</translation>
    </message>
    <message>
      <source>MentorDesk is not allowed to read or write its data. Check that the data folder and the files in it belong to you (a run with sudo can leave files you cannot write), or start MentorDesk with another data folder (--data-dir).

Data folder: {folder}</source>
      <translation>MentorDesk darf seine Daten nicht lesen oder schreiben. Prüfen Sie, ob der Datenordner und die Dateien darin Ihnen gehören (ein Aufruf mit sudo kann Dateien hinterlassen, die Sie nicht schreiben können), oder starten Sie MentorDesk mit einem anderen Datenordner (--data-dir).

Datenordner: {folder}</translation>
    </message>
    <message>
      <source>The disk reported an error while reading your data. Copy the data folder to a safe place, then check the disk.

Data folder: {folder}</source>
      <translation>Die Festplatte meldete beim Lesen Ihrer Daten einen Fehler. Kopieren Sie den Datenordner an einen sicheren Ort und prüfen Sie dann die Festplatte.

Datenordner: {folder}</translation>
    </message>
    <message>
      <source> (process {pid})</source>
      <translation> (Prozess {pid})</translation>
    </message>
    <message>
      <source>MentorDesk is already open with this data folder{holder}, but it does not answer. If a MentorDesk command is running (restore, import), wait until it ends; if a MentorDesk window is frozen, close it. Two copies writing the same notes could lose some of them.

Data folder: {folder}</source>
      <translation>MentorDesk ist mit diesem Datenordner bereits geöffnet{holder}, antwortet aber nicht. Läuft ein MentorDesk-Befehl (Wiederherstellen, Import), warten Sie, bis er endet; ist ein MentorDesk-Fenster eingefroren, schließen Sie es. Zwei Kopien, die dieselben Notizen schreiben, könnten einen Teil davon verlieren.

Datenordner: {folder}</translation>
    </message>
    <message>
      <source>The disk holding MentorDesk's data is mounted read-only, so MentorDesk cannot write there. Mount it read-write, or start MentorDesk with another data folder (--data-dir). Nothing was changed.

Data folder: {folder}</source>
      <translation>Die Festplatte mit den Daten von MentorDesk ist schreibgeschützt eingebunden, daher kann MentorDesk dort nicht schreiben. Binden Sie sie mit Schreibzugriff ein oder starten Sie MentorDesk mit einem anderen Datenordner (--data-dir). Nichts wurde geändert.

Datenordner: {folder}</translation>
    </message>
    <message>
      <source>the disk is full. Free some space, then start MentorDesk again.</source>
      <translation>die Festplatte ist voll. Schaffen Sie Platz und starten Sie MentorDesk dann erneut.</translation>
    </message>
    <message>
      <source>it is not allowed (the file or its folder may belong to another user). Make them yours again in the folder's Properties ▸ Security, or use another data folder.</source>
      <translation>es ist nicht erlaubt (die Datei oder ihr Ordner gehört vielleicht einem anderen Benutzer). Machen Sie sie in den Eigenschaften ▸ Sicherheit des Ordners wieder zu Ihren oder verwenden Sie einen anderen Datenordner.</translation>
    </message>
    <message>
      <source>it is not allowed (the file or its folder may belong to another user, for example after a run with sudo). Make them yours again, or use another data folder.</source>
      <translation>es ist nicht erlaubt (die Datei oder ihr Ordner gehört vielleicht einem anderen Benutzer, etwa nach einem Aufruf mit sudo). Machen Sie sie wieder zu Ihren oder verwenden Sie einen anderen Datenordner.</translation>
    </message>
    <message>
      <source>the disk reported an error ({reason}).</source>
      <translation>die Festplatte meldete einen Fehler ({reason}).</translation>
    </message>
    <message>
      <source>MentorDesk cannot write its lock file {path}: {cause}</source>
      <translation>MentorDesk kann seine Sperrdatei {path} nicht schreiben: {cause}</translation>
    </message>
  </context>
  <context>
    <name>SyncDialog</name>
    <message>
      <source>Sync</source>
      <translation>Synchronisieren</translation>
    </message>
    <message>
      <source>The other laptops</source>
      <translation>Die anderen Laptops</translation>
    </message>
    <message>
      <source>What sync decided by itself</source>
      <translation>Was die Synchronisation selbst entschied</translation>
    </message>
    <message>
      <source>Sync has decided nothing by itself yet. When the same thing is edited on two laptops before they sync, the newer edit is kept and the other is listed here, to restore with one click.</source>
      <translation>Die Synchronisation hat noch nichts selbst entschieden. Wird dasselbe auf zwei Laptops geändert, bevor sie sich abgleichen, bleibt die neuere Änderung, und die andere steht hier, mit einem Klick wiederherstellbar.</translation>
    </message>
    <message>
      <source>Sync &amp;Now</source>
      <translation>&amp;Jetzt synchronisieren</translation>
    </message>
    <message>
      <source>Sync now</source>
      <translation>Jetzt synchronisieren</translation>
    </message>
    <message>
      <source>Sync is off. Choose a sync folder and name this laptop in Edit ▸ Preferences ▸ Sync.</source>
      <translation>Die Synchronisation ist aus. Wählen Sie unter Bearbeiten ▸ Einstellungen ▸ Synchronisieren einen Ordner und einen Namen für diesen Laptop.</translation>
    </message>
    <message>
      <source>This laptop is “{name}”, syncing through {folder}.</source>
      <translation>Dieser Laptop heißt „{name}“ und synchronisiert über {folder}.</translation>
    </message>
    <message>
      <source>Last batch sent: number {number}, with changes up to {moment}.</source>
      <translation>Zuletzt gesendeter Stapel: Nummer {number}, mit Änderungen bis {moment}.</translation>
    </message>
    <message>
      <source>Nothing sent yet.</source>
      <translation>Noch nichts gesendet.</translation>
    </message>
    <message numerus="yes">
      <source>%n change(s) made here wait for the next round.</source>
      <translation>
        <numerusform>%n Änderung von hier wartet auf die nächste Runde.</numerusform>
        <numerusform>%n Änderungen von hier warten auf die nächste Runde.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n record(s) from other laptops wait for what they belong to; they are stored as soon as it arrives.</source>
      <translation>
        <numerusform>%n Eintrag von anderen Laptops wartet auf das, wozu er gehört; er wird gespeichert, sobald es ankommt.</numerusform>
        <numerusform>%n Einträge von anderen Laptops warten auf das, wozu sie gehören; sie werden gespeichert, sobald es ankommt.</numerusform>
      </translation>
    </message>
    <message>
      <source>Nothing is waiting.</source>
      <translation>Nichts wartet.</translation>
    </message>
  </context>
  <context>
    <name>SyncSettings</name>
    <message>
      <source>Sync this data with my other laptops through a folder</source>
      <translation>Diese Daten über einen Ordner mit meinen anderen Laptops abgleichen</translation>
    </message>
    <message>
      <source>Sync through a folder</source>
      <translation>Über einen Ordner synchronisieren</translation>
    </message>
    <message>
      <source>Sync folder</source>
      <translation>Synchronisationsordner</translation>
    </message>
    <message>
      <source>A folder Dropbox, OneDrive or Syncthing keeps</source>
      <translation>Ein Ordner, den Dropbox, OneDrive oder Syncthing abgleicht</translation>
    </message>
    <message>
      <source>Choose…</source>
      <translation>Auswählen …</translation>
    </message>
    <message>
      <source>Choose the sync folder</source>
      <translation>Synchronisationsordner wählen</translation>
    </message>
    <message>
      <source>This laptop's name</source>
      <translation>Name dieses Laptops</translation>
    </message>
    <message>
      <source>Such as Home laptop</source>
      <translation>Etwa Laptop zu Hause</translation>
    </message>
    <message>
      <source>Each laptop writes what changed on it into this folder, and reads what the others wrote, every two minutes and with File ▸ Sync Now. Choose the same folder on every laptop, and give each its own name.</source>
      <translation>Jeder Laptop schreibt, was sich bei ihm geändert hat, in diesen Ordner und liest, was die anderen schrieben – alle zwei Minuten und mit Datei ▸ Jetzt synchronisieren. Wählen Sie auf jedem Laptop denselben Ordner und geben Sie jedem einen eigenen Namen.</translation>
    </message>
    <message>
      <source>Sync &amp;folder</source>
      <translation>Synchronisations&amp;ordner</translation>
    </message>
    <message>
      <source>This &amp;laptop's name</source>
      <translation>&amp;Name dieses Laptops</translation>
    </message>
    <message>
      <source>The sync folder's passphrase</source>
      <translation>Die Passphrase des Synchronisationsordners</translation>
    </message>
    <message>
      <source>Only if it differs from this laptop's</source>
      <translation>Nur wenn sie von der dieses Laptops abweicht</translation>
    </message>
    <message>
      <source>Your data is encrypted, so what this laptop writes to the sync folder is encrypted too, with the passphrase the sync folder was set up with. If this laptop's passphrase is another, type that one here (once).</source>
      <translation>Ihre Daten sind verschlüsselt, daher wird auch verschlüsselt, was dieser Laptop in den Synchronisationsordner schreibt – mit der Passphrase, mit der der Synchronisationsordner eingerichtet wurde. Hat dieser Laptop eine andere Passphrase, geben Sie jene hier ein (einmal).</translation>
    </message>
    <message>
      <source>Sync &amp;passphrase</source>
      <translation>Synchronisations-&amp;Passphrase</translation>
    </message>
    <message>
      <source>Sync</source>
      <translation>Synchronisieren</translation>
    </message>
    <message>
      <source>Choose the folder your sync service keeps first.</source>
      <translation>Wählen Sie zuerst den Ordner, den Ihr Synchronisationsdienst abgleicht.</translation>
    </message>
    <message>
      <source>There is no folder at {folder}. Give the folder your sync service keeps (Dropbox, OneDrive, iCloud Drive, Syncthing, a USB stick), or create it first.</source>
      <translation>Unter {folder} gibt es keinen Ordner. Geben Sie den Ordner an, den Ihr Synchronisationsdienst abgleicht (Dropbox, OneDrive, iCloud Drive, Syncthing, ein USB-Stick), oder legen Sie ihn zuerst an.</translation>
    </message>
    <message>
      <source>Give this laptop a name, such as “Home laptop”.</source>
      <translation>Geben Sie diesem Laptop einen Namen, etwa „Laptop zu Hause“.</translation>
    </message>
  </context>
  <context>
    <name>TargetDate</name>
    <message>
      <source>By</source>
      <translation>Bis</translation>
    </message>
    <message>
      <source>Target date</source>
      <translation>Zieldatum</translation>
    </message>
  </context>
  <context>
    <name>TemplateOffer</name>
    <message>
      <source>Meeting template</source>
      <translation>Gesprächsvorlage</translation>
    </message>
    <message>
      <source>Questions</source>
      <translation>Fragen</translation>
    </message>
    <message>
      <source>Add a question from the template</source>
      <translation>Eine Frage aus der Vorlage hinzufügen</translation>
    </message>
    <message>
      <source>Add a question from the template's question bank</source>
      <translation>Eine Frage aus dem Fragenkatalog der Vorlage hinzufügen</translation>
    </message>
    <message>
      <source>Templates…</source>
      <translation>Vorlagen …</translation>
    </message>
    <message>
      <source>Edit meeting templates</source>
      <translation>Gesprächsvorlagen bearbeiten</translation>
    </message>
    <message>
      <source>No template</source>
      <translation>Keine Vorlage</translation>
    </message>
    <message>
      <source>{name} (suggested)</source>
      <translation>{name} (empfohlen)</translation>
    </message>
  </context>
  <context>
    <name>TemplatesDialog</name>
    <message>
      <source>Meeting Templates</source>
      <translation>Gesprächsvorlagen</translation>
    </message>
    <message>
      <source>Meeting templates</source>
      <translation>Gesprächsvorlagen</translation>
    </message>
    <message>
      <source>Template name</source>
      <translation>Name der Vorlage</translation>
    </message>
    <message>
      <source>What it is for</source>
      <translation>Wofür sie gedacht ist</translation>
    </message>
    <message>
      <source>Description</source>
      <translation>Beschreibung</translation>
    </message>
    <message>
      <source>Sections, one a line: minutes, title</source>
      <translation>Abschnitte, einer pro Zeile: Minuten, Titel</translation>
    </message>
    <message>
      <source>10 Catch up and wins
20 The main question</source>
      <translation>10 Neuigkeiten und Erfolge
20 Die Hauptfrage</translation>
    </message>
    <message>
      <source>Question bank, one a line</source>
      <translation>Fragenkatalog, eine Frage pro Zeile</translation>
    </message>
    <message>
      <source>&amp;Name</source>
      <translation>&amp;Name</translation>
    </message>
    <message>
      <source>&amp;For</source>
      <translation>&amp;Zweck</translation>
    </message>
    <message>
      <source>&amp;Description</source>
      <translation>&amp;Beschreibung</translation>
    </message>
    <message>
      <source>&amp;Sections</source>
      <translation>&amp;Abschnitte</translation>
    </message>
    <message>
      <source>&amp;Questions</source>
      <translation>&amp;Fragen</translation>
    </message>
    <message>
      <source>Save</source>
      <translation>Speichern</translation>
    </message>
    <message>
      <source>Duplicate</source>
      <translation>Duplizieren</translation>
    </message>
    <message>
      <source>Delete…</source>
      <translation>Löschen …</translation>
    </message>
    <message>
      <source>Import…</source>
      <translation>Importieren …</translation>
    </message>
    <message>
      <source>Export…</source>
      <translation>Exportieren …</translation>
    </message>
    <message>
      <source> (edited)</source>
      <translation> (geändert)</translation>
    </message>
    <message>
      <source>Restore Original…</source>
      <translation>Original wiederherstellen …</translation>
    </message>
    <message>
      <source>Write each section as minutes then a title (line {lines}).</source>
      <translation>Schreiben Sie jeden Abschnitt als Minuten, dann einen Titel (Zeile {lines}).</translation>
    </message>
    <message>
      <source>Import a meeting template</source>
      <translation>Eine Gesprächsvorlage importieren</translation>
    </message>
    <message>
      <source>Meeting templates (*.json)</source>
      <translation>Gesprächsvorlagen (*.json)</translation>
    </message>
    <message>
      <source>Import the template “{name}”</source>
      <translation>Die Vorlage „{name}“ importieren</translation>
    </message>
    <message>
      <source>Export the meeting template</source>
      <translation>Die Gesprächsvorlage exportieren</translation>
    </message>
    <message>
      <source>Could not write {file}: {reason}.</source>
      <translation>{file} konnte nicht geschrieben werden: {reason}.</translation>
    </message>
    <message>
      <source>Exported to {file}.</source>
      <translation>Exportiert nach {file}.</translation>
    </message>
  </context>
  <context>
    <name>TimelineModel</name>
    <message>
      <source>When</source>
      <translation>Wann</translation>
    </message>
    <message>
      <source>What happened</source>
      <translation>Was geschah</translation>
    </message>
    <message>
      <source>Added to MentorDesk</source>
      <translation>Zu MentorDesk hinzugefügt</translation>
    </message>
    <message>
      <source>Status: {before} → {after}</source>
      <translation>Status: {before} → {after}</translation>
    </message>
    <message numerus="yes">
      <source>Met for %n min</source>
      <translation>
        <numerusform>%n Min. getroffen</numerusform>
        <numerusform>%n Min. getroffen</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>Meeting planned, %n min</source>
      <translation>
        <numerusform>Treffen geplant, %n Min.</numerusform>
        <numerusform>Treffen geplant, %n Min.</numerusform>
      </translation>
    </message>
    <message>
      <source>Meeting cancelled</source>
      <translation>Treffen abgesagt</translation>
    </message>
    <message>
      <source>Agreement version {number} agreed</source>
      <translation>Version {number} der Vereinbarung vereinbart</translation>
    </message>
    <message>
      <source>Mentorship closed, with a closure review</source>
      <translation>Mentoring abgeschlossen, mit Abschlussrückblick</translation>
    </message>
    <message>
      <source>Action item: {text}</source>
      <translation>Aufgabe: {text}</translation>
    </message>
    <message>
      <source>Done: {text}</source>
      <translation>Erledigt: {text}</translation>
    </message>
    <message>
      <source>Dropped: {text}</source>
      <translation>Verworfen: {text}</translation>
    </message>
    <message>
      <source>Reported back: {text}</source>
      <translation>Berichtet: {text}</translation>
    </message>
    <message>
      <source>Learned: {text}</source>
      <translation>Gelernt: {text}</translation>
    </message>
  </context>
  <context>
    <name>TopicDialog</name>
    <message>
      <source>Mentor</source>
      <translation>Mentor</translation>
    </message>
    <message>
      <source>Topic</source>
      <translation>Thema</translation>
    </message>
    <message>
      <source>Drop a topic</source>
      <translation>Thema notieren</translation>
    </message>
    <message>
      <source>Choose a mentor…</source>
      <translation>Mentor wählen …</translation>
    </message>
    <message>
      <source>e.g. Ask how she prepared her first board talk</source>
      <translation>z. B. Fragen, wie sie ihren ersten Vortrag vor dem Vorstand vorbereitet hat</translation>
    </message>
    <message>
      <source>Private: never in anything copied or sent</source>
      <translation>Privat: erscheint nie in Kopiertem oder Versendetem</translation>
    </message>
    <message>
      <source>Private topic</source>
      <translation>Privates Thema</translation>
    </message>
    <message>
      <source>&amp;Mentor</source>
      <translation>&amp;Mentor</translation>
    </message>
    <message>
      <source>&amp;Topic</source>
      <translation>&amp;Thema</translation>
    </message>
    <message>
      <source>Save</source>
      <translation>Speichern</translation>
    </message>
    <message>
      <source>Choose the mentor this topic is for.</source>
      <translation>Wählen Sie den Mentor, für den dieses Thema ist.</translation>
    </message>
  </context>
  <context>
    <name>TopicOffer</name>
    <message>
      <source>Topics from your agreement</source>
      <translation>Themen aus Ihrer Vereinbarung</translation>
    </message>
    <message>
      <source>Agreement topics to add to the agenda</source>
      <translation>Themen der Vereinbarung für die Agenda</translation>
    </message>
  </context>
  <context>
    <name>TopicTableModel</name>
    <message>
      <source>Topic</source>
      <translation>Thema</translation>
    </message>
    <message>
      <source>Where</source>
      <translation>Wo</translation>
    </message>
    <message>
      <source>Private</source>
      <translation>Privat</translation>
    </message>
  </context>
  <context>
    <name>TouchDialog</name>
    <message>
      <source>Touch with {name}</source>
      <translation>Kontakt mit {name}</translation>
    </message>
    <message>
      <source>Log a touch with {name}</source>
      <translation>Kontakt mit {name} eintragen</translation>
    </message>
    <message>
      <source>How</source>
      <translation>Wie</translation>
    </message>
    <message>
      <source>Day</source>
      <translation>Tag</translation>
    </message>
    <message>
      <source>What it was about</source>
      <translation>Worum es ging</translation>
    </message>
    <message>
      <source>One line, e.g. Sent her the draft deck</source>
      <translation>Eine Zeile, z. B. Ihr den Folienentwurf geschickt</translation>
    </message>
    <message>
      <source>&amp;How</source>
      <translation>&amp;Wie</translation>
    </message>
    <message>
      <source>&amp;Day</source>
      <translation>&amp;Tag</translation>
    </message>
    <message>
      <source>&amp;About</source>
      <translation>&amp;Inhalt</translation>
    </message>
    <message>
      <source>Save</source>
      <translation>Speichern</translation>
    </message>
    <message>
      <source>Log</source>
      <translation>Eintragen</translation>
    </message>
  </context>
  <context>
    <name>TouchTableModel</name>
    <message>
      <source>Day</source>
      <translation>Tag</translation>
    </message>
    <message>
      <source>How</source>
      <translation>Wie</translation>
    </message>
    <message>
      <source>About</source>
      <translation>Inhalt</translation>
    </message>
  </context>
  <context>
    <name>TypingRecovery</name>
    <message numerus="yes">
      <source>MentorDesk closed before the last notes you typed were saved. They are back: the notes of %n meeting(s) were recovered ({names}).</source>
      <translation>
        <numerusform>MentorDesk wurde geschlossen, bevor Ihre zuletzt getippten Notizen gespeichert waren. Sie sind wieder da: Die Notizen von %n Treffen wurden wiederhergestellt ({names}).</numerusform>
        <numerusform>MentorDesk wurde geschlossen, bevor Ihre zuletzt getippten Notizen gespeichert waren. Sie sind wieder da: Die Notizen von %n Treffen wurden wiederhergestellt ({names}).</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>Notes typed before MentorDesk closed were kept as an earlier version of %n meeting(s) whose notes changed since ({names}): see History in the meeting.</source>
      <translation>
        <numerusform>Notizen, die vor dem Schließen von MentorDesk getippt wurden, sind als frühere Version von %n Treffen aufbewahrt, dessen Notizen sich seitdem geändert haben ({names}): siehe Verlauf im Treffen.</numerusform>
        <numerusform>Notizen, die vor dem Schließen von MentorDesk getippt wurden, sind als frühere Version von %n Treffen aufbewahrt, deren Notizen sich seitdem geändert haben ({names}): siehe Verlauf in den Treffen.</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>UnlockDialog</name>
    <message>
      <source>Type your passphrase (or your recovery key).</source>
      <translation>Geben Sie Ihre Passphrase (oder Ihren Wiederherstellungsschlüssel) ein.</translation>
    </message>
    <message>
      <source>Wrong passphrase. Your data is fine: type it again (it is case-sensitive), or use your recovery key.</source>
      <translation>Falsche Passphrase. Ihre Daten sind in Ordnung: Geben Sie sie noch einmal ein (Groß- und Kleinschreibung zählt) oder verwenden Sie Ihren Wiederherstellungsschlüssel.</translation>
    </message>
    <message>
      <source>Unlock your data</source>
      <translation>Daten entsperren</translation>
    </message>
    <message>
      <source>Your MentorDesk data in {folder} is encrypted. Type your passphrase, or your recovery key if you have forgotten it.</source>
      <translation>Ihre MentorDesk-Daten in {folder} sind verschlüsselt. Geben Sie Ihre Passphrase ein oder, falls Sie sie vergessen haben, Ihren Wiederherstellungsschlüssel.</translation>
    </message>
    <message>
      <source>Passphrase or recovery key</source>
      <translation>Passphrase oder Wiederherstellungsschlüssel</translation>
    </message>
    <message>
      <source>Why it did not open</source>
      <translation>Warum sie sich nicht öffnen ließen</translation>
    </message>
    <message>
      <source>&amp;Remember on this computer</source>
      <translation>Auf diesem Computer &amp;merken</translation>
    </message>
    <message>
      <source>Remember on this computer</source>
      <translation>Auf diesem Computer merken</translation>
    </message>
    <message>
      <source>This computer has no keyring service, so MentorDesk cannot remember the passphrase: you type it at each start.</source>
      <translation>Dieser Computer hat keinen Schlüsselbund-Dienst, daher kann sich MentorDesk die Passphrase nicht merken: Sie geben sie bei jedem Start ein.</translation>
    </message>
    <message>
      <source>Unlock</source>
      <translation>Entsperren</translation>
    </message>
    <message>
      <source>Quit</source>
      <translation>Beenden</translation>
    </message>
  </context>
  <context>
    <name>VersionsModel</name>
    <message>
      <source>Time</source>
      <translation>Zeit</translation>
    </message>
    <message>
      <source>Why it was kept</source>
      <translation>Warum sie aufbewahrt wurde</translation>
    </message>
    <message>
      <source>Size</source>
      <translation>Größe</translation>
    </message>
    <message>
      <source>Starts with</source>
      <translation>Beginnt mit</translation>
    </message>
    <message numerus="yes">
      <source>%n character(s)</source>
      <translation>
        <numerusform>%n Zeichen</numerusform>
        <numerusform>%n Zeichen</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>accessibility</name>
    <message>
      <source>Choices for {field}</source>
      <translation>Auswahl für {field}</translation>
    </message>
    <message>
      <source>Choices</source>
      <translation>Auswahl</translation>
    </message>
    <message>
      <source>Clear {field}</source>
      <translation>{field} leeren</translation>
    </message>
    <message>
      <source>Clear</source>
      <translation>Leeren</translation>
    </message>
    <message>
      <source>More of {bar}</source>
      <translation>Mehr von {bar}</translation>
    </message>
  </context>
  <context>
    <name>action_items</name>
    <message>
      <source>Capture “{text}”</source>
      <translation>„{text}“ erfassen</translation>
    </message>
    <message>
      <source>Add action item: {text}</source>
      <translation>Aufgabe hinzufügen: {text}</translation>
    </message>
    <message>
      <source>Set due date: {text}</source>
      <translation>Fälligkeitsdatum setzen: {text}</translation>
    </message>
    <message>
      <source>Edit action item: {text}</source>
      <translation>Aufgabe bearbeiten: {text}</translation>
    </message>
    <message>
      <source>No report back: {text}</source>
      <translation>Nicht berichten: {text}</translation>
    </message>
    <message>
      <source>Report back: {text}</source>
      <translation>Berichten: {text}</translation>
    </message>
    <message>
      <source>Mark private: {text}</source>
      <translation>Als privat markieren: {text}</translation>
    </message>
    <message>
      <source>Mark not private: {text}</source>
      <translation>Nicht mehr privat: {text}</translation>
    </message>
    <message>
      <source>Mark done: {text}</source>
      <translation>Als erledigt markieren: {text}</translation>
    </message>
    <message>
      <source>Marked done: {text}.</source>
      <translation>Als erledigt markiert: {text}.</translation>
    </message>
    <message>
      <source>Reopen: {text}</source>
      <translation>Wieder öffnen: {text}</translation>
    </message>
    <message>
      <source>Drop: {text}</source>
      <translation>Verwerfen: {text}</translation>
    </message>
    <message>
      <source>Reported back: {text}</source>
      <translation>Berichtet: {text}</translation>
    </message>
    <message>
      <source>Remove “{text}”</source>
      <translation>„{text}“ entfernen</translation>
    </message>
  </context>
  <context>
    <name>actions</name>
    <message>
      <source>&amp;Undo</source>
      <translation>&amp;Rückgängig</translation>
    </message>
    <message>
      <source>&amp;Redo</source>
      <translation>&amp;Wiederholen</translation>
    </message>
    <message>
      <source>&amp;Undo {what}</source>
      <translation>&amp;Rückgängig: {what}</translation>
    </message>
    <message>
      <source>&amp;Redo {what}</source>
      <translation>&amp;Wiederholen: {what}</translation>
    </message>
  </context>
  <context>
    <name>agenda_preview</name>
    <message>
      <source>The agenda is on the clipboard, ready to send.</source>
      <translation>Die Agenda ist in der Zwischenablage, bereit zum Versenden.</translation>
    </message>
  </context>
  <context>
    <name>agreement_export</name>
    <message>
      <source>Mentee</source>
      <translation>Mentee</translation>
    </message>
    <message>
      <source>Version {number} · {status} · agreed on {day}</source>
      <translation>Version {number} · {status} · vereinbart am {day}</translation>
    </message>
    <message>
      <source>Version {number} · {status} · prepared on {day}</source>
      <translation>Version {number} · {status} · erstellt am {day}</translation>
    </message>
    <message numerus="yes">
      <source>%n minute(s)</source>
      <translation>
        <numerusform>%n Minute</numerusform>
        <numerusform>%n Minuten</numerusform>
      </translation>
    </message>
    <message>
      <source>We meet</source>
      <translation>Wir treffen uns</translation>
    </message>
    <message>
      <source>As agreed</source>
      <translation>Wie vereinbart</translation>
    </message>
    <message>
      <source>Link</source>
      <translation>Link</translation>
    </message>
    <message>
      <source>Starts</source>
      <translation>Beginnt</translation>
    </message>
    <message>
      <source>We review it on</source>
      <translation>Wir überprüfen sie am</translation>
    </message>
    <message>
      <source>Ends</source>
      <translation>Endet</translation>
    </message>
    <message>
      <source>Goals of the mentorship</source>
      <translation>Ziele des Mentorings</translation>
    </message>
    <message>
      <source>Topics</source>
      <translation>Themen</translation>
    </message>
    <message>
      <source>{name} commits to</source>
      <translation>{name} verpflichtet sich</translation>
    </message>
    <message>
      <source>Confidentiality</source>
      <translation>Vertraulichkeit</translation>
    </message>
    <message>
      <source>Boundaries</source>
      <translation>Grenzen</translation>
    </message>
    <message>
      <source>Mentoring agreement</source>
      <translation>Mentoring-Vereinbarung</translation>
    </message>
    <message>
      <source>between {mentee} (mentee) and {mentor} (mentor)</source>
      <translation>zwischen {mentee} (Mentee) und {mentor} (Mentor)</translation>
    </message>
    <message>
      <source>Mentor</source>
      <translation>Mentor</translation>
    </message>
    <message>
      <source>We agree to the above.</source>
      <translation>Wir stimmen dem Obigen zu.</translation>
    </message>
    <message>
      <source>Signed</source>
      <translation>Unterschrift</translation>
    </message>
    <message>
      <source>Date</source>
      <translation>Datum</translation>
    </message>
  </context>
  <context>
    <name>agreements</name>
    <message>
      <source>Save agreement with {name} as version {n}</source>
      <translation>Vereinbarung mit {name} als Version {n} speichern</translation>
    </message>
    <message>
      <source>Edit the agreement with {name}</source>
      <translation>Die Vereinbarung mit {name} bearbeiten</translation>
    </message>
    <message>
      <source>Saved version {n} of the agreement with {name}.</source>
      <translation>Version {n} der Vereinbarung mit {name} gespeichert.</translation>
    </message>
    <message numerus="yes">
      <source>It has %n version(s). Edit ▸ Undo brings it back.</source>
      <translation>
        <numerusform>Sie hat %n Version. Bearbeiten ▸ Rückgängig holt sie zurück.</numerusform>
        <numerusform>Sie hat %n Versionen. Bearbeiten ▸ Rückgängig holt sie zurück.</numerusform>
      </translation>
    </message>
    <message>
      <source>Delete agreement</source>
      <translation>Vereinbarung löschen</translation>
    </message>
    <message>
      <source>Delete the agreement with {name} and all its versions?</source>
      <translation>Die Vereinbarung mit {name} und alle ihre Versionen löschen?</translation>
    </message>
    <message>
      <source>Delete</source>
      <translation>Löschen</translation>
    </message>
    <message>
      <source>Delete the agreement with {name}</source>
      <translation>Die Vereinbarung mit {name} löschen</translation>
    </message>
    <message>
      <source>Set meeting rhythm</source>
      <translation>Rhythmus der Treffen festlegen</translation>
    </message>
  </context>
  <context>
    <name>app</name>
    <message>
      <source>Something went wrong: {error}. Your saved data is safe. Details are in the log file (Help ▸ About shows the data folder).</source>
      <translation>Etwas ist schiefgegangen: {error}. Ihre gespeicherten Daten sind sicher. Details stehen in der Protokolldatei (Hilfe ▸ Über zeigt den Datenordner).</translation>
    </message>
  </context>
  <context>
    <name>areas</name>
    <message>
      <source>Dashboard</source>
      <translation>Übersicht</translation>
    </message>
    <message>
      <source>Mentors</source>
      <translation>Mentoren</translation>
    </message>
    <message>
      <source>Meetings</source>
      <translation>Treffen</translation>
    </message>
    <message>
      <source>Action items</source>
      <translation>Aufgaben</translation>
    </message>
    <message>
      <source>Goals</source>
      <translation>Ziele</translation>
    </message>
    <message>
      <source>Give-back</source>
      <translation>Zurückgeben</translation>
    </message>
    <message>
      <source>Prospects</source>
      <translation>Kandidaten</translation>
    </message>
    <message>
      <source>Search</source>
      <translation>Suche</translation>
    </message>
    <message>
      <source>Who is due for a meeting, what you promised, and what is overdue.</source>
      <translation>Wer für ein Treffen fällig ist, was Sie versprochen haben und was überfällig ist.</translation>
    </message>
    <message>
      <source>Your career goals, and which mentors help with each.</source>
      <translation>Ihre beruflichen Ziele und welche Mentoren bei jedem helfen.</translation>
    </message>
    <message>
      <source>Ideas for giving back to each mentor, planned and done.</source>
      <translation>Ideen, jedem Mentor etwas zurückzugeben, geplant und erledigt.</translation>
    </message>
    <message>
      <source>People you might ask to mentor you, and your outreach.</source>
      <translation>Menschen, die Sie um Mentoring bitten könnten, und Ihre Kontaktaufnahme.</translation>
    </message>
  </context>
  <context>
    <name>ask</name>
    <message>
      <source>Follow up if no answer by</source>
      <translation>Nachfassen, wenn keine Antwort bis</translation>
    </message>
    <message>
      <source>Asked by email (drafted in MentorDesk)</source>
      <translation>Per E-Mail gefragt (in MentorDesk entworfen)</translation>
    </message>
    <message>
      <source>Asked (message drafted in MentorDesk)</source>
      <translation>Gefragt (Nachricht in MentorDesk entworfen)</translation>
    </message>
    <message>
      <source>Ask {name}</source>
      <translation>{name} fragen</translation>
    </message>
    <message>
      <source>once a day</source>
      <translation>einmal am Tag</translation>
    </message>
    <message>
      <source>once a week</source>
      <translation>einmal pro Woche</translation>
    </message>
    <message>
      <source>once a month</source>
      <translation>einmal im Monat</translation>
    </message>
    <message numerus="yes">
      <source>every %n day(s)</source>
      <translation>
        <numerusform>jeden %n. Tag</numerusform>
        <numerusform>alle %n Tage</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>every %n month(s)</source>
      <translation>
        <numerusform>jeden %n. Monat</numerusform>
        <numerusform>alle %n Monate</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>every %n week(s)</source>
      <translation>
        <numerusform>jede %n. Woche</numerusform>
        <numerusform>alle %n Wochen</numerusform>
      </translation>
    </message>
    <message>
      <source>Following up: would you be open to mentoring me?</source>
      <translation>Nachfrage: Wären Sie bereit, mich in einem Mentoring zu begleiten?</translation>
    </message>
    <message>
      <source>Would you be open to mentoring me?</source>
      <translation>Wären Sie bereit, mich in einem Mentoring zu begleiten?</translation>
    </message>
    <message>
      <source>Hi {name},</source>
      <translation>Hallo {name},</translation>
    </message>
    <message>
      <source>I am following up on my earlier message, in case it got buried.</source>
      <translation>Ich melde mich noch einmal zu meiner früheren Nachricht, falls sie untergegangen ist.</translation>
    </message>
    <message>
      <source>I am reaching out to you in particular because of your experience: {why}</source>
      <translation>Ich wende mich gezielt wegen Ihrer Erfahrung an Sie: {why}</translation>
    </message>
    <message>
      <source>I am reaching out to you because of your work ({where}).</source>
      <translation>Ich wende mich wegen Ihrer Arbeit an Sie ({where}).</translation>
    </message>
    <message>
      <source>Right now I am working on: {goals}. Your experience is close to that.</source>
      <translation>Zurzeit arbeite ich an Folgendem: {goals}. Ihre Erfahrung passt gut dazu.</translation>
    </message>
    <message>
      <source>Would you be open to mentoring me? I would suggest we meet {rhythm} for {minutes} minutes; I will send an agenda ahead each time and keep to the time.</source>
      <translation>Wären Sie bereit, mich in einem Mentoring zu begleiten? Ich würde vorschlagen, dass wir uns {rhythm} für {minutes} Minuten treffen; ich schicke jedes Mal vorab eine Agenda und halte die Zeit ein.</translation>
    </message>
    <message>
      <source>Would you be open to a first {minutes}-minute conversation about mentoring me? I will send an agenda ahead and keep to the time.</source>
      <translation>Wären Sie zu einem ersten Gespräch von {minutes} Minuten über ein Mentoring bereit? Ich schicke vorab eine Agenda und halte die Zeit ein.</translation>
    </message>
    <message>
      <source>A simple yes or no is all I need. If now is not a good time, I completely understand.</source>
      <translation>Ein einfaches Ja oder Nein genügt mir. Wenn es gerade nicht passt, habe ich vollstes Verständnis.</translation>
    </message>
    <message>
      <source>Thank you for considering it,</source>
      <translation>Vielen Dank fürs Überlegen und viele Grüße</translation>
    </message>
    <message>
      <source>(your name)</source>
      <translation>(Ihr Name)</translation>
    </message>
  </context>
  <context>
    <name>attachments</name>
    <message>
      <source>Attach a file</source>
      <translation>Datei anhängen</translation>
    </message>
    <message>
      <source>“{name}” is larger than {limit} MB, the largest file MentorDesk attaches. Attach a link to it instead, or raise the limit in Preferences.</source>
      <translation>„{name}“ ist größer als {limit} MB, die größte Datei, die MentorDesk anhängt. Hängen Sie stattdessen einen Link an oder erhöhen Sie die Grenze in den Einstellungen.</translation>
    </message>
    <message>
      <source>“{name}” is a folder. Attach the files in it, or a compressed copy of it.</source>
      <translation>„{name}“ ist ein Ordner. Hängen Sie die Dateien darin an oder eine komprimierte Kopie davon.</translation>
    </message>
    <message>
      <source>“{name}” is not a file MentorDesk can copy.</source>
      <translation>„{name}“ ist keine Datei, die MentorDesk kopieren kann.</translation>
    </message>
    <message>
      <source>“{name}” is not there any more. Was it moved or renamed?</source>
      <translation>„{name}“ ist nicht mehr da. Wurde die Datei verschoben oder umbenannt?</translation>
    </message>
    <message>
      <source>You do not have permission to read “{name}”. Nothing was attached.</source>
      <translation>Sie dürfen „{name}“ nicht lesen. Es wurde nichts angehängt.</translation>
    </message>
    <message>
      <source>“{name}” was moved, changed or disconnected while it was being copied. Nothing was attached; try again.</source>
      <translation>„{name}“ wurde während des Kopierens verschoben, geändert oder getrennt. Es wurde nichts angehängt; versuchen Sie es erneut.</translation>
    </message>
    <message>
      <source>The disk is full: “{name}” could not be copied into the data folder. Free some space and try again; nothing was attached.</source>
      <translation>Der Datenträger ist voll: „{name}“ konnte nicht in den Datenordner kopiert werden. Schaffen Sie Platz und versuchen Sie es erneut; es wurde nichts angehängt.</translation>
    </message>
    <message>
      <source>The data folder cannot be written, so “{name}” could not be copied.</source>
      <translation>Der Datenordner ist nicht beschreibbar, daher konnte „{name}“ nicht kopiert werden.</translation>
    </message>
    <message>
      <source>The disk could not be read or written while copying “{name}”. Nothing was attached.</source>
      <translation>Beim Kopieren von „{name}“ konnte der Datenträger nicht gelesen oder beschrieben werden. Es wurde nichts angehängt.</translation>
    </message>
    <message>
      <source>The copy of “{name}” does not match the file that was saved.</source>
      <translation>Die Kopie von „{name}“ stimmt nicht mit der gespeicherten Datei überein.</translation>
    </message>
    <message>
      <source>Attach “{name}”</source>
      <translation>„{name}“ anhängen</translation>
    </message>
    <message>
      <source>Add link “{title}”</source>
      <translation>Link „{title}“ hinzufügen</translation>
    </message>
    <message>
      <source>Rename “{old}” to “{new}”</source>
      <translation>„{old}“ in „{new}“ umbenennen</translation>
    </message>
    <message>
      <source>Remove attachment “{title}”</source>
      <translation>Anhang „{title}“ entfernen</translation>
    </message>
  </context>
  <context>
    <name>between</name>
    <message>
      <source>Add topic “{topic}”</source>
      <translation>Thema „{topic}“ hinzufügen</translation>
    </message>
    <message>
      <source>Edit topic “{topic}”</source>
      <translation>Thema „{topic}“ bearbeiten</translation>
    </message>
    <message>
      <source>Mark topic “{topic}” discussed</source>
      <translation>Thema „{topic}“ als besprochen markieren</translation>
    </message>
    <message>
      <source>Drop topic “{topic}”</source>
      <translation>Thema „{topic}“ verwerfen</translation>
    </message>
    <message>
      <source>Put topic “{topic}” back</source>
      <translation>Thema „{topic}“ zurück in den Eingang legen</translation>
    </message>
    <message>
      <source>Delete topic “{topic}”</source>
      <translation>Thema „{topic}“ löschen</translation>
    </message>
    <message>
      <source>Log {kind} with {name}</source>
      <translation>{kind} mit {name} eintragen</translation>
    </message>
    <message>
      <source>Edit {kind} with {name}</source>
      <translation>{kind} mit {name} bearbeiten</translation>
    </message>
    <message>
      <source>Delete {kind} with {name}</source>
      <translation>{kind} mit {name} löschen</translation>
    </message>
    <message>
      <source>Topic for {name} added from the command line.</source>
      <translation>Thema für {name} über die Befehlszeile hinzugefügt.</translation>
    </message>
    <message>
      <source>On the plan for {day}</source>
      <translation>Auf der Agenda vom {day}</translation>
    </message>
    <message>
      <source>Discussed {day}</source>
      <translation>Besprochen am {day}</translation>
    </message>
    <message>
      <source>&amp;Drop a Topic…</source>
      <translation>&amp;Thema notieren …</translation>
    </message>
  </context>
  <context>
    <name>cadence</name>
    <message>
      <source>days</source>
      <translation>Tage</translation>
    </message>
    <message>
      <source>weeks</source>
      <translation>Wochen</translation>
    </message>
    <message>
      <source>months</source>
      <translation>Monate</translation>
    </message>
    <message>
      <source>every month</source>
      <translation>jeden Monat</translation>
    </message>
    <message numerus="yes">
      <source>every %n month(s)</source>
      <translation>
        <numerusform>jeden %n. Monat</numerusform>
        <numerusform>alle %n Monate</numerusform>
      </translation>
    </message>
    <message>
      <source>every week</source>
      <translation>jede Woche</translation>
    </message>
    <message numerus="yes">
      <source>every %n week(s)</source>
      <translation>
        <numerusform>jede %n. Woche</numerusform>
        <numerusform>alle %n Wochen</numerusform>
      </translation>
    </message>
    <message>
      <source>every day</source>
      <translation>jeden Tag</translation>
    </message>
    <message numerus="yes">
      <source>every %n day(s)</source>
      <translation>
        <numerusform>jeden %n. Tag</numerusform>
        <numerusform>alle %n Tage</numerusform>
      </translation>
    </message>
    <message>
      <source>{amount} months</source>
      <translation>{amount} Monate</translation>
    </message>
    <message>
      <source>1 week</source>
      <translation>1 Woche</translation>
    </message>
    <message>
      <source>{amount} weeks</source>
      <translation>{amount} Wochen</translation>
    </message>
    <message>
      <source>1 day</source>
      <translation>1 Tag</translation>
    </message>
    <message>
      <source>{amount} days</source>
      <translation>{amount} Tage</translation>
    </message>
    <message numerus="yes">
      <source>%n day(s)</source>
      <translation>
        <numerusform>%n Tag</numerusform>
        <numerusform>%n Tage</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>Agreed {interval}; the last %n gap(s) averaged {mean} (longest {longest}).</source>
      <translation>
        <numerusform>Vereinbart {interval}; der letzte Abstand betrug {mean} (längster {longest}).</numerusform>
        <numerusform>Vereinbart {interval}; die letzten %n Abstände betrugen im Schnitt {mean} (längster {longest}).</numerusform>
      </translation>
    </message>
    <message>
      <source>{days} overdue</source>
      <translation>{days} überfällig</translation>
    </message>
    <message>
      <source>due today</source>
      <translation>heute fällig</translation>
    </message>
    <message>
      <source>due in {days}</source>
      <translation>fällig in {days}</translation>
    </message>
    <message>
      <source>next meeting {when}</source>
      <translation>nächstes Treffen {when}</translation>
    </message>
    <message>
      <source>no meeting yet</source>
      <translation>noch kein Treffen</translation>
    </message>
    <message>
      <source>on track, next due {day}</source>
      <translation>im Plan, nächstes fällig am {day}</translation>
    </message>
    <message>
      <source>no rhythm agreed</source>
      <translation>kein Rhythmus vereinbart</translation>
    </message>
    <message>
      <source>not met yet</source>
      <translation>noch nicht getroffen</translation>
    </message>
    <message numerus="yes">
      <source>last met %n week(s) ago</source>
      <translation>
        <numerusform>zuletzt vor %n Woche getroffen</numerusform>
        <numerusform>zuletzt vor %n Wochen getroffen</numerusform>
      </translation>
    </message>
    <message>
      <source>last met {day}</source>
      <translation>zuletzt getroffen am {day}</translation>
    </message>
    <message>
      <source>last touch {day}, counted as a meeting (as agreed)</source>
      <translation>letzter Kontakt am {day}, als Treffen gezählt (wie vereinbart)</translation>
    </message>
    <message>
      <source>last touch {day}, not counted: only meetings count (as agreed)</source>
      <translation>letzter Kontakt am {day}, nicht gezählt: Nur Treffen zählen (wie vereinbart)</translation>
    </message>
    <message>
      <source>last touch {day} reset “overdue”; the rhythm counts meetings only</source>
      <translation>letzter Kontakt am {day} hat „überfällig“ zurückgesetzt; der Rhythmus zählt nur Treffen</translation>
    </message>
    <message>
      <source>last touch {day}, before the last meeting</source>
      <translation>letzter Kontakt am {day}, vor dem letzten Treffen</translation>
    </message>
  </context>
  <context>
    <name>calendar_feed</name>
    <message>
      <source>The calendar file in {folder} could not be written: {reason}.</source>
      <translation>Die Kalenderdatei in {folder} konnte nicht geschrieben werden: {reason}.</translation>
    </message>
  </context>
  <context>
    <name>calendar_file</name>
    <message>
      <source>Export calendar</source>
      <translation>Kalender exportieren</translation>
    </message>
    <message>
      <source>Calendar files (*.ics)</source>
      <translation>Kalenderdateien (*.ics)</translation>
    </message>
    <message>
      <source>Could not write {file}: {reason}.</source>
      <translation>{file} konnte nicht geschrieben werden: {reason}.</translation>
    </message>
    <message numerus="yes">
      <source>Exported %n meeting(s) to {file}.</source>
      <translation>
        <numerusform>%n Treffen nach {file} exportiert.</numerusform>
        <numerusform>%n Treffen nach {file} exportiert.</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>closure</name>
    <message>
      <source>End the mentorship with {name}</source>
      <translation>Das Mentoring mit {name} beenden</translation>
    </message>
    <message>
      <source>Ended the mentorship with {name}.</source>
      <translation>Das Mentoring mit {name} beendet.</translation>
    </message>
    <message>
      <source>Dear {name},</source>
      <translation>Liebe(r) {name},</translation>
    </message>
    <message numerus="yes">
      <source>As our mentorship comes to a close, I want to thank you for the %n conversation(s) we have had since {when}.</source>
      <translation>
        <numerusform>zum Abschluss unseres Mentorings möchte ich Ihnen für unser Gespräch seit {when} danken.</numerusform>
        <numerusform>zum Abschluss unseres Mentorings möchte ich Ihnen für die %n Gespräche danken, die wir seit {when} geführt haben.</numerusform>
      </translation>
    </message>
    <message>
      <source>As our mentorship comes to a close, I want to thank you for your time.</source>
      <translation>zum Abschluss unseres Mentorings möchte ich Ihnen für Ihre Zeit danken.</translation>
    </message>
    <message>
      <source>What I keep coming back to:</source>
      <translation>Worauf ich immer wieder zurückkomme:</translation>
    </message>
    <message>
      <source>Advice I acted on:</source>
      <translation>Ratschläge, die ich umgesetzt habe:</translation>
    </message>
    <message>
      <source>You helped me most with {goals}.</source>
      <translation>Am meisten haben Sie mir bei {goals} geholfen.</translation>
    </message>
    <message>
      <source>I hope I gave a little back too: {what}.</source>
      <translation>Ich hoffe, ich konnte auch ein wenig zurückgeben: {what}.</translation>
    </message>
    <message>
      <source>Thank you for your generosity. I would love to stay in touch.</source>
      <translation>Danke für Ihre Großzügigkeit. Ich würde gern in Kontakt bleiben.</translation>
    </message>
    <message>
      <source>Warm regards,</source>
      <translation>Herzliche Grüße</translation>
    </message>
    <message>
      <source>(your name)</source>
      <translation>(Ihr Name)</translation>
    </message>
    <message>
      <source> and </source>
      <translation> und </translation>
    </message>
    <message>
      <source>Closing the mentorship with {name}</source>
      <translation>Abschluss des Mentorings mit {name}</translation>
    </message>
    <message numerus="yes">
      <source>Ended on {day}; %n meeting(s) held.</source>
      <translation>
        <numerusform>Beendet am {day}; %n Treffen abgehalten.</numerusform>
        <numerusform>Beendet am {day}; %n Treffen abgehalten.</numerusform>
      </translation>
    </message>
    <message>
      <source>What I learned</source>
      <translation>Was ich gelernt habe</translation>
    </message>
    <message>
      <source>(not written)</source>
      <translation>(nicht geschrieben)</translation>
    </message>
    <message>
      <source>Goals it served</source>
      <translation>Ziele, denen es diente</translation>
    </message>
    <message>
      <source>(none chosen)</source>
      <translation>(keine gewählt)</translation>
    </message>
    <message>
      <source>Thank-you note</source>
      <translation>Dankesbrief</translation>
    </message>
  </context>
  <context>
    <name>dialog_buttons</name>
    <message>
      <source>Cancel</source>
      <translation>Abbrechen</translation>
    </message>
  </context>
  <context>
    <name>formats</name>
    <message>
      <source>{time} in {zone}</source>
      <translation>{time} in {zone}</translation>
    </message>
  </context>
  <context>
    <name>giveback</name>
    <message>
      <source>nothing given back yet; no meeting yet</source>
      <translation>noch nichts zurückgegeben; noch kein Treffen</translation>
    </message>
    <message numerus="yes">
      <source>nothing given back yet; %n meeting(s) so far</source>
      <translation>
        <numerusform>noch nichts zurückgegeben; bisher %n Treffen</numerusform>
        <numerusform>noch nichts zurückgegeben; bisher %n Treffen</numerusform>
      </translation>
    </message>
    <message>
      <source>gave back today</source>
      <translation>heute zurückgegeben</translation>
    </message>
    <message>
      <source>last gave back yesterday</source>
      <translation>zuletzt gestern zurückgegeben</translation>
    </message>
    <message numerus="yes">
      <source>last gave back %n day(s) ago</source>
      <translation>
        <numerusform>zuletzt vor %n Tag zurückgegeben</numerusform>
        <numerusform>zuletzt vor %n Tagen zurückgegeben</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n meeting(s) since</source>
      <translation>
        <numerusform>%n Treffen seitdem</numerusform>
        <numerusform>%n Treffen seitdem</numerusform>
      </translation>
    </message>
    <message>
      <source>Add give-back idea {idea}</source>
      <translation>Idee zum Zurückgeben {idea} hinzufügen</translation>
    </message>
    <message>
      <source>Edit give-back idea {idea}</source>
      <translation>Idee zum Zurückgeben {idea} bearbeiten</translation>
    </message>
    <message>
      <source>Capture give-back idea “{idea}”</source>
      <translation>Idee zum Zurückgeben „{idea}“ erfassen</translation>
    </message>
    <message>
      <source>Gave back: {idea}</source>
      <translation>Zurückgegeben: {idea}</translation>
    </message>
    <message>
      <source>Marked done: {idea}.</source>
      <translation>Als erledigt markiert: {idea}.</translation>
    </message>
    <message>
      <source>Delete give-back idea {idea}</source>
      <translation>Idee zum Zurückgeben {idea} löschen</translation>
    </message>
  </context>
  <context>
    <name>goals</name>
    <message>
      <source>Add goal {title}</source>
      <translation>Ziel {title} hinzufügen</translation>
    </message>
    <message>
      <source>Edit goal {title}</source>
      <translation>Ziel {title} bearbeiten</translation>
    </message>
    <message>
      <source>Progress of {goal}: {value} %</source>
      <translation>Fortschritt von {goal}: {value} %</translation>
    </message>
    <message>
      <source>Link action items to {goal}</source>
      <translation>Aufgaben mit {goal} verknüpfen</translation>
    </message>
    <message>
      <source>Linked the advice to “{goal}”.</source>
      <translation>Die Ratschläge mit „{goal}“ verknüpft.</translation>
    </message>
    <message>
      <source>The mentors, action items and meetings themselves stay.</source>
      <translation>Die Mentoren, Aufgaben und Treffen selbst bleiben.</translation>
    </message>
    <message>
      <source>Delete goal {title}</source>
      <translation>Ziel {title} löschen</translation>
    </message>
  </context>
  <context>
    <name>help</name>
    <message>
      <source>How MentorDesk &amp;Follows the Article</source>
      <translation>Wie MentorDesk dem Artikel &amp;folgt</translation>
    </message>
    <message>
      <source>&amp;Keyboard Shortcuts</source>
      <translation>&amp;Tastenkürzel</translation>
    </message>
    <message>
      <source>Meeting mode: capture an action item</source>
      <translation>Gesprächsmodus: eine Aufgabe erfassen</translation>
    </message>
    <message>
      <source>Meeting mode: capture a give-back idea</source>
      <translation>Gesprächsmodus: eine Idee zum Zurückgeben erfassen</translation>
    </message>
    <message>
      <source>Meeting mode: end the meeting</source>
      <translation>Gesprächsmodus: das Treffen beenden</translation>
    </message>
    <message>
      <source>Meeting mode: earlier versions of the notes</source>
      <translation>Gesprächsmodus: frühere Versionen der Notizen</translation>
    </message>
    <message>
      <source>Notes: bold (Goals: the selected goal's board)</source>
      <translation>Notizen: fett (Ziele: die Zieltafel des gewählten Ziels)</translation>
    </message>
    <message>
      <source>Notes: italic</source>
      <translation>Notizen: kursiv</translation>
    </message>
    <message>
      <source>Notes: move on to the next field</source>
      <translation>Notizen: weiter zum nächsten Feld</translation>
    </message>
    <message>
      <source>Meeting mode: close (saving first)</source>
      <translation>Gesprächsmodus: schließen (vorher speichern)</translation>
    </message>
    <message>
      <source>A dialog's multi-line field: save or confirm</source>
      <translation>Mehrzeiliges Feld eines Dialogs: speichern oder bestätigen</translation>
    </message>
    <message>
      <source>Find someone who shares your goals and values</source>
      <translation>Finden Sie jemanden, der Ihre Ziele und Werte teilt</translation>
    </message>
    <message>
      <source>Prospects (Ctrl+7): where you found them, why they fit your goals, each step of asking them and the day to follow up. Promote to active… makes them a mentor.</source>
      <translation>Kandidaten (Strg+7): wo Sie sie gefunden haben, warum sie zu Ihren Zielen passen, jeder Schritt der Anfrage und der Tag zum Nachfassen. „Zum aktiven Mentor machen …“ macht sie zum Mentor.</translation>
    </message>
    <message>
      <source>More than one mentor, inside or outside your organisation</source>
      <translation>Mehr als ein Mentor, innerhalb oder außerhalb Ihrer Organisation</translation>
    </message>
    <message>
      <source>Mentors (Ctrl+2): as many as you like, internal or external, from prospect to active, paused, ended or alumni.</source>
      <translation>Mentoren (Strg+2): so viele Sie möchten, intern oder extern, vom Kandidaten bis aktiv, pausiert, beendet oder ehemalig.</translation>
    </message>
    <message>
      <source>Set clear expectations</source>
      <translation>Klare Erwartungen setzen</translation>
    </message>
    <message>
      <source>A mentor's Agreement tab: goals, how often to meet, format and link, topics, what each of you commits to. Agreed terms are kept as versions; export one as a PDF to sign. Plan meeting starts from them.</source>
      <translation>Der Reiter Vereinbarung eines Mentors: Ziele, wie oft Sie sich treffen, Form und Link, Themen, wozu sich jeder verpflichtet. Vereinbarte Bedingungen werden als Versionen aufbewahrt; exportieren Sie eine als PDF zum Unterschreiben. „Treffen planen“ geht von ihnen aus.</translation>
    </message>
    <message>
      <source>Respect the mentor's time</source>
      <translation>Die Zeit des Mentors respektieren</translation>
    </message>
    <message>
      <source>Plan meeting (Ctrl+Shift+N) with an agenda; the brief beside Meetings says what to report back; meeting mode keeps the clock against the planned length. The Dashboard says who is due, never sooner than agreed.</source>
      <translation>Treffen planen (Strg+Umschalt+N) mit einer Agenda; das Briefing neben Treffen sagt, was zu berichten ist; der Gesprächsmodus behält die Uhr gegenüber der geplanten Dauer im Blick. Die Übersicht sagt, wer fällig ist, nie früher als vereinbart.</translation>
    </message>
    <message>
      <source>Listen, and keep what was said</source>
      <translation>Zuhören und festhalten, was gesagt wurde</translation>
    </message>
    <message>
      <source>Meeting mode: the agenda as a checklist and notes saved as you type. Ctrl+Z undoes a word at a time; Restore in the status line brings back what an undo removed.</source>
      <translation>Gesprächsmodus: die Agenda als Checkliste und Notizen, die beim Tippen gespeichert werden. Strg+Z macht ein Wort nach dem anderen rückgängig; Wiederherstellen in der Statuszeile holt zurück, was ein Rückgängigmachen entfernt hat.</translation>
    </message>
    <message>
      <source>Be proactive: act on the advice</source>
      <translation>Proaktiv sein: Ratschläge umsetzen</translation>
    </message>
    <message>
      <source>Ctrl+Shift+A in the notes turns a line into an action item ("…by Friday" becomes its due date); Action items (Ctrl+4) and Goals (Ctrl+5) follow them to done.</source>
      <translation>Strg+Umschalt+A in den Notizen macht eine Zeile zur Aufgabe („…by Friday“ wird ihr Fälligkeitsdatum); Aufgaben (Strg+4) und Ziele (Strg+5) begleiten sie bis zur Erledigung.</translation>
    </message>
    <message>
      <source>A two-way street: give back</source>
      <translation>Keine Einbahnstraße: etwas zurückgeben</translation>
    </message>
    <message>
      <source>Give-back (Ctrl+6): ideas for each mentor, planned and done, and a nudge on the Dashboard when it has been a while.</source>
      <translation>Zurückgeben (Strg+6): Ideen für jeden Mentor, geplant und erledigt, und ein Hinweis auf der Übersicht, wenn es eine Weile her ist.</translation>
    </message>
    <message>
      <source>Success depends on your initiative</source>
      <translation>Der Erfolg hängt von Ihrer Initiative ab</translation>
    </message>
    <message>
      <source>The Dashboard (Ctrl+1) says what to do today: who to meet, what you promised, what is overdue.</source>
      <translation>Die Übersicht (Strg+1) sagt, was heute zu tun ist: wen Sie treffen, was Sie versprochen haben, was überfällig ist.</translation>
    </message>
    <message>
      <source>End a mentorship well</source>
      <translation>Ein Mentoring gut beenden</translation>
    </message>
    <message>
      <source>Archive on a mentor's profile runs a closure review: what you learned and a thank-you note drafted from your notes.</source>
      <translation>Archivieren im Profil eines Mentors startet einen Abschlussrückblick: was Sie gelernt haben und ein Dankesbrief, entworfen aus Ihren Notizen.</translation>
    </message>
    <message>
      <source>{area}: </source>
      <translation>{area}: </translation>
    </message>
    <message>
      <source>Close</source>
      <translation>Schließen</translation>
    </message>
  </context>
  <context>
    <name>keyboard</name>
    <message>
      <source>&amp;Run Action…</source>
      <translation>Aktion &amp;ausführen …</translation>
    </message>
    <message>
      <source>Everywhere</source>
      <translation>Überall</translation>
    </message>
  </context>
  <context>
    <name>labels</name>
    <message>
      <source>Prospect</source>
      <translation>Kandidat</translation>
    </message>
    <message>
      <source>Requested</source>
      <translation>Angefragt</translation>
    </message>
    <message>
      <source>Active</source>
      <translation>Aktiv</translation>
    </message>
    <message>
      <source>Paused</source>
      <translation>Pausiert</translation>
    </message>
    <message>
      <source>Ended</source>
      <translation>Beendet</translation>
    </message>
    <message>
      <source>Alumni</source>
      <translation>Ehemalig</translation>
    </message>
    <message>
      <source>Internal</source>
      <translation>Intern</translation>
    </message>
    <message>
      <source>External</source>
      <translation>Extern</translation>
    </message>
    <message>
      <source>Networking event</source>
      <translation>Netzwerkveranstaltung</translation>
    </message>
    <message>
      <source>Professional association</source>
      <translation>Berufsverband</translation>
    </message>
    <message>
      <source>Social media</source>
      <translation>Soziale Medien</translation>
    </message>
    <message>
      <source>Colleague introduction</source>
      <translation>Vorstellung durch Kollegen</translation>
    </message>
    <message>
      <source>Other</source>
      <translation>Sonstiges</translation>
    </message>
    <message>
      <source>Email</source>
      <translation>E-Mail</translation>
    </message>
    <message>
      <source>Phone</source>
      <translation>Telefon</translation>
    </message>
    <message>
      <source>Video call</source>
      <translation>Videoanruf</translation>
    </message>
    <message>
      <source>Messaging</source>
      <translation>Nachrichten</translation>
    </message>
    <message>
      <source>In person</source>
      <translation>Persönlich</translation>
    </message>
    <message>
      <source>Planned</source>
      <translation>Geplant</translation>
    </message>
    <message>
      <source>Held</source>
      <translation>Abgehalten</translation>
    </message>
    <message>
      <source>Cancelled</source>
      <translation>Abgesagt</translation>
    </message>
    <message>
      <source>Chat</source>
      <translation>Chat</translation>
    </message>
    <message>
      <source>Open</source>
      <translation>Offen</translation>
    </message>
    <message>
      <source>Done</source>
      <translation>Erledigt</translation>
    </message>
    <message>
      <source>Dropped</source>
      <translation>Verworfen</translation>
    </message>
    <message>
      <source>Draft</source>
      <translation>Entwurf</translation>
    </message>
    <message>
      <source>Agreed</source>
      <translation>Vereinbart</translation>
    </message>
    <message>
      <source>Under review</source>
      <translation>In Überprüfung</translation>
    </message>
    <message>
      <source>Achieved</source>
      <translation>Erreicht</translation>
    </message>
    <message>
      <source>Set by hand</source>
      <translation>Von Hand gesetzt</translation>
    </message>
    <message>
      <source>From its action items</source>
      <translation>Aus seinen Aufgaben</translation>
    </message>
    <message>
      <source>Thanks</source>
      <translation>Dank</translation>
    </message>
    <message>
      <source>Share something</source>
      <translation>Etwas teilen</translation>
    </message>
    <message>
      <source>Introduction</source>
      <translation>Vorstellung</translation>
    </message>
    <message>
      <source>Help on their project</source>
      <translation>Hilfe bei einem Projekt</translation>
    </message>
    <message>
      <source>Recommendation</source>
      <translation>Empfehlung</translation>
    </message>
    <message>
      <source>Feedback</source>
      <translation>Rückmeldung</translation>
    </message>
    <message>
      <source>Gift</source>
      <translation>Geschenk</translation>
    </message>
    <message>
      <source>Idea</source>
      <translation>Idee</translation>
    </message>
    <message>
      <source>Asked</source>
      <translation>Gefragt</translation>
    </message>
    <message>
      <source>Followed up</source>
      <translation>Nachgefasst</translation>
    </message>
    <message>
      <source>Answered</source>
      <translation>Geantwortet</translation>
    </message>
    <message>
      <source>In the inbox</source>
      <translation>Im Eingang</translation>
    </message>
    <message>
      <source>Discussed</source>
      <translation>Besprochen</translation>
    </message>
    <message>
      <source>Message</source>
      <translation>Nachricht</translation>
    </message>
    <message>
      <source>Call</source>
      <translation>Anruf</translation>
    </message>
    <message>
      <source>Corridor chat</source>
      <translation>Flurgespräch</translation>
    </message>
    <message>
      <source>Reset “overdue”, not the rhythm</source>
      <translation>„Überfällig“ zurücksetzen, nicht den Rhythmus</translation>
    </message>
    <message>
      <source>Count as meetings</source>
      <translation>Als Treffen zählen</translation>
    </message>
    <message>
      <source>Do not count</source>
      <translation>Nicht zählen</translation>
    </message>
    <message>
      <source>First meeting</source>
      <translation>Erstes Treffen</translation>
    </message>
    <message>
      <source>Regular check-in</source>
      <translation>Regelmäßiger Austausch</translation>
    </message>
    <message>
      <source>Quarterly review</source>
      <translation>Quartalsrückblick</translation>
    </message>
    <message>
      <source>Agreement review</source>
      <translation>Überprüfung der Vereinbarung</translation>
    </message>
    <message>
      <source>Closing</source>
      <translation>Abschluss</translation>
    </message>
    <message>
      <source>copied</source>
      <translation>kopiert</translation>
    </message>
    <message>
      <source>opened in the mail app</source>
      <translation>in der Mail-App geöffnet</translation>
    </message>
    <message>
      <source>saved as Markdown</source>
      <translation>als Markdown gespeichert</translation>
    </message>
    <message>
      <source>Overdue</source>
      <translation>Überfällig</translation>
    </message>
    <message>
      <source>Due soon</source>
      <translation>Bald fällig</translation>
    </message>
    <message>
      <source>No meeting yet</source>
      <translation>Noch kein Treffen</translation>
    </message>
    <message>
      <source>Scheduled</source>
      <translation>Terminiert</translation>
    </message>
    <message>
      <source>On track</source>
      <translation>Im Plan</translation>
    </message>
    <message>
      <source>No rhythm set</source>
      <translation>Kein Rhythmus festgelegt</translation>
    </message>
    <message>
      <source>Not active</source>
      <translation>Nicht aktiv</translation>
    </message>
    <message>
      <source>Saved while typing</source>
      <translation>Beim Tippen gespeichert</translation>
    </message>
    <message>
      <source>Before a large deletion</source>
      <translation>Vor einer großen Löschung</translation>
    </message>
    <message>
      <source>Before restoring a version</source>
      <translation>Vor dem Wiederherstellen einer Version</translation>
    </message>
    <message>
      <source>Recovered after a crash</source>
      <translation>Nach einem Absturz wiederhergestellt</translation>
    </message>
  </context>
  <context>
    <name>links</name>
    <message>
      <source>Couldn't open the link; it is on the clipboard: {link}</source>
      <translation>Der Link ließ sich nicht öffnen; er ist in der Zwischenablage: {link}</translation>
    </message>
  </context>
  <context>
    <name>login_start</name>
    <message>
      <source>Reminders when MentorDesk is closed</source>
      <translation>Erinnerungen, wenn MentorDesk geschlossen ist</translation>
    </message>
    <message>
      <source>Start MentorDesk minimized when you log in, so it can remind you 15 minutes before this meeting and when a mentor is due?</source>
      <translation>MentorDesk beim Anmelden minimiert starten, damit es Sie 15 Minuten vor diesem Treffen und an fällige Mentoren erinnern kann?</translation>
    </message>
    <message>
      <source>Start at Login</source>
      <translation>Beim Anmelden starten</translation>
    </message>
    <message>
      <source>You can change this at any time in Edit ▸ Preferences.</source>
      <translation>Sie können das jederzeit unter Bearbeiten ▸ Einstellungen ändern.</translation>
    </message>
    <message>
      <source>MentorDesk could not be added to your login: {reason}.</source>
      <translation>MentorDesk konnte nicht zu Ihrer Anmeldung hinzugefügt werden: {reason}.</translation>
    </message>
  </context>
  <context>
    <name>meeting_keys</name>
    <message>
      <source>Capture Action Item</source>
      <translation>Aufgabe erfassen</translation>
    </message>
    <message>
      <source>Capture Give-back Idea</source>
      <translation>Idee zum Zurückgeben erfassen</translation>
    </message>
    <message>
      <source>Drop a Topic…</source>
      <translation>Thema notieren …</translation>
    </message>
    <message>
      <source>Log a Touch…</source>
      <translation>Kontakt eintragen …</translation>
    </message>
    <message>
      <source>Start the Meeting Clock</source>
      <translation>Gesprächsuhr starten</translation>
    </message>
    <message>
      <source>Join the Call</source>
      <translation>Dem Anruf beitreten</translation>
    </message>
    <message>
      <source>Reschedule…</source>
      <translation>Verschieben …</translation>
    </message>
    <message>
      <source>Earlier Versions of the Notes…</source>
      <translation>Frühere Versionen der Notizen …</translation>
    </message>
    <message>
      <source>End Meeting…</source>
      <translation>Treffen beenden …</translation>
    </message>
    <message>
      <source>Send Recap…</source>
      <translation>Zusammenfassung senden …</translation>
    </message>
    <message>
      <source>Mark Selected Point or Action Private</source>
      <translation>Gewählten Punkt oder Aufgabe als privat markieren</translation>
    </message>
    <message>
      <source>Presenting (Hide Private Items)</source>
      <translation>Präsentieren (Privates verbergen)</translation>
    </message>
    <message>
      <source>Save Now</source>
      <translation>Jetzt speichern</translation>
    </message>
    <message>
      <source>Close (Saving First)</source>
      <translation>Schließen (vorher speichern)</translation>
    </message>
    <message>
      <source>Quit MentorDesk</source>
      <translation>MentorDesk beenden</translation>
    </message>
    <message>
      <source>Run Action…</source>
      <translation>Aktion ausführen …</translation>
    </message>
    <message>
      <source>Meeting mode</source>
      <translation>Gesprächsmodus</translation>
    </message>
  </context>
  <context>
    <name>meeting_text</name>
    <message>
      <source>Agenda for our meeting on {when}</source>
      <translation>Agenda für unser Treffen am {when}</translation>
    </message>
    <message>
      <source>(no agenda points yet)</source>
      <translation>(noch keine Agendapunkte)</translation>
    </message>
    <message>
      <source>{lock} Private: hidden while presenting.</source>
      <translation>{lock} Privat: beim Präsentieren verborgen.</translation>
    </message>
    <message>
      <source>took {actual} of {planned} planned minutes</source>
      <translation>dauerte {actual} von {planned} geplanten Minuten</translation>
    </message>
    <message>
      <source>Agenda</source>
      <translation>Agenda</translation>
    </message>
    <message>
      <source>No agenda.</source>
      <translation>Keine Agenda.</translation>
    </message>
    <message>
      <source>Notes</source>
      <translation>Notizen</translation>
    </message>
    <message>
      <source>No notes.</source>
      <translation>Keine Notizen.</translation>
    </message>
    <message>
      <source>Takeaways</source>
      <translation>Erkenntnisse</translation>
    </message>
    <message>
      <source>No takeaways.</source>
      <translation>Keine Erkenntnisse.</translation>
    </message>
    <message>
      <source>Action items</source>
      <translation>Aufgaben</translation>
    </message>
    <message>
      <source>None captured.</source>
      <translation>Keine erfasst.</translation>
    </message>
  </context>
  <context>
    <name>meetings</name>
    <message>
      <source>{day} is more than two years away. Is that the date you meant?</source>
      <translation>{day} liegt mehr als zwei Jahre entfernt. Meinten Sie wirklich dieses Datum?</translation>
    </message>
    <message>
      <source>{day} is in the past. Plan the meeting for that day anyway?</source>
      <translation>{day} liegt in der Vergangenheit. Das Treffen trotzdem für diesen Tag planen?</translation>
    </message>
    <message>
      <source>Check the date</source>
      <translation>Datum prüfen</translation>
    </message>
    <message>
      <source>&amp;Keep this date</source>
      <translation>Datum &amp;beibehalten</translation>
    </message>
    <message>
      <source>Plan meeting with {name}</source>
      <translation>Treffen mit {name} planen</translation>
    </message>
    <message>
      <source>Reschedule the meeting with {name}</source>
      <translation>Das Treffen mit {name} verschieben</translation>
    </message>
    <message>
      <source>Correct the meeting with {name}</source>
      <translation>Das Treffen mit {name} korrigieren</translation>
    </message>
    <message>
      <source>Cancel meeting {label}</source>
      <translation>Treffen {label} absagen</translation>
    </message>
    <message>
      <source>Cancelled the meeting {label}.</source>
      <translation>Das Treffen {label} abgesagt.</translation>
    </message>
    <message>
      <source>Delete meeting {label}</source>
      <translation>Treffen {label} löschen</translation>
    </message>
    <message numerus="yes">
      <source>its agenda (%n point(s))</source>
      <translation>
        <numerusform>seine Agenda (%n Punkt)</numerusform>
        <numerusform>seine Agenda (%n Punkte)</numerusform>
      </translation>
    </message>
    <message>
      <source>its (empty) agenda</source>
      <translation>seine (leere) Agenda</translation>
    </message>
    <message numerus="yes">
      <source>its notes (%n character(s)) and their history</source>
      <translation>
        <numerusform>seine Notizen (%n Zeichen) und ihren Verlauf</numerusform>
        <numerusform>seine Notizen (%n Zeichen) und ihren Verlauf</numerusform>
      </translation>
    </message>
    <message>
      <source>its (empty) notes</source>
      <translation>seine (leeren) Notizen</translation>
    </message>
    <message>
      <source>its takeaways</source>
      <translation>seine Erkenntnisse</translation>
    </message>
    <message numerus="yes">
      <source>Its %n action item(s) stay in the Action items area, no longer linked to a meeting.</source>
      <translation>
        <numerusform>Seine %n Aufgabe bleibt im Bereich Aufgaben, nicht mehr mit einem Treffen verknüpft.</numerusform>
        <numerusform>Seine %n Aufgaben bleiben im Bereich Aufgaben, nicht mehr mit einem Treffen verknüpft.</numerusform>
      </translation>
    </message>
    <message>
      <source>To keep the record, cancel it instead.</source>
      <translation>Um es in den Unterlagen zu behalten, sagen Sie es stattdessen ab.</translation>
    </message>
    <message>
      <source>End meeting with {name}</source>
      <translation>Treffen mit {name} beenden</translation>
    </message>
    <message>
      <source>Meeting marked held.</source>
      <translation>Treffen als abgehalten markiert.</translation>
    </message>
    <message>
      <source>Send the recap to {name}</source>
      <translation>Die Zusammenfassung an {name} senden</translation>
    </message>
    <message>
      <source>Mark private: {text}</source>
      <translation>Als privat markieren: {text}</translation>
    </message>
    <message>
      <source>Mark not private: {text}</source>
      <translation>Nicht mehr privat: {text}</translation>
    </message>
    <message>
      <source>Make the notes private</source>
      <translation>Notizen privat machen</translation>
    </message>
    <message>
      <source>Share the notes again</source>
      <translation>Notizen wieder teilen</translation>
    </message>
    <message>
      <source>Make the takeaways private</source>
      <translation>Erkenntnisse privat machen</translation>
    </message>
    <message>
      <source>Share the takeaways again</source>
      <translation>Erkenntnisse wieder teilen</translation>
    </message>
  </context>
  <context>
    <name>mentor_cadence</name>
    <message>
      <source>{interval} (agreed)</source>
      <translation>{interval} (vereinbart)</translation>
    </message>
    <message>
      <source>{day} · planned</source>
      <translation>{day} · geplant</translation>
    </message>
    <message>
      <source>next due {day}</source>
      <translation>nächstes fällig am {day}</translation>
    </message>
  </context>
  <context>
    <name>mentors</name>
    <message>
      <source>Add {name}</source>
      <translation>{name} hinzufügen</translation>
    </message>
    <message>
      <source>Edit {name}</source>
      <translation>{name} bearbeiten</translation>
    </message>
    <message>
      <source>their profile and notes</source>
      <translation>Profil und Notizen</translation>
    </message>
    <message>
      <source>their tags ({tags})</source>
      <translation>Schlagwörter ({tags})</translation>
    </message>
    <message>
      <source>To keep the record, use Archive instead.</source>
      <translation>Um es in den Unterlagen zu behalten, verwenden Sie stattdessen Archivieren.</translation>
    </message>
    <message>
      <source>Delete {name}</source>
      <translation>{name} löschen</translation>
    </message>
  </context>
  <context>
    <name>messages</name>
    <message>
      <source>{what} Edit ▸ Undo ({keys}) takes it back.</source>
      <translation>{what} Bearbeiten ▸ Rückgängig ({keys}) nimmt es zurück.</translation>
    </message>
    <message>
      <source>{what} — done. Edit ▸ Undo ({keys}) takes it back.</source>
      <translation>{what} — erledigt. Bearbeiten ▸ Rückgängig ({keys}) nimmt es zurück.</translation>
    </message>
    <message>
      <source>Could not do “{what}”: {reason}.</source>
      <translation>„{what}“ war nicht möglich: {reason}.</translation>
    </message>
    <message>
      <source>the database is busy (another program is using it)</source>
      <translation>die Datenbank ist belegt (ein anderes Programm verwendet sie)</translation>
    </message>
    <message>
      <source>the disk is full</source>
      <translation>die Festplatte ist voll</translation>
    </message>
    <message>
      <source>the data folder cannot be written to</source>
      <translation>in den Datenordner kann nicht geschrieben werden</translation>
    </message>
    <message>
      <source>the disk reported an error</source>
      <translation>die Festplatte meldete einen Fehler</translation>
    </message>
    <message>
      <source>the database file is damaged</source>
      <translation>die Datenbankdatei ist beschädigt</translation>
    </message>
    <message>
      <source>the change conflicts with other data (a mistake in MentorDesk)</source>
      <translation>die Änderung widerspricht anderen Daten (ein Fehler in MentorDesk)</translation>
    </message>
    <message>
      <source>something unexpected went wrong (a mistake in MentorDesk; see the log)</source>
      <translation>etwas Unerwartetes ist schiefgegangen (ein Fehler in MentorDesk; siehe Protokoll)</translation>
    </message>
    <message>
      <source>Close the other program, then try again.</source>
      <translation>Schließen Sie das andere Programm und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
      <source>Free some disk space, then try again.</source>
      <translation>Schaffen Sie Speicherplatz und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
      <source>Check that the data folder is yours and not read-only (Help ▸ About).</source>
      <translation>Prüfen Sie, ob der Datenordner Ihnen gehört und nicht schreibgeschützt ist (Hilfe ▸ Über).</translation>
    </message>
    <message>
      <source>Check the disk, then try again.</source>
      <translation>Prüfen Sie die Festplatte und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
      <source>Quit MentorDesk and restore a backup (see the README).</source>
      <translation>Beenden Sie MentorDesk und stellen Sie eine Sicherung wieder her (siehe README).</translation>
    </message>
    <message>
      <source>Nothing was changed.</source>
      <translation>Nichts wurde geändert.</translation>
    </message>
    <message>
      <source>the {kind} it belongs to was deleted meanwhile</source>
      <translation>das zugehörige Element ({kind}) wurde inzwischen gelöscht</translation>
    </message>
    <message>
      <source>this {kind} was deleted meanwhile</source>
      <translation>dieses Element ({kind}) wurde inzwischen gelöscht</translation>
    </message>
    <message>
      <source>Unsaved changes</source>
      <translation>Ungespeicherte Änderungen</translation>
    </message>
    <message>
      <source>Your changes to {who} are not saved yet:</source>
      <translation>Ihre Änderungen an {who} sind noch nicht gespeichert:</translation>
    </message>
  </context>
  <context>
    <name>operation</name>
    <message>
      <source>Nothing to save: “{name}” is as stored.</source>
      <translation>Nichts zu speichern: „{name}“ ist wie gespeichert.</translation>
    </message>
    <message>
      <source>This also removes {what}.</source>
      <translation>Damit wird auch entfernt: {what}.</translation>
    </message>
    <message>
      <source>Nothing else goes with it.</source>
      <translation>Sonst geht nichts mit.</translation>
    </message>
    <message>
      <source>Delete the {kind} “{title}”?</source>
      <translation>{kind} „{title}“ löschen?</translation>
    </message>
    <message>
      <source>Delete the {kind} {title}?</source>
      <translation>{kind} {title} löschen?</translation>
    </message>
    <message>
      <source>Edit ▸ Undo brings it back.</source>
      <translation>Bearbeiten ▸ Rückgängig holt es zurück.</translation>
    </message>
    <message>
      <source>Delete {kind}</source>
      <translation>{kind} löschen</translation>
    </message>
    <message>
      <source>Delete</source>
      <translation>Löschen</translation>
    </message>
  </context>
  <context>
    <name>panel</name>
    <message>
      <source>Start from a template</source>
      <translation>Mit einer Vorlage beginnen</translation>
    </message>
    <message>
      <source>Compare versions…</source>
      <translation>Versionen vergleichen …</translation>
    </message>
    <message>
      <source>Export</source>
      <translation>Exportieren</translation>
    </message>
    <message>
      <source>As Markdown…</source>
      <translation>Als Markdown …</translation>
    </message>
    <message>
      <source>As PDF to sign…</source>
      <translation>Als PDF zum Unterschreiben …</translation>
    </message>
    <message>
      <source>Delete agreement…</source>
      <translation>Vereinbarung löschen …</translation>
    </message>
    <message>
      <source>Replace what you typed?</source>
      <translation>Ihre Eingaben ersetzen?</translation>
    </message>
    <message>
      <source>Fill the agreement from “{name}”, replacing what you typed?</source>
      <translation>Die Vereinbarung aus „{name}“ füllen und Ihre Eingaben ersetzen?</translation>
    </message>
    <message>
      <source>Replace</source>
      <translation>Ersetzen</translation>
    </message>
    <message>
      <source>Filled from “{name}”: edit it, then save.</source>
      <translation>Aus „{name}“ gefüllt: bearbeiten, dann speichern.</translation>
    </message>
  </context>
  <context>
    <name>presenting</name>
    <message>
      <source>&amp;Presenting (Hide Private Items)</source>
      <translation>&amp;Präsentieren (Privates verbergen)</translation>
    </message>
    <message>
      <source>{lock} Presenting: private items are hidden</source>
      <translation>{lock} Präsentieren: Privates ist verborgen</translation>
    </message>
  </context>
  <context>
    <name>privacy</name>
    <message>
      <source>[Private]</source>
      <translation>[Privat]</translation>
    </message>
    <message>
      <source>Private (Never Copied or Sent)</source>
      <translation>Privat (nie kopiert oder gesendet)</translation>
    </message>
    <message>
      <source>Private: never in anything copied or sent</source>
      <translation>Privat: erscheint nie in Kopiertem oder Versendetem</translation>
    </message>
  </context>
  <context>
    <name>prospects</name>
    <message>
      <source>Goals {name} fits</source>
      <translation>Ziele, zu denen {name} passt</translation>
    </message>
    <message>
      <source>{step} {name}</source>
      <translation>{step} {name}</translation>
    </message>
    <message>
      <source>Delete an outreach step</source>
      <translation>Einen Schritt der Kontaktaufnahme löschen</translation>
    </message>
    <message>
      <source>Promote {name} to active mentor</source>
      <translation>{name} zum aktiven Mentor machen</translation>
    </message>
    <message>
      <source>{name} is an active mentor now.</source>
      <translation>{name} ist jetzt ein aktiver Mentor.</translation>
    </message>
  </context>
  <context>
    <name>recap</name>
    <message>
      <source>Send recap</source>
      <translation>Zusammenfassung senden</translation>
    </message>
    <message>
      <source>Recap sent on {when} ({how}).</source>
      <translation>Zusammenfassung am {when} verschickt ({how}).</translation>
    </message>
    <message>
      <source>Exactly this text is copied, mailed or saved. Private agenda points and action items are left out, and so are your notes and takeaways.</source>
      <translation>Genau dieser Text wird kopiert, gemailt oder gespeichert. Private Agendapunkte und Aufgaben bleiben draußen, ebenso Ihre Notizen und Erkenntnisse.</translation>
    </message>
    <message>
      <source>Recap for {name}</source>
      <translation>Zusammenfassung für {name}</translation>
    </message>
    <message>
      <source>{name} recap {day}.md</source>
      <translation>{name} Zusammenfassung {day}.md</translation>
    </message>
    <message>
      <source>Thank you – our meeting on {day}</source>
      <translation>Danke – unser Treffen am {day}</translation>
    </message>
    <message>
      <source>(by {day})</source>
      <translation>(bis {day})</translation>
    </message>
    <message>
      <source>, and I will report back to you on it</source>
      <translation>, und ich berichte Ihnen davon</translation>
    </message>
    <message>
      <source>Hi {name},</source>
      <translation>Hallo {name},</translation>
    </message>
    <message>
      <source>Thank you for your time on {day}. It helped a lot.</source>
      <translation>vielen Dank für Ihre Zeit am {day}. Das hat mir sehr geholfen.</translation>
    </message>
    <message>
      <source>What we discussed:</source>
      <translation>Was wir besprochen haben:</translation>
    </message>
    <message>
      <source>What I will do:</source>
      <translation>Was ich tun werde:</translation>
    </message>
    <message>
      <source>I will report back to you on:</source>
      <translation>Worüber ich Ihnen berichten werde:</translation>
    </message>
    <message>
      <source>I will suggest a time for our next meeting soon.</source>
      <translation>Ich schlage bald einen Termin für unser nächstes Treffen vor.</translation>
    </message>
    <message>
      <source>Our next meeting: {when} ({how}{place}).</source>
      <translation>Unser nächstes Treffen: {when} ({how}{place}).</translation>
    </message>
    <message>
      <source>Best regards,</source>
      <translation>Viele Grüße</translation>
    </message>
    <message>
      <source>(your name)</source>
      <translation>(Ihr Name)</translation>
    </message>
  </context>
  <context>
    <name>record_editor</name>
    <message>
      <source>It could not be saved.</source>
      <translation>Es konnte nicht gespeichert werden.</translation>
    </message>
  </context>
  <context>
    <name>reminders</name>
    <message numerus="yes">
      <source>%n open action item(s)</source>
      <translation>
        <numerusform>%n offene Aufgabe</numerusform>
        <numerusform>%n offene Aufgaben</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n to report back</source>
      <translation>
        <numerusform>%n zu berichten</numerusform>
        <numerusform>%n zu berichten</numerusform>
      </translation>
    </message>
    <message>
      <source>Agenda: {points}</source>
      <translation>Agenda: {points}</translation>
    </message>
    <message>
      <source>No agenda yet, nothing open.</source>
      <translation>Noch keine Agenda, nichts offen.</translation>
    </message>
    <message>
      <source>Meeting with {name} at {time}</source>
      <translation>Treffen mit {name} um {time}</translation>
    </message>
    <message>
      <source>Open brief</source>
      <translation>Briefing öffnen</translation>
    </message>
    <message>
      <source>{name} is overdue for a meeting ({days}).</source>
      <translation>{name} ist für ein Treffen überfällig ({days}).</translation>
    </message>
    <message numerus="yes">
      <source>%n mentor(s) are overdue for a meeting: {names}.</source>
      <translation>
        <numerusform>%n Mentor ist für ein Treffen überfällig: {names}.</numerusform>
        <numerusform>%n Mentoren sind für ein Treffen überfällig: {names}.</numerusform>
      </translation>
    </message>
    <message>
      <source>Time to meet</source>
      <translation>Zeit für ein Treffen</translation>
    </message>
    <message>
      <source>Open</source>
      <translation>Öffnen</translation>
    </message>
    <message numerus="yes">
      <source>%n meeting(s): {which}.</source>
      <translation>
        <numerusform>%n Treffen: {which}.</numerusform>
        <numerusform>%n Treffen: {which}.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n mentor(s) now overdue: {names}.</source>
      <translation>
        <numerusform>%n Mentor jetzt überfällig: {names}.</numerusform>
        <numerusform>%n Mentoren jetzt überfällig: {names}.</numerusform>
      </translation>
    </message>
    <message>
      <source>While MentorDesk was closed</source>
      <translation>Während MentorDesk geschlossen war</translation>
    </message>
    <message>
      <source>Open Dashboard</source>
      <translation>Übersicht öffnen</translation>
    </message>
    <message>
      <source>Reminders could not be checked: {problem}.</source>
      <translation>Erinnerungen konnten nicht geprüft werden: {problem}.</translation>
    </message>
  </context>
  <context>
    <name>sample_data</name>
    <message numerus="yes">
      <source>Added %n fictional mentor(s) to explore.</source>
      <translation>
        <numerusform>%n erfundenen Mentor zum Erkunden hinzugefügt.</numerusform>
        <numerusform>%n erfundene Mentoren zum Erkunden hinzugefügt.</numerusform>
      </translation>
    </message>
    <message>
      <source>Load sample data</source>
      <translation>Beispieldaten laden</translation>
    </message>
    <message>
      <source>Add sample data?</source>
      <translation>Beispieldaten hinzufügen?</translation>
    </message>
    <message>
      <source>Add five fictional mentors, with meetings, goals and action items, beside your own?</source>
      <translation>Fünf erfundene Mentoren mit Treffen, Zielen und Aufgaben neben Ihren eigenen hinzufügen?</translation>
    </message>
    <message>
      <source>Add sample data</source>
      <translation>Beispieldaten hinzufügen</translation>
    </message>
    <message>
      <source>They are marked “sample” in the lists, and File ▸ Remove Sample Data takes them all away again; your own data is never touched.</source>
      <translation>Sie sind in den Listen als „Beispiel“ gekennzeichnet, und Datei ▸ Beispieldaten entfernen nimmt sie alle wieder weg; Ihre eigenen Daten werden nie angetastet.</translation>
    </message>
    <message numerus="yes">
      <source>Remove the %n fictional mentor(s), with their meetings and action items?</source>
      <translation>
        <numerusform>Den %n erfundenen Mentor mit seinen Treffen und Aufgaben entfernen?</numerusform>
        <numerusform>Die %n erfundenen Mentoren mit ihren Treffen und Aufgaben entfernen?</numerusform>
      </translation>
    </message>
    <message>
      <source>Remove sample data</source>
      <translation>Beispieldaten entfernen</translation>
    </message>
    <message>
      <source>Remove</source>
      <translation>Entfernen</translation>
    </message>
    <message>
      <source>Your own mentors and notes are not touched. Edit ▸ Undo brings the sample back.</source>
      <translation>Ihre eigenen Mentoren und Notizen bleiben unberührt. Bearbeiten ▸ Rückgängig holt die Beispieldaten zurück.</translation>
    </message>
    <message>
      <source>Removed the sample data.</source>
      <translation>Die Beispieldaten wurden entfernt.</translation>
    </message>
  </context>
  <context>
    <name>self.panel</name>
    <message>
      <source>From a file…</source>
      <translation>Aus einer Datei …</translation>
    </message>
    <message>
      <source>Start from a template file</source>
      <translation>Mit einer Vorlagendatei beginnen</translation>
    </message>
    <message>
      <source>Agreement templates (*.json)</source>
      <translation>Vereinbarungsvorlagen (*.json)</translation>
    </message>
    <message>
      <source>Your name</source>
      <translation>Ihr Name</translation>
    </message>
    <message>
      <source>Your name, as it should appear on the agreement:</source>
      <translation>Ihr Name, wie er auf der Vereinbarung stehen soll:</translation>
    </message>
    <message>
      <source>Export the agreement</source>
      <translation>Die Vereinbarung exportieren</translation>
    </message>
    <message>
      <source>Could not write {file}: {reason}.</source>
      <translation>{file} konnte nicht geschrieben werden: {reason}.</translation>
    </message>
    <message>
      <source>Exported to {file}.</source>
      <translation>Exportiert nach {file}.</translation>
    </message>
    <message>
      <source>Markdown (*.md)</source>
      <translation>Markdown (*.md)</translation>
    </message>
    <message>
      <source>PDF (*.pdf)</source>
      <translation>PDF (*.pdf)</translation>
    </message>
  </context>
  <context>
    <name>services</name>
    <message>
      <source>Choose the mentor this advice came from.</source>
      <translation>Wählen Sie den Mentor, von dem dieser Rat kam.</translation>
    </message>
    <message>
      <source>That meeting no longer exists.</source>
      <translation>Dieses Treffen gibt es nicht mehr.</translation>
    </message>
    <message>
      <source>Keep it under {most} characters; the notes can hold the rest.</source>
      <translation>Bleiben Sie unter {most} Zeichen; die Notizen fassen den Rest.</translation>
    </message>
    <message>
      <source>Choose open, done or dropped.</source>
      <translation>Wählen Sie offen, erledigt oder verworfen.</translation>
    </message>
    <message>
      <source>The done date cannot be in the future.</source>
      <translation>Das Erledigt-Datum kann nicht in der Zukunft liegen.</translation>
    </message>
    <message>
      <source>Choose a status from the list.</source>
      <translation>Wählen Sie einen Status aus der Liste.</translation>
    </message>
    <message>
      <source>This version was agreed, so it cannot become a draft again. Change its terms to start a new version.</source>
      <translation>Diese Version wurde vereinbart und kann daher kein Entwurf mehr werden. Ändern Sie ihre Bedingungen, um eine neue Version zu beginnen.</translation>
    </message>
    <message>
      <source>Choose a format from the list.</source>
      <translation>Wählen Sie eine Form aus der Liste.</translation>
    </message>
    <message>
      <source>Choose how touches count from the list.</source>
      <translation>Wählen Sie aus der Liste, wie Kontakte zählen.</translation>
    </message>
    <message>
      <source>Meet at least once: the frequency must be 1 or more.</source>
      <translation>Treffen Sie sich mindestens einmal: Die Häufigkeit muss 1 oder mehr sein.</translation>
    </message>
    <message>
      <source>Use at most {most} (or a larger unit).</source>
      <translation>Höchstens {most} (oder eine größere Einheit).</translation>
    </message>
    <message>
      <source>Choose days, weeks or months.</source>
      <translation>Wählen Sie Tage, Wochen oder Monate.</translation>
    </message>
    <message>
      <source>Plan between 1 minute and 24 hours.</source>
      <translation>Planen Sie zwischen 1 Minute und 24 Stunden.</translation>
    </message>
    <message>
      <source>Enter a web address such as {example}.</source>
      <translation>Geben Sie eine Webadresse ein, etwa {example}.</translation>
    </message>
    <message>
      <source>The review date is before the start date.</source>
      <translation>Das Überprüfungsdatum liegt vor dem Beginndatum.</translation>
    </message>
    <message>
      <source>The review date is after the end date.</source>
      <translation>Das Überprüfungsdatum liegt nach dem Enddatum.</translation>
    </message>
    <message>
      <source>The end date is before the start date.</source>
      <translation>Das Enddatum liegt vor dem Beginndatum.</translation>
    </message>
    <message>
      <source>A new agreement cannot have ended already: choose a later end date.</source>
      <translation>Eine neue Vereinbarung kann nicht schon beendet sein: Wählen Sie ein späteres Enddatum.</translation>
    </message>
    <message>
      <source>The agreed-on date cannot be in the future.</source>
      <translation>Das Vereinbart-am-Datum kann nicht in der Zukunft liegen.</translation>
    </message>
    <message>
      <source>Keep this under {most} characters.</source>
      <translation>Bleiben Sie unter {most} Zeichen.</translation>
    </message>
    <message>
      <source>Give it a title, so you can find it again.</source>
      <translation>Geben Sie ihm einen Titel, damit Sie ihn wiederfinden.</translation>
    </message>
    <message>
      <source>Keep the title under {most} characters.</source>
      <translation>Der Titel darf höchstens {most} Zeichen haben.</translation>
    </message>
    <message>
      <source>Enter a web address (https://…) or an email link (mailto:…).</source>
      <translation>Geben Sie eine Webadresse (https://…) oder einen E-Mail-Link (mailto:…) ein.</translation>
    </message>
    <message>
      <source>The mentorship cannot end in the future: choose today or earlier.</source>
      <translation>Das Mentoring kann nicht in der Zukunft enden: Wählen Sie heute oder früher.</translation>
    </message>
    <message>
      <source>Keep in touch every 1 to {most} days, weeks or months.</source>
      <translation>In Kontakt bleiben alle 1 bis {most} Tage, Wochen oder Monate.</translation>
    </message>
    <message>
      <source>A goal you ticked was deleted meanwhile: tick again.</source>
      <translation>Ein angehaktes Ziel wurde inzwischen gelöscht: Haken Sie erneut an.</translation>
    </message>
    <message>
      <source>Write the idea: what will you give back?</source>
      <translation>Schreiben Sie die Idee auf: Was werden Sie zurückgeben?</translation>
    </message>
    <message>
      <source>Keep the idea under {most} characters; the note can hold more.</source>
      <translation>Bleiben Sie bei der Idee unter {most} Zeichen; die Notiz fasst mehr.</translation>
    </message>
    <message>
      <source>Choose the mentor this is for.</source>
      <translation>Wählen Sie den Mentor, für den das ist.</translation>
    </message>
    <message>
      <source>Choose a kind from the list.</source>
      <translation>Wählen Sie eine Art aus der Liste.</translation>
    </message>
    <message>
      <source>Choose idea, planned or done.</source>
      <translation>Wählen Sie Idee, geplant oder erledigt.</translation>
    </message>
    <message>
      <source>Keep the note under {most} characters.</source>
      <translation>Bleiben Sie bei der Notiz unter {most} Zeichen.</translation>
    </message>
    <message>
      <source>This mentor was deleted meanwhile: choose another.</source>
      <translation>Dieser Mentor wurde inzwischen gelöscht: Wählen Sie einen anderen.</translation>
    </message>
    <message>
      <source>An action item you chose was deleted meanwhile: choose again.</source>
      <translation>Eine gewählte Aufgabe wurde inzwischen gelöscht: Wählen Sie erneut.</translation>
    </message>
    <message>
      <source>That action item was deleted meanwhile.</source>
      <translation>Diese Aufgabe wurde inzwischen gelöscht.</translation>
    </message>
    <message>
      <source>This mentor was deleted meanwhile.</source>
      <translation>Dieser Mentor wurde inzwischen gelöscht.</translation>
    </message>
    <message>
      <source>Name the goal.</source>
      <translation>Benennen Sie das Ziel.</translation>
    </message>
    <message>
      <source>Keep the title under {most} characters; the why can hold more.</source>
      <translation>Bleiben Sie beim Titel unter {most} Zeichen; das Warum fasst mehr.</translation>
    </message>
    <message>
      <source>The target date is in the past: choose today or a later day.</source>
      <translation>Das Zieldatum liegt in der Vergangenheit: Wählen Sie heute oder einen späteren Tag.</translation>
    </message>
    <message>
      <source>The target date is before the goal was created: choose a later day.</source>
      <translation>Das Zieldatum liegt vor der Erstellung des Ziels: Wählen Sie einen späteren Tag.</translation>
    </message>
    <message>
      <source>Choose active, achieved or dropped.</source>
      <translation>Wählen Sie aktiv, erreicht oder verworfen.</translation>
    </message>
    <message>
      <source>Choose how progress is measured.</source>
      <translation>Wählen Sie, wie der Fortschritt gemessen wird.</translation>
    </message>
    <message>
      <source>A mentor you chose was deleted meanwhile: choose again.</source>
      <translation>Ein gewählter Mentor wurde inzwischen gelöscht: Wählen Sie erneut.</translation>
    </message>
    <message>
      <source>Progress is a percentage: a whole number from 0 to 100.</source>
      <translation>Der Fortschritt ist ein Prozentwert: eine ganze Zahl von 0 bis 100.</translation>
    </message>
    <message>
      <source>The day of an update cannot be in the future.</source>
      <translation>Der Tag einer Eintragung kann nicht in der Zukunft liegen.</translation>
    </message>
    <message>
      <source>Keep the comment under {most} characters.</source>
      <translation>Bleiben Sie beim Kommentar unter {most} Zeichen.</translation>
    </message>
    <message>
      <source>This meeting was held; correct its time with Edit instead.</source>
      <translation>Dieses Treffen wurde abgehalten; korrigieren Sie seine Zeit stattdessen mit Bearbeiten.</translation>
    </message>
    <message>
      <source>The meeting time needs a time zone.</source>
      <translation>Die Zeit des Treffens braucht eine Zeitzone.</translation>
    </message>
    <message>
      <source>Only a held meeting has a held time.</source>
      <translation>Nur ein abgehaltenes Treffen hat eine Abhaltezeit.</translation>
    </message>
    <message>
      <source>The time needs a time zone.</source>
      <translation>Die Zeit braucht eine Zeitzone.</translation>
    </message>
    <message>
      <source>Choose the mentor you are meeting.</source>
      <translation>Wählen Sie den Mentor, den Sie treffen.</translation>
    </message>
    <message>
      <source>Enter between 1 minute and 24 hours.</source>
      <translation>Geben Sie zwischen 1 Minute und 24 Stunden ein.</translation>
    </message>
    <message>
      <source>Rate the meeting from 1 to 5.</source>
      <translation>Bewerten Sie das Treffen von 1 bis 5.</translation>
    </message>
    <message>
      <source>This meeting was already marked held.</source>
      <translation>Dieses Treffen ist bereits als abgehalten markiert.</translation>
    </message>
    <message>
      <source>Use at most {most}.</source>
      <translation>Höchstens {most}.</translation>
    </message>
    <message>
      <source>Enter the mentor's name.</source>
      <translation>Geben Sie den Namen des Mentors ein.</translation>
    </message>
    <message>
      <source>The name is too long (at most {most} characters).</source>
      <translation>Der Name ist zu lang (höchstens {most} Zeichen).</translation>
    </message>
    <message>
      <source>This does not look like an email address (name@example.com).</source>
      <translation>Das sieht nicht nach einer E-Mail-Adresse aus (name@example.com).</translation>
    </message>
    <message>
      <source>Enter a web address such as https://example.com/profile.</source>
      <translation>Geben Sie eine Webadresse ein, etwa https://example.com/profile.</translation>
    </message>
    <message>
      <source>Choose a time zone from the list, such as Europe/London.</source>
      <translation>Wählen Sie eine Zeitzone aus der Liste, etwa Europe/Berlin.</translation>
    </message>
    <message>
      <source>Choose internal or external from the list.</source>
      <translation>Wählen Sie intern oder extern aus der Liste.</translation>
    </message>
    <message>
      <source>Choose where you found them from the list.</source>
      <translation>Wählen Sie aus der Liste, wo Sie die Person gefunden haben.</translation>
    </message>
    <message>
      <source>Choose a preferred channel from the list.</source>
      <translation>Wählen Sie einen bevorzugten Kanal aus der Liste.</translation>
    </message>
    <message>
      <source>Use digits, spaces and + - ( ) only, like +44 20 7946 0018.</source>
      <translation>Verwenden Sie nur Ziffern, Leerzeichen und + - ( ), etwa +49 30 901820.</translation>
    </message>
    <message>
      <source>A phone number has at least 5 digits, like +44 20 7946 0018.</source>
      <translation>Eine Telefonnummer hat mindestens 5 Ziffern, etwa +49 30 901820.</translation>
    </message>
    <message>
      <source>A phone number has at most 20 digits.</source>
      <translation>Eine Telefonnummer hat höchstens 20 Ziffern.</translation>
    </message>
    <message>
      <source>Choose asked, followed up or answered.</source>
      <translation>Wählen Sie gefragt, nachgefasst oder geantwortet.</translation>
    </message>
    <message>
      <source>A step cannot be in the future: record it once it happened.</source>
      <translation>Ein Schritt kann nicht in der Zukunft liegen: Halten Sie ihn fest, sobald er geschehen ist.</translation>
    </message>
    <message>
      <source>Follow up after the step, not before it.</source>
      <translation>Fassen Sie nach dem Schritt nach, nicht davor.</translation>
    </message>
    <message>
      <source>Write the topic: what do you want to bring up?</source>
      <translation>Schreiben Sie das Thema auf: Was möchten Sie ansprechen?</translation>
    </message>
    <message>
      <source>Keep a topic under {most} characters.</source>
      <translation>Halten Sie ein Thema unter {most} Zeichen.</translation>
    </message>
    <message>
      <source>Choose open, discussed or dropped.</source>
      <translation>Wählen Sie offen, besprochen oder verworfen.</translation>
    </message>
    <message>
      <source>Choose email, message, call or chat.</source>
      <translation>Wählen Sie E-Mail, Nachricht, Anruf oder Gespräch.</translation>
    </message>
    <message>
      <source>A touch is something that happened: choose today or a day before.</source>
      <translation>Ein Kontakt ist etwas, das stattgefunden hat: Wählen Sie heute oder einen Tag davor.</translation>
    </message>
    <message>
      <source>Keep it to one line (under {most} characters).</source>
      <translation>Bleiben Sie bei einer Zeile (unter {most} Zeichen).</translation>
    </message>
  </context>
  <context>
    <name>settings</name>
    <message>
      <source>Theme</source>
      <translation>Design</translation>
    </message>
    <message>
      <source>Language</source>
      <translation>Sprache</translation>
    </message>
    <message>
      <source>Your name, on exported agreements</source>
      <translation>Ihr Name auf exportierten Vereinbarungen</translation>
    </message>
    <message>
      <source>Reminders while MentorDesk runs</source>
      <translation>Erinnerungen, während MentorDesk läuft</translation>
    </message>
    <message>
      <source>Keep a calendar file in this folder</source>
      <translation>Eine Kalenderdatei in diesem Ordner führen</translation>
    </message>
    <message>
      <source>Calendar reminder, minutes before each meeting</source>
      <translation>Kalendererinnerung, Minuten vor jedem Treffen</translation>
    </message>
    <message>
      <source>Meetings before a give-back nudge</source>
      <translation>Treffen vor einer Erinnerung ans Zurückgeben</translation>
    </message>
    <message>
      <source>Days without giving back before a nudge</source>
      <translation>Tage ohne Zurückgeben vor einer Erinnerung</translation>
    </message>
    <message>
      <source>Largest file to attach, in MB</source>
      <translation>Größte anzuhängende Datei, in MB</translation>
    </message>
    <message>
      <source>Lock after this many idle minutes</source>
      <translation>Nach so vielen Minuten ohne Eingabe sperren</translation>
    </message>
  </context>
  <context>
    <name>sync</name>
    <message numerus="yes">
      <source>%n change(s) from “{laptop}”.</source>
      <translation>
        <numerusform>%n Änderung von „{laptop}“.</numerusform>
        <numerusform>%n Änderungen von „{laptop}“.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n change(s) from {laptops}.</source>
      <translation>
        <numerusform>%n Änderung von {laptops}.</numerusform>
        <numerusform>%n Änderungen von {laptops}.</numerusform>
      </translation>
    </message>
    <message>
      <source>Sync did not run: {reason}</source>
      <translation>Die Synchronisation lief nicht: {reason}</translation>
    </message>
    <message>
      <source>Sync is paused: {reason}</source>
      <translation>Synchronisation pausiert: {reason}</translation>
    </message>
    <message>
      <source>Sync could not finish: {reason}</source>
      <translation>Die Synchronisation konnte nicht abschließen: {reason}</translation>
    </message>
    <message numerus="yes">
      <source>%n edit(s) made on two laptops at once: the newer was kept (File ▸ Sync…).</source>
      <translation>
        <numerusform>%n Änderung auf zwei Laptops zugleich: Die neuere wurde behalten (Datei ▸ Synchronisation…).</numerusform>
        <numerusform>%n Änderungen auf zwei Laptops zugleich: Die neuere wurde jeweils behalten (Datei ▸ Synchronisation…).</numerusform>
      </translation>
    </message>
    <message>
      <source>Sync is not set up: choose a sync folder in Edit ▸ Preferences ▸ Sync.</source>
      <translation>Die Synchronisation ist nicht eingerichtet: Wählen Sie einen Ordner unter Bearbeiten ▸ Einstellungen ▸ Synchronisieren.</translation>
    </message>
    <message>
      <source>Sync is running already.</source>
      <translation>Die Synchronisation läuft bereits.</translation>
    </message>
    <message>
      <source>S&amp;ync Now</source>
      <translation>&amp;Jetzt synchronisieren</translation>
    </message>
    <message>
      <source>Sy&amp;nc…</source>
      <translation>S&amp;ynchronisation…</translation>
    </message>
    <message>
      <source>Restore “{value}”</source>
      <translation>„{value}“ wiederherstellen</translation>
    </message>
    <message>
      <source>Restore</source>
      <translation>Wiederherstellen</translation>
    </message>
    <message numerus="yes">
      <source>Waiting for %n file(s) to download from the cloud (“{laptop}”).</source>
      <translation>
        <numerusform>Warte auf %n Datei, die aus der Cloud geladen wird („{laptop}“).</numerusform>
        <numerusform>Warte auf %n Dateien, die aus der Cloud geladen werden („{laptop}“).</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>Waiting for %n file(s) to download from the cloud (another laptop).</source>
      <translation>
        <numerusform>Warte auf %n Datei, die aus der Cloud geladen wird (ein anderer Laptop).</numerusform>
        <numerusform>Warte auf %n Dateien, die aus der Cloud geladen werden (ein anderer Laptop).</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>syncDecisions</name>
    <message>
      <source>Actual length</source>
      <translation>Tatsächliche Dauer</translation>
    </message>
    <message>
      <source>Affiliation</source>
      <translation>Zugehörigkeit</translation>
    </message>
    <message>
      <source>Agreed on</source>
      <translation>Vereinbart am</translation>
    </message>
    <message>
      <source>Text</source>
      <translation>Text</translation>
    </message>
    <message>
      <source>Boundaries</source>
      <translation>Grenzen</translation>
    </message>
    <message>
      <source>Meet every</source>
      <translation>Treffen alle</translation>
    </message>
    <message>
      <source>Comment</source>
      <translation>Kommentar</translation>
    </message>
    <message>
      <source>Confidentiality</source>
      <translation>Vertraulichkeit</translation>
    </message>
    <message>
      <source>Day</source>
      <translation>Tag</translation>
    </message>
    <message>
      <source>Description</source>
      <translation>Beschreibung</translation>
    </message>
    <message>
      <source>Done</source>
      <translation>Erledigt</translation>
    </message>
    <message>
      <source>Done on</source>
      <translation>Erledigt am</translation>
    </message>
    <message>
      <source>Due date</source>
      <translation>Fälligkeitsdatum</translation>
    </message>
    <message>
      <source>Typical length</source>
      <translation>Übliche Dauer</translation>
    </message>
    <message>
      <source>Email</source>
      <translation>E-Mail</translation>
    </message>
    <message>
      <source>End date</source>
      <translation>Enddatum</translation>
    </message>
    <message>
      <source>Ended on</source>
      <translation>Beendet am</translation>
    </message>
    <message>
      <source>File name</source>
      <translation>Dateiname</translation>
    </message>
    <message>
      <source>Why they fit</source>
      <translation>Warum sie passen</translation>
    </message>
    <message>
      <source>Follow up on</source>
      <translation>Nachfassen am</translation>
    </message>
    <message>
      <source>Format</source>
      <translation>Form</translation>
    </message>
    <message>
      <source>Meeting frequency</source>
      <translation>Häufigkeit der Treffen</translation>
    </message>
    <message>
      <source>Goals</source>
      <translation>Ziele</translation>
    </message>
    <message>
      <source>Idea</source>
      <translation>Idee</translation>
    </message>
    <message>
      <source>Kind</source>
      <translation>Art</translation>
    </message>
    <message>
      <source>What I learned</source>
      <translation>Was ich gelernt habe</translation>
    </message>
    <message>
      <source>Link</source>
      <translation>Link</translation>
    </message>
    <message>
      <source>Place</source>
      <translation>Ort</translation>
    </message>
    <message>
      <source>The mentor commits to</source>
      <translation>Der Mentor verpflichtet sich zu</translation>
    </message>
    <message>
      <source>I commit to</source>
      <translation>Ich verpflichte mich</translation>
    </message>
    <message>
      <source>Name</source>
      <translation>Name</translation>
    </message>
    <message>
      <source>Note</source>
      <translation>Notiz</translation>
    </message>
    <message>
      <source>Notes</source>
      <translation>Notizen</translation>
    </message>
    <message>
      <source>Private</source>
      <translation>Privat</translation>
    </message>
    <message>
      <source>Organisation</source>
      <translation>Organisation</translation>
    </message>
    <message>
      <source>Outcome</source>
      <translation>Ergebnis</translation>
    </message>
    <message>
      <source>Phone</source>
      <translation>Telefon</translation>
    </message>
    <message>
      <source>Planned length</source>
      <translation>Geplante Dauer</translation>
    </message>
    <message>
      <source>Planned for</source>
      <translation>Geplant für</translation>
    </message>
    <message>
      <source>Preferred channel</source>
      <translation>Bevorzugter Kanal</translation>
    </message>
    <message>
      <source>Profile link</source>
      <translation>Profil-Link</translation>
    </message>
    <message>
      <source>Progress</source>
      <translation>Fortschritt</translation>
    </message>
    <message>
      <source>Purpose</source>
      <translation>Zweck</translation>
    </message>
    <message>
      <source>Questions</source>
      <translation>Fragen</translation>
    </message>
    <message>
      <source>Rating</source>
      <translation>Bewertung</translation>
    </message>
    <message>
      <source>Reason</source>
      <translation>Grund</translation>
    </message>
    <message>
      <source>Recurring points</source>
      <translation>Wiederkehrende Punkte</translation>
    </message>
    <message>
      <source>Report back</source>
      <translation>Berichten</translation>
    </message>
    <message>
      <source>Reported on</source>
      <translation>Berichtet am</translation>
    </message>
    <message>
      <source>Review date</source>
      <translation>Überprüfungsdatum</translation>
    </message>
    <message>
      <source>Role</source>
      <translation>Rolle</translation>
    </message>
    <message>
      <source>When</source>
      <translation>Wann</translation>
    </message>
    <message>
      <source>Sections</source>
      <translation>Abschnitte</translation>
    </message>
    <message>
      <source>Sent</source>
      <translation>Gesendet</translation>
    </message>
    <message>
      <source>Sent how</source>
      <translation>Gesendet per</translation>
    </message>
    <message>
      <source>Start date</source>
      <translation>Beginndatum</translation>
    </message>
    <message>
      <source>Status</source>
      <translation>Status</translation>
    </message>
    <message>
      <source>Success criteria</source>
      <translation>Erfolgskriterien</translation>
    </message>
    <message>
      <source>Takeaways</source>
      <translation>Erkenntnisse</translation>
    </message>
    <message>
      <source>Target date</source>
      <translation>Zieldatum</translation>
    </message>
    <message>
      <source>Thanks</source>
      <translation>Dank</translation>
    </message>
    <message>
      <source>Time zone</source>
      <translation>Zeitzone</translation>
    </message>
    <message>
      <source>Title</source>
      <translation>Titel</translation>
    </message>
    <message>
      <source>Topics</source>
      <translation>Themen</translation>
    </message>
    <message>
      <source>Web address</source>
      <translation>Webadresse</translation>
    </message>
    <message>
      <source>Where found</source>
      <translation>Gefunden über</translation>
    </message>
    <message>
      <source>Why</source>
      <translation>Warum</translation>
    </message>
    <message>
      <source>(empty)</source>
      <translation>(leer)</translation>
    </message>
    <message>
      <source>yes</source>
      <translation>ja</translation>
    </message>
    <message>
      <source>no</source>
      <translation>nein</translation>
    </message>
    <message>
      <source>this laptop</source>
      <translation>diesem Laptop</translation>
    </message>
    <message>
      <source>another laptop</source>
      <translation>einem anderen Laptop</translation>
    </message>
    <message>
      <source>The {kind} “{record}” was deleted on one laptop while it was edited on “{laptop}”: it was kept, with the edit.</source>
      <translation>{kind} „{record}“ wurde auf einem Laptop gelöscht, während es auf „{laptop}“ bearbeitet wurde: Es wurde behalten, mit der Änderung.</translation>
    </message>
    <message>
      <source>A record ({kind}) was deleted on one laptop while it was edited on “{laptop}”: it was kept, with the edit.</source>
      <translation>Ein Eintrag ({kind}) wurde auf einem Laptop gelöscht, während er auf „{laptop}“ bearbeitet wurde: Er wurde behalten, mit der Änderung.</translation>
    </message>
    <message>
      <source>The {kind} “{record}” was deleted on one laptop while its field “{field}” was edited on another; the edited text is kept here: “{lost}”.</source>
      <translation>{kind} „{record}“ wurde auf einem Laptop gelöscht, während das Feld „{field}“ auf einem anderen bearbeitet wurde; der bearbeitete Text wird hier aufbewahrt: „{lost}“.</translation>
    </message>
    <message>
      <source>{field} of the {kind} “{record}”: changed to “{lost}” on “{lost_laptop}” and to “{kept}” on “{kept_laptop}”. The newer, “{kept}”, was kept; Restore brings back “{lost}”.</source>
      <translation>{field} bei {kind} „{record}“: auf „{lost_laptop}“ zu „{lost}“ geändert und auf „{kept_laptop}“ zu „{kept}“. Das Neuere, „{kept}“, wurde behalten; Wiederherstellen bringt „{lost}“ zurück.</translation>
    </message>
    <message>
      <source>{field} ({kind}): changed to “{lost}” on “{lost_laptop}” and to “{kept}” on “{kept_laptop}”. The newer, “{kept}”, was kept; Restore brings back “{lost}”.</source>
      <translation>{field} ({kind}): auf „{lost_laptop}“ zu „{lost}“ geändert und auf „{kept_laptop}“ zu „{kept}“. Das Neuere, „{kept}“, wurde behalten; Wiederherstellen bringt „{lost}“ zurück.</translation>
    </message>
  </context>
  <context>
    <name>syncWaiting</name>
    <message>
      <source>“{name}”</source>
      <translation>„{name}“</translation>
    </message>
    <message>
      <source>another laptop</source>
      <translation>einem anderen Laptop</translation>
    </message>
    <message>
      <source>Waiting for batch {number} from {laptop}: later ones have arrived, this one has not yet.</source>
      <translation>Warte auf Stapel {number} von {laptop}: Spätere sind angekommen, dieser noch nicht.</translation>
    </message>
    <message>
      <source>{file} is not a batch MentorDesk can read; it is left alone.</source>
      <translation>{file} ist kein Stapel, den MentorDesk lesen kann; er bleibt unangetastet.</translation>
    </message>
    <message>
      <source>Some note edits in batch {number} from {laptop} wait for an earlier edit of the same note that has not arrived yet; those notes keep their text until it does.</source>
      <translation>Einige Notizänderungen in Stapel {number} von {laptop} warten auf eine frühere Änderung derselben Notiz, die noch nicht angekommen ist; diese Notizen behalten bis dahin ihren Text.</translation>
    </message>
    <message>
      <source>Batch {number} from {laptop} is not encrypted: that laptop's data is not encrypted, and this sync folder's batches are. Turn encryption on there with the passphrase this sync folder was set up with; nothing from it is applied until then.</source>
      <translation>Stapel {number} von {laptop} ist nicht verschlüsselt: Die Daten jenes Laptops sind nicht verschlüsselt, die Stapel dieses Synchronisationsordners schon. Schalten Sie dort die Verschlüsselung mit der Passphrase ein, mit der dieser Synchronisationsordner eingerichtet wurde; bis dahin wird nichts davon übernommen.</translation>
    </message>
    <message>
      <source>Batch {number} from {laptop} was written by a newer MentorDesk: update MentorDesk on this laptop to receive it.</source>
      <translation>Stapel {number} von {laptop} wurde von einem neueren MentorDesk geschrieben: Aktualisieren Sie MentorDesk auf diesem Laptop, um ihn zu empfangen.</translation>
    </message>
    <message>
      <source>Batch {number} from {laptop} is still arriving; it will be read next time.</source>
      <translation>Stapel {number} von {laptop} kommt noch an; er wird beim nächsten Mal gelesen.</translation>
    </message>
  </context>
  <context>
    <name>templates</name>
    <message>
      <source>Edit the template “{name}”</source>
      <translation>Die Vorlage „{name}“ bearbeiten</translation>
    </message>
    <message>
      <source>{name} (copy)</source>
      <translation>{name} (Kopie)</translation>
    </message>
    <message>
      <source>Duplicate the template “{name}”</source>
      <translation>Die Vorlage „{name}“ duplizieren</translation>
    </message>
    <message>
      <source>Restore the original</source>
      <translation>Das Original wiederherstellen</translation>
    </message>
    <message>
      <source>Put back the template “{name}” as it came with MentorDesk?</source>
      <translation>Die Vorlage „{name}“ so zurücksetzen, wie sie mit MentorDesk kam?</translation>
    </message>
    <message>
      <source>Restore</source>
      <translation>Wiederherstellen</translation>
    </message>
    <message>
      <source>Restore the template “{name}”</source>
      <translation>Die Vorlage „{name}“ wiederherstellen</translation>
    </message>
    <message>
      <source>Delete template</source>
      <translation>Vorlage löschen</translation>
    </message>
    <message>
      <source>Delete the template “{name}”? Meetings planned from it keep their agenda.</source>
      <translation>Die Vorlage „{name}“ löschen? Treffen, die damit geplant wurden, behalten ihre Agenda.</translation>
    </message>
    <message>
      <source>Delete</source>
      <translation>Löschen</translation>
    </message>
    <message>
      <source>Delete the template “{name}”</source>
      <translation>Die Vorlage „{name}“ löschen</translation>
    </message>
    <message>
      <source>Edit ▸ Undo brings it back.</source>
      <translation>Bearbeiten ▸ Rückgängig holt es zurück.</translation>
    </message>
  </context>
  <context>
    <name>touch_in_sentence</name>
    <message>
      <source>email</source>
      <translation>E-Mail</translation>
    </message>
    <message>
      <source>message</source>
      <translation>Nachricht</translation>
    </message>
    <message>
      <source>call</source>
      <translation>Anruf</translation>
    </message>
    <message>
      <source>corridor chat</source>
      <translation>Flurgespräch</translation>
    </message>
  </context>
  <context>
    <name>undo</name>
    <message>
      <source>Undid: {what}</source>
      <translation>Rückgängig gemacht: {what}</translation>
    </message>
    <message>
      <source>Redid: {what}</source>
      <translation>Wiederholt: {what}</translation>
    </message>
    <message>
      <source>Could not undo “{what}”: {reason}.</source>
      <translation>„{what}“ konnte nicht rückgängig gemacht werden: {reason}.</translation>
    </message>
    <message>
      <source>Could not redo “{what}”: {reason}.</source>
      <translation>„{what}“ konnte nicht wiederholt werden: {reason}.</translation>
    </message>
    <message>
      <source>Undo</source>
      <translation>Rückgängig</translation>
    </message>
    <message>
      <source>Redo</source>
      <translation>Wiederholen</translation>
    </message>
    <message>
      <source>Nothing was changed. The step is removed from Edit ▸ Undo.</source>
      <translation>Nichts wurde geändert. Der Schritt wurde aus Bearbeiten ▸ Rückgängig entfernt.</translation>
    </message>
  </context>
  <context>
    <name>vocabulary</name>
    <message>
      <source>mentor</source>
      <translation>Mentor</translation>
    </message>
    <message numerus="yes">
      <source>%n mentor(s)</source>
      <translation>
        <numerusform>%n Mentor</numerusform>
        <numerusform>%n Mentoren</numerusform>
      </translation>
    </message>
    <message>
      <source>Mentor</source>
      <translation>Mentor</translation>
    </message>
    <message>
      <source>tag</source>
      <translation>Schlagwort</translation>
    </message>
    <message numerus="yes">
      <source>%n tag(s)</source>
      <translation>
        <numerusform>%n Schlagwort</numerusform>
        <numerusform>%n Schlagwörter</numerusform>
      </translation>
    </message>
    <message>
      <source>Tag</source>
      <translation>Schlagwort</translation>
    </message>
    <message numerus="yes">
      <source>their %n tag(s)</source>
      <translation>
        <numerusform>sein Schlagwort</numerusform>
        <numerusform>seine %n Schlagwörter</numerusform>
      </translation>
    </message>
    <message>
      <source>status change</source>
      <translation>Statuswechsel</translation>
    </message>
    <message numerus="yes">
      <source>%n status change(s)</source>
      <translation>
        <numerusform>%n Statuswechsel</numerusform>
        <numerusform>%n Statuswechsel</numerusform>
      </translation>
    </message>
    <message>
      <source>Status change</source>
      <translation>Statuswechsel</translation>
    </message>
    <message numerus="yes">
      <source>their status history (%n entry/entries)</source>
      <translation>
        <numerusform>sein Statusverlauf (%n Eintrag)</numerusform>
        <numerusform>sein Statusverlauf (%n Einträge)</numerusform>
      </translation>
    </message>
    <message>
      <source>meeting</source>
      <translation>Treffen</translation>
    </message>
    <message numerus="yes">
      <source>%n meeting(s)</source>
      <translation>
        <numerusform>%n Treffen</numerusform>
        <numerusform>%n Treffen</numerusform>
      </translation>
    </message>
    <message>
      <source>Meeting notes</source>
      <translation>Gesprächsnotizen</translation>
    </message>
    <message numerus="yes">
      <source>%n meeting(s) with agenda and notes</source>
      <translation>
        <numerusform>%n Treffen mit Agenda und Notizen</numerusform>
        <numerusform>%n Treffen mit Agenda und Notizen</numerusform>
      </translation>
    </message>
    <message>
      <source>agenda point</source>
      <translation>Agendapunkt</translation>
    </message>
    <message numerus="yes">
      <source>%n agenda point(s)</source>
      <translation>
        <numerusform>%n Agendapunkt</numerusform>
        <numerusform>%n Agendapunkte</numerusform>
      </translation>
    </message>
    <message>
      <source>Agenda item</source>
      <translation>Agendapunkt</translation>
    </message>
    <message>
      <source>action item</source>
      <translation>Aufgabe</translation>
    </message>
    <message numerus="yes">
      <source>%n action item(s)</source>
      <translation>
        <numerusform>%n Aufgabe</numerusform>
        <numerusform>%n Aufgaben</numerusform>
      </translation>
    </message>
    <message>
      <source>Action item</source>
      <translation>Aufgabe</translation>
    </message>
    <message>
      <source>earlier version of the notes</source>
      <translation>frühere Version der Notizen</translation>
    </message>
    <message numerus="yes">
      <source>%n earlier version(s) of the notes</source>
      <translation>
        <numerusform>%n frühere Version der Notizen</numerusform>
        <numerusform>%n frühere Versionen der Notizen</numerusform>
      </translation>
    </message>
    <message>
      <source>Earlier notes</source>
      <translation>Frühere Notizen</translation>
    </message>
    <message>
      <source>agreement</source>
      <translation>Vereinbarung</translation>
    </message>
    <message numerus="yes">
      <source>%n agreement(s)</source>
      <translation>
        <numerusform>%n Vereinbarung</numerusform>
        <numerusform>%n Vereinbarungen</numerusform>
      </translation>
    </message>
    <message>
      <source>Agreement</source>
      <translation>Vereinbarung</translation>
    </message>
    <message>
      <source>agreement version</source>
      <translation>Version der Vereinbarung</translation>
    </message>
    <message numerus="yes">
      <source>%n agreement version(s)</source>
      <translation>
        <numerusform>%n Version der Vereinbarung</numerusform>
        <numerusform>%n Versionen der Vereinbarung</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>their agreement (%n version(s))</source>
      <translation>
        <numerusform>seine Vereinbarung (%n Version)</numerusform>
        <numerusform>seine Vereinbarung (%n Versionen)</numerusform>
      </translation>
    </message>
    <message>
      <source>goal</source>
      <translation>Ziel</translation>
    </message>
    <message numerus="yes">
      <source>%n goal(s)</source>
      <translation>
        <numerusform>%n Ziel</numerusform>
        <numerusform>%n Ziele</numerusform>
      </translation>
    </message>
    <message>
      <source>Goal</source>
      <translation>Ziel</translation>
    </message>
    <message>
      <source>progress update</source>
      <translation>Fortschritt</translation>
    </message>
    <message numerus="yes">
      <source>%n progress update(s)</source>
      <translation>
        <numerusform>%n Fortschritt</numerusform>
        <numerusform>%n Fortschritte</numerusform>
      </translation>
    </message>
    <message>
      <source>Progress update</source>
      <translation>Fortschritt</translation>
    </message>
    <message numerus="yes">
      <source>its %n progress update(s)</source>
      <translation>
        <numerusform>sein Fortschritt</numerusform>
        <numerusform>seine %n Fortschritte</numerusform>
      </translation>
    </message>
    <message>
      <source>link between a goal and a mentor</source>
      <translation>Verknüpfung zwischen einem Ziel und einem Mentor</translation>
    </message>
    <message numerus="yes">
      <source>%n link(s) between goals and mentors</source>
      <translation>
        <numerusform>%n Verknüpfung zwischen Zielen und Mentoren</numerusform>
        <numerusform>%n Verknüpfungen zwischen Zielen und Mentoren</numerusform>
      </translation>
    </message>
    <message>
      <source>Goal and mentor</source>
      <translation>Ziel und Mentor</translation>
    </message>
    <message numerus="yes">
      <source>%n link(s) between a goal and a mentor</source>
      <translation>
        <numerusform>%n Verknüpfung zwischen einem Ziel und einem Mentor</numerusform>
        <numerusform>%n Verknüpfungen zwischen einem Ziel und einem Mentor</numerusform>
      </translation>
    </message>
    <message>
      <source>link between a goal and an action item</source>
      <translation>Verknüpfung zwischen einem Ziel und einer Aufgabe</translation>
    </message>
    <message numerus="yes">
      <source>%n link(s) between goals and action items</source>
      <translation>
        <numerusform>%n Verknüpfung zwischen Zielen und Aufgaben</numerusform>
        <numerusform>%n Verknüpfungen zwischen Zielen und Aufgaben</numerusform>
      </translation>
    </message>
    <message>
      <source>Goal and action item</source>
      <translation>Ziel und Aufgabe</translation>
    </message>
    <message numerus="yes">
      <source>%n link(s) between a goal and an action item</source>
      <translation>
        <numerusform>%n Verknüpfung zwischen einem Ziel und einer Aufgabe</numerusform>
        <numerusform>%n Verknüpfungen zwischen einem Ziel und einer Aufgabe</numerusform>
      </translation>
    </message>
    <message>
      <source>give-back idea</source>
      <translation>Idee zum Zurückgeben</translation>
    </message>
    <message numerus="yes">
      <source>%n give-back idea(s)</source>
      <translation>
        <numerusform>%n Idee zum Zurückgeben</numerusform>
        <numerusform>%n Ideen zum Zurückgeben</numerusform>
      </translation>
    </message>
    <message>
      <source>Give-back</source>
      <translation>Zurückgeben</translation>
    </message>
    <message>
      <source>outreach step</source>
      <translation>Schritt der Kontaktaufnahme</translation>
    </message>
    <message numerus="yes">
      <source>%n outreach step(s)</source>
      <translation>
        <numerusform>%n Schritt der Kontaktaufnahme</numerusform>
        <numerusform>%n Schritte der Kontaktaufnahme</numerusform>
      </translation>
    </message>
    <message>
      <source>Outreach step</source>
      <translation>Schritt der Kontaktaufnahme</translation>
    </message>
    <message>
      <source>closure review</source>
      <translation>Abschlussrückblick</translation>
    </message>
    <message numerus="yes">
      <source>%n closure review(s)</source>
      <translation>
        <numerusform>%n Abschlussrückblick</numerusform>
        <numerusform>%n Abschlussrückblicke</numerusform>
      </translation>
    </message>
    <message>
      <source>Closure review</source>
      <translation>Abschlussrückblick</translation>
    </message>
    <message>
      <source>the closure review</source>
      <translation>der Abschlussrückblick</translation>
    </message>
    <message>
      <source>goal named in a closure review</source>
      <translation>in einem Abschlussrückblick genanntes Ziel</translation>
    </message>
    <message numerus="yes">
      <source>%n goal(s) named in closure reviews</source>
      <translation>
        <numerusform>%n in Abschlussrückblicken genanntes Ziel</numerusform>
        <numerusform>%n in Abschlussrückblicken genannte Ziele</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>its mention in %n closure review(s)</source>
      <translation>
        <numerusform>seine Erwähnung in %n Abschlussrückblick</numerusform>
        <numerusform>seine Erwähnungen in %n Abschlussrückblicken</numerusform>
      </translation>
    </message>
    <message>
      <source>topic</source>
      <translation>Thema</translation>
    </message>
    <message numerus="yes">
      <source>%n topic(s)</source>
      <translation>
        <numerusform>%n Thema</numerusform>
        <numerusform>%n Themen</numerusform>
      </translation>
    </message>
    <message>
      <source>Topic</source>
      <translation>Thema</translation>
    </message>
    <message numerus="yes">
      <source>%n topic(s) in the inbox</source>
      <translation>
        <numerusform>%n Thema im Eingang</numerusform>
        <numerusform>%n Themen im Eingang</numerusform>
      </translation>
    </message>
    <message>
      <source>touch</source>
      <translation>Kontakt</translation>
    </message>
    <message numerus="yes">
      <source>%n touch(es)</source>
      <translation>
        <numerusform>%n Kontakt</numerusform>
        <numerusform>%n Kontakte</numerusform>
      </translation>
    </message>
    <message>
      <source>Touch</source>
      <translation>Kontakt</translation>
    </message>
    <message numerus="yes">
      <source>%n logged touch(es)</source>
      <translation>
        <numerusform>%n eingetragener Kontakt</numerusform>
        <numerusform>%n eingetragene Kontakte</numerusform>
      </translation>
    </message>
    <message>
      <source>meeting template</source>
      <translation>Gesprächsvorlage</translation>
    </message>
    <message numerus="yes">
      <source>%n meeting template(s)</source>
      <translation>
        <numerusform>%n Gesprächsvorlage</numerusform>
        <numerusform>%n Gesprächsvorlagen</numerusform>
      </translation>
    </message>
    <message>
      <source>Meeting template</source>
      <translation>Gesprächsvorlage</translation>
    </message>
    <message>
      <source>recap</source>
      <translation>Zusammenfassung</translation>
    </message>
    <message numerus="yes">
      <source>%n recap(s)</source>
      <translation>
        <numerusform>%n Zusammenfassung</numerusform>
        <numerusform>%n Zusammenfassungen</numerusform>
      </translation>
    </message>
    <message>
      <source>Recap</source>
      <translation>Zusammenfassung</translation>
    </message>
    <message numerus="yes">
      <source>%n recap(s) sent</source>
      <translation>
        <numerusform>%n gesendete Zusammenfassung</numerusform>
        <numerusform>%n gesendete Zusammenfassungen</numerusform>
      </translation>
    </message>
    <message>
      <source>calendar event</source>
      <translation>Kalendertermin</translation>
    </message>
    <message numerus="yes">
      <source>%n calendar event(s)</source>
      <translation>
        <numerusform>%n Kalendertermin</numerusform>
        <numerusform>%n Kalendertermine</numerusform>
      </translation>
    </message>
    <message>
      <source>Calendar event</source>
      <translation>Kalendertermin</translation>
    </message>
    <message>
      <source>attachment</source>
      <translation>Anhang</translation>
    </message>
    <message numerus="yes">
      <source>%n attachment(s)</source>
      <translation>
        <numerusform>%n Anhang</numerusform>
        <numerusform>%n Anhänge</numerusform>
      </translation>
    </message>
    <message>
      <source>Attachment</source>
      <translation>Anhang</translation>
    </message>
    <message numerus="yes">
      <source>%n attached file(s) and link(s)</source>
      <translation>
        <numerusform>%n angehängte Datei bzw. Link</numerusform>
        <numerusform>%n angehängte Dateien und Links</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n meeting(s) with their agendas and notes</source>
      <translation>
        <numerusform>%n Treffen mit Agenden und Notizen</numerusform>
        <numerusform>%n Treffen mit Agenden und Notizen</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>their link(s) to %n goal(s) (the goals stay)</source>
      <translation>
        <numerusform>seine Verknüpfung mit %n Ziel (die Ziele bleiben)</numerusform>
        <numerusform>seine Verknüpfungen mit %n Zielen (die Ziele bleiben)</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>its link(s) to %n mentor(s)</source>
      <translation>
        <numerusform>seine Verknüpfung mit %n Mentor</numerusform>
        <numerusform>seine Verknüpfungen mit %n Mentoren</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>its link(s) to %n action item(s)</source>
      <translation>
        <numerusform>seine Verknüpfung mit %n Aufgabe</numerusform>
        <numerusform>seine Verknüpfungen mit %n Aufgaben</numerusform>
      </translation>
    </message>
    <message>
      <source>{first} and {last}</source>
      <translation>{first} und {last}</translation>
    </message>
  </context>
</TS>
