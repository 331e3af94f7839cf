"""Cloud placeholders in the sync folder (iCloud Drive's dataless files, OneDrive's
online-only files): told from the file's flags without reading it, never read by a
round (reading waits for the download), asked for, and read once they are real; a
later batch of the same laptop waits for them."""

from __future__ import annotations

import sys
from datetime import UTC, datetime
from pathlib import Path
from types import SimpleNamespace

import pytest
from sqlalchemy import select

from mentordesk.config import resolve_paths
from mentordesk.db.database import Database
from mentordesk.db.models import Mentor
from mentordesk.services import mentors, sync, sync_folder
from mentordesk.services.mentors import MentorData

NOW = datetime(2026, 12, 7, 9, tzinfo=UTC)


def test_a_placeholder_is_told_by_its_flags_alone() -> None:
    ordinary = SimpleNamespace(st_flags=0, st_file_attributes=0x20)  # ARCHIVE
    assert not sync_folder.placeholder_status(ordinary)
    assert not sync_folder.placeholder_status(SimpleNamespace())  # Linux: neither field
    assert sync_folder.placeholder_status(SimpleNamespace(st_flags=0x40000000 | 0x20))  # macOS
    for attribute in (0x1000, 0x40000, 0x400000):  # OFFLINE, RECALL_ON_OPEN, ..._DATA_ACCESS
        assert sync_folder.placeholder_status(SimpleNamespace(st_file_attributes=attribute | 0x20))


def test_an_ordinary_file_is_not_a_placeholder_and_a_missing_one_neither(tmp_path: Path) -> None:
    real = tmp_path / "batch.mdsync"
    real.write_bytes(b"{}")
    assert not sync_folder.is_placeholder(real)
    assert not sync_folder.is_placeholder(tmp_path / "gone.mdsync")


class FakeCloud:
    """A folder whose chosen files are placeholders until the cloud brings them."""

    def __init__(self) -> None:
        self.evicted: set[Path] = set()
        self.asked: list[Path] = []

    def is_placeholder(self, path: Path) -> bool:
        return path in self.evicted

    def download(self, path: Path) -> None:
        self.asked.append(path)

    @property
    def seam(self) -> sync_folder.Cloud:
        return sync_folder.Cloud(is_placeholder=self.is_placeholder, download=self.download)


def laptop(root: Path, name: str, shared: Path) -> Database:
    database = Database(resolve_paths(root / name))
    with database.session() as session:
        sync.configure(session, shared, name)
    return database


def names(database: Database) -> list[str]:
    with database.session() as session:
        return sorted(session.scalars(select(Mentor.name)))


def test_a_placeholder_waits_for_its_download_and_so_do_the_batches_after_it(
    tmp_path: Path,
) -> None:
    shared = tmp_path / "shared"
    shared.mkdir()
    work, home = laptop(tmp_path, "Work laptop", shared), laptop(tmp_path, "Home laptop", shared)
    cloud = FakeCloud()
    try:
        files = []
        for name in ("Ada", "Grace", "Linus"):
            with work.session() as session:
                mentors.create_mentor(session, MentorData(name=name), now=NOW)
            files.append(next(shared.rglob(sync.run_round(work, NOW).sent_file)))
        cloud.evicted = {files[0]}  # the very first batch: whose it is is not known yet

        report = sync.run_round(home, NOW, cloud=cloud.seam)

        assert names(home) == [] and report.downloading == {"": 1}
        assert cloud.asked == [files[0]]
        assert sync.downloading_words(report) == [
            "Waiting for 1 file to download from the cloud (another laptop): they are read "
            "at the next sync, once downloaded."
        ]
        cloud.evicted = {files[1], files[2]}  # the first arrived; the others went to the cloud

        report = sync.run_round(home, NOW, cloud=cloud.seam)

        assert names(home) == ["Ada"], "nothing after a placeholder is read"
        assert report.downloading == {"Work laptop": 2}
        assert set(cloud.asked[1:]) == set(files[1:])
        assert sync.downloading_words(report) == [
            "Waiting for 2 files to download from the cloud (“Work laptop”): they are read "
            "at the next sync, once downloaded."
        ]
        cloud.evicted = {files[1]}  # the third came first: it still waits for the second

        report = sync.run_round(home, NOW, cloud=cloud.seam)

        assert names(home) == ["Ada"] and report.downloading == {"Work laptop": 1}
        cloud.evicted = set()

        report = sync.run_round(home, NOW, cloud=cloud.seam)

        assert names(home) == ["Ada", "Grace", "Linus"] and report.downloading == {}
        assert report.batches_in == {"Work laptop": 2}
    finally:
        work.close()
        home.close()


@pytest.mark.skipif(sys.platform != "win32", reason="Windows file attributes")
def test_on_windows_an_offline_file_is_told_from_its_attributes_without_opening_it(
    tmp_path: Path,
) -> None:
    if sys.platform != "win32":  # (skipped above; mypy reads only this)
        return
    import ctypes

    path = tmp_path / "batch.mdsync"
    path.write_bytes(b"{}")
    assert not sync_folder.is_placeholder(path)
    kernel32 = ctypes.windll.kernel32
    offline = 0x1000 | 0x20  # OFFLINE | ARCHIVE, as a cloud client marks an evicted file
    if not kernel32.SetFileAttributesW(str(path), offline):
        pytest.skip("this file system keeps no OFFLINE attribute")
    if not kernel32.GetFileAttributesW(str(path)) & 0x1000:
        pytest.skip("this file system keeps no OFFLINE attribute")
    assert sync_folder.is_placeholder(path)
