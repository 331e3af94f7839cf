"""File ▸ Sync…: what sync does on this laptop.

This laptop and its folder, the last batch sent and the last received from each other
laptop, what waits and why (the last round's words, a paused folder, records waiting
for what they belong to), and the plain-language log of what sync decided by itself,
each with a one-click Restore (``operations.restore``). It follows every round and
every change while it is open.
"""

from __future__ import annotations

from PySide6.QtCore import QAbstractItemModel, QCoreApplication, QModelIndex, Qt
from PySide6.QtGui import QAction
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

from mentordesk.services import sync_log, sync_status
from mentordesk.services.kinds import Change, Kind
from mentordesk.ui.formats import short_datetime
from mentordesk.ui.sync import operations
from mentordesk.ui.sync.job import Outcome, SyncJob, status_text
from mentordesk.ui.sync.page_lists import (
    RESTORE,
    RESTORE_COLUMN,
    DecisionsModel,
    LaptopsModel,
    RestoreDelegate,
    state,
)
from mentordesk.ui.sync.waiting_words import downloading_lines, held_lines


def _view(
    name: str, model: QAbstractItemModel, fit: dict[int, QHeaderView.ResizeMode]
) -> QTableView:
    """A read-only list of ``model``; ``fit``: the columns' resize modes (a column
    fitted to its contents is as wide as its heading too, in every language)."""
    view = QTableView()
    view.setObjectName(name)
    view.setModel(model)
    model.setParent(view)
    view.verticalHeader().setVisible(False)
    view.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setWordWrap(True)
    header = view.horizontalHeader()
    for column, mode in fit.items():
        header.setSectionResizeMode(column, mode)
    return view


