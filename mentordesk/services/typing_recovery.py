"""Replaying the typing journal at start: what the autosave had not stored when the app
died goes into the database, unless the database was changed since by someone else.

Rules (one journal file, ``typing_journal``):
- its newest text equals what is stored: nothing to do (the autosave got there);
- what is stored is a text the journal knows (where it began, or a revision handed to
  the autosave): the journal is newer, so its newest text is stored, as the autosave
  would have (history kept before a large deletion);
- what is stored is a text the journal never saw (a backup restored, an import, a
  change made elsewhere after the crash): the stored text stays, and the journal's
  text is kept as an earlier version of the notes (meeting mode ▸ History);
- the meeting is gone (deleted): nothing to store it in; the caller removes the file.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy.orm import Session

from mentordesk.db.models import Meeting
from mentordesk.services import meetings, note_history
from mentordesk.services.typing_journal import JournalFile, text_hash

MEETING = "meeting"

RECOVERED, KEPT_AS_VERSION, ALREADY_STORED, GONE, UNREADABLE = (
    "recovered",
    "kept as a version",
    "already stored",
    "gone",
    "unreadable",
)


@dataclass(frozen=True)
class Recovery:
    """What replaying one journal did."""

    outcome: str
    kind: str
    record_id: str
    title: str = ""  # whose meeting, for the sentence that tells the person
    characters: int = 0  # how many more characters the notes and takeaways hold now


def replay(session: Session, journal: JournalFile, *, now: datetime) -> Recovery:
    """Apply one journal (see the module's rules) in the caller's transaction."""
    played = journal.play()
    if journal.kind != MEETING or played.texts is None:
        return Recovery(UNREADABLE, journal.kind, journal.record_id)
    meeting = session.get(Meeting, journal.record_id)
    if meeting is None:
        return Recovery(GONE, journal.kind, journal.record_id)
    title = meeting.mentor.name if meeting.mentor is not None else ""
    notes = played.texts.get("notes", meeting.notes)
    takeaways = played.texts.get("takeaways", meeting.takeaways)
    stored = {"notes": meeting.notes, "takeaways": meeting.takeaways}
    if (notes, takeaways) == (meeting.notes, meeting.takeaways):
        return Recovery(ALREADY_STORED, MEETING, meeting.id, title)
    if text_hash(stored) in played.known:
        meetings.save_text(session, meeting.id, notes=notes, takeaways=takeaways, now=now)
        added = len(notes) + len(takeaways) - len(stored["notes"]) - len(stored["takeaways"])
        return Recovery(RECOVERED, MEETING, meeting.id, title, added)
    kept = notes if takeaways == meeting.takeaways else f"{notes}\n\n{takeaways}"
    note_history.keep_recovered(session, meeting, kept, now)
    return Recovery(KEPT_AS_VERSION, MEETING, meeting.id, title)
