"""The attachment files: copied into ``attachments/`` under their SHA-256, whole or not at all.

A copy streams the source to a temporary name in the folder (``.<random>.<pid>.partial``,
0600, created with ``O_EXCL``) while hashing it, checks the size limit before and during
the copy, flushes it to the disk, then renames it to its hash (when a file with that
name is there already, the same bytes are stored: the temporary one is dropped). So a
file under a hash name is always complete, even after a kill or a full disk half-way;
a temporary left by a killed copy goes at the next start (``remove_stale``).

Every failure is one ``AttachmentFileError`` with a ``FileProblem`` the window puts in
words; nothing is left behind. Qt-free: the window runs ``store_file`` in a thread.
"""

from __future__ import annotations

import enum
import errno
import hashlib
import os
import re
import secrets
import stat
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

from mentordesk.config import FILE_MODE, DataFolderError, make_private_dir
from mentordesk.db import backup as backup_files
from mentordesk.db import seal_folder, sealed_files
from mentordesk.db.errors import Problem, classify
from mentordesk.db.files import sync_folder
from mentordesk.db.sealed_files import Keys, SealBrokenError, Sealer

CHUNK = 1024 * 1024
MB = 1024 * 1024
DEFAULT_LIMIT_MB = 100
FRESH_SECONDS = 3600
_HASH_NAME = re.compile(r"^[0-9a-f]{64}$")


class FileProblem(enum.Enum):
    """Why a file could not be attached (or brought back)."""

    TOO_LARGE = "too_large"  # above the size limit in Preferences
    FOLDER = "folder"  # a folder, not a file
    NOT_A_FILE = "not_a_file"  # a device, a pipe, a socket
    NOT_FOUND = "not_found"  # not there (moved, deleted)
    UNREADABLE = "unreadable"  # no permission to read it
    VANISHED = "vanished"  # gone or changed while it was being copied
    FULL = "full"  # the disk filled up
    READ_ONLY = "read_only"  # the data folder cannot be written
    IO = "io"  # the disk failed
    DAMAGED = "damaged"  # bytes that do not match their hash (a backup's or an export's)


class AttachmentFileError(Exception):
    """A file could not be copied; nothing was stored. ``limit`` is the size limit in bytes."""

    def __init__(self, problem: FileProblem, path: Path, limit: int = 0) -> None:
        super().__init__(f"{problem.value}: {path}")
        self.problem = problem
        self.path = path
        self.limit = limit


# Plain English for the command line and the log; the window has translated texts.
DESCRIPTIONS = {
    FileProblem.TOO_LARGE: "it is larger than the size limit",
    FileProblem.FOLDER: "it is a folder, not a file",
    FileProblem.NOT_A_FILE: "it is not a regular file",
    FileProblem.NOT_FOUND: "it is not there",
    FileProblem.UNREADABLE: "you do not have permission to read it",
    FileProblem.VANISHED: "it was moved, changed or cut off while it was being copied",
    FileProblem.FULL: "the disk is full",
    FileProblem.READ_ONLY: "the data folder cannot be written",
    FileProblem.IO: "the disk could not be read or written",
    FileProblem.DAMAGED: "its bytes do not match the ones that were saved",
}


def describe(error: AttachmentFileError) -> str:
    """The file and what went wrong, in English (the command line's words)."""
    return f"The file {error.path} could not be copied: {DESCRIPTIONS[error.problem]}"


@dataclass(frozen=True)
class Stored:
    """A file in the store: its hash (its name there) and its size in bytes."""

    sha256: str
    size: int


def file_path(folder: Path, sha256: str) -> Path:
    """Where the file with this hash is in ``folder`` (sealed or plain: ``locate``), or
    where a new one would go (sealed while a folder with encryption on is unlocked).
    ValueError for anything but a SHA-256 in hex: a name from an imported file never
    reaches outside the folder."""
    found = locate(folder, sha256)
    if found is not None:
        return found[0]
    keys = sealed_files.current()
    return folder / (sha256 if keys is None else sealed_files.sealed_name(keys, sha256))


def locate(folder: Path, sha256: str) -> tuple[Path, bool] | None:
    """The stored file with this hash and whether it is sealed, or None (not there)."""
    if not is_hash_name(sha256):
        raise ValueError("not a SHA-256")
    return sealed_files.locate(folder, sha256, sealed_files.current())


