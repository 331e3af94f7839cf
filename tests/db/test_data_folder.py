"""--data-dir on an existing folder: used as it is, or refused clearly (issue 7, finding 9)."""

from __future__ import annotations

import os
import stat
from pathlib import Path

import pytest

from mentordesk.config import DataFolderError, resolve_paths
from mentordesk.db.database import Database
from tests.platforms import posix_file_modes


def mode_of(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


@posix_file_modes
def test_an_existing_shared_folder_keeps_its_permissions(tmp_path: Path) -> None:
    shared = tmp_path / "shared"
    shared.mkdir()
    shared.chmod(0o1777)
    Database(resolve_paths(shared)).close()
    assert mode_of(shared) == 0o1777
    assert mode_of(shared / "mentordesk.sqlite3") == 0o600
    assert mode_of(shared / "backups") == 0o700  # made by MentorDesk, so private


def test_a_folder_holding_other_files_is_refused_and_left_alone(tmp_path: Path) -> None:
    documents = tmp_path / "Documents"
    documents.mkdir()
    documents.chmod(0o755)
    before = mode_of(documents)
    (documents / "cv.odt").write_text("my cv")
    with pytest.raises(DataFolderError, match="already holds other files") as refused:
        Database(resolve_paths(documents))
    assert "--data-dir" in str(refused.value)
    assert mode_of(documents) == before
    assert sorted(p.name for p in documents.iterdir()) == ["cv.odt"]


def test_a_mentordesk_folder_with_a_note_of_the_user_is_still_used(tmp_path: Path) -> None:
    folder = tmp_path / "md"
    Database(resolve_paths(folder)).close()
    (folder / "README.txt").write_text("my data")
    Database(resolve_paths(folder)).close()
    assert (folder / "README.txt").read_text() == "my data"


def test_missing_parent_folders_are_created(tmp_path: Path) -> None:
    folder = tmp_path / "a" / "b" / "data"
    Database(resolve_paths(folder)).close()
    assert (folder / "mentordesk.sqlite3").is_file()


@posix_file_modes
def test_missing_parent_folders_are_created_private(tmp_path: Path) -> None:
    folder = tmp_path / "a" / "b" / "data"
    Database(resolve_paths(folder)).close()
    assert mode_of(tmp_path / "a") == 0o700
    assert mode_of(folder) == 0o700


def test_a_data_folder_inside_a_file_is_named_as_such(tmp_path: Path) -> None:
    """R10: not "already holds other files"."""
    notes = tmp_path / "notes.txt"
    notes.write_text("mine")
    with pytest.raises(DataFolderError) as refused:
        Database(resolve_paths(notes / "sub"))
    assert f"{notes} is a file, not a folder" in str(refused.value)
    assert "already holds" not in str(refused.value)
    assert notes.read_text() == "mine"


@posix_file_modes
def test_a_backups_folder_that_is_a_link_to_elsewhere_is_never_written(tmp_path: Path) -> None:
    elsewhere = tmp_path / "shared"
    elsewhere.mkdir()
    data = tmp_path / "data"
    data.mkdir()
    (data / "backups").symlink_to(elsewhere)
    with pytest.raises(DataFolderError, match="it is a link to") as refused:
        Database(resolve_paths(data))
    assert str(elsewhere) in str(refused.value)
    assert list(elsewhere.iterdir()) == []


@posix_file_modes
@pytest.mark.skipif(not hasattr(os, "geteuid") or os.geteuid() != 0, reason="needs root to chown")
def test_a_backups_folder_made_by_another_user_is_never_written(tmp_path: Path) -> None:
    data = tmp_path / "data"
    (data / "backups").mkdir(parents=True)
    os.chown(data / "backups", 65534, 65534)
    with pytest.raises(DataFolderError, match="belongs to another user"):
        Database(resolve_paths(data))
    assert list((data / "backups").iterdir()) == []
