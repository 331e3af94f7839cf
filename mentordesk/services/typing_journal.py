"""The typing journal: every edit of an autosaved text, on disk before the next keystroke.

One file per open editor (``journal/<kind>-<record id>-<token>.journal`` in the data
folder, 0600), appended with ``os.write`` on every edit (``journal_writer``), so what
was typed is in the operating system's buffers the moment it was typed and survives
the death of the process; a background thread ``fsync``s it about once a second (a
power cut costs at most that). The next start replays it (``typing_recovery``); the
file is removed as soon as the autosave has stored its newest text.

A file is a run of records, each checked by its length and CRC, so a torn last record
(a kill in the middle of a write) or damage only loses what follows it::

    MDJ1 <K|T|D> <seq> <payload length> <crc32 hex>\\n<JSON payload>\\n

- ``T``: the whole texts (``{"texts": {field: text}}``), as the editor's
  ``toPlainText`` gives them: where the file starts, and after each autosave.
- ``D``: one edit of one field as the editor's document reported it
  (``{"f": field, "p": position, "r": removed, "a": added}``, positions in UTF-16
  units of the document, which ends in one paragraph separator): the cost of a
  keystroke does not grow with the length of the notes.
- ``K``: the hash of a text the database may hold (where the journal began, texts
  handed to the autosave), so replay can tell "the database holds a text this journal
  knows: mine is newer" from "the database was changed since by someone else".

``seq`` is the saver's revision the record belongs to.

In an encrypted data folder (``db/cipher``: a data key is active) each record is
sealed instead (``MDJS``, the same header): the payload is ``nonce ‖ ciphertext ‖
tag``, the ciphertext the JSON XOR a SHAKE-256 keystream of (journal key, nonce)
(``db/keystream``), the
tag an HMAC-SHA256 of (kind, seq, nonce, ciphertext) under a second key; both keys
come from the data key (``cipher.derived_key``). A record whose tag does not match is
read as the end of the file, as a torn one is. Stdlib only: the keystroke path gains
a few microseconds, the frozen build no cryptography library.
"""

from __future__ import annotations

import hashlib
import hmac
import json
import logging
import re
import secrets
import zlib
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from mentordesk.db.keystream import keystream_xor

log = logging.getLogger(__name__)

MAGIC = b"MDJ1"
SEALED = b"MDJS"
_NONCE, _TAG = 16, 16
NONCE_BYTES = _NONCE  # what a ``seal`` nonce must be
KNOWN, TEXT, EDIT = "K", "T", "D"
SUFFIX = ".journal"
END = "\u2029"  # a document's last paragraph separator (QTextDocument has one)
_NAME = re.compile(r"^(?P<kind>[a-z]+)-(?P<id>[0-9A-Za-z_-]+?)-(?P<token>[0-9a-f]{12})\.journal$")
_HEADER_MAX = 80
_PLAIN = (("\u2029", "\n"), ("\u2028", "\n"), ("\ufdd0", "\n"), ("\ufdd1", "\n"), ("\xa0", " "))


def text_hash(texts: Mapping[str, str]) -> str:
    """The hash a ``K`` record keeps (of the texts, field by field)."""
    data = json.dumps(dict(texts), sort_keys=True, ensure_ascii=False)
    return hashlib.sha256(data.encode("utf-8", "surrogatepass")).hexdigest()


def encode(kind: str, seq: int, data: Mapping[str, Any]) -> bytes:
    payload = json.dumps(data, ensure_ascii=False, separators=(",", ":")).encode(
        "utf-8", "surrogatepass"
    )
    keys = _keys()
    magic = MAGIC
    if keys is not None:
        magic, payload = SEALED, seal(keys, kind.encode(), seq, payload)
    header = b"%s %s %d %d %08x\n" % (magic, kind.encode(), seq, len(payload), zlib.crc32(payload))
    return header + payload + b"\n"


_derived: tuple[bytes, tuple[bytes, bytes]] | None = None


def _keys() -> tuple[bytes, bytes] | None:
    """(keystream key, MAC key) for the journal of the unlocked folder, or None (plain)."""
    global _derived
    from mentordesk.db import cipher

    data_key = cipher.active_key()
    if data_key is None:
        return None
    if _derived is None or _derived[0] != data_key:
        stream = cipher.derived_key(b"typing journal: keystream")
        mac = cipher.derived_key(b"typing journal: tag")
        assert stream is not None and mac is not None
        _derived = (data_key, (stream, mac))
    return _derived[1]


def _tag(mac_key: bytes, kind: bytes, seq: int, body: bytes) -> bytes:
    return hmac.new(mac_key, b"%s %d " % (kind, seq) + body, hashlib.sha256).digest()[:_TAG]


def seal(
    keys: tuple[bytes, bytes], kind: bytes, seq: int, payload: bytes, nonce: bytes | None = None
) -> bytes:
    """``nonce ‖ payload XOR keystream ‖ tag``, the tag over (kind, seq, nonce, ciphertext).

    Also seals sync batches (``services/sync_folder``), which give a ``nonce`` made from
    their contents so the same batch always has the same bytes; the journal's is random."""
    if nonce is None:
        nonce = secrets.token_bytes(_NONCE)
    assert len(nonce) == _NONCE
    body = nonce + keystream_xor(payload, keys[0], nonce)
    return body + _tag(keys[1], kind, seq, body)


