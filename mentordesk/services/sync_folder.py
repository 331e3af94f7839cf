"""The sync folder: batches of changes as files in a folder the person already syncs.

Qt-free and database-free. Layout (docs/ARCHITECTURE.md "Sync through a folder"):

    <folder>/MentorDesk/v1/<device>/<device>-<seq:012d>-<sha256[:16]>.mdsync

- Each laptop writes only into its own ``<device>`` folder, each batch through a
  temporary name (``.<name>.<pid>.partial``), flushed to the disk, then renamed.
- A reader takes only names of exactly this shape inside the folder of the device
  they name: sync clients' temporary files and "conflicted copies" are ignored.
- A file whose bytes do not hash to its name is not ready (a copy still arriving,
  or cut short): it is read again next round, never applied.
- A file that is not there is never a deletion: deletions travel only as changes.
- A cloud placeholder (iCloud Drive's dataless file, OneDrive's "online-only" file) is
  never read by a round: reading it waits for the download. It is asked for in the
  background (``Cloud.download``) and read in a later round, once it is a real file.

With encryption on (``services/sync_key``) a batch is *sealed*: one header line
``MDSS <format> <version> <schema> <device> <seq>`` then the canonical JSON sealed
as the typing journal seals a record (``typing_journal.seal``: SHAKE-256 keystream,
HMAC-SHA256 tag over the header and the ciphertext). The nonce is made from the
contents, so the same batch always has the same bytes (and name).
"""

from __future__ import annotations

import hashlib
import hmac
import json
import logging
import re
import sys
import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from mentordesk.db.files import write_bytes_file
from mentordesk.services.typing_journal import NONCE_BYTES, seal, unseal

ROOT = "MentorDesk"
VERSION_FOLDER = "v1"
FORMAT = "mentordesk-sync"
FORMAT_VERSION = 1
SUFFIX = ".mdsync"
SEALED = b"MDSS "
NAME = re.compile(
    r"^(?P<device>[a-z0-9][a-z0-9-]{0,60})-(?P<seq>\d{12})-(?P<hash>[0-9a-f]{16})\.mdsync$"
)


log = logging.getLogger(__name__)

# macOS (since 12.3 iCloud Drive evicts files in place): st_flags' SF_DATALESS.
SF_DATALESS = 0x40000000
# Windows cloud files (OneDrive, iCloud for Windows): st_file_attributes.
FILE_ATTRIBUTE_OFFLINE = 0x1000
FILE_ATTRIBUTE_RECALL_ON_OPEN = 0x40000
FILE_ATTRIBUTE_RECALL_ON_DATA_ACCESS = 0x400000
CLOUD_ATTRIBUTES = (
    FILE_ATTRIBUTE_OFFLINE | FILE_ATTRIBUTE_RECALL_ON_OPEN | FILE_ATTRIBUTE_RECALL_ON_DATA_ACCESS
)


@dataclass(frozen=True)
class BatchKeys:
    """The keys of an encrypted sync folder (``services/sync_key``)."""

    stream: bytes
    tag: bytes
    nonce: bytes


class NotSealedError(ValueError):
    """A plain batch in a folder whose batches are encrypted; ``laptop`` its writer's name."""

    def __init__(self, message: str, laptop: str = "") -> None:
        super().__init__(message)
        self.laptop = laptop


class FolderPausedError(Exception):
    """The sync folder cannot be used now; nothing was read or written. The message
    says why in the person's words."""


def device_token(device_id: str) -> str:
    """The folder and file prefix of a laptop: a part of its id, made once with the data
    folder. Never its name: renaming a laptop must not move its batches to a new folder
    (the others would wait for its batch 1 there); the name travels inside each batch."""
    return device_id[:16].lower()


def digest(body: bytes) -> str:
    return hashlib.sha256(body).hexdigest()[:16]


def batch_name(device: str, seq: int, body: bytes) -> str:
    return f"{device}-{seq:012d}-{digest(body)}{SUFFIX}"


def encode(document: dict[str, Any]) -> bytes:
    """One canonical byte form: the same changes always give the same file name."""
    return json.dumps(document, ensure_ascii=False, sort_keys=True, separators=(",", ":")).encode(
        "utf-8"
    )


def _header(document: dict[str, Any]) -> bytes:
    fields = (
        FORMAT,
        FORMAT_VERSION,
        document.get("schema"),
        document.get("device"),
        document.get("seq"),
    )
    return " ".join(str(f) for f in fields).encode("utf-8")


def pack(document: dict[str, Any], keys: BatchKeys | None) -> bytes:
    """The file's bytes: the canonical JSON, sealed when ``keys`` are given."""
    body = encode(document)
    if keys is None:
        return body
    header = _header(document)
    return SEALED + header + b"\n" + seal_with(keys, header, int(document["seq"]), body)


