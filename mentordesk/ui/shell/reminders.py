"""Reminders: a meeting starting within 15 minutes (with its one-line brief and *Open
brief*), a mentor who has become overdue. Shown as the desktop's notifications
(``ui/shell/notifications.py``: the tray, the freedesktop service over D-Bus, else a
banner in the window). Each once, even across restarts (the keys shown are kept in
the settings), and off when Preferences say so.

What came due while MentorDesk was closed (the moment of the last check is kept too)
is never a burst: two or more such reminders become one summary. The ticker calls
``check`` every half minute, so a reminder shows within 30 s of its time while the app
runs (started at login, minimized: ``mentordesk/autostart.py``); tests call ``check``
themselves with a simulated clock.
"""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt

from mentordesk.services.kinds import Kind, Ref
from mentordesk.services.reminders import MEETING, Reminder, due_reminders
from mentordesk.ui import formats
from mentordesk.ui import settings as setting
from mentordesk.ui.context import AppContext
from mentordesk.ui.mentors.cadence_text import days_text
from mentordesk.ui.messages import is_expected, problem_text
from mentordesk.ui.settings import Settings
from mentordesk.ui.shell.notifications import Note, Notifier, ReminderBanner, choose_notifier
from mentordesk.ui.ticker import ticker

if TYPE_CHECKING:
    from PySide6.QtDBus import QDBusConnection

    from mentordesk.ui.shell.main_window import MainWindow

KEEP_KEYS = 500  # the newest keys shown; older events cannot come back anyway
LATE = timedelta(minutes=2)  # due longer ago than this: it came while the app was closed
LOOK_BACK = timedelta(days=31)  # the furthest back a summary looks for missed meetings
AGENDA_POINTS = 3  # agenda points named in a meeting's one-line brief


def brief_line(reminder: Reminder) -> str:
    """A meeting's brief in one line: open action items, what to report back, the agenda."""
    parts = []
    if reminder.brief is not None:
        actions = len(reminder.brief.open_actions)
        to_report = len(reminder.brief.to_report_back)
        if actions:
            parts.append(
                QCoreApplication.translate("reminders", "%n open action item(s)", "", actions)
            )
        if to_report:
            parts.append(
                QCoreApplication.translate("reminders", "%n to report back", "", to_report)
            )
    if reminder.agenda:
        points = ", ".join(reminder.agenda[:AGENDA_POINTS])
        more = "…" if len(reminder.agenda) > AGENDA_POINTS else ""
        parts.append(
            QCoreApplication.translate("reminders", "Agenda: {points}").format(points=points + more)
        )
    return (
        " · ".join(parts)
        if parts
        else QCoreApplication.translate("reminders", "No agenda yet, nothing open.")
    )


def meeting_note(reminder: Reminder) -> Note:
    assert reminder.start is not None and reminder.meeting_id is not None
    title = QCoreApplication.translate("reminders", "Meeting with {name} at {time}").format(
        name=reminder.mentor_name, time=formats.short_time(reminder.start)
    )
    return Note(
        title,
        brief_line(reminder),
        QCoreApplication.translate("reminders", "Open brief"),
        Ref(Kind.MEETING, reminder.meeting_id),
    )


def overdue_note(overdue: list[Reminder]) -> Note:
    if len(overdue) == 1:
        text = QCoreApplication.translate(
            "reminders", "{name} is overdue for a meeting ({days})."
        ).format(name=overdue[0].mentor_name, days=days_text(overdue[0].days_overdue))
        target: Ref | None = Ref(Kind.MENTOR, overdue[0].mentor_id)
    else:
        count = len(overdue)  # a plain name: pyside6-lupdate reads the plural then
        text = QCoreApplication.translate(
            "reminders", "%n mentor(s) are overdue for a meeting: {names}.", "", count
        ).format(names=", ".join(r.mentor_name for r in overdue))
        target = None
    return Note(
        QCoreApplication.translate("reminders", "Time to meet"),
        text,
        QCoreApplication.translate("reminders", "Open"),
        target,
    )


def summary_note(missed: list[Reminder]) -> Note:
    """One note for everything that came due while MentorDesk was closed."""
    meetings = [r for r in missed if r.kind == MEETING]
    overdue = [r for r in missed if r.kind != MEETING]
    lines = []
    if meetings:
        count = len(meetings)
        lines.append(
            QCoreApplication.translate("reminders", "%n meeting(s): {which}.", "", count).format(
                which=", ".join(
                    f"{r.mentor_name} {formats.short_datetime(r.start)}"
                    for r in meetings
                    if r.start is not None
                )
            )
        )
    if overdue:
        count = len(overdue)
        lines.append(
            QCoreApplication.translate(
                "reminders", "%n mentor(s) now overdue: {names}.", "", count
            ).format(names=", ".join(r.mentor_name for r in overdue))
        )
    return Note(
        QCoreApplication.translate("reminders", "While MentorDesk was closed"),
        " ".join(lines),
        QCoreApplication.translate("reminders", "Open Dashboard"),
    )


