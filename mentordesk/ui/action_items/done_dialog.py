"""Small dialogs for an action item: mark it done (outcome, date, report back), set its due date."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QFormLayout,
    QLabel,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from mentordesk.db.choices import ActionStatus
from mentordesk.services import action_items as service
from mentordesk.services.action_items import ActionItemState
from mentordesk.ui.action_items import operations
from mentordesk.ui.context import AppContext
from mentordesk.ui.formats import to_date, to_qdate
from mentordesk.ui.messages import tell
from mentordesk.ui.widgets.confirm_keys import confirm_with_ctrl_enter
from mentordesk.ui.widgets.date_fields import DateField
from mentordesk.ui.widgets.dialog_buttons import ok_cancel
from mentordesk.ui.widgets.due_field import DueField


class ActionDoneDialog(QDialog):
    """How did it turn out? The outcome note, the done date and the report-back flag."""

    def __init__(self, item: ActionItemState, today: date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("actionDoneDialog")
        self.setWindowTitle(self.tr("Mark done"))
        self._today = today
        what = QLabel(item.text)
        what.setObjectName("actionDoneText")
        what.setWordWrap(True)
        what.setTextFormat(Qt.TextFormat.PlainText)
        font = what.font()
        font.setBold(True)
        what.setFont(font)
        self.outcome = QPlainTextEdit(item.outcome)
        self.outcome.setObjectName("actionOutcome")
        self.outcome.setAccessibleName(self.tr("Outcome"))
        self.outcome.setPlaceholderText(self.tr("How did it turn out? What did you learn?"))
        self.outcome.setTabChangesFocus(True)
        self.outcome.setMinimumHeight(90)
        self.done_on = DateField("actionDoneOn", self.tr("Done on"))
        self.done_on.setMaximumDate(to_qdate(self._today))
        self.done_on.setDate(to_qdate(item.done_on or self._today))
        self.report_back = QCheckBox(
            self.tr("Report back to {name} at the next meeting").format(name=item.mentor_name)
        )
        self.report_back.setObjectName("actionReportBack")
        self.report_back.setAccessibleName(self.tr("Report back to the mentor"))
        self.report_back.setChecked(item.report_back)
        form = QFormLayout()
        form.addRow(self.tr("&Outcome"), self.outcome)
        form.addRow(self.tr("&Done on"), self.done_on)
        form.addRow("", self.report_back)
        for field, buddy in ((0, self.outcome), (1, self.done_on)):
            label = form.itemAt(field, QFormLayout.ItemRole.LabelRole)
            widget = label.widget() if label is not None else None
            if isinstance(widget, QLabel):
                widget.setBuddy(buddy)
        layout = QVBoxLayout(self)
        layout.addWidget(what)
        layout.addLayout(form)
        layout.addWidget(ok_cancel(self, self.tr("Mark done"), "actionDoneButton"))
        confirm_with_ctrl_enter(self)  # Enter in the outcome starts a new line
        self.resize(460, max(self.sizeHint().height(), self.heightForWidth(460)))  # wrapped text
        self.outcome.setFocus()

    def values(self) -> tuple[str, date, bool]:
        """(outcome, done on, report back) as entered."""
        return (
            self.outcome.toPlainText().strip(),
            to_date(self.done_on.date()),
            self.report_back.isChecked(),
        )


class DueDateDialog(QDialog):
    """Pick a due date (or one of the quick ones), or none."""

    def __init__(self, item: ActionItemState, today: date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("dueDateDialog")
        self.setWindowTitle(self.tr("Due date"))
        what = QLabel(item.text)
        what.setWordWrap(True)
        what.setTextFormat(Qt.TextFormat.PlainText)
        self.due = DueField("dueDate", today)
        self.due.set_value(item.due_date)
        layout = QVBoxLayout(self)
        layout.addWidget(what)
        layout.addWidget(self.due)
        layout.addWidget(ok_cancel(self, self.tr("Set due date"), "dueDateButton"))
        self.resize(380, max(self.sizeHint().height(), self.heightForWidth(380)))  # wrapped text

    def value(self) -> date | None:
        return self.due.value()


def mark_item_done(context: AppContext, item: ActionItemState, parent: QWidget) -> bool:
    """Ask how ``item`` turned out, then mark it done (one undoable step)."""
    if item.status == ActionStatus.DONE.value:
        return False
    dialog = ActionDoneDialog(item, context.today(), parent)
    try:
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return False
        outcome, done_on, report_back = dialog.values()
    finally:
        dialog.deleteLater()
    try:
        return operations.mark_done(
            context, parent, item, outcome=outcome, on=done_on, report_back=report_back
        )
    except service.ActionItemValidationError as error:
        tell(parent, dialog.windowTitle(), " ".join(error.errors.values()))
        return False
