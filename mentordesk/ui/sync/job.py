"""Sync rounds while the app runs: every two minutes and on demand (File ▸ Sync Now),
in a thread of their own, one at a time.

Like the backup job (``ui/data/backup_job.py``): the UI thread only hands the worker
the moment to run at; the worker runs ``services/sync.run_round`` on its own
connections (the engine's pool gives each thread its own) and reports through a
signal. Back on the UI thread the change news is announced, so every screen shows
what arrived, and the status bar says from whom. A paused folder is said in the
status bar and on the Sync page, never in a box every two minutes.
"""

from __future__ import annotations

import logging
import socket
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import datetime
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QObject, QThread, QTimer, Signal, Slot

from mentordesk.services.kinds import Change
from mentordesk.services.sync_folder import CLOUD, Cloud
from mentordesk.ui.messages import is_expected, problem_text
from mentordesk.ui.sync.waiting_words import downloading_lines
from mentordesk.ui.sync.watch import FolderWatch

if TYPE_CHECKING:
    from mentordesk.services.sync_receive import Held
    from mentordesk.ui.context import AppContext

log = logging.getLogger(__name__)

EVERY_MS = 2 * 60 * 1000
# After a round that found cloud placeholders (asked for): look again this soon.
DOWNLOAD_AGAIN_MS = 15 * 1000


@dataclass(frozen=True)
class Outcome:
    """How a round went: ``off`` (sync not set up: nothing was done), ``refused`` (the
    service's words: a mixed folder, a passphrase that differs or is needed), ``paused``
    (the folder's words), ``failed`` (the error), or what it did."""

    off: bool = False
    refused: str = ""
    refused_reason: str = ""  # services/sync_key's MIXED, PASSPHRASE or NEEDED
    paused: str = ""
    failed: BaseException | None = None
    sent: int = 0
    changes_in: int = 0
    conflicts: int = 0
    batches_in: dict[str, int] = field(default_factory=dict)
    held: tuple[Held, ...] = ()  # batches not applied yet, and why
    # Batches still in the cloud (placeholders asked for), per laptop name ("" unknown).
    downloading: dict[str, int] = field(default_factory=dict)
    news: Change | None = None
    at: datetime | None = None
    # The sync folder and this laptop's folder in it (watched for news); "" when off.
    folder: str = ""
    own: str = ""


class SyncWorker(QObject):
    """Lives in the sync thread; each ``run`` is one round."""

    finished = Signal(object)  # Outcome

    def __init__(self, context: AppContext, cloud: Cloud = CLOUD) -> None:
        super().__init__()
        self._context = context
        self.cloud = cloud  # how placeholders are told (tests pass their own)

    @Slot(object)
    def run(self, now: datetime) -> None:
        try:
            with handing_over():
                outcome = self._round(now)
            self.finished.emit(outcome)
        except Exception as error:
            log.warning("A sync round failed: %s", type(error).__name__)
            self.finished.emit(Outcome(failed=error, at=now))

    def _round(self, now: datetime) -> Outcome:
        from mentordesk.services import sync as rounds
        from mentordesk.services import sync_status

        context = self._context
        if not context.read(sync_status.overview).enabled:
            return Outcome(off=True, at=now)
        report = rounds.run_round(
            context.database, now, socket.gethostname() or "computer", cloud=self.cloud
        )
        current = context.read(rounds.settings)  # after the round: a copied folder's new id
        folder, own = current.folder, current.token
        if report.refused:
            return Outcome(
                refused=report.refused,
                refused_reason=report.refused_reason,
                at=now,
                folder=folder,
                own=own,
            )
        if report.paused:
            return Outcome(
                paused=report.paused, held=tuple(report.held), at=now, folder=folder, own=own
            )
        news = context.read(sync_status.news, report.touched) if report.touched else None
        _let_go(report.touched)
        return Outcome(
            sent=report.sent,
            changes_in=report.changes_in,
            conflicts=report.conflicts,
            batches_in=dict(report.batches_in),
            held=tuple(report.held),
            downloading=dict(report.downloading),
            news=news,
            at=now,
            folder=folder,
            own=own,
        )


# While a round runs, the worker hands the interpreter back to the UI thread after 1 ms
# instead of Python's 5: with a round's C calls and collections on top of the 5, the
# UI thread waited 11-16 ms in a first sync of the heavy user (now 9).
HAND_OVER_S = 0.001


@contextmanager
def handing_over() -> Iterator[None]:
    """Run the block with the interpreter handed between threads every HAND_OVER_S."""
    before = sys.getswitchinterval()
    sys.setswitchinterval(HAND_OVER_S)
    try:
        yield
    finally:
        sys.setswitchinterval(before)


def _let_go(rows: dict[tuple[str, str], Any]) -> None:
    """Free the rows a round brought a few at a time, on the worker: the ~50,000 of a
    first sync freed at once, as the round's report went, held the interpreter (and so
    the UI thread) 14-16 ms; freed one by one, the worker lets the UI thread run."""
    while rows:
        rows.popitem()


