"""kill -9, ENOSPC and EIO at every write of an update, then a normal start (issue 15).

Shared by tests/e2e/test_update_faults.py and scripts/update_fault_sweep.py. A
``Sweep`` holds one warm ``tests.e2e.fault_server`` process; each case copies a
prepared data folder (a fixture as the database, or a fixture put in place by
``mentordesk restore``), opens it with the fault injected at the N-th ``pwrite64``
(``kill``: that call kills the process; ``ENOSPC``/``EIO``: that call and every later
one fail), then starts normally and checks the revision, every record, the backup.
A full disk must be called full (not a failing disk, never a permission problem).
"""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from tests.db.older import kept_records
from tests.e2e.helpers import app_env

ROOT = Path(__file__).resolve().parents[2]
FIXTURES = ROOT / "tests" / "db" / "fixtures"
FAULTS = {
    "kill": "signal=KILL:when={n}",
    "ENOSPC": "error=ENOSPC:when={n}+",
    "EIO": "error=EIO:when={n}+",
}


@dataclass(frozen=True)
class Start:
    """A data folder to update: the fixture it came from, and how it was put there."""

    fixture: str
    restored: bool  # put in place with ``mentordesk restore`` (else copied as the database)

    @property
    def name(self) -> str:
        return f"{self.fixture}{'-restored' if self.restored else ''}"


@dataclass
class Outcome:
    """What a sweep saw: how each faulted start ended, and every failure."""

    cases: int = 0
    ended: Counter[str] = field(default_factory=Counter)
    failures: list[str] = field(default_factory=list)


class Sweep:
    """One warm fault server and the prepared folders, under ``base``."""

    def __init__(self, base: Path) -> None:
        self.base = base
        self.server = subprocess.Popen(
            [sys.executable, "-m", "tests.e2e.fault_server"],
            cwd=ROOT,
            env=app_env(base),
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            text=True,
        )
        self._prepared: dict[Start, tuple[Path, Path, list[str]]] = {}

    def ask(self, **request: Any) -> Any:
        assert self.server.stdin is not None and self.server.stdout is not None
        self.server.stdin.write(json.dumps(request) + "\n")
        self.server.stdin.flush()
        return json.loads(self.server.stdout.readline())

    def close(self) -> None:
        if self.server.stdin is not None:
            self.server.stdin.close()
        self.server.wait(timeout=60)
        if self.server.stdout is not None:
            self.server.stdout.close()

    def prepare(self, start: Start) -> tuple[Path, Path, list[str]]:
        """The prototype folder, its records file, and the file each write of its update
        goes to (in order: ``len`` is how many writes there are)."""
        if start not in self._prepared:
            proto = self.base / f"proto-{start.name}"
            fixture = FIXTURES / f"mentordesk-{start.fixture}.sqlite3"
            if start.restored:
                restore = subprocess.run(
                    [sys.executable, "-m", "mentordesk", "restore", str(fixture)],
                    cwd=ROOT,
                    env=app_env(proto),
                    capture_output=True,
                    text=True,
                    timeout=120,
                    check=False,
                )
                assert restore.returncode == 0, restore.stderr
            else:
                (proto / "backups").mkdir(parents=True, mode=0o700)
                proto.chmod(0o700)
                shutil.copyfile(fixture, proto / "mentordesk.sqlite3")
            records = self.base / f"records-{start.name}.json"
            before = kept_records(proto / "mentordesk.sqlite3", fixture)
            records.write_text(json.dumps(before, default=repr), encoding="utf-8")
            counting = self.base / f"count-{start.name}"
            shutil.copytree(proto, counting)
            writes = [str(name) for name in self.ask(op="count", data=str(counting))]
            shutil.rmtree(counting)
            self._prepared[start] = (proto, records, writes)
        return self._prepared[start]

    def case(self, start: Start, fault: str, n: int, outcome: Outcome) -> None:
        """One faulted start at write ``n`` and the normal start after it."""
        proto, records, _ = self.prepare(start)
        folder = self.base / f"case-{start.name}-{fault}-{n}"
        shutil.copytree(proto, folder)
        answer = self.ask(
            op="attempt", data=str(folder), inject="pwrite64:" + FAULTS[fault].format(n=n)
        )
        ended = "started" if answer["ok"] else str(answer.get("problem"))
        outcome.cases += 1
        outcome.ended[f"{fault}: {ended}"] += 1
        wrong_words = fault == "ENOSPC" and ended not in ("started", "full")
        if ended == "crash" or wrong_words or "permission" in answer["message"].lower():
            outcome.failures.append(f"{start.name} {fault} at write {n}: {answer['message']}")
        fixture = FIXTURES / f"mentordesk-{start.fixture}.sqlite3"
        problems = self.ask(op="verify", data=str(folder), like=str(fixture), before=str(records))
        if problems:
            outcome.failures.append(f"{start.name} {fault} at write {n}: {problems}")
        shutil.rmtree(folder)


def changes_of_step(writes: list[str]) -> list[int]:
    """The write numbers (1-based) where an update changes step: the first write to
    another file than the write before (the backup's copy, a journal, the database
    itself, its -wal or -shm), and the last write."""
    first = [n for n in range(1, len(writes) + 1) if n == 1 or writes[n - 1] != writes[n - 2]]
    return sorted({*first, len(writes)})


STARTS = [
    Start(fixture, restored) for fixture in ("0001", "0003", "0004") for restored in (False, True)
]
