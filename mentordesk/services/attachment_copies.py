"""Attachment files that travel with a backup or a JSON export.

One rule for both: a backup or an export keeps the files it refers to in the folder
``mentordesk-attachments`` beside it, each under its SHA-256 (so the backups in
``backups/`` share one copy of each file, hard-linked to the store where the disk
allows). A restore or an import takes from that folder what the data folder lacks,
checked against its hash, before the records change: so the files and the records
come back as one.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable
from pathlib import Path

from mentordesk.config import make_private_dir
from mentordesk.db import backup as backup_files
from mentordesk.db.errors import DatabaseError
from mentordesk.services import attachment_files, attachment_reads
from mentordesk.services.attachment_files import AttachmentFileError, file_path

BESIDE = backup_files.ATTACHMENTS_BESIDE


def beside(path: Path) -> Path:
    """The folder that holds the files of the backup or export ``path``."""
    return path.parent / BESIDE


def keep_files(store: Path, hashes: Iterable[str], target: Path) -> int:
    """Put the stored files ``hashes`` beside the export ``target``, plain and named by
    their SHA-256 (an export is plain by design, so an import into any folder checks
    each file against its hash); returns how many are there. A file missing from the
    store (deleted outside the app) is left out; a damaged sealed one raises
    AttachmentFileError (DAMAGED)."""
    folder = beside(target)
    kept = 0
    for sha256 in sorted(set(hashes)):
        if not attachment_files.is_hash_name(sha256):
            continue
        if attachment_files.locate(store, sha256) is None:
            continue
        make_private_dir(folder)
        attachment_reads.plain_copy(store, sha256, folder / sha256)
        kept += 1
    return kept


def keep_for_backup(store: Path, backup: Path) -> int:
    """The files the backup file ``backup`` refers to, kept beside it."""
    return backup_files.keep_attached_files(store, backup)


def thin(folder: Path) -> list[str]:
    """Delete files in ``folder``'s ``mentordesk-attachments`` that none of its backups
    refers to any more (after old backups were thinned out). A backup that cannot be
    read keeps every file."""
    kept_in = folder / BESIDE
    present = attachment_files.stored_hashes(kept_in)
    if not present:
        return []
    wanted: set[str] = set()
    for backup in backup_files.list_backups(folder):
        try:
            wanted |= backup_files.attachment_hashes(backup.path)
        except (OSError, sqlite3.Error, DatabaseError):  # unreadable: decide nothing
            return []
    gone = sorted(present - attachment_files.names_of(wanted))
    for name in gone:  # plain or sealed
        (kept_in / name).unlink(missing_ok=True)
    return gone


def bring_back(store: Path, hashes: Iterable[str], source: Path) -> tuple[list[Path], int]:
    """Copy into the store the files ``hashes`` it lacks, from beside ``source``; returns
    (the files brought back, how many were not found beside it). On a failure every file
    brought back so far is removed again and AttachmentFileError is raised."""
    folder = beside(source)
    added: list[Path] = []
    not_found = 0
    try:
        for sha256 in sorted(set(hashes)):
            if not attachment_files.is_hash_name(sha256):
                not_found += 1
                continue
            if attachment_files.locate(store, sha256) is not None:
                continue
            found = attachment_files.locate(folder, sha256)
            if found is None:
                not_found += 1
                continue
            attachment_files.put_back(store, found[0], sha256)
            added.append(file_path(store, sha256))
    except AttachmentFileError:
        for path in added:
            path.unlink(missing_ok=True)
        raise
    return added, not_found


def bring_back_for(store: Path, backup: Path) -> tuple[list[Path], int]:
    """``bring_back`` the files the database file ``backup`` refers to."""
    return bring_back(store, backup_files.attachment_hashes(backup), backup)
