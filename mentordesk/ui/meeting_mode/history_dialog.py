"""Earlier versions of a meeting's notes: when, why, how long, a preview; restore one."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, QModelIndex, QObject, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QPlainTextEdit,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from mentordesk.services import note_history
from mentordesk.services.note_history import NoteVersion
from mentordesk.ui import labels
from mentordesk.ui.formats import long_datetime
from mentordesk.ui.lists.row_table import ModelIndex as Index
from mentordesk.ui.lists.row_table import RowTableModel
from mentordesk.ui.messages import is_expected
from mentordesk.ui.widgets.form_text import fit_wrap_mode

if TYPE_CHECKING:
    from mentordesk.ui.meeting_mode.window import MeetingModeWindow


class VersionsModel(RowTableModel[NoteVersion]):
    """Snapshots newest first: time, reason, size, first line."""

    HEADERS = (
        str(QT_TRANSLATE_NOOP("VersionsModel", "Time")),
        str(QT_TRANSLATE_NOOP("VersionsModel", "Why it was kept")),
        str(QT_TRANSLATE_NOOP("VersionsModel", "Size")),
        str(QT_TRANSLATE_NOOP("VersionsModel", "Starts with")),
    )

    def __init__(self, versions: list[NoteVersion], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.set_rows(versions)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        version = self.record(index)
        if version is None or role != Qt.ItemDataRole.DisplayRole:
            return None
        column = index.column()
        if column == 0:
            return long_datetime(version.taken_at)
        if column == 1:
            return labels.note_reason(version.reason)
        if column == 2:
            return self.tr("%n character(s)", "", len(version.notes))
        first = next((line.strip() for line in version.notes.splitlines() if line.strip()), "")
        return first[:80]


class HistoryDialog(QDialog):
    """Pick a version; ``chosen_text`` holds it when the dialog is accepted."""

    def __init__(
        self, versions: list[NoteVersion], meeting_id: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("noteHistoryDialog")
        self.setWindowTitle(self.tr("Earlier versions of the notes"))
        self.resize(860, 520)
        self.chosen_text: str | None = None
        self.meeting_id = meeting_id
        self.model = VersionsModel(versions, self)

        intro = QLabel(
            self.tr(
                "MentorDesk keeps a version of the notes every 10 minutes of typing and "
                "before large deletions, for at least 90 days. Restoring replaces the "
                "notes; Ctrl+Z in the notes brings the current text back."
            )
        )
        intro.setWordWrap(True)
        self.table = QTableView()
        self.table.setObjectName("versionTable")
        self.table.setAccessibleName(self.tr("Versions"))
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.preview = QPlainTextEdit()
        self.preview.setObjectName("versionPreview")
        self.preview.setAccessibleName(self.tr("Version preview"))
        self.preview.setReadOnly(True)
        self.empty = QLabel(
            self.tr(
                "No earlier versions yet: they appear after 10 minutes "
                "of note-taking or before a large deletion."
            )
        )
        self.empty.setObjectName("noVersionsLabel")
        self.empty.setWordWrap(True)
        self.empty.setVisible(not self.model.rows())

        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.table)
        splitter.addWidget(self.preview)
        splitter.setSizes([220, 260])
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.restore_button = self.buttons.addButton(
            self.tr("Restore this version"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        assert self.restore_button is not None
        self.restore_button.setObjectName("restoreVersionButton")
        self.restore_button.setAccessibleName(self.tr("Restore this version"))
        self.restore_button.setEnabled(False)
        self.buttons.accepted.connect(self._restore)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.empty)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.buttons)
        self.table.selectionModel().currentRowChanged.connect(self._show)
        if self.model.rows():
            self.table.selectRow(0)

    def _show(self, current: QModelIndex, _previous: QModelIndex) -> None:
        valid = current.isValid()
        self.restore_button.setEnabled(valid)
        text = self.model.rows()[current.row()].notes if valid else ""
        fit_wrap_mode(self.preview, text)
        self.preview.setPlainText(text)

    def select_version(self, row: int) -> None:
        self.table.selectRow(row)

    def _restore(self) -> None:
        row = self.table.currentIndex().row()
        if row < 0:
            return
        self.chosen_text = self.model.rows()[row].notes
        self.accept()


def offer_versions(window: MeetingModeWindow) -> None:
    """Show the meeting's earlier versions; restore the one chosen into the editor."""
    versions = window.context.read(note_history.list_snapshots, window.meeting_id)
    dialog = HistoryDialog(versions, window.meeting_id, window)
    if dialog.exec() == QDialog.DialogCode.Accepted and dialog.chosen_text is not None:
        restore_in_editor(window, dialog.chosen_text)


def restore_in_editor(window: MeetingModeWindow, text: str) -> None:
    """Put ``text`` in the notes as one edit (Ctrl+Z in the notes undoes it), keeping
    what was there as a version first."""
    current = window.notes.toPlainText()
    if text == current:
        return
    try:
        window.context.store(
            note_history.take_before_restore, window.meeting_id, current, window.context.now()
        )
    except Exception as error:
        if not is_expected(error):
            raise  # the restore is undoable in the editor anyway; only bugs go on
    window.notes.replace_all(text)
    window.notes.setFocus()
    window.saver.save_now()
