"""Dialogs of a goal: set its progress by hand (with a dated comment), and choose the
action items that work toward it. Each saves through the context (undoable) and
shows problems under their fields; nothing is half-saved."""

from __future__ import annotations

from PySide6.QtCore import QSignalBlocker, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from mentordesk.db.choices import ActionStatus
from mentordesk.services import action_items
from mentordesk.services.goals import GoalRow, GoalValidationError
from mentordesk.services.text import fold
from mentordesk.ui import formats
from mentordesk.ui.context import AppContext
from mentordesk.ui.goals import operations
from mentordesk.ui.widgets.date_fields import DateField
from mentordesk.ui.widgets.dialog_buttons import ok_cancel
from mentordesk.ui.widgets.error_form import ErrorForm

ID_ROLE = Qt.ItemDataRole.UserRole


class ProgressDialog(QDialog):
    """How far along the goal is (0-100 %), on which day, and a comment on it."""

    def __init__(self, context: AppContext, goal: GoalRow, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("goalProgressDialog")
        self.setWindowTitle(self.tr("Update progress"))
        self.context = context
        self.goal = goal
        title = QLabel(goal.title)
        title.setTextFormat(Qt.TextFormat.PlainText)
        title.setWordWrap(True)
        font = title.font()
        font.setBold(True)
        title.setFont(font)
        self.form = ErrorForm()
        self.value = QLineEdit(str(goal.progress))
        self.value.setObjectName("goalProgressValue")
        self.value.setAccessibleName(self.tr("Progress in percent, 0 to 100"))
        self.value.setPlaceholderText(self.tr("0–100"))
        self.day = DateField("goalProgressDay", self.tr("Day of the update"))
        self.day.set_value(context.today())
        self.comment = QPlainTextEdit()
        self.comment.setObjectName("goalProgressComment")
        self.comment.setAccessibleName(self.tr("Comment"))
        self.comment.setPlaceholderText(self.tr("What moved it forward (or held it back)?"))
        self.comment.setTabChangesFocus(True)
        self.comment.setFixedHeight(80)
        self.form.add_field(self.tr("&Progress (%)"), self.value, self.value, "progress")
        self.form.add_field(self.tr("&Day"), self.day, self.day, "day")
        self.form.add_field(self.tr("&Comment"), self.comment, self.comment, "comment")
        layout = QVBoxLayout(self)
        layout.addWidget(title)
        if goal.data.progress_mode != "manual":
            note = QLabel(
                self.tr("Its progress is counted from its action items; saving sets it by hand.")
            )
            note.setWordWrap(True)
            layout.addWidget(note)
        layout.addLayout(self.form)
        layout.addWidget(ok_cancel(self, self.tr("Save progress"), "goalProgressSave"))
        self.setMinimumWidth(420)
        self.value.selectAll()
        self.value.setFocus()

    def accept(self) -> None:
        text = self.value.text().strip().rstrip("%").strip()
        try:
            value = int(text)
        except ValueError:
            self.form.show_errors(
                {"progress": self.tr("Type a whole number from 0 to 100, such as 40.")}
            )
            return
        try:
            done = operations.set_progress(
                self.context,
                self,
                self.goal,
                value,
                comment=self.comment.toPlainText(),
                day=self.day.value(),
            )
        except GoalValidationError as error:
            self.form.show_errors(error.errors)
            return
        if done:
            super().accept()


class LinkActionsDialog(QDialog):
    """Tick the action items that work toward the goal (open ones first)."""

    def __init__(self, context: AppContext, goal: GoalRow, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("goalLinkActionsDialog")
        self.setWindowTitle(self.tr("Action items toward “{goal}”").format(goal=goal.title))
        self.context = context
        self.goal = goal
        self.items = sorted(
            context.read(action_items.item_rows),
            key=lambda a: (a.status != ActionStatus.OPEN.value, fold(a.mentor_name), a.text),
        )
        self.mentor = QComboBox()
        self.mentor.setObjectName("goalLinkMentor")
        self.mentor.setAccessibleName(self.tr("Show the advice of"))
        self.mentor.addItem(self.tr("All mentors"), "")
        for mentor_id, name in sorted(
            {(a.mentor_id, a.mentor_name) for a in self.items}, key=lambda m: fold(m[1])
        ):
            self.mentor.addItem(name, mentor_id)
        self.mentor.currentIndexChanged.connect(self._filter)
        self.list = QListWidget()
        self.list.setObjectName("goalLinkList")
        self.list.setAccessibleName(self.tr("Action items"))
        for item in self.items:
            when = f" · {formats.short_date(item.done_on)}" if item.done_on else ""
            row = QListWidgetItem(f"{item.text} — {item.mentor_name}{when}")
            row.setData(ID_ROLE, item.id)
            row.setData(ID_ROLE + 1, item.mentor_id)
            row.setFlags(row.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            linked = item.id in goal.action_ids
            row.setCheckState(Qt.CheckState.Checked if linked else Qt.CheckState.Unchecked)
            self.list.addItem(row)
        self.problem = QLabel()
        self.problem.setObjectName("goalLinkProblem")
        self.problem.setWordWrap(True)
        self.problem.hide()
        empty = QLabel(self.tr("No action items yet: capture them in meeting mode (Ctrl+Shift+A)."))
        empty.setVisible(not self.items)
        layout = QVBoxLayout(self)
        layout.addWidget(self.mentor)
        layout.addWidget(self.list, 1)
        layout.addWidget(empty)
        layout.addWidget(self.problem)
        layout.addWidget(ok_cancel(self, self.tr("Link"), "goalLinkSave"))
        self.resize(560, 460)

    def _filter(self) -> None:
        wanted = str(self.mentor.currentData() or "")
        with QSignalBlocker(self.list):
            for row in range(self.list.count()):
                item = self.list.item(row)
                if item is not None:
                    item.setHidden(bool(wanted) and item.data(ID_ROLE + 1) != wanted)

    def ticked(self) -> list[str]:
        found = []
        for row in range(self.list.count()):
            item = self.list.item(row)
            if item is not None and item.checkState() == Qt.CheckState.Checked:
                found.append(str(item.data(ID_ROLE)))
        return found

    def accept(self) -> None:
        try:
            done = operations.link_actions(self.context, self, self.goal, self.ticked())
        except GoalValidationError as error:
            self.problem.setText("⚠ " + " ".join(error.errors.values()))
            self.problem.show()
            return
        if done:
            super().accept()
