"""The app lock (issue 20, item 3): File ▸ Lock Now (Ctrl+Shift+L), after idle minutes
(Preferences ▸ Privacy, off by default), at the desktop's screen lock and before
suspend (D-Bus, where there is one; Windows' session and power messages).

Locking saves what is typed first (every meeting window's notes, in this thread, and
its typing journal fsynced), then covers every window with a ``LockScreen``: the
window's own parts are hidden under it, never closed, so an open form keeps its text.
While locked no key, click or shortcut reaches a covered window. The passphrase (or
the recovery key) unlocks; the person is back where they were: the same window, the
same field, the cursor where it was. The lock needs a passphrase, so it works when
encryption is on. The data key stays in memory while locked: the lock guards the
screen, encryption guards the disk.

A meeting whose clock runs is not locked by the idle timer (a person listening for
ten minutes types nothing); Lock Now and the screen lock still lock it.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

import shiboken6
from PySide6.QtCore import QCoreApplication, QEvent, QObject, QRect, QSize, Qt, QTimer
from PySide6.QtGui import QAction, QGuiApplication
from PySide6.QtWidgets import QApplication, QLineEdit, QMessageBox, QWidget

from mentordesk.config import Paths
from mentordesk.db import cipher, encryption, key_file
from mentordesk.db.errors import DatabaseError
from mentordesk.db.key_file import KeyFile, WrongPassphraseError
from mentordesk.ui import settings as setting
from mentordesk.ui.actions import make_action
from mentordesk.ui.meeting_mode.open_windows import open_windows
from mentordesk.ui.messages import Choice, ask, tell
from mentordesk.ui.settings import Settings
from mentordesk.ui.shell.desktop_signals import watch_desktop
from mentordesk.ui.shell.lock_screen import LockScreen
from mentordesk.ui.shell.unlock_dialog import offer_to_sync
from mentordesk.ui.shell.windows_session import watch_windows

if TYPE_CHECKING:
    from mentordesk.ui.shell.main_window import MainWindow

log = logging.getLogger(__name__)

LOCK_KEYS = "Ctrl+Shift+L"
ENCRYPTION_ACTION = "encryptionAction"  # File ▸ Encryption… (encryption_dialog.py)
_T = QEvent.Type
# A person is there: the idle timer starts again.
INPUT = frozenset(
    {_T.KeyPress, _T.MouseButtonPress, _T.MouseMove, _T.Wheel, _T.TouchBegin, _T.InputMethod}
)
# While locked these reach the lock screens only.
BLOCKED = frozenset(
    {
        _T.KeyPress,
        _T.KeyRelease,
        _T.ShortcutOverride,
        _T.Shortcut,
        _T.MouseButtonPress,
        _T.MouseButtonRelease,
        _T.MouseButtonDblClick,
        _T.Wheel,
        _T.InputMethod,
        _T.ContextMenu,
        _T.TouchBegin,
        _T.DragEnter,
        _T.Drop,
    }
)
WINDOW_TYPES = frozenset({Qt.WindowType.Window, Qt.WindowType.Dialog, Qt.WindowType.Tool})


@dataclass
class Covered:
    """One window under the lock, and what to give back to it."""

    screen: LockScreen
    hidden: list[QWidget]
    title: str
    minimum: QSize
    geometry: QRect | None = None


@dataclass
class Place:
    """Where the person was: the window, the field, the cursor and selection in a line."""

    window: QWidget | None = None
    focus: QWidget | None = None
    line: tuple[int, int, int] | None = field(default=None)  # cursor, selection start, length


def _alive(widget: QWidget | None) -> bool:
    return widget is not None and shiboken6.isValid(widget)


def _coverable(widget: QWidget) -> bool:
    return (
        widget.isWindow()
        and widget.isVisible()
        and widget.windowType() in WINDOW_TYPES
        and not isinstance(widget, LockScreen)
    )


def _in_lock_screen(target: QWidget) -> bool:
    widget: QWidget | None = target
    while widget is not None:
        if isinstance(widget, LockScreen):
            return True
        widget = widget.parentWidget()
    return False


def clock_runs(window: QWidget) -> bool:
    """A meeting window whose clock runs (started, not ended)."""
    from mentordesk.ui.meeting_mode.window import MeetingModeWindow

    return (
        isinstance(window, MeetingModeWindow)
        and window.header.started_at is not None
        and window.header.ended_at is None
        and not window.held
    )


class AppLock(QObject):
    """The lock of one main window's app: every window of the process is covered."""

    def __init__(self, window: MainWindow, paths: Paths, settings: Settings) -> None:
        super().__init__(window)
        self.setObjectName("appLock")
        self.window = window
        self.paths = paths
        self.settings = settings
        self.locked = False
        self._covered: dict[QWidget, Covered] = {}
        self._place = Place()
        self._found: KeyFile | None = None
        self.idle = QTimer(self)
        self.idle.setObjectName("lockIdleTimer")
        self.idle.setSingleShot(True)
        self.idle.timeout.connect(self.idle_elapsed)
        self.action: QAction = make_action(
            window,
            "lockAction",
            self.tr("&Lock Now"),
            self.lock_now,
            LOCK_KEYS,
            Qt.ShortcutContext.ApplicationShortcut,  # from meeting windows too
        )
        window.add_file_actions([self.action])
        self._listening = False
        self.apply_settings()
        watch_desktop(self, self.lock)  # the screen lock, suspend: D-Bus
        self.windows_session = watch_windows(window, self.lock)  # and Windows' messages

    # -- when ---------------------------------------------------------------------
    def available(self) -> bool:
        """The lock needs a passphrase: encryption is on and the data key is open (and
        the window is open: a closed one, about to be replaced, locks nothing)."""
        return (
            self.window.isVisible()
            and encryption.is_on(self.paths)
            and cipher.active_key() is not None
        )

    def apply_settings(self) -> None:
        """Arm the idle timer as Preferences say (0 minutes: off)."""
        minutes = self.settings.get(setting.LOCK_IDLE_MINUTES)
        if minutes > 0 and not self.locked and self.available():
            self.idle.start(minutes * 60_000)
        else:
            self.idle.stop()
        self._listen()

    def _listen(self) -> None:
        """Watch every event of the application only while it matters: locked (input is
        held back) or the idle minutes counting (input restarts them). An application-wide
        filter costs a call into Python for every event, paints and timers included."""
        wanted = self.locked or self.idle.isActive()
        app = QCoreApplication.instance()
        if app is None or wanted == self._listening:
            return
        if wanted:
            app.installEventFilter(self)  # removed with this object, or when unwanted
        else:
            app.removeEventFilter(self)
        self._listening = wanted

    def idle_elapsed(self) -> None:
        """The idle minutes passed with no key or click: lock, unless a meeting runs."""
        if self.locked:
            return
        if any(clock_runs(window) for window in open_windows()):
            self.apply_settings()  # the meeting clock runs: look again later
            return
        self.lock()

    # -- locking ------------------------------------------------------------------
    def lock_now(self) -> None:
        """File ▸ Lock Now: lock, or say why it cannot (no passphrase yet)."""
        if self.locked:
            return
        if not encryption.is_on(self.paths):
            self._offer_encryption()
        elif not self.lock():
            tell(
                self.window,
                self.tr("Lock"),
                self.tr(
                    "MentorDesk cannot lock now: the file that holds your keys "
                    "(mentordesk.key) cannot be read. Your data is unchanged."
                ),
                name="lockProblemBox",
            )

    def _offer_encryption(self) -> None:
        choice = ask(
            self.window,
            self.tr("Lock"),
            self.tr(
                "The lock needs a passphrase, and you set one by encrypting your data "
                "(File ▸ Encryption…). Then Lock Now, your desktop's screen lock and "
                "the idle minutes in Preferences ▸ Privacy lock MentorDesk."
            ),
            [
                Choice(
                    "encrypt", QMessageBox.StandardButton.Ok, self.tr("&Encryption…"), "lockEncrypt"
                ),
                Choice("cancel", QMessageBox.StandardButton.Cancel, name="lockCancel"),
            ],
            name="lockNeedsPassphraseBox",
            icon=QMessageBox.Icon.Information,
        )
        action = self.window.findChild(QAction, ENCRYPTION_ACTION)
        if choice == "encrypt" and action is not None:
            QTimer.singleShot(0, action.trigger)

    def lock(self) -> bool:
        """Save what is typed, then cover every window. False: it cannot lock."""
        if self.locked:
            return True
        if not self.available():
            return False
        try:
            found = key_file.read(self.paths.data_dir)
        except DatabaseError as error:
            log.warning("Cannot lock: %s", error)
            return False
        if found is None:
            return False
        self._found = found
        self._save_typing()
        for _ in range(10):  # an open menu or list closes (it would stay on top)
            popup = QApplication.activePopupWidget()
            if popup is None:
                break
            popup.close()
        self._remember_place()
        self.locked = True
        self.idle.stop()
        self._listen()
        for widget in QApplication.topLevelWidgets():
            if _coverable(widget):
                self._cover(widget)
        active = self._place.window
        if active is not None and active in self._covered:
            self._covered[active].screen.field.setFocus(Qt.FocusReason.OtherFocusReason)
        log.info("Locked")
        return True

    def _save_typing(self) -> None:
        for window in open_windows():
            from mentordesk.ui.meeting_mode.window import MeetingModeWindow

            if isinstance(window, MeetingModeWindow):
                window.flush()  # on failure its journal keeps every character
                window.journal_link.journal.sync()

    def _remember_place(self) -> None:
        focus = QApplication.focusWidget()
        line = None
        if isinstance(focus, QLineEdit):
            line = (focus.cursorPosition(), focus.selectionStart(), len(focus.selectedText()))
        self._place = Place(QApplication.activeWindow(), focus, line)

    def _cover(self, window: QWidget) -> None:
        hidden = [
            child
            for child in window.findChildren(
                QWidget, options=Qt.FindChildOption.FindDirectChildrenOnly
            )
            if not child.isWindow()
            and child.isVisibleTo(window)
            and not isinstance(child, LockScreen)
        ]
        covered = Covered(
            LockScreen(window, self.try_unlock), hidden, window.windowTitle(), window.minimumSize()
        )
        self._covered[window] = covered
        for child in hidden:
            child.hide()
        window.setWindowTitle(self.tr("Locked"))  # Qt adds " — MentorDesk"
        needed = covered.screen.minimumSizeHint().expandedTo(QSize(360, 220))
        if window.width() < needed.width() or window.height() < needed.height():
            covered.geometry = window.geometry()
            window.setMinimumSize(needed.expandedTo(window.minimumSize()))
            window.resize(window.size().expandedTo(needed))
        covered.screen.cover()

    # -- unlocking ----------------------------------------------------------------
    def try_unlock(self, secret: str, screen: LockScreen) -> None:
        """Unlock with the passphrase or the recovery key, or say why not."""
        if not secret:
            screen.say(
                QCoreApplication.translate(
                    "UnlockDialog", "Type your passphrase (or your recovery key)."
                )
            )
            return
        assert self._found is not None
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            key_file.open_with(self._found, secret)
            offer_to_sync(self.paths, secret)
        except WrongPassphraseError:
            screen.say(
                QCoreApplication.translate(
                    "UnlockDialog",
                    "Wrong passphrase. Your data is fine: type it again (it is case-"
                    "sensitive), or use your recovery key.",
                )
            )
            return
        finally:
            QGuiApplication.restoreOverrideCursor()
        self.unlock()

    def unlock(self) -> None:
        """Take every lock screen away and put the person back where they were."""
        if not self.locked:
            return
        self.locked = False
        for window, covered in self._covered.items():
            if not _alive(window):
                continue
            covered.screen.hide()
            covered.screen.deleteLater()
            for child in covered.hidden:
                if _alive(child):
                    child.show()
            window.setWindowTitle(covered.title)
            if covered.geometry is not None:
                window.setMinimumSize(covered.minimum)
                window.setGeometry(covered.geometry)
        self._covered.clear()
        self._found = None
        place, self._place = self._place, Place()
        if _alive(place.window) and place.window is not None:
            place.window.activateWindow()
        if _alive(place.focus) and place.focus is not None:
            place.focus.setFocus(Qt.FocusReason.OtherFocusReason)
            if isinstance(place.focus, QLineEdit) and place.line is not None:
                cursor, start, length = place.line
                if length and start >= 0:
                    place.focus.setSelection(start, length)
                else:
                    place.focus.setCursorPosition(cursor)
        self.apply_settings()
        log.info("Unlocked")

    # -- while locked -------------------------------------------------------------
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if not self.locked:
            if kind in INPUT and self.idle.isActive():
                self.idle.start()  # someone is there
            return False
        if kind in BLOCKED:
            if kind in (_T.Shortcut, _T.ShortcutOverride) and not isinstance(watched, QWidget):
                return True  # a menu's or window's action: nothing acts while locked
            return isinstance(watched, QWidget) and not _in_lock_screen(watched)
        if isinstance(watched, QWidget):
            if kind == _T.Resize and watched in self._covered:
                self._covered[watched].screen.fit()
            elif kind == _T.Show and watched not in self._covered and _coverable(watched):
                self._cover(watched)  # a window that opened while locked
            elif kind == _T.Show and (parent := watched.parentWidget()) in self._covered:
                self._covered[parent].screen.raise_()  # a part made since stays under
        return False


def add_lock_action(window: MainWindow, paths: Paths, settings: Settings) -> AppLock:
    """File ▸ Lock Now in ``window``, the idle timer and the desktop's signals."""
    return AppLock(window, paths, settings)
