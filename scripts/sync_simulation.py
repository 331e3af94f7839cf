"""Run the three-laptop sync simulation for many seeds and print the figures.

    .venv/bin/python scripts/sync_simulation.py --seeds 10000 [--first 0] [--steps 40]
        [--encrypted]

``--encrypted``: the three data folders are encrypted and every batch sealed.

Each seed: three real data folders, random edits, creates and deletes, a sync folder
that delays, duplicates, reorders and cuts files short and shows cloud placeholders
(never read until downloaded), clocks skewed up to ±24 h, rounds that crash at random
points (a snapshot being written among them), snapshots written at every round, past
3,000 bytes or past 1 MB, and a fourth laptop that joins new once the three have
settled, from the best snapshot (tests/services/sync_sim.py). A seed fails when the
laptops end with different exports or a typed value is neither in the data nor in a kept
conflict. Prints one line per failing seed and the totals; exit 1 when any seed failed.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from tests.services import sync_sim  # noqa: E402


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seeds", type=int, default=10_000)
    parser.add_argument("--first", type=int, default=0)
    parser.add_argument("--steps", type=int, default=40)
    parser.add_argument("--encrypted", action="store_true", help="encrypted data folders")
    args = parser.parse_args()
    totals: dict[str, int] = {}
    failed: list[int] = []
    started = time.perf_counter()
    with tempfile.TemporaryDirectory(prefix="mentordesk-sync-sim-") as folder:
        root = Path(folder)
        for seed in range(args.first, args.first + args.seeds):
            try:
                figures = sync_sim.run(
                    seed, root / f"seed-{seed}", steps=args.steps, encrypted=args.encrypted
                )
            except AssertionError as error:
                failed.append(seed)
                print(f"FAILED seed {seed}: {error}", flush=True)
                continue
            for name, value in vars(figures).items():
                if name != "seed":
                    totals[name] = totals.get(name, 0) + value
            if (seed - args.first + 1) % 100 == 0:
                print(f"{seed - args.first + 1} seeds, {len(failed)} failed", flush=True)
    elapsed = time.perf_counter() - started
    print(f"seeds run            {args.seeds}")
    print(f"seeds failed         {len(failed)}")
    for name, value in totals.items():
        print(f"{name:<20} {value}")
    print(f"seconds              {elapsed:.1f} ({elapsed / max(args.seeds, 1):.2f} per seed)")
    return 1 if failed else 0


if __name__ == "__main__":
    raise SystemExit(main())
