"""Export, import, check and backup times on a heavy user's data; the backup's effect on the UI.

    .venv/bin/python scripts/heavy_user.py --data-dir /tmp/heavy      # about 70 s
    .venv/bin/python scripts/bench_data.py --database /tmp/heavy/mentordesk.sqlite3
    .venv/bin/python scripts/bench_data.py --make-heavy      # a quick approximation

The heavy user of issue 6: 150 mentors, 6,000 meetings (Markdown notes of 2 KB,
1 % of 100 KB), 27,000 agenda points, 15,000 action items. scripts/heavy_user.py
writes it through the services; --make-heavy writes rows of those sizes with SQL
in a few seconds (the search triggers fill the index as usual). A copy of the
database is measured, never the file given. Each command runs as a user runs it (a new
process, the time includes starting Python). The backup runs in the app's backup
job while a 10 ms timer on the UI thread records its longest pause.
"""

from __future__ import annotations

import argparse
import os
import random
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from mentordesk.config import resolve_paths  # noqa: E402
from mentordesk.db.database import Database  # noqa: E402

TARGETS = {"export": 3.0, "import": 6.0, "check": 2.0}


def make_heavy(path: Path, seed: int = 20261130) -> None:
    """Rows of the heavy user's sizes, written with SQL into a fresh database."""
    rng = random.Random(seed)
    Database(resolve_paths(path.parent)).close()
    words = [
        "delegate",
        "rota",
        "feedback",
        "promotion",
        "budget",
        "hiring",
        "roadmap",
        "mentor",
        "offsite",
    ]

    def notes() -> str:
        size = 100_000 if rng.random() < 0.01 else 2_000
        text = "# Notes\n"
        while len(text) < size:
            text += f"- {' '.join(rng.choices(words, k=8))}\n"
        return text

    database = Database(resolve_paths(path.parent))
    try:
        with database.engine.begin() as connection:
            now = "2025-06-01T09:00:00.000000+00:00"
            mentors = [f"m{n:04d}" + "-0000-4000-8000-000000000000"[: 36 - 5] for n in range(150)]
            connection.exec_driver_sql(
                "INSERT INTO mentor (id, name, role, organisation, affiliation, where_found, "
                "where_found_detail, fit_notes, email, phone, profile_url, preferred_channel, "
                "time_zone, status, status_changed_at, notes, is_sample, created_at, updated_at) "
                "VALUES (?, ?, 'Director', 'Acme', 'external', 'other', '', '', '', '', '', "
                "'email', '', 'active', ?, ?, 0, ?, ?)",
                [(m, f"Mentor {n}", now, notes(), now, now) for n, m in enumerate(mentors)],
            )
            meetings = []
            for n in range(6000):
                day = f"20{20 + n % 6:02d}-{1 + n % 12:02d}-{1 + n % 28:02d}T10:00:00.000000+00:00"
                meetings.append((f"g{n:06d}", mentors[n % 150], day, notes(), now, now))
            connection.exec_driver_sql(
                "INSERT INTO meeting (id, mentor_id, scheduled_start, status, planned_minutes, "
                "format, location, notes, takeaways, created_at, updated_at) "
                "VALUES (?, ?, ?, 'held', 45, 'video', '', ?, '', ?, ?)",
                meetings,
            )
            connection.exec_driver_sql(
                "INSERT INTO agenda_item (id, meeting_id, position, text, done) "
                "VALUES (?, ?, ?, ?, 0)",
                [
                    (f"a{n:06d}", f"g{n % 6000:06d}", n // 6000, " ".join(rng.choices(words, k=6)))
                    for n in range(27000)
                ],
            )
            connection.exec_driver_sql(
                "INSERT INTO action_item (id, mentor_id, meeting_id, text, status, outcome, "
                "report_back, created_at, updated_at) VALUES (?, ?, ?, ?, 'open', '', 0, ?, ?)",
                [
                    (
                        f"t{n:06d}",
                        mentors[n % 150],
                        f"g{n % 6000:06d}",
                        " ".join(rng.choices(words, k=10)),
                        now,
                        now,
                    )
                    for n in range(15000)
                ],
            )
    finally:
        database.close()


def timed(*args: str, data: Path) -> float:
    started = time.perf_counter()
    result = subprocess.run(
        [sys.executable, "-m", "mentordesk", *args, "--data-dir", str(data)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=False,
    )
    took = time.perf_counter() - started
    if result.returncode != 0:
        sys.exit(f"mentordesk {' '.join(args)} failed ({result.returncode}): {result.stderr}")
    return took


def backup_in_the_app(data: Path) -> tuple[float, float, int]:
    """(backup seconds, longest UI-thread pause in ms, timer ticks) during one job backup."""
    from PySide6.QtCore import QElapsedTimer, QEventLoop, QTimer
    from PySide6.QtWidgets import QApplication

    from mentordesk.services.backup import Reason
    from mentordesk.ui.data.backup_job import BackupJob

    app = QApplication.instance() or QApplication([])
    job = BackupJob(resolve_paths(data))
    clock = QElapsedTimer()
    longest = 0
    ticks = 0
    last = 0

    def tick() -> None:
        nonlocal longest, ticks, last
        now = clock.elapsed()
        longest = max(longest, now - last)
        last = now
        ticks += 1

    timer = QTimer()
    timer.setInterval(10)
    timer.timeout.connect(tick)
    loop = QEventLoop()
    job.backed_up.connect(lambda *_: loop.quit())
    job.failed.connect(lambda *_: loop.quit())
    clock.start()
    timer.start()
    started = time.perf_counter()
    job.backup(Reason.AUTO)
    loop.exec()
    took = time.perf_counter() - started
    timer.stop()
    job.stop()
    del app
    return took, float(longest), ticks


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    source = parser.add_mutually_exclusive_group(required=True)
    source.add_argument("--database", type=Path, help="a MentorDesk database to measure")
    source.add_argument("--make-heavy", action="store_true", help="make one of heavy size")
    args = parser.parse_args()
    base = Path(tempfile.mkdtemp(prefix="mentordesk-bench-"))
    data = base / "data"
    data.mkdir()
    if args.make_heavy:
        started = time.perf_counter()
        make_heavy(data / "mentordesk.sqlite3")
        print(f"made the heavy database in {time.perf_counter() - started:.1f} s")
    else:
        shutil.copyfile(args.database, data / "mentordesk.sqlite3")
    Database(resolve_paths(data)).close()  # updated to this version, as the app would
    size = (data / "mentordesk.sqlite3").stat().st_size
    print(f"database: {size / 1e6:.1f} MB")
    figures = {
        "check": timed("check", data=data),
        "export": timed("export", "-o", str(base / "export.json"), data=data),
        "import": timed("import", str(base / "export.json"), data=base / "empty"),
    }
    print(f"export file: {(base / 'export.json').stat().st_size / 1e6:.1f} MB")
    for name, took in figures.items():
        verdict = "ok" if took < TARGETS[name] else "SLOWER than the target"
        print(f"{name:7s} {took:6.2f} s   (target under {TARGETS[name]:.0f} s: {verdict})")
    took, longest, ticks = backup_in_the_app(data)
    print(
        f"backup  {took:6.2f} s in the backup job; the UI thread's longest pause meanwhile: "
        f"{longest:.0f} ms ({ticks} ticks of a 10 ms timer)"
    )
    shutil.rmtree(base, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
