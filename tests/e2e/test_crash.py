"""Nothing typed is lost: kill -9 the real meeting window mid-typing, start again, look."""

from __future__ import annotations

import random
from pathlib import Path

import pytest

from tests.e2e.typist_runs import Child, make_meeting, random_kill_run, stored_notes

pytestmark = pytest.mark.slow

SENTINEL = "SENTINEL-7f3a-ünïcødé-✓"
TEXT = "# Talk with the mentor\n- delegate the rota\nask about " + SENTINEL


def reopened_notes(data_dir: Path, meeting_id: str) -> str:
    """What a fresh app shows after the crash: a new child opens the meeting and prints it."""
    import json

    child = Child.start(data_dir, meeting_id, "", "--mode", "show")
    assert child.finish() == 0
    shown = [line for line in child.lines if line.startswith('"')]
    assert shown, child.lines
    return str(json.loads(shown[0]))


def test_a_reported_save_survives_kill_9(tmp_path: Path) -> None:
    data = tmp_path / "data"
    meeting_id = make_meeting(data)
    child = Child.start(data, meeting_id, TEXT)
    try:
        assert child.wait_for(lambda: any(n >= len(TEXT) for _, n, _ in child.saves()))
    finally:
        child.kill()
    notes, integrity = stored_notes(data, meeting_id)
    assert integrity == "ok"
    assert SENTINEL in reopened_notes(data, meeting_id)
    assert SENTINEL in notes


def test_random_kills_never_corrupt_or_lose_a_reported_save(tmp_path: Path) -> None:
    rng = random.Random(20240611)
    text = "Notes typed fast while saving constantly. " * 6
    killed_while_typing = 0
    for run in range(10):
        result = random_kill_run(tmp_path / f"run{run}", text, rng)
        assert result.problems(text) == [], f"run {run}"
        killed_while_typing += result.killed_during_typing
    assert killed_while_typing >= 5, "the kills should land while typing and saving"


@pytest.mark.parametrize("mode", ["close", "quit"])
def test_typing_then_closing_or_quitting_at_once_loses_nothing(tmp_path: Path, mode: str) -> None:
    data = tmp_path / "data"
    meeting_id = make_meeting(data)
    child = Child.start(data, meeting_id, "Last words " + SENTINEL, "--mode", mode)
    assert child.finish() == 0
    notes, integrity = stored_notes(data, meeting_id)
    assert integrity == "ok"
    assert notes == "Last words " + SENTINEL
