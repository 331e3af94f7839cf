"""Encryption at rest on a heavy user's data: what it costs. Figures only.

    .venv/bin/python scripts/heavy_user.py --data-dir /tmp/heavy
    .venv/bin/python scripts/bench_encryption.py /tmp/heavy [--runs 5] [--saves 20]

Copies the folder's database twice (plain and encrypted with ``encryption.turn_on``)
and prints, in one run, the median of:
  turning on          ``passphrase set`` on the copy (every file rewritten);
  unlock              the passphrase to the data key (scrypt, once per start);
  open to Dashboard   a fresh process: the real window shown, the database opened and
                      the Dashboard painting rows (``bench_platform``'s probe), unlock
                      left out; the database then closes as at quit. Twice: as every
                      start after a clean close (the fingerprint unchanged, no
                      ``quick_check``: ``db/fingerprint.py``), and with the full check
                      (after a crash, a copied-in file, or once a week), the record
                      removed before each run. Plain and encrypted runs alternate, so
                      the machine's load weighs on both alike;
  autosave            one save of a 100 KB meeting note (``bench_save``'s store path);
  keystroke record    sealing one typing-journal edit record;
and the ratio encrypted / plain of each (the issue asks at most 1.3×).
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import UTC, datetime
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "scripts"))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

PASSPHRASE = "bench passphrase"


def probe_open(data: Path, passphrase: str | None) -> dict[str, float]:
    """In a fresh process: unlock (timed apart), then window → Dashboard rows."""
    from bench_platform import app, build_window, paint_watch, wait_until

    from mentordesk.config import resolve_paths
    from mentordesk.db import encryption
    from mentordesk.db.database import Database

    unlock = 0.0
    if passphrase:
        began = time.perf_counter()
        encryption.unlock(resolve_paths(data), passphrase)
        unlock = time.perf_counter() - began
    app()
    started = time.perf_counter()
    with tempfile.TemporaryDirectory() as scratch:
        window = build_window(data, Path(scratch) / "settings.ini")
        times = paint_watch(window)
        wait_until(lambda: "paint" in times, 10)
        wall, began = time.time(), time.perf_counter()
        database = Database(resolve_paths(data))
        opened = time.perf_counter() - began
        window.attach_database(database)
        wait_until(lambda: "rows" in times, 120)
        rows = times.get("rows", started - 1) - started
        window.close()
        database.close()  # as at quit: a clean close records the fingerprint
    trusted = float(database.checked_at < wall)
    return {"open": rows, "unlock": unlock, "database": opened, "trusted": trusted}


def probe(data: Path, passphrase: str | None) -> dict[str, float]:
    args = [sys.executable, __file__, str(data), "--probe"]
    if passphrase:
        args += ["--passphrase", passphrase]
    done = subprocess.run(args, capture_output=True, text=True, timeout=900, check=False)
    lines = done.stdout.strip().splitlines()
    if done.returncode != 0 or not lines:
        raise SystemExit(f"the open probe failed: {done.stderr.strip()[-400:]}")
    answer: dict[str, float] = json.loads(lines[-1])
    return answer


def open_times(
    folders: dict[str, tuple[Path, str | None]], runs: int, *, full: bool
) -> dict[str, dict[str, list[float]]]:
    """``runs`` opens of each folder, alternating; ``full``: the record removed first."""
    from mentordesk.config import resolve_paths
    from mentordesk.db import fingerprint

    found = {name: {"open": [], "unlock": [], "database": []} for name in folders}
    for _ in range(runs):
        for name, (data, passphrase) in folders.items():
            database = resolve_paths(data).database
            if full:
                fingerprint.forget(database)
            answer = probe(data, passphrase)
            if bool(answer["trusted"]) is full:
                raise SystemExit(f"{name}: the start-up check was not what was measured")
            for key in found[name]:
                found[name][key].append(answer[key])
    return found


def autosave_times(folders: list[Path], saves: int) -> list[list[float]]:
    """One 100 KB note stored ``saves`` times in each folder through the autosave's store
    path, the folders taking turns (the key must be unlocked for an encrypted one)."""
    from sqlalchemy import select

    from mentordesk.config import resolve_paths
    from mentordesk.db.database import Database
    from mentordesk.db.models import Meeting
    from mentordesk.services.access import DataAccess
    from mentordesk.ui.meeting_mode.saver import MeetingText, SaveRequest, store_with

    databases = [Database(resolve_paths(data)) for data in folders]
    try:
        stores, meeting_ids = [], []
        for database in databases:
            with database.session() as session:
                meeting_ids.append(session.scalars(select(Meeting.id).limit(1)).one())
            stores.append(store_with(DataAccess(database).run, lambda: datetime.now(UTC)))
        line = "- a point about delegation, feedback and the promotion packet\n"
        took: list[list[float]] = [[] for _ in folders]
        for run in range(saves):
            text = (f"run {run}\n" + line * 1700)[: 100 * 1024]
            for n, store in enumerate(stores):
                began = time.perf_counter()
                store(SaveRequest(meeting_ids[n], run + 1, MeetingText(text, "")))
                took[n].append(time.perf_counter() - began)
        return took
    finally:
        for database in databases:
            database.close()


def keystroke_times(sealed: bool, count: int = 2000) -> list[float]:
    from mentordesk.db import cipher
    from mentordesk.services.typing_journal import EDIT, encode

    if sealed:
        cipher.unlock(bytes(range(32)))
    took = []
    for n in range(count):
        began = time.perf_counter()
        encode(EDIT, n, {"f": "notes", "p": n, "r": 0, "a": "e"})
        took.append(time.perf_counter() - began)
    cipher.lock()
    return took


def ms(values: list[float]) -> float:
    return statistics.median(values) * 1000


def line(name: str, plain: list[float], sealed: list[float]) -> None:
    a, b = ms(plain), ms(sealed)
    print(f"{name:<22} plain {a:9.3f} ms   encrypted {b:9.3f} ms   ratio {b / a:5.2f}×")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("data", type=Path, help="a data folder (scripts/heavy_user.py)")
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--saves", type=int, default=20)
    parser.add_argument("--probe", action="store_true", help=argparse.SUPPRESS)
    parser.add_argument("--passphrase", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if not args.probe:
        print(f"load average at the start: {' '.join(f'{x:.2f}' for x in os.getloadavg())}")
    if args.probe:
        print(json.dumps(probe_open(args.data, args.passphrase)))
        return 0

    from PySide6.QtWidgets import QApplication

    from mentordesk.config import resolve_paths
    from mentordesk.db import cipher, encryption

    QApplication(sys.argv[:1])
    source = args.data / "mentordesk.sqlite3"
    print(f"{source}: {source.stat().st_size / 2**20:.1f} MiB")
    with tempfile.TemporaryDirectory() as scratch:
        plain, sealed = Path(scratch) / "plain", Path(scratch) / "encrypted"
        for folder in (plain, sealed):
            folder.mkdir()
            shutil.copyfile(source, folder / "mentordesk.sqlite3")
            resolve_paths(folder).ensure()
        began = time.perf_counter()
        encryption.turn_on(resolve_paths(sealed), PASSPHRASE)
        print(f"{'turning on':<22} {time.perf_counter() - began:9.2f} s")
        cipher.lock()

        folders = {"plain": (plain, None), "encrypted": (sealed, PASSPHRASE)}
        for data, passphrase in folders.values():
            probe(data, passphrase)  # the first start after a copy: checks, then records
        usual = open_times(folders, args.runs, full=False)
        checked = open_times(folders, args.runs, full=True)
        unlock = usual["encrypted"]["unlock"] + checked["encrypted"]["unlock"]
        print(f"{'unlock (scrypt)':<22} {ms(unlock):9.1f} ms, once per start")
        for name, found in (("open to Dashboard", usual), ("  … with quick_check", checked)):
            line(name, found["plain"]["open"], found["encrypted"]["open"])
            plain_db, sealed_db = found["plain"]["database"], found["encrypted"]["database"]
            line("  of it: Database()", plain_db, sealed_db)
            for kind in ("plain", "encrypted"):
                each = ", ".join(f"{value * 1000:.0f}" for value in found[kind]["open"])
                print(f"{'':<22} {kind} runs (ms): {each}")

        encryption.unlock(resolve_paths(sealed), PASSPHRASE)
        plain_saves, sealed_saves = autosave_times([plain, sealed], args.saves)
        cipher.lock()
        line("autosave 100 KB", plain_saves, sealed_saves)
        line("keystroke record", keystroke_times(False), keystroke_times(True))
    print(f"load average at the end: {' '.join(f'{x:.2f}' for x in os.getloadavg())}")
    print(f"runs: {args.runs} opens and {args.saves} saves of each kind; medians")
    return 0


if __name__ == "__main__":
    sys.exit(main())
