"""One file copier per window's data, outliving the lists that started a copy: a file
dropped on a meeting's Attachments window that is then closed is still attached when it
is copied (one undo step, written on the UI thread), and a problem is still said.

Opening a file (or showing it in its folder) first makes a read-only copy under its
own name (``attachment_reads.view_copy``, decrypted when the folder is encrypted); that
copy is made in a thread too, so a large file never holds the window. The copies go at
quit (and at the next start, after a crash)."""

from __future__ import annotations

import contextlib
import functools
import sys
import threading
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, QProcess, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QApplication

from mentordesk.services.attachment_files import (
    AttachmentFileError,
    FileProblem,
    Stored,
    remove_views,
)
from mentordesk.services.attachment_reads import view_copy
from mentordesk.services.attachments import AttachmentRow
from mentordesk.services.kinds import Ref
from mentordesk.ui.attachments import operations
from mentordesk.ui.attachments.copying import FileCopier, problem_words
from mentordesk.ui.context import AppContext
from mentordesk.ui.links import open_link
from mentordesk.ui.messages import tell


class Attacher(QObject):
    """Copies files into the data folder, then attaches each to the record it is for."""

    attached = Signal(str, object)  # the new attachment's id, its owner (Ref)
    _viewed = Signal(object, bool)  # the copy to open (Path), whether to show its folder
    _view_failed = Signal(object)  # AttachmentFileError

    def __init__(self, context: AppContext) -> None:
        super().__init__(context)
        self.setObjectName("attachmentAttacher")
        self.context = context
        self.copier = FileCopier(context.database.paths.attachments_dir, self)
        self.copier.copied.connect(self._copied)
        self.copier.failed.connect(self._failed)
        self._viewed.connect(self._show)
        self._view_failed.connect(self._failed)
        app = QCoreApplication.instance()
        if app is not None:  # the copies made for opening (decrypted ones too) go at quit
            app.aboutToQuit.connect(functools.partial(remove_views, self.copier.folder))

    def view(self, item: AttachmentRow, *, reveal: bool = False) -> None:
        """Open the file ``item`` with the system's application (``reveal``: show it in
        the file manager instead), from a read-only copy made off the UI thread."""
        folder = self.copier.folder

        def work() -> None:
            try:
                path = view_copy(folder, item.sha256 or "", item.file_name)
            except ValueError:  # no hash: never stored
                failed = AttachmentFileError(FileProblem.NOT_FOUND, Path(item.file_name))
            except AttachmentFileError as error:
                failed = AttachmentFileError(error.problem, Path(item.file_name))
            else:
                with contextlib.suppress(RuntimeError):  # the window is gone meanwhile
                    self._viewed.emit(path, reveal)
                return
            with contextlib.suppress(RuntimeError):
                self._view_failed.emit(failed)

        threading.Thread(target=work, name="attachment-open", daemon=True).start()

    def _show(self, path: Path, reveal: bool) -> None:
        if not reveal:
            open_link(QUrl.fromLocalFile(str(path)), self.context.say, str(path))
        elif sys.platform == "win32":
            QProcess.startDetached("explorer", [f"/select,{path}"])
        elif sys.platform == "darwin":
            QProcess.startDetached("open", ["-R", str(path)])
        else:  # no common way to select a file: its folder, holding only it
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(path.parent)))

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
