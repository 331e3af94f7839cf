<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de" sourcelanguage="en">
  <context>
    <name>AboutDialog</name>
    <message>
      <source>About MentorDesk</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>&lt;p&gt;Run all of your mentor relationships on your own computer, offline.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Data folder:&lt;/b&gt;&lt;br&gt;{folder}&lt;/p&gt;&lt;p&gt;&lt;b&gt;Database:&lt;/b&gt;&lt;br&gt;{database}&lt;/p&gt;&lt;p&gt;Qt for Python {qt}&lt;/p&gt;</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>&lt;p&gt;MentorDesk is free software under the MIT licence. It uses Qt and Qt for Python (PySide6), which are licensed under the GNU Lesser General Public License v3; you may replace them with your own build. The licences of everything MentorDesk ships with are in its licences folder.&lt;/p&gt;</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Open data folder</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Licences</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Open the licences folder</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>ActionDoneDialog</name>
    <message>
      <source>Mark done</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Outcome</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>How did it turn out? What did you learn?</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Done on</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Report back to {name} at the next meeting</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Report back to the mentor</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>&amp;Outcome</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>&amp;Done on</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>ActionItemDialog</name>
    <message>
      <source>Edit action item</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>New action item</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Mentor the advice came from</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>&amp;Mentor</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Mentor</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>What you will do</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>What will you do? e.g. Read chapter 3 of …</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>&amp;Action</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>on</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>D&amp;ue</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Tell the mentor how it went</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Report back to the mentor</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Outcome</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>&amp;Outcome</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Save</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Add action item</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Ctrl+Enter</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Choose a mentor…</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>ActionItemsModel</name>
    <message>
      <source>Action item</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Due</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>No date</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Double-click or press F2 to set a due date</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>ActionItemsPanel</name>
    <message>
      <source>Action items</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Capture action item</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Turn the selection or the current line of notes into an action item (Ctrl+Shift+A)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Action items from this meeting</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Nothing captured yet. Put the cursor on a line of notes and press Ctrl+Shift+A.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Due…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Set due date</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Set the due date of the selected action item (F2)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Remove</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Remove action item</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Remove the selected action item (Delete)</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>ActionItemsView</name>
    <message>
      <source>No action items yet</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Action items are the advice you decide to act on. Capture them while you talk: in meeting mode, put the cursor on a line of your notes and press Ctrl+Shift+A. Advice that came by mail? Press Ctrl+Shift+A here to add it. They all gather here, with due dates and how they turned out.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Add an action item</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Action items</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Mentor:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Show mentor</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Show:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Show status</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Overdue</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>To report back</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>All</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>New action item…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Add advice you will act on (Ctrl+Shift+A)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Edit…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Mark done…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Reopen</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Drop</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Due date…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Report back</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Go to mentor</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>All mentors</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>No action items match this filter. Choose “All” to see every one.</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>ActionTableModel</name>
    <message>
      <source>Action</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Mentor</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Due</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Status</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Done on</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Outcome</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Report back</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>⚠ Overdue · {date}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Reported {date}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>To report</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Yes</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>No due date</source>
      <translation type="unfinished" />
    </message>
    <message numerus="yes">
      <source>Overdue by %n day(s): due {date}</source>
      <translation type="unfinished">
        <numerusform />
        <numerusform />
      </translation>
    </message>
    <message>
      <source>Due {date}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Tell {name} how it went</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Tell the mentor how it went, once it is done</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>AgendaEditor</name>
    <message>
      <source>Agenda</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>New agenda point</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Type a point and press Enter</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Add</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Remove</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>AgendaModel</name>
    <message>
      <source>done</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>to do</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>AgendaPanel</name>
    <message>
      <source>Agenda</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Space ticks off, F2 edits, Delete removes, Alt+Up/Down moves</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>New agenda item</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Add a point and press Enter</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Remove</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Up</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Down</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Remove the selected point (Delete)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Move up (Alt+Up)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Move down (Alt+Down)</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>AgreementCompare</name>
    <message>
      <source>{n} min</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Version {n} · agreed {day}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Version {n} · {status} · agreed {day}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Version {n} · {status}</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>AgreementCompareDialog</name>
    <message>
      <source>Compare versions of the agreement with {name}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Earlier version</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Later version</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Show only what changed</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>The two versions side by side</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Close</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>These two versions say the same.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>{count} of {total} terms changed: {names}.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>changed</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Term</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>AgreementForm</name>
    <message>
      <source>S&amp;tatus</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Agreement status</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Agreed on</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>&amp;Goals</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Goals of the mentorship</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>What should be different when this ends?</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Meet &amp;every</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Meeting frequency</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>e.g. 4</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>&amp;Duration</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Typical duration in minutes</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>&amp;Format</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Meeting format</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>&amp;Link</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Video or meeting link</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>https://meet.example.com/abc</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>T&amp;opics</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Topics, one per line</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>One per line; offered when you plan a meeting</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>I commit to</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>What I commit to</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>My mentor commits to</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>What my mentor commits to</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Confidentiality</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Boundaries</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Boundaries: best times, response expectations</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Best times to meet, how quickly to expect replies</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Start</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Start date</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Review</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Review date</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>End</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>End date</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Set {what}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Frequency unit</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>not set</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source> min</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Enter a whole number, like 4 (for every 4 weeks).</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>AgreementPanel</name>
    <message>
      <source>Version shown</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Save agreement</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Revert</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Revert the agreement</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Agreement</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Agreement with {name}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Save as version {n}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Save changes</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Choose a mentor to see the agreement.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Not saved yet: edit it, then press Save agreement.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>No agreement with {name} yet. Agree on goals, how often to meet and what to talk about from the start: begin from a template or write your own.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>An earlier version, kept as it was (read only). The current one is version {n}.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Version {n} was agreed, so it stays as it is: saving these changes makes version {next}.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Agreed on {day}. Changing its terms will make a new version; the status alone can change in place.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>A draft: edit freely until you both agree.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>the agreement with {name}</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>BackupsDialog</name>
    <message>
      <source>Before an update</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Daily</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>While you worked</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Made by you</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Before an import</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Before a restore</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Backups</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>MentorDesk backs up your data when it starts (once a day), every half hour while you work, and before every update, import and restore. It keeps all backups of the last two days, then one a day, one a week and one a month.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Taken</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Why</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Size</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Mentors</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Meetings</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Back Up Now</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Restore…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Show in Folder</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Close</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>unreadable</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>No backups yet.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Backing up…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Backed up.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>The backup failed: {reason}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Restore this backup?</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Go back to your data as it was on {when}: {mentors}, {meetings}?</source>
      <translation type="unfinished" />
    </message>
    <message numerus="yes">
      <source>%n mentor(s)</source>
      <translation type="unfinished">
        <numerusform />
        <numerusform />
      </translation>
    </message>
    <message numerus="yes">
      <source>%n meeting(s)</source>
      <translation type="unfinished">
        <numerusform />
        <numerusform />
      </translation>
    </message>
    <message>
      <source>Restore</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Your data as it is now is backed up first, so you can come back to it from this list. Open windows close and MentorDesk reopens on the backup.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>&amp;Backups…</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>BalancePanel</name>
    <message>
      <source>Balance</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>What you gave back to each mentor</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>⚠ marks a mentor met {meetings} or more with nothing given back for {days} (Edit ▸ Preferences).</source>
      <translation type="unfinished" />
    </message>
    <message numerus="yes">
      <source>%n time(s)</source>
      <translation type="unfinished">
        <numerusform />
        <numerusform />
      </translation>
    </message>
    <message numerus="yes">
      <source>%n day(s)</source>
      <translation type="unfinished">
        <numerusform />
        <numerusform />
      </translation>
    </message>
  </context>
  <context>
    <name>BriefPanel</name>
    <message>
      <source>Pre-meeting brief</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Join</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Join the meeting</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Select a meeting to see what to bring up.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Before you meet {name}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Report back</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Nothing to report back.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Open action items</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>No open action items.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Last meeting's takeaways</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>No takeaways written.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>No meeting held yet.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Not covered last time</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Nothing left over from the last agenda.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>No meeting planned yet.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Planned for {when} · {format}, not marked held yet: end it in meeting mode, or reschedule it.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Meeting now: {when} · {format}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Next meeting: {when} · {format}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>• {text} — overdue, due {date}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>• {text} — due {date}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Done {date}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Reported</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Mark reported: {text}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>I told {name} how it went</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>ClosureReviewDialog</name>
    <message>
      <source>Closing the mentorship with {name}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>What I learned</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>The lessons you take with you</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Goals this mentorship served</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Thank-you note</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Draft again</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Compose the note again from what you learned and the goals ticked</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Copy note</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Export to Markdown…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Keep in touch as alumni, every</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Keep in touch as alumni</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Keep in touch every</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Unit</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Ended on</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>What I &amp;learned</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>&amp;Goals it served</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>&amp;Thank-you note</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>&amp;Afterwards</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>&amp;Ended on</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>End mentorship</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>No meeting was held. Say what you take with you anyway.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>nothing given back yet</source>
      <translation type="unfinished" />
    </message>
    <message numerus="yes">
      <source>%n thing(s) given back</source>
      <translation type="unfinished">
        <numerusform />
        <numerusform />
      </translation>
    </message>
    <message>
      <source>{meetings}, {actions}, {gave}. Everything stays recorded; the note below is a draft to make your own.</source>
      <translation type="unfinished" />
    </message>
    <message numerus="yes">
      <source>%n meeting(s)</source>
      <translation type="unfinished">
        <numerusform />
        <numerusform />
      </translation>
    </message>
    <message numerus="yes">
      <source>%n piece(s) of advice acted on</source>
      <translation type="unfinished">
        <numerusform />
        <numerusform />
      </translation>
    </message>
    <message>
      <source>The thank-you note is on the clipboard.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Export the closure review</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Markdown (*.md)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Could not write {file}: {reason}.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Exported to {file}.</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>ComingSoon</name>
    <message>
      <source>Coming soon. {future}

