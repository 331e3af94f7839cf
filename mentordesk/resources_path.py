"""Where the shipped resources (icons, sample data) are: frozen, installed or from source.

Qt wants real file paths (icons, style sheet ``url()``), so this hands out a
``Path`` rather than an ``importlib.resources`` traversable.
"""

from __future__ import annotations

import sys
from pathlib import Path

_PACKAGE = Path(__file__).resolve().parent


def resources_dir() -> Path:
    """The folder that holds ``icons/``, ``sample/`` and the desktop file."""
    # PyInstaller unpacks the data files under sys._MEIPASS (the _internal folder,
    # or Contents/Frameworks in a macOS .app, which links to Contents/Resources).
    frozen_root = getattr(sys, "_MEIPASS", None)
    if frozen_root is not None:
        return Path(frozen_root) / "mentordesk" / "resources"
    installed = _PACKAGE / "resources"  # a wheel installs resources/ as mentordesk/resources
    if installed.is_dir():
        return installed
    return _PACKAGE.parent / "resources"  # a source checkout (also the editable install)


def resource_path(relative: str) -> Path:
    """The path of a shipped file, e.g. ``resource_path("icons/mentordesk.svg")``."""
    return resources_dir() / relative
