"""Start-up: paths, one-copy lock, window first, then the database."""

from __future__ import annotations

import logging
import logging.handlers
import os
import signal
import sys
import traceback
from types import TracebackType

from PySide6.QtCore import QSettings, QTimer
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from mentordesk import APP_NAME, __version__
from mentordesk.config import DataFolderError, Paths, resolve_paths
from mentordesk.instance import SingleInstance, ask_running_copy_to_activate
from mentordesk.ui.dialogs.preferences import THEME_KEY
from mentordesk.ui.theme import apply_theme

log = logging.getLogger("mentordesk")


def make_application(argv: list[str] | None = None) -> QApplication:
    """The QApplication (reused if one exists, as in tests)."""
    existing = QApplication.instance()
    if isinstance(existing, QApplication):
        return existing
    app = QApplication(argv if argv is not None else sys.argv[:1])
    app.setApplicationName(APP_NAME)
    app.setApplicationDisplayName(APP_NAME)
    app.setApplicationVersion(__version__)
    app.setOrganizationName(APP_NAME)
    app.setDesktopFileName("mentordesk")
    app.setWindowIcon(app_icon())
    return app


def app_icon() -> QIcon:
    """The MentorDesk icon, from the shipped resources."""
    from mentordesk.resources_path import resource_path

    return QIcon(str(resource_path("icons/mentordesk.svg")))


def open_settings(paths: Paths) -> QSettings:
    """Window and preference settings live in the data folder, beside the database."""
    return QSettings(str(paths.data_dir / "settings.ini"), QSettings.Format.IniFormat)


def setup_logging(paths: Paths) -> None:
    """Log to a rotating file in the log folder. Never log what the user typed."""
    handler = logging.handlers.RotatingFileHandler(
        paths.log_dir / "mentordesk.log", maxBytes=1_000_000, backupCount=3, encoding="utf-8"
    )
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root = logging.getLogger("mentordesk")
    root.handlers[:] = [handler]
    root.setLevel(logging.INFO)


def _excepthook(kind: type[BaseException], value: BaseException, tb: TracebackType | None) -> None:
    # The traceback names code, not user text; the dialog keeps the app running.
    log.error("Unexpected error:\n%s", "".join(traceback.format_exception(kind, value, tb)))
    app = QApplication.instance()
    if isinstance(app, QApplication):
        QMessageBox.critical(
            None,
            APP_NAME,
            f"Something went wrong: {kind.__name__}. Your saved data is safe. "
            "Details are in the log file (Help ▸ About shows the data folder).",
        )


def bring_to_front(window: QWidget) -> None:
    window.show()
    if window.isMinimized():
        window.showNormal()
    window.raise_()
    window.activateWindow()


def _close_on_signals(window: QWidget) -> None:
    """Ctrl+C in a terminal, or a polite kill, closes the window the normal way (saving)."""

    def handler(_signum: int, _frame: object) -> None:
        QTimer.singleShot(0, window.close)

    for signum in (signal.SIGINT, signal.SIGTERM):
        signal.signal(signum, handler)
    # Python runs signal handlers only between bytecodes; wake it up regularly.
    timer = QTimer(window)
    timer.timeout.connect(lambda: None)
    timer.start(250)


def run(data_dir: str | None = None) -> int:
    """Run the app on ``data_dir`` (or the default data folder) until it quits."""
    os.umask(0o077)  # everything MentorDesk writes is private to the user
    app = make_application()
    paths = resolve_paths(data_dir)
    try:
        paths.ensure()
    except DataFolderError as error:
        QMessageBox.critical(None, APP_NAME, str(error))
        return 1
    setup_logging(paths)
    sys.excepthook = _excepthook
    instance = SingleInstance(paths)
    if not instance.acquire():
        if ask_running_copy_to_activate(paths):
            sys.stderr.write(
                f"MentorDesk is already running with {paths.data_dir}; switched to it.\n"
            )
            return 0
        QMessageBox.information(
            None,
            APP_NAME,
            "MentorDesk is already open with this data folder, but it does not answer. "
            "Switch to that window, or wait until it closes: two copies writing the same "
            f"notes could lose some of them.\n\nData folder: {paths.data_dir}",
        )
        return 2
    settings = open_settings(paths)
    apply_theme(str(settings.value(THEME_KEY, "system")))

    from mentordesk.ui.main_window import MainWindow

    window = MainWindow(paths, settings)
    instance.listen(lambda: bring_to_front(window))
    window.show()
    app.processEvents()  # paint the real layout before the data layer loads

    from mentordesk.db.database import Database
    from mentordesk.db.engine import DatabaseError

    try:
        database = Database(paths)
    except DatabaseError as error:
        QMessageBox.critical(window, APP_NAME, str(error))
        instance.release()
        return 1
    if database.migration_backup is not None:
        log.info("Backed up the database before updating it: %s", database.migration_backup)
    window.attach_database(database)
    _close_on_signals(window)
    log.info("MentorDesk %s started", __version__)
    try:
        return app.exec()
    finally:
        database.close()
        instance.release()


def run_self_test() -> int:
    """``mentordesk --self-test``: exercise the real GUI on a temporary data folder."""
    from mentordesk.selftest import self_test

    make_application()
    try:
        self_test()
    except Exception as error:
        sys.stderr.write(f"MentorDesk self-test FAILED: {error}\n")
        traceback.print_exc()
        return 1
    print(f"MentorDesk {__version__} self-test passed.")
    return 0
