"""Earlier versions of a meeting's notes: when, why, how long, a preview; restore one."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from PySide6.QtCore import QModelIndex, QObject, Qt
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

from mentordesk.db.database import Database
from mentordesk.services import note_history
from mentordesk.ui.meeting_mode.header import local_text
from mentordesk.ui.models.row_table import ModelIndex as Index
from mentordesk.ui.models.row_table import RowTableModel
from mentordesk.ui.widgets.form_text import fit_wrap_mode

REASONS = {
    note_history.PERIODIC: "Saved while typing",
    note_history.BEFORE_LARGE_DELETION: "Before a large deletion",
    note_history.BEFORE_RESTORE: "Before restoring a version",
}


@dataclass(frozen=True)
class Version:
    """One snapshot, detached from its session."""

    id: str
    taken_at: datetime
    reason: str
    notes: str


def load_versions(database: Database, meeting_id: str) -> list[Version]:
    with database.session() as session:
        return [
            Version(s.id, s.taken_at, s.reason, s.notes)
            for s in note_history.list_snapshots(session, meeting_id)
        ]


class VersionsModel(RowTableModel[Version]):
    """Snapshots newest first: time, reason, size, first line."""

    HEADERS = ("Time", "Why it was kept", "Size", "Starts with")

    def __init__(self, versions: list[Version], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.set_rows(versions)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        version = self.record(index)
        if version is None or role != Qt.ItemDataRole.DisplayRole:
            return None
        column = index.column()
        if column == 0:
            return local_text(version.taken_at)
        if column == 1:
            return self.tr(REASONS.get(version.reason, version.reason))
        if column == 2:
            return self.tr("{count} characters").format(count=len(version.notes))
        first = next((line.strip() for line in version.notes.splitlines() if line.strip()), "")
        return first[:80]


class HistoryDialog(QDialog):
    """Pick a version; ``chosen_text`` holds it when the dialog is accepted."""

    def __init__(self, database: Database, meeting_id: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("noteHistoryDialog")
        self.setWindowTitle(self.tr("Earlier versions of the notes"))
        self.resize(860, 520)
        self.chosen_text: str | None = None
        self.model = VersionsModel(load_versions(database, meeting_id), self)

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
