"""Fill the disk at every write of a start-up that updates the database, and check each time.

    .venv/bin/python scripts/enospc_sweep.py [--mentors 30] [--step 1] [--kills 20]

For every N: a copy of a data folder at revision 0002 (mentors, meetings, agendas)
starts up with ``strace -e inject=pwrite64:error=ENOSPC:when=N+`` (every write from
the N-th on fails, as on a full disk), then starts normally; the second start must
reach the current revision with every record intact, one backup of the update
step, and nothing half-written named like a backup. Then the same for fdatasync
failing (EIO and ENOSPC), and ``--kills`` kill -9 at random moments of an update.
Prints one line per failure and a summary. Needs strace (Debian: strace).
"""

from __future__ import annotations

import argparse
import random
import shutil
import signal
import subprocess
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from mentordesk.config import resolve_paths
from tests.e2e import full_disk

ROOT = Path(__file__).resolve().parents[1]


def sweep(
    base: Path, proto: Path, before: full_disk.Records, syscall: str, error: str, points: range
) -> tuple[Counter[str], list[str]]:
    outcomes: Counter[str] = Counter()
    failures: list[str] = []
    for when in points:
        folder = base / f"{syscall}-{error}-{when}"
        shutil.copytree(proto, folder)
        paths = resolve_paths(folder)
        result = full_disk.attempt(paths, syscall, f"{when}+", error)
        outcomes["started" if result.ok else f"refused: {result.problem}"] += 1
        problems = full_disk.verify(paths, before)
        if problems:
            failures.append(f"{syscall} {error} from call {when}: {problems}")
        shutil.rmtree(folder)
    return outcomes, failures


def kill_runs(
    base: Path, proto: Path, before: full_disk.Records, runs: int, rng: random.Random
) -> tuple[int, list[str]]:
    """kill -9 an updating start-up after a random delay; True kills during the update."""
    failures: list[str] = []
    interrupted = 0
    for run in range(runs):
        folder = base / f"kill-{run}"
        shutil.copytree(proto, folder)
        child = subprocess.Popen(
            [sys.executable, "-m", "tests.e2e.open_data", str(folder)],
            cwd=ROOT,
            stdout=subprocess.PIPE,
            text=True,
        )
        time.sleep(rng.uniform(0.05, 0.8))
        child.send_signal(signal.SIGKILL)
        output, _ = child.communicate()
        interrupted += '"ok"' not in output
        problems = full_disk.verify(resolve_paths(folder), before)
        if problems:
            failures.append(f"kill run {run}: {problems}")
        shutil.rmtree(folder)
    return interrupted, failures


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--mentors", type=int, default=30)
    parser.add_argument("--step", type=int, default=1)
    parser.add_argument("--kills", type=int, default=20)
    parser.add_argument("--seed", type=int, default=20261130)
    args = parser.parse_args()
    if shutil.which("strace") is None:
        sys.exit("needs strace (sudo apt-get install strace)")
    base = Path(tempfile.mkdtemp(prefix="mentordesk-enospc-"))
    paths, before = full_disk.prepare(base / "proto", mentors=args.mentors)
    started = time.perf_counter()
    failures: list[str] = []
    for syscall, error in (("pwrite64", "ENOSPC"), ("fdatasync", "EIO"), ("fdatasync", "ENOSPC")):
        total = full_disk.count_writes(paths, syscall)
        points = range(1, total + 2, args.step if syscall == "pwrite64" else 1)
        outcomes, found = sweep(base, paths.data_dir, before, syscall, error, points)
        failures += found
        summary = ", ".join(f"{count} {what}" for what, count in sorted(outcomes.items()))
        print(
            f"{syscall} {error}: {len(points)} points of {total} calls: {summary}; "
            f"{len(found)} lost or damaged anything"
        )
    interrupted, found = kill_runs(
        base, paths.data_dir, before, args.kills, random.Random(args.seed)
    )
    failures += found
    print(
        f"kill -9: {args.kills} runs, {interrupted} killed before the update finished; "
        f"{len(found)} lost or damaged anything"
    )
    for failure in failures:
        print("FAILED", failure)
    print(f"{time.perf_counter() - started:.0f} s")
    shutil.rmtree(base, ignore_errors=True)
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
