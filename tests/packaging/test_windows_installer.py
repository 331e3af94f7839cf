"""The Windows installer script compiles, per user, signable; under wine it installs and uninstalls.

A small stand-in for the PyInstaller folder is enough: the script and its
behaviour are under test here, the real program is smoke-tested on the
Windows runner in CI.
"""

from __future__ import annotations

import os
import shutil
import subprocess
from collections.abc import Iterator
from pathlib import Path

import identity
import pytest
import windows_installer

UNINSTALL_KEY = "HKCU\\Software\\Microsoft\\Windows\\CurrentVersion\\Uninstall\\" + identity.APP_ID


def stand_in_folder(root: Path, internal_file: str = "base_library.zip") -> Path:
    folder = root / "mentordesk-0.1.0"
    (folder / "_internal").mkdir(parents=True)
    (folder / "mentordesk.exe").write_bytes(b"MZ stand-in")
    (folder / "_internal" / internal_file).write_text("stand-in")
    return folder


def test_makensis_compiles_a_64_bit_windows_installer(tmp_path: Path) -> None:
    installer = windows_installer.compile_installer(stand_in_folder(tmp_path), "0.1.0", tmp_path)
    assert installer.name == "MentorDesk-0.1.0-setup.exe"
    header = installer.read_bytes()
    assert header[:2] == b"MZ"
    pe = int.from_bytes(header[0x3C:0x40], "little")
    assert header[pe : pe + 4] == b"PE\0\0"
    assert int.from_bytes(header[pe + 4 : pe + 6], "little") == 0x8664  # x86-64
    # The per-user promise is in the manifest: never an administrator prompt.
    assert b'level="asInvoker"' in header


def test_the_installer_and_its_uninstaller_are_both_handed_to_the_signing_script(
    tmp_path: Path,
) -> None:
    log = tmp_path / "signed.txt"
    script = tmp_path / "sign.sh"
    script.write_text(f'#!/bin/sh\necho "$1" >> "{log}"\n')
    script.chmod(0o755)
    installer = windows_installer.compile_installer(
        stand_in_folder(tmp_path), "0.1.0", tmp_path, sign_script=script
    )
    signed = log.read_text().splitlines()
    assert str(installer) in signed
    assert len(signed) == 2, signed  # the installer, and the uninstaller inside it


def test_windows_versions_have_four_numbers() -> None:
    assert windows_installer.numeric_version("0.1.0") == "0.1.0.0"
    assert windows_installer.numeric_version("1.2rc1") == "1.2.0.0"
    assert windows_installer.numeric_version("2.0.1.7") == "2.0.1.7"


@pytest.fixture
def wine_prefix(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    prefix = tmp_path / "wineprefix"
    monkeypatch.setenv("WINEPREFIX", str(prefix))
    monkeypatch.setenv("WINEDEBUG", "-all")
    monkeypatch.setenv("WINEDLLOVERRIDES", "mscoree,mshtml=")  # no Mono/Gecko prompts
    yield prefix
    wineserver = shutil.which("wineserver") or "/usr/lib/wine/wineserver64"
    subprocess.run([wineserver, "-k"], env=os.environ, check=False)


def wine(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [*windows_installer.wine(), *args], capture_output=True, text=True, timeout=300
    )


@pytest.mark.installers
def test_under_wine_it_installs_per_user_upgrades_cleanly_and_uninstalls_keeping_the_data(
    tmp_path: Path, wine_prefix: Path
) -> None:
    old = windows_installer.compile_installer(
        stand_in_folder(tmp_path / "old", "library-only-the-old-version-had.dll"),
        "0.1.0",
        tmp_path / "old",
    )
    new = windows_installer.compile_installer(
        stand_in_folder(tmp_path / "new"), "0.1.0", tmp_path / "new"
    )
    assert wine(str(old), "/S").returncode == 0
    users = wine_prefix / "drive_c" / "users"
    local = next(users.glob("*/AppData/Local"))
    program = local / "Programs" / "MentorDesk"
    assert (program / "mentordesk.exe").is_file()
    assert (program / "_internal" / "library-only-the-old-version-had.dll").is_file()
    assert list(
        users.glob("*/AppData/Roaming/Microsoft/Windows/Start Menu/Programs/MentorDesk.lnk")
    )
    key = wine("reg", "query", UNINSTALL_KEY)
    assert "DisplayVersion" in key.stdout and "0.1.0" in key.stdout
    assert "uninstall.exe" in key.stdout

    assert wine(str(new), "/S").returncode == 0
    assert (program / "_internal" / "base_library.zip").is_file()
    assert not (program / "_internal" / "library-only-the-old-version-had.dll").exists()

    data = local / "MentorDesk"  # where platformdirs puts the database on Windows
    data.mkdir()
    (data / "mentordesk.sqlite3").write_text("my mentors")
    # _?= makes the uninstaller run in place and wait (else it copies itself and returns).
    uninstall = wine(
        str(program / "uninstall.exe"), "/S", f"_?={windows_installer.windows_path(program)}"
    )
    assert uninstall.returncode == 0
    assert not (program / "_internal").exists()
    assert not (program / "mentordesk.exe").exists()
    assert not list(
        users.glob("*/AppData/Roaming/Microsoft/Windows/Start Menu/Programs/MentorDesk.lnk")
    )
    assert wine("reg", "query", UNINSTALL_KEY).returncode != 0
    assert (data / "mentordesk.sqlite3").read_text() == "my mentors"
