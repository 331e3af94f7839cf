"""Drop a topic (for any mentor, from anywhere: the global shortcut, the tray menu) and
log a touch (two clicks: the button, then Log) or change one logged before. Saving is
one undoable step; problems show under their fields and nothing is saved."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from mentordesk.db.choices import PROSPECTIVE, MentorStatus, TouchKind
from mentordesk.services import mentors
from mentordesk.services.topics import TopicRow, TopicValidationError
from mentordesk.services.touches import TouchData, TouchRow, TouchValidationError
from mentordesk.ui import labels
from mentordesk.ui.between import operations
from mentordesk.ui.context import AppContext
from mentordesk.ui.widgets.date_fields import DateField
from mentordesk.ui.widgets.dialog_buttons import ok_cancel
from mentordesk.ui.widgets.error_form import ErrorForm


def _mentor_combo(context: AppContext, name: str, chosen: str | None) -> QComboBox:
    """The mentors one talks with (not prospects, not ended ones unless chosen)."""
    combo = QComboBox()
    combo.setObjectName(name)
    combo.setAccessibleName(QCoreApplication.translate("TopicDialog", "Mentor"))
    for choice in context.read(mentors.choices):
        gone = choice.status in PROSPECTIVE or choice.status == MentorStatus.ENDED
        if not gone or choice.id == chosen:
            combo.addItem(choice.name, choice.id)
    combo.setCurrentIndex(combo.findData(chosen) if chosen else -1)
    return combo


class TopicDialog(QDialog):
    """A topic for a mentor's inbox; ``saved`` holds it after Save."""

    def __init__(
        self,
        context: AppContext,
        *,
        mentor_id: str | None = None,
        item: TopicRow | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("topicDialog")
        self.setWindowTitle(self.tr("Topic") if item else self.tr("Drop a topic"))
        self.context = context
        self.item = item
        self.saved: TopicRow | None = None
        self.form = ErrorForm()
        self.mentor = _mentor_combo(context, "topicMentor", item.mentor_id if item else mentor_id)
        self.mentor.setPlaceholderText(self.tr("Choose a mentor…"))
        self.mentor.setEnabled(item is None)
        self.text = QLineEdit(item.text if item else "")
        self.text.setObjectName("topicText")
        self.text.setAccessibleName(self.tr("Topic"))
        self.text.setPlaceholderText(self.tr("e.g. Ask how she prepared her first board talk"))
        self.private = QCheckBox(self.tr("Private: never in anything copied or sent"))
        self.private.setObjectName("topicPrivate")
        self.private.setAccessibleName(self.tr("Private topic"))
        self.private.setChecked(bool(item and item.private))
        self.form.add_field(self.tr("&Mentor"), self.mentor, self.mentor, "mentor")
        self.form.add_field(self.tr("&Topic"), self.text, self.text, "text")
        self.form.add_field("", self.private, self.private, "private")
        buttons = ok_cancel(
            self,
            self.tr("Save"),
            "topicSave",
            "topicCancel",
            accept=QDialogButtonBox.StandardButton.Save,
        )
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addWidget(buttons)
        self.setMinimumWidth(460)
        (self.text if self.mentor.currentIndex() >= 0 else self.mentor).setFocus()

    def accept(self) -> None:
        mentor_id = str(self.mentor.currentData() or "")
        if not mentor_id:
            self.form.show_errors({"mentor": self.tr("Choose the mentor this topic is for.")})
            return
        try:
            if self.item is None:
                done = operations.add_topic(
                    self.context, self, mentor_id, self.text.text(), self.private.isChecked()
                )
            else:
                done = operations.edit_topic(
                    self.context, self, self.item, self.text.text(), self.private.isChecked()
                )
        except TopicValidationError as error:
            self.form.show_errors(error.errors)
            return
        if done is not None:
            self.saved = done.value
            super().accept()


def drop_topic(
    context: AppContext,
    parent: QWidget | None = None,
    *,
    mentor_id: str | None = None,
    item: TopicRow | None = None,
) -> TopicRow | None:
    """Ask for a topic (for ``mentor_id``, or any mentor) or edit ``item``."""
    dialog = TopicDialog(context, mentor_id=mentor_id, item=item, parent=parent)
    try:
        dialog.exec()
        return dialog.saved
    finally:
        dialog.deleteLater()


class TouchDialog(QDialog):
    """A touch with one mentor: how, when, one line. Log (or Save, for a touch logged
    before) is the default button."""

    def __init__(
        self,
        context: AppContext,
        mentor_id: str,
        mentor_name: str,
        parent: QWidget | None = None,
        *,
        item: TouchRow | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("touchDialog")
        title = (
            self.tr("Touch with {name}") if item else self.tr("Log a touch with {name}")
        ).format(name=mentor_name)
        self.setWindowTitle(title)
        self.context = context
        self.mentor_id = mentor_id
        self.mentor_name = mentor_name
        self.item = item
        self.logged = False
        self.form = ErrorForm()
        self.kind = QComboBox()
        self.kind.setObjectName("touchKind")
        self.kind.setAccessibleName(self.tr("How"))
        for key, text in labels.choices(TouchKind):
            self.kind.addItem(text, key)
        self.day = DateField("touchDay", self.tr("Day"))
        self.day.set_value(item.data.day if item else context.today())
        self.note = QLineEdit(item.data.note if item else "")
        self.note.setObjectName("touchNote")
        self.note.setAccessibleName(self.tr("What it was about"))
        self.note.setPlaceholderText(self.tr("One line, e.g. Sent her the draft deck"))
        if item is not None:
            self.kind.setCurrentIndex(max(0, self.kind.findData(item.data.kind)))
        self.form.add_field(self.tr("&How"), self.kind, self.kind, "kind")
        self.form.add_field(self.tr("&Day"), self.day, self.day, "day")
        self.form.add_field(self.tr("&About"), self.note, self.note, "note")
        buttons = ok_cancel(
            self, self.tr("Save") if item else self.tr("Log"), "touchLog", "touchCancel"
        )
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addWidget(buttons)
        self.setMinimumWidth(420)
        self.note.setFocus()

    def accept(self) -> None:
        data = TouchData(
            self.mentor_id, str(self.kind.currentData()), self.day.value(), self.note.text()
        )
        try:
            if self.item is None:
                done = operations.log_touch(self.context, self, data, self.mentor_name)
            else:
                done = operations.edit_touch(self.context, self, self.item, data)
        except TouchValidationError as error:
            self.form.show_errors(error.errors)
            return
        if done is not None:
            self.logged = True
            super().accept()


def log_touch(
    context: AppContext, mentor_id: str, mentor_name: str, parent: QWidget | None = None
) -> bool:
    """Ask for a touch with the mentor and log it; whether one was logged."""
    return _run(TouchDialog(context, mentor_id, mentor_name, parent))


def edit_touch(context: AppContext, item: TouchRow, parent: QWidget | None = None) -> bool:
    """Change a touch logged before (its kind, day, line); whether it was saved."""
    return _run(TouchDialog(context, item.mentor_id, item.mentor_name, parent, item=item))


def _run(dialog: TouchDialog) -> bool:
    try:
        dialog.exec()
        return dialog.logged
    finally:
        dialog.deleteLater()
