"""One file copier per window's data, outliving the lists that started a copy: a file
dropped on a meeting's Attachments window that is then closed is still attached when it
is copied (one undo step, written on the UI thread), and a problem is still said."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtWidgets import QApplication

from mentordesk.services.attachment_files import AttachmentFileError, Stored
from mentordesk.services.kinds import Ref
from mentordesk.ui.attachments import operations
from mentordesk.ui.attachments.copying import FileCopier, problem_words
from mentordesk.ui.context import AppContext
from mentordesk.ui.messages import tell


class Attacher(QObject):
    """Copies files into the data folder, then attaches each to the record it is for."""

    attached = Signal(str, object)  # the new attachment's id, its owner (Ref)

    def __init__(self, context: AppContext) -> None:
        super().__init__(context)
        self.setObjectName("attachmentAttacher")
        self.context = context
        self.copier = FileCopier(context.database.paths.attachments_dir, self)
        self.copier.copied.connect(self._copied)
        self.copier.failed.connect(self._failed)

    def _copied(self, name: str, stored: Stored, owner: Ref) -> None:
        made = operations.attach_file(
            self.context, QApplication.activeWindow(), owner, name, stored
        )
        if made is not None:
            self.attached.emit(made.value.id, owner)

    def _failed(self, error: AttachmentFileError) -> None:
        tell(
            QApplication.activeWindow(),
            QCoreApplication.translate("attachments", "Attach a file"),
            problem_words(error),
            name="attachmentProblemBox",
        )


def attacher_of(context: AppContext) -> Attacher:
    """The context's attacher (made at the first use)."""
    found = context.findChild(Attacher)
    return found if found is not None else Attacher(context)
