"""``mentordesk passphrase set|change|remove`` interrupted at its writes (kill -9, ENOSPC,
EIO injected with ``strace``): each time the folder opens afterwards with the old key or the
new one and shows every record, and no temporary file holds readable text.

The writes are counted first. ``change`` is tried at every write; ``set`` and
``remove`` at each change of step (the first write to each file, and the last write) in
the normal run, and at every write with ``pytest -m every_write``.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from mentordesk.config import Paths, resolve_paths
from mentordesk.db import cipher, encryption
from mentordesk.db.backup import read_contents
from mentordesk.db.database import Database
from mentordesk.db.types import utc_now
from mentordesk.services import backup as backups
from mentordesk.services.mentors import MentorData, create_mentor
from tests.e2e.helpers import app_env

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(shutil.which("strace") is None, reason="needs strace"),
]

ROOT = Path(__file__).resolve().parents[2]
NAMES = ("Ada Quillfeather", "Bo Rennetwick", "Cy Marshwood")
INPUT = {"set": "old pass\n", "change": "old pass\nnew pass\n", "remove": "old pass\n"}
QUIET = ("-e", "trace=write,pwrite64", "-o", os.devnull)
MENTORDESK = (sys.executable, "-m", "mentordesk")
_WRITE = re.compile(r"^\d+\s+(write|pwrite64)\((\d+)<([^>]*)>")


@pytest.fixture(autouse=True)
def _locked_after() -> Iterator[None]:
    yield
    cipher.lock()


def prepared(folder: Path, *, encrypted: bool) -> Path:
    paths = resolve_paths(folder)
    database = Database(paths)
    try:
        with database.session() as session:
            for name in NAMES:
                create_mentor(session, MentorData(name=name), now=utc_now())
        backups.make_backup(paths, backups.Reason.MANUAL, utc_now())
    finally:
        database.close()
    if encrypted:
        encryption.turn_on(paths, "old pass")
        cipher.lock()
    return folder


def run(action: str, folder: Path, *strace: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        ["strace", "-f", "-qq", "-y", *strace, *MENTORDESK, "passphrase", action],
        cwd=ROOT,
        # No .pyc written on the way: the writes counted are the writes faulted.
        env={**app_env(folder), "PYTHONDONTWRITEBYTECODE": "1"},
        input=INPUT[action],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )


def write_points(action: str, template: Path, work: Path, *, every: bool) -> list[tuple[str, int]]:
    """The writes of a clean run, as (system call, its 1-based count: strace's ``when``
    counts each call on its own): all of them, or the first after each change of file,
    and the last."""
    shutil.copytree(template, work)
    log = work.parent / f"{action}.strace"
    done = run(action, work, "-e", "trace=write,pwrite64", "-o", str(log))
    assert done.returncode == 0, done.stderr
    found = [(m[1], m[3]) for line in log.read_text().splitlines() if (m := _WRITE.match(line))]
    shutil.rmtree(work)
    counted: list[tuple[str, int]] = []
    seen: dict[str, int] = {}
    for call, _ in found:
        seen[call] = seen.get(call, 0) + 1
        counted.append((call, seen[call]))
    chosen = range(len(found))
    if not every:
        steps = {i for i in chosen if i == 0 or found[i - 1][1] != found[i][1]}
        chosen = sorted({*steps, len(found) - 1})  # type: ignore[assignment]
    return [counted[i] for i in chosen]


def opens_with_every_record(folder: Path, action: str) -> str:
    """Open the folder as the next start would; returns which key opened it."""
    paths: Paths = resolve_paths(folder)
    used = "plain"
    if encryption.is_on(paths):
        for passphrase in ("old pass", "new pass"):
            try:
                encryption.unlock(paths, passphrase)
                used = passphrase
                break
            except Exception:
                continue
        assert used != "plain", f"{action}: neither the old nor the new passphrase opens it"
    database = Database(paths)
    database.close()
    for backup in paths.backups_dir.glob("*.sqlite3"):
        assert read_contents(backup).mentors == len(NAMES), backup
    from mentordesk.db.health import open_read_only

    connection = open_read_only(paths.database)
    try:
        names = sorted(str(n) for (n,) in connection.execute("SELECT name FROM mentor"))
    finally:
        connection.close()
    assert names == sorted(NAMES)
    cipher.lock()
    return used


def nothing_readable_in_temporaries(folder: Path) -> None:
    for file in folder.rglob("*"):
        if file.is_file() and (".converting" in file.name or file.name.endswith(".partial")):
            data = file.read_bytes()
            assert not any(n.encode() in data for n in NAMES), file


def faults(action: str, tmp_path: Path, *, every: bool) -> None:
    template = prepared(tmp_path / "template", encrypted=action != "set")
    points = write_points(action, template, tmp_path / "count", every=every)
    assert len(points) >= 2
    seen: set[str] = set()
    for fault in ("signal=KILL", "error=ENOSPC", "error=EIO"):
        for call, when in points:
            work = tmp_path / f"case-{fault}-{call}-{when}"
            shutil.copytree(template, work)
            injected = f"inject={call}:{fault}:when={when}"
            done = run(action, work, *QUIET, "-e", injected)
            assert done.returncode != 0 or fault != "signal=KILL", (when, done.stderr)
            if action == "set":
                nothing_readable_in_temporaries(work)
            seen.add(opens_with_every_record(work, f"{action} {fault} at write {when}"))
            shutil.rmtree(work)
    expected = {
        "set": {"plain", "old pass"},
        "change": {"old pass", "new pass"},
        "remove": {"old pass", "plain"},
    }[action]
    assert seen == expected, seen  # both sides of the switch were reached


def test_change_at_every_write(tmp_path: Path) -> None:
    faults("change", tmp_path, every=True)


@pytest.mark.parametrize("action", ["set", "remove"])
def test_set_and_remove_at_each_step(action: str, tmp_path: Path) -> None:
    faults(action, tmp_path, every=False)


@pytest.mark.every_write
@pytest.mark.parametrize("action", ["set", "remove"])
def test_set_and_remove_at_every_write(action: str, tmp_path: Path) -> None:
    faults(action, tmp_path, every=True)
