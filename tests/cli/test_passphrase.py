"""``mentordesk passphrase`` and the passphrase every command reads, as a script runs
them: real processes, the passphrase on standard input (one line per passphrase)."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from mentordesk.config import resolve_paths
from mentordesk.db import cipher
from tests.cli.test_commands import folder_with
from tests.e2e.helpers import app_env

ROOT = Path(__file__).resolve().parents[2]
WRONG_PASSPHRASE = 7
PEOPLE = ("Ada Quillfeather", "Bo Rennetwick")

pytestmark = pytest.mark.slow


def mentordesk(*args: str, data: Path, stdin: str = "") -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "mentordesk", *args],
        cwd=ROOT,
        env=app_env(data),
        input=stdin,
        capture_output=True,
        text=True,
        encoding="utf-8",  # a redirected command writes UTF-8, on Windows too
        timeout=120,
        check=False,
    )


@pytest.fixture
def encrypted(tmp_path: Path) -> Path:
    data = tmp_path / "data"
    folder_with(data, *PEOPLE)
    done = mentordesk("passphrase", "set", data=data, stdin="first pass\n")
    assert done.returncode == 0, done.stderr
    assert "recovery key" in done.stdout
    cipher.lock()
    return data


def recovery_key_of(output: str) -> str:
    lines = output.splitlines()
    return next(line.strip() for line in lines if line.startswith("  "))


def test_set_prints_a_recovery_key_that_opens_the_folder(tmp_path: Path) -> None:
    data = tmp_path / "data"
    folder_with(data, *PEOPLE)
    done = mentordesk("passphrase", "set", data=data, stdin="first pass\n")
    assert done.returncode == 0, done.stderr
    recovery = recovery_key_of(done.stdout)
    assert "Without both, nothing can open it" in done.stdout
    assert (data / "mentordesk.key").exists()
    assert PEOPLE[0].encode() not in (data / "mentordesk.sqlite3").read_bytes()
    out = tmp_path / "export.json"
    exported = mentordesk("export", "-o", str(out), data=data, stdin=recovery + "\n")
    assert exported.returncode == 0, exported.stderr
    names = sorted(m["name"] for m in json.loads(out.read_text())["records"]["mentor"])
    assert names == sorted(PEOPLE)


@pytest.mark.parametrize(
    "args",
    [
        ["check"],
        ["backup"],
        ["export", "-o", "{tmp}/out.json"],
        ["ics", "-o", "{tmp}/out.ics"],
        ["note", "--mentor", "Ada", "Ask about the talk"],
        ["restore", "{data}/backups/none.sqlite3"],
        ["import", "--dry-run", "{tmp}/none.json"],
    ],
)
def test_every_command_asks_and_a_wrong_passphrase_exits_7_changing_nothing(
    encrypted: Path, tmp_path: Path, args: list[str]
) -> None:
    filled = [a.format(tmp=tmp_path, data=encrypted) for a in args]
    before = (encrypted / "mentordesk.sqlite3").read_bytes()
    wrong = mentordesk(*filled, data=encrypted, stdin="not it\n")
    assert wrong.returncode == WRONG_PASSPHRASE, wrong.stderr
    assert "Wrong passphrase" in wrong.stderr and "damaged" not in wrong.stderr
    none = mentordesk(*filled, data=encrypted, stdin="")
    assert none.returncode == WRONG_PASSPHRASE
    assert "no passphrase" in none.stderr
    assert (encrypted / "mentordesk.sqlite3").read_bytes() == before


def test_the_right_passphrase_lets_each_reading_command_work(
    encrypted: Path, tmp_path: Path
) -> None:
    check = mentordesk("check", data=encrypted, stdin="first pass\n")
    assert check.returncode == 0, check.stdout + check.stderr
    backup = mentordesk("backup", data=encrypted, stdin="first pass\n")
    assert backup.returncode == 0, backup.stderr
    made = next((encrypted / "backups").glob("*.sqlite3"))
    assert cipher.is_plain(made) is False  # a backup of an encrypted database stays so
    ics = mentordesk("ics", "-o", str(tmp_path / "m.ics"), data=encrypted, stdin="first pass\n")
    assert ics.returncode == 0, ics.stderr
    note = mentordesk(
        "note", "--mentor", "Ada", "Ask about the talk", data=encrypted, stdin="first pass\n"
    )
    assert note.returncode == 0, note.stderr
    restore = mentordesk("restore", str(made), data=encrypted, stdin="first pass\n")
    assert restore.returncode == 0, restore.stderr
    assert cipher.is_plain(encrypted / "mentordesk.sqlite3") is False


def test_change_reads_the_old_then_the_new_and_remove_makes_it_plain(encrypted: Path) -> None:
    wrong = mentordesk("passphrase", "change", data=encrypted, stdin="nope\nsecond\n")
    assert wrong.returncode == WRONG_PASSPHRASE
    changed = mentordesk("passphrase", "change", data=encrypted, stdin="first pass\nsecond\n")
    assert changed.returncode == 0, changed.stderr
    assert mentordesk("check", data=encrypted, stdin="first pass\n").returncode == 7
    assert mentordesk("check", data=encrypted, stdin="second\n").returncode == 0
    removed = mentordesk("passphrase", "remove", data=encrypted, stdin="second\n")
    assert removed.returncode == 0, removed.stderr
    assert not (encrypted / "mentordesk.key").exists()
    assert PEOPLE[0].encode() in (encrypted / "mentordesk.sqlite3").read_bytes()
    plain = mentordesk("check", data=encrypted, stdin="")  # nothing asked any more
    assert plain.returncode == 0, plain.stdout


def test_set_twice_and_an_empty_passphrase_are_refused(encrypted: Path, tmp_path: Path) -> None:
    again = mentordesk("passphrase", "set", data=encrypted, stdin="x\n")
    assert again.returncode == 2 and "already on" in again.stderr
    data = tmp_path / "plain"
    folder_with(data, "Cy")
    empty = mentordesk("passphrase", "set", data=data, stdin="\n")
    assert empty.returncode == 2 and "cannot be empty" in empty.stderr
    assert not (data / "mentordesk.key").exists()
    assert resolve_paths(data).database.exists()


def test_sync_with_encryption_on_writes_nothing_readable(encrypted: Path, tmp_path: Path) -> None:
    """Batches are sealed with a key from the passphrase (tests/cli/test_sync_encrypted.py
    has two laptops): nobody's name is readable in the synced folder."""
    shared = tmp_path / "Dropbox"
    shared.mkdir()
    result = mentordesk(
        "sync", "--folder", str(shared), "--device", "Work", data=encrypted, stdin="first pass\n"
    )
    assert result.returncode == 0, result.stderr
    assert "Sent" in result.stdout
    files = [p for p in shared.rglob("*") if p.is_file()]
    assert any(p.suffix == ".mdsync" for p in files)
    for person in PEOPLE:
        assert not [p for p in files if person.encode() in p.read_bytes()]
