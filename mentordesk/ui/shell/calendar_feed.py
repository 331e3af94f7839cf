"""The calendar file kept in a folder the person chose (Preferences ▸ Reminders), for
calendar apps that subscribe to a file: rewritten whole and atomically on every change
to meetings, their agenda or a mentor's name, when the day changes (past meetings
leave it) and when the folder is chosen; left alone when nothing in it would change.
The events' UIDs are the meetings' own ids, so a calendar updates, never duplicates."""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject

from mentordesk.db.errors import StorageError
from mentordesk.services import calendar_export
from mentordesk.services.kinds import Change, Kind
from mentordesk.ui import settings as setting
from mentordesk.ui.context import AppContext
from mentordesk.ui.messages import problem_text
from mentordesk.ui.ticker import ticker

log = logging.getLogger(__name__)

SHOWN_KINDS = frozenset({Kind.MEETING, Kind.AGENDA_ITEM, Kind.MENTOR})


class CalendarFeed(QObject):
    """Follows the change news and keeps the calendar file up to date."""

    def __init__(self, context: AppContext, parent: QObject) -> None:
        super().__init__(parent)
        self.setObjectName("calendarFeed")
        self.context = context
        self.problem = ""  # the last failure, said once in the status line
        self.kept_in: Path | None = None  # the folder of the last write
        self.kept_alarm = self.alarm()  # the alarm of the last write
        context.changed.connect(self._changed)
        ticker(context).day_changed.connect(lambda _day: self.write())
        self.write()

    def folder(self) -> Path | None:
        chosen = self.context.settings.get(setting.CALENDAR_FOLDER)
        return Path(chosen) if chosen else None

    def alarm(self) -> int:
        return self.context.settings.get(setting.CALENDAR_ALARM)

    def _changed(self, change: Change) -> None:
        # Preferences announce their save: a folder or alarm chosen there is written at once.
        settings_changed = self.folder() != self.kept_in or self.alarm() != self.kept_alarm
        if change.kinds & SHOWN_KINDS or settings_changed:
            self.write()

    def write(self) -> bool:
        """Rewrite the file if it would change; True when written."""
        folder = self.kept_in = self.folder()
        alarm = self.kept_alarm = self.alarm()
        if folder is None:
            return False
        try:
            written = self.context.read(
                calendar_export.keep_calendar, folder, self.context.now(), alarm
            )
        except (OSError, StorageError) as error:
            reason = problem_text(error)
            if reason != self.problem:
                log.warning("The calendar file could not be written: %s", reason)
                self.context.say(
                    QCoreApplication.translate(
                        "calendar_feed",
                        "The calendar file in {folder} could not be written: {reason}.",
                    ).format(folder=folder, reason=reason)
                )
            self.problem = reason
            return False
        self.problem = ""
        return bool(written)
