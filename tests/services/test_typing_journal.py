"""The typing journal: what was typed is on disk at once, read back whole after a torn
write or damage, replayed at start only over text it knows, and gone once stored."""

from __future__ import annotations

import os
from datetime import UTC, datetime, timedelta
from pathlib import Path

from mentordesk.config import Paths
from mentordesk.db.database import Database
from mentordesk.db.types import utc_now
from mentordesk.services import meeting_queries, meetings, mentors, note_history, typing_recovery
from mentordesk.services.typing_journal import (
    TEXT,
    Syncer,
    TypingJournal,
    decode,
    journal_files,
)

T0 = datetime.now(UTC) - timedelta(hours=1)
EMPTY = {"notes": "", "takeaways": ""}


def _fields(notes: str, takeaways: str = "") -> dict[str, str | None]:
    return {"notes": notes, "takeaways": takeaways, "started_at": None}


def _meeting(database: Database, notes: str = "") -> str:
    with database.session() as session:
        mentor = mentors.create_mentor(session, mentors.MentorData(name="Ada"), now=utc_now())
        plan = meetings.MeetingPlan(mentor_id=mentor.id, scheduled_start=T0)
        meeting_id = meetings.plan_meeting(session, plan, now=utc_now()).id
        if notes:
            meetings.save_notes(session, meeting_id, notes, "", now=utc_now())
        return meeting_id


def _typed(folder: Path, meeting_id: str, text: str, stored: str = "") -> TypingJournal:
    """A journal that saw ``text`` typed after ``stored``, one character per edit."""
    journal = TypingJournal(folder, "meeting", meeting_id, {"notes": stored, "takeaways": ""})
    for n in range(1, len(text) + 1):
        journal.edited(n, _fields(stored + text[:n]))
    return journal


def _notes(database: Database, meeting_id: str) -> str:
    with database.session() as session:
        return meeting_queries.detail(session, meeting_id).notes


def _replay(database: Database, paths: Paths) -> list[str]:
    outcomes = []
    for journal in journal_files(paths.journal_dir):
        with database.session() as session:
            outcomes.append(typing_recovery.replay(session, journal, now=utc_now()).outcome)
    return outcomes


def test_every_edit_is_in_the_file_at_once_private(tmp_path: Path) -> None:
    folder = tmp_path / "journal"
    journal = _typed(folder, "m1", "héllo ✓")
    assert (folder.stat().st_mode & 0o777) == 0o700
    assert (journal.path.stat().st_mode & 0o777) == 0o600
    (found,) = journal_files(folder)
    assert found.latest is not None and found.latest.data["notes"] == "héllo ✓"
    assert not found.torn