def unseal(keys: tuple[bytes, bytes] | None, kind: bytes, seq: int, sealed: bytes) -> bytes | None:
    """What ``seal`` sealed, or None when the tag does not match (another key, damage)."""
    if keys is None or len(sealed) < _NONCE + _TAG:
        return None
    body, tag = sealed[:-_TAG], sealed[-_TAG:]
    if not hmac.compare_digest(tag, _tag(keys[1], kind, seq, body)):
        return None
    return keystream_xor(body[_NONCE:], keys[0], body[:_NONCE])


def utf16(text: str) -> bytes:
    return text.encode("utf-16-le", "surrogatepass")


def plain(raw: bytes | bytearray) -> str:
    """A document's raw UTF-16 (with its last separator) as ``toPlainText`` gives it."""
    text = bytes(raw).decode("utf-16-le", "surrogatepass")[:-1]
    for character, replacement in _PLAIN:
        text = text.replace(character, replacement)
    return text


@dataclass(frozen=True)
class Record:
    kind: str  # KNOWN, TEXT or EDIT
    seq: int
    data: dict[str, Any]


def decode(blob: bytes) -> tuple[list[Record], bool]:
    """The whole records of a journal, and whether anything after them was unreadable
    (a torn last write, or damage: everything from the first bad byte is ignored)."""
    records: list[Record] = []
    keys = _keys()
    at = 0
    while at < len(blob):
        end = blob.find(b"\n", at, at + _HEADER_MAX)
        if end < 0:
            return records, True
        try:
            magic, kind, seq, length, crc = blob[at:end].split(b" ")
            size, wanted, number = int(length), int(crc, 16), int(seq)
        except ValueError:
            return records, True
        payload = blob[end + 1 : end + 1 + size]
        if (
            magic not in (MAGIC, SEALED)
            or kind not in (b"K", b"T", b"D")
            or len(payload) != size
            or blob[end + 1 + size : end + 2 + size] != b"\n"
            or zlib.crc32(payload) != wanted
        ):
            return records, True
        if magic == SEALED:
            opened = unseal(keys, kind, number, payload)
            if opened is None:  # another key, or none: unreadable from here, as damage is
                return records, True
            payload = opened
        try:
            data = json.loads(payload.decode("utf-8", "surrogatepass"))
        except ValueError:
            return records, True
        if not isinstance(data, dict):
            return records, True
        records.append(Record(kind.decode(), number, data))
        at = end + 2 + size
    return records, False


@dataclass(frozen=True)
class Replayed:
    """A journal's records played in order: the newest texts, every text the database
    may hold while the journal is newer, and the newest revision."""

    texts: dict[str, str] | None
    known: frozenset[str]
    seq: int


def play(records: list[Record] | tuple[Record, ...]) -> Replayed:
    """Rebuild the texts (an edit before any ``T``, or one that does not fit, ends it)."""
    documents: dict[str, bytearray] = {}
    known: set[str] = set()
    seq = 0

    def state() -> dict[str, str]:
        return {name: plain(raw) for name, raw in documents.items()}

    for record in records:
        data = record.data
        if record.kind == KNOWN:
            known.add(str(data.get("hash")))
            continue
        try:
            if record.kind == TEXT:
                texts = data["texts"]
                documents = {str(k): bytearray(utf16(str(v) + END)) for k, v in texts.items()}
            else:
                raw = documents[str(data["f"])]
                position, removed = int(data["p"]), int(data["r"])
                if position < 0 or removed < 0 or 2 * (position + removed) > len(raw):
                    log.info("A typing journal's edit does not fit its text: ignored from there")
                    break
                raw[2 * position : 2 * (position + removed)] = utf16(str(data["a"]))
        except (KeyError, TypeError, ValueError, UnicodeError):
            log.info("A typing journal holds a record it cannot use: ignored from there")
            break
        known.add(text_hash(state()))
        seq = max(seq, record.seq)
    return Replayed(state() if documents else None, frozenset(known), seq)


@dataclass(frozen=True)
class JournalFile:
    """One journal found in the folder, read."""

    path: Path
    kind: str
    record_id: str
    records: tuple[Record, ...]
    torn: bool  # something after the last whole record could not be read

    def play(self) -> Replayed:
        return play(self.records)


def journal_files(folder: Path) -> list[JournalFile]:
    """Every journal in ``folder``, oldest first; unreadable files are logged and skipped."""
    found: list[tuple[float, JournalFile]] = []
    try:
        entries = list(folder.iterdir())
    except FileNotFoundError:
        return []
    except OSError as error:
        log.warning("Cannot read the typing journal folder %s: %s", folder, error)
        return []
    for path in entries:
        match = _NAME.match(path.name)
        if match is None:
            continue
        try:
            blob = path.read_bytes()
            modified = path.stat().st_mtime
        except OSError as error:
            log.warning("Cannot read the typing journal %s: %s", path.name, error)
            continue
        records, torn = decode(blob)
        if torn:
            log.info("Typing journal %s ends in a partial record (ignored)", path.name)
        journal = JournalFile(path, match["kind"], match["id"], tuple(records), torn)
        found.append((modified, journal))
    return [journal for _, journal in sorted(found, key=lambda pair: pair[0])]
