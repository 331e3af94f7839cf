"""kill -9 the real meeting window right after keystrokes typed at a person's pace, start
it again, and count the characters lost (issue 15's target: 0) and integrity.

    .venv/bin/python scripts/kill_typing.py [--kills 200] [--seed N] [--per-folder 50]

Each life is a real child process (tests/e2e/typist.py: the real Database, AppContext
and MeetingModeWindow, typing through key events) that replays the typing journal as
the app's start does, prints the notes it opened with, types a chunk at 60–600 ms a
key (a person's pace, with pauses long enough for the autosave now and then), and is
killed with SIGKILL right after a random keystroke. The next life must open with every
character the last one reported typing. ``PRAGMA integrity_check`` runs after each kill.
"""

from __future__ import annotations

import argparse
import random
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from tests.e2e.journal_runs import last_start, live_and_die, lost
from tests.e2e.typist_runs import make_meeting

CHUNK = "Asked about the rota: delegate Fridays, ünïcødé ✓ ok.\n- follow up on "
PACES_MS = (60, 120, 200, 600)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--kills", type=int, default=200)
    parser.add_argument("--seed", type=int, default=int(time.time()))
    parser.add_argument("--per-folder", type=int, default=50)
    args = parser.parse_args()
    rng = random.Random(args.seed)
    started = time.monotonic()
    typed = lost_total = worst = corrupt = bad_integrity = 0
    kills = 0
    with tempfile.TemporaryDirectory(prefix="mentordesk-kill-") as scratch:
        for folder_number in range((args.kills + args.per_folder - 1) // args.per_folder):
            data = Path(scratch) / f"data{folder_number}"
            meeting_id = make_meeting(data)
            opened, seen = "", 0
            for _ in range(min(args.per_folder, args.kills - kills)):
                pace = rng.choice(PACES_MS)
                kill_after = rng.randint(1, 12 if pace == 600 else 30)
                life = live_and_die(data, meeting_id, CHUNK, kill_after, pace)
                missing = lost(opened, CHUNK, seen, life.opened)
                kills += 1
                typed += life.seen
                if missing is None:
                    corrupt += 1
                    print(f"kill {kills}: the notes are not what was typed: {life.opened!r}")
                else:
                    lost_total += missing
                    worst = max(worst, missing)
                if life.integrity != "ok":
                    bad_integrity += 1
                    print(f"kill {kills}: integrity_check: {life.integrity}")
                opened, seen = life.opened, life.seen
                if kills % 10 == 0:
                    print(f"  {kills} kills, {lost_total} characters lost so far", flush=True)
            # the last kill of this folder, seen by one more start
            missing = lost(opened, CHUNK, seen, last_start(data, meeting_id))
            lost_total += missing or 0
            corrupt += missing is None
    print(f"seed {args.seed}")
    print(f"kills {kills} (SIGKILL right after a keystroke, paces {PACES_MS} ms a key)")
    print(f"characters typed before the kills {typed}")
    print(f"characters lost {lost_total} (most in one kill {worst}); target 0")
    print(f"notes not what was typed {corrupt}; integrity_check not ok {bad_integrity}")
    print(f"{time.monotonic() - started:.0f} s in all")
    return 1 if lost_total or corrupt or bad_integrity else 0


if __name__ == "__main__":
    sys.exit(main())
