"""Turning encryption on and off, changing the passphrase, unlocking a folder.

The state of a folder is read from two things only: whether ``mentordesk.key`` exists
(and its ``removing`` flag), and each database file's first 16 bytes (SQLite's header:
plain; anything else: encrypted). docs/ARCHITECTURE.md "Encryption at rest" draws it:

    no key file                     plain (every file plain)
    key file, removing = false      ON: every plain database file is still to encrypt
    key file, removing = true       turning OFF: every encrypted file still to decrypt,
                                    then the key file goes

``finish`` does whatever the key file says is left, one file at a time, each through
a temporary ``<name>.converting`` (written by ``sqlcipher_export``, fsynced, checked,
renamed over the file). Interrupted anywhere, the folder opens afterwards with the
key file as it stands (the old passphrase, or the new one) and ``finish`` carries on.
While turning on, a temporary file is encrypted; nothing readable is written.

Every function here needs the caller to hold the folder's lock.
"""

from __future__ import annotations

import logging
import os
import secrets
import sqlite3
from dataclasses import replace
from pathlib import Path

from mentordesk.config import Paths
from mentordesk.db import cipher, key_file, seal_folder, sealed_files
from mentordesk.db.backup import ATTACHMENTS_BESIDE
from mentordesk.db.errors import DatabaseError, Problem
from mentordesk.db.files import companions, replace_durably, sync_file
from mentordesk.db.key_file import KeyFile

log = logging.getLogger(__name__)

WORK_SUFFIX = ".converting"
# Not database files: SQLite's companions, the identity stamp, the start-up check's
# fingerprint (db/fingerprint.py), and work files of an unfinished step.
_SKIPPED = (
    "-wal",
    "-shm",
    "-journal",
    ".identity",
    ".checked",
    ".new",
    ".rollback",
    WORK_SUFFIX,
    ".partial",
)


class EncryptionError(DatabaseError):
    """Encryption cannot be turned on or off as asked; the message says why."""


def is_on(paths: Paths) -> bool:
    return key_file.path_in(paths.data_dir).exists()


def unlock(paths: Paths, secret: str) -> KeyFile:
    """Open the folder's data key with the passphrase (or the recovery key) and use it.

    Raises WrongPassphraseError (the data is fine) or KeyFileDamagedError."""
    found = key_file.read(paths.data_dir)
    if found is None:
        raise EncryptionError("Encryption is not turned on for this data folder.")
    cipher.unlock(key_file.open_with(found, secret))
    return found


def turn_on(paths: Paths, passphrase: str) -> str:
    """Encrypt the folder under ``passphrase``; returns the new recovery key."""
    if is_on(paths):
        raise EncryptionError(
            "Encryption is already on for this data folder; change the passphrase instead."
        )
    _refuse_empty(passphrase)
    data_key = secrets.token_bytes(32)
    recovery = key_file.new_recovery_key()
    found = key_file.new(data_key, passphrase, recovery)
    cipher.unlock(data_key)
    key_file.write(paths.data_dir, found)
    finish(paths)
    return recovery


def change(paths: Paths, old: str, new: str) -> None:
    """A new passphrase: only the key file is rewritten (old or new, never neither)."""
    _refuse_empty(new)
    found = unlock(paths, old)
    data_key = cipher.active_key()
    assert data_key is not None
    key_file.write(paths.data_dir, key_file.with_passphrase(found, data_key, new))


def turn_off(paths: Paths, passphrase: str) -> None:
    """Decrypt every file, then remove the key file."""
    found = unlock(paths, passphrase)
    if not found.removing:
        key_file.write(paths.data_dir, replace(found, removing=True))
    finish(paths)


def _refuse_empty(passphrase: str) -> None:
    if not passphrase:
        raise EncryptionError("A passphrase cannot be empty.", Problem.BUG)


def database_files(paths: Paths) -> list[Path]:
    """Every database file encryption covers: the database, its damaged copies (named
    ``mentordesk.sqlite3.<label>-<time>``) and every backup. The database comes last."""
    found: list[Path] = []
    for folder, pattern in ((paths.backups_dir, "*"), (paths.data_dir, "mentordesk.sqlite3.*")):
        try:
            entries = sorted(folder.glob(pattern))
        except OSError:
            continue
        found += [
            p
            for p in entries
            if p.is_file() and not p.name.startswith(".") and not p.name.endswith(_SKIPPED)
        ]
    found.append(paths.database)
    return found


