"""One copy per data folder even when the lock file is deleted (issue 15, F14).

Before: ``rm mentordesk.lock`` beside a running MentorDesk let a second full copy
start on the same folder (a new file, a new lock), and a command that writes
(``import``) ran beside it. The running copy's local server is the second guard:
it answers, so the second start switches to it and the command refuses.
"""

from __future__ import annotations

import os
import subprocess
import time
from pathlib import Path

import pytest

from tests.e2e.helpers import run_cli, start_app

pytestmark = pytest.mark.skipif(os.name == "nt", reason="a locked file cannot be deleted there")


def _wait_for_answer(data: Path) -> None:
    """Until the first copy answers a second start (its server listens)."""
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        if (data / "mentordesk.lock").exists():
            probe = run_cli(["check"], data, timeout=60)
            if "MentorDesk is open" in probe.stdout:
                return
        time.sleep(0.2)
    raise AssertionError("the first copy never took its lock")


def test_a_deleted_lock_file_does_not_let_a_second_copy_in(tmp_path: Path) -> None:
    data = tmp_path / "data"
    first = start_app(data)
    try:
        _wait_for_answer(data)
        second = run_cli([], data, timeout=60)  # holds the lock: answers "switched to it"
        assert second.returncode == 0 and "switched to it" in second.stderr
        (data / "mentordesk.lock").unlink()
        try:
            again = run_cli([], data, timeout=60)
        except subprocess.TimeoutExpired:
            pytest.fail("a second full copy started on the same folder")
        assert again.returncode == 0, again.stderr
        assert "switched to it" in again.stderr
        (tmp_path / "nothing.json").write_text("{}", encoding="utf-8")
        writer = run_cli(["import", str(tmp_path / "nothing.json")], data, timeout=60)
        assert writer.returncode == 4, writer.stderr
        assert "Another MentorDesk" in writer.stderr
        assert first.poll() is None, "the first copy must keep running"
    finally:
        first.terminate()
        first.communicate(timeout=30)
    assert first.returncode == 0
