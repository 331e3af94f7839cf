"""Autosave of a meeting's notes: debounced, written off the UI thread, retried, flushed.

The UI thread only copies the text into a ``SaveRequest``; a worker in its own
``QThread`` writes it with its own session. Only the newest request per meeting
is written (older ones waiting are replaced), and a write never goes back to an
older revision, even when a synchronous flush at close races the worker.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime

from PySide6.QtCore import QObject, QThread, QTimer, Signal, Slot

from mentordesk.services import meetings
from mentordesk.services.errors import NotFoundError
from mentordesk.services.journal_writer import TypingJournal
from mentordesk.ui.messages import is_expected, problem_text

log = logging.getLogger(__name__)

DEBOUNCE_MS = 500
# While typing never pauses, still save this often (a crash costs at most this much).
MAX_WAIT_MS = 2000
RETRY_DELAYS_MS = (1000, 2000, 5000, 10000)

SAVED, SAVING, FAILED = "saved", "saving", "failed"

AgendaRows = tuple[tuple[str, str, bool], ...]  # (id, text, done), in order


@dataclass(frozen=True)
class MeetingText:
    """What a person typed in meeting mode: notes, takeaways and (if changed) the agenda."""

    notes: str
    takeaways: str
    agenda: AgendaRows | None = None
    # When the meeting started, if it has not been stored yet (the timer's start).
    started_at: datetime | None = None


@dataclass(frozen=True)
class SaveRequest:
    """One version of a meeting's text; higher revisions are newer."""

    meeting_id: str
    revision: int
    text: MeetingText


# Stores one request (in its own transaction); raises what the context's ``store`` raises.
Store = Callable[["SaveRequest"], None]


def store_with(context_store: Callable[..., None], now: Callable[[], datetime]) -> Store:
    """A ``Store`` that writes through the UI context's ``store`` (any thread), at the
    moment ``now`` (the context's clock) says."""

    def store(request: SaveRequest) -> None:
        text = request.text
        agenda = [(i, t, d) for i, t, d in text.agenda] if text.agenda is not None else None
        context_store(
            meetings.save_text,
            request.meeting_id,
            notes=text.notes,
            takeaways=text.takeaways,
            agenda=agenda,
            started_at=text.started_at,
            now=now(),
        )

    return store


def describe_failure(error: BaseException) -> str:
    """Why a save failed, in words a user understands (no SQL, no user text)."""
    return problem_text(error)


