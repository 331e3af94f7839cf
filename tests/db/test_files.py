"""The durable file steps every write of the database, a backup and a restore go through.

These run with the Windows Python under wine as well (``pytest -m windows``): on
Windows a flush through a read-only handle fails, so a first start could not
create its database.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from mentordesk.config import FILE_MODE
from mentordesk.db.files import (
    create_private_file,
    replace_durably,
    sync_file,
    sync_folder,
    write_text_file,
)


def test_a_new_private_file_can_be_flushed_to_disk(tmp_path: Path) -> None:
    path = tmp_path / "notes.sqlite3"
    create_private_file(path)
    path.write_bytes(b"typed words")
    sync_file(path)
    assert path.read_bytes() == b"typed words"


def test_replacing_puts_the_new_file_at_the_old_name_and_leaves_no_temporary(
    tmp_path: Path,
) -> None:
    target = tmp_path / "mentordesk.sqlite3"
    target.write_bytes(b"old")
    building = tmp_path / "mentordesk.sqlite3.new"
    create_private_file(building)
    building.write_bytes(b"new data")
    replace_durably(building, target)
    assert target.read_bytes() == b"new data"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["mentordesk.sqlite3"]
    if os.name != "nt":  # Windows has no owner-only mode bits
        assert target.stat().st_mode & 0o777 == FILE_MODE


def test_replacing_works_when_there_was_no_file_yet(tmp_path: Path) -> None:
    building = tmp_path / "backup.partial"
    building.write_bytes(b"copy")
    target = tmp_path / "backup.sqlite3"
    replace_durably(building, target)
    assert target.read_bytes() == b"copy"
    assert not building.exists()


def test_a_folder_can_be_made_durable(tmp_path: Path) -> None:
    (tmp_path / "a").write_bytes(b"x")
    sync_folder(tmp_path)
    assert (tmp_path / "a").read_bytes() == b"x"


def test_a_text_file_is_written_whole_for_the_owner_only(tmp_path: Path) -> None:
    target = tmp_path / "export.md"
    target.write_text("an older export, longer than the new one\n")
    write_text_file(target, "# Zoë\r\nnotes ☕\n")
    assert target.read_bytes() == "# Zoë\r\nnotes ☕\n".encode()
    if os.name != "nt":  # Windows keeps no such bits
        assert target.stat().st_mode & 0o777 == FILE_MODE
    assert [p.name for p in tmp_path.iterdir()] == ["export.md"]


def test_a_text_file_can_carry_a_byte_order_mark(tmp_path: Path) -> None:
    target = tmp_path / "mentors.csv"
    write_text_file(target, "name\r\nZoë\r\n", encoding="utf-8-sig")
    assert target.read_bytes() == b"\xef\xbb\xbfname\r\nZo\xc3\xab\r\n"


def test_a_failed_text_write_leaves_the_target_and_no_temporary(tmp_path: Path) -> None:
    target = tmp_path / "export.json"
    target.mkdir()  # a folder where the file should go: the rename fails
    (target / "kept").write_text("inside")
    with pytest.raises(OSError):
        write_text_file(target, "{}")
    assert (target / "kept").read_text() == "inside"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["export.json"]
