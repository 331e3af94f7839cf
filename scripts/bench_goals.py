"""Goals, give-back and prospects on a heavy user's data (issue 10). Figures only.

    .venv/bin/python scripts/heavy_user.py --data-dir /tmp/heavy
    .venv/bin/python scripts/bench_goals.py /tmp/heavy [--runs 7]

Works on a copy of the database (offscreen unless QT_QPA_PLATFORM says otherwise).
Prints the median and the worst of ``--runs`` runs for the reads behind the Goals
list, a goal's page and board, the Give-back list and balances, the Prospects list,
the Dashboard (now with its give-back and follow-up sections), one mentor's
balance (the mentor page's Give-back tab), and the Goals and Give-back areas until
painted in the real window.
"""

from __future__ import annotations

import argparse
import os
import shutil
import sys
import tempfile
from datetime import UTC, datetime
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from scripts.bench_dashboard import DATABASE_NAME, line, timed  # noqa: E402


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("folder", type=Path)
    parser.add_argument("--runs", type=int, default=7)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as scratch:
        shutil.copy(args.folder / DATABASE_NAME, Path(scratch) / DATABASE_NAME)
        measure(Path(scratch), args.runs)
    return 0


def measure(folder: Path, runs: int) -> None:
    from mentordesk.config import resolve_paths
    from mentordesk.db.database import Database
    from mentordesk.services import dashboard, givebacks, goal_page, goals, prospects

    database = Database(resolve_paths(folder))
    now = datetime.now(UTC)
    today = now.astimezone().date()
    try:
        with database.session() as session:
            m, w, rows = timed(runs, lambda: goals.goal_rows(session))
            line(f"goals: every goal for the list ({len(rows)})", m, w)
            biggest = max(rows, key=lambda g: len(g.action_ids))
            m, w, found = timed(runs, lambda: goal_page.page(session, biggest.id))
            line(
                f"goals: the page of the biggest goal ({len(found.actions)} actions)",
                m,
                w,
                "",
                f"{len(found.meetings)} meetings where it came up",
            )
            m, w, board = timed(runs, lambda: goal_page.board(session, biggest.id))
            line(f"goals: its board ({len(board.columns)} mentors)", m, w)
            m, w, ideas = timed(runs, lambda: givebacks.rows(session))
            line(f"give-back: every idea for the list ({len(ideas)})", m, w)
            m, w, found_balances = timed(runs, lambda: givebacks.balances(session, today))
            line(f"give-back: every mentor's balance ({len(found_balances)})", m, w)
            mentor_id = found_balances[0].mentor_id
            m, w, _ = timed(runs, lambda: givebacks.balance(session, mentor_id, today))
            line("give-back: one mentor's balance (their page's tab)", m, w)
            m, w, found_prospects = timed(runs, lambda: prospects.prospect_rows(session))
            line(f"prospects: the list ({len(found_prospects)})", m, w)
            m, w, data = timed(runs, lambda: dashboard.read(session, None, today))
            line("dashboard: read everything (with give-back and follow-ups)", m, w)
            m, w, built = timed(runs * 3, lambda: dashboard.build(data, today, now))
            line(
                "dashboard: build every section",
                m,
                w,
                "< 10 ms",
                f"{len(built.give_back)} to give back to, {len(built.follow_ups)} follow-ups",
            )
    finally:
        database.close()
    paint_areas(folder, runs)


def paint_areas(folder: Path, runs: int) -> None:
    from PySide6.QtWidgets import QApplication

    from mentordesk.config import resolve_paths
    from mentordesk.db.database import Database
    from mentordesk.ui.settings import open_settings
    from mentordesk.ui.shell.main_window import MainWindow

    app = QApplication.instance() or QApplication([])
    paths = resolve_paths(folder)
    database = Database(paths)
    window = MainWindow(paths, open_settings(paths))
    window.show()
    window.attach_database(database)
    try:
        for key in ("goals", "giveback", "prospects"):

            def show(key: str = key) -> None:
                window.open_area("dashboard")
                window.open_area(key)
                widget = window.area_widget(key)
                assert widget is not None
                widget.repaint()
                app.processEvents()

            first_m, _, _ = timed(1, show)
            m, w, _ = timed(runs, show)
            line(f"window: {key} area built and painted (first time)", first_m, first_m)
            line(f"window: switching to {key} and painting", m, w, "< 150 ms")
    finally:
        window.close()
        database.close()


if __name__ == "__main__":
    sys.exit(main())
