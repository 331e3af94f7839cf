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


def make_yours_hint(folder: Path) -> str:
    """How to take back a folder the user cannot write, in this system's words.

    On Linux and macOS that is a run with sudo that left files owned by root; Windows
    has no sudo: there, permissions are changed in the folder's Properties.
    """
    if os.name == "nt":
        return (
            f"in File Explorer, right-click {folder}, choose Properties ▸ Security and give "
            "your account Full control"
        )
    return f"after running MentorDesk with sudo: sudo chown -R $USER '{folder}'"


def on_read_only_disk(path: Path) -> bool:
    """Whether ``path`` (or the nearest folder above it that exists) is on a file system
    mounted read-only: no permission makes it writable, so no ``chown`` advice."""
    if not hasattr(os, "statvfs"):
        return False
    for candidate in (path, *path.parents):
        try:
            return bool(os.statvfs(candidate).f_flag & os.ST_RDONLY)
        except OSError:
            continue
    return False


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
    def journal_dir(self) -> Path:
        """The typing journal (services/typing_journal.py): what was typed, until stored."""
        return self.data_dir / "journal"

    @property
    def lock_file(self) -> Path:
        return self.data_dir / "mentordesk.lock"

    def ensure(self) -> None:
        """Create the folders (0700) if they are missing; refuse a folder that is not ours.

        Only folders MentorDesk creates are made private: an existing folder given
        with --data-dir (a shared one, Documents) keeps its permissions; the files
        in it are private anyway.
        """
        check_data_folder(self.data_dir)
        make_private_dir(self.data_dir)
        make_backups_dir(self.backups_dir)

    def is_ours(self) -> bool:
        """Whether the data folder holds MentorDesk's files (or nothing at all)."""
        return is_mentordesk_folder(self.data_dir)


# What MentorDesk puts in its data folder besides files called mentordesk…
OWN_ENTRIES = frozenset({"backups", "logs", "attachments", "journal", "settings.ini"})


def is_mentordesk_folder(folder: Path) -> bool:
    """True for a missing or empty folder, or one holding MentorDesk's own files.

    Every file MentorDesk writes is called mentordesk… (the database and its
    set-aside copies, the lock, the files in backups/ and logs/) or is one of
    ``OWN_ENTRIES``.
    """
    try:
        entries = [entry.name for entry in folder.iterdir()]
    except FileNotFoundError:
        return True
    except NotADirectoryError:
        return False
    if set(entries) <= OWN_ENTRIES or any(name.startswith("mentordesk") for name in entries):
        return True
    return any(
        sub in entries
        and (folder / sub).is_dir()
        and any(p.name.startswith("mentordesk") for p in (folder / sub).iterdir())
        for sub in ("backups", "logs")
    )


def check_data_folder(folder: Path) -> None:
    """Raise DataFolderError unless ``folder`` can be (or is) a MentorDesk data folder."""
    if folder.exists() and not folder.is_dir():
        raise DataFolderError(
            f"MentorDesk cannot use {folder} as its data folder: it is a file, not a folder. "
            "Choose another folder (--data-dir), or move the file away."
        )
    blocking = next((p for p in folder.parents if p.exists() and not p.is_dir()), None)
    if blocking is not None and not folder.exists():
        raise DataFolderError(
            f"MentorDesk cannot make the data folder {folder}: {blocking} is a file, not a "
            "folder. Choose another folder (--data-dir), or move the file away."
        )
    try:
        ours = is_mentordesk_folder(folder)
    except OSError as error:
        raise DataFolderError(
            f"MentorDesk cannot use the folder {folder}: {error.strerror or error}."
        ) from error
    if not ours:
        raise DataFolderError(
            f"The folder {folder} already holds other files, and no MentorDesk data. "
            "MentorDesk keeps its data in a folder of its own: choose an empty or new "
            "folder (for example a new folder inside this one) with --data-dir."
        )


def make_private_dir(folder: Path) -> None:
    """Create ``folder`` (and missing parents) readable by the owner only.

    A folder that already exists is left exactly as it is.
    """
    if folder.is_dir():
        return
    if folder.exists():
        raise DataFolderError(
            f"MentorDesk cannot use {folder} as a folder: it is a file. "
            "Choose another data folder (--data-dir), or move the file away."
        )
    missing = [folder, *(p for p in folder.parents if not p.exists())]
    try:
        folder.mkdir(mode=FOLDER_MODE, parents=True, exist_ok=True)
        # mkdir's mode is filtered by the umask; set it exactly on what was created.
        for created in missing:
            if created.is_dir():
                os.chmod(created, FOLDER_MODE)
    except OSError as error:
        raise DataFolderError(
            f"MentorDesk cannot use the folder {folder}: {error.strerror or error}."
        ) from error


def make_backups_dir(folder: Path) -> None:
    """Create the backups folder (0700) or refuse one that is not the user's own.

    Backups hold every note: a ``backups`` that is a link to another place, or a
    folder another user made (and can read, or replace files in), is never written.
    """
    if folder.is_symlink():
        raise DataFolderError(
            f"MentorDesk does not keep backups in {folder}: it is a link to "
            f"{os.readlink(folder)}, not a folder of its own. Remove the link (MentorDesk "
            "then makes the folder itself), or start MentorDesk with another data folder."
        )
    make_private_dir(folder)
    if os.name != "nt" and folder.stat().st_uid != os.geteuid():
        raise DataFolderError(
            f"MentorDesk does not keep backups in {folder}: the folder belongs to another "
            "user, who could read or replace them. Move it away (MentorDesk then makes the "
            f"folder itself) ({make_yours_hint(folder.parent)})."
        )


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
