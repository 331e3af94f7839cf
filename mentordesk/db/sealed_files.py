"""Attached files sealed at rest: a chunked stream cipher from the standard library.

With encryption on, every attached file (in ``attachments/`` and beside the backups)
is stored sealed with keys derived from the folder's data key (``cipher.derived_key``),
as the typing journal seals its records: a SHAKE-256 keystream XORed with the bytes
(``db/keystream``, the journal's own) and an HMAC-SHA256 tag (no ``cryptography``: the
frozen build's size). A file is streamed in chunks, never read whole:

    header   b"MDAF" 0x01 nonce(16)                        a fresh random nonce per file
    chunk    length(4, big-endian) ciphertext(length) tag(32), repeated
             keystream = SHAKE-256(stream key ‖ nonce ‖ index)
             tag       = HMAC(mac key, nonce ‖ index ‖ final ‖ length ‖ ciphertext)

Every chunk is authenticated with its index (two chunks swapped do not verify), the
file's nonce (a chunk from another file does not) and whether it is the last one (a
file cut at a chunk's end does not: its last chunk says "more follows"). An empty
file is one empty final chunk.

The stored name is ``HMAC(name key, sha256)`` in hex, so a known file cannot be
confirmed from a name, and the same file attached twice is still stored once. A plain
file keeps its SHA-256 as its name; ``locate`` finds a file under either name, so a
folder half-way through being converted (``db/encryption.finish``) still resolves.
Qt-free, and below ``services/`` so the backups (``db/backup``) use it too.
"""

from __future__ import annotations

import contextlib
import hashlib
import hmac
import secrets
import struct
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import BinaryIO, NamedTuple

from mentordesk.db import cipher
from mentordesk.db.keystream import keystream_xor

MAGIC = b"MDAF\x01"
NONCE = 16
TAG = 32
CHUNK = 1024 * 1024
HEADER = len(MAGIC) + NONCE
_LENGTH = struct.Struct(">I")
_INDEX = struct.Struct(">QB")
PURPOSES = (b"keystream", b"tag", b"name")  # of the three keys, in ``Keys``' order


class SealBrokenError(Exception):
    """A sealed file whose bytes are not the ones sealed (changed, cut short, reordered)."""


class Keys(NamedTuple):
    stream: bytes
    mac: bytes
    name: bytes


def keys_for(data_key: bytes) -> Keys:
    """The attachment keys of a data key."""

    return Keys(*(cipher.derive(data_key, b"attachments: " + purpose) for purpose in PURPOSES))


def current() -> Keys | None:
    """The keys of the unlocked folder, or None (files are stored plain)."""
    data_key = cipher.active_key()
    return None if data_key is None else keys_for(data_key)


def sealed_name(keys: Keys, sha256: str) -> str:
    """The name of the sealed file whose plain bytes have this SHA-256."""
    return hmac.new(keys.name, sha256.encode("ascii"), hashlib.sha256).hexdigest()


def locate(folder: Path, sha256: str, keys: Keys | None) -> tuple[Path, bool] | None:
    """The file with this SHA-256 in ``folder`` and whether it is sealed (its sealed name
    is looked for first), or None when neither name is there."""
    if keys is not None:
        path = folder / sealed_name(keys, sha256)
        if path.is_file():
            return path, True
    path = folder / sha256
    if path.is_file():
        return path, False
    return None


def _xor(data: bytes, key: bytes, nonce: bytes, index: int) -> bytes:
    return keystream_xor(data, key, nonce + index.to_bytes(8, "big"))


def _tag(keys: Keys, nonce: bytes, index: int, final: bool, body: bytes) -> bytes:
    mac = hmac.new(keys.mac, nonce, hashlib.sha256)
    mac.update(_INDEX.pack(index, int(final)))
    mac.update(_LENGTH.pack(len(body)))
    mac.update(body)
    return mac.digest()


