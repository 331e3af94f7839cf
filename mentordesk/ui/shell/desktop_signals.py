"""The desktop's word that the person is away, over D-Bus where there is one: the
screen saver or screen lock came on (``ActiveChanged(true)`` of
org.freedesktop.ScreenSaver or org.gnome.ScreenSaver on the session bus) and the
computer is about to suspend (logind's ``PrepareForSleep(true)`` on the system bus).

A missing bus or service is fine: nothing is heard, and the app lock still works on
demand and after idle minutes (``app_lock.py``). Qt builds without D-Bus (Windows,
macOS) hear nothing either.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import SLOT, QObject, Slot

if TYPE_CHECKING:
    from PySide6.QtDBus import QDBusConnection

log = logging.getLogger(__name__)

SCREEN_SAVERS = (  # (service, path, interface) sending ActiveChanged(bool)
    ("org.freedesktop.ScreenSaver", "/org/freedesktop/ScreenSaver", "org.freedesktop.ScreenSaver"),
    ("org.gnome.ScreenSaver", "/org/gnome/ScreenSaver", "org.gnome.ScreenSaver"),
)
LOGIN1 = ("org.freedesktop.login1", "/org/freedesktop/login1", "org.freedesktop.login1.Manager")


class DesktopSignals(QObject):
    """Calls ``away()`` when the screen locks or the computer goes to sleep."""

    def __init__(self, away: Callable[[], object], parent: QObject) -> None:
        super().__init__(parent)
        self.setObjectName("desktopSignals")
        self._away = away
        self.heard: list[str] = []  # which buses it listens on (for the log and tests)

    @Slot(bool)
    def screen_locked(self, active: bool) -> None:
        if active:
            log.info("The desktop locked the screen")
            self._away()

    @Slot(bool)
    def going_to_sleep(self, before: bool) -> None:
        if before:
            log.info("The computer is about to sleep")
            self._away()


def watch_desktop(
    parent: QObject,
    away: Callable[[], object],
    buses: tuple[QDBusConnection | None, QDBusConnection | None] | None = None,
) -> DesktopSignals:
    """Listen on the session and system buses that are there (or on ``buses``: session,
    system; a test's private bus); ``away`` on their word."""
    signals = DesktopSignals(away, parent)
    if buses is None:
        try:
            from PySide6.QtDBus import QDBusConnection
        except ImportError:  # a Qt without D-Bus
            return signals
        buses = (QDBusConnection.sessionBus(), QDBusConnection.systemBus())
    session, system = buses
    if session is not None and session.isConnected():
        for service, path, interface in SCREEN_SAVERS:
            # The slot as SLOT() names it: the stubs ask for bytes, which PySide refuses.
            session.connect(  # type: ignore[call-overload]
                service, path, interface, "ActiveChanged", signals, SLOT("screen_locked(bool)")
            )
        signals.heard.append("session")
    if system is not None and system.isConnected():
        system.connect(  # type: ignore[call-overload]
            *LOGIN1, "PrepareForSleep", signals, SLOT("going_to_sleep(bool)")
        )
        signals.heard.append("system")
    log.info("The app lock listens to the desktop on: %s", ", ".join(signals.heard) or "nothing")
    return signals
