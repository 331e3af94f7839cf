"""Attached files through the command line, each command a real process: ``export`` then
``import`` into an empty folder gives the same files (hashes equal); ``backup`` then
``restore`` brings back files deleted since; ``check`` names a missing file; an import
whose files are not beside it says how many are missing."""

from __future__ import annotations

import hashlib
import shutil
from datetime import UTC, datetime
from pathlib import Path

import pytest

from mentordesk.config import resolve_paths
from mentordesk.db.database import Database
from mentordesk.services import attachment_files, attachments
from mentordesk.services.kinds import Kind, Ref
from mentordesk.services.mentors import MentorData, create_mentor
from tests.cli.test_commands import mentordesk

pytestmark = pytest.mark.slow

NOW = datetime(2026, 12, 7, 9, 0, tzinfo=UTC)


def folder_with_files(data: Path, sources: Path) -> dict[str, bytes]:
    """A data folder with Ada and two attached files; the files by hash."""
    paths = resolve_paths(data)
    database = Database(paths)
    sources.mkdir()
    found: dict[str, bytes] = {}
    try:
        with database.session() as session:
            ada = Ref(Kind.MENTOR, create_mentor(session, MentorData(name="Ada"), now=NOW).id)
        for name, data_bytes in (("cv.pdf", b"%PDF cv" * 999), ("notes.txt", b"notes " * 99)):
            source = sources / name
            source.write_bytes(data_bytes)
            stored = attachment_files.store_file(paths.attachments_dir, source, 1 << 30)
            with database.session() as session:
                attachments.add_file(session, ada, name, stored, now=NOW)
            found[stored.sha256] = data_bytes
    finally:
        database.close()
    return found


def store(data: Path) -> dict[str, bytes]:
    folder = resolve_paths(data).attachments_dir
    return {p.name: p.read_bytes() for p in folder.iterdir() if p.is_file()}


def test_export_then_import_into_an_empty_folder_gives_the_same_files(tmp_path: Path) -> None:
    files = folder_with_files(tmp_path / "data", tmp_path / "sources")
    out = tmp_path / "moving" / "export.json"
    out.parent.mkdir()
    done = mentordesk("export", "-o", str(out), data=tmp_path / "data")
    assert done.returncode == 0, done.stderr
    imported = mentordesk("import", str(out), data=tmp_path / "new laptop")
    assert imported.returncode == 0, imported.stderr
    assert store(tmp_path / "new laptop") == files
    assert all(
        hashlib.sha256(b).hexdigest() == h for h, b in store(tmp_path / "new laptop").items()
    )
    checked = mentordesk("check", data=tmp_path / "new laptop")
    assert "all 2 in" in checked.stdout, checked.stdout
    # Without the folder beside it: the records come, the files are said to be missing.
    shutil.rmtree(out.parent / "mentordesk-attachments")
    again = mentordesk("import", str(out), data=tmp_path / "another")
    assert again.returncode == 0, again.stderr
    assert "2 attached files were not in mentordesk-attachments beside it" in again.stdout
    checked = mentordesk("check", data=tmp_path / "another")
    assert checked.returncode != 0 and "2 of 2 missing" in checked.stdout
    assert "missing: “cv.pdf” (cv.pdf)" in checked.stdout


def test_a_restored_backup_brings_back_files_deleted_since(tmp_path: Path) -> None:
    data = tmp_path / "data"
    files = folder_with_files(data, tmp_path / "sources")
    made = mentordesk("backup", data=data)
    assert made.returncode == 0, made.stderr
    backup = next((data / "backups").glob("mentordesk-*-manual.sqlite3"))
    for path in resolve_paths(data).attachments_dir.iterdir():
        path.unlink()  # deleted outside the app
    restored = mentordesk("restore", str(backup), data=data)
    assert restored.returncode == 0, restored.stderr
    assert store(data) == files
