"""Each storage failure named by its real cause (issue 15, findings R7 and R9).

Failures are real: strace makes the kernel refuse writes to one file (``-P``), and a
tmpfs mounted read-only is a read-only disk (root only; skipped elsewhere).
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from mentordesk.config import resolve_paths
from mentordesk.db.database import Database
from tests.e2e.helpers import app_env

pytestmark = pytest.mark.slow
ROOT = Path(__file__).resolve().parents[2]


def opened(data: Path, strace: list[str]) -> dict[str, str]:
    result = subprocess.run(
        [
            *("strace", "-f", "-qq", "-o", "/dev/null", "-e", "signal=none", *strace),
            *(sys.executable, "-m", "tests.e2e.open_data", str(data)),
        ],
        cwd=ROOT,
        env=app_env(data),
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    answer: dict[str, str] = json.loads(result.stdout.splitlines()[-1])
    return answer


@pytest.mark.skipif(shutil.which("strace") is None, reason="needs strace")
def test_a_full_disk_refusing_the_shm_file_is_called_full(tmp_path: Path) -> None:
    """R7: SQLite reports it as an I/O error; it was "check the disk"."""
    data = tmp_path / "data"
    Database(resolve_paths(data)).close()
    shm = data / "mentordesk.sqlite3-shm"
    answer = opened(
        data, ["-P", str(shm), "-e", "trace=pwrite64", "-e", "inject=pwrite64:error=ENOSPC"]
    )
    assert answer["problem"] == "full"
    assert "is full" in answer["message"]
    assert "check the disk" not in answer["message"]
    Database(resolve_paths(data)).close()  # with room again, it opens


@pytest.fixture
def read_only_mount(tmp_path: Path) -> Iterator[Path]:
    """A tmpfs, mounted read-write to fill it, then remounted read-only."""
    if shutil.which("mount") is None or not hasattr(os, "geteuid") or os.geteuid() != 0:
        pytest.skip("needs root to mount a file system")
    point = tmp_path / "disk"
    point.mkdir()
    if subprocess.run(["mount", "-t", "tmpfs", "-o", "size=64m", "tmpfs", str(point)]).returncode:
        pytest.skip("mount is not allowed here")
    try:
        yield point
    finally:
        subprocess.run(["umount", "-l", str(point)], check=False)


def test_a_data_folder_on_a_read_only_disk_is_named_as_such(read_only_mount: Path) -> None:
    """R9: it was "may belong to another user … a run with sudo"."""
    data = read_only_mount / "data"
    Database(resolve_paths(data)).close()
    subprocess.run(["mount", "-o", "remount,ro", str(read_only_mount)], check=True)
    result = subprocess.run(
        [sys.executable, "-m", "tests.e2e.answering", str(data)],
        cwd=ROOT,
        env=app_env(data),
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    dialogs = [json.loads(line) for line in result.stdout.splitlines() if line.startswith("{")]
    assert result.returncode == 1, result.stderr
    assert len(dialogs) == 1
    text = dialogs[0]["text"]
    assert "mounted read-only" in text
    assert "sudo" not in text and "another user" not in text


def test_a_command_on_a_read_only_disk_says_read_only_not_permission(
    read_only_mount: Path,
) -> None:
    """The lock file of `mentordesk note` on a read-only disk: it said "permission
    denied (is the file or folder owned by another user?)"."""
    data = read_only_mount / "data"
    Database(resolve_paths(data)).close()
    subprocess.run(["mount", "-o", "remount,ro", str(read_only_mount)], check=True)
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "mentordesk",
            "--data-dir",
            str(data),
            "note",
            "--mentor",
            "A",
            "hi",
        ],
        cwd=ROOT,
        env=app_env(data),
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert result.returncode != 0
    assert "mounted read-only" in result.stderr, result.stderr
    assert "another user" not in result.stderr and "permission denied" not in result.stderr


def _command(data: Path, *words: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "mentordesk", "--data-dir", str(data), *words],
        cwd=ROOT,
        env=app_env(data),
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )


def test_a_backup_on_a_read_only_disk_says_so_in_words_without_a_temporary_name(
    read_only_mount: Path,
) -> None:
    """It said "Read-only file system (…/backups/.mentordesk-…-manual.sqlite3.4242.partial)"."""
    data = read_only_mount / "data"
    Database(resolve_paths(data)).close()
    subprocess.run(["mount", "-o", "remount,ro", str(read_only_mount)], check=True)
    result = _command(data, "backup")
    assert result.returncode != 0
    assert "mounted read-only" in result.stderr, result.stderr
    assert ".partial" not in result.stderr and "Read-only file system" not in result.stderr
    assert "No backup was made" in result.stderr, result.stderr


def test_a_command_refused_by_the_disk_prints_no_log_line(read_only_mount: Path) -> None:
    """`mentordesk export` on a read-only disk printed "Could not open …: OSError" (a line
    meant for the log) before its message."""
    data = read_only_mount / "data"
    Database(resolve_paths(data)).close()
    subprocess.run(["mount", "-o", "remount,ro", str(read_only_mount)], check=True)
    result = _command(data, "export", "-o", str(read_only_mount.parent / "out.json"))
    assert result.returncode != 0
    assert "Could not open" not in result.stderr and "OSError" not in result.stderr
    assert result.stderr.count("\n") == 1, result.stderr
    assert "mounted read-only" in result.stderr