class Sealer:
    """Writes a sealed file through ``write``: ``add`` plain bytes (at most CHUNK at a
    time), then ``close`` (the last chunk is held back until then, to mark it final)."""

    def __init__(self, keys: Keys, write: Callable[[bytes], object]) -> None:
        self.keys = keys
        self.write = write
        self.nonce = secrets.token_bytes(NONCE)
        self.index = 0
        self.pending: bytes | None = None
        write(MAGIC + self.nonce)

    def _emit(self, data: bytes, final: bool) -> None:
        body = _xor(data, self.keys.stream, self.nonce, self.index)
        tag = _tag(self.keys, self.nonce, self.index, final, body)
        self.write(_LENGTH.pack(len(body)) + body + tag)
        self.index += 1

    def add(self, data: bytes) -> None:
        if len(data) > CHUNK:
            raise ValueError("a chunk is at most CHUNK bytes")
        if not data:
            return
        if self.pending is not None:
            self._emit(self.pending, False)
        self.pending = data

    def close(self) -> None:
        self._emit(self.pending or b"", True)
        self.pending = None


class Unsealer:
    """Reads the plain bytes of a sealed file (``read(n)`` like a file); raises
    SealBrokenError at the first chunk that does not verify, or at an end that is not the
    sealed one. OSError from ``source`` passes through."""

    def __init__(self, source: BinaryIO, keys: Keys) -> None:
        self.source = source
        self.keys = keys
        self.index = 0
        self.buffer = b""
        self.done = False
        head = self._exactly(HEADER)
        if len(head) != HEADER or not head.startswith(MAGIC):
            raise SealBrokenError("not a sealed file")
        self.nonce = head[len(MAGIC) :]
        self.lookahead = self._exactly(_LENGTH.size)

    def _exactly(self, size: int) -> bytes:
        parts: list[bytes] = []
        left = size
        while left > 0:
            part = self.source.read(left)
            if not part:
                break
            parts.append(part)
            left -= len(part)
        return b"".join(parts)

    def _next_chunk(self) -> bytes:
        if len(self.lookahead) != _LENGTH.size:
            raise SealBrokenError("cut short")
        (length,) = _LENGTH.unpack(self.lookahead)
        if length > CHUNK:
            raise SealBrokenError("a chunk too long")
        record = self._exactly(length + TAG)
        if len(record) != length + TAG:
            raise SealBrokenError("cut short")
        body, tag = record[:length], record[length:]
        self.lookahead = self._exactly(_LENGTH.size)
        final = not self.lookahead
        if not hmac.compare_digest(tag, _tag(self.keys, self.nonce, self.index, final, body)):
            raise SealBrokenError(f"chunk {self.index} does not verify")
        plain = _xor(body, self.keys.stream, self.nonce, self.index)
        self.index += 1
        self.done = final
        return plain

    def read(self, size: int = -1) -> bytes:
        while not self.done and (size < 0 or len(self.buffer) < size):
            self.buffer += self._next_chunk()
        if size < 0:
            size = len(self.buffer)
        data, self.buffer = self.buffer[:size], self.buffer[size:]
        return data


def first_chunk_verifies(path: Path, keys: Keys) -> bool:
    """Whether ``path`` is a file sealed with ``keys`` (its header and first chunk verify);
    a plain file never passes, even one that starts with the magic bytes."""
    try:
        with open(path, "rb") as file:
            Unsealer(file, keys)._next_chunk()
    except (OSError, SealBrokenError):
        return False
    return True


@contextlib.contextmanager
def open_plain(path: Path, sealed: bool, keys: Keys | None) -> Iterator[BinaryIO | Unsealer]:
    """The plain bytes of a stored file, as a reader with ``read(n)`` (OSError, SealBrokenError,
    or LockedError for a sealed file while no folder is unlocked)."""
    if sealed and keys is None:
        raise cipher.LockedError(path)
    with open(path, "rb") as file:
        yield Unsealer(file, keys) if sealed and keys is not None else file
