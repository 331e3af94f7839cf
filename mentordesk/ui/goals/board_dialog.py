"""The board of one goal: every mentor who covers it, side by side, with their advice on
it (the action items toward it and the takeaways of meetings where it came up), so
what several mentors said about one goal can be compared at a glance."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from mentordesk.db.choices import ActionStatus, MentorStatus
from mentordesk.services import goal_page
from mentordesk.services.errors import NotFoundError
from mentordesk.services.goal_page import Board, BoardColumn
from mentordesk.ui import formats, labels
from mentordesk.ui.context import AppContext
from mentordesk.ui.goals.panel import MARKS
from mentordesk.ui.privacy import marked
from mentordesk.ui.widgets.toned import tone

COLUMN_WIDTH = 290


def _label(text: str, *, bold: bool = False, muted: bool = False) -> QLabel:
    label = QLabel(text)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setWordWrap(True)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    if bold:
        font = label.font()
        font.setBold(True)
        label.setFont(font)
    if muted:
        tone(label, "muted")
    return label


class GoalBoardDialog(QDialog):
    """Columns of advice, one per mentor, most advice first."""

    def __init__(self, board: Board, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("goalBoardDialog")
        self.setWindowTitle(self.tr("Board: {goal}").format(goal=board.goal.title))
        self.board = board
        title = _label(board.goal.title, bold=True)
        font = title.font()
        font.setPointSizeF(font.pointSizeF() * 1.3)
        title.setFont(font)
        title.setObjectName("goalBoardTitle")
        lines = []
        if board.goal.data.success_criteria:
            lines.append(
                self.tr("How I'll know: {text}").format(text=board.goal.data.success_criteria)
            )
        lines.append(self.tr("{value} % done").format(value=board.goal.progress))
        summary = _label(" · ".join(lines), muted=True)
        summary.setObjectName("goalBoardSummary")

        row = QWidget()
        row.setObjectName("goalBoardColumns")
        columns = QHBoxLayout(row)
        columns.setSpacing(12)
        for number, column in enumerate(board.columns):
            columns.addWidget(self._column(column, number))
        if not board.columns:
            empty = _label(
                self.tr(
                    "No mentor covers this goal yet. Tick mentors on the goal, or link the "
                    "action items that serve it, to compare their advice here."
                ),
                muted=True,
            )
            empty.setObjectName("goalBoardEmpty")
            columns.addWidget(empty)
        columns.addStretch(1)
        scroll = QScrollArea()
        scroll.setObjectName("goalBoardScroll")
        scroll.setWidgetResizable(True)
        scroll.setWidget(row)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close = buttons.button(QDialogButtonBox.StandardButton.Close)
        assert close is not None
        close.setObjectName("goalBoardClose")
        close.setAccessibleName(self.tr("Close"))
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addWidget(summary)
        layout.addWidget(scroll, 1)
        layout.addWidget(buttons)
        shown = max(1, min(len(board.columns), 3))
        self.resize(shown * (COLUMN_WIDTH + 12) + 60, 560)

    def _column(self, column: BoardColumn, number: int) -> QFrame:
        frame = QFrame()
        frame.setObjectName(f"goalBoardColumn{number}")
        frame.setFrameShape(QFrame.Shape.StyledPanel)
        frame.setFixedWidth(COLUMN_WIDTH)
        box = QVBoxLayout(frame)
        box.addWidget(_label(column.mentor_name, bold=True))
        status = labels.label(MentorStatus, column.mentor_status)
        if not column.linked:
            status += " · " + self.tr("through their advice")
        box.addWidget(_label(status, muted=True))
        box.addSpacing(6)
        box.addWidget(_label(self.tr("Advice to act on"), bold=True))
        for action in column.actions:
            text = f"{MARKS.get(action.status, '')} {marked(action.text, action.private)}"
            if action.status == ActionStatus.DONE.value and action.outcome:
                text += "\n   → " + action.outcome
            box.addWidget(_label(text, muted=action.status == ActionStatus.DROPPED.value))
        if not column.actions:
            box.addWidget(_label(self.tr("None linked yet."), muted=True))
        box.addSpacing(6)
        box.addWidget(_label(self.tr("Takeaways"), bold=True))
        for meeting in column.meetings:
            box.addWidget(_label(formats.short_date(formats.local_date(meeting.start)), muted=True))
            box.addWidget(_label(marked(meeting.takeaways.strip(), meeting.takeaways_private)))
        if not column.meetings:
            box.addWidget(_label(self.tr("No meeting with takeaways on it yet."), muted=True))
        box.addStretch(1)
        return frame


def show_board(context: AppContext, goal_id: str, parent: QWidget | None = None) -> bool:
    """Open the goal's board (False if the goal is gone)."""
    try:
        board = context.read(goal_page.board, goal_id, presenting=context.presenting)
    except NotFoundError:
        return False
    dialog = GoalBoardDialog(board, parent)
    try:
        dialog.exec()
    finally:
        dialog.deleteLater()
    return True
