"""The menu entry, the AppStream metadata and the app agree on one app id and this release."""

from __future__ import annotations

import configparser
import datetime
import os
import re
import subprocess
import sys
import xml.etree.ElementTree as ElementTree
from pathlib import Path
from urllib.parse import urlparse

import linux_deb

from mentordesk import APP_ID, HOMEPAGE, __version__

ROOT = Path(__file__).resolve().parents[2]
RESOURCES = ROOT / "resources"
METAINFO = RESOURCES / f"{APP_ID}.metainfo.xml"


def desktop_entry() -> configparser.SectionProxy:
    parser = configparser.ConfigParser(interpolation=None)
    parser.optionxform = str  # type: ignore[assignment,method-assign]  # keys are case-sensitive
    parser.read(RESOURCES / f"{APP_ID}.desktop", encoding="utf-8")
    return parser["Desktop Entry"]


def metainfo() -> ElementTree.Element:
    return ElementTree.parse(METAINFO).getroot()


def test_the_app_id_is_reverse_dns_on_the_projects_own_home() -> None:
    # io.github.OWNER.NAME is what Flathub accepts for a project hosted on
    # GitHub: it rests on an account the project holds, not on a domain.
    owner = urlparse(HOMEPAGE).path.strip("/").split("/")[0]
    assert urlparse(HOMEPAGE).hostname == "github.com"
    assert f"io.github.{owner}.MentorDesk" == APP_ID


def test_the_menu_entry_and_the_metadata_are_named_by_the_app_id() -> None:
    assert [p.name for p in RESOURCES.glob("*.desktop")] == [f"{APP_ID}.desktop"]
    assert [p.name for p in RESOURCES.glob("*.metainfo.xml")] == [METAINFO.name]
    root = metainfo()
    assert root.findtext("id") == APP_ID
    assert root.findtext("launchable") == f"{APP_ID}.desktop"
    developer = root.find("developer")
    assert developer is not None and APP_ID.startswith(developer.get("id", "") + ".")


def test_the_menu_entry_starts_mentordesk_with_its_icon() -> None:
    entry = desktop_entry()
    assert entry["Exec"].split()[0] == "mentordesk"
    assert entry["Icon"] == "mentordesk"
    assert entry["Terminal"] == "false"
    # X11 matches windows to the entry by WM_CLASS, whose instance part is the
    # program's name; Wayland by the desktop file name the app announces.
    assert entry["StartupWMClass"] == "mentordesk"


def test_the_running_app_announces_the_app_id_so_wayland_finds_its_menu_entry() -> None:
    script = "from mentordesk import app; print(app.make_application().desktopFileName())"
    result = subprocess.run(
        [sys.executable, "-c", script],
        capture_output=True,
        text=True,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
        timeout=60,
        check=True,
    )
    assert result.stdout.strip() == APP_ID


def test_the_software_centre_metadata_names_this_release() -> None:
    releases = list(metainfo().iter("release"))
    assert releases, "add this version to <releases>"
    newest = releases[0]
    assert newest.get("version") == __version__, "add this version to <releases>"
    datetime.date.fromisoformat(newest.get("date", ""))


def test_the_software_centre_links_home_and_shows_screenshots_from_this_repository() -> None:
    root = metainfo()
    urls = {url.get("type"): url.text for url in root.iter("url")}
    assert urls["homepage"] == HOMEPAGE
    assert urls["bugtracker"] == f"{HOMEPAGE}/issues"
    screenshots = list(root.iter("screenshot"))
    assert [s.get("type") for s in screenshots].count("default") == 1
    repository = urlparse(HOMEPAGE).path.strip("/")
    for screenshot in screenshots:
        assert (screenshot.findtext("caption") or "").strip()
        image = screenshot.findtext("image") or ""
        match = re.fullmatch(
            rf"https://raw\.githubusercontent\.com/{re.escape(repository)}/main/(docs/[\w-]+\.png)",
            image,
        )
        assert match, image
        assert (ROOT / match.group(1)).is_file(), f"{match.group(1)} is not in the repository"


def test_no_package_names_the_placeholder_domain() -> None:
    # mentordesk.org was never the project's: no address or id may rest on it.
    places = [ROOT / "packaging", RESOURCES, ROOT / "mentordesk", ROOT / ".github"]
    texts = [p for place in places for p in place.rglob("*") if "__pycache__" not in p.parts]
    offenders = [
        str(p.relative_to(ROOT))
        for p in texts
        if p.is_file() and b"mentordesk.org" in p.read_bytes().lower()
    ]
    assert offenders == []
    assert "@users.noreply.github.com>" in linux_deb.MAINTAINER
    assert f"Source: {HOMEPAGE}\n" in (ROOT / "packaging" / "linux" / "copyright").read_text()
