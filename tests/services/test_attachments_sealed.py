"""Attached files sealed at rest (issue 20, item 1) on real files: with encryption on, a
marker inside an attached file is found nowhere under the data folder or its backups;
opening, exporting, restoring and importing give back the same bytes; a flipped byte, a
cut file and two swapped chunks are each reported as damaged in words; changing the
passphrase rewrites no file; turning encryption off gives the plain files back."""

from __future__ import annotations

import hashlib
import os
import shutil
import time
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy import select

from mentordesk.config import Paths, resolve_paths
from mentordesk.db import cipher, encryption, seal_folder, sealed_files
from mentordesk.db.database import Database
from mentordesk.db.models import Mentor
from mentordesk.services import (
    attachment_files,
    attachment_reads,
    attachments,
    backup,
    check,
    importing,
)
from mentordesk.services.attachment_copies import BESIDE
from mentordesk.services.attachment_files import AttachmentFileError, FileProblem
from mentordesk.services.exporting import export_to
from mentordesk.services.kinds import Kind, Ref
from mentordesk.services.mentors import MentorData, create_mentor

NOW = datetime(2026, 12, 7, 9, 0, tzinfo=UTC)
MARKER = b"Quokka-attachment-marker"
CHUNK = sealed_files.CHUNK


@pytest.fixture(autouse=True)
def _locked_after() -> Iterator[None]:
    yield
    cipher.lock()


