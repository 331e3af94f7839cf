"""Reminders while the app runs: a meeting starting within 15 minutes, a mentor who
has become overdue. A system-tray notification where the desktop has a tray, else a
banner at the top of the window. Never twice for the same event (the keys shown
are kept in the settings), and off when Preferences say so.

The ticker calls ``check`` every half minute; tests call it themselves.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, Qt
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import (
    QLabel,
    QPushButton,
    QSizePolicy,
    QSystemTrayIcon,
    QToolBar,
    QWidget,
)

from mentordesk.services.kinds import Kind, Ref
from mentordesk.services.reminders import MEETING, Reminder, due_reminders
from mentordesk.ui import formats
from mentordesk.ui import settings as setting
from mentordesk.ui.context import AppContext
from mentordesk.ui.mentors.cadence_text import days_text
from mentordesk.ui.settings import Settings
from mentordesk.ui.ticker import ticker

if TYPE_CHECKING:
    from mentordesk.ui.shell.main_window import MainWindow

KEEP_KEYS = 500  # the newest keys shown; older events cannot come back anyway


def message(reminders: list[Reminder]) -> tuple[str, str]:
    """The title and text of one notification for ``reminders`` (meetings first)."""
    meetings = [r for r in reminders if r.kind == MEETING]
    overdue = [r for r in reminders if r.kind != MEETING]
    lines = []
    for item in meetings:
        assert item.start is not None
        lines.append(
            QCoreApplication.translate("reminders", "Meeting with {name} at {time}.").format(
                name=item.mentor_name, time=formats.short_time(item.start)
            )
        )
    if len(overdue) == 1:
        lines.append(
            QCoreApplication.translate(
                "reminders", "{name} is overdue for a meeting ({days})."
            ).format(name=overdue[0].mentor_name, days=days_text(overdue[0].days_overdue))
        )
    elif overdue:
        count = len(overdue)  # a plain name: pyside6-lupdate reads the plural then
        lines.append(
            QCoreApplication.translate(
                "reminders", "%n mentor(s) are overdue for a meeting: {names}.", "", count
            ).format(names=", ".join(r.mentor_name for r in overdue))
        )
    if meetings:
        title = QCoreApplication.translate("reminders", "Meeting soon")
    else:
        title = QCoreApplication.translate("reminders", "Time to meet")
    return title, " ".join(lines)


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


class Reminders(QObject):
    """Checks what to remind of on every tick, and shows each reminder once."""

    def __init__(self, context: AppContext, window: MainWindow, settings: Settings) -> None:
        super().__init__(window)
        self.setObjectName("reminders")
        self.context = context
        self.window = window
        self.settings = settings
        self.shown_keys: list[str] = list(settings.get(setting.REMINDED))
        self.last: list[Reminder] = []
        self.uses_tray = QSystemTrayIcon.isSystemTrayAvailable() and (
            QSystemTrayIcon.supportsMessages()
        )
        self.tray: QSystemTrayIcon | None = None
        self.banner = ReminderBanner(window)
        window.addToolBar(Qt.ToolBarArea.TopToolBarArea, self.banner)
        self.banner.open_button.clicked.connect(self.open_last)
        ticker(context).tick.connect(self.check)

    def check(self) -> list[Reminder]:
        """Show what is due and was not shown before; what was shown now."""
        if not self.settings.get(setting.REMINDERS):
            return []
        due = self.context.read(due_reminders, self.context.now(), self.context.today())
        new = [r for r in due if r.key not in set(self.shown_keys)]
        if not new:
            return []
        self.shown_keys = (self.shown_keys + [r.key for r in new])[-KEEP_KEYS:]
        self.settings.set(setting.REMINDED, tuple(self.shown_keys))
        self.last = new
        title, text = message(new)
        if self.uses_tray:
            self._tray().showMessage(title, text, QSystemTrayIcon.MessageIcon.Information, 15000)
        else:
            self.banner.show_text(title, text)
        self.context.say(f"{title}: {text}")
        return new

    def _tray(self) -> QSystemTrayIcon:
        if self.tray is None:
            icon = self.window.windowIcon()
            self.tray = QSystemTrayIcon(icon if not icon.isNull() else QIcon(), self)
            self.tray.setToolTip("MentorDesk")
            self.tray.messageClicked.connect(self.open_last)
            self.tray.show()
        return self.tray

    def open_last(self) -> None:
        """Show what the last reminder was about: the meeting, or the Dashboard."""
        self.banner.hide()
        if self.window.isMinimized():
            self.window.showNormal()
        self.window.raise_()
        self.window.activateWindow()
        meeting = next((r for r in self.last if r.kind == MEETING), None)
        if meeting is not None and meeting.meeting_id is not None:
            self.context.open(Ref(Kind.MEETING, meeting.meeting_id))
            return
        self.window.open_area("dashboard")


def open_the_day(window: MainWindow) -> Reminders:
    """Once the data is there: open on the Dashboard (or the first-run welcome) and
    start the reminders, checked on every tick of the ticker."""
    from mentordesk.ui.dashboard.area import first_area

    assert window.context is not None
    window.open_area(first_area(window.context, window.current_area()))
    return Reminders(window.context, window, window.settings)
