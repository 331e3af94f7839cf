"""The data folder of the running app: its database, main window and backups.

Opens the database after the window is painted (asking what to do when the file
is damaged), starts the backup job and its schedule, and swaps everything for a
restore: the window closes the normal way (saving), the database closes, the
backup job puts the chosen backup in place (after backing up the current file),
and a new window opens on it.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QMessageBox

from mentordesk.config import Paths
from mentordesk.ui import reading
from mentordesk.ui.data.backup_job import BackupJob, BackupSchedule
from mentordesk.ui.messages import tell
from mentordesk.ui.settings import Settings
from mentordesk.ui.shell import startup_problem

if TYPE_CHECKING:
    from mentordesk.db.database import Database
    from mentordesk.services.backup import RestoreResult
    from mentordesk.services.importing import ImportResult
    from mentordesk.ui.shell.main_window import MainWindow

log = logging.getLogger(__name__)


class DataSession(QObject):
    """Everything that is open on one data folder while the app runs."""

    opened = Signal()  # a (new) main window shows the data
    restore_failed = Signal(str)

    def __init__(self, paths: Paths, settings: Settings, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.paths = paths
        self.settings = settings
        self.window: MainWindow | None = None
        self.database: Database | None = None
        self.job = BackupJob(paths, self)
        self.job.restored.connect(self._restored)
        self.job.imported.connect(self._imported)
        self.job.rejected.connect(self._import_rejected)
        self.job.failed.connect(self._job_failed)
        self.schedule: BackupSchedule | None = None
        self._restoring = False
        from mentordesk.ui.data.exchange_dialog import Exchange

        self.exchange = Exchange(self)

    # -- start ----------------------------------------------------------------------
    def new_window(self) -> MainWindow:
        from mentordesk.ui.data.backups_dialog import add_data_actions
        from mentordesk.ui.data.exchange_dialog import add_exchange_actions
        from mentordesk.ui.shell.app_lock import add_lock_action
        from mentordesk.ui.shell.between_actions import add_between_actions
        from mentordesk.ui.shell.encryption_dialog import add_encryption_action
        from mentordesk.ui.shell.main_window import MainWindow
        from mentordesk.ui.sync.menu import add_sync_actions

        window = MainWindow(self.paths, self.settings)
        add_exchange_actions(window, self.exchange)
        add_data_actions(window, self)
        self.sync = add_sync_actions(window)  # File ▸ Sync Now, Sync…; rounds on a timer
        add_between_actions(window)
        add_encryption_action(window, self)
        self.opened.connect(add_lock_action(window, self.paths, self.settings).apply_settings)
        self.window = window
        return window

    def start(self, minimized: bool = False) -> bool:
        """Show the window (``minimized``: started at login), then open the data. False
        if the app should stop."""
        window = self.new_window()
        if minimized:
            window.showMinimized()
        else:
            window.show()
        QApplication.processEvents()  # paint the real layout before the data layer loads
        database = self.open_database()
        if database is None:
            return False
        self._attach(database)
        self._after_start()
        return True

    def open_database(self) -> Database | None:
        """The database, once it is sound; None when the person chose to quit."""
        from mentordesk.db.database import Database
        from mentordesk.db.errors import DatabaseError
        from mentordesk.db.health import DamagedDatabaseError
        from mentordesk.services import backup as backups
        from mentordesk.ui.shell.unlock_dialog import unlock_at_start

        try:
            if not unlock_at_start(self.window, self.paths):  # encrypted: the passphrase
                return None
        except DatabaseError as error:  # a damaged key file
            startup_problem.show_problem(self.window, str(error))
            return None
        while True:
            try:
                database = Database(self.paths)
            except DamagedDatabaseError as error:
                log.warning("The database is damaged: %s", error.detail)
                newest = backups.newest_good_backup(self.paths)
                choice = startup_problem.ask_about_damage(self.window, error, newest)
                if choice == startup_problem.QUIT:
                    return None
                try:
                    with _busy_cursor():
                        if choice == startup_problem.RESTORE and newest is not None:
                            backups.restore(self.paths, newest.path, datetime.now(UTC))
                        else:
                            backups.start_empty(self.paths, datetime.now(UTC))
                except (DatabaseError, OSError) as failure:
                    startup_problem.show_problem(self.window, str(failure))
                    return None
                continue
            except DatabaseError as error:
                log.error("Cannot open the database: %s", error)
                text = startup_problem.database_problem_text(error, self.paths)
                startup_problem.show_problem(self.window, text)
                return None
            if database.migration_backup is not None:
                log.info("Backed up the database before updating it: %s", database.migration_backup)
            if database.stray_wal is not None:
                self._say_stray_wal(database.stray_wal)
            return database

    def _say_stray_wal(self, moved: Path) -> None:
        tell(
            self.window,
            QCoreApplication.translate("DataSession", "Unfinished changes set aside"),
            QCoreApplication.translate(
                "DataSession",
                "Beside your database lay unfinished changes that do not belong to it (this "
                "happens when a backup is copied over the database by hand after a crash). "
                "MentorDesk set them aside as {name} and opened the database as it is.",
            ).format(name=moved.name + "-wal"),
            icon=QMessageBox.Icon.Information,
            name="strayWalBox",
        )

    def _attach(self, database: Database) -> None:
        assert self.window is not None
        self.database = database
        self.job.set_database(database)
        self.window.attach_database(database)
        if self.window.context is not None:
            self.sync.start(self.window.context)
        self.opened.emit()

    def _after_start(self) -> None:
        from mentordesk.services import backup as backups
        from mentordesk.ui.meeting_mode.recovery import recover_at_start

        if self.window is not None and self.window.context is not None:  # what a crash left
            say = self.window.statusBar().showMessage
            recover_at_start(self.window.context, lambda words: say(words, 0))

        if backups.backup_due_at_startup(self.paths, datetime.now(UTC)) and self._has_data():
            self.job.backup(backups.Reason.DAILY)
        self.job.tidy()  # old note versions go, off the UI thread
        self.schedule = BackupSchedule(self.job, parent=self)
        if self.window is not None and self.window.context is not None:
            from mentordesk.ui.ticker import ticker

            # Reminders of what came due while the app was closed: at once, not a tick later.
            QTimer.singleShot(0, ticker(self.window.context).check)

    def _has_data(self) -> bool:
        from mentordesk.db.backup import read_contents

        try:
            contents = read_contents(self.paths.database, live=True)
        except Exception:  # a backup is only skipped when there is surely nothing to keep
            return True
        return contents.mentors + contents.meetings > 0

    # -- restore ---------------------------------------------------------------------
    def restore(self, source: Path) -> bool:
        """Close everything, restore ``source``, reopen. False if a window stayed open."""
        return self._swap(lambda: self.job.restore(source))

    def import_file(self, source: Path, *, keep_mine: bool = False) -> bool:
        """Close everything, import ``source`` (after a backup), reopen with its records
        (``keep_mine``: only the new ones; what the data has already stays as it is)."""
        return self._swap(lambda: self.job.import_file(source, keep_mine=keep_mine))

    def rewrite_files(
        self, work: Callable[[], None], done: str, after: Callable[[], None] | None = None
    ) -> bool:
        """Close everything, run ``work`` on the closed folder (encryption turned on or
        off), reopen saying ``done`` (or why not), then ``after``. False if a window
        stayed open."""
        from mentordesk.db.errors import DatabaseError

        def run() -> None:
            try:
                with _busy_cursor():
                    work()
            except (DatabaseError, OSError) as error:
                log.error("Could not rewrite the data files: %s", type(error).__name__)
                self._reopen(
                    QCoreApplication.translate(
                        "DataSession", "Encryption could not be changed: {reason}"
                    ).format(reason=error)
                )
                return
            self._reopen(done)
            if after is not None:
                after()

        return self._swap(run)

    def say(self, text: str) -> None:
        if self.window is not None:
            self.window.statusBar().showMessage(text, 15000)

    def _swap(self, work: Callable[[], None]) -> bool:
        app = QApplication.instance()
        assert isinstance(app, QApplication) and self.window is not None
        app.setQuitOnLastWindowClosed(False)
        if not self.window.close():
            app.setQuitOnLastWindowClosed(True)
            return False
        self._restoring = True
        self.sync.stop()  # the round running ends before the database closes
        if self.schedule is not None:
            self.schedule.stop()
        self.job.set_database(None)
        if self.database is not None:
            self.database.close()
            self.database = None
        work()
        return True

    def _restored(self, result: RestoreResult) -> None:
        log.info("Restored; the previous data was backed up as %s", result.previous_backup)
        self._reopen(
            QCoreApplication.translate(
                "DataSession",
                "Backup restored. Your data as it was before is kept as a backup "
                "(File ▸ Backups…), so you can go back to it.",
            )
            + _files_missing(result.files_missing)
        )

    def _imported(self, result: ImportResult) -> None:
        if not self._restoring:
            return
        self._reopen(
            QCoreApplication.translate(
                "DataSession",
                "Imported. Your data as it was before is kept as a backup (File ▸ Backups…).",
            )
            + _files_missing(result.files_missing)
        )

    def _import_rejected(self, problems: list[object]) -> None:
        if self._restoring:  # the file changed since it was checked: nothing was imported
            self._reopen(
                QCoreApplication.translate("DataSession", "Nothing was imported: {problem}").format(
                    problem=problems[0] if problems else ""
                )
            )

    def _job_failed(self, kind: str, reason: str) -> None:
        if kind in ("restore", "import") and self._restoring:
            self.restore_failed.emit(reason)
            if kind == "import":
                text = QCoreApplication.translate(
                    "DataSession", "The file could not be imported: {reason}"
                )
            else:
                text = QCoreApplication.translate(
                    "DataSession", "The backup could not be restored: {reason}"
                )
            self._reopen(text.format(reason=reason))
        else:
            log.warning("Background %s failed: %s", kind, reason)
            if self.window is not None and kind == "backup":
                self.window.statusBar().showMessage(
                    QCoreApplication.translate("DataSession", "Backup failed: {reason}").format(
                        reason=reason
                    ),
                    10000,
                )

    def _reopen(self, message: str) -> None:
        self._restoring = False
        app = QApplication.instance()
        assert isinstance(app, QApplication)
        old = self.window
        window = self.new_window()
        window.show()
        if old is not None:
            old.deleteLater()
        database = self.open_database()
        app.setQuitOnLastWindowClosed(True)
        if database is None:
            window.close()
            return
        self._attach(database)
        self.schedule = BackupSchedule(self.job, parent=self)
        window.statusBar().showMessage(message, 15000)

    # -- end ------------------------------------------------------------------------
    def close(self) -> None:
        """At quit: no more backups; the database closes after the job's last work."""
        if self.schedule is not None:
            self.schedule.stop()
        if self.window is not None:
            self.sync.stop()
        self.job.stop()
        reading.wait_idle()  # a list's read of news from far ends first
        if self.database is not None:
            self.database.close()
            self.database = None


class _busy_cursor:  # noqa: N801 - used as a context manager, reads like one
    def __enter__(self) -> None:
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)

    def __exit__(self, *_exc: object) -> None:
        QGuiApplication.restoreOverrideCursor()


def _files_missing(count: int) -> str:
    """What a restore or an import could not bring back of the attached files."""
    if not count:
        return ""
    return " " + QCoreApplication.translate(
        "DataSession",
        "%n attached file(s) could not be brought back; they show as missing.",
        "",
        count,
    )
