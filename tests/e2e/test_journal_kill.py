"""Zero characters lost: kill -9 the real meeting window right after a keystroke, between
autosaves, and every character typed is there after the next start (the typing journal)."""

from __future__ import annotations

import random
import sqlite3
import time
from pathlib import Path

import pytest

from tests.e2e.helpers import start_app
from tests.e2e.journal_runs import last_start, live_and_die, lost
from tests.e2e.typist_runs import make_meeting, stored_notes

pytestmark = pytest.mark.slow

CHUNK = "Delegate the rota; ask Ana about the ünïcødé ✓ plan.\n- next: "


def test_every_character_typed_before_a_kill_is_there_after_restart(tmp_path: Path) -> None:
    data = tmp_path / "data"
    meeting_id = make_meeting(data)
    rng = random.Random(20261206)
    opened, seen = "", 0  # what the last life opened with, and its last keystroke
    for kill in range(4):
        # Typing never pauses for the autosave's 0.5 s, so its next save is up to 2 s
        # away: without the journal the kill takes every character of this life.
        life = live_and_die(data, meeting_id, CHUNK, rng.randint(3, 30), interval_ms=40)
        assert lost(opened, CHUNK, seen, life.opened) == 0, f"start {kill}: {life.opened!r}"
        assert life.integrity == "ok"
        opened, seen = life.opened, life.seen
    assert lost(opened, CHUNK, seen, last_start(data, meeting_id)) == 0


def test_the_app_itself_replays_the_journal_at_start(tmp_path: Path) -> None:
    data = tmp_path / "data"
    meeting_id = make_meeting(data)
    life = live_and_die(data, meeting_id, CHUNK, 20, interval_ms=40)
    assert stored_notes(data, meeting_id)[0] == "", "nothing was autosaved before the kill"
    app = start_app(data)
    try:
        deadline = time.monotonic() + 60
        while list((data / "journal").glob("*.journal")) and time.monotonic() < deadline:
            time.sleep(0.1)
    finally:
        app.terminate()
        app.communicate(timeout=60)
    notes, integrity = stored_notes(data, meeting_id)
    assert integrity == "ok"
    assert notes.startswith(CHUNK[: life.seen]) and CHUNK.startswith(notes)
    assert not list((data / "journal").glob("*.journal"))
    log = (data / "logs" / "mentordesk.log").read_text(encoding="utf-8")
    assert "recovered" in log


def test_a_torn_journal_and_a_damaged_one_never_stop_the_start(tmp_path: Path) -> None:
    data = tmp_path / "data"
    meeting_id = make_meeting(data)
    life = live_and_die(data, meeting_id, CHUNK, 12, interval_ms=40)
    (journal,) = (data / "journal").glob("*.journal")
    with journal.open("ab") as torn:  # a write cut short by the kill
        torn.write(b'MDJ1 T 999 500 0badc0de\n{"notes":"half')
    (data / "journal" / f"meeting-{meeting_id}-0123456789ab.journal").write_bytes(b"\x00junk")
    opened = last_start(data, meeting_id)
    assert opened.startswith(CHUNK[: life.seen])
    assert list((data / "journal").glob("*.damaged")), "the damaged file is set aside"
    with sqlite3.connect(data / "mentordesk.sqlite3") as connection:
        assert connection.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
