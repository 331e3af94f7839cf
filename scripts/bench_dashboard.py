"""Cadence and the Dashboard on a heavy user's data (issue 9, "Speed"). Figures only.

    .venv/bin/python scripts/heavy_user.py --data-dir /tmp/heavy
    .venv/bin/python scripts/bench_dashboard.py /tmp/heavy [--runs 7]

Works on a copy of the database (offscreen unless QT_QPA_PLATFORM says otherwise).
Prints the median and the worst of ``--runs`` runs for:

- reading what cadence needs, then computing every mentor's cadence (target: the
  computation under 10 ms once the data is read);
- reading the dashboard's data, then building the whole dashboard (target: under
  10 ms once read);
- the Mentors list with its cadence columns (one read);
- the real window until painted: opening on the Dashboard (building it), switching
  to it after a change made elsewhere (an action item done), and the next morning
  (target: on screen in under 150 ms from switching to it).
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from functools import partial
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

DATABASE_NAME = "mentordesk.sqlite3"


def timed(runs: int, work: Callable[[], Any]) -> tuple[float, float, Any]:
    """Median and worst seconds of ``runs`` calls, and the last result."""
    times, result = [], None
    for _ in range(runs):
        started = time.perf_counter()
        result = work()
        times.append(time.perf_counter() - started)
    return statistics.median(times), max(times), result


def ms(seconds: float) -> str:
    return f"{seconds * 1000:7.1f} ms"


def line(figure: str, median: float, worst: float, target: str = "", note: str = "") -> None:
    print(f"{figure:<58} {ms(median)} (worst {ms(worst).strip()}) {target:<9} {note}")


def services(folder: Path, runs: int) -> None:
    from mentordesk.config import resolve_paths
    from mentordesk.db.database import Database
    from mentordesk.services import cadence, cadence_read, dashboard, mentors

    database = Database(resolve_paths(folder))
    now = datetime.now(UTC)
    today = now.astimezone().date()

    def cold(read: Callable[[], Any]) -> Callable[[], Any]:
        """``read`` as a fresh start does it: every mentor's history not yet kept."""

        def run() -> Any:
            cadence_read.forget()
            return read()

        return run

    try:
        with database.session() as session:
            read_m, read_w, histories = timed(runs, cold(lambda: cadence_read.histories(session)))
            comp_m, comp_w, every = timed(runs * 3, lambda: cadence.cadences(histories, today, now))
            line("cadence: read the histories (3 queries)", read_m, read_w)
            drifting = sum(1 for c in every if c.drift and c.drift.is_large)
            line(
                f"cadence: compute all {len(every)} mentors",
                comp_m,
                comp_w,
                "< 10 ms",
                f"{sum(c.is_due for c in every)} due, {drifting} drifting",
            )
            data_m, data_w, data = timed(runs, cold(lambda: dashboard.read(session, None, today)))
            build_m, build_w, board = timed(runs * 3, lambda: dashboard.build(data, today, now))
            line("dashboard: read everything it shows (5 queries)", data_m, data_w)
            line(
                "dashboard: build every section",
                build_m,
                build_w,
                "< 10 ms",
                f"{len(board.due)} to meet, {len(board.actions)} actions due, "
                f"{len(board.report_backs)} to report, {len(board.rhythm)} charts",
            )
            list_m, list_w, rows = timed(
                runs, lambda: mentors.list_mentors(session, today=today, now=now)
            )
            line(f"mentors list with cadence columns ({len(rows)} rows)", list_m, list_w)
    finally:
        database.close()


def window(folder: Path, runs: int) -> None:
    from PySide6.QtCore import QEventLoop, QTimer
    from PySide6.QtWidgets import QApplication
    from sqlalchemy.orm import Session

    from mentordesk.app import make_application, open_settings
    from mentordesk.config import resolve_paths
    from mentordesk.db.database import Database
    from mentordesk.services import action_items, cadence_read
    from mentordesk.services.kinds import Kind, Ref
    from mentordesk.ui.shell.main_window import MainWindow
    from mentordesk.ui.ticker import ticker

    app = make_application()
    paths = resolve_paths(folder)
    settings = open_settings(paths)
    database = Database(paths)

    def settle(wait: int = 50) -> None:
        loop = QEventLoop()
        QTimer.singleShot(wait, loop.quit)
        loop.exec()

    def painted(main: MainWindow, action: Callable[[], object]) -> float:
        """From the action until the window is painted (as the loop would paint it)."""
        started = time.perf_counter()
        action()
        main.repaint()
        QApplication.processEvents()
        return time.perf_counter() - started

    def done(item_id: str) -> Callable[[Session], object]:
        return lambda session: action_items.mark_done(
            session, item_id, outcome="ok", now=datetime.now(UTC)
        )

    firsts: list[float] = []
    switches: list[float] = []
    mornings: list[float] = []
    try:
        for _ in range(runs):
            cadence_read.forget()  # as a fresh start: nothing read yet
            main = MainWindow(paths, settings)
            main.resize(1366, 768)
            main.show()
            settle(100)
            firsts.append(painted(main, partial(main.attach_database, database)))
            context = main.context
            assert context is not None
            open_items = context.read(action_items.list_items, status="open")
            for item in open_items[:runs]:
                main.open_area("mentors")
                settle(50)
                # A real change made elsewhere: an action item marked done. The hidden
                # Dashboard waits; switching to it reads and redraws what changed.
                context.write("Done", done(item.id), refs=[Ref(Kind.ACTION_ITEM, item.id)])
                switches.append(painted(main, partial(main.open_area, "dashboard")))
                settle(50)
            tomorrow = context.now() + timedelta(days=1)
            context.set_clock(partial(lambda moment: moment, tomorrow))
            mornings.append(painted(main, ticker(context).check))
            main.undo_stack.clear()
            main.close()
            main.deleteLater()
            settle(50)
        line(
            "window: attach the data, open on the Dashboard, painted",
            statistics.median(firsts),
            max(firsts),
            "< 150 ms",
        )
        line(
            "window: switch to the Dashboard after a change, painted",
            statistics.median(switches),
            max(switches),
            "< 150 ms",
        )
        line(
            "window: the next morning, every section redrawn, painted",
            statistics.median(mornings),
            max(mornings),
        )
    finally:
        database.close()
        del app


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("data_dir", type=Path)
    parser.add_argument("--runs", type=int, default=7)
    args = parser.parse_args()
    source = args.data_dir / DATABASE_NAME
    if not source.exists():
        sys.exit(f"No database in {args.data_dir}: run scripts/heavy_user.py first.")
    with tempfile.TemporaryDirectory(prefix="bench-dashboard-") as folder:
        shutil.copy(source, Path(folder) / DATABASE_NAME)
        print(f"{'figure':<58} {'median':>10}  {'':<13} {'target':<9} notes")
        services(Path(folder), args.runs)
        window(Path(folder), args.runs)
    return 0


if __name__ == "__main__":
    sys.exit(main())
