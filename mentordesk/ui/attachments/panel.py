"""The Attachments list of a mentor, a meeting, an agreement or a goal: files copied into
the data folder and links. Drop files (or a web address) on it, or use Add file… and
Add link…; Enter opens the chosen one, F2 renames it, Delete removes it (Edit ▸ Undo
brings it back); a right click offers the same. A file is copied off the UI thread and
attached once it is whole."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QEvent, QMimeData, QObject, QPoint, Qt, QUrl
from PySide6.QtGui import (
    QDragEnterEvent,
    QDropEvent,
    QKeyEvent,
)
from PySide6.QtWidgets import QFileDialog, QMenu, QWidget

from mentordesk.services import attachments
from mentordesk.services.attachments import AttachmentRow
from mentordesk.services.kinds import Kind, Ref
from mentordesk.ui import file_folder, settings
from mentordesk.ui.attachments import dialogs, operations
from mentordesk.ui.attachments.attacher import attacher_of
from mentordesk.ui.attachments.copying import MB
from mentordesk.ui.attachments.table import AttachmentTableModel
from mentordesk.ui.context import AppContext
from mentordesk.ui.links import open_link
from mentordesk.ui.lists.scoped_list import ScopedList
from mentordesk.ui.lists.tables import Column, fit_columns
from mentordesk.ui.operation import short

WEB = ("http", "https")


class AttachmentsPanel(ScopedList[AttachmentRow]):
    """The files and links of one record of ``owner_kind`` (set with ``set_owner``)."""

    def __init__(
        self, context: AppContext, owner_kind: Kind, parent: QWidget | None = None
    ) -> None:
        super().__init__(
            context,
            AttachmentTableModel(),
            name="attachmentsPanel",
            table_name="attachmentTable",
            accessible=self.tr("Attached files and links"),
            sort_column=AttachmentTableModel.COL_ADDED,
            order=Qt.SortOrder.DescendingOrder,
            follows=(Kind.ATTACHMENT,),
            parent=parent,
        )
        self.owner_kind = owner_kind
        self.folder = context.database.paths.attachments_dir
        self.attacher = attacher_of(context)
        self.copier = self.attacher.copier
        self.copier.progressed.connect(self._progressed)
        self.copier.failed.connect(self._copies_done)
        self.copier.finished.connect(self._copies_done)
        self.attacher.attached.connect(self._attached)
        self.copying = ""  # what the line above the list says while a file is copied
        fit_columns(
            self.table,
            (
                Column(AttachmentTableModel.COL_TITLE, keep=True, shrink_to=120),
                Column(AttachmentTableModel.COL_WHERE, shrink_to=120),
                Column(AttachmentTableModel.COL_SIZE),
                Column(AttachmentTableModel.COL_ADDED, keep=True),
            ),
            AttachmentTableModel.COL_TITLE,
        )
        self.table.doubleClicked.connect(lambda _index: self.open_current())
        self.add_file_button = self.button(
            "attachmentAddFile", self.tr("Add file…"), self.tr("Add file…"), self.add_files
        )
        self.add_link_button = self.button(
            "attachmentAddLink", self.tr("Add link…"), self.tr("Add link…"), self.add_link
        )
        self.open_button = self.button(
            "attachmentOpen", self.tr("Open"), self.tr("Open the attachment"), self.open_current
        )
        self.reveal_button = self.button(
            "attachmentReveal",
            self.tr("Show in folder"),
            self.tr("Show the file in its folder"),
            self.reveal_current,
        )
        self.rename_button = self.button(
            "attachmentRename", self.tr("Rename…"), self.tr("Rename the attachment"), self.rename
        )
        self.remove_button = self.button(
            "attachmentRemove",
            self.tr("Remove"),
            self.tr("Remove the attachment"),
            self.remove,
            right=True,
        )
        self.finish_buttons()
        # Enter opens, F2 renames, Delete removes: keys of the list itself, as in every
        # list (a table's own F2 would start editing a cell; it has none to edit).
        self.table.installEventFilter(self)
        self.table.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.table.customContextMenuRequested.connect(self._menu)
        self.setAcceptDrops(True)
        self.table.viewport().setAcceptDrops(True)
        self.table.viewport().installEventFilter(self)

    # -- the list ---------------------------------------------------------------------
    def set_owner(self, owner_id: str | None) -> None:
        """Show the attachments of this record (None: a record not saved yet)."""
        self.set_mentor(owner_id)

    @property
    def owner(self) -> Ref | None:
        return Ref(self.owner_kind, self.mentor_id) if self.mentor_id else None

    def read(self, mentor_id: str) -> list[AttachmentRow]:
        return self.context.read(
            attachments.attachments_of, Ref(self.owner_kind, mentor_id), self.folder
        )

    def summary_text(self) -> str:
        if self.copying:
            return self.copying
        count = self.model.rowCount()
        if self.mentor_id is not None and count == 0:
            return self.tr("No files or links yet: drop files here, or use Add file… or Add link….")
        return self.tr("%n attachment(s).", "", count)

    def update_buttons(self) -> None:
        item = self.current()
        has_owner = self.mentor_id is not None
        self.add_file_button.setEnabled(has_owner)
        self.add_link_button.setEnabled(has_owner)
        self.open_button.setEnabled(item is not None and not item.missing)
        self.reveal_button.setEnabled(item is not None and not item.is_link and not item.missing)
        self.rename_button.setEnabled(item is not None)
        self.remove_button.setEnabled(item is not None)

    def _menu(self, where: QPoint) -> None:
        item = self.current()
        if item is None:
            return
        menu = QMenu(self)
        menu.setObjectName("attachmentMenu")
        for button in (self.open_button, self.reveal_button, self.rename_button):
            action = menu.addAction(button.text(), button.click)
            action.setEnabled(button.isEnabled())
        menu.addSeparator()
        menu.addAction(self.remove_button.text(), self.remove_button.click)
        menu.popup(self.table.viewport().mapToGlobal(where))

    # -- adding -----------------------------------------------------------------------
    def limit(self) -> int:
        return self.context.settings.get(settings.ATTACHMENT_LIMIT_MB) * MB

    def add_files(self) -> None:
        if self.owner is None:
            return
        chosen, _filter = QFileDialog.getOpenFileNames(
            self,
            self.tr("Attach files"),
            str(file_folder.start_folder(self.context.settings)),
        )
        if chosen:
            file_folder.remember(self.context.settings, chosen[0])
            self.attach([Path(name) for name in chosen])

    def attach(self, sources: list[Path]) -> None:
        """Copy ``sources`` into the data folder (off the UI thread), then attach each."""
        if self.owner is None or not sources:
            return
        self.copier.copy(sources, self.limit(), self.owner)
        self._progressed(sources[0].name, 0, 0)

    def add_link(self) -> None:
        if self.owner is not None:
            dialogs.ask(self.context, self, owner=self.owner)

    def _progressed(self, name: str, done: int, total: int) -> None:
        percent = 100 * done // total if total else 0
        self.copying = self.tr("Copying “{name}”: {percent} %…").format(
            name=short(name), percent=percent
        )
        self.update_text()

    def _attached(self, attachment_id: str, owner: Ref) -> None:
        if owner == self.owner:
            self.select_record(attachment_id)

    def _copies_done(self) -> None:
        if not self.copier.busy:
            self.copying = ""
            self.update_text()

    # -- drag and drop ----------------------------------------------------------------
    def _accepts(self, mime: QMimeData) -> bool:
        return self.owner is not None and (mime.hasUrls() or _web_address(mime.text()))

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if self._accepts(event.mimeData()):
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        if self._accepts(event.mimeData()):
            event.acceptProposedAction()
            self.dropped(event.mimeData())

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            watched is self.table
            and isinstance(event, QKeyEvent)
            and event.type() == QEvent.Type.KeyPress
            and event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
            == Qt.KeyboardModifier.NoModifier
            and self.current() is not None
        ):
            slot = {
                Qt.Key.Key_Return: self.open_current,
                Qt.Key.Key_Enter: self.open_current,
                Qt.Key.Key_F2: self.rename,
                Qt.Key.Key_Delete: self.remove,
            }.get(Qt.Key(event.key()))
            if slot is not None:
                slot()
                return True
        if isinstance(event, QDragEnterEvent | QDropEvent) and event.type() in (
            QEvent.Type.DragEnter,
            QEvent.Type.DragMove,
            QEvent.Type.Drop,
        ):
            if not self._accepts(event.mimeData()):
                return False
            event.acceptProposedAction()
            if event.type() == QEvent.Type.Drop:
                self.dropped(event.mimeData())
            return True
        return super().eventFilter(watched, event)

    def dropped(self, mime: QMimeData) -> None:
        """Files dropped are copied and attached; web addresses become links."""
        owner = self.owner
        if owner is None:
            return
        urls = mime.urls() if mime.hasUrls() else [QUrl(mime.text().strip())]
        files = [Path(url.toLocalFile()) for url in urls if url.isLocalFile()]
        for url in urls:
            if url.scheme().lower() in WEB:
                address = url.toString()
                operations.add_link(self.context, self, owner, "", address)
        self.attach(files)

    # -- using one --------------------------------------------------------------------
    def open_current(self) -> None:
        item = self.current()
        if item is None:
            return
        if item.is_link:
            open_link(QUrl(item.url), self.context.say, item.url)
        else:
            self.attacher.view(item)

    def reveal_current(self) -> None:
        item = self.current()
        if item is not None and not item.is_link:
            self.attacher.view(item, reveal=True)

    def rename(self) -> None:
        item = self.current()
        if item is not None:
            dialogs.ask(self.context, self, item=item)

    def remove(self) -> None:
        item = self.current()
        if item is not None:
            operations.remove(self.context, self, item)


def _web_address(text: str) -> bool:
    return QUrl(text.strip()).scheme().lower() in WEB
