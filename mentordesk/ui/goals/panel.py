"""A goal's page beside the Goals list: the form, then its action items, the meetings
where it came up, and its progress updates. The Goals area saves and links."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from mentordesk.db.choices import ActionStatus, ProgressMode
from mentordesk.services.goal_page import BY_ACTION, GoalPage
from mentordesk.services.goals import GoalRow
from mentordesk.ui import formats, labels
from mentordesk.ui.goals.form import GoalForm
from mentordesk.ui.privacy import marked
from mentordesk.ui.widgets.form_scroll import form_scroll
from mentordesk.ui.widgets.parts import heading, named_button
from mentordesk.ui.widgets.toned import tone

ID_ROLE = Qt.ItemDataRole.UserRole
MARKS = {
    ActionStatus.OPEN.value: "○",
    ActionStatus.DONE.value: "✓",
    ActionStatus.DROPPED.value: "✗",
}


def _list(name: str, accessible: str) -> QListWidget:
    widget = QListWidget()
    widget.setObjectName(name)
    widget.setAccessibleName(accessible)
    widget.setWordWrap(True)
    widget.setMinimumHeight(70)
    return widget


class GoalPanel(QWidget):
    """One goal. Signals ask the area to act: save, revert, link action items, open."""

    save_requested = Signal()
    revert_requested = Signal()
    link_requested = Signal()
    attachments_requested = Signal()
    open_action = Signal(str)
    open_meeting = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("goalPanel")
        self.goal_id: str | None = None
        self.heading = QLabel()
        self.heading.setObjectName("goalHeading")
        font = self.heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.3)
        font.setBold(True)
        self.heading.setFont(font)
        self.heading.setWordWrap(True)
        self.summary = tone(QLabel(), "muted")
        self.summary.setObjectName("goalSummary")
        self.summary.setWordWrap(True)
        self.form = GoalForm()
        self.save_button = named_button("saveGoalButton", self.tr("Save"), self.tr("Save (Ctrl+S)"))
        self.save_button.setDefault(True)
        self.revert_button = named_button("revertGoalButton", self.tr("Revert"))
        self.save_button.clicked.connect(lambda: self.save_requested.emit())
        self.revert_button.clicked.connect(lambda: self.revert_requested.emit())
        saving = QHBoxLayout()
        saving.addWidget(self.save_button)
        saving.addWidget(self.revert_button)
        saving.addStretch(1)
        self.attachments_button = named_button(
            "goalAttachmentsButton",
            self.tr("Attachments…"),
            self.tr("Files and links for this goal"),
        )
        self.attachments_button.clicked.connect(lambda: self.attachments_requested.emit())
        saving.addWidget(self.attachments_button)

        self.action_list = _list("goalActions", self.tr("Action items toward this goal"))
        self.action_list.itemActivated.connect(
            lambda item: self.open_action.emit(item.data(ID_ROLE))
        )
        self.link_button = named_button(
            "linkGoalActionsButton",
            self.tr("Link action items…"),
            self.tr("Choose the advice that works toward this goal"),
        )
        self.link_button.clicked.connect(lambda: self.link_requested.emit())
        self.meeting_list = _list("goalMeetings", self.tr("Meetings where this goal came up"))
        self.meeting_list.itemActivated.connect(
            lambda item: self.open_meeting.emit(item.data(ID_ROLE))
        )
        self.history_list = _list("goalHistory", self.tr("Progress updates"))
        self.waiting = tone(QLabel(self.tr("Save the goal to link action items to it.")), "muted")
        self.waiting.setObjectName("goalWaiting")

        self.details = QWidget()
        column = QVBoxLayout(self.details)
        column.setContentsMargins(0, 0, 0, 0)
        actions_row = QHBoxLayout()
        actions_row.addWidget(heading(self.tr("Action items")), 1)
        actions_row.addWidget(self.link_button)
        column.addLayout(actions_row)
        column.addWidget(self.action_list)
        column.addWidget(heading(self.tr("Meetings where it came up")))
        column.addWidget(self.meeting_list)
        column.addWidget(heading(self.tr("Progress updates")))
        column.addWidget(self.history_list)

        inner = QWidget()
        body = QVBoxLayout(inner)
        body.addWidget(self.heading)
        body.addWidget(self.summary)
        body.addWidget(self.form)
        body.addLayout(saving)
        body.addWidget(self.waiting)
        body.addWidget(self.details)
        body.addStretch(1)
        scroll = form_scroll(inner, "goalPanelScroll")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(scroll)

    def start_new(self, today: date) -> None:
        self.goal_id = None
        self.heading.setText(self.tr("New goal"))
        self.summary.setText(self.tr("Name it, say why it matters and how you will know."))
        self.form.show_goal(None, today)
        self.attachments_button.setEnabled(False)  # once the goal is saved
        self.details.hide()
        self.waiting.show()

    def show_goal(self, goal: GoalRow, today: date, *, keep_form: bool = False) -> None:
        """The goal's heading and summary (and its form, unless typing is kept; the same
        goal again, after Save, keeps the cursor where the person was typing)."""
        same = goal.id == self.goal_id
        self.goal_id = goal.id
        self.heading.setText(goal.title)
        self.summary.setText(self._summary(goal))
        if not keep_form:
            self.form.show_goal(goal, today, same_record=same)
        self.attachments_button.setEnabled(True)
        self.details.show()
        self.waiting.hide()

    def _summary(self, goal: GoalRow) -> str:
        parts = [
            self.tr("{value} % done").format(value=goal.progress),
            labels.label(ProgressMode, goal.data.progress_mode).lower(),
        ]
        if goal.data.target_date is not None:
            parts.append(
                self.tr("target {day}").format(day=formats.short_date(goal.data.target_date))
            )
        return " · ".join(parts)

    def show_page(self, page: GoalPage) -> None:
        """Its action items, meetings and progress updates."""
        self.action_list.clear()
        for action in page.actions:
            words = marked(action.text, action.private)
            text = f"{MARKS.get(action.status, '')} {words} — {action.mentor_name}"
            if action.outcome:
                text += f"\n    {action.outcome}"
            self._add(self.action_list, text, action.id)
        if not page.actions:
            self._placeholder(
                self.action_list, self.tr("No action items yet: link the advice that serves it.")
            )
        self.meeting_list.clear()
        for meeting in page.meetings:
            why = self.tr("advice from it") if meeting.reason == BY_ACTION else self.tr("mentioned")
            text = self.tr("{when} · {name} ({why})").format(
                when=formats.short_date(formats.local_date(meeting.start)),
                name=meeting.mentor_name,
                why=why,
            )
            first = next((ln.strip() for ln in meeting.takeaways.splitlines() if ln.strip()), "")
            if first:
                text += f"\n    {marked(first, meeting.takeaways_private)}"
            self._add(self.meeting_list, text, meeting.id)
        if not page.meetings:
            self._placeholder(
                self.meeting_list,
                self.tr("None yet. Meetings appear here when their advice or notes touch it."),
            )
        self.history_list.clear()
        for update in page.history:
            text = f"{formats.short_date(update.day)} · {update.progress} %"
            if update.comment:
                text += f" — {update.comment}"
            self._add(self.history_list, text, update.id)
        if not page.history:
            self._placeholder(self.history_list, self.tr("No updates set by hand yet."))

    @staticmethod
    def _add(widget: QListWidget, text: str, record_id: str) -> None:
        item = QListWidgetItem(text)
        item.setData(ID_ROLE, record_id)
        widget.addItem(item)

    @staticmethod
    def _placeholder(widget: QListWidget, text: str) -> None:
        item = QListWidgetItem(text)
        item.setFlags(Qt.ItemFlag.NoItemFlags)
        widget.addItem(item)
