"""MentorDesk.app into a .dmg: signing, the disk image, notarization, a mounted copy.

Signing and notarization run only when their environment variables are set
(CI secrets), and are skipped without them, so a local build always works:

    MACOS_SIGN_IDENTITY        "Developer ID Application: ... (TEAMID)"
    MACOS_NOTARY_APPLE_ID, MACOS_NOTARY_TEAM_ID, MACOS_NOTARY_PASSWORD
                               an app-specific password for notarytool
"""

from __future__ import annotations

import contextlib
import os
import platform
import re
import subprocess
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path

ENTITLEMENTS = Path(__file__).resolve().parent / "macos" / "entitlements.plist"


def sign_app(app: Path) -> None:
    """Sign every binary inside, then the app, with the hardened runtime (notarization needs it)."""
    identity = os.environ.get("MACOS_SIGN_IDENTITY")
    if not identity:
        print("MACOS_SIGN_IDENTITY not set: the app is not signed (Gatekeeper will ask).")
        return
    command = ["codesign", "--force", "--timestamp", "--options", "runtime", "--sign", identity]
    inner = [
        p
        for p in app.rglob("*")
        if p.is_file()
        and not p.is_symlink()
        and (p.suffix in {".so", ".dylib"} or os.access(p, os.X_OK))
    ]
    # Deepest first: a folder's signature covers what is inside it.
    for path in sorted(inner, key=lambda p: len(p.parts), reverse=True):
        subprocess.run([*command, str(path)], check=True, capture_output=True)
    subprocess.run([*command, "--entitlements", str(ENTITLEMENTS), str(app)], check=True)
    subprocess.run(["codesign", "--verify", "--deep", "--strict", str(app)], check=True)


def _hdiutil(*args: str) -> str:
    """hdiutil, retried: right after a build, Spotlight or XProtect may still hold
    the files and hdiutil fails with "Resource busy"."""
    for attempt in range(5):
        result = subprocess.run(["hdiutil", *args], capture_output=True, text=True)
        if result.returncode == 0:
            return result.stdout
        if "busy" not in (result.stderr + result.stdout).lower() or attempt == 4:
            raise subprocess.CalledProcessError(
                result.returncode, result.args, result.stdout, result.stderr
            )
        time.sleep(2 * (attempt + 1))
    raise AssertionError("unreachable")


def make_dmg(app: Path, version: str, out_dir: Path) -> Path:
    """MentorDesk-VERSION-macos-ARCH.dmg holding the app and a link to /Applications."""
    dmg = out_dir / f"MentorDesk-{version}-macos-{platform.machine()}.dmg"
    with tempfile.TemporaryDirectory(prefix="mentordesk-dmg-") as folder:
        staging = Path(folder)
        subprocess.run(["ditto", str(app), str(staging / app.name)], check=True)
        (staging / "Applications").symlink_to("/Applications")
        dmg.unlink(missing_ok=True)
        _hdiutil(
            "create", "-volname", "MentorDesk", "-srcfolder", str(staging),
            "-fs", "HFS+", "-format", "UDZO", "-ov", str(dmg),
        )  # fmt: skip
    if os.environ.get("MACOS_SIGN_IDENTITY"):
        identity = os.environ["MACOS_SIGN_IDENTITY"]
        subprocess.run(["codesign", "--timestamp", "--sign", identity, str(dmg)], check=True)
    return dmg


def notarize(dmg: Path) -> None:
    """Notarize the .dmg with notarytool and staple the ticket (skipped without credentials)."""
    names = ("MACOS_NOTARY_APPLE_ID", "MACOS_NOTARY_TEAM_ID", "MACOS_NOTARY_PASSWORD")
    if not all(os.environ.get(name) for name in names):
        print("Notary credentials not set: the .dmg is not notarized.")
        return
    apple_id, team, password = (os.environ[name] for name in names)
    subprocess.run(
        ["xcrun", "notarytool", "submit", str(dmg), "--wait",
         "--apple-id", apple_id, "--team-id", team, "--password", password],
        check=True,
    )  # fmt: skip
    subprocess.run(["xcrun", "stapler", "staple", str(dmg)], check=True)


@contextlib.contextmanager
def mounted(dmg: Path) -> Iterator[Path]:
    """The .dmg attached read-only, as a user opens it; yields the volume."""
    output = _hdiutil("attach", "-nobrowse", "-readonly", "-noautoopen", str(dmg))
    match = re.search(r"(/Volumes/.+)$", output, re.MULTILINE)
    if match is None:
        raise SystemExit(f"no volume in hdiutil's answer: {output}")
    volume = Path(match.group(1).strip())
    try:
        yield volume
    finally:
        _hdiutil("detach", str(volume))
