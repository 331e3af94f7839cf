"""Reading attached files back: their plain bytes for an export or to open, and a check.

A stored file may be sealed (``db/sealed_files``: encryption is on) or plain; these read
either through ``attachment_files.locate``. Every failure is an AttachmentFileError.
"""

from __future__ import annotations

import hashlib
import os
import secrets
from pathlib import Path

from mentordesk.config import FILE_MODE, DataFolderError, make_private_dir
from mentordesk.db import backup as backup_files
from mentordesk.db import sealed_files
from mentordesk.db.sealed_files import SealBrokenError
from mentordesk.services.attachment_files import (
    CHUNK,
    VIEWS,
    AttachmentFileError,
    FileProblem,
    locate,
    safe_name,
    write_problem,
)


def plain_copy(folder: Path, sha256: str, target: Path) -> None:
    """Write the plain bytes of the stored file ``sha256`` to ``target`` (an export's
    copy, or one to open), whole or not at all: a temporary beside it, checked against
    the hash, flushed, renamed. A plain store's file is hard-linked where the disk allows
    (``keep_copy``). Raises AttachmentFileError (NOT_FOUND, DAMAGED, or the write's)."""
    found = locate(folder, sha256)
    if found is None:
        raise AttachmentFileError(FileProblem.NOT_FOUND, folder / sha256)
    source, sealed = found
    if target.exists():
        return
    partial = backup_files.partial_path(target.with_name(secrets.token_hex(8)))
    digest = hashlib.sha256()
    try:
        with sealed_files.open_plain(source, sealed, sealed_files.current()) as reader:
            flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0)
            with os.fdopen(os.open(partial, flags, FILE_MODE), "wb") as writer:
                while chunk := reader.read(CHUNK):
                    digest.update(chunk)
                    writer.write(chunk)
                writer.flush()
                os.fsync(writer.fileno())
        if digest.hexdigest() != sha256:
            raise AttachmentFileError(FileProblem.DAMAGED, source)
        os.replace(partial, target)
    except SealBrokenError as error:
        raise AttachmentFileError(FileProblem.DAMAGED, source) from error
    except OSError as error:
        raise AttachmentFileError(write_problem(error), source) from error
    finally:
        partial.unlink(missing_ok=True)


def verify(folder: Path, sha256: str) -> bool:
    """Whether the stored file ``sha256`` holds its bytes (every sealed chunk verifies and
    the plain bytes hash to its name); False when it is missing or damaged."""
    found = locate(folder, sha256)
    if found is None:
        return False
    digest = hashlib.sha256()
    try:
        with sealed_files.open_plain(found[0], found[1], sealed_files.current()) as reader:
            while chunk := reader.read(CHUNK):
                digest.update(chunk)
    except (OSError, SealBrokenError):
        return False
    return digest.hexdigest() == sha256


def view_copy(folder: Path, sha256: str, name: str) -> Path:
    """A read-only copy of a stored file under the name it was attached with, for the
    system's application to open or the file manager to show (``folder/.open/<hash>/``).
    A copy, never a link: an application saving over it cannot change the stored bytes.
    A sealed file is decrypted into it (0600 while written, then 0400), in the private
    data folder; ``remove_views`` deletes the copies at start and at quit.
    Raises AttachmentFileError (NOT_FOUND when the stored file was deleted, DAMAGED)."""
    found = locate(folder, sha256)  # ValueError for anything but a SHA-256
    if found is None:
        raise AttachmentFileError(FileProblem.NOT_FOUND, folder / sha256)
    target_folder = folder / VIEWS / sha256[:16]
    target = target_folder / safe_name(name)
    if target.is_file():
        return target
    try:
        make_private_dir(target_folder)
    except (OSError, DataFolderError) as error:
        raise AttachmentFileError(FileProblem.READ_ONLY, target_folder) from error
    plain_copy(folder, sha256, target)
    try:
        target.chmod(0o400)
    except OSError as error:
        raise AttachmentFileError(write_problem(error), target) from error
    return target
