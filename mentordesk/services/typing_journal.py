"""The typing journal: every edit of an autosaved text, on disk before the next keystroke.

One file per open editor (``journal/<kind>-<record id>-<token>.journal`` in the data
folder, 0600), appended with ``os.write`` on every edit, so what was typed is in the
operating system's buffers the moment it was typed and survives the death of the
process; a background thread ``fsync``s it about once a second (a power cut costs at
most that). The next start replays it (``typing_recovery``); the file is removed as
soon as the autosave has stored its newest text.

Each record is the *whole* text with a sequence number (the saver's revision), never
a difference: replay needs no base to apply to, and a torn last record (a kill in the
middle of a write) only loses itself, the one before it being complete::

    MDJ1 <T|K> <seq> <payload length> <crc32 hex>\\n<payload>\\n

``T`` holds the fields (JSON); ``K`` holds the hash of a text the database may hold
(the text when the journal began, and texts handed to the autosave since), so replay
can tell "the database holds something this journal knows, mine is newer" from "the
database was changed by someone else later" and never overwrites the latter.
A file stays small: when the autosave stores revision r, the file is removed (r is the
newest) or rewritten as those ``K`` records plus the newest ``T``.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import logging
import os
import re
import secrets
import threading
import zlib
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

log = logging.getLogger(__name__)

MAGIC = b"MDJ1"
TEXT, KNOWN = "T", "K"
SYNC_EVERY_S = 1.0
SUFFIX = ".journal"
_NAME = re.compile(r"^(?P<kind>[a-z]+)-(?P<id>[0-9A-Za-z_-]+?)-(?P<token>[0-9a-f]{12})\.journal$")
_HEADER_MAX = 80
Fields = Mapping[str, str | None]


def text_hash(texts: Mapping[str, str]) -> str:
    """The hash a ``K`` record keeps: of the texts only (not of the clock's start)."""
    data = json.dumps(dict(texts), sort_keys=True, ensure_ascii=False).encode("utf-8")
    return hashlib.sha256(data).hexdigest()


def encode(kind: str, seq: int, payload: bytes) -> bytes:
    header = b"%s %s %d %d %08x\n" % (MAGIC, kind.encode(), seq, len(payload), zlib.crc32(payload))
    return header + payload + b"\n"


@dataclass(frozen=True)
class Record:
    kind: str  # TEXT or KNOWN
    seq: int
    data: dict[str, str | None]


def decode(blob: bytes) -> tuple[list[Record], bool]:
    """The whole records of a journal, and whether anything after them was unreadable
    (a torn last write, or damage: everything from the first bad byte is ignored)."""
    records: list[Record] = []
    at = 0
    while at < len(blob):
        end = blob.find(b"\n", at, at + _HEADER_MAX)
        if end < 0:
            return records, True
        parts = blob[at:end].split(b" ")
        try:
            magic, kind, seq, length, crc = parts
            size, wanted = int(length), int(crc, 16)
            number = int(seq)
        except ValueError:
            return records, True
        payload = blob[end + 1 : end + 1 + size]
        if (
            magic != MAGIC
            or kind not in (b"T", b"K")
            or len(payload) != size
            or blob[end + 1 + size : end + 2 + size] != b"\n"
            or zlib.crc32(payload) != wanted
        ):
            return records, True
        try:
            data = json.loads(payload.decode("utf-8"))
        except ValueError:
            return records, True
        if not isinstance(data, dict):
            return records, True
        records.append(Record(kind.decode(), number, data))
        at = end + 2 + size
    return records, False


@dataclass(frozen=True)
class JournalFile:
    """One journal found in the folder, read."""

    path: Path
    kind: str
    record_id: str
    records: tuple[Record, ...]
    torn: bool  # something after the last whole record could not be read

    @property
    def latest(self) -> Record | None:
        texts = [r for r in self.records if r.kind == TEXT]
        return max(texts, key=lambda r: r.seq) if texts else None

    def known_hashes(self) -> set[str]:
        """Hashes of every text the database may hold while this journal is newer."""
        known = {str(r.data.get("hash")) for r in self.records if r.kind == KNOWN}
        for record in self.records:
            if record.kind == TEXT:
                known.add(text_hash(texts_of(record.data)))
        return known


def texts_of(data: Mapping[str, str | None]) -> dict[str, str]:
    """The text fields of a record (the ones hashed), without the clock's start."""
    return {k: v for k, v in data.items() if isinstance(v, str) and k != "started_at"}


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


class Syncer:
    """One background thread that ``fsync``s the journals written since its last round,
    about once a second, so the keystroke never waits for the disk."""

    def __init__(self, every: float = SYNC_EVERY_S) -> None:
        self._every = every
        self._lock = threading.Lock()
        self._dirty: set[TypingJournal] = set()
        self._folders: set[Path] = set()
        self._wake = threading.Event()
        self._thread: threading.Thread | None = None

    def mark(self, journal: TypingJournal, folder_changed: bool = False) -> None:
        with self._lock:
            self._dirty.add(journal)
            if folder_changed:
                self._folders.add(journal.folder)
            if self._thread is None or not self._thread.is_alive():
                self._thread = threading.Thread(target=self._run, name="typingJournalSync")
                self._thread.daemon = True
                self._thread.start()

    def sync_now(self) -> None:
        """Sync everything waiting, in this thread."""
        with self._lock:
            journals, folders = list(self._dirty), list(self._folders)
            self._dirty.clear()
            self._folders.clear()
        for journal in journals:
            journal.sync()
        for folder in folders:
            _sync_folder(folder)

    def _run(self) -> None:
        while True:
            self._wake.wait(self._every)
            self._wake.clear()
            self.sync_now()


SYNCER = Syncer()


def _sync_folder(folder: Path) -> None:
    """Make a file's creation, rename or removal in ``folder`` durable (POSIX only)."""
    if os.name == "nt":
        return
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        with contextlib.suppress(OSError):
            os.fsync(fd)
    finally:
        os.close(fd)


class TypingJournal:
    """The journal of one open editor of one record. Never raises: a journal that cannot
    be written is logged once and the autosave alone keeps the text, as before.

    ``edited(seq, fields)`` after every edit (seq grows), ``handed_over(seq, texts)``
    when the autosave takes that revision, ``stored(seq)`` when it stored it,
    ``close()`` when the editor goes (the file stays if the newest text is not stored).
    """

    def __init__(
        self,
        folder: Path,
        kind: str,
        record_id: str,
        stored_texts: Mapping[str, str],
        syncer: Syncer = SYNCER,
    ) -> None:
        self.folder = folder
        self.path = folder / f"{kind}-{record_id}-{secrets.token_hex(6)}{SUFFIX}"
        self._syncer = syncer
        self._lock = threading.Lock()
        self._fd: int | None = None
        self._base = text_hash(stored_texts)  # what the database holds, as far as we know
        self._handed: dict[int, str] = {}  # revisions handed to the autosave: their hash
        self._last_seq = 0
        self._last: bytes = b""  # the newest TEXT record, encoded
        self._broken = False

    # -- the keystroke path ---------------------------------------------------------
    def edited(self, seq: int, fields: Fields) -> None:
        """Append the whole text at revision ``seq`` (one ``write``; no ``fsync`` here)."""
        if self._broken:
            return
        payload = json.dumps(dict(fields), ensure_ascii=False, separators=(",", ":"))
        record = encode(TEXT, seq, payload.encode("utf-8"))
        self._last_seq, self._last = seq, record
        try:
            if self._fd is None:
                self._start([self._known(0, self._base)])
            assert self._fd is not None
            _write_all(self._fd, record)
        except OSError as error:
            self._give_up(error)
            return
        self._syncer.mark(self)

    def handed_over(self, seq: int, texts: Mapping[str, str]) -> None:
        """The autosave took revision ``seq``: the database may hold these texts soon."""
        self._handed[seq] = text_hash(texts)

    def stored(self, seq: int) -> None:
        """The autosave stored revision ``seq``: remove the file, or keep only what is
        newer than it."""
        base = self._handed.get(seq)
        if base is not None:
            self._base = base
        self._handed = {s: h for s, h in self._handed.items() if s > seq}
        if self._fd is None or self._broken:
            return
        try:
            if seq >= self._last_seq:
                self._remove()
            else:
                self._rewrite()
        except OSError as error:
            self._give_up(error)

    def close(self) -> None:
        """The editor is gone. A file whose newest text was not stored stays for replay."""
        with self._lock:
            if self._fd is not None:
                with contextlib.suppress(OSError):
                    os.fsync(self._fd)
                os.close(self._fd)
                self._fd = None

    @property
    def exists(self) -> bool:
        return self._fd is not None

    # -- the syncer's side ----------------------------------------------------------
    def sync(self) -> None:
        with self._lock:
            if self._fd is None:
                return
            fd = os.dup(self._fd)
        try:
            os.fsync(fd)
        except OSError as error:
            log.warning("Cannot sync the typing journal %s: %s", self.path.name, error)
        finally:
            os.close(fd)

    # -- inside ---------------------------------------------------------------------
    @staticmethod
    def _known(seq: int, digest: str) -> bytes:
        return encode(KNOWN, seq, json.dumps({"hash": digest}).encode())

    def _start(self, records: list[bytes]) -> None:
        self.folder.mkdir(mode=0o700, parents=True, exist_ok=True)
        fd = os.open(self.path, os.O_WRONLY | os.O_CREAT | os.O_APPEND | _BINARY, 0o600)
        try:
            _write_all(fd, b"".join(records))
        except OSError:
            os.close(fd)
            raise
        with self._lock:
            self._fd = fd
        self._syncer.mark(self, folder_changed=True)

    def _remove(self) -> None:
        self.close()
        self.path.unlink(missing_ok=True)
        self._syncer.mark(self, folder_changed=True)

    def _rewrite(self) -> None:
        """The file as the newest text plus what the database may hold: a new file put in
        place by a rename, so a kill at any moment leaves the old or the new one whole."""
        known = [self._known(0, self._base)]
        known += [self._known(s, h) for s, h in sorted(self._handed.items())]
        spare = self.path.with_name(self.path.name + ".new")
        fd = os.open(spare, os.O_WRONLY | os.O_CREAT | os.O_TRUNC | _BINARY, 0o600)
        try:
            _write_all(fd, b"".join([*known, self._last]))
        except OSError:
            os.close(fd)
            raise
        os.close(fd)
        os.replace(spare, self.path)
        fd = os.open(self.path, os.O_WRONLY | os.O_APPEND | _BINARY)
        with self._lock:
            old, self._fd = self._fd, fd
        if old is not None:
            os.close(old)
        self._syncer.mark(self, folder_changed=True)

    def _give_up(self, error: OSError) -> None:
        log.warning("The typing journal %s cannot be written: %s", self.path.name, error)
        self._broken = True
        self.close()


_BINARY = getattr(os, "O_BINARY", 0)


def _write_all(fd: int, data: bytes) -> None:
    view = memoryview(data)
    while view:
        written = os.write(fd, view)
        view = view[written:]
