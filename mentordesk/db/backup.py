"""Backup files: made with SQLite's online backup API, checked, then given their name.

A backup is written to a hidden temporary name (``.<name>.<pid>.partial``),
given an identity of its own (``db/recovery.py``), switched out of WAL mode (so no
-wal/-shm ever appear beside it; a restore switches it back), checked with
``quick_check`` and only then renamed to ``mentordesk-<UTC time>-<reason>.sqlite3``:
a file with a backup's name is always a complete, sound backup, even after a kill
or a full disk half-way.
"""

from __future__ import annotations

import errno
import hashlib
import os
import re
import secrets
import sqlite3
import sys
import time
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from mentordesk.config import FILE_MODE, make_private_dir
from mentordesk.db import cipher, sealed_files
from mentordesk.db.errors import DatabaseError, Problem
from mentordesk.db.files import (
    STAMP_FORMAT,
    create_private_file,
    replace_durably,
    utc_stamp,
)
from mentordesk.db.health import open_read_only, quick_check
from mentordesk.db.recovery import set_identity

PREFIX = "mentordesk-"
SUFFIX = ".sqlite3"
PARTIAL_SUFFIX = ".partial"
# A partial file this old is left from a copy that was killed; newer ones may be in progress.
STALE_PARTIAL_SECONDS = 3600

_NAME = re.compile(r"^mentordesk-(?P<stamp>\d{8}T\d{6}Z)(?:-\d+)?-(?P<reason>[a-z0-9-]+)\.sqlite3$")
_HASH = re.compile(r"^[0-9a-f]{64}$")
# Before backups had their own module: mentordesk-before-0001-to-0003-20261130T173000123456Z
_OLD_NAME = re.compile(r"^mentordesk-(?P<reason>[a-z0-9-]+)-(?P<stamp>\d{8}T\d{6})\d{6}Z\.sqlite3$")


@dataclass(frozen=True)
class BackupFile:
    """A finished backup in the backups folder: when it was taken and why."""

    path: Path
    taken_at: datetime
    reason: str

    @property
    def size(self) -> int:
        return self.path.stat().st_size


@dataclass(frozen=True)
class Contents:
    """What a database file holds, in the terms a person recognises."""

    revision: str | None
    mentors: int
    meetings: int


def backup_name(taken_at: datetime, reason: str) -> str:
    return f"{PREFIX}{utc_stamp(taken_at)}-{reason}{SUFFIX}"


def parse_name(path: Path) -> BackupFile | None:
    """The backup a file name describes, or None for any other file."""
    for pattern, stamp_format in ((_NAME, STAMP_FORMAT), (_OLD_NAME, "%Y%m%dT%H%M%S")):
        match = pattern.match(path.name)
        if match:
            taken = datetime.strptime(match["stamp"], stamp_format).replace(tzinfo=UTC)
            return BackupFile(path, taken, match["reason"])
    return None


def list_backups(folder: Path) -> list[BackupFile]:
    """Every finished backup in ``folder``, newest first (other files are left out)."""
    try:
        entries = list(folder.iterdir())
    except FileNotFoundError:
        return []
    found = [b for b in (parse_name(p) for p in entries if p.is_file()) if b is not None]
    return sorted(found, key=lambda b: (b.taken_at, b.path.name), reverse=True)


def new_backup_path(folder: Path, reason: str, now: datetime) -> Path:
    """A name for a backup taken ``now`` that no file has yet."""
    target = folder / backup_name(now, reason)
    counter = 1
    while target.exists():
        counter += 1
        target = folder / f"{PREFIX}{utc_stamp(now)}-{counter}-{reason}{SUFFIX}"
    return target


def partial_path(target: Path) -> Path:
    return target.with_name(f".{target.name}.{os.getpid()}{PARTIAL_SUFFIX}")


_PARTIAL = re.compile(r"^\..+\.(?P<pid>\d+)\.partial")


def _copying(pid: int) -> bool:
    """Whether the process that named a partial file may still be copying."""
    if sys.platform == "win32":  # pragma: no cover - Windows only
        return _windows_process_running(pid)
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


