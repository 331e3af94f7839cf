"""Read a meeting back without reopening it: notes rendered from their Markdown, the
agenda with what was covered, takeaways and action items. Nothing here can be
typed over; "Open in meeting mode" is one click away for that."""

from __future__ import annotations

from PySide6.QtGui import QTextDocument
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QVBoxLayout, QWidget

from mentordesk.services import action_items, meeting_queries
from mentordesk.services.errors import NotFoundError
from mentordesk.services.meeting_queries import MeetingDetail
from mentordesk.ui.context import AppContext
from mentordesk.ui.meetings.agenda_preview import preview_and_copy
from mentordesk.ui.meetings.text import meeting_markdown
from mentordesk.ui.widgets.notes_browser import NotesBrowser


class ReadMeetingDialog(QDialog):
    """One meeting, read-only; ``find`` scrolls to and selects the first match."""

    def __init__(
        self,
        context: AppContext,
        meeting: MeetingDetail,
        *,
        find: str = "",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("readMeetingDialog")
        self.setWindowTitle(self.tr("Meeting with {name}").format(name=meeting.mentor_name))
        self.context = context
        self.meeting = meeting
        items = context.read(action_items.list_items, meeting_id=meeting.id)
        self.text = NotesBrowser(context.say)  # as typed: no HTML, links only after asking
        self.text.setObjectName("readMeetingText")
        self.text.setAccessibleName(self.tr("The meeting's notes"))
        self.text.show_markdown(meeting_markdown(meeting, items, presenting=context.presenting))
        self.found = bool(find.strip()) and self._find(find)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.open_button = buttons.addButton(
            self.tr("Open in meeting mode"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.copy_button = buttons.addButton(
            self.tr("Copy agenda"), QDialogButtonBox.ButtonRole.ActionRole
        )
        close = buttons.button(QDialogButtonBox.StandardButton.Close)
        assert self.open_button is not None and self.copy_button is not None
        assert close is not None
        for button, name in (
            (self.open_button, "readOpenButton"),
            (self.copy_button, "readCopyAgendaButton"),
            (close, "readCloseButton"),
        ):
            button.setObjectName(name)
            button.setAccessibleName(button.text())
            button.setAutoDefault(False)
        close.setDefault(True)
        self.open_button.clicked.connect(self._open)
        self.copy_button.clicked.connect(self.copy_agenda)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.text, 1)
        layout.addWidget(buttons)
        self.resize(720, 640)

    def _find(self, words: str) -> bool:
        """Select the first place the searched words appear (case and accents aside)."""
        for word in (words.strip(), *words.split()):
            cursor = self.text.document().find(word, 0, QTextDocument.FindFlag(0))
            if not cursor.isNull():
                self.text.setTextCursor(cursor)
                self.text.ensureCursorVisible()
                return True
        return False

    def copy_agenda(self) -> None:
        """Show what leaves, then copy it (``agenda_preview.py``)."""
        preview_and_copy(self.context, self.meeting, self)

    def _open(self) -> None:
        self.accept()
        self.context.open_meeting_mode(self.meeting.id)


def read_meeting(
    context: AppContext, meeting_id: str, parent: QWidget | None = None, *, find: str = ""
) -> ReadMeetingDialog | None:
    """Show the meeting read-only (modal); the dialog, or None if it is gone."""
    try:
        meeting = context.read(meeting_queries.detail, meeting_id)
    except NotFoundError:
        return None
    dialog = ReadMeetingDialog(context, meeting, find=find, parent=parent)
    dialog.exec()
    dialog.deleteLater()
    return dialog
