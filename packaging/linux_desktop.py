"""The menu entry, icons and AppStream metadata, laid out under a share/ folder.

The .deb puts them in /usr/share, the AppDir in usr/share, the tarball in share/.
"""

from __future__ import annotations

import shutil
from pathlib import Path

from identity import APP_ID

ROOT = Path(__file__).resolve().parent.parent
RESOURCES = ROOT / "resources"
# Both named by the app id: Wayland, AppStream and software centres match them by it.
DESKTOP_FILE = RESOURCES / f"{APP_ID}.desktop"
METAINFO = RESOURCES / f"{APP_ID}.metainfo.xml"


def install_desktop_files(share: Path) -> list[Path]:
    """Copy the desktop file, hicolor icons and metainfo under ``share``; return them."""
    placed = []
    applications = share / "applications"
    applications.mkdir(parents=True, exist_ok=True)
    placed.append(Path(shutil.copy(DESKTOP_FILE, applications / DESKTOP_FILE.name)))
    hicolor = RESOURCES / "icons" / "hicolor"
    for png in sorted(hicolor.glob("*/apps/mentordesk.png")):
        target = share / "icons" / "hicolor" / png.relative_to(hicolor)
        target.parent.mkdir(parents=True, exist_ok=True)
        placed.append(Path(shutil.copy(png, target)))
    scalable = share / "icons" / "hicolor" / "scalable" / "apps"
    scalable.mkdir(parents=True, exist_ok=True)
    placed.append(
        Path(shutil.copy(RESOURCES / "icons" / "mentordesk.svg", scalable / "mentordesk.svg"))
    )
    metainfo = share / "metainfo"
    metainfo.mkdir(parents=True, exist_ok=True)
    placed.append(Path(shutil.copy(METAINFO, metainfo / METAINFO.name)))
    return placed