if sys.platform == "win32":  # pragma: no cover - Windows only

    def _windows_process_running(pid: int) -> bool:
        """Whether process ``pid`` is running (``os.kill(pid, 0)`` would end it on Windows)."""
        import ctypes
        from ctypes import wintypes

        kernel32 = ctypes.WinDLL("kernel32", use_last_error=True)
        kernel32.OpenProcess.restype = wintypes.HANDLE
        kernel32.OpenProcess.argtypes = (wintypes.DWORD, wintypes.BOOL, wintypes.DWORD)
        kernel32.GetExitCodeProcess.argtypes = (wintypes.HANDLE, ctypes.POINTER(wintypes.DWORD))
        kernel32.CloseHandle.argtypes = (wintypes.HANDLE,)
        query_limited_information, access_denied, still_active = 0x1000, 5, 259
        handle = kernel32.OpenProcess(query_limited_information, False, pid)
        if not handle:  # no such process, unless it is another user's
            return bool(ctypes.get_last_error() == access_denied)
        try:
            code = wintypes.DWORD()
            if not kernel32.GetExitCodeProcess(handle, ctypes.byref(code)):
                return True
            return bool(code.value == still_active)
        finally:
            kernel32.CloseHandle(handle)


def remove_stale_partials(folder: Path, now: float | None = None) -> list[Path]:
    """Delete temporary files left by copies that were killed; returns what went.

    A copy's files name its process: they go once it is gone (or after an hour,
    in case the number was reused).
    """
    removed: list[Path] = []
    limit = (now if now is not None else time.time()) - STALE_PARTIAL_SECONDS
    try:
        entries = list(folder.iterdir())
    except FileNotFoundError:
        return removed
    for entry in entries:
        match = _PARTIAL.match(entry.name)  # the -journal of a partial too
        if match is None:
            continue
        try:
            if not _copying(int(match["pid"])) or entry.stat().st_mtime < limit:
                entry.unlink()
                removed.append(entry)
        except FileNotFoundError:
            continue
    return removed


def copy_database(source: Path, target: Path, *, live: bool = True) -> None:
    """Copy the database ``source`` to ``target``: a self-contained, checked file.

    ``live``: ``source`` may be in use (its -wal is read too). Raises DatabaseError
    (nothing is left at ``target``) or OSError / sqlite3.Error for the caller to classify.
    """
    partial = partial_path(target)
    partial.unlink(missing_ok=True)
    try:
        create_private_file(partial)
        source_connection = open_read_only(source, live=live, ignore_wal=not live)
        try:
            copy = cipher.connect(partial, encrypt=cipher.is_plain(source) is False)
            try:
                # One step: a consistent snapshot, not restarted by the autosave's writes.
                source_connection.backup(copy)
                set_identity(copy)  # a copy is another file: a -wal of the source is not its
                mode = copy.execute("PRAGMA journal_mode=DELETE").fetchone()
                if not mode or str(mode[0]).lower() != "delete":  # it could not be written
                    raise DatabaseError(f"The copy of {source} could not be finished.", Problem.IO)
            finally:
                copy.close()
        finally:
            source_connection.close()
        check = open_read_only(partial)
        try:
            problems = quick_check(check)
        finally:
            check.close()
        if problems:
            raise DatabaseError(
                f"The copy of {source} failed its check ({problems[0]}); it was not kept.",
                Problem.CORRUPT,
            )
        replace_durably(partial, target)
    except BaseException:
        for leftover in partial.parent.glob(glob_escape(partial.name) + "*"):
            leftover.unlink(missing_ok=True)
        raise


def to_wal_mode(path: Path) -> None:
    """Switch a restored copy to WAL mode before it takes the database's place: a file
    in rollback mode would be switched at the next start, and a kill during that
    switch leaves a hot -journal."""
    connection = cipher.connect(path)
    try:
        connection.execute("PRAGMA journal_mode=WAL")
    finally:
        connection.close()  # the last connection: the -wal is checkpointed and removed


