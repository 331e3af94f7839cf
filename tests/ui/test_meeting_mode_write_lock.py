"""Meeting mode opens at once while another program holds the database's write lock
(issue 7, finding 10): opening reads only; old note versions are pruned in the
background job, not on the UI thread."""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from pytestqt.qtbot import QtBot

from mentordesk.config import Paths
from mentordesk.db.database import Database
from tests.ui.test_meeting_mode_fixtures import make_setup

HOLD_WRITE_LOCK = """
import sqlite3, sys
connection = sqlite3.connect(sys.argv[1], isolation_level=None)
connection.execute("BEGIN IMMEDIATE")
print("locked", flush=True)
sys.stdin.read()  # until the test closes our stdin
connection.execute("ROLLBACK")
"""


@contextmanager
def another_program_writing(database: Path) -> Iterator[None]:
    with subprocess.Popen(
        [sys.executable, "-c", HOLD_WRITE_LOCK, str(database)],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    ) as holder:
        assert holder.stdin is not None and holder.stdout is not None
        assert holder.stdout.readline().strip() == "locked"
        try:
            yield
        finally:
            holder.stdin.close()
            holder.wait(timeout=30)


def test_meeting_mode_opens_while_another_program_holds_the_write_lock(
    qtbot: QtBot, database: Database, paths: Paths
) -> None:
    mm = make_setup(qtbot, database, notes="What we said last time")
    with another_program_writing(paths.database):
        window = mm.open()
        assert window.notes.toPlainText() == "What we said last time"
    window.notes.insertPlainText(" and more")
    assert window.flush()
    assert mm.stored_notes().endswith(" and more")
