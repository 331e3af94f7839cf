"""Where a file dialog starts: the folder a file was last opened from or saved to (a
declared setting, kept per data folder), else Documents, else home. Every dialog
started in the home folder, so the same folder was found again each time."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QStandardPaths

from mentordesk.ui import settings as setting
from mentordesk.ui.settings import Settings


def start_folder(settings: Settings) -> Path:
    last = settings.get(setting.LAST_FOLDER)
    if last and Path(last).is_dir():
        return Path(last)
    documents = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    return Path(documents) if documents and Path(documents).is_dir() else Path.home()


def remember(settings: Settings, chosen: str | Path) -> None:
    """Note the folder of ``chosen`` (a file, or a folder itself) for the next dialog."""
    path = Path(chosen)
    folder = path if path.is_dir() else path.parent
    settings.set(setting.LAST_FOLDER, str(folder))
