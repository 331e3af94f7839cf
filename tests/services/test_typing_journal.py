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
from mentordesk.services.journal_writer import Syncer, TypingJournal
from mentordesk.services.typing_journal import decode, journal_files, play, utf16
from tests.platforms import posix_file_modes

T0 = datetime.now(UTC) - timedelta(hours=1)
EMPTY = {"notes": "", "takeaways": ""}


def _meeting(database: Database, notes: str = "") -> str:
    with database.session() as session:
        mentor = mentors.create_mentor(session, mentors.MentorData(name="Ada"), now=utc_now())
        plan = meetings.MeetingPlan(mentor_id=mentor.id, scheduled_start=T0)
        meeting_id = meetings.plan_meeting(session, plan, now=utc_now()).id
        if notes:
            meetings.save_notes(session, meeting_id, notes, "", now=utc_now())
        return meeting_id


def _typed(folder: Path, meeting_id: str, text: str, stored: str = "") -> TypingJournal:
    """A journal that saw ``text`` typed at the end of ``stored``, one key per revision."""
    journal = TypingJournal(folder, "meeting", meeting_id, {"notes": stored, "takeaways": ""})
    journal.begin({"notes": stored, "takeaways": ""})
    for n, character in enumerate(text, start=1):
        at = len(utf16(stored + text[: n - 1])) // 2  # Qt counts UTF-16 units
        assert journal.changed(n, "notes", at, 0, character, at + len(utf16(character)) // 2 + 1)
    return journal


def _played(folder: Path) -> list[str | None]:
    return [
        None if (texts := j.play().texts) is None else texts["notes"] for j in journal_files(folder)
    ]


def _notes(database: Database, meeting_id: str) -> str:
    with database.session() as session:
        return meeting_queries.detail(session, meeting_id).notes


def _replay(database: Database, paths: Paths) -> list[str]:
    outcomes = []
    for journal in journal_files(paths.journal_dir):
        with database.session() as session:
            outcomes.append(typing_recovery.replay(session, journal, now=utc_now()).outcome)
    return outcomes


def test_every_edit_is_in_the_file_at_once(tmp_path: Path) -> None:
    folder = tmp_path / "journal"
    _typed(folder, "m1", "héllo ✓ 🙂")
    assert _played(folder) == ["héllo ✓ 🙂"]
    assert not journal_files(folder)[0].torn


@posix_file_modes
def test_the_journal_is_private(tmp_path: Path) -> None:
    folder = tmp_path / "journal"
    journal = _typed(folder, "m1", "secret")
    assert (folder.stat().st_mode & 0o777) == 0o700
    assert (journal.path.stat().st_mode & 0o777) == 0o600


def test_a_torn_or_damaged_tail_loses_only_itself(tmp_path: Path) -> None:
    text = "abcdef"
    journal = _typed(tmp_path / "j", "m1", text)
    blob = journal.path.read_bytes()
    ends = _record_ends(blob)
    for cut in range(len(blob)):  # a kill in the middle of any write
        records, torn = decode(blob[:cut])
        texts = play(records).texts
        typed = "" if texts is None else texts["notes"]
        assert text.startswith(typed) and len(typed) == max(0, len(records) - 2)
        assert torn == (cut not in ends)
    damaged = bytearray(blob)
    damaged[len(blob) // 2] ^= 0xFF
    records, torn = decode(bytes(damaged))
    texts = play(records).texts
    assert torn and texts is not None and text.startswith(texts["notes"])
    assert texts["notes"] != text
    assert decode(os.urandom(500))[0] == []


def _record_ends(blob: bytes) -> set[int]:
    ends, at = {0}, 0
    while at < len(blob):
        header_end = blob.index(b"\n", at)
        at = header_end + 2 + int(blob[at:header_end].split(b" ")[3])
        ends.add(at)
    return ends


def test_stored_removes_the_file_or_keeps_only_what_is_newer(tmp_path: Path) -> None:
    folder = tmp_path / "j"
    journal = _typed(folder, "m1", "ab")
    journal.handed_over(2, {"notes": "ab", "takeaways": ""})
    assert journal.changed(3, "notes", 2, 0, "c", 4)
    journal.stored(2)  # "c" came after the save was handed over
    (found,) = journal_files(folder)
    assert [r.kind for r in found.records] == ["K", "T"]
    assert _played(folder) == ["abc"]
    journal.handed_over(3, {"notes": "abc", "takeaways": ""})
    journal.stored(3)
    assert not journal.path.exists()
    assert journal.changed(4, "notes", 3, 0, "d", 5)  # typing on starts a new file
    assert _played(folder) == ["abcd"]


def test_an_edit_that_does_not_fit_starts_again_from_the_whole_text(tmp_path: Path) -> None:
    journal = _typed(tmp_path / "j", "m1", "abc")
    assert not journal.changed(4, "notes", 3, 0, "d", 99)  # the document says otherwise
    journal.resync(4, {"notes": "abcd", "takeaways": ""})
    assert _played(tmp_path / "j") == ["abcd"]
    journal.handed_over(5, {"notes": "abcdX", "takeaways": ""})  # checked once per save
    assert _played(tmp_path / "j") == ["abcdX"]


def test_the_syncer_syncs_off_the_keystroke(tmp_path: Path) -> None:
    syncer = Syncer(every=3600)
    journal = TypingJournal(tmp_path / "j", "meeting", "m1", EMPTY, syncer)
    journal.begin(EMPTY)
    assert journal.changed(1, "notes", 0, 1, "a\u2029", 2)  # Qt counts the last separator
    assert _played(tmp_path / "j") == ["a"]
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
    for seq, character in ((4, "d"), (5, "e")):
        assert journal.changed(seq, "notes", seq - 1, 0, character, seq + 1)
    journal.handed_over(5, {"notes": "abcde", "takeaways": ""})
    assert journal.changed(6, "notes", 5, 0, "f", 7)
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
    _typed(paths.journal_dir, kept, "!", "all saved").resync(2, {"notes": "all saved"})
    assert _replay(database, paths) == [typing_recovery.ALREADY_STORED]
