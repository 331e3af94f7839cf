"""MentorDesk.app into a .dmg: checks, signing, notarization, stapling, a mounted copy.

:func:`package` runs the steps in the order Gatekeeper needs them:

1. every Mach-O file asks for no newer macOS than LSMinimumSystemVersion;
2. the app signed, nested code first (``macos_signing``), and verified;
3. the app notarized (as a zip), its ticket stapled and validated, ``spctl`` asked;
4. the stapled app and a link to /Applications put in a .dmg, which is signed;
5. the .dmg notarized, stapled, validated, and ``spctl`` asked again.

So a copy dragged out of the .dmg opens offline too: it carries its own ticket.
Signing and notarization run only when their environment variables are set
(CI secrets) and are skipped without them, so a local build always works:

    MACOS_SIGN_IDENTITY        "Developer ID Application: ... (TEAMID)"
    MACOS_NOTARY_APPLE_ID, MACOS_NOTARY_TEAM_ID, MACOS_NOTARY_PASSWORD
                               an app-specific password for notarytool

``notarytool submit --wait`` exits 0 whatever Apple decided, so its JSON answer
is read: anything but "Accepted" fetches the notary's log and fails the build.
"""

from __future__ import annotations

import contextlib
import json
import os
import platform
import plistlib
import re
import subprocess
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path

import macos_signing

NOTARY_VARIABLES = ("MACOS_NOTARY_APPLE_ID", "MACOS_NOTARY_TEAM_ID", "MACOS_NOTARY_PASSWORD")


class NotarizationRefused(SystemExit):
    """Apple did not accept a submission; the message holds its status and log."""


def _run(command: list[str]) -> str:
    return subprocess.run(command, check=True, capture_output=True, text=True).stdout


def check_minimum_macos(app: Path) -> None:
    """Fail if a library needs a newer macOS than the app's Info.plist promises."""
    plist = plistlib.loads((app / "Contents" / "Info.plist").read_bytes())
    minimum = plist["LSMinimumSystemVersion"]
    too_new = macos_signing.too_new_for(app, minimum)
    if too_new:
        raise SystemExit(
            f"LSMinimumSystemVersion is {minimum}, but " + "; ".join(too_new[:10])
            + ". Raise MINIMUM_MACOS in packaging/macos_info_plist.py (and the README)."
        )  # fmt: skip


def sign_app(app: Path, identity: str) -> None:
    """Sign what is inside the app, deepest first, then the app; verify the result."""
    for command in macos_signing.sign_commands(app, identity):
        _run(command)


def _notary_credentials() -> list[str] | None:
    if not all(os.environ.get(name) for name in NOTARY_VARIABLES):
        return None
    apple_id, team, password = (os.environ[name] for name in NOTARY_VARIABLES)
    return ["--apple-id", apple_id, "--team-id", team, "--password", password]


def notarize(path: Path, credentials: list[str]) -> None:
    """Submit ``path`` (a .zip or .dmg), wait, and fail unless Apple accepted it."""
    answer = _run(
        ["xcrun", "notarytool", "submit", str(path), "--wait", "--output-format", "json",
         *credentials]
    )  # fmt: skip
    result = json.loads(answer)
    status = result.get("status")
    if status == "Accepted":
        print(f"Notarized: {path.name} ({result.get('id')})")
        return
    submission = str(result.get("id", ""))
    log = ""
    if submission:
        log = subprocess.run(
            ["xcrun", "notarytool", "log", submission, *credentials],
            capture_output=True,
            text=True,
            check=False,
        ).stdout
    raise NotarizationRefused(
        f"Notarization of {path.name} ended {status!r}: {result.get('message', '')}\n{log}"
    )


def staple(path: Path) -> None:
    """Attach the notarization ticket to ``path`` and check it is there."""
    _run(["xcrun", "stapler", "staple", str(path)])
    _run(["xcrun", "stapler", "validate", str(path)])


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
        _run(["ditto", str(app), str(staging / app.name)])
        (staging / "Applications").symlink_to("/Applications")
        dmg.unlink(missing_ok=True)
        _hdiutil(
            "create", "-volname", "MentorDesk", "-srcfolder", str(staging),
            "-fs", "HFS+", "-format", "UDZO", "-ov", str(dmg),
        )  # fmt: skip
    return dmg


def package(app: Path, version: str, out_dir: Path) -> Path:
    """Check, sign, notarize and staple ``app``, then the .dmg made of it; return the .dmg."""
    check_minimum_macos(app)
    identity = os.environ.get("MACOS_SIGN_IDENTITY", "")
    credentials = _notary_credentials()
    if not identity:
        print("MACOS_SIGN_IDENTITY not set: the app is not signed (Gatekeeper will ask).")
    else:
        sign_app(app, identity)
    if identity and credentials is None:
        print("Notary credentials not set: the app and .dmg are not notarized.")
    if identity and credentials is not None:
        with tempfile.TemporaryDirectory(prefix="mentordesk-notary-") as folder:
            archive = Path(folder) / f"{app.stem}.zip"
            _run(["ditto", "-c", "-k", "--keepParent", str(app), str(archive)])
            notarize(archive, credentials)
        staple(app)
        _run(["spctl", "--assess", "--type", "execute", "--verbose=4", str(app)])

    dmg = make_dmg(app, version, out_dir)
    if identity:
        _run(["codesign", "--force", "--timestamp", "--sign", identity, str(dmg)])
        _run(["codesign", "--verify", "--strict", "--verbose=2", str(dmg)])
    if identity and credentials is not None:
        notarize(dmg, credentials)
        staple(dmg)
        _run(
            ["spctl", "--assess", "--type", "open", "--context", "context:primary-signature",
             "--verbose=4", str(dmg)]
        )  # fmt: skip
    return dmg


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