def seal_with(keys: BatchKeys, header: bytes, number: int, body: bytes) -> bytes:
    """``body`` sealed under ``header`` and ``number`` (a batch's, or a snapshot's): the
    nonce is made from the contents, so the same file always has the same bytes."""
    nonce = hmac.new(keys.nonce, header + b"\n" + body, hashlib.sha256).digest()[:NONCE_BYTES]
    return seal((keys.stream, keys.tag), header, number, body, nonce)


def is_sealed(body: bytes) -> bool:
    return body.startswith(SEALED)


def versions_folder(folder: Path) -> Path:
    return folder / ROOT / VERSION_FOLDER


def check(folder: Path, *, used_before: bool) -> None:
    """Raise ``FolderPausedError`` when the folder is missing, or empty although this laptop
    has used it before (a drive not mounted, a sync client that emptied it): syncing
    then would only confuse, so sync waits and says so."""
    if not folder.is_dir():
        raise FolderPausedError(
            f"The sync folder {folder} is not there (a drive not connected, or a sync "
            "service not running?). Sync is paused; nothing was changed."
        )
    if used_before and not versions_folder(folder).is_dir():
        raise FolderPausedError(
            f"The sync folder {folder} no longer holds MentorDesk's files, though this "
            "laptop has synced through it. Sync is paused; nothing was changed. If you "
            "moved the folder, choose its new place."
        )


def write_batch(folder: Path, device: str, seq: int, body: bytes) -> Path:
    """Write one batch whole (temporary name, flushed, renamed); returns its path.
    Writing the same batch again (a crash before the database said it was sent) gives
    the same name and the same bytes."""
    own = versions_folder(folder) / device
    own.mkdir(parents=True, exist_ok=True)
    path = own / batch_name(device, seq, body)
    write_bytes_file(path, body)
    return path


def clean_partials(folder: Path, device: str) -> int:
    """Remove the temporary files a write cut short (a kill, a power cut) left in this
    laptop's own folder: only this laptop writes there. Returns how many."""
    own = versions_folder(folder) / device
    if not own.is_dir():
        return 0
    removed = 0
    for path in own.glob(".*.partial"):
        path.unlink(missing_ok=True)
        removed += 1
    return removed


def own_batches(folder: Path, device: str) -> dict[int, str]:
    """This laptop's batches already in the folder: number -> hash."""
    return {seq: hash_ for seq, (_path, hash_) in _own_files(folder, device).items()}


def own_batch_paths(folder: Path, device: str) -> dict[int, Path]:
    """This laptop's batch files in the folder: number -> path."""
    return {seq: path for seq, (path, _hash) in _own_files(folder, device).items()}


def _own_files(folder: Path, device: str) -> dict[int, tuple[Path, str]]:
    own = versions_folder(folder) / device
    if not own.is_dir():
        return {}
    found = {}
    for path in own.iterdir():
        match = NAME.match(path.name)
        if match is not None and match["device"] == device:
            found[int(match["seq"])] = (path, match["hash"])
    return found


def plain_batches(folder: Path, device: str) -> dict[int, Path]:
    """This laptop's batches in the folder that are not sealed (sent before encryption
    was turned on): number -> path."""
    found = {}
    for seq, path in own_batch_paths(folder, device).items():
        try:
            with open(path, "rb") as file:
                head = file.read(len(SEALED))
        except OSError:
            continue
        if not is_sealed(head):
            found[seq] = path
    return found


@dataclass(frozen=True)
class Found:
    """A batch file that has the right name in the right folder."""

    device: str
    seq: int
    hash: str
    path: Path


@dataclass
class Listing:
    """What the folder holds: each device's batches by number, and how many names were
    left alone (temporary files, conflicted copies, anything else)."""

    devices: dict[str, dict[int, list[Found]]] = field(default_factory=dict)
    ignored: int = 0


def scan(folder: Path, *, own: str) -> Listing:
    """Every other laptop's batches in ``folder`` (this laptop's ``own`` left out)."""
    listing = Listing()
    root = versions_folder(folder)
    if not root.is_dir():
        return listing
    for device_dir in sorted(root.iterdir()):
        if not device_dir.is_dir() or device_dir.name == own or device_dir.name.startswith("."):
            continue
        for path in device_dir.iterdir():
            match = NAME.match(path.name)
            if match is None or match["device"] != device_dir.name or not path.is_file():
                listing.ignored += 1
                continue
            found = Found(match["device"], int(match["seq"]), match["hash"], path)
            listing.devices.setdefault(found.device, {}).setdefault(found.seq, []).append(found)
    return listing


