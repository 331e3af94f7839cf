"""Earlier versions of a meeting's notes.

A snapshot is taken at most every ``SNAPSHOT_EVERY`` of editing, and always
before a save that removes more than half of the text. Snapshots are kept for
at least ``KEEP_FOR``.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import delete, func, select
from sqlalchemy.orm import Session

from mentordesk.db.models import Meeting, NoteSnapshot
from mentordesk.db.types import new_id
from mentordesk.services.errors import NotFoundError
from mentordesk.services.kinds import Kind

SNAPSHOT_EVERY = timedelta(minutes=10)
KEEP_FOR = timedelta(days=90)
# Below this size a "more than half removed" edit is ordinary typing, not a loss.
MIN_CHARS_FOR_LOSS_GUARD = 40

PERIODIC = "periodic"
BEFORE_LARGE_DELETION = "before large deletion"
BEFORE_RESTORE = "before restore"
RECOVERED = "recovered"


def _latest(session: Session, meeting_id: str) -> NoteSnapshot | None:
    query = (
        select(NoteSnapshot)
        .where(NoteSnapshot.meeting_id == meeting_id)
        .order_by(NoteSnapshot.taken_at.desc())
        .limit(1)
    )
    return session.scalars(query).first()


def _take(
    session: Session, meeting: Meeting, notes: str, reason: str, now: datetime
) -> NoteSnapshot:
    snapshot = NoteSnapshot(
        id=new_id(), meeting_id=meeting.id, taken_at=now, reason=reason, notes=notes
    )
    session.add(snapshot)
    return snapshot


def record_before_save(session: Session, meeting: Meeting, new_notes: str, now: datetime) -> None:
    """Called with the notes about to replace ``meeting.notes``."""
    old = meeting.notes
    last = _latest(session, meeting.id)
    if last is not None and last.notes == old:
        return  # that text is already kept (say, just before a restore)
    if len(old) >= MIN_CHARS_FOR_LOSS_GUARD and len(new_notes) < len(old) / 2:
        _take(session, meeting, old, BEFORE_LARGE_DELETION, now)
        return
    if last is None:
        if old:
            _take(session, meeting, old, PERIODIC, now)
        return
    if now - last.taken_at >= SNAPSHOT_EVERY and old:
        _take(session, meeting, old, PERIODIC, now)


@dataclass(frozen=True)
class NoteVersion:
    """One earlier version of a meeting's notes."""

    id: str
    taken_at: datetime
    reason: str
    notes: str


def list_snapshots(session: Session, meeting_id: str) -> list[NoteVersion]:
    """A meeting's earlier versions, newest first."""
    query = (
        select(NoteSnapshot)
        .where(NoteSnapshot.meeting_id == meeting_id)
        .order_by(NoteSnapshot.taken_at.desc())
    )
    return [NoteVersion(s.id, s.taken_at, s.reason, s.notes) for s in session.scalars(query)]


def restore(session: Session, snapshot_id: str, now: datetime) -> None:
    """Put a snapshot's text back as the notes; the current text is snapshotted first."""
    snapshot = session.get(NoteSnapshot, snapshot_id)
    if snapshot is None:
        raise NotFoundError(snapshot_id, Kind.NOTE_SNAPSHOT)
    meeting = session.get(Meeting, snapshot.meeting_id)
    if meeting is None:
        raise NotFoundError(snapshot.meeting_id, Kind.MEETING)
    if meeting.notes != snapshot.notes:
        _take(session, meeting, meeting.notes, BEFORE_RESTORE, now)
        meeting.notes = snapshot.notes
        meeting.updated_at = now
    session.flush()


def take_before_restore(
    session: Session, meeting_id: str, current_notes: str, now: datetime
) -> bool:
    """Keep the text shown in the editor before an earlier version replaces it there.

    Meeting mode restores inside the editor (so Ctrl+Z can bring the text back) and
    lets autosave store the result; this keeps what was there, even if never saved.
    """
    meeting = session.get(Meeting, meeting_id)
    if meeting is None:
        raise NotFoundError(meeting_id, Kind.MEETING)
    last = _latest(session, meeting_id)
    if not current_notes or (last is not None and last.notes == current_notes):
        return False
    _take(session, meeting, current_notes, BEFORE_RESTORE, now)
    session.flush()
    return True


def keep_recovered(session: Session, meeting: Meeting, text: str, now: datetime) -> None:
    """Keep text recovered from the typing journal as an earlier version, when the stored
    notes were changed since and must not be overwritten."""
    last = _latest(session, meeting.id)
    if text and (last is None or last.notes != text):
        _take(session, meeting, text, RECOVERED, now)
        session.flush()


def prune(session: Session, now: datetime) -> int:
    """Remove snapshots older than KEEP_FOR; returns how many went.

    Ages count from the newest snapshot when the clock says later than that: a
    clock set years ahead must not make every earlier version look old.
    """
    newest = session.scalar(select(func.max(NoteSnapshot.taken_at)))
    cutoff = (min(now, newest) if newest is not None else now) - KEEP_FOR
    result = session.execute(delete(NoteSnapshot).where(NoteSnapshot.taken_at < cutoff))
    return int(getattr(result, "rowcount", 0) or 0)


def count(session: Session, meeting_id: str) -> int:
    query = select(func.count()).where(NoteSnapshot.meeting_id == meeting_id)
    return int(session.scalar(query) or 0)