This area is not built yet; nothing here is sample or fake data.</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>CommandPalette</name>
    <message>
      <source>Run an action</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Action to run, or words to search for</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Type an action's name, or words to search for</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Actions</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Action</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Where</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Keys</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Not available here now</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Search your data for “{text}”</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>DashboardView</name>
    <message>
      <source>Welcome to MentorDesk</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>This page will tell you what to do today: who is due for a meeting, what you promised, and what is overdue. Start with a real mentor, or look around with a few fictional ones that you can remove in one step.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Add your first mentor</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Explore with sample data</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Time to meet</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Meetings in the next 7 days</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Action items due</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Report back</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Agreement reviews</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Rhythm</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Gaps between meetings</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Follow up with prospects</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Give back</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Nobody needs a meeting planned now.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>No meetings planned in the next 7 days.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Nothing overdue or due this week.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Nothing to report back. Outcomes you promise to share appear here.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>No agreement is due for review in the next 14 days.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Every rhythm is close to what was agreed.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>No prospect is waiting for a follow-up.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Nobody is owed a give-back: mentorship is a two-way street.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Charts appear once you have met an active mentor twice.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>nobody to meet</source>
      <translation type="unfinished" />
    </message>
    <message numerus="yes">
      <source>%n mentor(s) to meet</source>
      <translation type="unfinished">
        <numerusform />
        <numerusform />
      </translation>
    </message>
    <message numerus="yes">
      <source>%n meeting(s) in the next 7 days</source>
      <translation type="unfinished">
        <numerusform />
        <numerusform />
      </translation>
    </message>
    <message numerus="yes">
      <source>%n action item(s) overdue</source>
      <translation type="unfinished">
        <numerusform />
        <numerusform />
      </translation>
    </message>
    <message>
      <source>{n} to report back</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>time to keep in touch ({standing})</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Plan meeting…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Plan a meeting with {name}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Open</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Open {name}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>{when} · {name} · {format}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Agenda: {points}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>No agenda yet</source>
      <translation type="unfinished" />
    </message>
    <message numerus="yes">
      <source>%n open action item(s)</source>
      <translation type="unfinished">
        <numerusform />
        <numerusform />
      </translation>
    </message>
    <message>
      <source>Join</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Join the call with {name}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Brief</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>The brief for {name}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>{when} · {name}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Its time has passed: mark it held, or cancel it.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Open the past meeting with {name}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>overdue since {day}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>due today</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>due {day}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Open the action item {text}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>done {day}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Reported</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Mark reported: {text}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>I told {name} how it went</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>was due {day}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>due {day} (in {days})</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Review the agreement with {name} (version {version})</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Open agreement</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Open the agreement with {name}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>More often than agreed: is that still right for them?</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Less often than agreed: plan ahead, or agree a new rhythm.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>{name} — time to give something back</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Add idea…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Add a give-back idea for {name}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>{step} {day}; follow-up was due {due}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>{step} {day}; follow up today</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Follow up with {name}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Open the prospect {name}</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>DataSession</name>
    <message>
      <source>Unfinished changes set aside</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Beside your database lay unfinished changes that do not belong to it (this happens when a backup is copied over the database by hand after a crash). MentorDesk set them aside as {name} and opened the database as it is.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Backup restored. Your data as it was before is kept as a backup (File ▸ Backups…), so you can go back to it.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Imported. Your data as it was before is kept as a backup (File ▸ Backups…).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Nothing was imported: {problem}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>The file could not be imported: {reason}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>The backup could not be restored: {reason}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Backup failed: {reason}</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>DueDateDialog</name>
    <message>
      <source>Due date</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Set due date</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>DueDateEditor</name>
    <message>
      <source>Due date</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>No date</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Delete: no due date</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>DueField</name>
    <message>
      <source>Due on</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Has a due date</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Due date</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>+1 week</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>+2 weeks</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>End of month</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Due in one week</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Due in two weeks</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Due at the end of the month</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Due {date}</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>EditMeetingDialog</name>
    <message>
      <source>Held meeting with {name}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Meeting with {name}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>When it began</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Date and time</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source> min</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Format</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Place or video link</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>How valuable was it</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>No rating</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>{stars} ({value} of 5)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>How long it took, in minutes</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>&amp;Began</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>&amp;Took</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>&amp;Value</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Duration in minutes</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>&amp;When</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>&amp;Duration</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>&amp;Format</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>&amp;Place or link</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>&amp;Agenda</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Save</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Their time: {time}</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>EndMeetingDialog</name>
    <message>
      <source>End meeting</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>When the meeting began</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Actual duration in minutes</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source> min</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>How valuable was it</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>No rating</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>1 – not useful</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>3 – useful</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>5 – very valuable</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>No action items were captured in this meeting.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Plan the next meeting</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Next meeting date and time</source>
      <translation type="unfinished" />
    </message>
    <message numerus="yes">
      <source>%n unticked agenda point(s) will be carried over.</source>
      <translation type="unfinished">
        <numerusform />
        <numerusform />
      </translation>
    </message>
    <message>
      <source>Every agenda point was ticked off.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>There was no agenda.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Began:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Actual duration:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Value of the meeting:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Next meeting:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Mark the meeting held, as entered above</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>ExchangeDialogs</name>
    <message>
      <source>MentorDesk</source>
      <translation type="unfinished" />
    </message>
    <message numerus="yes">
      <source>%n mentor(s)</source>
      <translation type="unfinished">
        <numerusform />
        <numerusform />
      </translation>
    </message>
    <message numerus="yes">
      <source>%n meeting(s)</source>
      <translation type="unfinished">
        <numerusform />
        <numerusform />
      </translation>
    </message>
    <message numerus="yes">
      <source>%n action item(s)</source>
      <translation type="unfinished">
        <numerusform />
        <numerusform />
      </translation>
    </message>
    <message>
      <source>JSON (every record; can be imported)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Markdown (a folder to read)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>CSV (for spreadsheets)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Export</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Export as:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Export to</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Export into</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Exporting…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Exported to {path}.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Import a MentorDesk export</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Checking the file…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Import this file?</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Add {what} from {name}?</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Import</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Your data is backed up first. Open windows close and MentorDesk reopens with the imported records.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Cannot import</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>{name} cannot be imported. Nothing was changed.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>That did not work: {reason}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>&amp;Export…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>&amp;Import…</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>GapChart</name>
    <message numerus="yes">
      <source>Meet {agreed}. Last %n gap(s): {gaps}.</source>
      <translation type="unfinished">
        <numerusform />
        <numerusform />
      </translation>
    </message>
    <message numerus="yes">
      <source>The first %n began under earlier terms.</source>
      <translation type="unfinished">
        <numerusform />
        <numerusform />
      </translation>
    </message>
    <message numerus="yes">
      <source>%n was/were clearly longer than that.</source>
      <translation type="unfinished">
        <numerusform />
        <numerusform />
      </translation>
    </message>
    <message>
      <source>Gaps between meetings with {name}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>agreed</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>GiveBackDialog</name>
    <message>
      <source>Give-back idea</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>New give-back idea</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Mentor</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Idea</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>e.g. Send her the article on rotas</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Kind</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Status</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>On</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Has a planned date</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Planned date</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Done on</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Note</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>&amp;Mentor</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>&amp;Idea</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>&amp;Kind</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>&amp;Status</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>&amp;Planned</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>&amp;Done on</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>&amp;Note</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Save</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>GiveBackPanel</name>
    <message>
      <source>Give-back ideas</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Capture give-back idea</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Turn the selection or the current line of notes into a give-back idea ({key})</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Give-back ideas from this meeting</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>A way to give back came up? Put the cursor on its line and press {key}.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Put the cursor on a line of notes (or select text) to capture it.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Not captured. The text is still in your notes.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Captured as “{kind}”.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Give-back idea captured</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>GiveBackTableModel</name>
    <message>
      <source>Idea</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Mentor</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Kind</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Status</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>When</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Note</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>done {day}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>planned {day}</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>GiveBackView</name>
    <message>
      <source>Give something back</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Mentorship is a two-way street. Note ideas for giving back to each mentor — a thank-you, an article, an introduction, help on their project — plan them and mark them done. In meeting mode, Ctrl+Shift+G turns a line of notes into an idea.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Give-back ideas</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Add an idea</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Mentor:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Show the ideas for mentor</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Show:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Show status</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Not done yet</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>All</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>New idea…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Edit…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Mark done</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Delete</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>All mentors</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>No give-back ideas yet. Add one with “New idea…”.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>No idea matches these filters. Choose “All” to see every one.</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>GoalBoardDialog</name>
    <message>
      <source>Board: {goal}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>How I'll know: {text}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>{value} % done</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>No mentor covers this goal yet. Tick mentors on the goal, or link the action items that serve it, to compare their advice here.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Close</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>through their advice</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Advice to act on</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>None linked yet.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Takeaways</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>No meeting with takeaways on it yet.</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>GoalChoice</name>
    <message>
      <source>Captured action items work toward goal</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Action items captured from now on are linked to this goal</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Toward &amp;goal:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>No goal</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>GoalForm</name>
    <message>
      <source>&amp;Goal</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Goal</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>e.g. Lead a team of five by next spring</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>&amp;Why</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Why it matters</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Why this goal, and why now</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>How I'll &amp;know</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>How I will know</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>What will be true when it is achieved</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>&amp;Target</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Has a target date</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>&amp;Status</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Status</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>&amp;Progress</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Progress measured</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>&amp;Mentors</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Mentors who help with this goal</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>GoalPanel</name>
    <message>
      <source>Save</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Save (Ctrl+S)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Revert</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Action items toward this goal</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Link action items…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Choose the advice that works toward this goal</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Meetings where this goal came up</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Progress updates</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Save the goal to link action items to it.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Action items</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Meetings where it came up</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>New goal</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Name it, say why it matters and how you will know.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>{value} % done</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>target {day}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>No action items yet: link the advice that serves it.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>advice from it</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>mentioned</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>{when} · {name} ({why})</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>None yet. Meetings appear here when their advice or notes touch it.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>No updates set by hand yet.</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>GoalTableModel</name>
    <message>
      <source>Goal</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Status</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Progress</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Target</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Mentors</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Action items</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>⚠ {date}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>{done} of {counted} done</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>{value} % ({how})</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>The target date has passed</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>GoalsView</name>
    <message>
      <source>Your goals</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Mentorship works best when you are proactive about your goals. Write down what you want to achieve, why it matters and how you will know; then link the mentors who help and the advice you act on, and watch the progress.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Goals</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Add a goal</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Show:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Status</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>All goals</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Mentor:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Show the goals of mentor</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>New goal</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Update progress…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Board…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Delete…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>All mentors</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>No goal matches these filters. Choose “All goals” to see every one.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>the new goal</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>GuideDialog</name>
    <message>
      <source>How MentorDesk follows the article</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Each tip of the mentorship article, and where MentorDesk helps you with it.</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>HistoryDialog</name>
    <message>
      <source>Earlier versions of the notes</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>MentorDesk keeps a version of the notes every 10 minutes of typing and before large deletions, for at least 90 days. Restoring replaces the notes; Ctrl+Z in the notes brings the current text back.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Versions</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Version preview</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>No earlier versions yet: they appear after 10 minutes of note-taking or before a large deletion.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Restore this version</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>LinkActionsDialog</name>
    <message>
      <source>Action items toward “{goal}”</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Show the advice of</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>All mentors</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Action items</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>No action items yet: capture them in meeting mode (Ctrl+Shift+A).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Link</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>ListArea</name>
    <message>
      <source>Nothing matches these filters.</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>MainWindow</name>
    <message>
      <source>&amp;About MentorDesk</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>&amp;Help</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Areas</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Opening your data…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>&amp;File</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>&amp;New Mentor</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>&amp;Plan Meeting…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>New &amp;Action Item…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>&amp;Save</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Export &amp;Calendar…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Explore with Sample Data</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Remove Sample Data…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>&amp;Quit</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>&amp;Edit</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>&amp;Find…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>&amp;Preferences…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>&amp;View</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>MeetingEditing</name>
    <message>
      <source>with {name} on {when}</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>MeetingHeader</name>
    <message>
      <source>Time elapsed of the planned time</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Start</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Start the clock (typing starts it too, close to the planned time)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Saved</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Notes saved</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Whether your notes are saved</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Join</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Open the meeting's video link</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Edit…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Change the time, length, format or place</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>History…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Earlier versions of the notes (Ctrl+Shift+H)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>End meeting…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Mark the meeting held and plan the next (Ctrl+Shift+E)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Held</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Meeting held</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Marked held on {when}; notes and takeaways can still be edited</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Marked held; notes and takeaways can still be edited</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>{minutes} min {seconds} s</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Meeting clock: {elapsed}, over the {planned} min planned</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Meeting clock: {elapsed} of {planned} min planned</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Over the planned time</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Elapsed / planned</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Saving…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Saving the notes…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Not saved: {reason}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Notes not saved: {reason}</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>MeetingModeWindow</name>
    <message>
      <source>Put the cursor on a line of notes (or select text) to capture it.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Not captured. The text is still in your notes.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Action item captured</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>This meeting was deleted, so it cannot be marked held. Edit ▸ Undo in the main window brings it back; your notes stay here until then.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>The notes are not saved yet ({reason}). Try again in a moment.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>The meeting could not be marked held: {reason}.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>End meeting</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Notes not saved</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Your latest notes are not saved: {reason}.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Try again</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Copy notes to clipboard and close</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Keep open</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>They are still in the window. Try again, or copy them to the clipboard before closing.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Meeting with {name}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Takeaways</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>The few things to remember from this meeting</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>{when} · {minutes} min planned · {format}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>their time {time}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Open {link}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>This meeting is already marked held. Its notes, takeaways and agenda can still be edited; they save as you type.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Meeting marked held</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>MeetingTableModel</name>
    <message>
      <source>When</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Mentor</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Status</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Format</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Length</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Rating</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Agenda</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>{status} (not held)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>{planned} min</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>took {actual} min</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Rated {rating} out of 5</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Not rated</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>No agenda</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>{done} of {total} agenda points covered</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Its time has passed: open it to take notes, or cancel it.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Planned for {planned} minutes</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Planned {planned} minutes, took {actual}</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>MeetingsView</name>
    <message>
      <source>Upcoming</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Past</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>All</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>No meetings yet</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Meetings</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Plan a meeting</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Plan meeting…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Read…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Open in meeting mode</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Edit…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Join</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Copy agenda</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Go to mentor</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Cancel meeting</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Delete…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Show {scope} meetings</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Mentor:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Show mentor</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Status:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Show status</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Any status</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Between</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Only meetings between two dates</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>From date</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>To date</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>and</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Plan your next conversation: when, how long, where or which link, and what you want to ask. Before you meet, a brief here reminds you of what you promised and what is left from last time.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Meetings are with your mentors, so add a mentor first: open the Mentors area (Ctrl+2) and choose “New mentor”.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>All mentors</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>No upcoming meetings. Plan one (Ctrl+Shift+N), or look at Past.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>No meeting matches these filters.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Open {link}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>No link</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>The agenda is on the clipboard, ready to send.</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>MentorActionsPanel</name>
    <message>
      <source>Action items from this mentor</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>New action item…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>New action item</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Edit…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Edit the action item</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Mark done…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Mark the action item done</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Save the mentor first; then add their advice here.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>No action items yet. Advice from a call or an email? Add it with “New action item…”.</source>
      <translation type="unfinished" />
    </message>
    <message numerus="yes">
      <source>%n open</source>
      <translation type="unfinished">
        <numerusform />
        <numerusform />
      </translation>
    </message>
    <message numerus="yes">
      <source>%n overdue</source>
      <translation type="unfinished">
        <numerusform />
        <numerusform />
      </translation>
    </message>
    <message numerus="yes">
      <source>%n in all</source>
      <translation type="unfinished">
        <numerusform />
        <numerusform />
      </translation>
    </message>
  </context>
  <context>
    <name>MentorForm</name>
    <message>
      <source>&amp;Name</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Name</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Full name (required)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>&amp;Role</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Role</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>e.g. VP of Engineering</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Or&amp;ganisation</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Organisation</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Internal/External</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Internal or external</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>S&amp;tatus</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Status</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Ta&amp;gs</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Expertise tags</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Comma-separated, e.g. leadership, design</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Where found</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Details</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Where found, details</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Which event, who introduced you…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Why they fit</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Why they fit my goals and values</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>&amp;Email</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Email</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>&amp;Phone</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Phone</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Profile &amp;URL</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Profile URL</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Preferred channel</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Time &amp;zone</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Time zone</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>N&amp;otes</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Notes (Markdown)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Write</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Write an email</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Call</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Call the number</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Open</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Open the profile</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>History</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Save</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Save changes (Ctrl+S)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Revert</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Archive</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Mark the relationship as ended; nothing is removed</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Delete…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>No time zone</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>New mentor</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Not saved yet.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Add mentor</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Clear</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Added {when}.</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>MentorGiveBacks</name>
    <message>
      <source>Give-back ideas for this mentor</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Add idea…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Edit…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Mark done</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Delete</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>MentorMeetingsPanel</name>
    <message>
      <source>Meetings with this mentor</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Plan meeting…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Plan meeting</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Read…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Read the meeting</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Open in meeting mode</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Edit…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Edit the meeting</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Cancel meeting</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Delete meeting…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Plan a meeting with {name}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Save the mentor first; then plan meetings here.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>No meetings with {name} yet.</source>
      <translation type="unfinished" />
    </message>
    <message numerus="yes">
      <source>%n meeting(s) with {name}, {held} held.</source>
      <translation type="unfinished">
        <numerusform />
        <numerusform />
      </translation>
    </message>
  </context>
  <context>
    <name>MentorPage</name>
    <message>
      <source>Mentor details</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Profile</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Meetings</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Action items</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Agreement</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Give-back</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Timeline</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>MentorTableModel</name>
    <message>
      <source>Name</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Status</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Next due</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Last met</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Cadence</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Role</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Organisation</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Internal/External</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Tags</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Last updated</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>{name}: sample data, a fictional mentor</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>{name}, sample</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>MentorTimelinePanel</name>
    <message>
      <source>What happened with this mentor</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Meetings, action items and status changes, newest first.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Save the mentor first; their story starts here.</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>MentorsView</name>
    <message>
      <source>Welcome to MentorDesk</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Keep all of your mentors in one place: who they are, where you met them, what you agreed, and when you last talked. Everything stays on this computer.

