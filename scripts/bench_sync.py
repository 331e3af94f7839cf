"""Sync's speed on a heavy user's data (issue 21's targets). Figures only.

    .venv/bin/python scripts/heavy_user.py --data-dir /tmp/heavy1
    .venv/bin/python scripts/bench_sync.py /tmp/heavy1 [--edits 200]

Works on a private copy of the database (the "work laptop") and a new empty data
folder (the "new laptop"), sharing a temporary sync folder:

- switching sync on at work (every row into the outbox) and its first send;
- a new laptop's first sync replaying the batch (every row applied), then the work
  laptop's snapshot (services/sync_snapshot) and a second new laptop's first sync
  starting from it: target under 30 s;
- a day of edits at work (``--edits`` field edits of mentors, meetings and action
  items, notes of about 2 KB) sent, and received by the other: target under 2 s.
"""

from __future__ import annotations

import argparse
import random
import shutil
import sys
import tempfile
import time
from datetime import UTC, datetime
from pathlib import Path

from sqlalchemy import select

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from mentordesk.config import resolve_paths  # noqa: E402
from mentordesk.db.database import Database  # noqa: E402
from mentordesk.db.models import ActionItem, Meeting, Mentor  # noqa: E402
from mentordesk.services import sync, sync_snapshot  # noqa: E402


def timed(label: str, work):  # type: ignore[no-untyped-def]
    started = time.perf_counter()
    result = work()
    print(f"{label:<52} {time.perf_counter() - started:8.2f} s", flush=True)
    return result


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("data_dir", type=Path)
    parser.add_argument("--edits", type=int, default=200)
    args = parser.parse_args()
    now = datetime.now(UTC)
    rng = random.Random(21)
    with tempfile.TemporaryDirectory(prefix="mentordesk-bench-sync-") as folder:
        root = Path(folder)
        shared = root / "shared"
        shared.mkdir()
        (root / "work").mkdir()
        shutil.copyfile(args.data_dir / "mentordesk.sqlite3", root / "work" / "mentordesk.sqlite3")
        work = Database(resolve_paths(root / "work"))
        home = Database(resolve_paths(root / "home"))
        try:

            def switch_on(database: Database, name: str) -> None:
                with database.session() as session:
                    sync.configure(session, shared, name)

            timed(
                "work: switch sync on (every row into the outbox)", lambda: switch_on(work, "Work")
            )
            never = 1 << 62  # no snapshot yet: the first new laptop replays the batch
            sent = timed(
                "work: first send", lambda: sync.run_round(work, now, snapshot_bytes=never)
            )
            print(f"{'  changes sent':<52} {sent.sent:8d}")
            batch = next((shared / "MentorDesk" / "v1").iterdir())
            size = sum(p.stat().st_size for p in batch.iterdir())
            print(f"{'  batch size':<52} {size / 1e6:8.1f} MB")
            switch_on(home, "Home")
            got = timed(
                "new laptop: first sync, replaying (target < 30 s)",
                lambda: sync.run_round(home, now, snapshot_bytes=never),
            )
            print(f"{'  changes applied':<52} {got.changes_in:8d}")
            with work.session() as session:
                token = sync.settings(session).token
            written = timed(
                "work: write a snapshot",
                lambda: sync_snapshot.write_if_due(work, shared, token, None, every_bytes=1),
            )
            assert written is not None
            print(f"{'  snapshot size':<52} {written.stat().st_size / 1e6:8.1f} MB")
            travel = Database(resolve_paths(root / "travel"))
            try:
                switch_on(travel, "Travel")
                got = timed(
                    "new laptop: first sync from the snapshot (target < 30 s)",
                    lambda: sync.run_round(travel, now, snapshot_bytes=never),
                )
                assert got.started_from == "Work", got.started_from
                print(f"{'  records copied':<52} {got.changes_in:8d}")
            finally:
                travel.close()

            with work.session() as session:
                mentors = list(session.scalars(select(Mentor.id)))
                meetings = list(session.scalars(select(Meeting.id)))
                items = list(session.scalars(select(ActionItem.id)))
            for number in range(args.edits):
                with work.session() as session:
                    kind = number % 3
                    if kind == 0:
                        row = session.get(Mentor, rng.choice(mentors))
                        assert row is not None
                        row.role = f"Role {number}"
                    elif kind == 1:
                        meeting = session.get(Meeting, rng.choice(meetings))
                        assert meeting is not None
                        meeting.notes = f"Notes of edit {number}. " + "Lorem ipsum dolor. " * 100
                    else:
                        item = session.get(ActionItem, rng.choice(items))
                        assert item is not None
                        item.outcome = f"Outcome {number}"
            timed(f"work: send a day of edits ({args.edits})", lambda: sync.run_round(work, now))
            timed("home: receive a day of edits (target < 2 s)", lambda: sync.run_round(home, now))
        finally:
            work.close()
            home.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
