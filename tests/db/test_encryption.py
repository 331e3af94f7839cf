"""Encryption at rest on real files: turned on with the sample data loaded, no sample
text is left readable anywhere in the data folder; the passphrase and the recovery key
open it, a wrong one is told apart from damage, and turning it off gives plain files."""

from __future__ import annotations

import json
import shutil
from collections.abc import Iterator
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy import select

from mentordesk.config import Paths
from mentordesk.db import cipher, encryption, key_file
from mentordesk.db.cipher import LockedError
from mentordesk.db.database import Database
from mentordesk.db.key_file import KeyFileDamagedError, WrongPassphraseError
from mentordesk.db.models import Meeting
from mentordesk.services import backup as backups
from mentordesk.services import meetings, sample
from mentordesk.services.mentors import list_mentors

ROOT = Path(__file__).resolve().parents[2]
NOW = datetime(2026, 12, 1, 9, 0, tzinfo=UTC)
TODAY = date(2026, 12, 1)
BIG_NOTE_MARK = "Zebrafinch-notes-marker"


@pytest.fixture(autouse=True)
def _locked_after() -> Iterator[None]:
    yield
    cipher.lock()


def sample_texts() -> list[str]:
    """Names, meeting notes and agenda points of the sample data (as stored)."""
    records = json.loads((ROOT / "resources/sample/sample-data.json").read_text())["records"]
    texts = [m["name"] for m in records["mentor"]]
    texts += [m["notes"][:40] for m in records["meeting"] if len(m["notes"] or "") >= 20]
    texts += [a["text"] for a in records["agenda_item"] if len(a["text"]) >= 12]
    return texts


def readable(folder: Path, texts: list[str]) -> dict[str, list[str]]:
    """Which of ``texts`` can be found in the bytes of which file under ``folder``."""
    found: dict[str, list[str]] = {}
    for file in sorted(p for p in folder.rglob("*") if p.is_file()):
        data = file.read_bytes()
        hits = [t for t in texts if t.encode("utf-8") in data]
        if hits:
            found[file.relative_to(folder).as_posix()] = hits
    return found


