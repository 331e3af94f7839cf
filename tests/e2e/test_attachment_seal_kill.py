"""``mentordesk passphrase set`` and ``remove`` killed (SIGKILL by ``strace``) at every
attached file they convert: at the rename of each file's checked temporary (the old name
is all there is) and at the removal of the old name (both names are there); and failing
with a full disk or an I/O error at each rename. Each time the folder opens afterwards,
the conversion is finished at that start, and every attached file gives back its bytes;
while turning on, no temporary holds readable bytes, and afterwards the marker is
nowhere under the data folder.

The points are counted from a clean run first: every ``rename`` and ``unlink`` of a file
in ``attachments/`` or ``backups/mentordesk-attachments/``.
"""

from __future__ import annotations

import hashlib
import os
import re
import shutil
import subprocess
import sys
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest

from mentordesk.config import resolve_paths
from mentordesk.db import cipher, encryption
from mentordesk.db.database import Database
from mentordesk.services import attachment_files, attachment_reads, attachments, backup
from mentordesk.services.kinds import Kind, Ref
from mentordesk.services.mentors import MentorData, create_mentor
from tests.e2e.helpers import app_env

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(shutil.which("strace") is None, reason="needs strace"),
]

ROOT = Path(__file__).resolve().parents[2]
NOW = datetime(2026, 12, 7, 9, 0, tzinfo=UTC)
MARKER = b"Wombat-attachment-marker"
PASS = "old pass"
CALLS = ("rename", "unlink")
_CALL = re.compile(r'^\d+\s+(rename|unlink)\("([^"]*)"')
FILES = {
    "a.txt": MARKER + b" first",
    "b.bin": (MARKER + os.urandom(4096)) * 400,  # two chunks
    "c.txt": b"third " + MARKER,
}


@pytest.fixture(autouse=True)
def _locked_after() -> Iterator[None]:
    yield
    cipher.lock()


def sha(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def prepared(folder: Path, *, encrypted: bool) -> Path:
    """Three attached files, a backup keeping them; encrypted (or not)."""
    paths = resolve_paths(folder / "data")
    database = Database(paths)
    try:
        with database.session() as session:
            owner = Ref(Kind.MENTOR, create_mentor(session, MentorData(name="Ada"), now=NOW).id)
        for name, data in FILES.items():
            source = folder / name
            source.write_bytes(data)
            stored = attachment_files.store_file(paths.attachments_dir, source, 10**8)
            source.unlink()
            with database.session() as session:
                attachments.add_file(session, owner, name, stored, now=NOW)
        backup.make_backup(paths, backup.Reason.MANUAL, NOW)
    finally:
        database.close()
    if encrypted:
        encryption.turn_on(paths, PASS)
        cipher.lock()
    return folder


def run(action: str, data: Path, *strace: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        ["strace", "-f", "-qq", *strace, sys.executable, "-m", "mentordesk", "passphrase", action],
        cwd=ROOT,
        env={**app_env(data), "PYTHONDONTWRITEBYTECODE": "1"},
        input=PASS + "\n",
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )


def kill_points(action: str, template: Path, work: Path) -> list[tuple[str, int, str]]:
    """(call, its 1-based count among that call's, the path) for every rename and unlink
    of an attached file in a clean run."""
    shutil.copytree(template, work)
    log = work.parent / f"{action}.strace"
    done = run(action, work / "data", "-e", "trace=" + ",".join(CALLS), "-o", str(log))
    assert done.returncode == 0, done.stderr
    shutil.rmtree(work)
    seen = dict.fromkeys(CALLS, 0)
    points = []
    for line in log.read_text().splitlines():
        if (found := _CALL.match(line)) is None:
            continue
        call, path = found[1], found[2]
        seen[call] += 1
        if "/attachments/" in path or "/mentordesk-attachments/" in path:
            points.append((call, seen[call], path))
    return points


def opens_with_every_file(data: Path) -> str:
    """Open the folder as the next start would (the conversion finishes); every attached
    file gives back its bytes. Returns "encrypted" or "plain"."""
    paths = resolve_paths(data)
    if encryption.is_on(paths):
        encryption.unlock(paths, PASS)
    Database(paths).close()  # opening.open_data finishes what was left
    for name, content in FILES.items():
        view = attachment_reads.view_copy(paths.attachments_dir, sha(content), name)
        assert view.read_bytes() == content, name
    attachment_files.remove_views(paths.attachments_dir)
    kept = paths.backups_dir / "mentordesk-attachments"
    assert len([p for p in kept.iterdir() if not p.name.startswith(".")]) == len(FILES)
    state = "encrypted" if encryption.is_on(paths) else "plain"
    if state == "encrypted":
        marked = [p for p in data.rglob("*") if p.is_file() and MARKER in p.read_bytes()]
        assert marked == []
    else:
        stored = {p.name: p.read_bytes() for p in paths.attachments_dir.iterdir()}
        assert stored == {sha(content): content for content in FILES.values()}
        assert {p.name for p in kept.iterdir()} == set(stored)
    cipher.lock()
    return state


def nothing_readable_in_temporaries(data: Path) -> None:
    for file in data.rglob("*"):
        if file.is_file() and file.name.endswith((".partial", ".converting")):
            assert MARKER not in file.read_bytes(), file


@pytest.mark.parametrize("action", ["set", "remove"])
def test_killed_at_every_attached_file_it_opens_with_every_file(
    action: str, tmp_path: Path
) -> None:
    template = prepared(tmp_path / "template", encrypted=action == "remove")
    points = kill_points(action, template, tmp_path / "count")
    # Each of the three files in the store and beside the backup: a rename and an unlink.
    assert len(points) >= 2 * len(FILES) * 2, points
    states: set[str] = set()
    for call, when, path in points:
        work = tmp_path / f"case-{call}-{when}"
        shutil.copytree(template, work)
        done = run(
            action,
            work / "data",
            "-e",
            f"trace={call}",
            "-o",
            os.devnull,
            "-e",
            f"inject={call}:signal=KILL:when={when}",
        )
        assert done.returncode != 0, (call, when, path, done.stdout)
        if action == "set":
            nothing_readable_in_temporaries(work / "data")
        states.add(opens_with_every_file(work / "data"))
        shutil.rmtree(work)
    # Killed before the key file is gone, turning off finishes at the next start (plain);
    # turning on finishes encrypted.
    assert states == {"encrypted" if action == "set" else "plain"}


@pytest.mark.parametrize("action", ["set", "remove"])
def test_a_full_disk_or_a_failing_one_at_any_file_is_said_and_nothing_is_lost(
    action: str, tmp_path: Path
) -> None:
    template = prepared(tmp_path / "template", encrypted=action == "remove")
    renames = [p for p in kill_points(action, template, tmp_path / "count") if p[0] == "rename"]
    assert len(renames) == 2 * len(FILES)
    for fault in ("ENOSPC", "EIO"):
        for call, when, path in renames:
            work = tmp_path / f"case-{fault}-{when}"
            shutil.copytree(template, work)
            done = run(
                action,
                work / "data",
                *("-e", f"trace={call}", "-o", os.devnull),
                *("-e", f"inject={call}:error={fault}:when={when}"),
            )
            assert done.returncode != 0, (fault, path)
            assert "Traceback" not in done.stderr and "mentordesk passphrase:" in done.stderr
            if action == "set":
                nothing_readable_in_temporaries(work / "data")
            assert not list((work / "data").rglob("*.partial")), (fault, path)
            opens_with_every_file(work / "data")
            shutil.rmtree(work)