class SyncJob(QObject):
    """The window's sync: a timer, Sync Now, and the last round's outcome.

    ``run_now`` is the one slot the timer, the menu and the folder's news call;
    ``finished(Outcome)`` follows every round it started (tests wait for it instead of
    the timer). ``watch`` (``ui/sync/watch.py``) follows the folder the last round used;
    ``on_news`` counts the rounds its news asked for."""

    finished = Signal(object)
    _submit = Signal(object)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("syncJob")
        self.context: AppContext | None = None
        self.running = False
        self.last: Outcome | None = None
        self._again = False
        self._thread: QThread | None = None
        self._worker: SyncWorker | None = None
        self.timer = QTimer(self)
        self.timer.setObjectName("syncTimer")
        self.timer.setInterval(EVERY_MS)
        self.timer.timeout.connect(self.run_now)
        # A round again soon while batches download from the cloud (not every 2 min).
        self.again_timer = QTimer(self)
        self.again_timer.setObjectName("syncAgainTimer")
        self.again_timer.setSingleShot(True)
        self.again_timer.setInterval(DOWNLOAD_AGAIN_MS)
        self.again_timer.timeout.connect(self.run_now)
        self.watch = FolderWatch(self)
        self.watch.news.connect(self._folder_news)
        self.on_news = 0  # rounds the folder's news asked for
        self.cloud = CLOUD  # how placeholders are told: set before ``start`` (tests)

    def start(self, context: AppContext) -> None:
        """Begin syncing the data ``context`` shows: a round now, then on the timer."""
        self.context = context
        self._thread = QThread(self)
        self._thread.setObjectName("syncThread")
        self._worker = SyncWorker(context, self.cloud)
        self._worker.moveToThread(self._thread)
        self._submit.connect(self._worker.run)
        self._worker.finished.connect(self._finished)
        self._thread.finished.connect(self._worker.deleteLater)
        self._thread.start()
        self.timer.start()
        QTimer.singleShot(0, self.run_now)

    @Slot()
    def run_now(self) -> bool:
        """Start a round unless one is running (or the data is not open); True if
        started. The timer calls this, and File ▸ Sync Now."""
        if self.context is None or self._worker is None or self.running:
            return False
        self.running = True
        self.watch.round_started()
        self._submit.emit(self.context.now())
        return True

    def _folder_news(self) -> None:
        """Another laptop wrote to the folder: a round now, or right after this one."""
        self.on_news += 1
        self.run_soon()

    def run_soon(self) -> None:
        """A round now, or right after the one running (the settings just changed)."""
        if not self.run_now() and self.running:
            self._again = True

    def _finished(self, outcome: Outcome) -> None:
        self.running = False
        if self._again:
            self._again = False
            QTimer.singleShot(0, self.run_now)
        self.last = outcome
        if outcome.downloading:
            self.again_timer.start()
        if outcome.off or outcome.refused:
            self.watch.stop()
        elif outcome.folder:
            self.watch.follow(outcome.folder, outcome.own)
        context = self.context
        if context is not None:
            if outcome.news is not None and outcome.news.kinds:
                context.announce(outcome.news)
            said = status_text(outcome)
            if said:
                context.say(said)
        self.finished.emit(outcome)

    def stop(self) -> None:
        """No more rounds; the one running finishes first (before a restore or quit)."""
        self.timer.stop()
        self.again_timer.stop()
        self.watch.stop()
        if self._thread is not None and self._thread.isRunning():
            self._thread.quit()
            self._thread.wait()
        self._thread = None
        self._worker = None
        self.context = None
        self.running = self._again = False


def _received(outcome: Outcome) -> str:
    names = sorted(outcome.batches_in)
    count = outcome.changes_in  # a plain name: pyside6-lupdate misses "%n" with outcome.x
    if len(names) == 1:
        return QCoreApplication.translate(
            "sync", "%n change(s) from “{laptop}”.", "", count
        ).format(laptop=names[0])
    return QCoreApplication.translate("sync", "%n change(s) from {laptops}.", "", count).format(
        laptops=", ".join(f"“{name}”" for name in names)
    )


def status_text(outcome: Outcome) -> str:
    """What the status bar says after a round ("" when there is nothing to say)."""
    if outcome.off:
        return ""
    if outcome.refused:
        return QCoreApplication.translate("sync", "Sync did not run: {reason}").format(
            reason=outcome.refused
        )
    if outcome.paused:
        return QCoreApplication.translate("sync", "Sync is paused: {reason}").format(
            reason=outcome.paused
        )
    if outcome.failed is not None:
        reason = (
            problem_text(outcome.failed)
            if is_expected(outcome.failed)
            else type(outcome.failed).__name__
        )
        return QCoreApplication.translate("sync", "Sync could not finish: {reason}").format(
            reason=reason
        )
    parts = []
    conflicts = outcome.conflicts
    if outcome.changes_in:
        parts.append(_received(outcome))
    if outcome.conflicts:
        parts.append(
            QCoreApplication.translate(
                "sync",
                "%n edit(s) made on two laptops at once: the newer was kept (File ▸ Sync…).",
                "",
                conflicts,
            )
        )
    parts.extend(downloading_lines(outcome.downloading))
    return " ".join(parts)
