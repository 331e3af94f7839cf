"""Notifications the desktop shows, each with one action ("Open brief", "Open Dashboard"):

- ``TrayNotifier``: ``QSystemTrayIcon.showMessage`` where the desktop has a tray
  (Windows' notifications, macOS' Notification Center, KDE, a Linux tray);
- ``DBusNotifier``: the freedesktop notification service over D-Bus (QtDBus), for
  desktops without a tray (stock GNOME);
- ``BannerNotifier``: a strip at the top of the window, where neither is there.

Each emits ``opened(note)`` when the person chooses the note's action. ``choose_notifier``
picks the first the desktop offers.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import Q_ARG, Q_RETURN_ARG, SLOT, QMetaObject, QObject, Qt, Signal, Slot
from PySide6.QtGui import QAction, QIcon
from PySide6.QtWidgets import (
    QLabel,
    QMainWindow,
    QMenu,
    QPushButton,
    QSizePolicy,
    QSystemTrayIcon,
    QToolBar,
    QWidget,
)

from mentordesk import APP_ID, APP_NAME
from mentordesk.services.kinds import Ref
from mentordesk.ui.shell.between_actions import IN_TRAY

if TYPE_CHECKING:
    from PySide6.QtDBus import QDBusConnection

SERVICE = "org.freedesktop.Notifications"
PATH = "/org/freedesktop/Notifications"
CALL_TIMEOUT_MS = 3000  # a notification service that hangs must not hang the app
SHOWN_MS = 15000  # how long a tray message stays (where the system lets us choose)


@dataclass(frozen=True)
class Note:
    """One notification: what it says, its action's label and what the action opens
    (a record's page, or the Dashboard for None)."""

    title: str
    text: str
    action: str
    target: Ref | None = None


class Notifier(QObject):
    """Shows notes; ``opened(note)`` when the person chose a note's action."""

    opened = Signal(object)

    def show(self, note: Note) -> None:
        raise NotImplementedError


class TrayNotifier(Notifier):
    """A message from the tray icon; a click on it is the action."""

    def __init__(self, icon: QIcon, parent: QObject) -> None:
        super().__init__(parent)
        self.setObjectName("trayNotifier")
        self.last: Note | None = None
        self.tray = QSystemTrayIcon(icon, self)
        self.tray.setObjectName("trayIcon")
        self.tray.setToolTip(APP_NAME)
        self.tray.messageClicked.connect(self._clicked)
        # Its menu offers the window's actions marked for it (Drop a Topic…).
        self.menu = QMenu()
        self.menu.setObjectName("trayMenu")
        for action in parent.findChildren(QAction):
            if action.property(IN_TRAY):
                self.menu.addAction(action)
        self.tray.setContextMenu(self.menu)
        self.tray.show()

    def show(self, note: Note) -> None:
        self.last = note
        self.tray.showMessage(
            note.title, note.text, QSystemTrayIcon.MessageIcon.Information, SHOWN_MS
        )

    def _clicked(self) -> None:
        if self.last is not None:
            self.opened.emit(self.last)


class DBusNotifier(Notifier):
    """org.freedesktop.Notifications: Notify with the note's action; ActionInvoked
    answers with the id the service gave it."""

    def __init__(self, bus: QDBusConnection, parent: QObject) -> None:
        from PySide6.QtDBus import QDBusInterface

        super().__init__(parent)
        self.setObjectName("dbusNotifier")
        self.bus = bus
        self.notes: dict[int, Note] = {}
        self.service = QDBusInterface(SERVICE, PATH, SERVICE, bus, self)
        self.service.setTimeout(CALL_TIMEOUT_MS)
        for name, slot in (
            ("ActionInvoked", "action_invoked(uint,QString)"),
            ("NotificationClosed", "closed(uint,uint)"),
        ):
            # The slot as SLOT() names it: the stubs ask for bytes, which PySide refuses.
            bus.connect(SERVICE, PATH, SERVICE, name, self, SLOT(slot))  # type: ignore[call-overload]

    def show(self, note: Note) -> None:
        # Through the interface's own method (typed from the service's introspection):
        # a Python int would go as 'i', and Notify's replaces_id must be 'u'.
        number = QMetaObject.invokeMethod(
            self.service,
            "Notify",
            Qt.ConnectionType.DirectConnection,
            Q_RETURN_ARG("uint"),
            Q_ARG(str, APP_NAME),
            Q_ARG("uint", 0),
            Q_ARG(str, APP_ID),
            Q_ARG(str, note.title),
            Q_ARG(str, note.text),
            Q_ARG("QStringList", ["default", note.action, "open", note.action]),
            Q_ARG("QVariantMap", {"desktop-entry": APP_ID, "category": "im.received"}),
            Q_ARG(int, -1),
        )
        if isinstance(number, int) and number:
            self.notes[number] = note

    @Slot("uint", str)
    def action_invoked(self, number: int, _action: str) -> None:
        note = self.notes.pop(number, None)
        if note is not None:
            self.opened.emit(note)

    @Slot("uint", "uint")
    def closed(self, number: int, _reason: int) -> None:
        self.notes.pop(number, None)


def notification_service(bus: QDBusConnection | None = None) -> QDBusConnection | None:
    """The session bus (or ``bus``) when a notification service is on it, else None."""
    try:
        from PySide6.QtDBus import QDBusConnection
    except ImportError:  # a Qt without D-Bus (Windows, macOS builds)
        return None
    bus = bus or QDBusConnection.sessionBus()
    if not bus.isConnected():
        return None
    interface = bus.interface()
    if interface is None:
        return None
    registered = interface.isServiceRegistered(SERVICE).value()
    activatable = interface.activatableServiceNames().value()
    return bus if registered or SERVICE in (activatable or []) else None


class ReminderBanner(QToolBar):
    """The in-app reminder: a strip at the top of the window with Open and Dismiss."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("reminderBanner")
        self.setWindowTitle(self.tr("Reminders"))
        self.setMovable(False)
        self.setFloatable(False)
        self.toggleViewAction().setVisible(False)
        icon = QLabel()
        style = self.style()
        size = style.pixelMetric(style.PixelMetric.PM_SmallIconSize)
        icon.setPixmap(
            style.standardIcon(style.StandardPixmap.SP_MessageBoxInformation).pixmap(size, size)
        )
        self.addWidget(icon)
        self.text = QLabel()
        self.text.setObjectName("reminderText")
        self.text.setWordWrap(True)
        self.text.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        font = self.text.font()
        font.setBold(True)
        self.text.setFont(font)
        self.open_button = QPushButton(self.tr("Open"))
        self.open_button.setObjectName("reminderOpen")
        self.open_button.setAccessibleName(self.tr("Open what the reminder is about"))
        self.dismiss_button = QPushButton(self.tr("Dismiss"))
        self.dismiss_button.setObjectName("reminderDismiss")
        self.dismiss_button.setAccessibleName(self.tr("Dismiss the reminder"))
        self.dismiss_button.clicked.connect(self.hide)
        self.addWidget(self.text)
        self.addWidget(self.open_button)
        self.addWidget(self.dismiss_button)
        self.hide()

    def show_text(self, title: str, text: str) -> None:
        self.text.setText(f"{title}: {text}")
        self.text.setAccessibleName(f"{title}: {text}")
        self.show()


class BannerNotifier(Notifier):
    """The banner in the window; its Open button is the action."""

    def __init__(self, banner: ReminderBanner, parent: QObject) -> None:
        super().__init__(parent)
        self.setObjectName("bannerNotifier")
        self.banner = banner
        self.last: Note | None = None
        banner.open_button.clicked.connect(self._clicked)

    def show(self, note: Note) -> None:
        self.last = note
        self.banner.open_button.setText(note.action)
        self.banner.show_text(note.title, note.text)

    def _clicked(self) -> None:
        self.banner.hide()
        if self.last is not None:
            self.opened.emit(self.last)


def choose_notifier(
    window: QMainWindow, banner: ReminderBanner, bus: QDBusConnection | None = None
) -> Notifier:
    """The tray where there is one, else the notification service, else the banner."""
    if QSystemTrayIcon.isSystemTrayAvailable() and QSystemTrayIcon.supportsMessages():
        icon = window.windowIcon()
        return TrayNotifier(icon if not icon.isNull() else QIcon(), window)
    service = notification_service(bus)
    if service is not None:
        return DBusNotifier(service, window)
    return BannerNotifier(banner, window)
