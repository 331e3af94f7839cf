"""The Give-back tab of a mentor's page: the balance ("last gave back 74 days ago; 6
meetings since") and this mentor's ideas, added, edited, done and deleted here."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHBoxLayout, QVBoxLayout, QWidget

from mentordesk.db.choices import GiveBackStatus
from mentordesk.services import givebacks
from mentordesk.services.givebacks import GiveBackState
from mentordesk.services.kinds import Change, Kind
from mentordesk.ui.context import AppContext
from mentordesk.ui.follow import ChangeFollower
from mentordesk.ui.givebacks import idea_dialog as giveback_dialog
from mentordesk.ui.givebacks.table import (
    OBJECT_ROLE,
    GiveBackFilterProxy,
    GiveBackTableModel,
    balance_text,
)
from mentordesk.ui.lists.tables import Column, fit_columns, record_table
from mentordesk.ui.widgets.parts import heading, named_button


class MentorGiveBacks(QWidget):
    """One mentor's give-back ideas and balance."""

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("mentorGiveBacks")
        self.context = context
        self.mentor_id: str | None = None
        self.balance = heading("", "mentorGiveBackBalance")
        self.balance.setWordWrap(True)
        self.model = GiveBackTableModel(self)
        self.proxy = GiveBackFilterProxy(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.set_status(GiveBackFilterProxy.ALL)
        self.table = record_table(
            "mentorGiveBackTable",
            self.tr("Give-back ideas for this mentor"),
            self.proxy,
            GiveBackTableModel.COL_STATUS,
        )
        self.table.hideColumn(GiveBackTableModel.COL_MENTOR)  # it is this mentor
        self.table.hideColumn(GiveBackTableModel.COL_NOTE)  # in the idea's tooltip
        # The page is narrow beside the list: the idea ends in "…" before the
        # status goes, and nothing scrolls sideways.
        fit_columns(
            self.table,
            (
                Column(GiveBackTableModel.COL_IDEA, keep=True, shrink_to=120),
                Column(GiveBackTableModel.COL_STATUS, keep=True),
                Column(GiveBackTableModel.COL_WHEN),
                Column(GiveBackTableModel.COL_KIND),
            ),
            GiveBackTableModel.COL_IDEA,
        )
        self.table.doubleClicked.connect(lambda _index: self.edit())
        self.table.selectionModel().selectionChanged.connect(self._update_buttons)
        self.add_button = named_button("mentorGiveBackAdd", self.tr("Add idea…"))
        self.edit_button = named_button("mentorGiveBackEdit", self.tr("Edit…"))
        self.done_button = named_button("mentorGiveBackDone", self.tr("Mark done"))
        self.delete_button = named_button("mentorGiveBackDelete", self.tr("Delete"))
        self.add_button.clicked.connect(self.add)
        self.edit_button.clicked.connect(self.edit)
        self.done_button.clicked.connect(self.mark_done)
        self.delete_button.clicked.connect(self.delete)
        buttons = QHBoxLayout()
        for button in (self.add_button, self.edit_button, self.done_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.delete_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.balance)
        layout.addLayout(buttons)
        layout.addWidget(self.table, 1)
        self.follower = ChangeFollower(
            self, context, (Kind.GIVE_BACK, Kind.MEETING, Kind.MENTOR), self._changed
        )
        self._update_buttons()

    def set_mentor(self, mentor_id: str | None) -> None:
        """Follow ``mentor_id`` (read at once if the tab is shown, else when it is)."""
        self.mentor_id = mentor_id
        self.follower.everything_changed()

    def _changed(self, change: Change | None) -> None:
        if change is None or self.mentor_id in change.ids or Kind.GIVE_BACK in change.kinds:
            self.reload()

    def reload(self) -> None:
        if self.mentor_id is None:
            self.model.set_rows([])
            self.balance.setText("")
            self._update_buttons()
            return
        mentor_id = self.mentor_id
        self.model.set_rows(self.context.read(givebacks.rows, mentor_id=mentor_id))
        found = self.context.read(givebacks.balance, mentor_id, self.context.today())
        self.balance.setText(balance_text(found)[:1].upper() + balance_text(found)[1:] + ".")
        self._update_buttons()

    def current(self) -> GiveBackState | None:
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            return None
        item = rows[0].data(OBJECT_ROLE)
        return item if isinstance(item, GiveBackState) else None

    def _update_buttons(self) -> None:
        item = self.current()
        self.add_button.setEnabled(self.mentor_id is not None)
        self.edit_button.setEnabled(item is not None)
        self.delete_button.setEnabled(item is not None)
        self.done_button.setEnabled(item is not None and item.status != GiveBackStatus.DONE.value)

    def add(self) -> None:
        if self.mentor_id is not None:
            giveback_dialog.edit_give_back(self.context, self, mentor_id=self.mentor_id)

    def edit(self) -> None:
        item = self.current()
        if item is not None:
            giveback_dialog.edit_give_back(self.context, self, item=item)

    def mark_done(self) -> None:
        item = self.current()
        if item is not None:
            giveback_dialog.mark_done(self.context, item, self.context.today(), self)

    def delete(self) -> None:
        item = self.current()
        if item is not None:
            giveback_dialog.delete(self.context, item, self)

    def focus_table(self) -> None:
        self.table.setFocus(Qt.FocusReason.OtherFocusReason)
