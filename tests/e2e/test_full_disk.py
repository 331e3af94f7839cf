"""A full disk or a failing disk during an update, from outside (issue 7, findings 1 and 8).

Each case copies one prepared data folder at revision 0002, starts up with
writes failing from the N-th on (strace), then starts normally: the update must
reach the current revision with every record intact, with one backup of the
step and nothing half-written named like a backup. scripts/enospc_sweep.py runs
every N; here a handful spread over the backup, the update and its commit.
"""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest

from mentordesk.config import Paths, resolve_paths
from tests.e2e import full_disk
from tests.e2e.full_disk import Records

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(shutil.which("strace") is None, reason="needs strace"),
]


@pytest.fixture(scope="module")
def prepared(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Paths, Records, int]]:
    folder = tmp_path_factory.mktemp("full-disk") / "proto"
    paths, before = full_disk.prepare(folder)
    yield paths, before, full_disk.count_writes(paths)


def copy_of(prepared: tuple[Paths, Records, int], tmp_path: Path) -> Paths:
    shutil.copytree(prepared[0].data_dir, tmp_path / "data")
    return resolve_paths(tmp_path / "data")


@pytest.mark.parametrize("share", [0.03, 0.15, 0.3, 0.45, 0.6, 0.75, 0.97])
def test_a_disk_that_fills_up_during_an_update_loses_nothing(
    prepared: tuple[Paths, Records, int], tmp_path: Path, share: float
) -> None:
    _, before, writes = prepared
    paths = copy_of(prepared, tmp_path)
    when = max(1, int(writes * share))
    result = full_disk.attempt(paths, "pwrite64", f"{when}+")
    if not result.ok:
        assert result.problem in {"full", "io"}, result.message
        assert "permission" not in result.message.lower()
    assert full_disk.verify(paths, before) == []


def test_a_full_disk_mid_update_says_so_with_the_space_needed(
    prepared: tuple[Paths, Records, int], tmp_path: Path
) -> None:
    _, before, writes = prepared
    paths = copy_of(prepared, tmp_path)
    result = full_disk.attempt(paths, "pwrite64", f"{int(writes * 0.5)}+")
    assert not result.ok
    assert result.problem == "full"
    assert "is full" in result.message and "MB free" in result.message
    assert "Nothing was changed" in result.message
    assert full_disk.verify(paths, before) == []


@pytest.mark.parametrize("when", [3, 8])
def test_a_disk_that_fails_to_flush_during_an_update_loses_nothing(
    prepared: tuple[Paths, Records, int], tmp_path: Path, when: int
) -> None:
    _, before, _ = prepared
    paths = copy_of(prepared, tmp_path)
    result = full_disk.attempt(paths, "fdatasync", f"{when}+", "EIO")
    assert not result.ok and result.problem == "io"
    assert full_disk.verify(paths, before) == []
