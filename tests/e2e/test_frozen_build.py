"""The packaged app works: build the trimmed one-folder app and smoke-test it.

packaging/build.py runs the frozen ``--self-test`` in a clean environment (no
venv, a fresh HOME) offscreen and on a bare X server, failing on any unexpected
stderr line. The installers are built by the ``installers``-marked tests.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "packaging"))

import build as build_script  # noqa: E402
import bundle_rules  # noqa: E402

Build = tuple[subprocess.CompletedProcess[str], Path]


@pytest.fixture(scope="module")
def build(
    tmp_path_factory: pytest.TempPathFactory,
) -> tuple[subprocess.CompletedProcess[str], Path]:
    dist = tmp_path_factory.mktemp("dist")
    result = subprocess.run(
        [
            sys.executable,
            str(ROOT / "packaging" / "build.py"),
            "--dist",
            str(dist),
            "--folder-only",
        ],
        capture_output=True,
        text=True,
        timeout=900,
        check=False,
    )
    folders = sorted(dist.glob("mentordesk-*"))
    assert folders, result.stdout[-3000:] + result.stderr[-3000:]
    return result, folders[0]


@pytest.mark.slow
def test_the_frozen_build_passes_its_self_test_offscreen_and_on_x11(build: Build) -> None:
    result, _folder = build
    assert result.returncode == 0, result.stdout[-4000:] + result.stderr[-3000:]
    assert "smoke test PASSED: built folder, offscreen" in result.stdout
    assert "smoke test PASSED: built folder, X11" in result.stdout


@pytest.mark.slow
def test_the_build_stays_within_its_size_budget(build: Build) -> None:
    _result, folder = build
    size = sum(p.lstat().st_size for p in folder.rglob("*") if p.is_file() or p.is_symlink())
    print(f"the Linux build: {size / 2**20:.1f} MiB")
    budget = build_script.FOLDER_BUDGET_MIB["linux"]  # packaging/build.py says why
    assert budget == 120
    assert size <= budget * 1024 * 1024, f"{size / 2**20:.1f} MiB"


@pytest.mark.slow
def test_the_build_carries_nothing_it_was_trimmed_of(build: Build) -> None:
    _result, folder = build
    names = [p.relative_to(folder).as_posix() for p in folder.rglob("*")]
    assert not [n for n in names if "__pycache__" in n or n.endswith(".pyc")]
    # Qt's own translations go but the base ones of German, French and Spanish; MentorDesk's
    # stay (English plural forms: "1 meeting", not "1 meeting(s)"); the pseudo-locale goes.
    shipped = sorted(Path(n).name for n in names if n.endswith(".qm"))
    languages = ("de", "es", "fr")
    assert shipped == sorted(
        ["mentordesk_en.qm", *(f"mentordesk_{c}.qm" for c in languages)]
        + [f"qtbase_{c}.qm" for c in languages]
    )
    assert not [n for n in names if n.endswith((".ts", ".json")) and "/translations/" in n]
    # No TLS (no network).
    assert not [n for n in names if "_ssl" in n or "libssl" in n]
    # Nor OpenSSL's libcrypto: cryptography carries its own OpenSSL, and its scrypt serves.
    assert not [n for n in names if "_hashlib" in n or "libcrypto" in n]
    # QtDBus stays: reminders go over D-Bus where there is no tray (the self-test loads it).
    assert [n for n in names if "QtDBus.abi3" in n] == ["_internal/PySide6/QtDBus.abi3.so"]
    assert not [n for n in names if bundle_rules.is_system_library(n)], "system libraries"
    plugins = [n for n in names if "/plugins/" in n and "." in Path(n).name]
    assert plugins and all(bundle_rules.plugin_kept(n) for n in plugins), plugins
    assert not [n for n in names if "gtk" in n.lower()]
    # ICU's data is the trimmed library (packaging/icu_data.py), not the wheel's 31 MiB one.
    (icu,) = (folder / "_internal" / "PySide6" / "Qt" / "lib").glob("libicudata.so.*")
    assert icu.stat().st_size < 12 * 1024 * 1024, icu.stat().st_size


@pytest.mark.slow
def test_the_build_carries_the_licences(build: Build) -> None:
    _result, folder = build
    licences = folder / "_internal" / "mentordesk" / "resources" / "licenses"
    assert "GNU LESSER GENERAL PUBLIC LICENSE" in (licences / "LGPL-3.0.txt").read_text()
    assert "PySide6" in (licences / "THIRD-PARTY.txt").read_text()
    # The keyring's Secret Service backend ships on Linux, and with it OpenSSL's licence.
    assert "SecretStorage" in (licences / "THIRD-PARTY.txt").read_text()
    assert "Apache License" in (licences / "Apache-2.0.txt").read_text()