def read_batch(found: Found, keys: BatchKeys | None = None) -> dict[str, Any] | None:
    """The batch's document, or None when its bytes are not (yet) the ones its name
    promises: read again next round. Raises ValueError for a file that hashes right
    but is not a batch, or does not open with ``keys`` (never applied), and
    NotSealedError for a plain batch while ``keys`` are given (an encrypted folder)."""
    try:
        body = found.path.read_bytes()
    except OSError:
        return None  # gone or not readable now: never a deletion, try again later
    if digest(body) != found.hash:
        return None
    if is_sealed(body):
        header, _, sealed = body[len(SEALED) :].partition(b"\n")
        if keys is None:
            raise ValueError(
                f"{found.path.name} is encrypted, and this data folder is not: it is never "
                "applied here"
            )
        fields = header.decode("utf-8").split(" ")
        if len(fields) != 5 or fields[3] != found.device or fields[4] != str(found.seq):
            raise ValueError(f"{found.path.name} says it is another batch than its name")
        opened = unseal((keys.stream, keys.tag), header, found.seq, sealed)
        if opened is None:
            raise ValueError(
                f"{found.path.name} does not open with this sync folder's key (damaged, or "
                "sealed with another passphrase); it is never applied"
            )
        document = json.loads(opened.decode("utf-8"))
        if not isinstance(document, dict) or _header(document) != header:
            raise ValueError(f"{found.path.name} says it is another batch than its name")
    else:
        document = json.loads(body.decode("utf-8"))
    if not isinstance(document, dict) or document.get("format") != FORMAT:
        raise ValueError(f"{found.path.name} is not a MentorDesk sync batch")
    if document.get("device") != found.device or document.get("seq") != found.seq:
        raise ValueError(f"{found.path.name} says it is another batch than its name")
    if keys is not None and not is_sealed(body):
        sender = document.get("device_name") or found.device
        raise NotSealedError(f"batch {found.seq} from “{sender}” is not encrypted", str(sender))
    return document


def placeholder_status(status: object) -> bool:
    """Whether ``status`` (a ``stat``, which never downloads) is a cloud placeholder's.
    Linux knows none: a sync client there writes the file whole or not at all, and a
    file that is not whole yet fails its name's hash ("still arriving")."""
    if int(getattr(status, "st_flags", 0) or 0) & SF_DATALESS:
        return True
    return bool(int(getattr(status, "st_file_attributes", 0) or 0) & CLOUD_ATTRIBUTES)


def is_placeholder(path: Path) -> bool:
    """Whether the file at ``path`` is a cloud placeholder, told without reading it."""
    if sys.platform == "win32":
        # The directory entry's attributes, without opening the file: opening one
        # that is RECALL_ON_OPEN would start the download right here.
        import ctypes

        attributes_of = ctypes.windll.kernel32.GetFileAttributesW
        attributes_of.argtypes = [ctypes.c_wchar_p]
        attributes_of.restype = ctypes.c_uint32  # a DWORD: ctypes' default int reads -1
        attributes = int(attributes_of(str(path)))
        return attributes != 0xFFFFFFFF and bool(attributes & CLOUD_ATTRIBUTES)  # not there
    try:
        return placeholder_status(path.stat())
    except OSError:
        return False


_downloading: set[Path] = set()
_downloading_lock = threading.Lock()


def _read_through(path: Path) -> None:
    try:
        with path.open("rb") as handle:  # reading is what makes the cloud fetch it
            while handle.read(1 << 20):
                pass
    except OSError as error:
        log.info("A cloud file could not be fetched: %s", type(error).__name__)
    finally:
        with _downloading_lock:
            _downloading.discard(path)


def request_download(path: Path) -> bool:
    """Ask the cloud for the file behind a placeholder, in a thread of its own (reading
    it blocks until it is downloaded); the round goes on and a later one reads it.
    False when it is being fetched already."""
    with _downloading_lock:
        if path in _downloading:
            return False
        _downloading.add(path)
    threading.Thread(
        target=_read_through, args=(path,), name="mentordesk-cloud-fetch", daemon=True
    ).start()
    return True


def downloads_running() -> int:
    """How many placeholders are being fetched now (the command line waits for them)."""
    with _downloading_lock:
        return len(_downloading)


@dataclass(frozen=True)
class Cloud:
    """How a round tells a cloud placeholder and asks for its download: the real file
    flags by default; the simulation passes its own (a folder that shows placeholders)."""

    is_placeholder: Callable[[Path], bool] = is_placeholder
    download: Callable[[Path], object] = request_download


CLOUD = Cloud()
