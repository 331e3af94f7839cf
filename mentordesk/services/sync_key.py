"""The key of an encrypted sync folder: batches sealed with a key from the passphrase.

Each laptop's database has its own random data key, so batches cannot be sealed with
it. The *sync key* is ``scrypt(passphrase, salt)`` with a random salt kept in the sync
folder, ``MentorDesk/v1/sync-key.json`` (version, salt, scrypt's cost, and a check: an
HMAC of a fixed text under the key, so a laptop whose passphrase differs is told so
instead of reading garbage). The first encrypted laptop writes it once (a temporary
file, fsync, then a hard link that fails if the name is taken: two laptops racing,
the one that loses adopts the file that won).

Each laptop keeps the sync key in its data folder (``mentordesk.sync-key``) wrapped by
its own data key (a pad and a MAC key from ``cipher.derived_key``), so rounds need no
passphrase; it is made at the first round after sync or encryption is set up, from
the passphrase the command line read or the window was unlocked with (``offer``).
Changing a laptop's passphrase keeps the sync key: a new laptop joins with the
passphrase the sync folder was set up with (README "Two laptops (sync)").

Qt-free. The words are the person's; the command line prints them, the window shows
them in the status bar and on the Sync page.
"""

from __future__ import annotations

import base64
import contextlib
import hashlib
import hmac
import json
import os
import secrets
import time
from dataclasses import dataclass
from pathlib import Path

from mentordesk.config import Paths
from mentordesk.db import cipher, key_file
from mentordesk.db.files import sync_folder as flush_folder
from mentordesk.db.files import write_text_file
from mentordesk.db.key_file import SCRYPT_N, SCRYPT_P, SCRYPT_R
from mentordesk.services.sync_folder import BatchKeys, FolderPausedError, versions_folder

FOLDER_FILE = "sync-key.json"
LOCAL_FILE = "mentordesk.sync-key"
FORMAT = "mentordesk-sync-key"
VERSION = 1
_CHECK = b"mentordesk sync: the passphrase is right"

MIXED, PASSPHRASE, NEEDED = "mixed", "passphrase", "needed"


class SyncRefusedError(Exception):
    """No round can run with this sync folder now; nothing was sent or applied. The
    message says why and what to do; ``reason`` is MIXED, PASSPHRASE or NEEDED."""

    def __init__(self, message: str, reason: str) -> None:
        super().__init__(message)
        self.reason = reason


@dataclass(frozen=True)
class FolderKey:
    """What ``sync-key.json`` says: how to make the key, and how to know it is right."""

    salt: bytes
    n: int
    r: int
    p: int
    check: bytes

    def document(self) -> dict[str, object]:
        return {
            "format": FORMAT,
            "version": VERSION,
            "salt": _b64(self.salt),
            "scrypt": {"n": self.n, "r": self.r, "p": self.p},
            "check": _b64(self.check),
        }


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def _part(root: bytes, purpose: bytes) -> bytes:
    return hmac.new(root, b"mentordesk sync: " + purpose, hashlib.sha256).digest()


def batch_keys(root: bytes) -> BatchKeys:
    return BatchKeys(_part(root, b"keystream"), _part(root, b"tag"), _part(root, b"nonce"))


def _derive(passphrase: str, salt: bytes, n: int, r: int, p: int) -> bytes:
    # key_file's scrypt: the Linux build has no hashlib.scrypt (no _hashlib)
    return key_file.passphrase_key(passphrase, salt, n=n, r=r, p=p)


def _check_of(root: bytes) -> bytes:
    return hmac.new(root, _CHECK, hashlib.sha256).digest()


# -- the file in the sync folder ---------------------------------------------------------
def folder_file(folder: Path) -> Path:
    return versions_folder(folder) / FOLDER_FILE


LEFTOVER_AFTER_S = 600  # a key file's temporary older than this was left by a kill


def clean_leftovers(folder: Path, now: float) -> int:
    """Remove the key file's temporaries a killed laptop left (``.sync-key.json.*.tmp``,
    copied to every laptop by the sync service); one still being written is seconds
    old. ``now`` is the wall clock (``time.time()``). Returns how many."""
    removed = 0
    for path in versions_folder(folder).glob(f".{FOLDER_FILE}.*.tmp"):
        try:
            if now - path.stat().st_mtime > LEFTOVER_AFTER_S:
                path.unlink()
                removed += 1
        except OSError:
            continue  # gone meanwhile, or not ours to remove: left alone
    return removed


def _parse(data: object) -> FolderKey:
    if not isinstance(data, dict) or data.get("format") != FORMAT:
        raise ValueError("not a MentorDesk sync key")
    if data.get("version") != VERSION:
        raise ValueError("a newer MentorDesk wrote it")
    cost = data["scrypt"]
    n, r, p = int(cost["n"]), int(cost["r"]), int(cost["p"])
    if not (1 < n <= 2**20 and 0 < r <= 32 and 0 < p <= 16 and 128 * n * r <= 64 << 20):
        raise ValueError("its scrypt cost is not one MentorDesk uses")
    return FolderKey(
        base64.b64decode(data["salt"], validate=True),
        n,
        r,
        p,
        base64.b64decode(data["check"], validate=True),
    )


