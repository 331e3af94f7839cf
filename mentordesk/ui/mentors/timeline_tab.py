"""The mentor's timeline tab: what happened with them, newest first. Enter or a
double-click opens the entry: the meeting to read, the action item in its area, the
agreement, a touch to edit (F2 and the context menu too)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt, Signal
from PySide6.QtWidgets import QHeaderView, QWidget

from mentordesk.db.choices import MentorStatus, TouchKind
from mentordesk.services import timeline
from mentordesk.services.kinds import Kind
from mentordesk.services.mentors import MentorNotFoundError
from mentordesk.services.timeline import TimelineEntry
from mentordesk.ui import formats, labels
from mentordesk.ui.context import AppContext
from mentordesk.ui.lists.row_table import OBJECT_ROLE, ModelIndex, RowTableModel
from mentordesk.ui.lists.scoped_list import ScopedList
from mentordesk.ui.meetings.read_dialog import read_meeting
from mentordesk.ui.privacy import marked


class TimelineModel(RowTableModel[TimelineEntry]):
    """One row per event, in the order the service gives (newest first)."""

    COL_WHEN, COL_WHAT = range(2)
    HEADERS = (
        str(QT_TRANSLATE_NOOP("TimelineModel", "When")),
        str(QT_TRANSLATE_NOOP("TimelineModel", "What happened")),
    )

    def sort_key(self, row: TimelineEntry, column: int) -> Any:
        # The closure review reads above the ending it was written with (same moment).
        closed = row.kind == timeline.CLOSED
        return (row.on, row.at.timestamp() if row.at else float("inf"), closed)

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        entry = self.record(index)
        if entry is None:
            return None
        if role == OBJECT_ROLE:
            return entry
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            column = index.column()
            if column == self.COL_WHEN:
                return formats.short_date(entry.on)
            detail = self.detail(entry)
            return f"{self.what(entry)}\n{detail}" if detail else self.what(entry)
        return None

    def what(self, entry: TimelineEntry) -> str:
        kind = entry.kind
        if kind == timeline.ADDED:
            return self.tr("Added to MentorDesk")
        if kind == timeline.STATUS:
            return self.tr("Status: {before} → {after}").format(
                before=labels.label(MentorStatus, entry.before),
                after=labels.label(MentorStatus, entry.after),
            )
        if kind == timeline.MEETING_HELD:
            return self.tr("Met for %n min", "", entry.number or 0) + (
                "  " + "★" * entry.rating if entry.rating else ""
            )
        if kind == timeline.MEETING_PLANNED:
            return self.tr("Meeting planned, %n min", "", entry.number or 0)
        if kind == timeline.MEETING_CANCELLED:
            return self.tr("Meeting cancelled")
        if kind == timeline.AGREED:
            return self.tr("Agreement version {number} agreed").format(number=entry.number)
        if kind == timeline.CLOSED:
            return self.tr("Mentorship closed, with a closure review")
        if kind == timeline.TOUCH:
            how = labels.label(TouchKind, entry.before)
            return f"{how}: {entry.text}" if entry.text else how
        words = {
            timeline.ACTION_ADDED: self.tr("Action item: {text}"),
            timeline.ACTION_DONE: self.tr("Done: {text}"),
            timeline.ACTION_DROPPED: self.tr("Dropped: {text}"),
            timeline.REPORTED_BACK: self.tr("Reported back: {text}"),
        }
        return words.get(kind, "{text}").format(text=entry.text)

    def detail(self, entry: TimelineEntry) -> str:
        if entry.kind == timeline.ACTION_DONE:
            return " ".join(entry.detail.split())  # how it turned out
        if entry.kind == timeline.CLOSED and entry.text:
            return self.tr("Learned: {text}").format(text=entry.text)
        if entry.kind in (timeline.MEETING_HELD, timeline.MEETING_PLANNED) and entry.at:
            moment = formats.short_time(entry.at)
            return f"{moment} · {entry.text}" if entry.text else moment
        return ""


class MentorTimelinePanel(ScopedList[TimelineEntry]):
    """The timeline of the mentor in the form; refreshed when anything of theirs changes."""

    show_agreement = Signal()
    edit_touch = Signal()  # the chosen entry is a touch: the page's Edit Touch runs

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(
            context,
            TimelineModel(),
            name="mentorTimelinePanel",
            table_name="mentorTimelineTable",
            accessible=self.tr("What happened with this mentor"),
            sort_column=TimelineModel.COL_WHEN,
            order=Qt.SortOrder.DescendingOrder,
            follows=(
                Kind.MENTOR,
                Kind.MEETING,
                Kind.ACTION_ITEM,
                Kind.AGREEMENT,
                Kind.AGREEMENT_VERSION,
                Kind.TOUCH,
            ),
            parent=parent,
        )
        self.table.setSortingEnabled(False)  # a story is told in date order
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(TimelineModel.COL_WHEN, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(TimelineModel.COL_WHAT, QHeaderView.ResizeMode.Stretch)
        # What happened, then the details under it: wrapped to the tab's width, never cut.
        self.table.setWordWrap(True)
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        # Enter or a double-click (Qt's activation: a double-click also emits it, so
        # doubleClicked is not connected as well, which opened a meeting twice).
        self.table.activated.connect(lambda _index: self.open_current())
        self.finish_buttons()
        context.presenting_changed.connect(self._presenting_changed)

    def read(self, mentor_id: str) -> list[TimelineEntry]:
        try:
            entries = self.context.read(timeline.mentor_timeline, mentor_id)
        except MentorNotFoundError:
            return []
        if not self.context.presenting:
            return [replace(e, text=marked(e.text, e.private)) if e.private else e for e in entries]
        # A shared screen: a private action goes, private takeaways leave their meeting.
        return [
            replace(e, text="") if e.private and e.ref.kind is Kind.MEETING else e
            for e in entries
            if not (e.private and e.ref.kind is not Kind.MEETING)
        ]

    def _presenting_changed(self, _on: bool) -> None:
        if self.mentor_id is not None:
            self.follower.everything_changed()

    def summary_text(self) -> str:
        if self.model.rowCount():
            return self.tr("Meetings, action items, touches and status changes, newest first.")
        return self.tr("Save the mentor first; their story starts here.")

    def current_entry(self) -> TimelineEntry | None:
        return self.current()

    def touch_id(self) -> str | None:
        """The chosen entry's touch, if it is one."""
        entry = self.current()
        return entry.ref.id if entry is not None and entry.ref.kind == Kind.TOUCH else None

    def open_current(self) -> None:
        entry = self.current_entry()
        if entry is None:
            return
        openers: dict[Kind, Callable[[], object]] = {
            Kind.MEETING: lambda: self._meeting(entry),
            Kind.ACTION_ITEM: lambda: self.context.open(entry.ref),
            Kind.AGREEMENT: self.show_agreement.emit,
            Kind.TOUCH: self.edit_touch.emit,
        }
        opener = openers.get(entry.ref.kind)
        if opener is not None:
            opener()

    def _meeting(self, entry: TimelineEntry) -> None:
        if entry.kind == timeline.MEETING_PLANNED:
            self.context.open_meeting_mode(entry.ref.id)
        else:
            read_meeting(self.context, entry.ref.id, self)
