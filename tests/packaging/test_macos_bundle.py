"""MentorDesk.app's Info.plist and entitlements, checked here as macOS would read them."""

from __future__ import annotations

import plistlib
import re
from pathlib import Path

from macos_info_plist import BUNDLE_IDENTIFIER, info_plist, numeric_version

from mentordesk import APP_ID, __version__

ROOT = Path(__file__).resolve().parents[2]


def test_the_info_plist_says_what_macos_needs_to_open_the_app() -> None:
    plist = plistlib.loads(plistlib.dumps(info_plist(__version__)))
    assert re.fullmatch(r"[a-z]+(\.[A-Za-z0-9-]+){2,}", plist["CFBundleIdentifier"])
    assert plist["CFBundleIdentifier"] == BUNDLE_IDENTIFIER == APP_ID
    assert plist["LSMinimumSystemVersion"] == "13.0"  # the PySide6 wheels' minimum
    assert plist["NSHighResolutionCapable"] is True
    assert plist["CFBundlePackageType"] == "APPL"
    for key in ("CFBundleShortVersionString", "CFBundleVersion"):
        assert re.fullmatch(r"\d+(\.\d+){0,2}", plist[key]), plist[key]
    assert (ROOT / "resources" / "icons" / plist["CFBundleIconFile"]).is_file()


def test_pre_release_versions_become_numbers_macos_accepts() -> None:
    assert numeric_version("1.4.0rc2") == "1.4.0"
    assert numeric_version("2.0.dev3") == "2.0"
    assert numeric_version("0.1.0") == "0.1.0"


def test_the_entitlements_allow_what_python_needs_under_the_hardened_runtime() -> None:
    entitlements = plistlib.loads(
        (ROOT / "packaging" / "macos" / "entitlements.plist").read_bytes()
    )
    assert entitlements == {
        "com.apple.security.cs.allow-unsigned-executable-memory": True,
        "com.apple.security.cs.disable-library-validation": True,
    }