Start with a real mentor, or look around with a few fictional ones that you can remove in one step.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Mentors</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Add your first mentor</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Explore with sample data</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Filter mentors</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Filter by name, organisation or tag</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Status:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Show status</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>All statuses</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>All but ended</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>New mentor</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Add a mentor (Ctrl+N)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>No mentor matches this filter.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>the new mentor</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>NotesEditor</name>
    <message>
      <source>Meeting notes</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Type your notes. Markdown works: # heading, - list, 1. list, - [ ] to do, **bold**, *italic*.
Ctrl+Shift+A turns the current line into an action item.</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>PlanMeetingDialog</name>
    <message>
      <source>Plan meeting</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Mentor</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Show ended mentors</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Date and time</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Duration in minutes</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source> min</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Format</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Place or video link</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>From your last meeting</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Unfinished agenda to bring along</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Meetings are with a mentor, and there is none yet.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Add a mentor</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Open in meeting mode now</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>&amp;Mentor</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>&amp;When</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>&amp;Duration</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>&amp;Format</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>&amp;Place or link</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>&amp;Agenda</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Choose a mentor…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Their time: {time}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Video link, e.g. https://meet.example.com/abc</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Where, or how to reach each other</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>No earlier meeting with this mentor yet.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Not covered on {date}; ticked points come along:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Everything on the {date} agenda was covered.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Open action items:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>No open action items.</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>PreferencesDialog</name>
    <message>
      <source>Preferences</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Follow the system</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Light</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Dark</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>As it should appear on agreements</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>after</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>meetings and</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>days with nothing given back</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>&amp;Theme</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>&amp;Language</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Your &amp;name</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Give-back nudge</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>General</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Reminders</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Shortcuts</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Remind me of meetings 15 minutes ahead and of mentors who become overdue</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Start MentorDesk minimized when I log in</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Start at login, minimized</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>So reminders reach you on days you do not open MentorDesk</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>No calendar file</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Choose…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Choose the calendar file's folder</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>No File</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Keep no calendar file</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>MentorDesk keeps mentordesk-meetings.ics in this folder up to date with your planned meetings, for a calendar app that subscribes to the file.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>While open</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>At login</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>&amp;Calendar file</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Calendar file's folder</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Language</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>MentorDesk shows {language} the next time it starts.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Start at login</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>ProgressDialog</name>
    <message>
      <source>Update progress</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Progress in percent, 0 to 100</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>0–100</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Day of the update</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Comment</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>What moved it forward (or held it back)?</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>&amp;Progress (%)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>&amp;Day</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>&amp;Comment</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Its progress is counted from its action items; saving sets it by hand.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Save progress</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Type a whole number from 0 to 100, such as 40.</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>PromoteDialog</name>
    <message>
      <source>Promote to active mentor</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>{name} agreed to mentor you? They become an active mentor: everything recorded about them (where you found them, why they fit, your outreach, linked goals) stays.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Start an agreement from</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Not now</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Promote</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Start the &amp;agreement from</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>ProspectPanel</name>
    <message>
      <source>Goals this person fits</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Outreach steps</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Delete step</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Step</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Day of the step</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Follow up on</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Remind me to follow up</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Follow-up day</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Note on the step</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>How you asked, what they said…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Add step</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>S&amp;tep</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>&amp;On</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>&amp;Remind</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>N&amp;ote</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Why they fit</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Goals they fit</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Outreach</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>No prospect chosen</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Found through: {where}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>(Not written yet: edit the profile.)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>No active goals yet: add them in Goals.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>{day} · {step}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>follow up on {day}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Not asked yet. Record each step below.</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>ProspectTableModel</name>
    <message>
      <source>Name</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Status</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Where found</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Fits</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Last step</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Follow up</source>
      <translation type="unfinished" />
    </message>
    <message numerus="yes">
      <source>%n goal(s)</source>
      <translation type="unfinished">
        <numerusform />
        <numerusform />
      </translation>
    </message>
    <message>
      <source>Not asked yet</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>{step} {day}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>⚠ {day}</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>ProspectsView</name>
    <message>
      <source>Finding the right mentor</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Look for someone whose career you aspire to and who fits your goals and values: at networking events, in professional associations, on social media, through colleagues. Add them as a mentor with the status “Prospect”; here you track why they fit, when you asked, and when to follow up.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Prospects</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Add a prospect</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>New prospect…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Promote to active…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Edit profile</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>ReadMeetingDialog</name>
    <message>
      <source>Meeting with {name}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>The meeting's notes</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Open in meeting mode</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Copy agenda</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>The agenda is on the clipboard, ready to send.</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>ReminderBanner</name>
    <message>
      <source>Reminders</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Open</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Open what the reminder is about</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Dismiss</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Dismiss the reminder</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>RestoreOffer</name>
    <message>
      <source>Restore</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Restore the notes as they were</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Bring back what the last undo removed</source>
      <translation type="unfinished" />
    </message>
    <message numerus="yes">
      <source>Undo removed %n character(s) of your notes. Restore brings them back.</source>
      <translation type="unfinished">
        <numerusform />
        <numerusform />
      </translation>
    </message>
    <message>
      <source>Notes restored.</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>RhythmRow</name>
    <message>
      <source>Unless agreed, meet &amp;every</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Meet every (when no agreement sets it)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Unit</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Set</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Set the mentor's own rhythm</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>No rhythm yet: agree a meeting frequency, or set one below.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Meet {interval}, as agreed (version {n}).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Meet {interval} (your own setting; no agreed frequency).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Enter a whole number, like 4 (for every 4 weeks).</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>SampleBanner</name>
    <message>
      <source>You are exploring sample data (fictional mentors).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Remove sample data…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Remove sample data</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>SearchView</name>
    <message>
      <source>Search</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Search mentors, notes, agendas, action items (Ctrl+K)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Search results</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Type to search everything you wrote</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Search is not available right now. Try again.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>No results for “{query}”</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>Section</name>
    <message>
      <source>Show all in {section}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Show all {n}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Show all {n} in {section}</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>ShortcutsDialog</name>
    <message>
      <source>Keyboard shortcuts</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Keys</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Does</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>On macOS, Ctrl means ⌘.</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>ShortcutsPage</name>
    <message>
      <source>Find an action</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Actions and their keyboard shortcuts</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Action</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Where</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Keys</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>New keys for the selected action</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>No Keys</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Remove the selected action's keys</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Reset</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Give the selected action its usual keys</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Keys:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Where: {place}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Keys: {keys}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>none</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Two actions share keys; change one: {clashes}</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>StartupProblem</name>
    <message>
      <source>Restore the backup of {when} ({mentors}, {meetings})</source>
      <translation type="unfinished" />
    </message>
    <message numerus="yes">
      <source>%n mentor(s)</source>
      <translation type="unfinished">
        <numerusform />
        <numerusform />
      </translation>
    </message>
    <message numerus="yes">
      <source>%n meeting(s)</source>
      <translation type="unfinished">
        <numerusform />
        <numerusform />
      </translation>
    </message>
    <message>
      <source>MentorDesk cannot use its database: it is damaged ({detail}).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>You can go back to your newest good backup, from {when}: {mentors} and {meetings}. Or start with an empty database.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>There is no backup to go back to. You can start with an empty database.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Either way the damaged file is kept, renamed to mentordesk.sqlite3.damaged-&lt;time&gt;, in {folder}. Quit leaves everything as it is.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Start empty</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Quit</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Restore this backup</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Your data needs attention</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>This data was last used by a newer version of MentorDesk. Update MentorDesk to open it. Nothing was changed.

