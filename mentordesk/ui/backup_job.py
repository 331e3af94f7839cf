"""Backups, restores and tidying up, in their own thread, reporting only through signals.

Modelled on the autosave worker (``meeting_mode/saver.py``): the UI thread only
hands a request to the worker; the worker does the file work and emits the
result. ``BackupSchedule`` asks for a backup every 30 minutes of use when the
data changed since the last one.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import timedelta
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QThread, QTimer, Signal, Slot

from mentordesk.config import Paths
from mentordesk.db.errors import DESCRIPTIONS, DatabaseError, classify, is_storage_error
from mentordesk.services import backup as backups

if TYPE_CHECKING:
    # The data layer loads after the window is painted (DESIGN.md, start-up).
    from mentordesk.db.database import Database

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class Request:
    """One piece of work for the worker."""

    kind: str  # "backup", "restore" or "tidy"
    reason: str = ""
    source: Path | None = None


def describe(error: BaseException) -> str:
    """Why the work failed, in plain words (no SQL, nothing the user typed).

    A DatabaseError's message is written for people already; others are classified.
    """
    written_for_people = error.args[0] if error.args else ""
    if isinstance(error, DatabaseError):
        return str(written_for_people)
    if is_storage_error(error):
        return DESCRIPTIONS[classify(error)]
    return type(error).__name__


class BackupWorker(QObject):
    """Lives in the backup thread. Each ``run`` does one request and says how it went."""

    backed_up = Signal(str, str)  # reason, path of the new backup
    restored = Signal(object)  # backups.RestoreResult
    tidied = Signal(int)  # how many note versions were removed
    failed = Signal(str, str)  # request kind, reason in plain words

    def __init__(self, paths: Paths) -> None:
        super().__init__()
        self._paths = paths
        self.database: Database | None = None

    @Slot(object)
    def run(self, request: Request) -> None:
        try:
            if request.kind == "backup":
                path = backups.make_backup(self._paths, request.reason)
                self.backed_up.emit(request.reason, str(path))
            elif request.kind == "restore":
                assert request.source is not None
                self.restored.emit(backups.restore(self._paths, request.source))
            elif request.kind == "tidy":
                from mentordesk.services.housekeeping import tidy

                self.tidied.emit(tidy(self.database) if self.database is not None else 0)
        except Exception as error:
            log.warning("Background %s failed: %s", request.kind, type(error).__name__)
            self.failed.emit(request.kind, describe(error))


class BackupJob(QObject):
    """The app's one background worker for backups (one request at a time, in order)."""

    backed_up = Signal(str, str)
    restored = Signal(object)
    tidied = Signal(int)
    failed = Signal(str, str)
    idle = Signal()
    _submit = Signal(object)

    def __init__(self, paths: Paths, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.paths = paths
        self.busy = 0
        self._thread = QThread(self)
        self._thread.setObjectName("backupThread")
        self.worker = BackupWorker(paths)
        self.worker.moveToThread(self._thread)
        self._submit.connect(self.worker.run)
        for source, target in (
            (self.worker.backed_up, self.backed_up),
            (self.worker.restored, self.restored),
            (self.worker.tidied, self.tidied),
            (self.worker.failed, self.failed),
        ):
            source.connect(target)
            source.connect(self._done)
        self._thread.finished.connect(self.worker.deleteLater)
        self._thread.start()

    def set_database(self, database: Database | None) -> None:
        """The database to tidy (None while a restore replaces the file)."""
        self.worker.database = database

    def backup(self, reason: str) -> None:
        self._run(Request("backup", reason))

    def restore(self, source: Path) -> None:
        self._run(Request("restore", source=source))

    def tidy(self) -> None:
        self._run(Request("tidy"))

    def _run(self, request: Request) -> None:
        self.busy += 1
        self._submit.emit(request)

    def _done(self, *_args: object) -> None:
        self.busy -= 1
        if self.busy == 0:
            self.idle.emit()

    def stop(self) -> None:
        """Finish the work handed over, then end the thread."""
        if self._thread.isRunning():
            self._thread.quit()
            self._thread.wait()


class BackupSchedule(QObject):
    """Every ``interval`` of use, a backup if the data changed since the last one."""

    def __init__(
        self,
        job: BackupJob,
        interval: timedelta = backups.AUTO_EVERY,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.job = job
        self.last_signature = backups.data_signature(job.paths)
        self.timer = QTimer(self)
        self.timer.setInterval(int(interval.total_seconds() * 1000))
        self.timer.timeout.connect(self.tick)
        job.backed_up.connect(self._backed_up)
        self.timer.start()

    def tick(self) -> bool:
        """Back up now if the data changed; True if a backup was asked for."""
        if backups.data_signature(self.job.paths) == self.last_signature:
            return False
        self.last_signature = backups.data_signature(self.job.paths)
        self.job.backup(backups.Reason.AUTO)
        return True

    def _backed_up(self, _reason: str, _path: str) -> None:
        self.last_signature = backups.data_signature(self.job.paths)

    def stop(self) -> None:
        self.timer.stop()