def read_folder_key(folder: Path) -> FolderKey | None:
    """The sync folder's key file (None: its batches are not encrypted). Raises
    FolderPausedError for one that cannot be read (still arriving, or damaged)."""
    path = folder_file(folder)
    try:
        text = path.read_bytes().decode("utf-8")
    except FileNotFoundError:
        return None
    except (OSError, UnicodeDecodeError) as error:
        raise _unreadable(path, str(error)) from error
    try:
        return _parse(json.loads(text))
    except (ValueError, KeyError, TypeError) as error:
        raise _unreadable(path, str(error)) from error


def _unreadable(path: Path, detail: str) -> FolderPausedError:
    return FolderPausedError(
        f"The sync folder's key file {path} cannot be read ({detail}); a sync service may "
        "still be copying it. Sync waits; nothing was sent or changed. If it stays so, "
        "put back the copy another laptop has in its sync folder."
    )


def create_folder_key(folder: Path, wanted: FolderKey) -> FolderKey:
    """Write ``wanted`` as the sync folder's key file unless one is there already;
    returns the one that is there afterwards (the one that won a race)."""
    path = folder_file(folder)
    path.parent.mkdir(parents=True, exist_ok=True)
    text = json.dumps(wanted.document(), indent=1, sort_keys=True) + "\n"
    partial = path.with_name(f".{FOLDER_FILE}.{os.getpid()}.{secrets.token_hex(4)}.tmp")
    write_text_file(partial, text, encoding="ascii")
    try:
        try:
            os.link(partial, path)  # fails when the name is taken: never replaces
        except FileExistsError:
            pass
        except OSError:  # no hard links (FAT, some network drives): a rename that never replaces
            if not path.exists():
                with contextlib.suppress(FileExistsError):
                    _rename_new(partial, path)
        flush_folder(path.parent)
    finally:
        partial.unlink(missing_ok=True)
    for _ in range(50):  # without hard links the winner may still be writing it
        try:
            found = read_folder_key(folder)
        except FolderPausedError:
            time.sleep(0.02)
            continue
        assert found is not None
        return found
    found = read_folder_key(folder)  # raises FolderPausedError: sync waits a round
    assert found is not None
    return found


def _rename_new(source: Path, target: Path) -> None:
    if os.name == "nt":
        os.rename(source, target)  # Windows refuses to rename over a file
        return
    flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL
    fd = os.open(target, flags, 0o600)
    with os.fdopen(fd, "wb") as file:
        file.write(source.read_bytes())
        file.flush()
        os.fsync(file.fileno())


# -- the copy kept with this laptop's data ------------------------------------------------
@dataclass(frozen=True)
class _Local:
    key: FolderKey
    root: bytes
    reseal: bool = False  # its batches sealed with a key the folder lost: not all sealed again


def _local_path(paths: Paths) -> Path:
    return paths.data_dir / LOCAL_FILE


def _wrap_keys() -> tuple[bytes, bytes] | None:
    pad = cipher.derived_key(b"sync key: pad")
    tag = cipher.derived_key(b"sync key: tag")
    return None if pad is None or tag is None else (pad, tag)


def _read_local(paths: Paths) -> _Local | None:
    """This laptop's sync key, or None (never made, unreadable, or wrapped by another
    data key: encryption was turned off and on again)."""
    keys = _wrap_keys()
    if keys is None:
        return None
    try:
        data = json.loads(_local_path(paths).read_bytes().decode("ascii"))
        key = _parse(data["key"])
        wrapped = base64.b64decode(data["wrapped"], validate=True)
        mac = base64.b64decode(data["mac"], validate=True)
    except (OSError, ValueError, KeyError, TypeError):
        return None
    if not hmac.compare_digest(
        mac, hmac.new(keys[1], key.check + wrapped, hashlib.sha256).digest()
    ):
        return None
    root = bytes(a ^ b for a, b in zip(wrapped, keys[0], strict=True))
    return _Local(key, root, data.get("reseal") is True)


def _write_local(paths: Paths, key: FolderKey, root: bytes, *, reseal: bool = False) -> None:
    keys = _wrap_keys()
    assert keys is not None
    wrapped = bytes(a ^ b for a, b in zip(root, keys[0], strict=True))
    mac = hmac.new(keys[1], key.check + wrapped, hashlib.sha256).digest()
    document = {
        "key": key.document(),
        "wrapped": _b64(wrapped),
        "mac": _b64(mac),
        "reseal": reseal,
    }
    write_text_file(_local_path(paths), json.dumps(document, sort_keys=True) + "\n", "ascii")


# -- the passphrase the window was unlocked with --------------------------------------------
# data folder -> (secret, whether it is the sync folder's own passphrase as typed for it)
_offered: dict[str, tuple[str, bool]] = {}


