"""MentorDesk.app's Info.plist and entitlements, checked here as macOS would read them."""

from __future__ import annotations

import plistlib
import re
from pathlib import Path

import constraints
import pytest
from macos_info_plist import BUNDLE_IDENTIFIER, MINIMUM_MACOS, info_plist, numeric_version

from mentordesk import APP_ID, __version__

ROOT = Path(__file__).resolve().parents[2]


def test_the_info_plist_says_what_macos_needs_to_open_the_app() -> None:
    plist = plistlib.loads(plistlib.dumps(info_plist(__version__)))
    assert re.fullmatch(r"[a-z]+(\.[A-Za-z0-9-]+){2,}", plist["CFBundleIdentifier"])
    assert plist["CFBundleIdentifier"] == BUNDLE_IDENTIFIER == APP_ID
    assert plist["LSMinimumSystemVersion"] == MINIMUM_MACOS
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


def wheel_minimum_macos(wheel: str) -> tuple[int, int]:
    """(13, 0) from ``pyside6_essentials-6.11.3-cp310-abi3-macosx_13_0_universal2.whl``;
    (0, 0) for a wheel that runs anywhere (py3-none-any)."""
    found = re.findall(r"macosx_(\d+)_(\d+)_", wheel)
    return max(((int(a), int(b)) for a, b in found), default=(0, 0))


@pytest.mark.parametrize("platform", ["macosx_15_0_arm64", "macosx_15_0_x86_64"])
def test_the_minimum_macos_is_what_the_pinned_wheels_need(platform: str) -> None:
    """Asks PyPI which wheels the release (the pinned versions, a macOS 15 runner)
    installs: each wheel's tag names the oldest macOS its binaries load on, so the
    app can promise no older one, and should not ask for a newer one."""
    pins = constraints.read()
    runtime = [*constraints.needed("macos", constraints.app_requirements()), "pyinstaller"]
    picked = constraints.wheels([f"{name}=={pins[name]}" for name in runtime], pins, platform)
    minimums = {name: wheel_minimum_macos(wheel) for name, wheel in picked.items()}
    assert "pyside6-essentials" in minimums and "shiboken6" in minimums
    needed = max(minimums.values())
    assert f"{needed[0]}.{needed[1]}" == MINIMUM_MACOS, minimums
    # The README's install table says the same.
    readme = (ROOT / "README.md").read_text()
    assert f"macOS {needed[0]} or newer" in readme
