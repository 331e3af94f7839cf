"""One MentorDesk per data folder, told apart from a lock that cannot be written (finding 6)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from mentordesk.lock import DataFolderLock, FolderInUseError, LockUnwritableError

ROOT = Path(__file__).resolve().parents[1]

HOLD = """
import sys, time
from pathlib import Path
from mentordesk.lock import DataFolderLock
lock = DataFolderLock(Path(sys.argv[1]))
lock.acquire()
print("held", flush=True)
time.sleep(120)
"""


def test_another_process_holding_the_folder_is_named_and_a_kill_frees_it(tmp_path: Path) -> None:
    path = tmp_path / "mentordesk.lock"
    with subprocess.Popen(
        [sys.executable, "-c", HOLD, str(path)], cwd=ROOT, stdout=subprocess.PIPE, text=True
    ) as holder:
        assert holder.stdout is not None
        assert holder.stdout.readline().strip() == "held"
        with pytest.raises(FolderInUseError) as in_use:
            DataFolderLock(path).acquire()
        assert in_use.value.pid == holder.pid
        holder.kill()  # SIGKILL; TerminateProcess on Windows: no chance to clean up
        holder.wait()
    lock = DataFolderLock(path)
    lock.acquire()  # kill -9 leaves no stale lock
    assert lock.held
    lock.release()
    assert not path.exists()


def test_a_lock_file_that_cannot_be_written_is_not_called_in_use(tmp_path: Path) -> None:
    path = tmp_path / "mentordesk.lock"
    path.mkdir()  # something in the way that even root cannot open as a file
    with pytest.raises(LockUnwritableError, match="cannot write its lock file"):
        DataFolderLock(path).acquire()


def test_releasing_and_taking_again_in_one_process(tmp_path: Path) -> None:
    path = tmp_path / "mentordesk.lock"
    first = DataFolderLock(path)
    first.acquire()
    assert path.read_text().strip() == str(os.getpid())
    first.release()
    second = DataFolderLock(path)
    second.acquire()
    second.release()
