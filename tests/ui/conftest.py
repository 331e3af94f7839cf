"""UI fixtures: the real main window on the test's temporary database, and dialog answering."""

from __future__ import annotations

from collections.abc import Callable, Iterator

import pytest
from PySide6.QtCore import QObject, QTimer, QUrl, Slot
from PySide6.QtGui import QDesktopServices, QUndoStack
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from mentordesk.config import Paths
from mentordesk.db.database import Database
from mentordesk.ui import settings as setting
from mentordesk.ui.context import AppContext
from mentordesk.ui.i18n import install_translations
from mentordesk.ui.settings import open_settings
from mentordesk.ui.shell.main_window import MainWindow


@pytest.fixture(scope="session", autouse=True)
def _translations(qapp: QApplication) -> None:
    """The English plural forms, as the app installs them ("1 meeting", not "1 meeting(s)")."""
    assert install_translations(qapp)


@pytest.fixture
def _login_start_asked(paths: Paths) -> None:
    """The question asked once after the first meeting is planned (ui/login_start.py) is
    answered already in the window and the context, except where a test asks for it
    (tests/ui/test_login_start.py)."""
    settings = open_settings(paths)
    settings.set(setting.LOGIN_START_ASKED, True)
    settings.sync()


@pytest.fixture
def context(qtbot: QtBot, database: Database, _login_start_asked: None) -> Iterator[AppContext]:
    """The app's context on the test's database, without a window (its undo stack is
    cleared at the end). A module that needs a fixed day overrides it:
    ``def context(context): context.set_clock(...)``."""
    stack = QUndoStack()
    yield AppContext(database, stack)
    stack.clear()


@pytest.fixture
def window(
    qtbot: QtBot, paths: Paths, database: Database, _login_start_asked: None
) -> Iterator[MainWindow]:
    """The main window, shown and active, filled from the test's fresh database.

    At teardown the undo stack is cleared and the window closed (by qtbot).
    """
    guard = UnexpectedDialogGuard()
    main = MainWindow(paths, open_settings(paths))
    # pytest-qt closes the window before fixtures are torn down: get it ready then.
    qtbot.addWidget(main, before_close_func=_ready_to_close)
    main.show()
    qtbot.waitExposed(main)
    main.activateWindow()
    qtbot.waitUntil(main.isActiveWindow)
    main.attach_database(database)
    yield main
    # By now pytest-qt has called _ready_to_close, then closed and deleted the window.
    guard.stop()
    assert guard.closed == [], f"a dialog nobody expected was open: {guard.closed}"


def _ready_to_close(main: QWidget) -> None:
    """Drop unsaved (possibly invalid) form text, which would make closing ask and block."""
    from mentordesk.ui.mentors.area import MentorsView

    assert isinstance(main, MainWindow)
    view = main.area_widget("mentors")
    if isinstance(view, MentorsView) and view.form.is_dirty():
        view.revert()
    if isinstance(view, MentorsView) and view.agreement_panel.is_dirty():
        view.agreement_panel.revert()
    main.undo_stack.clear()


class UnexpectedDialogGuard:
    """Closes a modal dialog that stays open with nobody answering it.

    Without this, a dialog the test did not expect (a bug, often) would block the
    whole run in its ``exec()``; instead the test fails, naming the dialog.
    """

    PATIENCE = 12  # checks, 250 ms apart: 3 s

    def __init__(self) -> None:
        self.closed: list[str] = []
        self._seen: QDialog | None = None
        self._count = 0
        self._timer = QTimer()
        self._timer.setInterval(250)
        self._timer.timeout.connect(self._check)
        self._timer.start()

    def _check(self) -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, QDialog):
            self._seen, self._count = None, 0
            return
        if dialog is not self._seen:
            self._seen, self._count = dialog, 0
        self._count += 1
        if self._count >= self.PATIENCE:
            text = dialog.text() if isinstance(dialog, QMessageBox) else dialog.windowTitle()
            self.closed.append(f"{dialog.objectName() or type(dialog).__name__}: {text}")
            self._seen, self._count = None, 0
            dialog.done(QDialog.DialogCode.Rejected)

    def stop(self) -> None:
        self._timer.stop()


DialogAction = QMessageBox.StandardButton | Callable[[QDialog], None]


class DialogAnswerer:
    """Answers the next modal dialogs from a timer, and remembers what they said.

    Static ``QMessageBox`` calls and ``QDialog.exec()`` block in their own event
    loop; a timer runs inside that loop, finds the modal dialog and acts on it
    like a user would: clicks a button, or does what ``action(dialog)`` does.
    """

    def __init__(self) -> None:
        self._actions: list[DialogAction] = []
        self.texts: list[str] = []
        self.names: list[str] = []
        self._polls = 0

    def answer(self, action: DialogAction) -> None:
        """Queue the answer to the next modal dialog."""
        self._actions.append(action)
        if len(self._actions) == 1:
            self._polls = 0
            QTimer.singleShot(0, self._poll)

    @property
    def pending(self) -> int:
        return len(self._actions)

    def forget(self) -> None:
        """Drop the answers no dialog took (a test that asks whether one opened)."""
        self._actions.clear()

    def _poll(self) -> None:
        if not self._actions:
            return
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, QDialog) or not dialog.isVisible():
            self._polls += 1
            if self._polls < 300:  # ~3 s; then the fixture reports the missing dialog
                QTimer.singleShot(10, self._poll)
            return
        action = self._actions.pop(0)
        self.names.append(dialog.objectName())
        if isinstance(dialog, QMessageBox):  # what the person reads: text, then the rest
            self.texts.append(
                "\n\n".join(t for t in (dialog.text(), dialog.informativeText()) if t)
            )
        try:
            if isinstance(action, QMessageBox.StandardButton):
                assert isinstance(dialog, QMessageBox), f"expected a message box, got {dialog}"
                button = dialog.button(action)
                assert button is not None, f"no {action} button in {dialog.text()!r}"
                button.click()
            else:
                action(dialog)
        except BaseException:
            dialog.done(QDialog.DialogCode.Rejected)  # never leave a test blocked in exec()
            raise
        if self._actions:
            self._polls = 0
            QTimer.singleShot(10, self._poll)


@pytest.fixture
def dialogs(qapp: QApplication) -> Iterator[DialogAnswerer]:
    """Answer modal dialogs; fails the test if an expected dialog never opened."""
    answerer = DialogAnswerer()
    yield answerer
    assert answerer.pending == 0, "a dialog the test expected never opened"


class LinkCatcher(QObject):
    """Stands in for the browser: Qt hands it the links the app opens."""

    def __init__(self) -> None:
        super().__init__()
        self.opened: list[str] = []

    @Slot(QUrl)
    def open(self, url: QUrl) -> None:
        self.opened.append(url.toString())


@pytest.fixture
def links() -> Iterator[LinkCatcher]:
    catcher = LinkCatcher()
    for scheme in ("https", "http", "mailto", "tel"):
        QDesktopServices.setUrlHandler(scheme, catcher, "open")  # type: ignore[arg-type]
    yield catcher
    for scheme in ("https", "http", "mailto", "tel"):
        QDesktopServices.unsetUrlHandler(scheme)
