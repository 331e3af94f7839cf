"""Add an action item directly (advice that came by mail or in a corridor), or edit
one: its words, due date, report-back flag and, once done, how it turned out."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from mentordesk.db.choices import ActionStatus, MentorStatus
from mentordesk.services import action_items as service
from mentordesk.services import due_words, mentors
from mentordesk.services.action_items import ActionItemState
from mentordesk.services.errors import NotFoundError
from mentordesk.ui.action_items import operations
from mentordesk.ui.context import AppContext
from mentordesk.ui.widgets.confirm_keys import confirm_with_ctrl_enter
from mentordesk.ui.widgets.dialog_buttons import ok_cancel
from mentordesk.ui.widgets.due_field import DueField
from mentordesk.ui.widgets.error_form import ErrorForm
from mentordesk.ui.widgets.form_text import LongTextEdit


class ActionItemDialog(QDialog):
    """A new action item (``item`` None) or changes to ``item``; errors show inline."""

    def __init__(
        self,
        context: AppContext,
        item: ActionItemState | None = None,
        mentor_id: str | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("actionItemDialog")
        self.context = context
        self.item = item
        self.item_id: str | None = item.id if item else None
        self.setWindowTitle(self.tr("Edit action item") if item else self.tr("New action item"))
        self.form = ErrorForm()

        self.mentor = QComboBox()
        self.mentor.setObjectName("actionItemMentor")
        self.mentor.setAccessibleName(self.tr("Mentor the advice came from"))
        self.mentor.setMinimumContentsLength(20)
        if item is None:
            self._fill_mentors(mentor_id)
            self.form.add_field(self.tr("&Mentor"), self.mentor, self.mentor, "mentor")
        else:
            who = QLabel(item.mentor_name)
            who.setObjectName("actionItemMentorName")
            self.form.addRow(self.tr("Mentor"), who)

        self.text = LongTextEdit()
        self.text.setObjectName("actionItemText")
        self.text.setAccessibleName(self.tr("What you will do"))
        self.text.setPlaceholderText(self.tr("What will you do? e.g. Read chapter 3 of …"))
        self.text.setTabChangesFocus(True)
        self.text.setFixedHeight(self.text.fontMetrics().lineSpacing() * 4 + 12)
        self.form.add_field(self.tr("&Action"), self.text, self.text, "text")

        self.due = DueField("actionItemDue", context.today(), self.tr("on"))
        self.due.set_value(item.due_date if item else None)
        # A new item's due day is read from its words ("…by Friday", "tomorrow"), as
        # meeting mode's capture does, until the person sets one.
        self._due_from_words = item is None
        self._reading = False
        if item is None:
            self.text.textChanged.connect(self._read_due)
            self.due.has_due.toggled.connect(self._due_set_by_hand)
            self.due.date.dateChanged.connect(self._due_set_by_hand)
        self.form.add_field(self.tr("D&ue"), self.due, self.due.has_due, "due_date")

        self.report_back = QCheckBox(self.tr("Tell the mentor how it went"))
        self.report_back.setObjectName("actionItemReportBack")
        self.report_back.setAccessibleName(self.tr("Report back to the mentor"))
        self.form.addRow("", self.report_back)
        self.private = QCheckBox(self.tr("Private: never in anything copied or sent"))
        self.private.setObjectName("actionItemPrivate")
        self.private.setAccessibleName(self.tr("Private action item"))
        self.form.addRow("", self.private)

        self.outcome = LongTextEdit()
        self.outcome.setObjectName("actionItemOutcome")
        self.outcome.setAccessibleName(self.tr("Outcome"))
        self.outcome.setTabChangesFocus(True)
        self.outcome.setFixedHeight(self.outcome.fontMetrics().lineSpacing() * 3 + 12)
        if item is not None:
            self.text.setPlainText(item.text)
            self.report_back.setChecked(item.report_back)
            self.private.setChecked(item.private)
            if item.status == ActionStatus.DONE.value:
                self.outcome.setPlainText(item.outcome)
                self.form.add_field(self.tr("&Outcome"), self.outcome, self.outcome, "outcome")

        buttons = ok_cancel(
            self,
            self.tr("Save") if item else self.tr("Add action item"),
            "actionItemSaveButton",
            "actionItemCancelButton",
            accept=QDialogButtonBox.StandardButton.Save,
        )
        save = buttons.button(QDialogButtonBox.StandardButton.Save)
        assert save is not None
        save.setToolTip(self.tr("Ctrl+Enter"))
        save.setDefault(True)
        confirm_with_ctrl_enter(self)
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addWidget(buttons)
        self.setMinimumWidth(460)
        if item is None and self.mentor.currentIndex() < 0:
            self.mentor.setFocus()
        else:
            self.text.setFocus()

    def _read_due(self) -> None:
        if not self._due_from_words:
            return
        self._reading = True
        try:
            text = self.text.toPlainText()
            self.due.set_value(due_words.due_from_words(text, self.context.today()))
        finally:
            self._reading = False

    def _due_set_by_hand(self) -> None:
        if not self._reading:
            self._due_from_words = False

    def _fill_mentors(self, keep: str | None) -> None:
        for mentor in self.context.read(mentors.choices):
            if mentor.status == MentorStatus.ENDED.value and mentor.id != keep:
                continue
            self.mentor.addItem(mentor.name, mentor.id)
        self.mentor.setPlaceholderText(self.tr("Choose a mentor…"))
        self.mentor.setCurrentIndex(self.mentor.findData(keep) if keep else -1)

    def accept(self) -> None:
        text, due, report = self.text.toPlainText(), self.due.value(), self.report_back.isChecked()
        kept = self.private.isChecked()
        try:
            if self.item is None:
                mentor_id = str(self.mentor.currentData() or "")
                done = operations.add_item(
                    self.context, self, mentor_id, text, due=due, report_back=report, private=kept
                )
                if done is not None:
                    self.item_id = done.value.id
            else:
                item = self.item
                outcome = (
                    self.outcome.toPlainText() if item.status == ActionStatus.DONE.value else None
                )
                done = operations.edit_item(
                    self.context,
                    self,
                    item,
                    text=text,
                    due=due,
                    clear_due=due is None,
                    report_back=report,
                    outcome=outcome,
                    private=kept,
                )
        except service.ActionItemValidationError as error:
            self.form.show_errors(error.errors)
            return
        if done is not None:
            super().accept()


def add_action_item(
    context: AppContext, mentor_id: str | None = None, parent: QWidget | None = None
) -> str | None:
    """Ask for a new action item and add it; its id, or None if cancelled."""
    dialog = ActionItemDialog(context, None, mentor_id, parent)
    try:
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        return dialog.item_id
    finally:
        dialog.deleteLater()


def edit_action_item(context: AppContext, item_id: str, parent: QWidget | None = None) -> bool:
    """Edit an action item; True if it changed."""
    try:
        item = context.read(service.get, item_id)
    except NotFoundError:
        return False
    dialog = ActionItemDialog(context, item, None, parent)
    try:
        return dialog.exec() == QDialog.DialogCode.Accepted
    finally:
        dialog.deleteLater()
