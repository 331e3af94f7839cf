"""Add or edit a give-back idea: for whom, what, what kind, where it stands and when.
Saving is one undoable step; problems show under their fields and nothing is saved."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from mentordesk.db.choices import GiveBackKind, GiveBackStatus, MentorStatus
from mentordesk.services import givebacks, mentors
from mentordesk.services.givebacks import GiveBackData, GiveBackState, GiveBackValidationError
from mentordesk.ui import labels
from mentordesk.ui.context import AppContext
from mentordesk.ui.givebacks import operations
from mentordesk.ui.widgets.date_fields import DateField
from mentordesk.ui.widgets.dialog_buttons import ok_cancel
from mentordesk.ui.widgets.error_form import ErrorForm


class GiveBackDialog(QDialog):
    """One give-back idea; ``saved`` holds the stored idea after Save."""

    def __init__(
        self,
        context: AppContext,
        *,
        item: GiveBackState | None = None,
        mentor_id: str | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("giveBackDialog")
        self.context = context
        self.item = item
        self.saved: GiveBackState | None = None
        self.setWindowTitle(self.tr("Give-back idea") if item else self.tr("New give-back idea"))
        today = context.today()
        data = item.data if item is not None else GiveBackData(mentor_id or "", "")
        self.form = ErrorForm()
        self.mentor = QComboBox()
        self.mentor.setObjectName("giveBackMentor")
        self.mentor.setAccessibleName(self.tr("Mentor"))
        for choice in context.read(mentors.choices):
            prospective = choice.status in (MentorStatus.PROSPECT, MentorStatus.REQUESTED)
            if not prospective or choice.id == data.mentor_id:
                self.mentor.addItem(choice.name, choice.id)
        self.mentor.setCurrentIndex(max(0, self.mentor.findData(data.mentor_id)))
        self.idea = QLineEdit(data.idea)
        self.idea.setObjectName("giveBackIdea")
        self.idea.setAccessibleName(self.tr("Idea"))
        self.idea.setPlaceholderText(self.tr("e.g. Send her the article on rotas"))
        self.kind = self._combo("giveBackKind", self.tr("Kind"), GiveBackKind, data.kind)
        # A new idea's kind follows its words, as a line captured in meeting mode does,
        # until the person picks a kind.
        self._kind_picked = item is not None
        self.kind.activated.connect(self._pick_kind)
        self.idea.textEdited.connect(self._guess_kind)
        self.status = self._combo("giveBackStatus", self.tr("Status"), GiveBackStatus, data.status)
        self.has_plan = QCheckBox(self.tr("On"))
        self.has_plan.setObjectName("giveBackHasPlan")
        self.has_plan.setAccessibleName(self.tr("Has a planned date"))
        self.has_plan.setChecked(data.planned_on is not None)
        self.planned = DateField("giveBackPlanned", self.tr("Planned date"))
        self.planned.set_value(data.planned_on or today)
        self.planned.setEnabled(self.has_plan.isChecked())
        self.has_plan.toggled.connect(self.planned.setEnabled)
        plan_row = QHBoxLayout()
        plan_row.addWidget(self.has_plan)
        plan_row.addWidget(self.planned, 1)
        self.done_on = DateField("giveBackDone", self.tr("Done on"))
        self.done_on.set_value(data.done_on or today)
        self.status.currentIndexChanged.connect(self._status_changed)
        self.note = QPlainTextEdit(data.note)
        self.note.setObjectName("giveBackNote")
        self.note.setAccessibleName(self.tr("Note"))
        self.note.setTabChangesFocus(True)
        self.note.setFixedHeight(70)
        self.form.add_field(self.tr("&Mentor"), self.mentor, self.mentor, "mentor")
        self.form.add_field(self.tr("&Idea"), self.idea, self.idea, "idea")
        self.form.add_field(self.tr("&Kind"), self.kind, self.kind, "kind")
        self.form.add_field(self.tr("&Status"), self.status, self.status, "status")
        self.form.add_field(self.tr("&Planned"), plan_row, self.has_plan, "planned_on")
        self.form.add_field(self.tr("&Done on"), self.done_on, self.done_on, "done_on")
        self.form.add_field(self.tr("&Note"), self.note, self.note, "note")
        self._status_changed()
        buttons = ok_cancel(
            self,
            self.tr("Save"),
            "giveBackSave",
            "giveBackCancel",
            accept=QDialogButtonBox.StandardButton.Save,
        )
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addWidget(buttons)
        self.setMinimumWidth(460)
        self.idea.setFocus()

    def _pick_kind(self) -> None:
        self._kind_picked = True

    def _guess_kind(self, text: str) -> None:
        if not self._kind_picked:
            self.kind.setCurrentIndex(max(0, self.kind.findData(givebacks.guess_kind(text))))

    def _combo(
        self, name: str, accessible: str, kind: type[GiveBackKind | GiveBackStatus], value: str
    ) -> QComboBox:
        combo = QComboBox()
        combo.setObjectName(name)
        combo.setAccessibleName(accessible)
        for key, text in labels.choices(kind):
            combo.addItem(text, key)
        combo.setCurrentIndex(max(0, combo.findData(value)))
        return combo

    def _status_changed(self) -> None:
        self.done_on.setEnabled(self.status.currentData() == GiveBackStatus.DONE.value)

    def data(self) -> GiveBackData:
        done = self.status.currentData() == GiveBackStatus.DONE.value
        return GiveBackData(
            mentor_id=str(self.mentor.currentData() or ""),
            idea=self.idea.text(),
            kind=str(self.kind.currentData()),
            status=str(self.status.currentData()),
            planned_on=self.planned.value() if self.has_plan.isChecked() else None,
            done_on=self.done_on.value() if done else None,
            note=self.note.toPlainText(),
        )

    def accept(self) -> None:
        data, item = self.data(), self.item
        try:
            if item is None:
                done = operations.add_idea(self.context, self, data)
            else:
                done = operations.edit_idea(self.context, self, item.id, data)
        except GiveBackValidationError as error:
            self.form.show_errors(error.errors)
            return
        if done is not None:
            self.saved = done.value
            super().accept()


def edit_give_back(
    context: AppContext,
    parent: QWidget | None = None,
    *,
    item: GiveBackState | None = None,
    mentor_id: str | None = None,
) -> GiveBackState | None:
    """Ask for a new idea (for ``mentor_id``) or edit ``item``; the stored idea, or None."""
    dialog = GiveBackDialog(context, item=item, mentor_id=mentor_id, parent=parent)
    try:
        dialog.exec()
        return dialog.saved
    finally:
        dialog.deleteLater()
