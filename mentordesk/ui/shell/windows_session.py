"""Windows' word that the person is away, as native messages to the main window: the
session was locked (``WM_WTSSESSION_CHANGE`` with ``WTS_SESSION_LOCK``, sent only to a
window registered with ``WTSRegisterSessionNotification``) and the computer is about to
suspend (``WM_POWERBROADCAST`` with ``PBT_APMSUSPEND``, sent to every top-level window).

A ``QAbstractNativeEventFilter`` on the application reads each message (a ``MSG``
struct behind the pointer Qt gives) and calls the same ``away`` as the D-Bus path
(``desktop_signals.py``). Only on Windows: elsewhere ``watch_windows`` does nothing.
What a message means is decided by ``away_reason``, a pure function tested everywhere.
"""

from __future__ import annotations

import ctypes
import logging
import sys
from collections.abc import Callable
from ctypes import wintypes
from functools import partial

from PySide6.QtCore import QAbstractNativeEventFilter, QByteArray, QCoreApplication, QEvent, QObject
from PySide6.QtWidgets import QWidget

log = logging.getLogger(__name__)

WM_DESTROY = 0x0002
WM_POWERBROADCAST = 0x0218
PBT_APMSUSPEND = 0x0004
WM_WTSSESSION_CHANGE = 0x02B1
WTS_SESSION_LOCK = 0x7
NOTIFY_FOR_THIS_SESSION = 0
MESSAGE_TYPE = b"windows_generic_MSG"  # what Qt's Windows platform names a MSG

LOCK, SUSPEND = "lock", "suspend"


def away_reason(message: int, wparam: int) -> str | None:
    """What a window message says about the person: the session locked, the computer
    about to suspend, or nothing (None)."""
    if message == WM_WTSSESSION_CHANGE and wparam == WTS_SESSION_LOCK:
        return LOCK
    if message == WM_POWERBROADCAST and wparam == PBT_APMSUSPEND:
        return SUSPEND
    return None


def register_session(hwnd: int) -> bool:
    """Ask Windows to send ``WM_WTSSESSION_CHANGE`` to ``hwnd``. False where it cannot."""
    if sys.platform != "win32":
        return False
    wtsapi32 = ctypes.WinDLL("wtsapi32")
    register = wtsapi32.WTSRegisterSessionNotification
    register.argtypes = (wintypes.HWND, wintypes.DWORD)
    register.restype = wintypes.BOOL
    return bool(register(hwnd, NOTIFY_FOR_THIS_SESSION))


def unregister_session(hwnd: int) -> bool:
    """Stop the session messages to ``hwnd`` (before the window is gone)."""
    if sys.platform != "win32":
        return False
    wtsapi32 = ctypes.WinDLL("wtsapi32")
    unregister = wtsapi32.WTSUnRegisterSessionNotification
    unregister.argtypes = (wintypes.HWND,)
    unregister.restype = wintypes.BOOL
    return bool(unregister(hwnd))


class SessionFilter(QAbstractNativeEventFilter):
    """Calls ``away()`` on the session lock and before suspend; lets every message on."""

    def __init__(self, away: Callable[[], object]) -> None:
        super().__init__()
        self._away = away
        self.registered: int | None = None  # the window told of session changes
        self.heard: list[str] = []  # what was heard, for the log and tests

    def nativeEventFilter(
        self, event_type: QByteArray | bytes | bytearray | memoryview, message: int
    ) -> tuple[bool, int]:
        # ``message`` is a shiboken VoidPtr of no known size: falsy, though it points.
        address = int(message)
        if QByteArray(event_type).data() != MESSAGE_TYPE or address == 0:
            return False, 0
        msg = wintypes.MSG.from_address(address)
        if msg.message == WM_DESTROY and self.registered is not None:
            if msg.hWnd == self.registered:  # its last message: say goodbye first
                unregister_session(self.registered)
                self.registered = None
            return False, 0
        reason = away_reason(msg.message, msg.wParam)
        if reason is not None:
            log.info("Windows says: %s", reason)
            self.heard.append(reason)
            self._away()
        return False, 0


class WindowsSession(QObject):
    """The filter of one main window: registers the window's handle while it is shown
    (again if Qt makes a new handle), unregisters when it is hidden or closed, and the
    filter leaves the application with this object."""

    def __init__(self, window: QWidget, away: Callable[[], object]) -> None:
        super().__init__(window)
        self.setObjectName("windowsSession")
        self.window = window
        self.filter = SessionFilter(away)
        app = QCoreApplication.instance()
        if app is not None:
            app.installNativeEventFilter(self.filter)
            self.destroyed.connect(partial(_forget, app, self.filter))
        window.installEventFilter(self)
        if window.isVisible():
            self.register()

    def register(self) -> None:
        hwnd = int(self.window.winId())
        if hwnd == self.filter.registered:
            return
        self.unregister()
        if register_session(hwnd):
            self.filter.registered = hwnd
        else:
            log.warning("Windows will not tell MentorDesk when the session locks")

    def unregister(self) -> None:
        if self.filter.registered is not None:
            unregister_session(self.filter.registered)
            self.filter.registered = None

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.window:
            kind = event.type()
            if kind == QEvent.Type.Show or (
                kind == QEvent.Type.WinIdChange and self.window.isVisible()
            ):
                self.register()
            elif kind == QEvent.Type.Hide:  # closed (or hidden): nothing to lock
                self.unregister()
        return False


def _forget(app: QCoreApplication, session: SessionFilter) -> None:
    app.removeNativeEventFilter(session)
    if session.registered is not None:
        unregister_session(session.registered)
        session.registered = None


def watch_windows(window: QWidget, away: Callable[[], object]) -> WindowsSession | None:
    """On Windows: ``away`` when the session locks or the computer suspends."""
    if sys.platform != "win32":
        return None
    return WindowsSession(window, away)