def names_of(hashes: Iterable[str]) -> set[str]:
    """The names files with these hashes may have in a store (plain and sealed)."""
    keys = sealed_files.current()
    names = {h for h in hashes if is_hash_name(h)}
    if keys is not None:
        names |= {sealed_files.sealed_name(keys, h) for h in names}
    return names


def present(folder: Path, hashes: Iterable[str]) -> set[str]:
    """Which of ``hashes`` have their file in ``folder`` (under either name)."""
    names = stored_hashes(folder)
    keys = sealed_files.current()
    return {
        h
        for h in hashes
        if is_hash_name(h)
        and (h in names or (keys is not None and sealed_files.sealed_name(keys, h) in names))
    }


def is_hash_name(name: str) -> bool:
    return _HASH_NAME.match(name) is not None


def write_problem(error: OSError) -> FileProblem:
    return {
        Problem.FULL: FileProblem.FULL,
        Problem.READ_ONLY: FileProblem.READ_ONLY,
    }.get(classify(error), FileProblem.IO)


def _read_problem(error: OSError) -> FileProblem:
    if error.errno == errno.ENOENT:
        return FileProblem.NOT_FOUND
    if error.errno == errno.EISDIR:
        return FileProblem.FOLDER
    if error.errno in (errno.EACCES, errno.EPERM):
        return FileProblem.UNREADABLE
    return FileProblem.IO


def _open_source(source: Path, limit: int) -> tuple[int, int]:
    """The source opened for reading and its size; refused before anything is written."""
    try:
        info = os.stat(source)
    except OSError as error:
        raise AttachmentFileError(_read_problem(error), source, limit) from error
    if stat.S_ISDIR(info.st_mode):
        raise AttachmentFileError(FileProblem.FOLDER, source, limit)
    if not stat.S_ISREG(info.st_mode):
        raise AttachmentFileError(FileProblem.NOT_A_FILE, source, limit)
    if info.st_size > limit:
        raise AttachmentFileError(FileProblem.TOO_LARGE, source, limit)
    try:
        fd = os.open(source, os.O_RDONLY | getattr(os, "O_BINARY", 0))
    except OSError as error:
        raise AttachmentFileError(_read_problem(error), source, limit) from error
    return fd, info.st_size


def store_file(
    folder: Path,
    source: Path,
    limit: int,
    progress: Callable[[int, int], None] | None = None,
    expected: str | None = None,
) -> Stored:
    """Copy ``source`` into ``folder`` under its hash; raise AttachmentFileError.

    ``progress(done, total)`` is called after each chunk. ``expected`` (a backup's or
    an export's hash) refuses bytes that hash otherwise, as DAMAGED.
    """
    fd, size = _open_source(source, limit)
    with os.fdopen(fd, "rb") as reader:
        return _copy(
            folder, source, reader, size, limit, progress, expected, sealed_files.current()
        )


def _copy(
    folder: Path,
    source: Path,
    reader: BinaryIO | sealed_files.Unsealer,
    size: int | None,
    limit: int,
    progress: Callable[[int, int], None] | None,
    expected: str | None,
    keys: Keys | None,
) -> Stored:
    """Stream ``reader`` into the store, sealed with ``keys`` (None: plain). ``size``
    is what the source said it holds (None: unknown, an unsealed stream)."""
    read = reader.read
    try:
        make_private_dir(folder)
    except OSError as error:
        raise AttachmentFileError(write_problem(error), source, limit) from error
    except DataFolderError as error:  # a file where the folder should be
        raise AttachmentFileError(FileProblem.READ_ONLY, source, limit) from error
    partial = backup_files.partial_path(folder / secrets.token_hex(8))
    digest = hashlib.sha256()
    done = 0
    try:
        flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0)
        try:
            out = os.open(partial, flags, FILE_MODE)
        except OSError as error:
            raise AttachmentFileError(write_problem(error), source, limit) from error
        with os.fdopen(out, "wb") as writer:
            sealer = Sealer(keys, writer.write) if keys is not None else None
            put = writer.write if sealer is None else sealer.add
            while True:
                try:
                    chunk = read(CHUNK)
                except SealBrokenError as error:
                    raise AttachmentFileError(FileProblem.DAMAGED, source, limit) from error
                except OSError as error:
                    problem = _read_problem(error)
                    if problem in (FileProblem.NOT_FOUND, FileProblem.IO):
                        problem = FileProblem.VANISHED
                    raise AttachmentFileError(problem, source, limit) from error
                if not chunk:
                    break
                done += len(chunk)
                if done > limit:
                    raise AttachmentFileError(FileProblem.TOO_LARGE, source, limit)
                digest.update(chunk)
                try:
                    put(chunk)
                except OSError as error:
                    raise AttachmentFileError(write_problem(error), source, limit) from error
                if progress is not None:
                    progress(done, max(size or 0, done))
            try:
                if sealer is not None:
                    sealer.close()
                writer.flush()
                os.fsync(writer.fileno())
            except OSError as error:
                raise AttachmentFileError(write_problem(error), source, limit) from error
        if (size is not None and done != size) or not os.path.lexists(source):
            # Shortened, grown or removed while it was read: what was copied may be half.
            raise AttachmentFileError(FileProblem.VANISHED, source, limit)
        sha256 = digest.hexdigest()
        if expected is not None and sha256 != expected:
            raise AttachmentFileError(FileProblem.DAMAGED, source, limit)
        name = sha256 if keys is None else sealed_files.sealed_name(keys, sha256)
        target = folder / name
        try:
            if target.exists():
                os.utime(target)  # in use again: not collected as unused (``remove_unreferenced``)
            else:
                os.replace(partial, target)
                sync_folder(folder)
        except OSError as error:
            raise AttachmentFileError(write_problem(error), source, limit) from error
        return Stored(sha256, done)
    finally:
        partial.unlink(missing_ok=True)