def glob_escape(name: str) -> str:
    return "".join(f"[{c}]" if c in "*?[" else c for c in name)


def read_contents(path: Path, *, live: bool = False) -> Contents:
    """The revision and counts of mentors and meetings in the database file ``path``."""
    connection = open_read_only(path, live=live)
    try:
        tables = {
            str(name)
            for (name,) in connection.execute("SELECT name FROM sqlite_master WHERE type='table'")
        }
        revision = None
        if "alembic_version" in tables:
            row = connection.execute("SELECT version_num FROM alembic_version").fetchone()
            revision = str(row[0]) if row else None

        def count(table: str) -> int:
            if table not in tables:
                return 0
            return int(connection.execute(f"SELECT count(*) FROM {table}").fetchone()[0])

        return Contents(revision, count("mentor"), count("meeting"))
    finally:
        connection.close()


def content_digest(path: Path) -> str:
    """A digest of the file's pages, leaving out the 100-byte header SQLite rewrites
    (change counters) when nothing a person wrote changed."""
    digest = hashlib.sha256()
    with open(path, "rb") as file:
        file.seek(100)
        while chunk := file.read(1 << 20):
            digest.update(chunk)
    return digest.hexdigest()


def attached_files(connection: sqlite3.Connection) -> list[tuple[str, str, str]]:
    """(title, file name, SHA-256) of every attached file the open database refers to,
    oldest first (none in a file from before attachments)."""
    found = connection.execute(
        "SELECT name FROM sqlite_master WHERE type='table' AND name='attachment'"
    ).fetchone()
    if found is None:
        return []
    rows = connection.execute(
        "SELECT title, file_name, sha256 FROM attachment WHERE sha256 IS NOT NULL"
        " ORDER BY created_at, id"
    ).fetchall()
    return [(str(title), str(name), str(sha256)) for title, name, sha256 in rows]


def attachment_hashes(path: Path, *, live: bool = False) -> set[str]:
    """The SHA-256 of every attached file the database file ``path`` refers to (none in a
    file from before attachments)."""
    connection = open_read_only(path, live=live)
    try:
        return {sha256 for _title, _name, sha256 in attached_files(connection)}
    finally:
        connection.close()


# A backup's (or an export's) attached files: beside it, each under its SHA-256.
ATTACHMENTS_BESIDE = "mentordesk-attachments"
_COPY_CHUNK = 1024 * 1024


def keep_file(source: Path, target: Path, *, link: bool = True) -> None:
    """Put the file ``source`` at ``target``, whole or not at all: a hard link where the
    disk allows it and ``link`` (an attached file's bytes never change), else a copy
    (written, flushed, renamed). Nothing is done when ``target`` is there already."""
    if target.exists():
        return
    partial = partial_path(target.with_name(secrets.token_hex(8)))
    try:
        try:
            if not link:
                raise OSError(errno.EXDEV, "a copy is asked for")
            os.link(source, partial)
        except OSError:
            flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0)
            with (
                open(source, "rb") as reader,
                os.fdopen(os.open(partial, flags, FILE_MODE), "wb") as writer,
            ):
                while chunk := reader.read(_COPY_CHUNK):
                    writer.write(chunk)
                writer.flush()
                os.fsync(writer.fileno())
        os.replace(partial, target)
    finally:
        partial.unlink(missing_ok=True)


def keep_attached_files(store: Path, backup: Path) -> int:
    """Keep the attached files the database file ``backup`` refers to in
    ``mentordesk-attachments`` beside it; returns how many are there. A file missing
    from ``store`` (deleted outside the app) is left out."""
    folder = backup.parent / ATTACHMENTS_BESIDE
    keys = sealed_files.current()
    kept = 0
    for sha256 in sorted(attachment_hashes(backup)):
        found = sealed_files.locate(store, sha256, keys) if _HASH.match(sha256) else None
        if found is None:
            continue
        make_private_dir(folder)
        keep_file(found[0], folder / found[0].name)  # sealed files stay sealed
        kept += 1
    return kept
