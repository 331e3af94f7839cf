"""Small, careful file operations: durable renames and writes, time stamps for file names."""

from __future__ import annotations

import os
import stat
import sys
from datetime import UTC, datetime
from pathlib import Path
from typing import NamedTuple

from mentordesk.config import FILE_MODE

STAMP_FORMAT = "%Y%m%dT%H%M%SZ"
MB = 1024 * 1024


def megabytes(size: int) -> int:
    """Whole megabytes, rounded up (a person frees "30 MB", not "29.3 MB")."""
    return max(1, -(-size // MB))


class Companions(NamedTuple):
    """The files SQLite keeps beside a database: -wal and -shm in WAL mode, -journal in
    rollback mode. Each goes wherever the database goes (set aside, restored, backed up)."""

    wal: Path
    shm: Path
    journal: Path


def companions(path: Path) -> Companions:
    """The -wal, -shm and -journal files SQLite may keep beside ``path``."""
    return Companions(
        *(path.with_name(path.name + suffix) for suffix in ("-wal", "-shm", "-journal"))
    )


# The first 8 bytes of a rollback journal that holds an unfinished transaction
# (SQLite's file format, section 4.1). A finished one is deleted, truncated or zeroed.
JOURNAL_MAGIC = bytes.fromhex("d9d505f920a163d7")


def has_hot_journal(path: Path) -> bool:
    """Whether a -journal beside ``path`` holds a transaction SQLite would roll back."""
    try:
        with open(companions(path).journal, "rb") as journal:
            return journal.read(8) == JOURNAL_MAGIC
    except FileNotFoundError:
        return False


def create_private_file(path: Path) -> None:
    """Create ``path`` if missing, and make it readable by the owner only.

    A file already private is not touched: a chmod moves its change time, which the
    start-up check's fingerprint reads (``db/fingerprint.py``)."""
    fd = os.open(path, os.O_CREAT | os.O_RDWR, FILE_MODE)
    os.close(fd)
    keep_private(path)


def keep_private(path: Path) -> None:
    """Make ``path`` readable by the owner only, unless it is already: a chmod moves the
    file's change time, which the start-up check's fingerprint reads. On Windows a mode
    only sets or clears the read-only flag, so there "already" means writable."""
    mode = os.stat(path).st_mode
    if sys.platform == "win32":
        done = bool(mode & stat.S_IWRITE)
    else:
        done = stat.S_IMODE(mode) == FILE_MODE
    if not done:
        os.chmod(path, FILE_MODE)


def utc_stamp(now: datetime | None = None) -> str:
    """A UTC time for file names: 20261130T173000Z."""
    return (now or datetime.now(UTC)).astimezone(UTC).strftime(STAMP_FORMAT)


def sync_file(path: Path) -> None:
    """Ask the operating system to put ``path``'s bytes on the disk.

    Windows flushes only through a handle opened for writing (``os.fsync`` is
    ``FlushFileBuffers``, which refuses a read-only handle with EBADF); POSIX
    systems flush any handle, and a folder can only be opened read-only.
    """
    flags = os.O_RDWR | getattr(os, "O_BINARY", 0) if os.name == "nt" else os.O_RDONLY
    fd = os.open(path, flags)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def sync_folder(folder: Path) -> None:
    """Make renames in ``folder`` durable (folders cannot be opened for this on Windows)."""
    if os.name == "nt":
        return
    sync_file(folder)


def replace_durably(source: Path, target: Path) -> None:
    """Rename ``source`` over ``target`` and make the rename survive a power cut."""
    sync_file(source)
    os.replace(source, target)
    sync_folder(target.parent)


def write_text_file(path: Path, text: str, encoding: str = "utf-8") -> None:
    """Write ``text`` to ``path`` whole or not at all, readable by the owner only.

    Through a temporary name beside it: written, flushed to the disk and closed, then
    renamed over ``path`` (never a rename of an open file: Windows refuses it) and the
    rename made durable. Line endings are written as ``text`` has them.
    """
    write_bytes_file(path, text.encode(encoding))


def write_bytes_file(path: Path, data: bytes) -> None:
    """``write_text_file`` for bytes: whole or not at all, through a temporary name."""
    partial = path.with_name(f".{path.name}.{os.getpid()}.partial")
    partial.unlink(missing_ok=True)  # a stale one, or a link someone put there: never followed
    try:
        flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0)
        with os.fdopen(os.open(partial, flags, FILE_MODE), "wb") as file:
            file.write(data)
            file.flush()
            os.fsync(file.fileno())
        os.replace(partial, path)
        sync_folder(path.parent)
    finally:
        partial.unlink(missing_ok=True)
