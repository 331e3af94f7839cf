"""The Give-back tab of a mentor's page: the balance ("last gave back 74 days ago; 6
meetings since") and this mentor's ideas, added, edited, done and deleted here."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget

from mentordesk.db.choices import GiveBackStatus
from mentordesk.services import givebacks
from mentordesk.services.givebacks import GiveBackState
from mentordesk.services.kinds import Change, Kind
from mentordesk.ui.context import AppContext
from mentordesk.ui.givebacks import idea_dialog as giveback_dialog
from mentordesk.ui.givebacks import operations
from mentordesk.ui.givebacks.balance import balance_text
from mentordesk.ui.givebacks.table import (
    GiveBackFilterProxy,
    GiveBackTableModel,
)
from mentordesk.ui.lists.chosen import on_chosen
from mentordesk.ui.lists.scoped_list import ScopedList
from mentordesk.ui.lists.tables import Column, fit_columns
from mentordesk.ui.widgets.parts import heading


class MentorGiveBacks(ScopedList[GiveBackState]):
    """One mentor's give-back ideas and balance."""

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        balance = heading("", "mentorGiveBackBalance")
        balance.setWordWrap(True)
        proxy = GiveBackFilterProxy()
        super().__init__(
            context,
            GiveBackTableModel(),
            proxy=proxy,
            name="mentorGiveBacks",
            table_name="mentorGiveBackTable",
            accessible=self.tr("Give-back ideas for this mentor"),
            sort_column=GiveBackTableModel.COL_STATUS,
            follows=(Kind.GIVE_BACK, Kind.MEETING, Kind.MENTOR),
            summary=balance,
            parent=parent,
        )
        self.balance = balance
        proxy.set_status(GiveBackFilterProxy.ALL)
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
        self.add_button = self.button(
            "mentorGiveBackAdd", self.tr("Add idea…"), self.tr("Add idea…"), self.add
        )
        self.edit_button = self.button(
            "mentorGiveBackEdit", self.tr("Edit…"), self.tr("Edit…"), self.edit
        )
        self.done_button = self.button(
            "mentorGiveBackDone", self.tr("Mark done"), self.tr("Mark done"), self.mark_done
        )
        self.delete_button = self.button(
            "mentorGiveBackDelete", self.tr("Delete"), self.tr("Delete"), self.delete, right=True
        )
        self.finish_buttons()

    def refresh(self, change: Change | None) -> None:
        if change is None or self.mentor_id in change.ids or Kind.GIVE_BACK in change.kinds:
            super().refresh(change)

    def read(self, mentor_id: str) -> list[GiveBackState]:
        return self.context.read(givebacks.rows, mentor_id=mentor_id)

    def summary_text(self) -> str:
        if self.mentor_id is None:
            return ""
        found = self.context.read(givebacks.balance, self.mentor_id, self.context.today())
        text = balance_text(found)
        return text[:1].upper() + text[1:] + "."

    def update_buttons(self) -> None:
        item = self.current()
        self.add_button.setEnabled(self.mentor_id is not None)
        self.edit_button.setEnabled(item is not None)
        self.delete_button.setEnabled(item is not None)
        self.done_button.setEnabled(item is not None and item.status != GiveBackStatus.DONE.value)

    def add(self) -> None:
        if self.mentor_id is not None:
            giveback_dialog.edit_give_back(self.context, self, mentor_id=self.mentor_id)

    @on_chosen
    def edit(self, item: GiveBackState) -> None:
        giveback_dialog.edit_give_back(self.context, self, item=item)

    @on_chosen
    def mark_done(self, item: GiveBackState) -> None:
        operations.mark_done(self.context, self, item, self.context.today())

    @on_chosen
    def delete(self, item: GiveBackState) -> None:
        operations.delete_idea(self.context, self, item)

    def focus_table(self) -> None:
        self.table.setFocus(Qt.FocusReason.OtherFocusReason)