def test_a_torn_or_damaged_tail_loses_only_itself(tmp_path: Path) -> None:
    journal = _typed(tmp_path / "j", "m1", "abcdef")
    blob = journal.path.read_bytes()
    whole = [r.data["notes"] for r in decode(blob)[0] if r.kind == TEXT]
    assert whole[-1] == "abcdef"
    for cut in range(len(blob)):  # a kill in the middle of any write
        records, torn = decode(blob[:cut])
        texts = [r.data["notes"] for r in records if r.kind == TEXT]
        assert texts == whole[: len(texts)]
        assert torn == (cut not in _record_ends(blob))
    damaged = bytearray(blob)
    damaged[len(blob) // 2] ^= 0xFF
    records, torn = decode(bytes(damaged))
    texts = [r.data["notes"] for r in records if r.kind == TEXT]
    assert torn and texts == whole[: len(texts)] and len(texts) < len(whole)
    assert decode(os.urandom(500))[0] == []


def _record_ends(blob: bytes) -> set[int]:
    ends, at = {0}, 0
    while at < len(blob):
        header_end = blob.index(b"\n", at)
        at = header_end + 2 + int(blob[at:header_end].split(b" ")[3])
        ends.add(at)
    return ends


def test_stored_removes_the_file_or_keeps_only_what_is_newer(tmp_path: Path) -> None:
    journal = _typed(tmp_path / "j", "m1", "abc")
    journal.handed_over(2, {"notes": "ab", "takeaways": ""})
    journal.stored(2)  # "c" came after the save was handed over
    (found,) = journal_files(tmp_path / "j")
    assert found.latest is not None and found.latest.data["notes"] == "abc"
    assert len([r for r in found.records if r.kind == TEXT]) == 1
    journal.handed_over(3, {"notes": "abc", "takeaways": ""})
    journal.stored(3)
    assert not journal.path.exists()
    journal.edited(4, _fields("abcd"))  # typing on starts a new file
    assert journal_files(tmp_path / "j")[0].latest is not None


def test_the_syncer_syncs_off_the_keystroke(tmp_path: Path) -> None:
    syncer = Syncer(every=3600)
    journal = TypingJournal(tmp_path / "j", "meeting", "m1", EMPTY, syncer)
    journal.edited(1, _fields("a"))
    syncer.sync_now()  # an fsync of a duplicate of the file's descriptor: no error
    journal.close()
    syncer.sync_now()  # a closed journal is skipped


def test_replay_stores_what_the_autosave_missed(database: Database, paths: Paths) -> None:
    meeting_id = _meeting(database, "saved part. ")
    _typed(paths.journal_dir, meeting_id, "typed after the last save", "saved part. ").close()
    assert _replay(database, paths) == [typing_recovery.RECOVERED]
    assert _notes(database, meeting_id) == "saved part. typed after the last save"


def test_replay_after_a_save_the_ui_never_heard_of(database: Database, paths: Paths) -> None:
    meeting_id = _meeting(database)
    journal = _typed(paths.journal_dir, meeting_id, "abc")
    journal.handed_over(3, {"notes": "abc", "takeaways": ""})
    journal.edited(4, _fields("abcd"))
    journal.edited(5, _fields("abcde"))
    journal.handed_over(5, {"notes": "abcde", "takeaways": ""})
    journal.edited(6, _fields("abcdef"))
    journal.stored(3)  # rewritten: the file no longer holds "abcde" as text
    with database.session() as session:  # the worker stored 5, then the kill
        meetings.save_notes(session, meeting_id, "abcde", "", now=utc_now())
    journal.close()
    assert _replay(database, paths) == [typing_recovery.RECOVERED]
    assert _notes(database, meeting_id) == "abcdef"


def test_replay_never_overwrites_text_changed_since(database: Database, paths: Paths) -> None:
    meeting_id = _meeting(database)
    _typed(paths.journal_dir, meeting_id, "from the crashed session").close()
    with database.session() as session:  # a backup restored, or an edit elsewhere
        meetings.save_notes(session, meeting_id, "newer, from elsewhere", "", now=utc_now())
    assert _replay(database, paths) == [typing_recovery.KEPT_AS_VERSION]
    assert _notes(database, meeting_id) == "newer, from elsewhere"
    with database.session() as session:
        kept = note_history.list_snapshots(session, meeting_id)
    assert next((v.reason, v.notes) for v in kept) == (
        note_history.RECOVERED,
        "from the crashed session",
    )


def test_replay_of_a_deleted_meeting_or_a_stored_text(database: Database, paths: Paths) -> None:
    gone = _meeting(database)
    _typed(paths.journal_dir, gone, "for a meeting deleted since").close()
    with database.session() as session:
        meetings.delete_meeting(session, gone)
    assert _replay(database, paths) == [typing_recovery.GONE]
    for journal in journal_files(paths.journal_dir):
        journal.path.unlink()
    kept = _meeting(database, "all saved")
    _typed(paths.journal_dir, kept, "", "all saved").edited(1, _fields("all saved"))
    assert _replay(database, paths) == [typing_recovery.ALREADY_STORED]
