"""Start-up in a hostile world, from outside: signals, a log or lock that cannot be
written, a frozen first copy (issue 7, findings 4, 5 and 6).

Failures of the file system are real: ``strace -P FILE -e inject=openat:error=...``
makes the kernel's answer for that one file an error, as a file left by ``sudo``
or a full disk would (the tests run as root, who may write anything).
"""

from __future__ import annotations

import json
import shutil
import signal
import subprocess
import sys
import time
from dataclasses import dataclass
from pathlib import Path

import pytest

from tests.e2e.helpers import app_env, start_app

pytestmark = pytest.mark.slow

ROOT = Path(__file__).resolve().parents[2]
needs_strace = pytest.mark.skipif(shutil.which("strace") is None, reason="needs strace")


@dataclass
class Run:
    code: int
    dialogs: list[dict[str, str]]
    lines: list[str]
    stderr: str


def answering(data: Path, *args: str, fail_open: tuple[Path, str] | None = None) -> Run:
    """The real app, its dialogs answered; ``fail_open``: (file, errno name) to inject."""
    command = [sys.executable, "-m", "tests.e2e.answering", str(data), *args]
    if fail_open is not None:
        path, errno_name = fail_open
        command = [
            "strace",
            "-f",
            "-qq",
            "-o",
            "/dev/null",
            "-e",
            "signal=none",
            "-P",
            str(path),
            "-e",
            "trace=openat",
            "-e",
            f"inject=openat:error={errno_name}",
            *command,
        ]
    result = subprocess.run(
        command, cwd=ROOT, env=app_env(data), capture_output=True, text=True, timeout=120
    )
    lines = result.stdout.splitlines()
    dialogs = [json.loads(line) for line in lines if line.startswith("{")]
    return Run(result.returncode, dialogs, lines, result.stderr)


def wait_until_started(data: Path, timeout: float = 240) -> None:
    log = data / "logs" / "mentordesk.log"
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if log.exists() and " started" in log.read_text(encoding="utf-8", errors="replace"):
            return
        time.sleep(0.1)
    raise AssertionError("the app did not start")


def test_sighup_closes_the_app_the_normal_way(tmp_path: Path) -> None:
    """The terminal closing or a logout: the window closes and saves, as with SIGTERM."""
    data = tmp_path / "data"
    app = start_app(data)
    try:
        wait_until_started(data)
        app.send_signal(signal.SIGHUP)
        app.communicate(timeout=60)
    finally:
        if app.poll() is None:
            app.kill()
            app.communicate()
    assert app.returncode == 0, "killed by SIGHUP instead of closing"
    assert "geometry" in (data / "settings.ini").read_text(), "the closing save did not run"
    assert not (data / "mentordesk.lock").exists()


@needs_strace
def test_a_log_file_that_cannot_be_written_does_not_stop_the_app(tmp_path: Path) -> None:
    data = tmp_path / "data"
    log = data / "logs" / "mentordesk.log"
    run = answering(data, "--close-after-start", fail_open=(log, "EACCES"))
    assert run.code == 0, run.stderr
    assert "STARTED" in run.lines
    assert run.dialogs == []
    assert "Cannot write the log file" in run.stderr
    assert "Traceback" not in run.stderr


@needs_strace
@pytest.mark.parametrize(
    ("errno_name", "cause"),
    [("ENOSPC", "the disk is full"), ("EACCES", "it is not allowed")],
)
def test_a_lock_file_that_cannot_be_written_is_named_as_such(
    tmp_path: Path, errno_name: str, cause: str
) -> None:
    data = tmp_path / "data"
    run = answering(data, fail_open=(data / "mentordesk.lock", errno_name))
    assert run.code == 1
    assert len(run.dialogs) == 1
    text = run.dialogs[0]["text"]
    assert "cannot write its lock file" in text
    assert cause in text
    assert "already" not in text
    assert "switched" not in run.stderr


def test_a_frozen_first_copy_is_not_called_switched_to(tmp_path: Path) -> None:
    data = tmp_path / "data"
    first = start_app(data)
    try:
        wait_until_started(data)
        first.send_signal(signal.SIGSTOP)
        second = answering(data)
        first.send_signal(signal.SIGCONT)
    finally:
        first.send_signal(signal.SIGCONT)
        first.terminate()
        try:
            first.communicate(timeout=180)
        except subprocess.TimeoutExpired:
            first.kill()  # never leave a window running after the test
            first.communicate()
            raise
    assert "switched" not in second.stderr
    assert second.code == 2
    assert [d["dialog"] for d in second.dialogs] == ["startupProblemBox"]
    text = second.dialogs[0]["text"]
    assert "already open" in text and "does not answer" in text
    assert f"process {first.pid}" in text
    assert first.returncode == 0


def test_a_running_copy_that_answers_is_brought_to_the_front(tmp_path: Path) -> None:
    data = tmp_path / "data"
    first = start_app(data)
    try:
        wait_until_started(data)
        second = answering(data)
    finally:
        first.terminate()
        first.communicate(timeout=60)
    assert second.code == 0
    assert second.dialogs == []
    assert "switched to it" in second.stderr
