"""Writing the typing journal (the format and the rules: ``typing_journal``).

``TypingJournal`` keeps a copy of each document (UTF-16, as Qt counts positions) so an
edit costs a splice and one small ``write`` whatever the length of the notes, and the
whole text can be written when the file starts or shrinks without asking the editor.
``Syncer`` fsyncs off the keystroke, about once a second.
"""

from __future__ import annotations

import contextlib
import logging
import os
import secrets
import threading
from collections.abc import Mapping
from pathlib import Path

from mentordesk.services.typing_journal import (
    EDIT,
    END,
    KNOWN,
    SUFFIX,
    TEXT,
    encode,
    plain,
    text_hash,
    utf16,
)

log = logging.getLogger(__name__)

SYNC_EVERY_S = 1.0
_BINARY = getattr(os, "O_BINARY", 0)


class Syncer:
    """One background thread that ``fsync``s the journals written since its last round,
    about once a second, so the keystroke never waits for the disk."""

    def __init__(self, every: float = SYNC_EVERY_S) -> None:
        self._every = every
        self._lock = threading.Lock()
        self._dirty: set[TypingJournal] = set()
        self._folders: set[Path] = set()
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
        wake = threading.Event()
        while True:
            wake.wait(self._every)
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
    """The journal of one open editor of one record. Never raises for the disk: a journal
    that cannot be written is logged and the autosave alone keeps the text, as before.

    ``begin(texts)`` with what the editors show; ``changed(seq, …)`` for each edit their
    documents report; ``handed_over(seq, texts)`` when the autosave takes revision
    ``seq``; ``stored(seq)`` when it stored it; ``close()`` when the editor goes (the
    file stays if its newest text is not stored).
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
        self._documents: dict[str, bytearray] = {}
        self._whole: tuple[int, bytes] | None = None  # the newest handed-over text, encoded
        self._last_seq = 0
        self._broken = False

    # -- the keystroke path ---------------------------------------------------------
    def begin(self, texts: Mapping[str, str]) -> None:
        """The editors show ``texts`` (from ``toPlainText``): edits apply from here."""
        self._documents = {name: bytearray(utf16(text + END)) for name, text in texts.items()}

    def texts(self) -> dict[str, str]:
        return {name: plain(raw) for name, raw in self._documents.items()}

    def changed(
        self, seq: int, field: str, position: int, removed: int, added: str, size: int
    ) -> bool:
        """One edit of ``field``'s document (now ``size`` characters long), appended with
        one ``write``. False when it does not fit the copy (then ``resync``)."""
        document = self._documents.get(field)
        if document is None or self._broken:
            return document is not None
        starting = [] if self._fd is not None else self._starting(seq - 1)
        document[2 * position : 2 * (position + removed)] = utf16(added)
        if len(document) != 2 * size:
            return False
        record = encode(EDIT, seq, {"f": field, "p": position, "r": removed, "a": added})
        self._append([*starting, record], seq)
        return True

    def resync(self, seq: int, texts: Mapping[str, str]) -> None:
        """The copy went wrong (an edit the documents reported oddly): start again from
        the whole texts."""
        log.info("The typing journal %s starts again from the whole text", self.path.name)
        self.begin(texts)
        record = encode(TEXT, seq, {"texts": dict(texts)})
        starting = [] if self._fd is not None else [self._known(0, self._base)]
        self._append([*starting, record], seq)

    def handed_over(self, seq: int, texts: Mapping[str, str]) -> None:
        """The autosave took revision ``seq`` (these texts): the database may hold them
        soon. The copy is checked against them (once per save, not per keystroke)."""
        self._handed[seq] = text_hash(texts)
        if self._documents and self.texts() != dict(texts):
            log.warning("The typing journal %s differed from the editor", self.path.name)
            self.resync(seq, texts)
        # Ready for the next file's start, so the keystroke that starts it only writes.
        self._whole = (seq, encode(TEXT, seq, {"texts": dict(texts)}))

    def stored(self, seq: int) -> None:
        """The autosave stored revision ``seq``: remove the file, or keep only what is
        newer than it."""
        base = self._handed.get(seq)
        if base is not None:
            self._base = base
        self._handed = {s: h for s, h in self._handed.items() if s > seq}
        if self._fd is None or self._broken:
            return
        if seq >= self._last_seq:
            self._remove()
        else:
            self._rewrite()

    def close(self, *, sync: bool = True) -> None:
        """The editor is gone. A file whose newest text was not stored stays for replay
        (synced now: the window is closing with unsaved text, a rare moment)."""
        with self._lock:
            fd, self._fd = self._fd, None
        if fd is not None:
            if sync:
                with contextlib.suppress(OSError):
                    os.fsync(fd)
            os.close(fd)

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
        return encode(KNOWN, seq, {"hash": digest})

    def _starting(self, seq: int) -> list[bytes]:
        """What a new file begins with: where the text began, and the whole text now
        (encoded at the last hand-over when nothing was typed since)."""
        whole = self._whole
        if whole is None or whole[0] < self._last_seq:
            whole = (seq, encode(TEXT, seq, {"texts": self.texts()}))
        return [self._known(0, self._base), whole[1]]

    def _append(self, records: list[bytes], seq: int) -> None:
        data = b"".join(records)
        try:
            if self._fd is None:
                self._open(data)
            else:
                _write_all(self._fd, data)
        except OSError as error:
            self._give_up(error)
            return
        self._last_seq = max(self._last_seq, seq)
        self._syncer.mark(self)

    def _open(self, data: bytes) -> None:
        self.folder.mkdir(mode=0o700, parents=True, exist_ok=True)
        fd = os.open(self.path, os.O_WRONLY | os.O_CREAT | os.O_APPEND | _BINARY, 0o600)
        try:
            _write_all(fd, data)
        except OSError:
            os.close(fd)
            raise
        with self._lock:
            self._fd = fd
        self._syncer.mark(self, folder_changed=True)

    def _remove(self) -> None:
        self.close(sync=False)
        try:
            self.path.unlink(missing_ok=True)
        except OSError as error:  # Windows, while the syncer holds it: the next start
            log.info("Cannot remove the typing journal %s yet: %s", self.path.name, error)
        self._syncer.mark(self, folder_changed=True)

    def _rewrite(self) -> None:
        """The file as the newest text plus what the database may hold: a new file put in
        place by a rename, so a kill at any moment leaves the old or the new one whole.
        If the rename fails (Windows, a handle open elsewhere), appending goes on."""
        known = [self._known(0, self._base)]
        known += [self._known(s, h) for s, h in sorted(self._handed.items())]
        whole = encode(TEXT, self._last_seq, {"texts": self.texts()})
        spare = self.path.with_name(self.path.name + ".new")
        try:
            fd = os.open(spare, os.O_WRONLY | os.O_CREAT | os.O_TRUNC | _BINARY, 0o600)
            try:
                _write_all(fd, b"".join([*known, whole]))
            finally:
                os.close(fd)
            self.close(sync=False)  # Windows renames only over a file no handle holds
            os.replace(spare, self.path)
        except OSError as error:
            log.info("Cannot shorten the typing journal %s: %s", self.path.name, error)
        try:
            fd = os.open(self.path, os.O_WRONLY | os.O_CREAT | os.O_APPEND | _BINARY, 0o600)
        except OSError as error:
            self._give_up(error)
            return
        with self._lock:
            old, self._fd = self._fd, fd
        if old is not None:
            os.close(old)
        self._syncer.mark(self, folder_changed=True)

    def _give_up(self, error: OSError) -> None:
        log.warning("The typing journal %s cannot be written: %s", self.path.name, error)
        self._broken = True
        self.close(sync=False)


def _write_all(fd: int, data: bytes) -> None:
    view = memoryview(data)
    while view:
        written = os.write(fd, view)
        view = view[written:]
