"""The app lock: what locking, unlocking and its event filter cost. Figures only.

    PYTHONPATH=$PWD .venv/bin/python scripts/bench_app_lock.py [--runs 20] [--note-kb 100]

In a scratch encrypted folder with one meeting whose notes hold ``--note-kb`` KB, the
real main window (through ``DataSession``) and the meeting window open, it prints the
median and the slowest of:
  lock        one keystroke typed, then ``AppLock.lock``: the notes saved in this
              thread, the journal synced, both windows covered;
  unlock      the passphrase checked (scrypt) and both windows given back;
  filter      the lock's application event filter per mouse move (unlocked: it
              restarts the idle timer), against the same events without it.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

PASSPHRASE = "bench passphrase"
WHEN = "2025-03-04T15:30:00+00:00"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=20)
    parser.add_argument("--note-kb", type=int, default=100)
    parser.add_argument("--moves", type=int, default=20_000)
    arguments = parser.parse_args()

    from datetime import datetime

    from PySide6.QtCore import QCoreApplication, QEvent, QPointF, Qt
    from PySide6.QtGui import QMouseEvent
    from PySide6.QtWidgets import QApplication

    from mentordesk.config import resolve_paths
    from mentordesk.db import cipher, encryption, key_file
    from mentordesk.db.database import Database
    from mentordesk.db.types import utc_now
    from mentordesk.services import meetings, mentors
    from mentordesk.ui import settings as setting
    from mentordesk.ui.meeting_mode.window import MeetingModeWindow
    from mentordesk.ui.settings import open_settings
    from mentordesk.ui.shell.app_lock import AppLock
    from mentordesk.ui.shell.data_session import DataSession

    app = QApplication.instance() or QApplication(sys.argv)
    folder = Path(tempfile.mkdtemp(prefix="bench-app-lock-"))
    paths = resolve_paths(folder / "data")
    paths.ensure()
    database = Database(paths)
    line = "Notes from the meeting, with a few words on every line of them.\n"
    notes = line * (arguments.note_kb * 1024 // len(line))
    with database.session() as session:
        mentor = mentors.create_mentor(session, mentors.MentorData(name="Grace"), now=utc_now())
        plan = meetings.MeetingPlan(
            mentor_id=mentor.id, scheduled_start=datetime.fromisoformat(WHEN)
        )
        meeting_id = meetings.plan_meeting(session, plan, now=utc_now()).id
        meetings.save_notes(session, meeting_id, notes, now=utc_now())
    database.close()
    encryption.turn_on(paths, PASSPHRASE)
    found = key_file.read(paths.data_dir)
    assert found is not None
    cipher.unlock(key_file.open_with(found, PASSPHRASE))  # no dialog at start
    settings = open_settings(paths)
    settings.set(setting.LOGIN_START_ASKED, True)
    settings.set(setting.LOCK_IDLE_MINUTES, 5)
    data = DataSession(paths, settings)
    assert data.start()
    window = data.window
    assert window is not None
    lock = window.findChild(AppLock, "appLock")
    assert lock is not None
    meeting = window.open_meeting_mode(meeting_id)
    assert isinstance(meeting, MeetingModeWindow)
    app.processEvents()

    locks, unlocks = [], []
    for run in range(arguments.runs):
        meeting.notes.insertPlainText(str(run % 10))
        start = time.perf_counter()
        assert lock.lock()
        locks.append(time.perf_counter() - start)
        covered = lock._covered[meeting].screen
        start = time.perf_counter()
        lock.try_unlock(PASSPHRASE, covered)
        unlocks.append(time.perf_counter() - start)
        assert not lock.locked
        app.processEvents()

    def moves() -> float:
        target = meeting.notes.viewport()
        event = QMouseEvent(
            QEvent.Type.MouseMove,
            QPointF(5, 5),
            QPointF(5, 5),
            Qt.MouseButton.NoButton,
            Qt.MouseButton.NoButton,
            Qt.KeyboardModifier.NoModifier,
        )
        start = time.perf_counter()
        for _ in range(arguments.moves):
            QCoreApplication.sendEvent(target, event)
        return float((time.perf_counter() - start) / arguments.moves)

    with_filter = statistics.median(moves() for _ in range(5))
    instance = QCoreApplication.instance()
    assert instance is not None
    instance.removeEventFilter(lock)
    without = statistics.median(moves() for _ in range(5))

    def ms(values: list[float]) -> str:
        return (
            f"median {statistics.median(values) * 1000:.1f} ms, slowest {max(values) * 1000:.1f} ms"
        )

    print(f"note {len(notes) // 1024} KB, {arguments.runs} runs")
    print(f"lock (save + cover)     {ms(locks)}")
    print(f"unlock (scrypt + back)  {ms(unlocks)}")
    print(
        f"filter per mouse move   {(with_filter - without) * 1e6:.2f} µs "
        f"({with_filter * 1e6:.2f} with, {without * 1e6:.2f} without)"
    )
    meeting.close()
    window.close()
    data.close()
    cipher.lock()


if __name__ == "__main__":
    main()
