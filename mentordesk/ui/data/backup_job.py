"""Backups, restores, exports, imports and tidying up, in their own thread, reporting
only through signals.

Modelled on the autosave worker (``meeting_mode/saver.py``): the UI thread only
hands a request to the worker; the worker does the file work and emits the
result. ``BackupSchedule`` asks for a backup every 30 minutes of use when the
data changed since the last one.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QThread, QTimer, Signal, Slot

from mentordesk.config import Paths
from mentordesk.db.errors import DESCRIPTIONS, DatabaseError, classify, is_storage_error
from mentordesk.services import backup as backups

if TYPE_CHECKING:
    # The data layer loads after the window is painted (docs/ARCHITECTURE.md, Layers).
    from mentordesk.db.database import Database

log = logging.getLogger(__name__)


KEEP_MINE = "keep mine"  # an import that adds what is new and keeps what the data has


@dataclass(frozen=True)
class Request:
    """One piece of work for the worker."""

    kind: str  # "backup", "restore", "tidy", "export", "check import" or "import"
    reason: str = ""  # for a backup; for an export, the format; for an import, KEEP_MINE
    source: Path | None = None  # the file to restore or import, or where to export


def describe(error: BaseException) -> str:
    """Why the work failed, in plain words (no SQL, nothing the user typed).

    A DatabaseError's message is written for people already; others are classified.
    """
    from mentordesk.services.attachment_files import AttachmentFileError
    from mentordesk.services.attachment_files import describe as describe_file
    from mentordesk.services.export_target import TargetRefusedError

    written_for_people = error.args[0] if error.args else ""
    if isinstance(error, DatabaseError | TargetRefusedError):
        return str(written_for_people)
    if isinstance(error, AttachmentFileError):
        return describe_file(error)
    if is_storage_error(error):
        return DESCRIPTIONS[classify(error)]
    return type(error).__name__


class BackupWorker(QObject):
    """Lives in the backup thread. Each ``run`` does one request and says how it went."""

    backed_up = Signal(str, str)  # reason, path of the new backup
    restored = Signal(object)  # backups.RestoreResult
    tidied = Signal(int)  # how many note versions were removed
    exported = Signal(object)  # rows per kind
    import_checked = Signal(object)  # importing.ImportResult: what the file would add
    imported = Signal(object)  # importing.ImportResult
    rejected = Signal(object)  # the import file's problems (exchange.Problem)
    failed = Signal(str, str)  # request kind, reason in plain words

    def __init__(self, paths: Paths) -> None:
        super().__init__()
        self._paths = paths
        self.database: Database | None = None

    @Slot(object)
    def run(self, request: Request) -> None:
        try:
            if request.kind == "backup":
                path = backups.make_backup(self._paths, request.reason, datetime.now(UTC))
                self.backed_up.emit(request.reason, str(path))
            elif request.kind == "restore":
                assert request.source is not None
                self.restored.emit(backups.restore(self._paths, request.source, datetime.now(UTC)))
            elif request.kind in ("export", "check import", "import"):
                self._exchange(request)
            elif request.kind == "tidy":
                from mentordesk.services.housekeeping import tidy

                database = self.database
                self.tidied.emit(tidy(database, datetime.now(UTC)) if database is not None else 0)
        except Exception as error:
            log.warning("Background %s failed: %s", request.kind, type(error).__name__)
            self.failed.emit(request.kind, describe(error))

    def _exchange(self, request: Request) -> None:
        from mentordesk.services import exchange, exporting, importing

        assert request.source is not None
        if request.kind == "export":
            assert self.database is not None
            self.exported.emit(
                exporting.export_database(self.database, request.reason, request.source)
            )
            return
        try:
            dry_run = request.kind == "check import"
            result = importing.import_file(
                self._paths,
                request.source,
                now=datetime.now(UTC),
                dry_run=dry_run,
                keep_mine=request.reason == KEEP_MINE,
            )
        except exchange.ImportRejectedError as error:
            self.rejected.emit(error.problems)
            return
        if dry_run:
            self.import_checked.emit(result)
        else:
            self.imported.emit(result)


class BackupJob(QObject):
    """The app's one background worker for backups (one request at a time, in order)."""

    backed_up = Signal(str, str)
    restored = Signal(object)
    tidied = Signal(int)
    exported = Signal(object)
    import_checked = Signal(object)
    imported = Signal(object)
    rejected = Signal(object)
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
            (self.worker.exported, self.exported),
            (self.worker.import_checked, self.import_checked),
            (self.worker.imported, self.imported),
            (self.worker.rejected, self.rejected),
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

    def export(self, kind: str, target: Path) -> None:
        self._run(Request("export", kind, target))

    def check_import(self, source: Path, *, keep_mine: bool = False) -> None:
        self._run(Request("check import", KEEP_MINE if keep_mine else "", source))

    def import_file(self, source: Path, *, keep_mine: bool = False) -> None:
        """Only with the database closed (``DataSession.import_file`` does that)."""
        self._run(Request("import", KEEP_MINE if keep_mine else "", source))

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
