"""Meeting mode's give-back ideas and goal choice.

Ctrl+Shift+G turns the selection or the current line of notes into a give-back idea
for this mentor (its kind guessed from its words), as Ctrl+Shift+A does for action
items; the ideas of this meeting are listed under the action items. A "Toward goal"
choice links every action item captured from now on to one of my goals.

Attached to a window with ``attach``: the window's own layout stays as it is.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from mentordesk.db.choices import GiveBackKind
from mentordesk.services import givebacks, goal_links
from mentordesk.services.givebacks import GiveBackState, GiveBackValidationError
from mentordesk.services.kinds import Change, Kind
from mentordesk.ui import labels
from mentordesk.ui.follow import ChangeFollower
from mentordesk.ui.givebacks import operations
from mentordesk.ui.messages import problem_text
from mentordesk.ui.widgets.parts import heading
from mentordesk.ui.widgets.toned import tone

if TYPE_CHECKING:
    from mentordesk.ui.meeting_mode.window import MeetingModeWindow

KEY = "Ctrl+Shift+G"


class GiveBackPanel(QWidget):
    """This meeting's give-back ideas, with the button that captures one."""

    def __init__(self, window: MeetingModeWindow) -> None:
        super().__init__()
        self.setObjectName("giveBackPanel")
        self.window_ = window
        self.context = window.context
        title = heading(self.tr("Give-back ideas"))
        self.capture_button = QPushButton(self.tr("Capture give-back idea"))
        self.capture_button.setObjectName("captureGiveBackButton")
        self.capture_button.setAccessibleName(self.tr("Capture give-back idea"))
        self.capture_button.setToolTip(
            self.tr(
                "Turn the selection or the current line of notes into a give-back idea ({key})"
            ).format(key=QKeySequence(KEY).toString(QKeySequence.SequenceFormat.NativeText))
        )
        self.capture_button.clicked.connect(self.capture)
        self.list = QListWidget()
        self.list.setObjectName("meetingGiveBacks")
        self.list.setAccessibleName(self.tr("Give-back ideas from this meeting"))
        self.list.setWordWrap(True)
        self.message = tone(QLabel(), "muted")
        self.message.setObjectName("giveBackMessage")
        self.message.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 6, 0, 0)
        layout.addWidget(title)
        layout.addWidget(self.capture_button)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.message)
        # KEY is the window's Capture Give-back Idea action (meeting_mode/keys.py).
        self.follower = ChangeFollower(self, self.context, (Kind.GIVE_BACK,), self._changed)
        self.reload()

    def _changed(self, _change: Change | None) -> None:
        self.reload()

    def ideas(self) -> list[GiveBackState]:
        meeting_id = self.window_.meeting_id
        found = self.context.read(givebacks.rows, [meeting_id])
        return [item for item in found if item.meeting_id == meeting_id]

    def reload(self) -> None:
        self.list.clear()
        for item in reversed(self.ideas()):  # oldest first, as they were said
            row = QListWidgetItem(f"{item.idea} · {labels.label(GiveBackKind, item.data.kind)}")
            row.setData(Qt.ItemDataRole.UserRole, item.id)
            self.list.addItem(row)
        if not self.list.count():
            self.message.setText(
                self.tr(
                    "A way to give back came up? Put the cursor on its line and press {key}."
                ).format(key=QKeySequence(KEY).toString(QKeySequence.SequenceFormat.NativeText))
            )

    def capture(self) -> GiveBackState | None:
        """The selection or the current line of notes (or takeaways) as an idea."""
        window = self.window_
        editor = window.takeaways if window.takeaways.hasFocus() else window.notes
        text = editor.capture_text()
        if not text:
            self.message.setText(
                self.tr("Put the cursor on a line of notes (or select text) to capture it.")
            )
            return None
        mentor_id, meeting_id = window.mentor_id, window.meeting_id
        try:
            done = operations.capture_idea(self.context, window, mentor_id, text, meeting_id)
        except GiveBackValidationError as error:
            self.message.setText(problem_text(error))
            return None
        if done is None:
            self.message.setText(self.tr("Not captured. The text is still in your notes."))
            return None
        kind = labels.label(GiveBackKind, done.value.data.kind)
        self.message.setText(self.tr("Captured as “{kind}”.").format(kind=kind))
        self.context.say(self.tr("Give-back idea captured"))
        return done.value


class GoalChoice(QWidget):
    """ "Toward goal": the active goal captured action items are linked to (or none)."""

    def __init__(self, window: MeetingModeWindow) -> None:
        super().__init__()
        self.setObjectName("meetingGoalChoice")
        self.window_ = window
        self.combo = QComboBox()
        self.combo.setObjectName("meetingGoal")
        self.combo.setAccessibleName(self.tr("Captured action items work toward goal"))
        self.combo.setToolTip(self.tr("Action items captured from now on are linked to this goal"))
        self.combo.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.combo.setMinimumContentsLength(12)
        label = QLabel(self.tr("Toward &goal:"))
        label.setBuddy(self.combo)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(label)
        layout.addWidget(self.combo, 1)
        self.combo.currentIndexChanged.connect(self._chosen)
        self.follower = ChangeFollower(
            self, window.context, (Kind.GOAL, Kind.GOAL_MENTOR), self._changed
        )
        self.fill()

    def _changed(self, _change: Change | None) -> None:
        self.fill()

    def fill(self) -> None:
        """Active goals, this mentor's first; the choice is kept if it is still there."""
        context, mentor_id = self.window_.context, self.window_.mentor_id
        current = self.combo.currentData()
        mine = {g.id for g in context.read(goal_links.goals_of_mentor, mentor_id)}
        goals = context.read(goal_links.choices, active_only=True)
        goals.sort(key=lambda g: g.id not in mine)
        self.combo.blockSignals(True)
        self.combo.clear()
        self.combo.addItem(self.tr("No goal"), None)
        for goal in goals:
            self.combo.addItem(goal.title, goal.id)
        self.combo.setCurrentIndex(max(0, self.combo.findData(current)) if current else 0)
        self.combo.blockSignals(False)
        self._chosen()
        self.setVisible(bool(goals))

    def _chosen(self) -> None:
        value = self.combo.currentData()
        self.window_.meeting_actions.goal_id = str(value) if value else None


def attach(window: MeetingModeWindow) -> tuple[GiveBackPanel, GoalChoice]:
    """Put the goal choice above the action items and the give-back ideas under them."""
    goal = GoalChoice(window)
    panel_layout = window.action_panel.layout()
    if isinstance(panel_layout, QVBoxLayout):
        panel_layout.insertWidget(2, goal)  # under "Capture action item"
    give_backs = GiveBackPanel(window)
    columns = window.findChild(QSplitter, "meetingSplitter")
    if isinstance(columns, QSplitter):
        side = QSplitter(Qt.Orientation.Vertical)
        side.setObjectName("actionSplitter")
        side.setChildrenCollapsible(False)
        # Moving the panel into the new splitter takes it out of the columns.
        columns.insertWidget(columns.indexOf(window.action_panel), side)
        side.addWidget(window.action_panel)
        side.addWidget(give_backs)
        side.setStretchFactor(0, 4)
        side.setStretchFactor(1, 1)
    return give_backs, goal
