"""Copy agenda, with a look first (issue 20, item 4): the dialog shows exactly the text
that goes on the clipboard (``text.agenda_text``: private points already left out)
and says how many private points stay here. Copy (Enter) puts that very text on the
clipboard; Cancel copies nothing."""

from __future__ import annotations

from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from mentordesk.services.meeting_queries import MeetingDetail
from mentordesk.ui.context import AppContext
from mentordesk.ui.meetings.text import agenda_text


class AgendaPreviewDialog(QDialog):
    """What copying the agenda will put on the clipboard, before it does."""

    def __init__(self, meeting: MeetingDetail, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("agendaPreviewDialog")
        self.setWindowTitle(self.tr("Copy agenda"))
        self.text = agenda_text(meeting)
        kept = sum(1 for point in meeting.agenda if point.private)
        intro = QLabel(self.tr("This is exactly what will be copied:"))
        intro.setObjectName("agendaPreviewIntro")
        self.preview = QPlainTextEdit(self.text)
        self.preview.setObjectName("agendaPreviewText")
        self.preview.setAccessibleName(self.tr("The agenda as it will be copied"))
        self.preview.setReadOnly(True)
        self.kept = QLabel(self.tr("%n private point(s) stay here and are not copied.", "", kept))
        self.kept.setObjectName("agendaPreviewKept")
        self.kept.setVisible(kept > 0)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        copy = buttons.button(QDialogButtonBox.StandardButton.Ok)
        assert copy is not None
        copy.setText(self.tr("&Copy"))
        copy.setObjectName("agendaPreviewCopy")
        copy.setDefault(True)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.preview, 1)
        layout.addWidget(self.kept)
        layout.addWidget(buttons)
        self.resize(520, 360)


def preview_and_copy(context: AppContext, meeting: MeetingDetail, parent: QWidget | None) -> bool:
    """Show the agenda as it will leave; on Copy put exactly that on the clipboard."""
    dialog = AgendaPreviewDialog(meeting, parent)
    try:
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return False
        QGuiApplication.clipboard().setText(dialog.text)
    finally:
        dialog.deleteLater()
    context.say(
        QGuiApplication.translate(
            "agenda_preview", "The agenda is on the clipboard, ready to send."
        )
    )
    return True
