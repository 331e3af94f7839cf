"""The pre-meeting brief: what to have in mind before the next meeting with a mentor."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import Qt
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

from mentordesk.db.choices import MeetingFormat, TopicStatus
from mentordesk.services import meeting_queries, private, topics
from mentordesk.services.action_items import ActionItemState
from mentordesk.services.errors import NotFoundError
from mentordesk.services.kinds import Change, Kind
from mentordesk.services.meeting_queries import Brief, MeetingRow
from mentordesk.ui import formats, labels
from mentordesk.ui.action_items import operations
from mentordesk.ui.context import AppContext
from mentordesk.ui.follow import ChangeFollower
from mentordesk.ui.links import join_url, open_link
from mentordesk.ui.privacy import lock_mark, marked
from mentordesk.ui.widgets.parts import heading
from mentordesk.ui.widgets.toned import tone

BRIEF_KINDS = (Kind.MENTOR, Kind.MEETING, Kind.AGENDA_ITEM, Kind.ACTION_ITEM, Kind.TOPIC)


class BriefPanel(QWidget):
    """Open action items, outcomes to report back (with "Reported"), the last meeting's
    takeaways and unchecked agenda. Re-reads itself when data changes."""

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("briefPanel")
        self.setAccessibleName(self.tr("Pre-meeting brief"))
        self.context = context
        self.mentor_id: str | None = None
        self.data: Brief | None = None
        self._shown = False

        self.title = QLabel()
        self.title.setObjectName("briefTitle")
        self.title.setWordWrap(True)
        font = self.title.font()
        font.setPointSizeF(font.pointSizeF() * 1.25)
        font.setBold(True)
        self.title.setFont(font)
        self.subtitle = self._muted(QLabel())
        self.subtitle.setObjectName("briefSubtitle")
        self.subtitle.setWordWrap(True)
        self.join_button = QPushButton(self.tr("Join"))
        self.join_button.setObjectName("briefJoinButton")
        self.join_button.setAccessibleName(self.tr("Join the meeting"))
        self.join_button.clicked.connect(self.join)
        self.join_button.hide()
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
        when_row = QHBoxLayout()
        when_row.addWidget(self.subtitle, 1)
        when_row.addWidget(self.join_button, 0, Qt.AlignmentFlag.AlignTop)
        layout.addLayout(when_row)
        layout.addWidget(scroll, 1)

        self.follower = ChangeFollower(self, context, BRIEF_KINDS, self._changed)
        context.presenting_changed.connect(self._presenting_changed)
        self.show_mentor(None)

    def _changed(self, change: Change | None) -> None:
        if change is None or self.mentor_id is None or self.mentor_id in change.ids:
            self.reload()

    def _presenting_changed(self, _on: bool) -> None:
        if self._shown:
            self.reload()  # private items go (or come back) at once

    def show_mentor(self, mentor_id: str | None) -> None:
        """Show the brief for the next meeting with ``mentor_id`` (None: a hint).

        Another meeting with the same mentor shows the same brief: nothing to read."""
        if mentor_id == self.mentor_id and self._shown:
            return
        self.mentor_id = mentor_id
        self.reload()

    def reload(self) -> None:
        self._shown = True
        self.data = None
        if self.mentor_id is not None:
            try:
                self.data = self.context.read(meeting_queries.brief, self.mentor_id)
            except NotFoundError:
                self.data = None
        self._clear()
        data = self.data
        presenting = self.context.presenting  # private items hidden on a shared screen
        if data is not None and presenting:
            data = replace(
                data,
                open_actions=tuple(private.shared(data.open_actions)),
                to_report_back=tuple(private.shared(data.to_report_back)),
                unchecked_agenda=tuple(
                    p for p in data.unchecked_agenda if p not in data.private_points
                ),
            )
        if data is None:
            self.title.setText(self.tr("Pre-meeting brief"))
            self.subtitle.setText(self.tr("Select a meeting to see what to bring up."))
            self.body_layout.addStretch(1)
            return
        self.title.setText(self.tr("Before you meet {name}").format(name=data.mentor_name))
        upcoming = data.next_meeting
        self.subtitle.setText(self._when_text(upcoming))
        link = join_url(upcoming.location) if upcoming is not None else None
        self.join_button.setVisible(link is not None)
        self.join_button.setToolTip(link.toString() if link is not None else "")
        assert self.mentor_id is not None  # the brief read is this mentor's
        self._inbox(self.mentor_id)
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
        last = (
            f" ({formats.short_datetime(data.last_meeting_start)})"
            if data.last_meeting_start
            else ""
        )
        self._heading(self.tr("Last meeting's takeaways") + last)
        if data.last_takeaways and data.last_takeaways_private and presenting:
            self._note(self.tr("{lock} Private: hidden while presenting.").format(lock=lock_mark()))
        elif data.last_takeaways:
            takeaways = QLabel(marked(data.last_takeaways, data.last_takeaways_private))
            takeaways.setObjectName("briefTakeaways")
            takeaways.setWordWrap(True)
            takeaways.setTextFormat(Qt.TextFormat.PlainText)
            takeaways.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            self.body_layout.addWidget(takeaways)
        else:
            self._note(
                self.tr("No takeaways written.")
                if data.last_meeting_start
                else self.tr("No meeting held yet.")
            )
        self._heading(self.tr("Not covered last time"))
        if not data.unchecked_agenda:
            self._note(self.tr("Nothing left over from the last agenda."))
        for point in data.unchecked_agenda:
            label = QLabel(f"☐ {marked(point, point in data.private_points)}")
            label.setObjectName("briefAgendaPoint")
            label.setWordWrap(True)
            label.setTextFormat(Qt.TextFormat.PlainText)
            self.body_layout.addWidget(label)
        self.body_layout.addStretch(1)

    def _inbox(self, mentor_id: str) -> None:
        """The topics waiting or on the next plan; a private one says it stays here."""
        found = [
            t
            for t in self.context.read(topics.topics_of, mentor_id)
            if t.status == TopicStatus.OPEN and not (self.context.presenting and t.private)
        ]
        self._heading(self.tr("From your inbox"))
        if not found:
            self._note(self.tr("No topics waiting."))
        for topic in found:
            text = self.tr("{topic} (private: only here)") if topic.private else "{topic}"
            label = QLabel("• " + text.format(topic=topic.text))
            label.setObjectName("briefTopic")
            label.setWordWrap(True)
            label.setTextFormat(Qt.TextFormat.PlainText)
            self.body_layout.addWidget(label)

    def _when_text(self, upcoming: MeetingRow | None) -> str:
        """When the next planned meeting is, said honestly once its time has come."""
        if upcoming is None:
            return self.tr("No meeting planned yet.")
        values = {
            "when": formats.meeting_time(upcoming.scheduled_start),
            "format": labels.label(MeetingFormat, upcoming.format),
        }
        now = self.context.now()
        if upcoming.planned_end <= now:
            return self.tr(
                "Planned for {when} · {format}, not marked held yet: end it in meeting "
                "mode, or reschedule it."
            ).format(**values)
        if upcoming.scheduled_start <= now:
            return self.tr("Meeting now: {when} · {format}").format(**values)
        return self.tr("Next meeting: {when} · {format}").format(**values)

    def join(self) -> None:
        upcoming = self.data.next_meeting if self.data is not None else None
        link = join_url(upcoming.location) if upcoming is not None else None
        if link is not None and upcoming is not None:
            open_link(link, self.context.say, upcoming.location)

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
        return tone(label, "muted")

    def _heading(self, text: str) -> None:
        label = heading(text, "briefHeading")
        self.body_layout.addSpacing(10)
        self.body_layout.addWidget(label)

    def _note(self, text: str) -> None:
        label = self._muted(QLabel(text))
        label.setObjectName("briefNothing")
        self.body_layout.addWidget(label)

    def _action_row(self, item: ActionItemState) -> None:
        today = self.context.today()
        label = QLabel()
        label.setObjectName("briefOpenAction")
        label.setWordWrap(True)
        label.setTextFormat(Qt.TextFormat.PlainText)
        if item.private:
            item = replace(item, text=marked(item.text, True))
        if item.due_date is None:
            label.setText(f"• {item.text}")
        elif item.is_overdue(today):
            label.setText(
                self.tr("• {text} — overdue, due {date}").format(
                    text=item.text, date=formats.short_date(item.due_date)
                )
            )
            tone(label, "error")
            font = label.font()
            font.setBold(True)
            label.setFont(font)
        else:
            label.setText(
                self.tr("• {text} — due {date}").format(
                    text=item.text, date=formats.short_date(item.due_date)
                )
            )
        self.body_layout.addWidget(label)

    def _report_row(self, item: ActionItemState, number: int) -> None:
        row = QWidget()
        row.setObjectName("briefReportRow")
        layout = QHBoxLayout(row)
        layout.setContentsMargins(0, 0, 0, 0)
        outcome = f": {item.outcome}" if item.outcome else ""
        done = formats.short_date(item.done_on) if item.done_on else ""
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
        operations.mark_reported(self.context, self, before.id, before.text)