class WriteGate:
    """Shared by the UI thread and the worker: the newest waiting request per meeting,
    and one lock around writing so a flush and the worker never overtake each other."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._write_lock = threading.Lock()
        self._pending: dict[str, SaveRequest] = {}
        self._written: dict[str, int] = {}

    def submit(self, request: SaveRequest) -> None:
        with self._lock:
            self._pending[request.meeting_id] = request

    def take(self) -> SaveRequest | None:
        with self._lock:
            if not self._pending:
                return None
            meeting_id = next(iter(self._pending))
            return self._pending.pop(meeting_id)

    def discard(self, meeting_id: str) -> None:
        with self._lock:
            self._pending.pop(meeting_id, None)

    def write(self, store: Store, request: SaveRequest) -> bool:
        """Write unless a newer revision is already stored; True if it wrote."""
        with self._write_lock:
            if self._written.get(request.meeting_id, -1) >= request.revision:
                return False
            store(request)
            self._written[request.meeting_id] = request.revision
            return True


class SaveWorker(QObject):
    """Lives in the saver thread; writes whatever is waiting and reports by signal."""

    saved = Signal(str, int, int)  # meeting id, revision, length of the notes
    failed = Signal(str, int, str, bool)  # meeting id, revision, reason in plain words, gone

    def __init__(self, store: Store, gate: WriteGate) -> None:
        super().__init__()
        self._store = store
        self._gate = gate

    @Slot()
    def drain(self) -> None:
        while (request := self._gate.take()) is not None:
            try:
                wrote = self._gate.write(self._store, request)
            except Exception as error:
                if not is_expected(error):  # a bug: keep the text, keep trying, say so
                    log.exception("autosave failed")
                gone = isinstance(error, NotFoundError)
                self.failed.emit(
                    request.meeting_id, request.revision, describe_failure(error), gone
                )
                continue
            if wrote:
                self.saved.emit(request.meeting_id, request.revision, len(request.text.notes))


class MeetingSaver(QObject):
    """Keeps one meeting's text saved. Tell it ``changed()`` after every edit.

    With a ``journal`` (written on every edit by ``journal_link``), the journal learns
    what was handed over and stored, and shrinks or goes away as the saves catch up.

    ``state_changed(state, reason)`` reports SAVED, SAVING or FAILED (with the
    reason in plain words); ``saved(revision, length)`` reports each stored version.
    """

    state_changed = Signal(str, str)
    saved = Signal(int, int)
    _wake = Signal()

    def __init__(
        self,
        store: Store,
        meeting_id: str,
        read_text: Callable[[], MeetingText],
        parent: QObject | None = None,
        journal: TypingJournal | None = None,
    ) -> None:
        super().__init__(parent)
        self.store = store
        self.journal = journal
        self.meeting_id = meeting_id
        self._read_text = read_text
        self.revision = 0
        self.saved_revision = 0
        self.state = SAVED
        self.reason = ""
        self.gone = False  # the last failure: the meeting was deleted
        self._failures = 0
        self._gate = WriteGate()

        self.debounce = QTimer(self)
        self.debounce.setSingleShot(True)
        self.debounce.setInterval(DEBOUNCE_MS)
        self.debounce.timeout.connect(self.save_now)
        self.max_wait = QTimer(self)
        self.max_wait.setSingleShot(True)
        self.max_wait.setInterval(MAX_WAIT_MS)
        self.max_wait.timeout.connect(self.save_now)
        self._retry = QTimer(self)
        self._retry.setSingleShot(True)
        self._retry.timeout.connect(self.save_now)

        self._thread = QThread(self)
        self._thread.setObjectName("meetingSaverThread")
        self._worker = SaveWorker(store, self._gate)
        self._worker.moveToThread(self._thread)
        self._wake.connect(self._worker.drain)
        self._worker.saved.connect(self._on_saved)
        self._worker.failed.connect(self._on_failed)
        self._thread.finished.connect(self._worker.deleteLater)
        self._thread.start()

    # -- what the window calls --------------------------------------------------------
    @property
    def is_saved(self) -> bool:
        return self.saved_revision >= self.revision

    def changed(self) -> None:
        """The text changed: save once typing pauses for ``DEBOUNCE_MS``."""
        self.revision += 1
        if self.state != FAILED:
            self._set_state(SAVING)
        self.debounce.start()
        if not self.max_wait.isActive():
            self.max_wait.start()

    def save_now(self) -> None:
        """Hand the newest text to the worker at once (focus left, app in background...)."""
        self._stop_timers()
        if self.is_saved or not self._thread.isRunning():
            return
        self._gate.submit(self._handed_over())
        self._wake.emit()

    def flush(self) -> bool:
        """Save synchronously in this thread (closing, quitting). False if it failed."""
        self._stop_timers()
        if self.is_saved:
            return True
        request = self._handed_over()
        self._gate.discard(self.meeting_id)
        try:
            self._gate.write(self.store, request)
        except Exception as error:
            if not is_expected(error):  # a bug: keep the text, keep trying, say so
                log.exception("saving the notes failed")
            gone = isinstance(error, NotFoundError)
            self._on_failed(self.meeting_id, request.revision, describe_failure(error), gone)
            return False
        self._on_saved(self.meeting_id, request.revision, len(request.text.notes))
        return True

    def stop(self) -> None:
        """Stop the worker thread (after a flush); the saver is done."""
        self._stop_timers()
        if self._thread.isRunning():
            self._thread.quit()
            self._thread.wait()
        if self.journal is not None:
            self.journal.close()  # kept if the newest text is not stored

    def _stop_timers(self) -> None:
        self.debounce.stop()
        self.max_wait.stop()
        self._retry.stop()

    # -- results --------------------------------------------------------------------
    def _handed_over(self) -> SaveRequest:
        request = SaveRequest(self.meeting_id, self.revision, self._read_text())
        if self.journal is not None:
            texts = {"notes": request.text.notes, "takeaways": request.text.takeaways}
            self.journal.handed_over(request.revision, texts)
        return request

    def _on_saved(self, meeting_id: str, revision: int, length: int) -> None:
        if revision <= self.saved_revision:
            return
        self.saved_revision = revision
        if self.journal is not None:
            self.journal.stored(revision)
        self.saved.emit(revision, length)
        if self.is_saved:
            self._failures = 0
            self.gone = False
            self._retry.stop()
            self._set_state(SAVED)
        elif self.state == FAILED:
            # Older text got through; the newest still has to.
            self._failures = 0
            self._set_state(SAVING)

    def _on_failed(self, meeting_id: str, revision: int, reason: str, gone: bool) -> None:
        if revision <= self.saved_revision:
            return
        self.gone = gone
        delay = RETRY_DELAYS_MS[min(self._failures, len(RETRY_DELAYS_MS) - 1)]
        self._failures += 1
        self._set_state(FAILED, reason)
        if self._thread.isRunning():
            self._retry.start(delay)

    def _set_state(self, state: str, reason: str = "") -> None:
        if (state, reason) == (self.state, self.reason):
            return
        self.state, self.reason = state, reason
        self.state_changed.emit(state, reason)
