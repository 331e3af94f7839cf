"""Compile the NSIS installer and install it silently, as CI does on Windows.

makensis runs on Windows (CI) and on Debian (``apt-get install nsis``), where
the suite compiles the script. Signing happens only when WINDOWS_CERTIFICATE_PFX
(a .pfx file) and WINDOWS_CERTIFICATE_PASSWORD are set.
"""

from __future__ import annotations

import contextlib
import os
import re
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Iterator
from pathlib import Path

import identity

ROOT = Path(__file__).resolve().parent.parent
SCRIPT = ROOT / "packaging" / "windows" / "mentordesk.nsi"
SIGN_SCRIPT = ROOT / "packaging" / "windows" / "sign.cmd"
ICON = ROOT / "resources" / "icons" / "mentordesk.ico"
LICENSE_FILE = ROOT / "resources" / "licenses" / "THIRD-PARTY.txt"


def numeric_version(version: str) -> str:
    """``1.2.3.0`` from ``1.2.3`` or ``1.2.3rc1``: Windows wants four numbers."""
    numbers = re.findall(r"\d+", re.split(r"[a-zA-Z+]", version, maxsplit=1)[0])[:4]
    return ".".join([*numbers, "0", "0", "0", "0"][:4])


def makensis() -> str:
    found = shutil.which("makensis")
    if found is None:
        candidates = [Path(os.environ.get("PROGRAMFILES(X86)", "")) / "NSIS" / "makensis.exe"]
        found = next((str(c) for c in candidates if c.is_file()), None)
    if found is None:
        raise SystemExit("makensis not found: install NSIS (Debian: apt-get install nsis)")
    return found


def signing_wanted() -> bool:
    return bool(os.environ.get("WINDOWS_CERTIFICATE_PFX"))


def sign(path: Path) -> None:
    """Sign ``path`` with the certificate from the environment (no-op without one)."""
    if signing_wanted():
        subprocess.run(["cmd", "/c", str(SIGN_SCRIPT), str(path)], check=True)


def compile_installer(
    folder: Path, version: str, out_dir: Path, sign_script: Path | None = None
) -> Path:
    """MentorDesk-VERSION-setup.exe from the PyInstaller ``folder``.

    ``sign_script`` (default: sign.cmd when a certificate is in the environment)
    is run by makensis on the installer and on the uninstaller it embeds.
    """
    if sign_script is None and signing_wanted():
        sign_script = SIGN_SCRIPT
        sign(folder / "mentordesk.exe")
    outfile = out_dir / f"MentorDesk-{version}-setup.exe"
    size_kib = sum(p.stat().st_size for p in folder.rglob("*") if p.is_file()) // 1024
    options = [
        f"-DVERSION={version}",
        f"-DNUMERIC_VERSION={numeric_version(version)}",
        f"-DSOURCE_DIR={folder}",
        f"-DOUTFILE={outfile}",
        f"-DICON={ICON}",
        f"-DLICENSE_FILE={LICENSE_FILE}",
        f"-DSIZE_KIB={size_kib}",
        f"-DAPP_ID={identity.APP_ID}",
    ]
    if sign_script is not None:
        options.append(f"-DSIGN_SCRIPT={sign_script}")
    # -V2: warnings and errors only; -WX: a warning fails the build.
    subprocess.run(
        [makensis(), "-V2", "-WX", *options, str(SCRIPT)],
        check=True,
        capture_output=True,
        text=True,
    )
    return outfile


def wine() -> list[str]:
    """How to run a Windows program here: directly on Windows, else with wine (64-bit)."""
    if sys.platform == "win32":
        return []
    for candidate in ("wine", "wine64", "/usr/lib/wine/wine64"):
        found = shutil.which(candidate)
        if found:
            return [found]
    raise SystemExit("wine is needed to run the installer here: apt-get install wine64")


def _run_windows(command: list[str]) -> int:
    """Run a Windows program and wait for it."""
    return subprocess.run([*wine(), *command], check=False, timeout=600).returncode


def windows_path(path: Path) -> str:
    """``path`` as the Windows program sees it (wine maps the Linux root to Z:)."""
    if sys.platform == "win32":
        return str(path)
    return "Z:" + str(path.resolve()).replace("/", "\\")


@contextlib.contextmanager
def installed(installer: Path) -> Iterator[Path]:
    """Install silently into a temporary folder, yield it, then uninstall silently."""
    with tempfile.TemporaryDirectory(prefix="mentordesk-install-") as folder:
        target = Path(folder) / "MentorDesk"
        # /D= must come last and unquoted (NSIS rule).
        if _run_windows([str(installer), "/S", f"/D={windows_path(target)}"]) != 0:
            raise SystemExit(f"silent install of {installer.name} failed")
        try:
            yield target
        finally:
            # The uninstaller copies itself to TEMP and returns at once unless _?= is given.
            uninstaller = target / "uninstall.exe"
            if _run_windows([str(uninstaller), "/S", f"_?={windows_path(target)}"]) != 0:
                raise SystemExit("silent uninstall failed")
