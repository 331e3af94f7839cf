"""How long a sync round in the window holds the UI thread (target: never over 16 ms).
Figures only.

    .venv/bin/python scripts/bench_sync_ui.py                  # the sample data
    .venv/bin/python scripts/bench_sync_ui.py /tmp/heavy1      # scripts/heavy_user.py's

The "work laptop" (a copy of the data, or the sample data) sends everything through
the command line's code path; the window (the "home laptop", empty, Mentors area on
screen) receives it in a round started the way the timer starts it
(``SyncJob.run_now``), then a day of edits (``--edits``) in a second round. A 1 ms
timer on the UI thread records every gap between its ticks while the round runs and
while its change news is applied (read on a worker thread and applied a slice at a
time, ``ui/follow.py``): the longest gap is how long the UI was held.
"""

from __future__ import annotations

import argparse
import os
import random
import shutil
import sys
import tempfile
import time
from datetime import UTC, date, datetime
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from PySide6.QtCore import QElapsedTimer, QEventLoop, QTimer  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from mentordesk.config import resolve_paths  # noqa: E402
from mentordesk.db.database import Database  # noqa: E402
from mentordesk.db.models import Mentor  # noqa: E402
from mentordesk.services import sample, sync  # noqa: E402
from mentordesk.ui.follow import ChangeFollower  # noqa: E402
from mentordesk.ui.settings import open_settings  # noqa: E402
from mentordesk.ui.shell.main_window import MainWindow  # noqa: E402
from mentordesk.ui.sync.job import SyncJob  # noqa: E402


class Probe:
    """Ticks every millisecond on the UI thread; remembers the longest gap."""

    def __init__(self) -> None:
        self.clock = QElapsedTimer()
        self.timer = QTimer()
        self.timer.setInterval(1)
        self.timer.timeout.connect(self._tick)
        self.gaps: list[float] = []
        self._last = 0

    def start(self) -> None:
        self.gaps.clear()
        self.clock.start()
        self._last = self.clock.nsecsElapsed()
        self.timer.start()

    def _tick(self) -> None:
        now = self.clock.nsecsElapsed()
        self.gaps.append((now - self._last) / 1e6)
        self._last = now

    def stop(self) -> None:
        self.timer.stop()


def round_held(job: SyncJob, probe: Probe, label: str, followers: list[ChangeFollower]) -> None:
    loop = QEventLoop()
    job.finished.connect(loop.quit)
    probe.start()
    started = time.perf_counter()
    assert job.run_now()
    loop.exec()
    during = list(probe.gaps)  # until the round's end; its news is applied next
    ended = time.perf_counter()
    # News from far is read on a worker thread and applied a slice at a time.
    while any(f.settling for f in followers):  # hidden ones wait
        QTimer.singleShot(5, loop.quit)
        loop.exec()
    applied = time.perf_counter() - ended
    QTimer.singleShot(50, loop.quit)  # the screen repainted
    loop.exec()
    probe.stop()
    job.finished.disconnect(loop.quit)
    outcome = job.last
    assert outcome is not None
    over = sum(1 for gap in during if gap > 16)
    after = max(probe.gaps[len(during) :], default=0)
    print(
        f"{label:<32} {time.perf_counter() - started:6.2f} s, {outcome.changes_in:6d} changes; "
        f"longest UI gap while the round ran {max(during, default=0):6.1f} ms "
        f"({over} over 16 ms of {len(during)}); then, its news applied in "
        f"{applied * 1000:4.0f} ms, {after:5.1f} ms",
        flush=True,
    )


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("data_dir", type=Path, nargs="?")
    parser.add_argument("--edits", type=int, default=200)
    args = parser.parse_args()
    app = QApplication.instance() or QApplication(sys.argv)
    now = datetime.now(UTC)
    with tempfile.TemporaryDirectory(prefix="mentordesk-bench-sync-ui-") as folder:
        root = Path(folder)
        shared = root / "shared"
        shared.mkdir()
        (root / "work").mkdir()
        if args.data_dir is not None:
            shutil.copyfile(
                args.data_dir / "mentordesk.sqlite3", root / "work" / "mentordesk.sqlite3"
            )
        work = Database(resolve_paths(root / "work"))
        if args.data_dir is None:
            with work.session() as session:
                sample.load_sample(session, date.today())
        with work.session() as session:
            sync.configure(session, shared, "Work laptop")
        sync.run_round(work, now)
        home_paths = resolve_paths(root / "home")
        home = Database(home_paths)
        window = MainWindow(home_paths, open_settings(home_paths))
        window.show()
        window.attach_database(home)
        window.open_area("mentors")
        assert window.context is not None
        job = SyncJob(window)
        job.start(window.context)
        app.processEvents()
        while job.last is None:  # the window's first round: sync is not set up yet
            app.processEvents()
        with home.session() as session:
            sync.configure(session, shared, "Home laptop")
        probe = Probe()
        followers = window.findChildren(ChangeFollower)
        round_held(job, probe, "first sync (everything arrives)", followers)

        rng = random.Random(21)
        with work.session() as session:
            ids = list(session.scalars(Mentor.__table__.select().with_only_columns(Mentor.id)))
            for number in range(args.edits):
                mentor = session.get(Mentor, rng.choice(ids))
                assert mentor is not None
                mentor.role = f"Role {number}"
        sync.run_round(work, datetime.now(UTC))
        round_held(job, probe, f"a day of {args.edits} edits", followers)
        round_held(job, probe, "nothing new", followers)
        job.stop()
        window.close()
        home.close()
        work.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