Data folder: {folder}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>The disk is full. MentorDesk needs about {needed} MB of free space to open your data safely. Free some space, then start MentorDesk again. Nothing was changed.

Data folder: {folder}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Another program is using MentorDesk's database (a database browser, or a sync or backup tool). Close it, then start MentorDesk again. Nothing was changed.

Database: {database}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>MentorDesk is not allowed to read or write its data. In File Explorer, right-click the data folder, choose Properties ▸ Security and give your account Full control, or start MentorDesk with another data folder (--data-dir).

Data folder: {folder}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>MentorDesk is not allowed to read or write its data. Check that the data folder and the files in it belong to you (a run with sudo can leave files you cannot write), or start MentorDesk with another data folder (--data-dir).

Data folder: {folder}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>The disk reported an error while reading your data. Copy the data folder to a safe place, then check the disk.

Data folder: {folder}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source> (process {pid})</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>MentorDesk is already open with this data folder{holder}, but it does not answer. If a MentorDesk command is running (restore, import), wait until it ends; if a MentorDesk window is frozen, close it. Two copies writing the same notes could lose some of them.

Data folder: {folder}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>the disk is full. Free some space, then start MentorDesk again.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>it is not allowed (the file or its folder may belong to another user). Make them yours again in the folder's Properties ▸ Security, or use another data folder.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>it is not allowed (the file or its folder may belong to another user, for example after a run with sudo). Make them yours again, or use another data folder.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>the disk reported an error ({reason}).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>MentorDesk cannot write its lock file {path}: {cause}</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>TargetDate</name>
    <message>
      <source>By</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Target date</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>TimelineModel</name>
    <message>
      <source>When</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>What happened</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Added to MentorDesk</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Status: {before} → {after}</source>
      <translation type="unfinished" />
    </message>
    <message numerus="yes">
      <source>Met for %n min</source>
      <translation type="unfinished">
        <numerusform />
        <numerusform />
      </translation>
    </message>
    <message numerus="yes">
      <source>Meeting planned, %n min</source>
      <translation type="unfinished">
        <numerusform />
        <numerusform />
      </translation>
    </message>
    <message>
      <source>Meeting cancelled</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Agreement version {number} agreed</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Action item: {text}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Done: {text}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Dropped: {text}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Reported back: {text}</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>TopicOffer</name>
    <message>
      <source>Topics from your agreement</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Agreement topics to add to the agenda</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>VersionsModel</name>
    <message>
      <source>Time</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Why it was kept</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Size</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Starts with</source>
      <translation type="unfinished" />
    </message>
    <message numerus="yes">
      <source>%n character(s)</source>
      <translation type="unfinished">
        <numerusform />
        <numerusform />
      </translation>
    </message>
  </context>
  <context>
    <name>accessibility</name>
    <message>
      <source>Choices for {field}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Choices</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Clear {field}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Clear</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>More of {bar}</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>action_items</name>
    <message>
      <source>Capture “{text}”</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Add action item: {text}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Set due date: {text}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Edit action item: {text}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>No report back: {text}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Report back: {text}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Mark done: {text}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Marked done: {text}.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Reopen: {text}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Drop: {text}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Reported back: {text}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Remove “{text}”</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>actions</name>
    <message>
      <source>&amp;Undo</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>&amp;Redo</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>&amp;Undo {what}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>&amp;Redo {what}</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>agreement_export</name>
    <message>
      <source>Mentee</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Version {number} · {status} · agreed on {day}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Version {number} · {status} · prepared on {day}</source>
      <translation type="unfinished" />
    </message>
    <message numerus="yes">
      <source>%n minute(s)</source>
      <translation type="unfinished">
        <numerusform />
        <numerusform />
      </translation>
    </message>
    <message>
      <source>We meet</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>As agreed</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Link</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Starts</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>We review it on</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Ends</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Goals of the mentorship</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Topics</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>{name} commits to</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Confidentiality</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Boundaries</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Mentoring agreement</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>between {mentee} (mentee) and {mentor} (mentor)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Mentor</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>We agree to the above.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Signed</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Date</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>agreements</name>
    <message>
      <source>Save agreement with {name} as version {n}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Edit the agreement with {name}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Saved version {n} of the agreement with {name}.</source>
      <translation type="unfinished" />
    </message>
    <message numerus="yes">
      <source>It has %n version(s). Edit ▸ Undo brings it back.</source>
      <translation type="unfinished">
        <numerusform />
        <numerusform />
      </translation>
    </message>
    <message>
      <source>Delete agreement</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Delete the agreement with {name} and all its versions?</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Delete</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Delete the agreement with {name}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Set meeting rhythm</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>areas</name>
    <message>
      <source>Dashboard</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Mentors</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Meetings</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Action items</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Goals</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Give-back</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Prospects</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Search</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Who is due for a meeting, what you promised, and what is overdue.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Your career goals, and which mentors help with each.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Ideas for giving back to each mentor, planned and done.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>People you might ask to mentor you, and your outreach.</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>cadence</name>
    <message>
      <source>days</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>weeks</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>months</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>every month</source>
      <translation type="unfinished" />
    </message>
    <message numerus="yes">
      <source>every %n month(s)</source>
      <translation type="unfinished">
        <numerusform />
        <numerusform />
      </translation>
    </message>
    <message>
      <source>every week</source>
      <translation type="unfinished" />
    </message>
    <message numerus="yes">
      <source>every %n week(s)</source>
      <translation type="unfinished">
        <numerusform />
        <numerusform />
      </translation>
    </message>
    <message>
      <source>every day</source>
      <translation type="unfinished" />
    </message>
    <message numerus="yes">
      <source>every %n day(s)</source>
      <translation type="unfinished">
        <numerusform />
        <numerusform />
      </translation>
    </message>
    <message>
      <source>{amount} months</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>1 week</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>{amount} weeks</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>1 day</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>{amount} days</source>
      <translation type="unfinished" />
    </message>
    <message numerus="yes">
      <source>%n day(s)</source>
      <translation type="unfinished">
        <numerusform />
        <numerusform />
      </translation>
    </message>
    <message numerus="yes">
      <source>Agreed {interval}; the last %n gap(s) averaged {mean} (longest {longest}).</source>
      <translation type="unfinished">
        <numerusform />
        <numerusform />
      </translation>
    </message>
    <message>
      <source>{days} overdue</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>due today</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>due in {days}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>next meeting {when}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>no meeting yet</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>on track, next due {day}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>no rhythm agreed</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>not met yet</source>
      <translation type="unfinished" />
    </message>
    <message numerus="yes">
      <source>last met %n week(s) ago</source>
      <translation type="unfinished">
        <numerusform />
        <numerusform />
      </translation>
    </message>
    <message>
      <source>last met {day}</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>calendar_feed</name>
    <message>
      <source>The calendar file in {folder} could not be written: {reason}.</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>calendar_file</name>
    <message>
      <source>Export calendar</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Calendar files (*.ics)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Could not write {file}: {reason}.</source>
      <translation type="unfinished" />
    </message>
    <message numerus="yes">
      <source>Exported %n meeting(s) to {file}.</source>
      <translation type="unfinished">
        <numerusform />
        <numerusform />
      </translation>
    </message>
  </context>
  <context>
    <name>closure</name>
    <message>
      <source>End the mentorship with {name}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Ended the mentorship with {name}.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Dear {name},</source>
      <translation type="unfinished" />
    </message>
    <message numerus="yes">
      <source>As our mentorship comes to a close, I want to thank you for the %n conversation(s) we have had since {when}.</source>
      <translation type="unfinished">
        <numerusform />
        <numerusform />
      </translation>
    </message>
    <message>
      <source>As our mentorship comes to a close, I want to thank you for your time.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>What I keep coming back to:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Advice I acted on:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>You helped me most with {goals}.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>I hope I gave a little back too: {what}.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Thank you for your generosity. I would love to stay in touch.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Warm regards,</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>(your name)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source> and </source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Closing the mentorship with {name}</source>
      <translation type="unfinished" />
    </message>
    <message numerus="yes">
      <source>Ended on {day}; %n meeting(s) held.</source>
      <translation type="unfinished">
        <numerusform />
        <numerusform />
      </translation>
    </message>
    <message>
      <source>What I learned</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>(not written)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Goals it served</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>(none chosen)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Thank-you note</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>dialog_buttons</name>
    <message>
      <source>Cancel</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>formats</name>
    <message>
      <source>{time} in {zone}</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>giveback</name>
    <message>
      <source>Add give-back idea {idea}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Edit give-back idea {idea}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Capture give-back idea “{idea}”</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Gave back: {idea}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Marked done: {idea}.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Delete give-back idea {idea}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>nothing given back yet; no meeting yet</source>
      <translation type="unfinished" />
    </message>
    <message numerus="yes">
      <source>nothing given back yet; %n meeting(s) so far</source>
      <translation type="unfinished">
        <numerusform />
        <numerusform />
      </translation>
    </message>
    <message>
      <source>gave back today</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>last gave back yesterday</source>
      <translation type="unfinished" />
    </message>
    <message numerus="yes">
      <source>last gave back %n day(s) ago</source>
      <translation type="unfinished">
        <numerusform />
        <numerusform />
      </translation>
    </message>
    <message numerus="yes">
      <source>%n meeting(s) since</source>
      <translation type="unfinished">
        <numerusform />
        <numerusform />
      </translation>
    </message>
  </context>
  <context>
    <name>goals</name>
    <message>
      <source>Add goal {title}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Edit goal {title}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Progress of {goal}: {value} %</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Link action items to {goal}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Linked the advice to “{goal}”.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>The mentors, action items and meetings themselves stay.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Delete goal {title}</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>help</name>
    <message>
      <source>Meeting mode: capture an action item</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Meeting mode: capture a give-back idea</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Meeting mode: end the meeting</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Meeting mode: earlier versions of the notes</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Notes: bold (Goals: the selected goal's board)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Notes: italic</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Notes: move on to the next field</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Meeting mode: close (saving first)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>A dialog's multi-line field: save or confirm</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Find someone who shares your goals and values</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Prospects (Ctrl+7): where you found them, why they fit your goals, each step of asking them and the day to follow up. Promote to active… makes them a mentor.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>More than one mentor, inside or outside your organisation</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Mentors (Ctrl+2): as many as you like, internal or external, from prospect to active, paused, ended or alumni.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Set clear expectations</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>A mentor's Agreement tab: goals, how often to meet, format and link, topics, what each of you commits to. Agreed terms are kept as versions; export one as a PDF to sign. Plan meeting starts from them.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Respect the mentor's time</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Plan meeting (Ctrl+Shift+N) with an agenda; the brief beside Meetings says what to report back; meeting mode keeps the clock against the planned length. The Dashboard says who is due, never sooner than agreed.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Listen, and keep what was said</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Meeting mode: the agenda as a checklist and notes saved as you type. Ctrl+Z undoes a word at a time; Restore in the status line brings back what an undo removed.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Be proactive: act on the advice</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Ctrl+Shift+A in the notes turns a line into an action item ("…by Friday" becomes its due date); Action items (Ctrl+4) and Goals (Ctrl+5) follow them to done.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>A two-way street: give back</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Give-back (Ctrl+6): ideas for each mentor, planned and done, and a nudge on the Dashboard when it has been a while.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Success depends on your initiative</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>The Dashboard (Ctrl+1) says what to do today: who to meet, what you promised, what is overdue.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>End a mentorship well</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Archive on a mentor's profile runs a closure review: what you learned and a thank-you note drafted from your notes.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>{area}: </source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Close</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>How MentorDesk &amp;Follows the Article</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>&amp;Keyboard Shortcuts</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>keyboard</name>
    <message>
      <source>&amp;Run Action…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Everywhere</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>labels</name>
    <message>
      <source>Prospect</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Requested</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Active</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Paused</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Ended</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Alumni</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Internal</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>External</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Networking event</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Professional association</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Social media</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Colleague introduction</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Other</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Email</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Phone</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Video call</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Messaging</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>In person</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Planned</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Held</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Cancelled</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Chat</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Open</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Done</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Dropped</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Draft</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Agreed</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Under review</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Achieved</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Set by hand</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>From its action items</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Thanks</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Share something</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Introduction</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Help on their project</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Recommendation</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Feedback</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Gift</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Idea</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Asked</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Followed up</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Answered</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Overdue</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Due soon</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>No meeting yet</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Scheduled</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>On track</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>No rhythm set</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Not active</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Saved while typing</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Before a large deletion</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Before restoring a version</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>links</name>
    <message>
      <source>Couldn't open the link; it is on the clipboard: {link}</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>login_start</name>
    <message>
      <source>Reminders when MentorDesk is closed</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Start MentorDesk minimized when you log in, so it can remind you 15 minutes before this meeting and when a mentor is due?</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Start at Login</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>You can change this at any time in Edit ▸ Preferences.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>MentorDesk could not be added to your login: {reason}.</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>meeting_keys</name>
    <message>
      <source>Capture Action Item</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Capture Give-back Idea</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Start the Meeting Clock</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Join the Call</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Reschedule…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Earlier Versions of the Notes…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>End Meeting…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Save Now</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Close (Saving First)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Quit MentorDesk</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Run Action…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Meeting mode</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>meeting_text</name>
    <message>
      <source>Agenda for our meeting on {when}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>(no agenda points yet)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>took {actual} of {planned} planned minutes</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Agenda</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>No agenda.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Notes</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>No notes.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Takeaways</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>No takeaways.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Action items</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>None captured.</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>meetings</name>
    <message>
      <source>Plan meeting with {name}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Reschedule the meeting with {name}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Correct the meeting with {name}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Cancel meeting {label}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Cancelled the meeting {label}.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Delete meeting {label}</source>
      <translation type="unfinished" />
    </message>
    <message numerus="yes">
      <source>its agenda (%n point(s))</source>
      <translation type="unfinished">
        <numerusform />
        <numerusform />
      </translation>
    </message>
    <message>
      <source>its (empty) agenda</source>
      <translation type="unfinished" />
    </message>
    <message numerus="yes">
      <source>its notes (%n character(s)) and their history</source>
      <translation type="unfinished">
        <numerusform />
        <numerusform />
      </translation>
    </message>
    <message>
      <source>its (empty) notes</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>its takeaways</source>
      <translation type="unfinished" />
    </message>
    <message numerus="yes">
      <source>Its %n action item(s) stay in the Action items area, no longer linked to a meeting.</source>
      <translation type="unfinished">
        <numerusform />
        <numerusform />
      </translation>
    </message>
    <message>
      <source>To keep the record, cancel it instead.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>End meeting with {name}</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>mentor_cadence</name>
    <message>
      <source>{interval} (agreed)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>{day} · planned</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>next due {day}</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>mentors</name>
    <message>
      <source>Add {name}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Edit {name}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>their profile and notes</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>their tags ({tags})</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>To keep the record, use Archive instead.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Delete {name}</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>messages</name>
    <message>
      <source>{what} Edit ▸ Undo ({keys}) takes it back.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>{what} — done. Edit ▸ Undo ({keys}) takes it back.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Could not do “{what}”: {reason}.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>the database is busy (another program is using it)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>the disk is full</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>the data folder cannot be written to</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>the disk reported an error</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>the database file is damaged</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>the change conflicts with other data (a mistake in MentorDesk)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>something unexpected went wrong (a mistake in MentorDesk; see the log)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Close the other program, then try again.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Free some disk space, then try again.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Check that the data folder is yours and not read-only (Help ▸ About).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Check the disk, then try again.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Quit MentorDesk and restore a backup (see the README).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Nothing was changed.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>the {kind} it belongs to was deleted meanwhile</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>this {kind} was deleted meanwhile</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Unsaved changes</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Your changes to {who} are not saved yet:</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>operation</name>
    <message>
      <source>This also removes {what}.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Nothing else goes with it.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Delete the {kind} “{title}”?</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Delete the {kind} {title}?</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Edit ▸ Undo brings it back.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Delete {kind}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Delete</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>panel</name>
    <message>
      <source>Start from a template</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Compare versions…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Export</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>As Markdown…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>As PDF to sign…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Delete agreement…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Replace what you typed?</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Fill the agreement from “{name}”, replacing what you typed?</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Replace</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Filled from “{name}”: edit it, then save.</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>prospects</name>
    <message>
      <source>Goals {name} fits</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>{step} {name}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Delete an outreach step</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Promote {name} to active mentor</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>{name} is an active mentor now.</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>record_editor</name>
    <message>
      <source>It could not be saved.</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>reminders</name>
    <message numerus="yes">
      <source>%n open action item(s)</source>
      <translation type="unfinished">
        <numerusform />
        <numerusform />
      </translation>
    </message>
    <message numerus="yes">
      <source>%n to report back</source>
      <translation type="unfinished">
        <numerusform />
        <numerusform />
      </translation>
    </message>
    <message>
      <source>Agenda: {points}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>No agenda yet, nothing open.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Meeting with {name} at {time}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Open brief</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>{name} is overdue for a meeting ({days}).</source>
      <translation type="unfinished" />
    </message>
    <message numerus="yes">
      <source>%n mentor(s) are overdue for a meeting: {names}.</source>
      <translation type="unfinished">
        <numerusform />
        <numerusform />
      </translation>
    </message>
    <message>
      <source>Time to meet</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Open</source>
      <translation type="unfinished" />
    </message>
    <message numerus="yes">
      <source>%n meeting(s): {which}.</source>
      <translation type="unfinished">
        <numerusform />
        <numerusform />
      </translation>
    </message>
    <message numerus="yes">
      <source>%n mentor(s) now overdue: {names}.</source>
      <translation type="unfinished">
        <numerusform />
        <numerusform />
      </translation>
    </message>
    <message>
      <source>While MentorDesk was closed</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Open Dashboard</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>sample_data</name>
    <message numerus="yes">
      <source>Added %n fictional mentor(s) to explore.</source>
      <translation type="unfinished">
        <numerusform />
        <numerusform />
      </translation>
    </message>
    <message>
      <source>Load sample data</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Add sample data?</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Add five fictional mentors, with meetings, goals and action items, beside your own?</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Add sample data</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>They are marked “sample” in the lists, and File ▸ Remove Sample Data takes them all away again; your own data is never touched.</source>
      <translation type="unfinished" />
    </message>
    <message numerus="yes">
      <source>Remove the %n fictional mentor(s), with their meetings and action items?</source>
      <translation type="unfinished">
        <numerusform />
        <numerusform />
      </translation>
    </message>
    <message>
      <source>Remove sample data</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Remove</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Your own mentors and notes are not touched. Edit ▸ Undo brings the sample back.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Removed the sample data.</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>self.panel</name>
    <message>
      <source>From a file…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Start from a template file</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Agreement templates (*.json)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Your name</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Your name, as it should appear on the agreement:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Export the agreement</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Could not write {file}: {reason}.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Exported to {file}.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Markdown (*.md)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>PDF (*.pdf)</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>settings</name>
    <message>
      <source>Theme</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Language</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Your name, on exported agreements</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Reminders while MentorDesk runs</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Keep a calendar file in this folder</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Meetings before a give-back nudge</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Days without giving back before a nudge</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>undo</name>
    <message>
      <source>Undid: {what}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Redid: {what}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Could not undo “{what}”: {reason}.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Could not redo “{what}”: {reason}.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Undo</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Redo</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Nothing was changed. The step is removed from Edit ▸ Undo.</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>vocabulary</name>
    <message>
      <source>mentor</source>
      <translation type="unfinished" />
    </message>
    <message numerus="yes">
      <source>%n mentor(s)</source>
      <translation type="unfinished">
        <numerusform />
        <numerusform />
      </translation>
    </message>
    <message>
      <source>Mentor</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>tag</source>
      <translation type="unfinished" />
    </message>
    <message numerus="yes">
      <source>%n tag(s)</source>
      <translation type="unfinished">
        <numerusform />
        <numerusform />
      </translation>
    </message>
    <message>
      <source>Tag</source>
      <translation type="unfinished" />
    </message>
    <message numerus="yes">
      <source>their %n tag(s)</source>
      <translation type="unfinished">
        <numerusform />
        <numerusform />
      </translation>
    </message>
    <message>
      <source>status change</source>
      <translation type="unfinished" />
    </message>
    <message numerus="yes">
      <source>%n status change(s)</source>
      <translation type="unfinished">
        <numerusform />
        <numerusform />
      </translation>
    </message>
    <message>
      <source>Status change</source>
      <translation type="unfinished" />
    </message>
    <message numerus="yes">
      <source>their status history (%n entry/entries)</source>
      <translation type="unfinished">
        <numerusform />
        <numerusform />
      </translation>
    </message>
    <message>
      <source>meeting</source>
      <translation type="unfinished" />
    </message>
    <message numerus="yes">
      <source>%n meeting(s)</source>
      <translation type="unfinished">
        <numerusform />
        <numerusform />
      </translation>
    </message>
    <message>
      <source>Meeting notes</source>
      <translation type="unfinished" />
    </message>
    <message numerus="yes">
      <source>%n meeting(s) with agenda and notes</source>
      <translation type="unfinished">
        <numerusform />
        <numerusform />
      </translation>
    </message>
    <message>
      <source>agenda point</source>
      <translation type="unfinished" />
    </message>
    <message numerus="yes">
      <source>%n agenda point(s)</source>
      <translation type="unfinished">
        <numerusform />
        <numerusform />
      </translation>
    </message>
    <message>
      <source>Agenda item</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>action item</source>
      <translation type="unfinished" />
    </message>
    <message numerus="yes">
      <source>%n action item(s)</source>
      <translation type="unfinished">
        <numerusform />
        <numerusform />
      </translation>
    </message>
    <message>
      <source>Action item</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>earlier version of the notes</source>
      <translation type="unfinished" />
    </message>
    <message numerus="yes">
      <source>%n earlier version(s) of the notes</source>
      <translation type="unfinished">
        <numerusform />
        <numerusform />
      </translation>
    </message>
    <message>
      <source>Earlier notes</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>agreement</source>
      <translation type="unfinished" />
    </message>
    <message numerus="yes">
      <source>%n agreement(s)</source>
      <translation type="unfinished">
        <numerusform />
        <numerusform />
      </translation>
    </message>
    <message>
      <source>Agreement</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>agreement version</source>
      <translation type="unfinished" />
    </message>
    <message numerus="yes">
      <source>%n agreement version(s)</source>
      <translation type="unfinished">
        <numerusform />
        <numerusform />
      </translation>
    </message>
    <message numerus="yes">
      <source>their agreement (%n version(s))</source>
      <translation type="unfinished">
        <numerusform />
        <numerusform />
      </translation>
    </message>
    <message>
      <source>goal</source>
      <translation type="unfinished" />
    </message>
    <message numerus="yes">
      <source>%n goal(s)</source>
      <translation type="unfinished">
        <numerusform />
        <numerusform />
      </translation>
    </message>
    <message>
      <source>Goal</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>progress update</source>
      <translation type="unfinished" />
    </message>
    <message numerus="yes">
      <source>%n progress update(s)</source>
      <translation type="unfinished">
        <numerusform />
        <numerusform />
      </translation>
    </message>
    <message>
      <source>Progress update</source>
      <translation type="unfinished" />
    </message>
    <message numerus="yes">
      <source>its %n progress update(s)</source>
      <translation type="unfinished">
        <numerusform />
        <numerusform />
      </translation>
    </message>
    <message>
      <source>link between a goal and a mentor</source>
      <translation type="unfinished" />
    </message>
    <message numerus="yes">
      <source>%n link(s) between goals and mentors</source>
      <translation type="unfinished">
        <numerusform />
        <numerusform />
      </translation>
    </message>
    <message>
      <source>Goal and mentor</source>
      <translation type="unfinished" />
    </message>
    <message numerus="yes">
      <source>%n link(s) between a goal and a mentor</source>
      <translation type="unfinished">
        <numerusform />
        <numerusform />
      </translation>
    </message>
    <message>
      <source>link between a goal and an action item</source>
      <translation type="unfinished" />
    </message>
    <message numerus="yes">
      <source>%n link(s) between goals and action items</source>
      <translation type="unfinished">
        <numerusform />
        <numerusform />
      </translation>
    </message>
    <message>
      <source>Goal and action item</source>
      <translation type="unfinished" />
    </message>
    <message numerus="yes">
      <source>%n link(s) between a goal and an action item</source>
      <translation type="unfinished">
        <numerusform />
        <numerusform />
      </translation>
    </message>
    <message>
      <source>give-back idea</source>
      <translation type="unfinished" />
    </message>
    <message numerus="yes">
      <source>%n give-back idea(s)</source>
      <translation type="unfinished">
        <numerusform />
        <numerusform />
      </translation>
    </message>
    <message>
      <source>Give-back</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>outreach step</source>
      <translation type="unfinished" />
    </message>
    <message numerus="yes">
      <source>%n outreach step(s)</source>
      <translation type="unfinished">
        <numerusform />
        <numerusform />
      </translation>
    </message>
    <message>
      <source>Outreach step</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>closure review</source>
      <translation type="unfinished" />
    </message>
    <message numerus="yes">
      <source>%n closure review(s)</source>
      <translation type="unfinished">
        <numerusform />
        <numerusform />
      </translation>
    </message>
    <message>
      <source>Closure review</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>the closure review</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>goal named in a closure review</source>
      <translation type="unfinished" />
    </message>
    <message numerus="yes">
      <source>%n goal(s) named in closure reviews</source>
      <translation type="unfinished">
        <numerusform />
        <numerusform />
      </translation>
    </message>
    <message numerus="yes">
      <source>its mention in %n closure review(s)</source>
      <translation type="unfinished">
        <numerusform />
        <numerusform />
      </translation>
    </message>
    <message numerus="yes">
      <source>%n meeting(s) with their agendas and notes</source>
      <translation type="unfinished">
        <numerusform />
        <numerusform />
      </translation>
    </message>
    <message numerus="yes">
      <source>their link(s) to %n goal(s) (the goals stay)</source>
      <translation type="unfinished">
        <numerusform />
        <numerusform />
      </translation>
    </message>
    <message numerus="yes">
      <source>its link(s) to %n mentor(s)</source>
      <translation type="unfinished">
        <numerusform />
        <numerusform />
      </translation>
    </message>
    <message numerus="yes">
      <source>its link(s) to %n action item(s)</source>
      <translation type="unfinished">
        <numerusform />
        <numerusform />
      </translation>
    </message>
    <message>
      <source>{first} and {last}</source>
      <translation type="unfinished" />
    </message>
  </context>
</TS>
