"""kill -9, ENOSPC and EIO at every write of an update from every fixture, and a check
after each (issue 15).

    .venv/bin/python scripts/update_fault_sweep.py [--fixture 0001] [--restored|--copied]
        [--fault kill] [--step 1]

For each fixture in tests/db/fixtures/ (copied in as the database, and put in place by
``mentordesk restore``), counts the ``pwrite64`` calls of its update, then for every N
starts with the fault at the N-th write (kill: that call kills the process; ENOSPC and
EIO: it and every later one fail) and starts normally: the second start must reach
the current revision with every record of the fixture and one sound backup. Prints
how each faulted start ended, every failure, and the time taken. Needs strace.
"""

from __future__ import annotations

import argparse
import shutil
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from tests.e2e.update_faults import FAULTS, STARTS, Outcome, Sweep


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--fixture", action="append", default=[])
    parser.add_argument("--fault", action="append", default=[], choices=list(FAULTS))
    parser.add_argument("--restored", action="store_true", help="only restored fixtures")
    parser.add_argument("--copied", action="store_true", help="only copied fixtures")
    parser.add_argument("--step", type=int, default=1)
    args = parser.parse_args()
    if shutil.which("strace") is None:
        sys.exit("needs strace (sudo apt-get install strace)")
    base = Path(tempfile.mkdtemp(prefix="mentordesk-update-faults-"))
    sweep = Sweep(base)
    failures = 0
    began = time.perf_counter()
    try:
        for start in STARTS:
            if args.fixture and start.fixture not in args.fixture:
                continue
            if (args.restored and not start.restored) or (args.copied and start.restored):
                continue
            _, _, writes = sweep.prepare(start)
            for fault in args.fault or list(FAULTS):
                outcome = Outcome()
                clock = time.perf_counter()
                for number in range(1, len(writes) + 1, args.step):
                    sweep.case(start, fault, number, outcome)
                ended = ", ".join(f"{n} {what}" for what, n in sorted(outcome.ended.items()))
                print(
                    f"{start.name} {fault}: {outcome.cases} of {len(writes)} writes "
                    f"({ended}); {len(outcome.failures)} lost or damaged anything; "
                    f"{time.perf_counter() - clock:.0f} s",
                    flush=True,
                )
                for failure in outcome.failures:
                    print("FAILED", failure, flush=True)
                failures += len(outcome.failures)
    finally:
        sweep.close()
        shutil.rmtree(base, ignore_errors=True)
    print(f"{failures} failures; {time.perf_counter() - began:.0f} s in all")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
