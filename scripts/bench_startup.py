"""Start-up figures: how soon MentorDesk answers and paints.

    .venv/bin/python scripts/bench_startup.py            # offscreen, 5 runs each
    xvfb-run -a .venv/bin/python scripts/bench_startup.py --platform xcb

Prints the median of several runs for:
  --version          the whole process, start to exit;
  first paint        process start to the first paint of the main window;
  data attached      process start to the window being filled from the database;
  data layer before paint   whether SQLAlchemy/Alembic were imported before the first paint.
Uses a temporary data folder (an existing, migrated database: the usual start).
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

CHILD = r"""
import json, sys, time
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QWidget
from mentordesk import app as md_app
from mentordesk.ui.shell import main_window

marks = {}
application = md_app.make_application()

class FirstPaint(QObject):
    def eventFilter(self, watched, event):
        if event.type() == QEvent.Type.Paint and "paint" not in marks:
            if isinstance(watched, QWidget) and watched.window().objectName() == "mainWindow":
                marks["paint"] = time.monotonic()
                marks["sqlalchemy_before_paint"] = "sqlalchemy" in sys.modules
                marks["alembic_before_paint"] = "alembic" in sys.modules
        return False

watcher = FirstPaint()
application.installEventFilter(watcher)
attach = main_window.MainWindow.attach_database

def attach_and_mark(self, database):
    attach(self, database)
    marks["attached"] = time.monotonic()
    marks["alembic_loaded"] = "alembic" in sys.modules
    QTimer.singleShot(0, self.close)

main_window.MainWindow.attach_database = attach_and_mark
md_app.run(sys.argv[1])
print(json.dumps(marks))
"""


def run_child(data_dir: Path, env: dict[str, str]) -> dict[str, float]:
    start = time.monotonic()
    result = subprocess.run(
        [sys.executable, "-c", CHILD, str(data_dir)],
        capture_output=True,
        text=True,
        env=env,
        timeout=60,
        check=True,
    )
    marks = json.loads(result.stdout.strip().splitlines()[-1])
    return {
        "first paint": (marks["paint"] - start) * 1000,
        "data attached": (marks["attached"] - start) * 1000,
        "sqlalchemy before paint": float(marks["sqlalchemy_before_paint"]),
        "alembic loaded": float(marks["alembic_loaded"]),
    }


def time_version(env: dict[str, str]) -> float:
    start = time.monotonic()
    subprocess.run(
        [sys.executable, "-m", "mentordesk", "--version"],
        capture_output=True,
        env=env,
        check=True,
    )
    return (time.monotonic() - start) * 1000


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--platform", default=os.environ.get("QT_QPA_PLATFORM", "offscreen"))
    args = parser.parse_args()
    env = dict(os.environ, QT_QPA_PLATFORM=args.platform)
    versions = [time_version(env) for _ in range(args.runs)]
    print(f"--version:                 {statistics.median(versions):7.0f} ms")
    with tempfile.TemporaryDirectory() as folder:
        data = Path(folder) / "data"
        run_child(data, env)  # creates and migrates the database once
        runs = [run_child(data, env) for _ in range(args.runs)]
    for key in ("first paint", "data attached"):
        value = statistics.median(run[key] for run in runs)
        print(f"{key + ':':26} {value:7.0f} ms")
    print(f"SQLAlchemy before paint:   {'yes' if runs[0]['sqlalchemy before paint'] else 'no'}")
    print(f"Alembic on a usual start:  {'yes' if runs[0]['alembic loaded'] else 'no'}")
    print(f"(median of {args.runs} runs, platform {args.platform})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
