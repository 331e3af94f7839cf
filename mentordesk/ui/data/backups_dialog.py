"""File ▸ Backups…: every backup with its date, size and counts; back up now; restore one.

Restoring first backs up the current data, so a restore can itself be undone
from this same list.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QLocale, QModelIndex, Qt, QUrl
from PySide6.QtGui import QAction, QDesktopServices
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from mentordesk.services import backup as backups
from mentordesk.ui.actions import make_action
from mentordesk.ui.formats import long_datetime, short_datetime
from mentordesk.ui.lists.row_table import RowTableModel
from mentordesk.ui.messages import confirm

if TYPE_CHECKING:
    from mentordesk.ui.shell.data_session import DataSession
    from mentordesk.ui.shell.main_window import MainWindow


def reason_text(reason: str) -> str:
    """Why a backup was made, in the user's words."""
    if reason.startswith("before-update") or reason.startswith("before-0"):
        return QCoreApplication.translate("BackupsDialog", "Before an update")
    texts = {
        backups.Reason.DAILY.value: QCoreApplication.translate("BackupsDialog", "Daily"),
        backups.Reason.AUTO.value: QCoreApplication.translate("BackupsDialog", "While you worked"),
        backups.Reason.MANUAL.value: QCoreApplication.translate("BackupsDialog", "Made by you"),
        backups.Reason.BEFORE_IMPORT.value: QCoreApplication.translate(
            "BackupsDialog", "Before an import"
        ),
        backups.Reason.BEFORE_RESTORE.value: QCoreApplication.translate(
            "BackupsDialog", "Before a restore"
        ),
    }
    return texts.get(reason, reason)


def size_text(size: int) -> str:
    return QLocale().formattedDataSize(size)


@dataclass(frozen=True)
class BackupRow:
    id: str  # the backup's file: one row a file
    summary: backups.BackupSummary