def sha(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def files_with_marker() -> dict[str, bytes]:
    """A small file, and one of three and a half chunks with the marker in every chunk."""
    filler = os.urandom(CHUNK // 2)
    big = b"".join(MARKER + filler + MARKER + filler for _ in range(3)) + MARKER + filler
    return {"notes.txt": b"Her advice: " + MARKER + b"\n", "deck.pdf": big, "empty.txt": b""}


def attach_all(database: Database, paths: Paths, folder: Path, files: dict[str, bytes]) -> None:
    folder.mkdir(exist_ok=True)
    with database.session() as session:
        found = session.scalars(select(Mentor.id)).first()
        owner = found or create_mentor(session, MentorData(name="Ada"), now=NOW).id
    for name, data in files.items():
        (folder / name).write_bytes(data)
        stored = attachment_files.store_file(paths.attachments_dir, folder / name, 10**9)
        with database.session() as session:
            attachments.add_file(session, Ref(Kind.MENTOR, owner), name, stored, now=NOW)


def with_marker(folder: Path) -> list[str]:
    """Every file under ``folder`` whose bytes hold the marker."""
    return sorted(
        p.relative_to(folder).as_posix()
        for p in folder.rglob("*")
        if p.is_file() and MARKER in p.read_bytes()
    )


def opened_bytes(paths: Paths, files: dict[str, bytes]) -> dict[str, bytes]:
    """Each file as *Open* hands it to the system's application."""
    return {
        name: attachment_reads.view_copy(paths.attachments_dir, sha(data), name).read_bytes()
        for name, data in files.items()
    }


def attached_finding(paths: Paths) -> check.Finding:
    [finding] = [f for f in check.check(paths, now=NOW).findings if f.name == "Attached files"]
    return finding


@pytest.fixture
def sealed(database: Database, paths: Paths, tmp_path: Path) -> dict[str, bytes]:
    """A folder with the marker files attached and backed up, then encryption turned on."""
    files = files_with_marker()
    attach_all(database, paths, tmp_path / "sources", files)
    backup.make_backup(paths, backup.Reason.MANUAL, NOW)
    database.close()
    before = with_marker(paths.data_dir)
    # The sweep can fail: before, the store and the backups' copies show the marker.
    assert f"attachments/{sha(files['notes.txt'])}" in before
    assert f"backups/{BESIDE}/{sha(files['deck.pdf'])}" in before
    encryption.turn_on(paths, "correct horse battery")
    return files


def test_no_marker_is_found_anywhere_under_the_data_folder_once_encryption_is_on(
    sealed: dict[str, bytes], paths: Paths, tmp_path: Path
) -> None:
    assert with_marker(paths.data_dir) == []
    names = {p.name for p in paths.attachments_dir.iterdir()}
    assert len(names) == 3 and not names & {sha(data) for data in sealed.values()}
    assert {p.name for p in (paths.backups_dir / BESIDE).iterdir()} == names
    # A file attached afterwards, and a backup keeping it, are sealed too.
    database = Database(paths)
    try:
        later = {"later.txt": b"Later: " + MARKER}
        attach_all(database, paths, tmp_path / "later", later)
        backup.make_backup(paths, backup.Reason.MANUAL, NOW + timedelta(hours=1))
        assert with_marker(paths.data_dir) == []
        assert opened_bytes(paths, {**sealed, **later}) == {**sealed, **later}
    finally:
        database.close()
    # Opening decrypts into the data folder's private .open/, gone at quit or next start.
    view = attachment_reads.view_copy(paths.attachments_dir, sha(sealed["notes.txt"]), "n.txt")
    assert os.name == "nt" or view.stat().st_mode & 0o077 == 0  # only you may read it
    attachment_files.remove_views(paths.attachments_dir)
    assert with_marker(paths.data_dir) == []
    assert attached_finding(paths).ok


def test_the_same_file_twice_is_stored_once_and_a_name_does_not_reveal_it(
    sealed: dict[str, bytes], paths: Paths, tmp_path: Path
) -> None:
    source = tmp_path / "again.txt"
    source.write_bytes(sealed["notes.txt"])
    before = {p.name: p.read_bytes() for p in paths.attachments_dir.iterdir()}
    stored = attachment_files.store_file(paths.attachments_dir, source, 10**6)
    assert stored.sha256 == sha(sealed["notes.txt"])
    assert {p.name: p.read_bytes() for p in paths.attachments_dir.iterdir()} == before
    # The same bytes in another encrypted folder get another name (another data key).
    cipher.lock()
    other = resolve_paths(tmp_path / "other")
    Database(other).close()
    encryption.turn_on(other, "another passphrase")
    elsewhere = attachment_files.store_file(other.attachments_dir, source, 10**6)
    assert elsewhere.sha256 == stored.sha256
    assert {p.name for p in other.attachments_dir.iterdir()}.isdisjoint(before)


def test_export_import_restore_and_markdown_give_the_same_bytes(
    sealed: dict[str, bytes], paths: Paths, tmp_path: Path
) -> None:
    out = tmp_path / "out"
    out.mkdir()
    database = Database(paths)
    try:
        with database.session() as session:
            export_to(session, "json", out / "export.json", attachments=paths.attachments_dir)
            export_to(session, "markdown", tmp_path / "archive", attachments=paths.attachments_dir)
    finally:
        database.close()
    # The export is plain by design, each file named by its hash (an import verifies it).
    beside = {p.name: p.read_bytes() for p in (out / BESIDE).iterdir()}
    assert beside == {sha(data): data for data in sealed.values()}
    copied = {p.name: p.read_bytes() for p in (tmp_path / "archive" / "attachments").iterdir()}
    assert copied == sealed

    # Imported into another encrypted folder: sealed there, the same bytes.
    cipher.lock()
    elsewhere = resolve_paths(tmp_path / "new laptop")
    Database(elsewhere).close()
    encryption.turn_on(elsewhere, "new laptop passphrase")
    result = importing.import_file(elsewhere, out / "export.json", now=NOW)
    assert result.files_missing == 0
    assert with_marker(elsewhere.data_dir) == []
    assert opened_bytes(elsewhere, sealed) == sealed

    # A restore into the first folder brings deleted files back sealed.
    cipher.lock()
    encryption.unlock(paths, "correct horse battery")
    shutil.rmtree(paths.attachments_dir)
    [made] = sorted(paths.backups_dir.glob("*.sqlite3"))
    restored = backup.restore(paths, made, NOW + timedelta(minutes=5))
    assert restored.files_missing == 0
    assert with_marker(paths.data_dir) == []
    assert opened_bytes(paths, sealed) == sealed


def chunk_bounds(path: Path) -> list[tuple[int, int]]:
    """(start, end) of each sealed chunk record in ``path``."""
    data = path.read_bytes()
    bounds, at = [], sealed_files.HEADER
    while at < len(data):
        length = int.from_bytes(data[at : at + 4], "big")
        end = at + 4 + length + sealed_files.TAG
        bounds.append((at, end))
        at = end
    return bounds


def flip_a_byte(path: Path) -> None:
    data = bytearray(path.read_bytes())
    data[len(data) // 2] ^= 0x01
    path.write_bytes(bytes(data))


def cut_at_a_chunk(path: Path) -> None:
    data = path.read_bytes()
    path.write_bytes(data[: chunk_bounds(path)[2][0]])  # whole chunks, the last one gone


def cut_mid_chunk(path: Path) -> None:
    path.write_bytes(path.read_bytes()[:-100])


def swap_two_chunks(path: Path) -> None:
    data = path.read_bytes()
    (a0, a1), (b0, b1) = chunk_bounds(path)[:2]
    path.write_bytes(data[:a0] + data[b0:b1] + data[a0:a1] + data[b1:])


@pytest.mark.parametrize(
    "damage",
    [flip_a_byte, cut_at_a_chunk, cut_mid_chunk, swap_two_chunks],
    ids=lambda f: f.__name__,
)
def test_a_damaged_sealed_file_is_reported_as_damaged_in_words(
    damage: object, sealed: dict[str, bytes], paths: Paths, tmp_path: Path
) -> None:
    assert attached_finding(paths).ok
    found = attachment_files.locate(paths.attachments_dir, sha(sealed["deck.pdf"]))
    assert found is not None
    stored, is_sealed = found
    assert is_sealed and len(chunk_bounds(stored)) == 4
    damage(stored)  # type: ignore[operator]
    finding = attached_finding(paths)
    assert not finding.ok and finding.summary == "1 of 3 damaged"
    assert finding.details == (
        "damaged: “deck.pdf” (deck.pdf): its bytes are not the ones that were saved",
    )
    with pytest.raises(AttachmentFileError) as raised:
        attachment_reads.view_copy(paths.attachments_dir, sha(sealed["deck.pdf"]), "deck.pdf")
    assert raised.value.problem is FileProblem.DAMAGED
    assert "do not match the ones that were saved" in attachment_files.describe(raised.value)
    assert not (
        paths.attachments_dir / ".open" / sha(sealed["deck.pdf"])[:16] / "deck.pdf"
    ).exists()
    # Exporting it refuses rather than writing wrong bytes; the others still open.
    with pytest.raises(AttachmentFileError):
        attachment_reads.plain_copy(paths.attachments_dir, sha(sealed["deck.pdf"]), tmp_path / "x")
    assert not (tmp_path / "x").exists()
    others = {k: v for k, v in sealed.items() if k != "deck.pdf"}
    assert opened_bytes(paths, others) == others


def test_a_missing_sealed_file_is_still_listed_as_missing(
    sealed: dict[str, bytes], paths: Paths
) -> None:
    found = attachment_files.locate(paths.attachments_dir, sha(sealed["notes.txt"]))
    assert found is not None
    found[0].unlink()
    finding = attached_finding(paths)
    assert not finding.ok and finding.summary.startswith("1 of 3 missing")
    database = Database(paths)
    try:
        with database.session() as session:
            [row] = attachments.missing(session, paths.attachments_dir)
        assert row.file_name == "notes.txt"
    finally:
        database.close()


def test_changing_the_passphrase_rewrites_no_attached_file(
    sealed: dict[str, bytes], paths: Paths
) -> None:
    def files() -> dict[str, tuple[int, bytes]]:
        return {
            p.relative_to(paths.data_dir).as_posix(): (p.stat().st_ino, p.read_bytes())
            for folder in (paths.attachments_dir, paths.backups_dir / BESIDE)
            for p in folder.iterdir()
        }

    before = files()
    cipher.lock()
    encryption.change(paths, "correct horse battery", "a new passphrase")
    cipher.lock()
    encryption.unlock(paths, "a new passphrase")
    assert files() == before
    assert opened_bytes(paths, sealed) == sealed


def test_turned_off_the_files_are_plain_under_their_hash_again(
    sealed: dict[str, bytes], paths: Paths
) -> None:
    cipher.lock()
    encryption.turn_off(paths, "correct horse battery")
    plain = {sha(data): data for data in sealed.values()}
    assert {p.name: p.read_bytes() for p in paths.attachments_dir.iterdir()} == plain
    kept = paths.backups_dir / BESIDE
    assert {p.name: p.read_bytes() for p in kept.iterdir()} == plain
    if os.name != "nt":  # the backups' copies are links to the store again, not copies
        assert all((kept / name).stat().st_nlink == 2 for name in plain)
    assert attached_finding(paths).ok


def test_an_interrupted_conversion_resolves_both_names_and_finishes(
    sealed: dict[str, bytes], paths: Paths
) -> None:
    """As a kill between the rename and the removal of the old name leaves it: the plain
    file and its sealed copy side by side; and a plain file not yet sealed at all."""
    keys = sealed_files.current()
    assert keys is not None
    notes, deck = sha(sealed["notes.txt"]), sha(sealed["deck.pdf"])
    (paths.attachments_dir / notes).write_bytes(sealed["notes.txt"])  # both names
    sealed_deck = paths.attachments_dir / sealed_files.sealed_name(keys, deck)
    sealed_deck.unlink()
    (paths.attachments_dir / deck).write_bytes(sealed["deck.pdf"])  # not sealed yet
    assert opened_bytes(paths, sealed) == sealed  # every name resolves meanwhile
    attachment_files.remove_views(paths.attachments_dir)
    assert seal_folder.left_to_convert(paths.attachments_dir, keys, seal=True)
    assert encryption.unconverted(paths)
    encryption.finish(paths)
    assert encryption.unconverted(paths) == []
    assert with_marker(paths.data_dir) == []
    assert opened_bytes(paths, sealed) == sealed
    assert len(list(paths.attachments_dir.glob("[0-9a-f]*"))) == 3


def test_collected_files_go_by_their_sealed_name(sealed: dict[str, bytes], paths: Paths) -> None:
    database = Database(paths)
    try:
        with database.session() as session:
            referenced = attachments.referenced(session)
            assert attachments.collect(session, paths.attachments_dir, now=time.time() + 7200) == []
            assert attachment_files.present(paths.attachments_dir, referenced) == referenced
            for row in attachments.missing(session, paths.attachments_dir):
                raise AssertionError(row)
    finally:
        database.close()
