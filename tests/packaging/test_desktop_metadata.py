"""The menu entry and the AppStream metadata agree with each other and with the app."""

from __future__ import annotations

import configparser
import xml.etree.ElementTree as ElementTree
from pathlib import Path

from mentordesk import __version__

RESOURCES = Path(__file__).resolve().parents[2] / "resources"


def desktop_entry() -> configparser.SectionProxy:
    parser = configparser.ConfigParser(interpolation=None)
    parser.optionxform = str  # type: ignore[assignment,method-assign]  # keys are case-sensitive
    parser.read(RESOURCES / "mentordesk.desktop", encoding="utf-8")
    return parser["Desktop Entry"]


def test_the_menu_entry_starts_mentordesk_with_its_icon() -> None:
    entry = desktop_entry()
    assert entry["Exec"].split()[0] == "mentordesk"
    assert entry["Icon"] == "mentordesk"
    assert entry["Terminal"] == "false"
    # Wayland and X11 match windows to this file by the name the app announces
    # (QGuiApplication.setDesktopFileName("mentordesk")).
    assert entry["StartupWMClass"] == "mentordesk"


def test_the_software_centre_metadata_names_this_release_and_the_menu_entry() -> None:
    [metainfo] = RESOURCES.glob("*.metainfo.xml")
    root = ElementTree.parse(metainfo).getroot()
    assert metainfo.name == f"{root.findtext('id')}.metainfo.xml"
    assert root.findtext("launchable") == "mentordesk.desktop"
    releases = [release.get("version") for release in root.iter("release")]
    assert releases and releases[0] == __version__, "add this version to <releases>"
