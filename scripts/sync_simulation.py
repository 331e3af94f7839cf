"""Run the three-laptop sync simulation for many seeds and print the figures.

    .venv/bin/python scripts/sync_simulation.py --seeds 10000 [--first 0] [--steps 40]
        [--encrypted] [--jobs 2]

``--encrypted``: the three data folders are encrypted and every batch sealed.
``--jobs N``: run N seeds at a time, in N processes (one per core is the most that helps).

Each seed: three real data folders, random edits, creates and deletes, a sync folder
that delays, duplicates, reorders and cuts files short and shows cloud placeholders
(never read until downloaded), clocks skewed up to ±24 h, rounds that crash at random
points (a snapshot being written among them), snapshots written at every round, past
3,000 bytes or past 1 MB, and a fourth laptop that joins new once the three have
settled, from the best snapshot (tests/services/sync_sim.py). A seed fails when the
laptops end with different exports or a typed value is neither in the data nor in a kept
conflict. Prints one line per failing seed and the totals; exit 1 when any seed failed.
A passing seed's folders are removed as soon as it ends; a failing seed's are kept and
their place printed.
"""

from __future__ import annotations

import argparse
import multiprocessing
import shutil
import sys
import tempfile
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from tests.services import sync_sim  # noqa: E402


@dataclass(frozen=True)
class _Setup:
    root: Path
    steps: int
    encrypted: bool


_setup = _Setup(Path(), 0, False)  # set by _start in each process


def _start(root: Path, steps: int, encrypted: bool) -> None:
    """Each process works in a folder of its own (its migrated template among them)."""
    global _setup
    own = root / f"process-{multiprocessing.current_process().pid}"
    _setup = _Setup(own, steps, encrypted)


def _one(seed: int) -> tuple[int, dict[str, int] | None, str]:
    """Run one seed: (seed, its figures, "") when it passed, (seed, None, why) when not."""
    root = _setup.root / f"seed-{seed}"
    try:
        figures = sync_sim.run(seed, root, steps=_setup.steps, encrypted=_setup.encrypted)
    except AssertionError as error:
        return seed, None, f"{error} (its folders: {root})"
    shutil.rmtree(root, ignore_errors=True)
    return seed, {k: v for k, v in vars(figures).items() if k != "seed"}, ""


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seeds", type=int, default=10_000)
    parser.add_argument("--first", type=int, default=0)
    parser.add_argument("--steps", type=int, default=40)
    parser.add_argument("--encrypted", action="store_true", help="encrypted data folders")
    parser.add_argument("--jobs", type=int, default=1, help="seeds run at a time")
    args = parser.parse_args()
    totals: dict[str, int] = {}
    failed: list[int] = []
    started = time.perf_counter()
    seeds = range(args.first, args.first + args.seeds)
    folder = tempfile.mkdtemp(prefix="mentordesk-sync-sim-")
    setup = (Path(folder), args.steps, args.encrypted)
    results: Iterator[tuple[int, dict[str, int] | None, str]]
    if args.jobs > 1:
        pool = multiprocessing.get_context("spawn").Pool(args.jobs, _start, setup)
        results = pool.imap_unordered(_one, seeds)
    else:
        pool = None
        _start(*setup)
        results = map(_one, seeds)
    for done, (seed, figures, why) in enumerate(results, start=1):
        if figures is None:
            failed.append(seed)
            print(f"FAILED seed {seed}: {why}", flush=True)
        else:
            for name, value in figures.items():
                totals[name] = totals.get(name, 0) + value
        if done % 100 == 0:
            print(f"{done} seeds, {len(failed)} failed", flush=True)
    if pool is not None:
        pool.close()
        pool.join()
    if not failed:
        shutil.rmtree(folder, ignore_errors=True)
    elapsed = time.perf_counter() - started
    print(f"seeds run            {args.seeds} (from {args.first}, {args.jobs} at a time)")
    print(f"seeds failed         {len(failed)}" + (f": {sorted(failed)}" if failed else ""))
    for name, value in totals.items():
        print(f"{name:<20} {value}")
    print(f"seconds              {elapsed:.1f} ({elapsed / max(args.seeds, 1):.2f} per seed)")
    return 1 if failed else 0


if __name__ == "__main__":
    raise SystemExit(main())
