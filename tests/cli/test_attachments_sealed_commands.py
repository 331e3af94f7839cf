"""Sealed attached files through the command line, each command a real process with the
passphrase piped in: ``passphrase set`` seals them (their bytes nowhere in the folder);
``export`` writes them plain beside the export, named by their hash, and ``import`` into
another folder checks them; ``backup``/``restore`` bring deleted ones back sealed;
``check`` names a damaged one in words (no traceback) and a missing one."""

from __future__ import annotations

import hashlib
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from mentordesk.config import resolve_paths
from tests.cli.test_attachment_commands import folder_with_files
from tests.e2e.helpers import app_env

pytestmark = pytest.mark.slow

ROOT = Path(__file__).resolve().parents[2]
PASS = "a long passphrase\n"


def run(*args: str, data: Path, passphrase: str = PASS) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "mentordesk", *args],
        cwd=ROOT,
        env=app_env(data),
        input=passphrase,
        capture_output=True,
        text=True,
        encoding="utf-8",  # a redirected command writes UTF-8, on Windows too
        timeout=120,
        check=False,
    )


def readable(folder: Path, files: dict[str, bytes]) -> list[str]:
    """Files under ``folder`` holding the first 12 bytes of any attached file."""
    needles = [content[:12] for content in files.values()]
    return sorted(
        str(p.relative_to(folder))
        for p in folder.rglob("*")
        if p.is_file() and any(n in p.read_bytes() for n in needles)
    )


def test_sealed_files_through_set_export_import_backup_restore_and_check(
    tmp_path: Path,
) -> None:
    data = tmp_path / "data"
    files = folder_with_files(data, tmp_path / "sources")
    assert run("backup", data=data).returncode == 0
    assert readable(data, files)  # the sweep can fail: plain before
    done = run("passphrase", "set", data=data)
    assert done.returncode == 0, done.stderr
    assert "attached files" in done.stdout
    assert readable(data, files) == []
    store = resolve_paths(data).attachments_dir
    assert {p.name for p in store.iterdir()}.isdisjoint(files)

    out = tmp_path / "moving" / "export.json"
    out.parent.mkdir()
    assert run("export", "-o", str(out), data=data).returncode == 0
    beside = {p.name: p.read_bytes() for p in (out.parent / "mentordesk-attachments").iterdir()}
    assert beside == files  # plain by design, named by their hash
    imported = run("import", str(out), data=tmp_path / "new laptop", passphrase="")
    assert imported.returncode == 0, imported.stderr
    new_store = resolve_paths(tmp_path / "new laptop").attachments_dir
    assert {p.name: p.read_bytes() for p in new_store.iterdir()} == files

    checked = run("check", data=data)
    assert checked.returncode == 0, checked.stdout + checked.stderr

    # A restore brings the files back sealed.
    shutil.rmtree(store)
    [backup] = sorted(resolve_paths(data).backups_dir.glob("*.sqlite3"))
    restored = run("restore", str(backup), data=data)
    assert restored.returncode == 0, restored.stdout + restored.stderr
    assert len(list(store.iterdir())) == len(files) and readable(data, files) == []
    assert run("check", data=data).returncode == 0

    # A flipped byte in one sealed file, another deleted: named in words.
    first, second = sorted(store.iterdir())
    damaged = bytearray(first.read_bytes())
    damaged[-40] ^= 0x10
    first.write_bytes(bytes(damaged))
    second.unlink()
    checked = run("check", data=data)
    assert checked.returncode != 0
    assert "Traceback" not in checked.stderr
    report = checked.stdout + checked.stderr
    assert "damaged: “" in report and "its bytes are not the ones that were saved" in report
    assert "missing: “" in report
    # Both names are the attached ones, each once.
    names = {"cv.pdf", "notes.txt"}
    assert {n for n in names if f"({n})" in report} == names
    assert hashlib.sha256(b"").hexdigest() not in report