class SyncDialog(QDialog):
    """The Sync page, over the main window; one at a time (``show_sync_page``)."""

    def __init__(self, job: SyncJob, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        assert job.context is not None
        self.job = job
        self.context = job.context
        self.setObjectName("syncDialog")
        self.setWindowTitle(QCoreApplication.translate("SyncDialog", "Sync"))
        self.laptop = QLabel()
        self.laptop.setObjectName("syncLaptop")
        self.laptop.setWordWrap(True)
        self.laptop.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.sent = QLabel()
        self.sent.setObjectName("syncSent")
        self.sent.setWordWrap(True)
        stretch, fitted = QHeaderView.ResizeMode.Stretch, QHeaderView.ResizeMode.ResizeToContents
        self.laptops_model = LaptopsModel()
        self.laptops = _view("syncLaptops", self.laptops_model, {0: stretch, 1: fitted, 2: fitted})
        self.laptops.setAccessibleName(
            QCoreApplication.translate("SyncDialog", "The other laptops")
        )
        self.laptops.setMaximumHeight(120)
        self.waiting = QLabel()
        self.waiting.setObjectName("syncWaiting")
        self.waiting.setWordWrap(True)
        self.waiting.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.decisions_model = DecisionsModel()
        self.decisions = _view(
            "syncDecisions", self.decisions_model, {0: fitted, 1: stretch, 2: fitted}
        )
        self.decisions.setAccessibleName(
            QCoreApplication.translate("SyncDialog", "What sync decided by itself")
        )
        self.restore_delegate = RestoreDelegate(self.decisions)
        self.decisions.setItemDelegateForColumn(RESTORE_COLUMN, self.restore_delegate)
        # A click on the Restore column (its drawn button) or Enter there restores.
        # Queued: restoring reads the log again (a model reset), which must not happen
        # inside the view's own handling of the click or key that asked for it.
        queued = Qt.ConnectionType.QueuedConnection
        self.decisions.clicked.connect(self._activated, queued)
        self.decisions.activated.connect(self._activated, queued)
        self.no_decisions = QLabel(
            QCoreApplication.translate(
                "SyncDialog",
                "Sync has decided nothing by itself yet. When the same thing is edited on "
                "two laptops before they sync, the newer edit is kept and the other is "
                "listed here, to restore with one click.",
            )
        )
        self.no_decisions.setObjectName("syncNoDecisions")
        self.no_decisions.setWordWrap(True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.buttons.setObjectName("syncButtons")
        self.sync_now = QPushButton(QCoreApplication.translate("SyncDialog", "Sync &Now"))
        self.sync_now.setObjectName("syncNowButton")
        self.sync_now.setAccessibleName(QCoreApplication.translate("SyncDialog", "Sync now"))
        self.buttons.addButton(self.sync_now, QDialogButtonBox.ButtonRole.ActionRole)
        self.sync_now.clicked.connect(self._sync_now)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.laptop)
        layout.addWidget(self.sent)
        layout.addWidget(self.laptops)
        layout.addWidget(self.waiting)
        heading = QLabel(QCoreApplication.translate("SyncDialog", "What sync decided by itself"))
        heading.setObjectName("syncDecisionsHeading")
        layout.addWidget(heading)
        # With no table, the empty-log line takes the space, its words at the top.
        layout.addWidget(self.no_decisions, 1, Qt.AlignmentFlag.AlignTop)
        layout.addWidget(self.decisions, 1)
        layout.addWidget(self.buttons)
        self.resize(720, 520)
        job.finished.connect(self._round_finished)
        self.context.changed.connect(self._changed)
        self.refresh()

    # -- reading ----------------------------------------------------------------------
    def refresh(self) -> None:
        """Read everything the page shows again."""
        overview = self.context.read(sync_status.overview)
        found = self.context.read(sync_log.decisions)
        self._show_overview(overview)
        self._show_waiting(overview, self.job.last)
        self._show_decisions(found)
        self.sync_now.setEnabled(overview.enabled and not self.job.running)

    def _show_overview(self, overview: sync_status.Overview) -> None:
        if not overview.enabled:
            self.laptop.setText(
                QCoreApplication.translate(
                    "SyncDialog",
                    "Sync is off. Choose a sync folder and name this laptop in "
                    "Edit ▸ Preferences ▸ Sync.",
                )
            )
        else:
            self.laptop.setText(
                QCoreApplication.translate(
                    "SyncDialog", "This laptop is “{name}”, syncing through {folder}."
                ).format(name=overview.device_name, folder=overview.folder)
            )
        if overview.last_sent and overview.sent_at is not None:
            sent = QCoreApplication.translate(
                "SyncDialog", "Last batch sent: number {number}, with changes up to {moment}."
            ).format(number=overview.last_sent, moment=short_datetime(overview.sent_at))
        else:
            sent = QCoreApplication.translate("SyncDialog", "Nothing sent yet.")
        pending = overview.pending  # a plain name: pyside6-lupdate misses "%n" with a.b
        if pending:
            sent += " " + QCoreApplication.translate(
                "SyncDialog",
                "%n change(s) made here wait for the next round.",
                "",
                pending,
            )
        self.sent.setText(sent)
        self.laptops_model.show(overview.laptops)
        self.laptops.setVisible(bool(overview.laptops))

    def _show_waiting(self, overview: sync_status.Overview, last: Outcome | None) -> None:
        lines: list[str] = []
        if last is not None and overview.enabled:
            if last.refused or last.paused or last.failed is not None:
                lines.append(status_text(last))
            lines.extend(held_lines(last.held))
            lines.extend(downloading_lines(last.downloading))
        waiting = overview.waiting
        if waiting:
            lines.append(
                QCoreApplication.translate(
                    "SyncDialog",
                    "%n record(s) from other laptops wait for what they belong to; they are "
                    "stored as soon as it arrives.",
                    "",
                    waiting,
                )
            )
        if not lines and overview.enabled:
            lines.append(QCoreApplication.translate("SyncDialog", "Nothing is waiting."))
        self.waiting.setText("\n".join(lines))
        self.waiting.setVisible(bool(lines))

    def _show_decisions(self, found: list[sync_log.Decision]) -> None:
        self.decisions_model.show(found)
        self.decisions.setVisible(bool(found))
        self.no_decisions.setVisible(not found)

    # -- acting -----------------------------------------------------------------------
    def restore(self, decision: sync_log.Decision) -> bool:
        done = operations.restore(self.context, self, decision)
        self.refresh()
        return done

    def _activated(self, index: QModelIndex) -> None:
        """A click, Enter or a double click on the Restore column restores."""
        decision = self.decisions_model.decision(index)
        if index.column() == RESTORE_COLUMN and decision is not None and state(decision) == RESTORE:
            self.restore(decision)

    def _sync_now(self) -> None:
        if self.job.run_now():
            self.sync_now.setEnabled(False)

    def _round_finished(self, _outcome: Outcome) -> None:
        self.refresh()

    def _changed(self, change: Change) -> None:
        if self.isVisible() and change.touches(set(Kind)):
            self.refresh()


def show_sync_page(job: SyncJob, parent: QWidget | None) -> SyncDialog | None:
    """Open the Sync page (or bring the open one forward)."""
    if job.context is None:
        return None
    page = parent.findChild(SyncDialog, "syncDialog") if parent is not None else None
    if page is None:
        page = SyncDialog(job, parent)
        page.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        if parent is not None:
            # Ctrl+Z right after a Restore, with the page in front, undoes it as the
            # status bar says (the window's own Undo and Redo, not copies).
            for name in ("undoAction", "redoAction"):
                action = parent.findChild(QAction, name)
                if action is not None:
                    page.addAction(action)
    page.show()
    page.raise_()
    page.activateWindow()
    return page
