"""Add a link (a title and an address) and rename an attachment: one small dialog.
Problems show under their fields; nothing is saved until they are fixed."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLineEdit, QVBoxLayout, QWidget

from mentordesk.services.attachments import (
    TITLE_MAX,
    URL_MAX,
    AttachmentRow,
    AttachmentValidationError,
)
from mentordesk.services.kinds import Ref
from mentordesk.ui.attachments import operations
from mentordesk.ui.context import AppContext
from mentordesk.ui.widgets.dialog_buttons import ok_cancel
from mentordesk.ui.widgets.error_form import ErrorForm


class AttachmentDialog(QDialog):
    """A new link for ``owner`` (title and address), or a new title for ``item``."""

    def __init__(
        self,
        context: AppContext,
        *,
        owner: Ref | None = None,
        item: AttachmentRow | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("attachmentDialog")
        self.setWindowTitle(self.tr("Rename attachment") if item else self.tr("Add a link"))
        self.context = context
        self.owner = owner
        self.item = item
        self.saved = False
        self.form = ErrorForm()
        self.url = QLineEdit()
        self.url.setObjectName("attachmentUrl")
        self.url.setAccessibleName(self.tr("Web address"))
        self.url.setPlaceholderText(self.tr("https://…"))
        self.url.setMaxLength(URL_MAX)
        self.title = QLineEdit(item.title if item else "")
        self.title.setObjectName("attachmentTitle")
        self.title.setAccessibleName(self.tr("Title"))
        self.title.setMaxLength(TITLE_MAX)
        if item is None:
            self.title.setPlaceholderText(self.tr("The address, unless you name it"))
            self.form.add_field(self.tr("&Address"), self.url, self.url, "url")
        else:
            self.url.hide()
        self.form.add_field(self.tr("&Title"), self.title, self.title, "title")
        buttons = ok_cancel(
            self,
            self.tr("Rename") if item else self.tr("Add link"),
            "attachmentSave",
            "attachmentCancel",
            accept=QDialogButtonBox.StandardButton.Save,
        )
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addWidget(buttons)
        self.setMinimumWidth(460)
        if item is None:
            self.url.setFocus()
        else:
            self.title.setFocus()
            self.title.selectAll()

    def accept(self) -> None:
        try:
            if self.item is not None:
                done = operations.rename(self.context, self, self.item, self.title.text())
            else:
                assert self.owner is not None
                added = operations.add_link(
                    self.context, self, self.owner, self.title.text(), self.url.text()
                )
                done = added is not None
        except AttachmentValidationError as error:
            self.form.show_errors(error.errors)
            return
        if done:
            self.saved = True
            super().accept()


def ask(
    context: AppContext,
    parent: QWidget | None,
    *,
    owner: Ref | None = None,
    item: AttachmentRow | None = None,
) -> bool:
    """Add a link to ``owner`` or rename ``item``; whether it was saved."""
    dialog = AttachmentDialog(context, owner=owner, item=item, parent=parent)
    try:
        dialog.exec()
        return dialog.saved
    finally:
        dialog.deleteLater()
