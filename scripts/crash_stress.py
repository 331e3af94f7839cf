"""Kill the real meeting window with SIGKILL at random moments while it types and saves.

    .venv/bin/python scripts/crash_stress.py [--runs 50] [--seed N]

Each run: a fresh data folder, a child typing fast with a save after nearly every
key (tests/e2e/typist.py), SIGKILL at a random moment, then checks that
``PRAGMA integrity_check`` is ok, that the stored notes are a prefix of what was
typed, and that they are at least as long as the last save the child reported.
"""

from __future__ import annotations

import argparse
import random
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from tests.e2e.typist_runs import random_kill_run


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--runs", type=int, default=50)
    parser.add_argument("--seed", type=int, default=int(time.time()))
    args = parser.parse_args()
    rng = random.Random(args.seed)
    text = "Notes typed fast while saving constantly: é ü ✓. " * 8
    failures, during_typing, latencies, stored_lengths = 0, 0, [], []
    started = time.monotonic()
    with tempfile.TemporaryDirectory(prefix="mentordesk-crash-") as folder:
        for run in range(args.runs):
            result = random_kill_run(Path(folder) / f"run{run}", text, rng)
            problems = result.problems(text)
            during_typing += result.killed_during_typing
            latencies.extend(result.latencies)
            stored_lengths.append(len(result.stored))
            if problems:
                failures += 1
                print(f"run {run}: FAILED: {'; '.join(problems)}")
    print(f"seed {args.seed}")
    print(f"runs {args.runs}, kills {args.runs} (while typing and saving: {during_typing})")
    print(f"failures {failures}")
    if latencies:
        print(
            f"saves reported {len(latencies)}, median save latency "
            f"{statistics.median(latencies):.2f} ms, max {max(latencies):.2f} ms"
        )
    print(
        f"stored at the kill: median {statistics.median(stored_lengths):.0f} of {len(text)} "
        f"characters; {time.monotonic() - started:.1f} s in all"
    )
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