def offer(paths: Paths, passphrase: str, *, for_sync_folder: bool = False) -> None:
    """A passphrase (just typed) to make the sync key with at the next round that needs
    it; forgotten once it is made. The window offers the one it was unlocked with or
    encrypted under; ``for_sync_folder``: typed in Preferences ▸ Sync as the passphrase
    the sync folder was set up with (used as it is, even when it is not this laptop's)."""
    _offered[str(paths.data_dir)] = (passphrase, for_sync_folder)


def forget_offer(paths: Paths) -> None:
    _offered.pop(str(paths.data_dir), None)


def _passphrase_offered(paths: Paths) -> str | None:
    """The offered secret, if it was typed for the sync folder or is this laptop's
    passphrase: a folder unlocked with the recovery key must not make every laptop's
    sync key from it."""
    secret, for_sync_folder = _offered.get(str(paths.data_dir), ("", False))
    if not secret or for_sync_folder:
        return secret or None
    found = key_file.read(paths.data_dir)
    if found is None or key_file.unwrap(secret, found.passphrase) is None:
        return None
    return secret


# -- the decision ----------------------------------------------------------------------------
_differs: dict[str, FolderKey] = {}  # data folder -> the sync folder's key it did not open


def _different() -> SyncRefusedError:
    return SyncRefusedError(
        "The other laptop's passphrase is different: the batches in the sync folder are "
        "encrypted with the passphrase the first encrypted laptop had when sync was set "
        "up, and the one given here does not open them. Nothing was sent or applied. "
        "Give that passphrase once (`mentordesk sync --sync-passphrase`, or Edit ▸ "
        "Preferences ▸ Sync); your own passphrase stays as it is.",
        PASSPHRASE,
    )


def keys_for(
    paths: Paths, folder: Path, passphrase: str | None, *, encrypted: bool
) -> tuple[BatchKeys | None, bool]:
    """The keys to seal and open this round's batches with (None: plain batches), and
    whether they replace the key this laptop had (the sync folder's key file is
    another's: two laptops set sync up before the service had copied the first one's
    file; the one whose file lost seals its batches again). Raises SyncRefusedError
    saying why no round can run (nothing was sent or changed)."""
    found = read_folder_key(folder)
    if not encrypted:
        if found is not None:
            raise SyncRefusedError(
                f"The sync folder {folder} holds encrypted batches (your other laptops' data "
                "is encrypted), and this laptop's data folder is not encrypted. Nothing was "
                "sent or changed. Turn encryption on here (File ▸ Encryption…, or "
                "`mentordesk passphrase set`), then sync again with the passphrase the sync "
                "folder was set up with. (To stop encrypting sync, choose a new, empty sync "
                "folder on every laptop instead.)",
                MIXED,
            )
        return None, False
    local = _read_local(paths)
    if local is not None and found is None:
        # A new, empty sync folder (or one that lost its key file): this laptop's key
        # goes there, so the laptops that already have it go on without a passphrase.
        found = create_folder_key(folder, local.key)
    if local is not None and found is not None and local.key == found:
        forget_offer(paths)  # not needed: the passphrase is not kept in memory longer
        return batch_keys(local.root), local.reseal
    secret = passphrase or _passphrase_offered(paths)
    if not secret:
        if found is not None and _differs.get(str(paths.data_dir)) == found:
            raise _different()  # said again each round, without scrypt's cost again
        raise SyncRefusedError(
            "Sync needs this laptop's passphrase once (not the recovery key), to make the "
            "key its batches are encrypted with. Nothing was sent or changed. Type it in "
            "Edit ▸ Preferences ▸ Sync, or give it to `mentordesk sync --sync-passphrase`.",
            NEEDED,
        )
    root = b""
    if found is None:
        salt = secrets.token_bytes(16)
        root = _derive(secret, salt, SCRYPT_N, SCRYPT_R, SCRYPT_P)
        wanted = FolderKey(salt, SCRYPT_N, SCRYPT_R, SCRYPT_P, _check_of(root))
        found = create_folder_key(folder, wanted)
        if found != wanted:  # another laptop's file won: its salt
            root = b""
    if not root:
        root = _derive(secret, found.salt, found.n, found.r, found.p)
    if not hmac.compare_digest(_check_of(root), found.check):
        forget_offer(paths)
        _differs[str(paths.data_dir)] = found
        raise _different()
    _differs.pop(str(paths.data_dir), None)
    # A key of its own before: its batches were sealed with a key the folder lost. Noted
    # until they are all sealed again (``resealed``), so a crash on the way is finished.
    _write_local(paths, found, root, reseal=local is not None)
    forget_offer(paths)
    return batch_keys(root), local is not None


def resealed(paths: Paths) -> None:
    """This laptop's batches are all sealed with the folder's key now (after ``heal``)."""
    local = _read_local(paths)
    if local is not None and local.reseal:
        _write_local(paths, local.key, local.root)
