"""Kill the real meeting window right after a keystroke, start it again, count what is lost.

One data folder, one meeting, many lives: each life is a typist child
(tests/e2e/typist.py) that replays the typing journal as the app's start does, prints
the notes it opened with, types a chunk at a person's pace printing ``KEY n`` after
each keystroke, and is killed with SIGKILL right after keystroke k. The next life's
opened notes must hold everything the last one typed up to its last ``KEY`` line.

Shared by tests/e2e/test_journal_kill.py and scripts/kill_typing.py.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

from tests.e2e.typist_runs import Child, stored_notes


@dataclass(frozen=True)
class Life:
    """One start of the typist: what it opened with and how far it got before the kill."""

    opened: str
    seen: int  # the last keystroke it reported before it was killed
    integrity: str  # PRAGMA integrity_check right after the kill


def _opened(child: Child) -> str | None:
    for line in list(child.lines):
        if line.startswith("OPENED "):
            return str(json.loads(line[len("OPENED ") :]))
    return None


def _seen(child: Child) -> int:
    keys = [int(line.split()[1]) for line in list(child.lines) if line.startswith("KEY ")]
    return max(keys, default=0)


def live_and_die(
    data_dir: Path, meeting_id: str, chunk: str, kill_after: int, interval_ms: int
) -> Life:
    """Start, type ``chunk`` every ``interval_ms``, SIGKILL right after keystroke ``kill_after``."""
    child = Child.start(data_dir, meeting_id, chunk, "--interval-ms", str(interval_ms), "--echo")
    try:
        assert child.wait_for(lambda: _opened(child) is not None, 60), "the typist did not start"
        assert child.wait_for(lambda: _seen(child) >= kill_after, 60), "the typist did not type"
    finally:
        child.kill()
    opened = _opened(child)
    assert opened is not None
    _, integrity = stored_notes(data_dir, meeting_id)
    return Life(opened, _seen(child), integrity)


def last_start(data_dir: Path, meeting_id: str) -> str:
    """What a start after the last kill opens with (journal replayed)."""
    child = Child.start(data_dir, meeting_id, "", "--mode", "show")
    assert child.finish() == 0, child.lines
    opened = _opened(child)
    assert opened is not None, child.lines
    return opened


def lost(before: str, chunk: str, seen: int, after: str) -> int | None:
    """Characters of ``chunk`` typed (up to keystroke ``seen``) missing from ``after``;
    None when ``after`` is not ``before`` plus a beginning of ``chunk`` (a corruption)."""
    if not after.startswith(before) or not chunk.startswith(after[len(before) :]):
        return None
    return max(0, seen - (len(after) - len(before)))
