"""How long one save of a 100 KB meeting note takes: in the UI thread, and via the worker.

    .venv/bin/python scripts/bench_save.py [--runs N] [--kb K]

Prints figures, asserts nothing. The UI thread is blocked for the whole write in the
first path; in the worker path it is blocked only to copy the text and post a signal.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
from datetime import UTC, datetime
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QEventLoop, QTimer
from PySide6.QtWidgets import QApplication

from mentordesk.config import resolve_paths
from mentordesk.db.database import Database
from mentordesk.services import meetings, mentors
from mentordesk.services.access import DataAccess
from mentordesk.ui.meeting_mode.saver import MeetingSaver, MeetingText, SaveRequest, store_with


def note(kb: int, run: int) -> str:
    line = f"- run {run}: point about delegation, feedback and the promotion packet\n"
    return (line * (kb * 1024 // len(line) + 1))[: kb * 1024]


def figures(name: str, values: list[float]) -> None:
    values = sorted(values)
    p95 = values[max(0, round(len(values) * 0.95) - 1)]
    print(
        f"{name:<46} median {statistics.median(values):7.2f} ms   "
        f"p95 {p95:7.2f} ms   max {values[-1]:7.2f} ms"
    )


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--runs", type=int, default=30)
    parser.add_argument("--kb", type=int, default=100)
    args = parser.parse_args()
    app = QApplication(sys.argv[:1])  # noqa: F841 - the worker needs an application
    with tempfile.TemporaryDirectory() as folder:
        database = Database(resolve_paths(folder))
        with database.session() as session:
            mentor = mentors.create_mentor(
                session, mentors.MentorData(name="Bench"), now=datetime.now(UTC)
            )
            plan = meetings.MeetingPlan(mentor_id=mentor.id, scheduled_start=datetime.now(UTC))
            meeting_id = meetings.plan_meeting(session, plan, now=datetime.now(UTC)).id

        store = store_with(DataAccess(database).run, lambda: datetime.now(UTC))
        ui_thread = []
        for run in range(args.runs):
            request = SaveRequest(meeting_id, run + 1, MeetingText(note(args.kb, run), ""))
            started = time.perf_counter()
            store(request)
            ui_thread.append((time.perf_counter() - started) * 1000)

        text = {"notes": ""}
        saver = MeetingSaver(store, meeting_id, lambda: MeetingText(text["notes"], ""))
        blocked, round_trip = [], []
        for run in range(args.runs):
            text["notes"] = note(args.kb, 1000 + run)
            loop = QEventLoop()
            saver.saved.connect(loop.quit)
            started = time.perf_counter()
            saver.changed()
            saver.save_now()
            blocked.append((time.perf_counter() - started) * 1000)
            QTimer.singleShot(10_000, loop.quit)
            loop.exec()
            round_trip.append((time.perf_counter() - started) * 1000)
            saver.saved.disconnect(loop.quit)
        saver.stop()
        database.close()

    print(f"one save of a {args.kb} KB note, {args.runs} runs, WAL + synchronous=FULL:")
    figures("UI-thread save (typing blocked throughout)", ui_thread)
    figures("worker save: UI thread blocked", blocked)
    figures("worker save: until stored and reported", round_trip)
    sys.stdout.flush()
    # PySide6 6.12.0 drops a reference to True/None on every Python-side emit() and
    # QTimer.start()/stop(); enough of them abort the interpreter at exit. Skip that exit.
    os._exit(0)


if __name__ == "__main__":
    sys.exit(main())
