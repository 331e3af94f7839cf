"""Every path MentorDesk uses, in one place.

The data folder comes from platformdirs, unless ``--data-dir DIR`` or the
``MENTORDESK_DATA_DIR`` environment variable names another one (tests and
development always do).
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

from mentordesk import APP_NAME

DATA_DIR_ENV = "MENTORDESK_DATA_DIR"
DATABASE_NAME = "mentordesk.sqlite3"
FOLDER_MODE = 0o700
FILE_MODE = 0o600


class DataFolderError(Exception):
    """The data folder cannot be created or used; the message is for the user."""


@dataclass(frozen=True)
class Paths:
    """The folders and files of one MentorDesk data folder."""

    data_dir: Path
    log_dir: Path

    @property
    def database(self) -> Path:
        return self.data_dir / DATABASE_NAME

    @property
    def backups_dir(self) -> Path:
        return self.data_dir / "backups"

    @property
    def attachments_dir(self) -> Path:
        return self.data_dir / "attachments"

    @property
    def lock_file(self) -> Path:
        return self.data_dir / "mentordesk.lock"

    def ensure(self) -> None:
        """Create the folders (0700) if they are missing."""
        for folder in (self.data_dir, self.backups_dir, self.log_dir):
            make_private_dir(folder)


def make_private_dir(folder: Path) -> None:
    """Create ``folder`` and its parents, readable by the owner only."""
    if folder.exists() and not folder.is_dir():
        raise DataFolderError(
            f"MentorDesk cannot use {folder} as its data folder: it is a file, not a folder. "
            "Choose another folder (--data-dir), or move the file away."
        )
    try:
        folder.mkdir(mode=FOLDER_MODE, parents=True, exist_ok=True)
        # mkdir's mode is filtered by the umask; set it exactly.
        os.chmod(folder, FOLDER_MODE)
    except OSError as error:
        raise DataFolderError(
            f"MentorDesk cannot use the folder {folder}: {error.strerror or error}."
        ) from error


def resolve_paths(data_dir: str | os.PathLike[str] | None = None) -> Paths:
    """Paths for ``data_dir``, else ``$MENTORDESK_DATA_DIR``, else the platform default."""
    chosen = data_dir or os.environ.get(DATA_DIR_ENV)
    if chosen:
        root = Path(chosen).expanduser().resolve()
        return Paths(data_dir=root, log_dir=root / "logs")
    import platformdirs

    return Paths(
        data_dir=Path(platformdirs.user_data_dir(APP_NAME, appauthor=False)),
        log_dir=Path(platformdirs.user_log_dir(APP_NAME, appauthor=False)),
    )
