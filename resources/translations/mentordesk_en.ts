<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
  <context>
    <name>ActionTableModel</name>
    <message numerus="yes">
      <source>Overdue by %n day(s): due {date}</source>
      <translation>
        <numerusform>Overdue by %n day: due {date}</numerusform>
        <numerusform>Overdue by %n days: due {date}</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>AgendaPreviewDialog</name>
    <message numerus="yes">
      <source>%n private point(s) stay here and are not copied.</source>
      <translation>
        <numerusform>%n private point stays here and is not copied.</numerusform>
        <numerusform>%n private points stay here and are not copied.</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>AttachmentsPanel</name>
    <message numerus="yes">
      <source>%n attachment(s).</source>
      <translation>
        <numerusform>%n attachment.</numerusform>
        <numerusform>%n attachments.</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>BackupsDialog</name>
    <message numerus="yes">
      <source>%n mentor(s)</source>
      <translation>
        <numerusform>%n mentor</numerusform>
        <numerusform>%n mentors</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n meeting(s)</source>
      <translation>
        <numerusform>%n meeting</numerusform>
        <numerusform>%n meetings</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>BalancePanel</name>
    <message numerus="yes">
      <source>%n time(s)</source>
      <translation>
        <numerusform>%n time</numerusform>
        <numerusform>%n times</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n day(s)</source>
      <translation>
        <numerusform>%n day</numerusform>
        <numerusform>%n days</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>ClosureReviewDialog</name>
    <message numerus="yes">
      <source>%n thing(s) given back</source>
      <translation>
        <numerusform>%n thing given back</numerusform>
        <numerusform>%n things given back</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n meeting(s)</source>
      <translation>
        <numerusform>%n meeting</numerusform>
        <numerusform>%n meetings</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n piece(s) of advice acted on</source>
      <translation>
        <numerusform>%n piece of advice acted on</numerusform>
        <numerusform>%n pieces of advice acted on</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>DashboardView</name>
    <message numerus="yes">
      <source>%n mentor(s) to meet</source>
      <translation>
        <numerusform>%n mentor to meet</numerusform>
        <numerusform>%n mentors to meet</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n meeting(s) in the next 7 days</source>
      <translation>
        <numerusform>%n meeting in the next 7 days</numerusform>
        <numerusform>%n meetings in the next 7 days</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n action item(s) overdue</source>
      <translation>
        <numerusform>%n action item overdue</numerusform>
        <numerusform>%n action items overdue</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n open action item(s)</source>
      <translation>
        <numerusform>%n open action item</numerusform>
        <numerusform>%n open action items</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>DataSession</name>
    <message numerus="yes">
      <source>%n attached file(s) could not be brought back; they show as missing.</source>
      <translation>
        <numerusform>%n attached file could not be brought back; they show as missing.</numerusform>
        <numerusform>%n attached files could not be brought back; they show as missing.</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>EndMeetingDialog</name>
    <message numerus="yes">
      <source>%n unticked agenda point(s) will be carried over.</source>
      <translation>
        <numerusform>%n unticked agenda point will be carried over.</numerusform>
        <numerusform>%n unticked agenda points will be carried over.</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>ExchangeDialogs</name>
    <message numerus="yes">
      <source>%n mentor(s)</source>
      <translation>
        <numerusform>%n mentor</numerusform>
        <numerusform>%n mentors</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n meeting(s)</source>
      <translation>
        <numerusform>%n meeting</numerusform>
        <numerusform>%n meetings</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n action item(s)</source>
      <translation>
        <numerusform>%n action item</numerusform>
        <numerusform>%n action items</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n record(s) you have already stay as they are.</source>
      <translation>
        <numerusform>%n record you have already stays as it is.</numerusform>
        <numerusform>%n records you have already stay as they are.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>The file has changed %n of them; yours are kept:</source>
      <translation>
        <numerusform>The file has changed %n of them; yours are kept:</numerusform>
        <numerusform>The file has changed %n of them; yours are kept:</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>{name} holds %n record(s) you have already.</source>
      <translation>
        <numerusform>{name} holds %n record you have already.</numerusform>
        <numerusform>{name} holds %n records you have already.</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>GapChart</name>
    <message numerus="yes">
      <source>Meet {agreed}. Last %n gap(s): {gaps}.</source>
      <translation>
        <numerusform>Meet {agreed}. Last %n gap: {gaps}.</numerusform>
        <numerusform>Meet {agreed}. Last %n gaps: {gaps}.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>The first %n began under earlier terms.</source>
      <translation>
        <numerusform>The first began under earlier terms.</numerusform>
        <numerusform>The first %n began under earlier terms.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n was/were clearly longer than that.</source>
      <translation>
        <numerusform>%n was clearly longer than that.</numerusform>
        <numerusform>%n were clearly longer than that.</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>MentorActionsPanel</name>
    <message numerus="yes">
      <source>%n open</source>
      <translation>
        <numerusform>%n open</numerusform>
        <numerusform>%n open</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n overdue</source>
      <translation>
        <numerusform>%n overdue</numerusform>
        <numerusform>%n overdue</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n in all</source>
      <translation>
        <numerusform>%n in all</numerusform>
        <numerusform>%n in all</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>MentorMeetingsPanel</name>
    <message numerus="yes">
      <source>%n meeting(s) with {name}, {held} held.</source>
      <translation>
        <numerusform>%n meeting with {name}, {held} held.</numerusform>
        <numerusform>%n meetings with {name}, {held} held.</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>MentorTopics</name>
    <message numerus="yes">
      <source>%n topic(s) on the plan, none waiting.</source>
      <translation>
        <numerusform>%n topic on the plan, none waiting.</numerusform>
        <numerusform>%n topics on the plan, none waiting.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n topic(s) waiting for the next meeting.</source>
      <translation>
        <numerusform>%n topic waiting for the next meeting.</numerusform>
        <numerusform>%n topics waiting for the next meeting.</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>MentorTouches</name>
    <message numerus="yes">
      <source>%n touch(es) logged between meetings.</source>
      <translation>
        <numerusform>%n touch logged between meetings.</numerusform>
        <numerusform>%n touches logged between meetings.</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>ProspectTableModel</name>
    <message numerus="yes">
      <source>%n goal(s)</source>
      <translation>
        <numerusform>%n goal</numerusform>
        <numerusform>%n goals</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>RestoreOffer</name>
    <message numerus="yes">
      <source>Undo removed %n character(s) of your notes. Restore brings them back.</source>
      <translation>
        <numerusform>Undo removed %n character of your notes. Restore brings them back.</numerusform>
        <numerusform>Undo removed %n characters of your notes. Restore brings them back.</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>StartupProblem</name>
    <message numerus="yes">
      <source>%n mentor(s)</source>
      <translation>
        <numerusform>%n mentor</numerusform>
        <numerusform>%n mentors</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n meeting(s)</source>
      <translation>
        <numerusform>%n meeting</numerusform>
        <numerusform>%n meetings</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>SyncDialog</name>
    <message numerus="yes">
      <source>%n change(s) made here wait for the next round.</source>
      <translation>
        <numerusform>%n change made here wait for the next round.</numerusform>
        <numerusform>%n changes made here wait for the next round.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n record(s) from other laptops wait for what they belong to; they are stored as soon as it arrives.</source>
      <translation>
        <numerusform>%n record from other laptops wait for what they belong to; they are stored as soon as it arrives.</numerusform>
        <numerusform>%n records from other laptops wait for what they belong to; they are stored as soon as it arrives.</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>TimelineModel</name>
    <message numerus="yes">
      <source>Met for %n min</source>
      <translation>
        <numerusform>Met for %n min</numerusform>
        <numerusform>Met for %n min</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>Meeting planned, %n min</source>
      <translation>
        <numerusform>Meeting planned, %n min</numerusform>
        <numerusform>Meeting planned, %n min</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>TypingRecovery</name>
    <message numerus="yes">
      <source>MentorDesk closed before the last notes you typed were saved. They are back: the notes of %n meeting(s) were recovered ({names}).</source>
      <translation>
        <numerusform>MentorDesk closed before the last notes you typed were saved. They are back: the notes of %n meeting were recovered ({names}).</numerusform>
        <numerusform>MentorDesk closed before the last notes you typed were saved. They are back: the notes of %n meetings were recovered ({names}).</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>Notes typed before MentorDesk closed were kept as an earlier version of %n meeting(s) whose notes changed since ({names}): see History in the meeting.</source>
      <translation>
        <numerusform>Notes typed before MentorDesk closed were kept as an earlier version of %n meeting whose notes changed since ({names}): see History in the meeting.</numerusform>
        <numerusform>Notes typed before MentorDesk closed were kept as an earlier version of %n meetings whose notes changed since ({names}): see History in the meeting.</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>VersionsModel</name>
    <message numerus="yes">
      <source>%n character(s)</source>
      <translation>
        <numerusform>%n character</numerusform>
        <numerusform>%n characters</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>agreement_export</name>
    <message numerus="yes">
      <source>%n minute(s)</source>
      <translation>
        <numerusform>%n minute</numerusform>
        <numerusform>%n minutes</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>agreements</name>
    <message numerus="yes">
      <source>It has %n version(s). Edit ▸ Undo brings it back.</source>
      <translation>
        <numerusform>It has %n version. Edit ▸ Undo brings it back.</numerusform>
        <numerusform>It has %n versions. Edit ▸ Undo brings it back.</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>ask</name>
    <message numerus="yes">
      <source>every %n day(s)</source>
      <translation>
        <numerusform>every %n day</numerusform>
        <numerusform>every %n days</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>every %n month(s)</source>
      <translation>
        <numerusform>every %n month</numerusform>
        <numerusform>every %n months</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>every %n week(s)</source>
      <translation>
        <numerusform>every %n week</numerusform>
        <numerusform>every %n weeks</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>cadence</name>
    <message numerus="yes">
      <source>every %n month(s)</source>
      <translation>
        <numerusform>every %n month</numerusform>
        <numerusform>every %n months</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>every %n week(s)</source>
      <translation>
        <numerusform>every %n week</numerusform>
        <numerusform>every %n weeks</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>every %n day(s)</source>
      <translation>
        <numerusform>every %n day</numerusform>
        <numerusform>every %n days</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n day(s)</source>
      <translation>
        <numerusform>%n day</numerusform>
        <numerusform>%n days</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>Agreed {interval}; the last %n gap(s) averaged {mean} (longest {longest}).</source>
      <translation>
        <numerusform>Agreed {interval}; the last %n gap averaged {mean} (longest {longest}).</numerusform>
        <numerusform>Agreed {interval}; the last %n gaps averaged {mean} (longest {longest}).</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>last met %n week(s) ago</source>
      <translation>
        <numerusform>last met %n week ago</numerusform>
        <numerusform>last met %n weeks ago</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>calendar_file</name>
    <message numerus="yes">
      <source>Exported %n meeting(s) to {file}.</source>
      <translation>
        <numerusform>Exported %n meeting to {file}.</numerusform>
        <numerusform>Exported %n meetings to {file}.</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>closure</name>
    <message numerus="yes">
      <source>As our mentorship comes to a close, I want to thank you for the %n conversation(s) we have had since {when}.</source>
      <translation>
        <numerusform>As our mentorship comes to a close, I want to thank you for the %n conversation we have had since {when}.</numerusform>
        <numerusform>As our mentorship comes to a close, I want to thank you for the %n conversations we have had since {when}.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>Ended on {day}; %n meeting(s) held.</source>
      <translation>
        <numerusform>Ended on {day}; %n meeting held.</numerusform>
        <numerusform>Ended on {day}; %n meetings held.</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>giveback</name>
    <message numerus="yes">
      <source>nothing given back yet; %n meeting(s) so far</source>
      <translation>
        <numerusform>nothing given back yet; %n meeting so far</numerusform>
        <numerusform>nothing given back yet; %n meetings so far</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>last gave back %n day(s) ago</source>
      <translation>
        <numerusform>last gave back %n day ago</numerusform>
        <numerusform>last gave back %n days ago</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n meeting(s) since</source>
      <translation>
        <numerusform>%n meeting since</numerusform>
        <numerusform>%n meetings since</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>meetings</name>
    <message numerus="yes">
      <source>its agenda (%n point(s))</source>
      <translation>
        <numerusform>its agenda (%n point)</numerusform>
        <numerusform>its agenda (%n points)</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>its notes (%n character(s)) and their history</source>
      <translation>
        <numerusform>its notes (%n character) and their history</numerusform>
        <numerusform>its notes (%n characters) and their history</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>Its %n action item(s) stay in the Action items area, no longer linked to a meeting.</source>
      <translation>
        <numerusform>Its action item stays in the Action items area, no longer linked to a meeting.</numerusform>
        <numerusform>Its %n action items stay in the Action items area, no longer linked to a meeting.</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>reminders</name>
    <message numerus="yes">
      <source>%n open action item(s)</source>
      <translation>
        <numerusform>%n open action item</numerusform>
        <numerusform>%n open action items</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n to report back</source>
      <translation>
        <numerusform>%n to report back</numerusform>
        <numerusform>%n to report back</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n mentor(s) are overdue for a meeting: {names}.</source>
      <translation>
        <numerusform>%n mentor is overdue for a meeting: {names}.</numerusform>
        <numerusform>%n mentors are overdue for a meeting: {names}.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n meeting(s): {which}.</source>
      <translation>
        <numerusform>%n meeting: {which}.</numerusform>
        <numerusform>%n meetings: {which}.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n mentor(s) now overdue: {names}.</source>
      <translation>
        <numerusform>%n mentor now overdue: {names}.</numerusform>
        <numerusform>%n mentors now overdue: {names}.</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>sample_data</name>
    <message numerus="yes">
      <source>Added %n fictional mentor(s) to explore.</source>
      <translation>
        <numerusform>Added %n fictional mentor to explore.</numerusform>
        <numerusform>Added %n fictional mentors to explore.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>Remove the %n fictional mentor(s), with their meetings and action items?</source>
      <translation>
        <numerusform>Remove the %n fictional mentor, with their meetings and action items?</numerusform>
        <numerusform>Remove the %n fictional mentors, with their meetings and action items?</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>sync</name>
    <message numerus="yes">
      <source>%n change(s) from “{laptop}”.</source>
      <translation>
        <numerusform>%n change from “{laptop}”.</numerusform>
        <numerusform>%n changes from “{laptop}”.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n change(s) from {laptops}.</source>
      <translation>
        <numerusform>%n change from {laptops}.</numerusform>
        <numerusform>%n changes from {laptops}.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n edit(s) made on two laptops at once: the newer was kept (File ▸ Sync…).</source>
      <translation>
        <numerusform>%n edit made on two laptops at once: the newer was kept (File ▸ Sync…).</numerusform>
        <numerusform>%n edits made on two laptops at once: the newer was kept (File ▸ Sync…).</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>Waiting for %n file(s) to download from the cloud (“{laptop}”).</source>
      <translation>
        <numerusform>Waiting for %n file to download from the cloud (“{laptop}”).</numerusform>
        <numerusform>Waiting for %n files to download from the cloud (“{laptop}”).</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>Waiting for %n file(s) to download from the cloud (another laptop).</source>
      <translation>
        <numerusform>Waiting for %n file to download from the cloud (another laptop).</numerusform>
        <numerusform>Waiting for %n files to download from the cloud (another laptop).</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>vocabulary</name>
    <message numerus="yes">
      <source>%n mentor(s)</source>
      <translation>
        <numerusform>%n mentor</numerusform>
        <numerusform>%n mentors</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n tag(s)</source>
      <translation>
        <numerusform>%n tag</numerusform>
        <numerusform>%n tags</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>their %n tag(s)</source>
      <translation>
        <numerusform>their %n tag</numerusform>
        <numerusform>their %n tags</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n status change(s)</source>
      <translation>
        <numerusform>%n status change</numerusform>
        <numerusform>%n status changes</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>their status history (%n entry/entries)</source>
      <translation>
        <numerusform>their status history (%n entry)</numerusform>
        <numerusform>their status history (%n entries)</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n meeting(s)</source>
      <translation>
        <numerusform>%n meeting</numerusform>
        <numerusform>%n meetings</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n meeting(s) with agenda and notes</source>
      <translation>
        <numerusform>%n meeting with agenda and notes</numerusform>
        <numerusform>%n meetings with agenda and notes</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n agenda point(s)</source>
      <translation>
        <numerusform>%n agenda point</numerusform>
        <numerusform>%n agenda points</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n action item(s)</source>
      <translation>
        <numerusform>%n action item</numerusform>
        <numerusform>%n action items</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n earlier version(s) of the notes</source>
      <translation>
        <numerusform>%n earlier version of the notes</numerusform>
        <numerusform>%n earlier versions of the notes</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n agreement(s)</source>
      <translation>
        <numerusform>%n agreement</numerusform>
        <numerusform>%n agreements</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n agreement version(s)</source>
      <translation>
        <numerusform>%n agreement version</numerusform>
        <numerusform>%n agreement versions</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>their agreement (%n version(s))</source>
      <translation>
        <numerusform>their agreement (%n version)</numerusform>
        <numerusform>their agreement (%n versions)</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n goal(s)</source>
      <translation>
        <numerusform>%n goal</numerusform>
        <numerusform>%n goals</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n progress update(s)</source>
      <translation>
        <numerusform>%n progress update</numerusform>
        <numerusform>%n progress updates</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>its %n progress update(s)</source>
      <translation>
        <numerusform>its %n progress update</numerusform>
        <numerusform>its %n progress updates</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n link(s) between goals and mentors</source>
      <translation>
        <numerusform>%n link between goals and mentors</numerusform>
        <numerusform>%n links between goals and mentors</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n link(s) between a goal and a mentor</source>
      <translation>
        <numerusform>%n link between a goal and a mentor</numerusform>
        <numerusform>%n links between a goal and a mentor</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n link(s) between goals and action items</source>
      <translation>
        <numerusform>%n link between goals and action items</numerusform>
        <numerusform>%n links between goals and action items</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n link(s) between a goal and an action item</source>
      <translation>
        <numerusform>%n link between a goal and an action item</numerusform>
        <numerusform>%n links between a goal and an action item</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n give-back idea(s)</source>
      <translation>
        <numerusform>%n give-back idea</numerusform>
        <numerusform>%n give-back ideas</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n outreach step(s)</source>
      <translation>
        <numerusform>%n outreach step</numerusform>
        <numerusform>%n outreach steps</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n closure review(s)</source>
      <translation>
        <numerusform>%n closure review</numerusform>
        <numerusform>%n closure reviews</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n goal(s) named in closure reviews</source>
      <translation>
        <numerusform>%n goal named in closure reviews</numerusform>
        <numerusform>%n goals named in closure reviews</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>its mention in %n closure review(s)</source>
      <translation>
        <numerusform>its mention in %n closure review</numerusform>
        <numerusform>its mention in %n closure reviews</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n topic(s)</source>
      <translation>
        <numerusform>%n topic</numerusform>
        <numerusform>%n topics</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n topic(s) in the inbox</source>
      <translation>
        <numerusform>%n topic in the inbox</numerusform>
        <numerusform>%n topics in the inbox</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n touch(es)</source>
      <translation>
        <numerusform>%n touch</numerusform>
        <numerusform>%n touches</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n logged touch(es)</source>
      <translation>
        <numerusform>%n logged touch</numerusform>
        <numerusform>%n logged touches</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n meeting template(s)</source>
      <translation>
        <numerusform>%n meeting template</numerusform>
        <numerusform>%n meeting templates</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n recap(s)</source>
      <translation>
        <numerusform>%n recap</numerusform>
        <numerusform>%n recaps</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n recap(s) sent</source>
      <translation>
        <numerusform>%n recap sent</numerusform>
        <numerusform>%n recaps sent</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n calendar event(s)</source>
      <translation>
        <numerusform>%n calendar event</numerusform>
        <numerusform>%n calendar events</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n attachment(s)</source>
      <translation>
        <numerusform>%n attachment</numerusform>
        <numerusform>%n attachments</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n attached file(s) and link(s)</source>
      <translation>
        <numerusform>%n attached file and link</numerusform>
        <numerusform>%n attached files and links</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n meeting(s) with their agendas and notes</source>
      <translation>
        <numerusform>%n meeting with their agendas and notes</numerusform>
        <numerusform>%n meetings with their agendas and notes</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>their link(s) to %n goal(s) (the goals stay)</source>
      <translation>
        <numerusform>their link to %n goal (the goal stays)</numerusform>
        <numerusform>their links to %n goals (the goals stay)</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>its link(s) to %n mentor(s)</source>
      <translation>
        <numerusform>its link to %n mentor</numerusform>
        <numerusform>its links to %n mentors</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>its link(s) to %n action item(s)</source>
      <translation>
        <numerusform>its link to %n action item</numerusform>
        <numerusform>its links to %n action items</numerusform>
      </translation>
    </message>
  </context>
</TS>
