"""The pre-meeting brief: what to have in mind before the next meeting with a mentor."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.exc import SQLAlchemyError

from mentordesk.services import action_items, meetings
from mentordesk.services.action_items import ActionItemState
from mentordesk.ui.context import ACTION_ITEM, AppContext
from mentordesk.ui.models.action_table import ActionItemChangeCommand
from mentordesk.ui.models.meeting_table import FORMAT_LABELS, meeting_time_text
from mentordesk.ui.theme import error_colour, muted_colour


@dataclass(frozen=True)
class BriefData:
    """The brief, detached from its session."""

    mentor_name: str
    next_meeting: str
    last_meeting: str
    open_actions: list[ActionItemState]
    to_report_back: list[ActionItemState]
    last_takeaways: str
    unchecked_agenda: list[str]


def read_brief(context: AppContext, mentor_id: str) -> BriefData | None:
    with context.database.session() as session:
        try:
            brief = meetings.brief(session, mentor_id)
        except LookupError:
            return None
        upcoming = brief.next_meeting
        last = brief.last_meeting
        return BriefData(
            mentor_name=brief.mentor.name,
            next_meeting=(
                f"{meeting_time_text(upcoming.scheduled_start)} · "
                f"{FORMAT_LABELS.get(upcoming.format, upcoming.format)}"
                if upcoming
                else ""
            ),
            last_meeting=meeting_time_text(last.scheduled_start) if last else "",
            open_actions=[action_items.state_of(item) for item in brief.open_actions],
            to_report_back=[action_items.state_of(item) for item in brief.to_report_back],
            last_takeaways=brief.last_takeaways.strip(),
            unchecked_agenda=[item.text for item in brief.unchecked_agenda],
        )


class BriefPanel(QWidget):
    """Open action items, outcomes to report back (with "Reported"), the last meeting's
    takeaways and unchecked agenda. Re-reads itself when data changes."""

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("briefPanel")
        self.setAccessibleName(self.tr("Pre-meeting brief"))
        self.context = context
        self.mentor_id: str | None = None
        self._today: date | None = None
        self.data: BriefData | None = None

        self.title = QLabel()
        self.title.setObjectName("briefTitle")
        self.title.setWordWrap(True)
        font = self.title.font()
        font.setPointSizeF(font.pointSizeF() * 1.25)
        font.setBold(True)
        self.title.setFont(font)
        self.subtitle = self._muted(QLabel())
        self.subtitle.setObjectName("briefSubtitle")
        self.body = QWidget()
        self.body.setObjectName("briefBody")
        self.body_layout = QVBoxLayout(self.body)
        self.body_layout.setContentsMargins(0, 0, 8, 0)
        scroll = QScrollArea()
        scroll.setObjectName("briefScroll")
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(self.body)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 4, 4, 4)
        layout.addWidget(self.title)
        layout.addWidget(self.subtitle)
        layout.addWidget(scroll, 1)

        self._reload_soon = QTimer(self)
        self._reload_soon.setSingleShot(True)
        self._reload_soon.setInterval(0)
        self._reload_soon.timeout.connect(self.reload)
        context.data_changed.connect(lambda _kind, _ids: self._reload_soon.start())
        self.show_mentor(None)

    def set_today(self, today: date | None) -> None:
        """Fix "today" for overdue marking (tests); None follows the clock."""
        self._today = today
        self.reload()

    def show_mentor(self, mentor_id: str | None) -> None:
        """Show the brief for the next meeting with ``mentor_id`` (None: a hint)."""
        self.mentor_id = mentor_id
        self.reload()

    def reload(self) -> None:
        self.data = read_brief(self.context, self.mentor_id) if self.mentor_id else None
        self._clear()
        data = self.data
        if data is None:
            self.title.setText(self.tr("Pre-meeting brief"))
            self.subtitle.setText(self.tr("Select a meeting to see what to bring up."))
            self.body_layout.addStretch(1)
            return
        self.title.setText(self.tr("Before you meet {name}").format(name=data.mentor_name))
        self.subtitle.setText(
            self.tr("Next meeting: {when}").format(when=data.next_meeting)
            if data.next_meeting
            else self.tr("No meeting planned yet.")
        )
        self._heading(self.tr("Report back"))
        if not data.to_report_back:
            self._note(self.tr("Nothing to report back."))
        for number, item in enumerate(data.to_report_back):
            self._report_row(item, number)
        self._heading(self.tr("Open action items"))
        if not data.open_actions:
            self._note(self.tr("No open action items."))
        for item in data.open_actions:
            self._action_row(item)
        last = f" ({data.last_meeting})" if data.last_meeting else ""
        self._heading(self.tr("Last meeting's takeaways") + last)
        if data.last_takeaways:
            takeaways = QLabel(data.last_takeaways)
            takeaways.setObjectName("briefTakeaways")
            takeaways.setWordWrap(True)
            takeaways.setTextFormat(Qt.TextFormat.PlainText)
            takeaways.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            self.body_layout.addWidget(takeaways)
        else:
            self._note(
                self.tr("No takeaways written.")
                if data.last_meeting
                else self.tr("No meeting held yet.")
            )
        self._heading(self.tr("Not covered last time"))
        if not data.unchecked_agenda:
            self._note(self.tr("Nothing left over from the last agenda."))
        for point in data.unchecked_agenda:
            label = QLabel(f"☐ {point}")
            label.setObjectName("briefAgendaPoint")
            label.setWordWrap(True)
            label.setTextFormat(Qt.TextFormat.PlainText)
            self.body_layout.addWidget(label)
        self.body_layout.addStretch(1)

    # -- pieces ---------------------------------------------------------------------
    def _clear(self) -> None:
        while self.body_layout.count():
            child = self.body_layout.takeAt(0)
            widget = child.widget() if child is not None else None
            if widget is not None:
                widget.hide()
                widget.deleteLater()

    def _muted(self, label: QLabel) -> QLabel:
        label.setWordWrap(True)
        palette = label.palette()
        palette.setColor(label.foregroundRole(), muted_colour(palette))
        label.setPalette(palette)
        return label

    def _heading(self, text: str) -> None:
        label = QLabel(text)
        label.setObjectName("briefHeading")
        font = label.font()
        font.setBold(True)
        label.setFont(font)
        self.body_layout.addSpacing(10)
        self.body_layout.addWidget(label)

    def _note(self, text: str) -> None:
        label = self._muted(QLabel(text))
        label.setObjectName("briefNothing")
        self.body_layout.addWidget(label)

    def _action_row(self, item: ActionItemState) -> None:
        today = self._today or date.today()
        label = QLabel()
        label.setObjectName("briefOpenAction")
        label.setWordWrap(True)
        label.setTextFormat(Qt.TextFormat.PlainText)
        if item.due_date is None:
            label.setText(f"• {item.text}")
        elif item.is_overdue(today):
            label.setText(
                self.tr("• {text} — overdue, due {date}").format(
                    text=item.text, date=item.due_date.isoformat()
                )
            )
            palette = label.palette()
            palette.setColor(label.foregroundRole(), error_colour(palette))
            label.setPalette(palette)
            font = label.font()
            font.setBold(True)
            label.setFont(font)
        else:
            label.setText(
                self.tr("• {text} — due {date}").format(
                    text=item.text, date=item.due_date.isoformat()
                )
            )
        self.body_layout.addWidget(label)

    def _report_row(self, item: ActionItemState, number: int) -> None:
        row = QWidget()
        row.setObjectName("briefReportRow")
        layout = QHBoxLayout(row)
        layout.setContentsMargins(0, 0, 0, 0)
        outcome = f": {item.outcome}" if item.outcome else ""
        done = item.done_on.isoformat() if item.done_on else ""
        label = QLabel(f"✓ {item.text}{outcome}")
        label.setToolTip(self.tr("Done {date}").format(date=done))
        label.setWordWrap(True)
        label.setTextFormat(Qt.TextFormat.PlainText)
        label.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        button = QPushButton(self.tr("Reported"))
        button.setObjectName(f"briefReportedButton{number}")
        button.setAccessibleName(self.tr("Mark reported: {text}").format(text=item.text))
        button.setToolTip(self.tr("I told {name} how it went").format(name=self.data_name()))
        button.clicked.connect(lambda _checked=False, state=item: self.mark_reported(state))
        layout.addWidget(label, 1)
        layout.addWidget(button, 0, Qt.AlignmentFlag.AlignTop)
        self.body_layout.addWidget(row)

    def data_name(self) -> str:
        return self.data.mentor_name if self.data else ""

    def mark_reported(self, before: ActionItemState) -> None:
        """Note that I told the mentor how ``before`` went (undoable)."""
        try:
            with self.context.database.session() as session:
                after = action_items.state_of(
                    action_items.mark_reported(session, before.id, self._today)
                )
        except (action_items.ActionItemNotFoundError, SQLAlchemyError):
            self.reload()
            return
        self.context.undo_stack.push(
            ActionItemChangeCommand(
                self.context,
                self.tr("Reported back: {text}").format(text=before.text),
                [before],
                [after],
            )
        )
        self.context.notify(ACTION_ITEM, [before.id])
