"""Start-up: paths, one-copy lock, window first, then the database (``DataSession``).

Start-up never makes things worse: a folder that is not MentorDesk's is refused,
the log falls back to the terminal when it cannot be written, the lock tells
"another copy has it" from "it cannot be written", and the database is looked
at before anything opens it read-write.
"""

from __future__ import annotations

import logging
import os
import signal
import sys
import traceback
from collections.abc import Callable
from types import TracebackType

from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox, QWidget

from mentordesk import APP_ID, APP_NAME, __version__
from mentordesk.config import DataFolderError, Paths, resolve_paths
from mentordesk.instance import SingleInstance, ask_running_copy_to_activate
from mentordesk.lock import FolderInUseError, LockUnwritableError
from mentordesk.logs import setup_logging
from mentordesk.ui import settings as settings_
from mentordesk.ui.settings import open_settings
from mentordesk.ui.theme import apply_theme

log = logging.getLogger("mentordesk")

# Ctrl+C in a terminal, a polite kill, or the terminal closing / logging out.
CLOSING_SIGNALS = tuple(
    getattr(signal, name) for name in ("SIGINT", "SIGTERM", "SIGHUP") if hasattr(signal, name)
)


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
    # Wayland matches the window to APP_ID.desktop by this name.
    app.setDesktopFileName(APP_ID)
    app.setWindowIcon(app_icon())
    from mentordesk.ui.i18n import chosen_language, install_language

    # The system's language until the data folder's choice is read (_run).
    install_language(app, chosen_language())
    return app


def app_icon() -> QIcon:
    """The MentorDesk icon, from the shipped resources."""
    from mentordesk.resources_path import resource_path

    return QIcon(str(resource_path("icons/mentordesk.svg")))


def _excepthook(kind: type[BaseException], value: BaseException, tb: TracebackType | None) -> None:
    # The traceback names code, not user text; the dialog keeps the app running.
    log.error("Unexpected error:\n%s", "".join(traceback.format_exception(kind, value, tb)))
    app = QApplication.instance()
    if isinstance(app, QApplication):
        from mentordesk.db.errors import is_storage_error
        from mentordesk.ui.messages import tell

        if is_storage_error(value):  # the disk, not MentorDesk: say what it is and what to do
            _tell_storage_problem(value)
            return
        tell(
            None,
            APP_NAME,
            QCoreApplication.translate(
                "app",
                "Something went wrong: {error}. Your saved data is safe. "
                "Details are in the log file (Help ▸ About shows the data folder).",
            ).format(error=kind.__name__),
            icon=QMessageBox.Icon.Critical,
            name="unexpectedErrorBox",
        )


def _tell_storage_problem(error: BaseException) -> None:
    from PySide6.QtCore import QCoreApplication

    from mentordesk.ui.messages import advice_text, problem_text, tell

    tell(
        None,
        APP_NAME,
        QCoreApplication.translate(
            "StartupProblem", "MentorDesk could not read or write its data: {problem}."
        ).format(problem=problem_text(error)),
        icon=QMessageBox.Icon.Warning,
        name="storageProblemBox",
        detail=advice_text(error),
    )


def bring_to_front(window: QWidget) -> None:
    window.show()
    if window.isMinimized():
        window.showNormal()
    window.raise_()
    window.activateWindow()


class ClosingSignals:
    """SIGINT, SIGTERM and SIGHUP close the app the normal way (saving), at any point."""

    def __init__(self) -> None:
        self.window_of: Callable[[], QWidget | None] = lambda: None
        self.received: int | None = None
        for signum in CLOSING_SIGNALS:
            signal.signal(signum, self._handler)
        # Python runs signal handlers only between bytecodes; wake it up regularly.
        self._timer = QTimer()
        self._timer.timeout.connect(lambda: None)
        self._timer.start(250)

    def _handler(self, signum: int, _frame: object) -> None:
        self.received = signum
        QTimer.singleShot(0, self.close)

    def close(self) -> None:
        dialog = QApplication.activeModalWidget()
        if isinstance(dialog, QDialog):  # a question at start-up: the answer is "quit"
            dialog.reject()
            QTimer.singleShot(0, self.close)
            return
        window = self.window_of()
        if window is not None and window.close():
            # Quit even when Qt does not count this as the last window closing (after
            # the process was stopped and continued it sometimes did not, and the app
            # went on running with no window).
            QApplication.quit()

    def stop(self) -> None:
        self._timer.stop()
        for signum in CLOSING_SIGNALS:
            signal.signal(signum, signal.SIG_DFL)


def _show(text: str) -> None:
    from mentordesk.ui.shell.startup_problem import show_problem

    show_problem(None, text)


def run(data_dir: str | None = None, minimized: bool = False) -> int:
    """Run the app on ``data_dir`` (or the default data folder) until it quits;
    ``minimized``: the window starts minimized (started at login, for reminders)."""
    os.umask(0o077)  # everything MentorDesk writes is private to the user
    app = make_application()
    signals = ClosingSignals()
    try:
        return _run(app, signals, resolve_paths(data_dir), minimized)
    finally:
        signals.stop()


def _run(app: QApplication, signals: ClosingSignals, paths: Paths, minimized: bool) -> int:
    from mentordesk.ui.shell import startup_problem

    try:
        paths.ensure()
    except DataFolderError as error:
        _show(str(error))
        return 1
    setup_logging(paths)
    sys.excepthook = _excepthook
    instance = SingleInstance(paths)
    try:
        instance.acquire()
    except FolderInUseError as held:
        if ask_running_copy_to_activate(paths):
            sys.stderr.write(
                f"MentorDesk is already running with {paths.data_dir}; switched to it.\n"
            )
            return 0
        log.warning("The data folder is held by process %s, which does not answer", held.pid)
        _show(startup_problem.folder_in_use_text(held, paths))
        return 2
    except LockUnwritableError as error:
        log.error("Cannot write the lock file: %s", error)
        _show(startup_problem.lock_unwritable_text(error))
        return 1
    from mentordesk.ui.i18n import chosen_language, install_language
    from mentordesk.ui.shell.data_session import DataSession

    settings = open_settings(paths)
    install_language(app, chosen_language(settings.get(settings_.LANGUAGE)))
    session = DataSession(paths, settings)

    def activate() -> None:
        # A dialog of the start-up (a restore, a problem) is what needs the user.
        shown = QApplication.activeModalWidget() or session.window
        if shown is not None:
            bring_to_front(shown)

    def note(payload: bytes) -> bytes:
        # ``mentordesk note`` while this copy is open: it adds the topic itself.
        from mentordesk.ui.between.remote import take_note

        window = session.window
        return take_note(window.context if window is not None else None, payload)

    def sync(answer: Callable[[bytes], None]) -> None:
        # ``mentordesk sync`` while this copy is open: its own sync job runs the round.
        from mentordesk.ui.sync.remote import take_sync

        take_sync(getattr(session, "sync", None), answer)

    try:
        # Answer a second start at once, even while this one is still starting
        # (migrating, filling the window): it is told "switched to it", not "frozen".
        instance.listen(activate, note, sync)
        apply_theme(session.settings.get(settings_.THEME))
        signals.window_of = lambda: session.window
        if not session.start(minimized) or signals.received is not None:
            return 1 if signals.received is None else 0
        log.info("MentorDesk %s started", __version__)
        code = app.exec()
        if signals.received is not None:
            log.info("Closed on signal %s", signals.received)
        return code
    finally:
        session.close()
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
