"""The Info.plist entries of MentorDesk.app (merged by PyInstaller's BUNDLE).

Kept in a module of its own so a test can check it with plistlib on any system.
"""

from __future__ import annotations

import re
from typing import Any

from identity import APP_ID

# Reverse-DNS, as macOS requires: the one app id, which names it on Linux too.
BUNDLE_IDENTIFIER = APP_ID
# The newest macOS any pinned wheel asks for (PySide6 6.9+: macOS 13, Ventura).
# Tested against the wheels' tags on PyPI (tests/packaging/test_macos_bundle.py)
# and, on the Mac that builds, against every Mach-O file in the app (macos_dmg.py).
MINIMUM_MACOS = "13.0"


def numeric_version(version: str) -> str:
    """``1.2.3`` from ``1.2.3rc1`` or ``1.2.dev4``: macOS accepts only numbers and dots."""
    match = re.match(r"\d+(\.\d+){0,2}", version)
    if match is None:
        raise ValueError(f"no numeric version in {version!r}")
    return match.group(0)


def info_plist(version: str) -> dict[str, Any]:
    """The entries beyond PyInstaller's defaults (name, executable, icon, identifier)."""
    numeric = numeric_version(version)
    return {
        "CFBundleName": "MentorDesk",
        "CFBundleDisplayName": "MentorDesk",
        "CFBundleIdentifier": BUNDLE_IDENTIFIER,
        "CFBundleShortVersionString": numeric,
        "CFBundleVersion": numeric,
        "CFBundlePackageType": "APPL",
        "CFBundleIconFile": "mentordesk.icns",
        "LSMinimumSystemVersion": MINIMUM_MACOS,
        "LSApplicationCategoryType": "public.app-category.productivity",
        # Sharp text on Retina screens (otherwise macOS scales a 1x bitmap up).
        "NSHighResolutionCapable": True,
        # Follow the system's light or dark appearance.
        "NSRequiresAquaSystemAppearance": False,
        "NSHumanReadableCopyright": "MentorDesk developers. MIT licence; Qt under the LGPL v3.",
    }
