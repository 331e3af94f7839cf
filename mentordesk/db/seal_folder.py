"""Sealing or unsealing a folder of attached files, one file at a time (``encryption.finish``).

Each file goes through a checked temporary (``.<random>.<pid>.partial``, 0600, ``O_EXCL``):
its bytes streamed through ``Sealer`` or ``Unsealer`` while hashed, flushed, renamed to
its new name, the folder flushed, and only then the old name removed. A kill at any point
leaves the old file, or both (the next run removes the old one), never neither; both
names resolve (``sealed_files.locate``). A temporary of a killed run is removed at the
next one; while sealing, a temporary holds sealed bytes only.

Which files are left: sealing, every file named by a hash that does not start with the
sealed header (5 bytes read per file, so a start with everything sealed stays quick);
unsealing, every file whose header and first chunk verify under the key. A file that
cannot be unsealed (damaged) is left as it is and returned, as ``encryption.unconverted``
names a damaged database copy.
"""

from __future__ import annotations

import hashlib
import logging
import os
import re
import secrets
import shutil
import stat
from collections.abc import Callable
from pathlib import Path

from mentordesk.config import FILE_MODE
from mentordesk.db import sealed_files
from mentordesk.db.backup import keep_file, partial_path, remove_stale_partials
from mentordesk.db.files import sync_folder
from mentordesk.db.sealed_files import Keys, SealBrokenError

log = logging.getLogger(__name__)

_HASH = re.compile(r"^[0-9a-f]{64}$")
VIEWS = ".open"  # services/attachment_files.VIEWS: the copies made for opening


def starts_sealed(path: Path) -> bool:
    try:
        with open(path, "rb") as file:
            return file.read(len(sealed_files.MAGIC)) == sealed_files.MAGIC
    except OSError:
        return False


def _files(folder: Path) -> list[Path]:
    try:
        return sorted(p for p in folder.iterdir() if _HASH.match(p.name) and p.is_file())
    except (FileNotFoundError, NotADirectoryError):
        return []


def remove_views(folder: Path) -> None:
    """Delete ``folder/.open`` (read-only copies made for opening: Windows needs them
    made writable first)."""

    def writable_then_retry(function: Callable[..., object], path: str, _info: object) -> None:
        try:
            os.chmod(path, stat.S_IWRITE | stat.S_IREAD)
            function(path)
        except OSError:
            pass

    views = folder / VIEWS
    if views.is_dir():
        shutil.rmtree(views, onerror=writable_then_retry)


def left_to_convert(folder: Path, keys: Keys, *, seal: bool) -> list[Path]:
    """The files of ``folder`` still to seal (or to unseal)."""
    if seal:
        return [p for p in _files(folder) if not starts_sealed(p)]
    return [
        p for p in _files(folder) if starts_sealed(p) and sealed_files.first_chunk_verifies(p, keys)
    ]


def convert_folder(
    folder: Path,
    keys: Keys,
    *,
    seal: bool,
    shared: Path | None = None,
) -> list[Path]:
    """Seal (or unseal) every file of ``folder`` left; returns those that cannot be
    unsealed (damaged). ``shared``: the store, converted first, whose files a backups'
    folder links to instead of converting each again. OSError stops the conversion
    (a full disk): what was done stays done, the rest is left for the next run."""
    if not folder.is_dir():
        return []
    remove_stale_partials(folder)
    remove_views(folder)  # plain copies made for opening (the window is closed now)
    linked: dict[str, str] = {}  # unsealing: sealed name -> the store's plain name
    if shared is not None and not seal:
        linked = {sealed_files.sealed_name(keys, p.name): p.name for p in _files(shared)}
    damaged: list[Path] = []
    for path in left_to_convert(folder, keys, seal=seal):
        if seal:
            _seal_one(folder, path, keys, shared)
        elif not _unseal_one(folder, path, keys, shared, linked):
            damaged.append(path)
    return damaged


def _link_from(shared: Path | None, name: str, folder: Path) -> bool:
    """Put the store's ``name`` into ``folder`` (a hard link where the disk allows)."""
    if shared is None or shared == folder or not (shared / name).is_file():
        return False
    keep_file(shared / name, folder / name)
    return True


def _seal_one(folder: Path, path: Path, keys: Keys, shared: Path | None) -> None:
    target = folder / sealed_files.sealed_name(keys, path.name)
    if target.exists() or _link_from(shared, target.name, folder):
        path.unlink()  # sealed before a kill, or the store's sealed copy linked
        sync_folder(folder)
        return
    digest = _write(path, folder, target, keys, seal=True)
    if digest != path.name:
        log.warning("Sealed %s, whose bytes no longer match its name (damaged)", path.name)
    path.unlink()
    sync_folder(folder)


def _unseal_one(
    folder: Path, path: Path, keys: Keys, shared: Path | None, linked: dict[str, str]
) -> bool:
    plain = linked.get(path.name)
    if plain is not None and ((folder / plain).exists() or _link_from(shared, plain, folder)):
        path.unlink()
        sync_folder(folder)
        return True
    partial = partial_path(folder / secrets.token_hex(8))
    try:
        digest = _write(path, folder, partial, keys, seal=False, rename=False)
        if sealed_files.sealed_name(keys, digest) != path.name:
            raise SealBrokenError("the name does not match")
        target = folder / digest
        if not target.exists():
            os.replace(partial, target)
    except SealBrokenError:
        log.warning("Left %s sealed: it cannot be unsealed (damaged)", path.name)
        return False
    finally:
        partial.unlink(missing_ok=True)
    sync_folder(folder)
    path.unlink()
    sync_folder(folder)
    return True


def _write(
    source: Path,
    folder: Path,
    target: Path,
    keys: Keys,
    *,
    seal: bool,
    rename: bool = True,
) -> str:
    """Stream ``source`` sealed (or unsealed) into a temporary, flush it, and rename it
    to ``target`` (``rename``; else ``target`` is the temporary itself). Returns the
    SHA-256 of the plain bytes."""
    partial = partial_path(folder / secrets.token_hex(8)) if rename else target
    digest = hashlib.sha256()
    flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0)
    try:
        with (
            sealed_files.open_plain(source, not seal, keys) as reader,
            os.fdopen(os.open(partial, flags, FILE_MODE), "wb") as writer,
        ):
            sealer = sealed_files.Sealer(keys, writer.write) if seal else None
            while chunk := reader.read(sealed_files.CHUNK):
                digest.update(chunk)
                if sealer is not None:
                    sealer.add(chunk)
                else:
                    writer.write(chunk)
            if sealer is not None:
                sealer.close()
            writer.flush()
            os.fsync(writer.fileno())
        if rename:
            os.replace(partial, target)
            sync_folder(folder)
    finally:
        if rename:
            partial.unlink(missing_ok=True)
    return digest.hexdigest()
