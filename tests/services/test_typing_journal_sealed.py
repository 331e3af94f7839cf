"""The typing journal of an encrypted data folder: every record sealed with a key from
the data key, read back whole with it, unreadable without it, and the replay at start
restores what was typed."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from mentordesk.config import Paths
from mentordesk.db import cipher, encryption
from mentordesk.db.database import Database
from mentordesk.services.journal_writer import TypingJournal
from mentordesk.services.typing_journal import decode, journal_files, utf16
from tests.services.test_typing_journal import _meeting, _notes, _replay

SECRET = "Quillfeather will move to Lisbon in spring"


@pytest.fixture(autouse=True)
def _locked_after() -> Iterator[None]:
    yield
    cipher.lock()


def typed(folder: Path, meeting_id: str, text: str) -> TypingJournal:
    journal = TypingJournal(folder, "meeting", meeting_id, {"notes": "", "takeaways": ""})
    journal.begin({"notes": "", "takeaways": ""})
    for n, character in enumerate(text, start=1):
        at = len(utf16(text[: n - 1])) // 2
        assert journal.changed(n, "notes", at, 0, character, at + len(utf16(character)) // 2 + 1)
    journal.resync(len(text) + 1, {"notes": text, "takeaways": ""})  # a whole-text record
    return journal


def test_sealed_records_hold_no_readable_text_and_read_back_whole(tmp_path: Path) -> None:
    cipher.unlock(bytes(range(32)))
    journal = typed(tmp_path / "j", "m1", SECRET)
    blob = journal.path.read_bytes()
    assert blob.startswith(b"MDJS ")
    assert b"Lisbon" not in blob and "Lisbon".encode("utf-16-le") not in blob
    assert b"MDJ1" not in blob
    files = journal_files(tmp_path / "j")
    assert files[0].play().texts == {"notes": SECRET, "takeaways": ""}
    assert not files[0].torn


def test_without_the_key_or_with_another_nothing_is_read(tmp_path: Path) -> None:
    cipher.unlock(bytes(range(32)))
    blob = typed(tmp_path / "j", "m1", SECRET).path.read_bytes()
    cipher.lock()
    assert decode(blob) == ([], True)
    cipher.unlock(bytes(range(1, 33)))
    assert decode(blob) == ([], True)


def test_a_changed_byte_ends_the_journal_there_as_damage_does(tmp_path: Path) -> None:
    cipher.unlock(bytes(range(32)))
    blob = bytearray(typed(tmp_path / "j", "m1", "abc").path.read_bytes())
    whole, _ = decode(bytes(blob))
    last_header = blob.rfind(b"MDJS")
    blob[last_header + 40] ^= 0x01  # inside the last record's sealed payload
    records, torn = decode(bytes(blob))
    assert torn and records == whole[:-1]


def test_a_plain_journal_of_before_still_replays_once_encrypted(tmp_path: Path) -> None:
    blob = typed(tmp_path / "j", "m1", "plain").path.read_bytes()
    assert blob.startswith(b"MDJ1 ")
    cipher.unlock(bytes(range(32)))
    records, torn = decode(blob)
    assert not torn and records


def test_the_start_replays_an_encrypted_folders_journal(paths: Paths) -> None:
    database = Database(paths)
    try:
        meeting_id = _meeting(database)
    finally:
        database.close()
    encryption.turn_on(paths, "pass")
    typed(paths.journal_dir, meeting_id, SECRET)  # the app was killed while typing
    for file in paths.journal_dir.iterdir():
        assert b"Lisbon" not in file.read_bytes()
    cipher.lock()
    encryption.unlock(paths, "pass")
    database = Database(paths)
    try:
        assert _replay(database, paths) == ["recovered"]
        assert _notes(database, meeting_id) == SECRET
    finally:
        database.close()