def filled(paths: Paths) -> None:
    """The sample data, a 100 KB meeting note, a backup and a damaged copy set aside."""
    database = Database(paths)
    try:
        with database.session() as session:
            sample.load_sample_data(session, today=TODAY)
        with database.session() as session:
            meeting = session.scalars(select(Meeting.id).order_by(Meeting.id)).first() or ""
        note = (BIG_NOTE_MARK + " typed in meeting mode. ") * (100_000 // 48)
        with database.session() as session:
            meetings.save_text(session, meeting, notes=note, takeaways="", now=NOW)
        backups.make_backup(paths, backups.Reason.MANUAL, NOW)
    finally:
        database.close()
    shutil.copyfile(paths.database, paths.data_dir / "mentordesk.sqlite3.damaged-20261130T000000Z")


def mentor_count(paths: Paths) -> int:
    database = Database(paths)
    try:
        with database.session() as session:
            return len(list_mentors(session, today=TODAY, now=NOW))
    finally:
        database.close()


def test_no_sample_text_is_readable_anywhere_once_encryption_is_on(paths: Paths) -> None:
    filled(paths)
    texts = [*sample_texts(), BIG_NOTE_MARK]
    before = readable(paths.data_dir, texts)
    # The sweep can fail: before, the database, the backup and the damaged copy show them.
    assert {"mentordesk.sqlite3", "mentordesk.sqlite3.damaged-20261130T000000Z"} <= set(before)
    assert any(name.startswith("backups/") for name in before)
    assert BIG_NOTE_MARK in before["mentordesk.sqlite3"]

    encryption.turn_on(paths, "correct horse battery")
    assert readable(paths.data_dir, texts) == {}

    # Everything written afterwards stays encrypted: work, a backup, the -wal.
    database = Database(paths)
    try:
        with database.session() as session:
            meeting = session.scalars(select(Meeting.id).order_by(Meeting.id)).first() or ""
            meetings.save_text(
                session, meeting, notes=BIG_NOTE_MARK + " again", takeaways="", now=NOW
            )
        backups.make_backup(paths, backups.Reason.MANUAL, NOW + timedelta(hours=1))
        assert readable(paths.data_dir, texts) == {}  # the -wal is open here
    finally:
        database.close()
    assert len(list((paths.backups_dir).glob("*.sqlite3"))) == 2
    assert readable(paths.data_dir, texts) == {}


def test_passphrase_and_recovery_key_open_it_a_wrong_one_is_not_damage(paths: Paths) -> None:
    filled(paths)
    mentors = mentor_count(paths)
    recovery = encryption.turn_on(paths, "correct horse battery")
    cipher.lock()

    with pytest.raises(LockedError):  # locked: never judged, never called damaged
        Database(paths)
    with pytest.raises(WrongPassphraseError) as wrong:
        encryption.unlock(paths, "correct horse")
    assert "Wrong passphrase" in str(wrong.value)
    assert "damaged" not in str(wrong.value)

    encryption.unlock(paths, "correct horse battery")
    assert mentor_count(paths) == mentors
    cipher.lock()
    encryption.unlock(paths, recovery.lower().replace("-", " "))  # as a person types it
    assert mentor_count(paths) == mentors


def test_a_changed_passphrase_opens_it_and_the_old_one_no_longer_does(paths: Paths) -> None:
    filled(paths)
    mentors = mentor_count(paths)
    recovery = encryption.turn_on(paths, "old one")
    database_bytes = paths.database.read_bytes()
    cipher.lock()
    encryption.change(paths, "old one", "new one")
    assert paths.database.read_bytes() == database_bytes  # only the key file changed
    cipher.lock()
    with pytest.raises(WrongPassphraseError):
        encryption.unlock(paths, "old one")
    encryption.unlock(paths, "new one")
    assert mentor_count(paths) == mentors
    cipher.lock()
    encryption.unlock(paths, recovery)  # the recovery key stays the same
    assert mentor_count(paths) == mentors


def test_a_damaged_key_file_says_so_and_is_not_a_wrong_passphrase(paths: Paths) -> None:
    Database(paths).close()
    encryption.turn_on(paths, "pass")
    cipher.lock()
    key = key_file.path_in(paths.data_dir)
    text = key.read_text()
    key.write_text(text.replace('"removing": false', '"removing": true'))
    with pytest.raises(KeyFileDamagedError, match="damaged"):
        encryption.unlock(paths, "pass")
    key.write_text(text[: len(text) // 2])
    with pytest.raises(KeyFileDamagedError):
        encryption.unlock(paths, "pass")


def test_turned_off_every_file_is_plain_again_and_opens_without_a_passphrase(
    paths: Paths,
) -> None:
    filled(paths)
    mentors = mentor_count(paths)
    encryption.turn_on(paths, "pass")
    cipher.lock()
    encryption.turn_off(paths, "pass")
    assert not key_file.path_in(paths.data_dir).exists()
    assert cipher.active_key() is None
    for file in encryption.database_files(paths):
        assert cipher.is_plain(file) is True, file
    assert BIG_NOTE_MARK in readable(paths.data_dir, [BIG_NOTE_MARK])["mentordesk.sqlite3"]
    assert mentor_count(paths) == mentors


def test_an_interrupted_turn_on_finishes_at_the_next_unlock(paths: Paths) -> None:
    """The key file written, no file encrypted yet (a kill right after it): the next
    open with the passphrase encrypts what is left; nothing typed is lost."""
    filled(paths)
    mentors = mentor_count(paths)
    data_key = bytes(range(32))
    key_file.write(paths.data_dir, key_file.new(data_key, "pass", key_file.new_recovery_key()))
    assert cipher.is_plain(paths.database) is True
    encryption.unlock(paths, "pass")
    assert mentor_count(paths) == mentors  # open_data carried on
    assert all(cipher.is_plain(f) is False for f in encryption.database_files(paths))


def test_a_plain_folder_is_untouched(paths: Paths) -> None:
    Database(paths).close()
    assert not encryption.is_on(paths)
    assert cipher.is_plain(paths.database) is True
    assert sorted(p.name for p in paths.data_dir.iterdir() if p.is_file()) == [
        "mentordesk.sqlite3",
        "mentordesk.sqlite3.checked",  # the start-up check's fingerprint (plain JSON)
        "mentordesk.sqlite3.identity",
    ]


def test_a_damaged_copy_sqlite_cannot_read_never_keeps_you_from_your_data(paths: Paths) -> None:
    filled(paths)
    mentors = mentor_count(paths)
    broken = paths.data_dir / "mentordesk.sqlite3.damaged-20261129T000000Z"
    broken.write_bytes(b"SQLite format 3\x00" + b"\xff" * 4096)  # a header, then garbage
    encryption.turn_on(paths, "pass")
    assert encryption.unconverted(paths) == [broken]  # named, so the person can act
    assert cipher.is_plain(paths.database) is False
    cipher.lock()
    encryption.unlock(paths, "pass")
    assert mentor_count(paths) == mentors  # the start is not stopped by it
    cipher.lock()
    encryption.turn_off(paths, "pass")
    assert not encryption.is_on(paths)
    assert mentor_count(paths) == mentors