def put_back(folder: Path, source: Path, sha256: str) -> None:
    """Copy a backup's or an export's file ``source`` into the store, checked against its hash
    (no size limit: it was allowed once). Nothing is done when the store has it already.
    ``source`` may be sealed (named by ``sealed_files.sealed_name``, a backup's of an
    encrypted folder) or plain (named by its hash): it is stored as the folder stores."""
    if locate(folder, sha256) is not None:
        return
    keys = sealed_files.current()
    sealed = source.name != sha256
    try:
        with sealed_files.open_plain(source, sealed, keys) as reader:
            _copy(folder, source, reader, None, 2**62, None, sha256, keys)
    except SealBrokenError as error:
        raise AttachmentFileError(FileProblem.DAMAGED, source) from error
    except OSError as error:
        raise AttachmentFileError(_read_problem(error), source) from error


def keep_copy(source: Path, target: Path, *, link: bool = True) -> None:
    """Put the stored file ``source`` at ``target`` (a backup's or an export's copy, or
    one to open): a hard link where the disk allows it and ``link``, else a whole copy
    (``db/backup.keep_file``)."""
    backup_files.keep_file(source, target, link=link)


VIEWS = seal_folder.VIEWS


_UNSAFE = re.compile(r'[\x00-\x1f<>:"/\\|?*]')


def safe_name(name: str) -> str:
    """A file name every system accepts: no separators, reserved or control characters,
    not hidden, not empty."""
    cleaned = _UNSAFE.sub("_", name).strip().lstrip(".").rstrip(". ")
    return cleaned[:200] or "attachment"


def stored_hashes(folder: Path) -> set[str]:
    """The hashes of the files in the store."""
    try:
        return {entry.name for entry in folder.iterdir() if is_hash_name(entry.name)}
    except FileNotFoundError:
        return set()


def remove_views(folder: Path) -> None:
    """Delete the copies made for opening (decrypted ones included): at start and quit."""
    seal_folder.remove_views(folder)


def remove_unreferenced(folder: Path, referenced: Iterable[str], *, now: float) -> list[str]:
    """Delete stored files no record refers to any more (and temporaries of killed copies);
    returns the hashes that went. Run at start, so a removal can be undone while the app
    runs; a file stored in the last hour stays (its record may be on its way). ``now`` is
    the clock as ``time.time()`` gives it."""
    backup_files.remove_stale_partials(folder, now)
    seal_folder.remove_views(folder)  # copies opened in an earlier run
    keep = names_of(referenced)
    settled = now - FRESH_SECONDS
    gone: list[str] = []
    for sha256 in sorted(stored_hashes(folder) - keep):  # a name: plain or sealed
        path = folder / sha256
        try:
            if path.stat().st_mtime > settled:
                continue
            path.unlink()
        except FileNotFoundError:
            continue
        gone.append(sha256)
    return gone
