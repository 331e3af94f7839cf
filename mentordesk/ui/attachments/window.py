"""The Attachments window of a meeting, an agreement or a goal: the same list a mentor's
Attachments tab shows, for one record, with Close. Not modal to the data: what is done in
it is an undo step like any other."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QVBoxLayout, QWidget

from mentordesk.services.kinds import Ref
from mentordesk.ui.attachments.panel import AttachmentsPanel
from mentordesk.ui.context import AppContext


class AttachmentsWindow(QDialog):
    """The files and links of ``owner``, under a heading that names it."""

    def __init__(
        self, context: AppContext, owner: Ref, heading: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("attachmentsWindow")
        self.setWindowTitle(self.tr("Attachments — {what}").format(what=heading))
        title = QLabel(heading)
        title.setObjectName("attachmentsHeading")
        title.setWordWrap(True)
        self.panel = AttachmentsPanel(context, owner.kind)
        self.panel.set_owner(owner.id)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close = buttons.button(QDialogButtonBox.StandardButton.Close)
        assert close is not None
        close.setObjectName("attachmentsClose")
        close.setAccessibleName(self.tr("Close"))
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addWidget(self.panel, 1)
        layout.addWidget(buttons)
        self.resize(640, 420)
        self.panel.table.setFocus()


def show_attachments(context: AppContext, parent: QWidget | None, owner: Ref, heading: str) -> None:
    """Show the Attachments window of ``owner`` until it is closed."""
    window = AttachmentsWindow(context, owner, heading, parent)
    try:
        window.exec()
    finally:
        window.deleteLater()