def notes_for(new: list[Reminder], now: datetime) -> list[Note]:
    """What to show for ``new`` reminders: each meeting on its own, the mentors who
    became overdue together, and whatever came due while the app was closed (two or
    more) as one summary."""
    late = [r for r in new if r.due_at < now - LATE]
    if len(late) < 2:
        late = []
    fresh = [r for r in new if r not in late]
    notes = [meeting_note(r) for r in fresh if r.kind == MEETING]
    overdue = [r for r in fresh if r.kind != MEETING]
    if overdue:
        notes.append(overdue_note(overdue))
    if late:
        notes.append(summary_note(late))
    return notes


class Reminders(QObject):
    """Checks what to remind of on every tick, and shows each reminder once."""

    def __init__(
        self,
        context: AppContext,
        window: MainWindow,
        settings: Settings,
        bus: QDBusConnection | None = None,
    ) -> None:
        super().__init__(window)
        self.setObjectName("reminders")
        self.context = context
        self.window = window
        self.settings = settings
        self.shown_keys: list[str] = list(settings.get(setting.REMINDED))
        self.since: datetime | None = None  # the last check: read at the first one
        self.problem = ""  # why the last check failed, said once
        self.shown: list[Note] = []  # every note shown in this run (tests, the status line)
        self.banner = ReminderBanner(window)
        window.addToolBar(Qt.ToolBarArea.TopToolBarArea, self.banner)
        self.notifier: Notifier = choose_notifier(window, self.banner, bus)
        self.notifier.opened.connect(self.open_note)
        ticker(context).tick.connect(self.check)
        window.installEventFilter(self)  # closing remembers the last check

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.window and event.type() == QEvent.Type.Close:
            self.remember()
        return super().eventFilter(watched, event)

    def _last_check(self, now: datetime) -> datetime:
        """When the last run last looked (``now`` if never, or if it makes no sense)."""
        stored = self.settings.get(setting.REMINDERS_CHECKED)
        try:
            moment = datetime.fromisoformat(stored) if stored else None
        except ValueError:
            return now
        if moment is None or moment.tzinfo is None or moment > now:
            return now
        return max(moment, now - LOOK_BACK)

    def check(self) -> list[Reminder]:
        """Show what is due and was not shown before; what was shown now."""
        if not self.settings.get(setting.REMINDERS):
            return []
        now = self.context.now()
        since = self.since or self._last_check(now)
        try:
            due = self.context.read(due_reminders, now, self.context.today(), None, since)
        except Exception as error:  # a timer's slot: nothing may escape it
            if not is_expected(error):
                raise
            self._tell_problem(error)
            return []  # checked again in half a minute; "since" stays, nothing is missed
        self.problem = ""
        self.since = now
        shown = set(self.shown_keys)
        new = [r for r in due if r.key not in shown]
        if not new:
            return []
        self.shown_keys = (self.shown_keys + [r.key for r in new])[-KEEP_KEYS:]
        self.settings.set(setting.REMINDED, tuple(self.shown_keys))
        self.remember()
        for note in notes_for(new, now):
            self.notifier.show(note)
            self.shown.append(note)
            self.context.say(f"{note.title}: {note.text}")
        return new

    def _tell_problem(self, error: BaseException) -> None:
        """Say once (not every half minute) why reminders cannot be checked."""
        said = problem_text(error)
        if said != self.problem:
            self.problem = said
            self.context.say(
                QCoreApplication.translate(
                    "reminders", "Reminders could not be checked: {problem}."
                ).format(problem=said)
            )

    def remember(self) -> None:
        """Keep the moment of the last check (at quit, and when something was shown)."""
        if self.since is not None:
            self.settings.set(setting.REMINDERS_CHECKED, self.since.isoformat())
            self.settings.sync()

    def open_note(self, note: Note) -> None:
        """The note's action: the window, showing the meeting's brief, the mentor or the
        Dashboard."""
        self.banner.hide()
        if self.window.isMinimized():
            self.window.showNormal()
        self.window.raise_()
        self.window.activateWindow()
        if note.target is not None:
            self.context.open(note.target)
        else:
            self.window.open_area("dashboard")


def open_the_day(window: MainWindow) -> Reminders:
    """Once the data is there: open on the Dashboard (or the first-run welcome), start
    the reminders, checked on every tick of the ticker, and keep the calendar file."""
    from mentordesk.ui.dashboard.area import first_area
    from mentordesk.ui.shell.calendar_feed import CalendarFeed

    assert window.context is not None
    window.open_area(first_area(window.context, window.current_area()))
    CalendarFeed(window.context, window)
    return Reminders(window.context, window, window.settings)