def finish(paths: Paths) -> None:
    """Bring every database file to the state the key file asks for (see the module)."""
    found = key_file.read(paths.data_dir)
    if found is None:
        return
    if cipher.active_key() is None:
        raise cipher.LockedError(paths.database)
    encrypt = not found.removing
    convert_attachments(paths, encrypt=encrypt)
    for path in database_files(paths):
        if cipher.is_plain(path) is encrypt:
            try:
                _convert(path, encrypt=encrypt)
            except EncryptionError as error:
                if error.problem is not Problem.CORRUPT or path == paths.database:
                    raise
                # A damaged copy SQLite cannot read (it was set aside because of that):
                # it never keeps the person from their data. ``unconverted`` names it.
                log.warning("Left %s as it is: SQLite cannot read it", path.name)
    if found.removing:
        key_file.remove(paths.data_dir)
        cipher.lock()


def attachment_folders(paths: Paths) -> list[Path]:
    """The folders of attached files encryption covers: the store, then the backups' copies."""
    return [paths.attachments_dir, paths.backups_dir / ATTACHMENTS_BESIDE]


def convert_attachments(paths: Paths, *, encrypt: bool) -> list[Path]:
    """Seal (or unseal) every attached file of the folder, the store first (a backup's
    copy then links to the store's); returns the files left because they are damaged."""
    data_key = cipher.active_key()
    if data_key is None:
        raise cipher.LockedError(paths.database)
    keys = sealed_files.keys_for(data_key)
    store, *others = attachment_folders(paths)
    left = seal_folder.convert_folder(store, keys, seal=encrypt)
    for folder in others:
        left += seal_folder.convert_folder(folder, keys, seal=encrypt, shared=store)
    return left


def unconverted(paths: Paths) -> list[Path]:
    """Database files left plain in an encrypted folder (or the other way round while
    turning it off): damaged copies SQLite cannot read."""
    found = key_file.read(paths.data_dir)
    encrypt = found is not None and not found.removing
    files = [p for p in database_files(paths) if cipher.is_plain(p) is encrypt]
    keys = sealed_files.current()
    if found is not None and keys is not None:
        for folder in attachment_folders(paths):
            files += seal_folder.left_to_convert(folder, keys, seal=encrypt)
    return files


def _convert(path: Path, *, encrypt: bool) -> None:
    work = path.with_name(path.name + WORK_SUFFIX)
    for leftover in (work, *companions(work)):
        leftover.unlink(missing_ok=True)
    try:
        _checkpoint(path)
        cipher.convert(path, work, encrypt=encrypt)
        _check(work, path)
        sync_file(work)
        replace_durably(work, path)
    except sqlite3.Error as error:
        for leftover in (work, *companions(work)):
            leftover.unlink(missing_ok=True)
        if getattr(error, "sqlite_errorcode", 0) & 0xFF in (11, 26):  # corrupt, not a db
            raise EncryptionError(
                f"MentorDesk cannot read {path} to {'encrypt' if encrypt else 'decrypt'} it "
                "(it is damaged). Move it out of the data folder, then try again.",
                Problem.CORRUPT,
            ) from error
        raise
    for stale in companions(path):
        stale.unlink(missing_ok=True)  # an empty -wal's -shm, written for the old file
    log.info("%s %s", "Encrypted" if encrypt else "Decrypted", path.name)


def _checkpoint(path: Path) -> None:
    """Put everything in the -wal into the file itself (the -wal then goes)."""
    wal = companions(path).wal
    if not wal.exists():
        return
    connection = cipher.connect(path, isolation_level=None)
    try:
        connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    finally:
        connection.close()
    if wal.exists() and wal.stat().st_size > 0:
        raise EncryptionError(
            f"{path} is in use by another program; close it and try again.", Problem.BUSY
        )


def _check(work: Path, source: Path) -> None:
    connection = cipher.connect(work, isolation_level=None)
    try:
        row = connection.execute("PRAGMA quick_check(1)").fetchone()
    finally:
        connection.close()
    for leftover in companions(work):
        leftover.unlink(missing_ok=True)
    if not row or row[0] != "ok":
        raise EncryptionError(f"The converted copy of {source} failed its check.", Problem.IO)
    if os.name != "nt":
        os.chmod(work, 0o600)
