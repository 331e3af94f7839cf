"""Copying a file into the data folder, in a real process: killed with SIGKILL in the
middle of the copy, it leaves no file under a hash name (only a temporary, which the next
start removes); on a disk that fills up mid-copy (strace injects ENOSPC) it says the disk
is full and leaves nothing at all."""

from __future__ import annotations

import hashlib
import os
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from mentordesk.services import attachment_files
from mentordesk.services.attachment_files import FileProblem
from tests.e2e.attach_copy import PROBLEM_BASE

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL and strace")

ROOT = Path(__file__).resolve().parents[2]
CHUNKS = 4


def big_source(tmp_path: Path) -> Path:
    source = tmp_path / "recording.mp4"
    with open(source, "wb") as out:
        for number in range(CHUNKS):
            out.write(bytes([number]) * attachment_files.CHUNK)
    return source


def env() -> dict[str, str]:
    return {**os.environ, "PYTHONPATH": str(ROOT), "PYTHONDONTWRITEBYTECODE": "1"}


@pytest.mark.parametrize("after_chunks", [1, CHUNKS])
def test_a_copy_killed_midway_leaves_no_file_under_a_final_name(
    tmp_path: Path, after_chunks: int
) -> None:
    folder = tmp_path / "attachments"
    source = big_source(tmp_path)
    with subprocess.Popen(
        [sys.executable, "-m", "tests.e2e.attach_copy", str(folder), str(source), "--pause"],
        cwd=ROOT,
        env=env(),
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    ) as child:
        assert child.stdin is not None and child.stdout is not None
        for _ in range(after_chunks - 1):
            assert child.stdout.readline().startswith("copied")
            child.stdin.write("\n")
            child.stdin.flush()
        assert child.stdout.readline().startswith("copied")
        partials = [p for p in folder.iterdir() if p.name.endswith(".partial")]
        assert len(partials) == 1  # the bytes so far, under a temporary name
        child.send_signal(signal.SIGKILL)
        child.wait(timeout=60)
    assert attachment_files.stored_hashes(folder) == set()
    # The next start's housekeeping: the killed copy's temporary goes, nothing else.
    assert attachment_files.remove_unreferenced(folder, [], now=time.time()) == []
    assert list(folder.iterdir()) == []
    stored = attachment_files.store_file(folder, source, 1 << 40)
    assert stored.sha256 == hashlib.sha256(source.read_bytes()).hexdigest()
    assert [p.name for p in folder.iterdir()] == [stored.sha256]


@pytest.mark.skipif(shutil.which("strace") is None, reason="needs strace")
def test_a_disk_that_fills_up_midway_leaves_nothing(tmp_path: Path) -> None:
    folder = tmp_path / "attachments"
    source = big_source(tmp_path)
    before = source.read_bytes()
    result = subprocess.run(
        [
            "strace",
            "-f",
            "-o",
            os.devnull,
            "-e",
            "trace=write",
            "-e",
            "inject=write:error=ENOSPC:when=2+",
            sys.executable,
            "-m",
            "tests.e2e.attach_copy",
            str(folder),
            str(source),
        ],
        cwd=ROOT,
        env=env(),
        capture_output=True,
        timeout=300,
        check=False,
    )
    assert result.returncode == PROBLEM_BASE + list(FileProblem).index(FileProblem.FULL)
    assert list(folder.iterdir()) == []  # neither a temporary nor a hash name
    assert source.read_bytes() == before