class BackupsModel(RowTableModel[BackupRow]):
    """The backups as ``list_summaries`` reads them (newest first; the list does not
    sort): when, why, size, and the mentors and meetings each holds."""

    HEADERS = (
        str(QT_TRANSLATE_NOOP("BackupsModel", "Taken")),
        str(QT_TRANSLATE_NOOP("BackupsModel", "Why")),
        str(QT_TRANSLATE_NOOP("BackupsModel", "Size")),
        str(QT_TRANSLATE_NOOP("BackupsModel", "Mentors")),
        str(QT_TRANSLATE_NOOP("BackupsModel", "Meetings")),
    )

    def show(self, summaries: list[backups.BackupSummary]) -> None:
        self.set_rows(BackupRow(str(summary.path), summary) for summary in summaries)

    def display(self, row: BackupRow, column: int) -> str:
        summary = row.summary
        if column == 0:
            return short_datetime(summary.taken_at)
        if column == 1:
            return reason_text(summary.reason)
        if column == 2:
            return size_text(summary.size) if summary.readable else self.tr("unreadable")
        if not summary.readable:
            return "—"  # what it holds is not known
        return str(summary.mentors if column == 3 else summary.meetings)

    def styled(self, row: BackupRow, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.TextAlignmentRole and column >= 2:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def summary(self, index: QModelIndex) -> backups.BackupSummary | None:
        row = self.record(index)
        return row.summary if row is not None else None


class BackupsDialog(QDialog):
    """The list of backups, with Back Up Now and Restore."""

    def __init__(self, session: DataSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.setObjectName("backupsDialog")
        self.setWindowTitle(self.tr("Backups"))
        intro = QLabel(
            self.tr(
                "MentorDesk backs up your data when it starts (once a day), every half hour "
                "while you work, and before every update, import and restore. It keeps all "
                "backups of the last two days, then one a day, one a week and one a month."
            )
        )
        intro.setWordWrap(True)
        self.model = BackupsModel(self)
        self.table = QTableView()
        self.table.setObjectName("backupsTable")
        self.table.setAccessibleName(self.tr("Backups"))
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)  # "Why" takes the room
        self.table.selectionModel().selectionChanged.connect(self._update_buttons)
        self.table.doubleClicked.connect(lambda _index: self.restore_selected())
        self.status = QLabel()
        self.status.setObjectName("backupsStatus")
        self.status.setWordWrap(True)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.backup_button = self._button("backUpNowButton", self.tr("Back Up Now"))
        self.backup_button.clicked.connect(self.back_up_now)
        self.restore_button = self._button("restoreBackupButton", self.tr("Restore…"))
        self.restore_button.clicked.connect(self.restore_selected)
        self.folder_button = self._button("showBackupsFolderButton", self.tr("Show in Folder"))
        self.folder_button.clicked.connect(
            lambda: QDesktopServices.openUrl(QUrl.fromLocalFile(str(session.paths.backups_dir)))
        )
        for button in (self.backup_button, self.restore_button, self.folder_button):
            buttons.addButton(button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        close = buttons.button(QDialogButtonBox.StandardButton.Close)
        close.setObjectName("closeButton")
        close.setAccessibleName(self.tr("Close"))

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.table)
        layout.addWidget(self.status)
        layout.addWidget(buttons)
        self.resize(720, 420)
        session.job.backed_up.connect(self._backed_up)
        session.job.failed.connect(self._failed)
        self.reload()

    def _button(self, name: str, text: str) -> QPushButton:
        button = QPushButton(text)
        button.setObjectName(name)
        button.setAccessibleName(text.rstrip("…"))
        return button

    def reload(self) -> None:
        """Read the backups again; the chosen one stays chosen, else the newest is."""
        chosen = self.selected()
        summaries = backups.list_summaries(self.session.paths)
        self.model.show(summaries)
        if summaries:
            row = self.model.row_of(str(chosen.path)) if chosen is not None else -1
            self.table.selectRow(max(row, 0))
        else:
            self.status.setText(self.tr("No backups yet."))
        self._update_buttons()

    def selected(self) -> backups.BackupSummary | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.summary(rows[0]) if rows else None

    def _update_buttons(self) -> None:
        chosen = self.selected()
        self.restore_button.setEnabled(chosen is not None and chosen.readable)

    def back_up_now(self) -> None:
        self.backup_button.setEnabled(False)
        self.status.setText(self.tr("Backing up…"))
        self.session.job.backup(backups.Reason.MANUAL)

    def _backed_up(self, reason: str, _path: str) -> None:
        self.backup_button.setEnabled(True)
        if reason == backups.Reason.MANUAL:
            self.status.setText(self.tr("Backed up."))
        self.reload()

    def _failed(self, kind: str, reason: str) -> None:
        self.backup_button.setEnabled(True)
        if kind == "backup":
            self.status.setText(self.tr("The backup failed: {reason}").format(reason=reason))

    def restore_selected(self) -> None:
        chosen = self.selected()
        if chosen is None or not chosen.readable:
            return
        if not confirm(
            self,
            self.tr("Restore this backup?"),
            self.tr("Go back to your data as it was on {when}: {mentors}, {meetings}?").format(
                when=long_datetime(chosen.taken_at),
                mentors=self.tr("%n mentor(s)", "", chosen.mentors),
                meetings=self.tr("%n meeting(s)", "", chosen.meetings),
            ),
            self.tr("Restore"),
            detail=self.tr(
                "Your data as it is now is backed up first, so you can come back to it from "
                "this list. Open windows close and MentorDesk reopens on the backup."
            ),
            name="confirmRestoreBox",
            yes_name="confirmRestoreButton",
        ):
            return
        self.accept()
        self.session.restore(chosen.path)


def add_data_actions(window: MainWindow, session: DataSession) -> None:
    """File ▸ Backups… in ``window``."""
    action: QAction = make_action(
        window,
        "backupsAction",
        QCoreApplication.translate("BackupsDialog", "&Backups…"),
        lambda: BackupsDialog(session, window).exec(),
        [],
    )
    window.add_file_actions([action])
