"""The Give-back area: ideas for giving back to each mentor, planned and done, beside
each mentor's balance ("last gave back 74 days ago; 6 meetings since"). Mentorship
is a two-way street; every change is one undoable step."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QLabel,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from mentordesk.db.choices import GiveBackStatus
from mentordesk.services import givebacks
from mentordesk.services.givebacks import Balance, GiveBackState
from mentordesk.services.kinds import Change, Kind, Ref
from mentordesk.services.text import fold
from mentordesk.ui import labels
from mentordesk.ui.context import AppContext
from mentordesk.ui.givebacks import idea_dialog as giveback_dialog
from mentordesk.ui.givebacks import operations
from mentordesk.ui.givebacks.balance import balance_text
from mentordesk.ui.givebacks.nudge import nudge_of
from mentordesk.ui.givebacks.table import (
    COLUMNS,
    GiveBackFilterProxy,
    GiveBackTableModel,
)
from mentordesk.ui.lists.list_area import ListArea
from mentordesk.ui.lists.tables import fit_columns
from mentordesk.ui.widgets.empty_state import EmptyState
from mentordesk.ui.widgets.parts import heading
from mentordesk.ui.widgets.toned import tone

SHOWS = (Kind.GIVE_BACK, Kind.MENTOR, Kind.MEETING)
MENTOR_ROLE = Qt.ItemDataRole.UserRole


class BalancePanel(QWidget):
    """Every mentor's balance, those due a give-back first and marked."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("giveBackBalancePanel")
        title = heading(self.tr("Balance"))
        self.about = tone(QLabel(), "muted")
        self.about.setObjectName("giveBackBalanceAbout")
        self.about.setWordWrap(True)
        self.list = QListWidget()
        self.list.setObjectName("giveBackBalance")
        self.list.setAccessibleName(self.tr("What you gave back to each mentor"))
        self.list.setWordWrap(True)
        self.list.setSpacing(4)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(title)
        layout.addWidget(self.about)
        layout.addWidget(self.list, 1)

    def show_balances(self, found: list[Balance], meetings: int, days: int) -> None:
        self.about.setText(
            self.tr(
                "⚠ marks a mentor met {meetings} or more with nothing given back for "
                "{days} (Edit ▸ Preferences)."
            ).format(
                meetings=self.tr("%n time(s)", "", meetings), days=self.tr("%n day(s)", "", days)
            )
        )
        self.list.clear()
        due = [b for b in found if b.needs_nudge(meetings, days)]
        rest = [b for b in found if not b.needs_nudge(meetings, days)]
        for balance in due + rest:
            mark = "⚠ " if balance in due else ""
            item = QListWidgetItem(f"{mark}{balance.mentor_name}\n{balance_text(balance)}")
            item.setData(MENTOR_ROLE, balance.mentor_id)
            if balance in due:
                font = item.font()
                font.setBold(True)
                item.setFont(font)
            self.list.addItem(item)

    def texts(self) -> list[str]:
        items = (self.list.item(row) for row in range(self.list.count()))
        return [item.text() for item in items if item is not None]


class GiveBackView(ListArea[GiveBackState]):
    """Give-back ideas across mentors; add, edit, mark done, delete."""

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        empty = EmptyState(
            self.tr("Give something back"),
            self.tr(
                "Mentorship is a two-way street. Note ideas for giving back to each mentor — "
                "a thank-you, an article, an introduction, help on their project — plan "
                "them and mark them done. In meeting mode, Ctrl+Shift+G turns a line of "
                "notes into an idea."
            ),
        )
        empty.setObjectName("giveBackEmptyState")
        super().__init__(
            context,
            GiveBackTableModel(),
            GiveBackFilterProxy(),
            name="giveBack",
            accessible=self.tr("Give-back ideas"),
            shows=SHOWS,
            sort_column=GiveBackTableModel.COL_STATUS,
            order=Qt.SortOrder.AscendingOrder,
            empty=empty,
            parent=parent,
        )
        self.setObjectName("giveBackView")
        self.model.setParent(self)
        self.proxy.setParent(self)
        self.first_button = empty.add_button("addFirstGiveBackButton", self.tr("Add an idea"), True)
        self.first_button.clicked.connect(self.new_idea)

        self.mentor_filter = self.add_combo(
            "giveBackMentorFilter", self.tr("Mentor:"), self.tr("Show the ideas for mentor")
        )
        self.mentor_filter.setMinimumContentsLength(14)
        self.mentor_filter.currentIndexChanged.connect(
            lambda: self.give_proxy.set_mentor(str(self.mentor_filter.currentData() or ""))
        )
        self.status_filter = self.add_combo(
            "giveBackStatusFilter", self.tr("Show:"), self.tr("Show status")
        )
        self.status_filter.addItem(self.tr("Not done yet"), GiveBackFilterProxy.NOT_DONE)
        for value, text in labels.choices(GiveBackStatus):
            self.status_filter.addItem(text, value)
        self.status_filter.addItem(self.tr("All"), GiveBackFilterProxy.ALL)
        self.status_filter.currentIndexChanged.connect(
            lambda: self.give_proxy.set_status(str(self.status_filter.currentData()))
        )
        self.filters.addStretch(1)

        self.new_action = self.add_action("newGiveBackAction", self.tr("New idea…"), self.new_idea)
        self.edit_action = self.add_action("editGiveBackAction", self.tr("Edit…"), self.edit)
        self.done_action = self.add_action(
            "giveBackDoneAction", self.tr("Mark done"), self.mark_done, "Ctrl+D"
        )
        self.delete_action = self.add_action("deleteGiveBackAction", self.tr("Delete"), self.delete)
        self.add_delete_key(self.delete)
        fit_columns(self.table, *COLUMNS)
        self.table.hideColumn(GiveBackTableModel.COL_NOTE)  # shown under the idea's tooltip
        self.table.doubleClicked.connect(lambda _index: self.edit())

        self.balance = BalancePanel()
        self.balance.list.itemActivated.connect(self._show_mentor)
        self.add_side(self.balance, (760, 320))
        self.reload()

    @property
    def give_proxy(self) -> GiveBackFilterProxy:
        assert isinstance(self.proxy, GiveBackFilterProxy)
        return self.proxy

    # -- reading --------------------------------------------------------------------
    def fetch(self, touching: frozenset[str] | None) -> list[GiveBackState]:
        return self.context.read(givebacks.rows, touching)

    def has_records(self) -> bool:
        # Mentors' balances are worth seeing before the first idea.
        return self.model.rowCount() > 0 or self.balance.list.count() > 0

    def reload(self) -> None:
        super().reload()
        self._fill()
        self.after_change()

    def refresh(self, change: Change | None) -> None:
        super().refresh(change)
        self._fill()
        self.after_change()

    def _fill(self) -> None:
        nudge = nudge_of(self.context)
        found = self.context.read(givebacks.balances, self.context.today())
        self.balance.show_balances(found, nudge.meetings, nudge.days)
        current = self.mentor_filter.currentData()
        self.mentor_filter.blockSignals(True)
        self.mentor_filter.clear()
        self.mentor_filter.addItem(self.tr("All mentors"), "")
        names = {b.mentor_id: b.mentor_name for b in found}
        names.update({r.mentor_id: r.mentor_name for r in self.model.rows()})
        for mentor_id, name in sorted(names.items(), key=lambda m: fold(m[1])):
            self.mentor_filter.addItem(name, mentor_id)
        self.mentor_filter.setCurrentIndex(max(0, self.mentor_filter.findData(current)))
        self.mentor_filter.blockSignals(False)
        self.give_proxy.set_mentor(str(self.mentor_filter.currentData() or ""))

    def _show_mentor(self, item: QListWidgetItem) -> None:
        index = self.mentor_filter.findData(item.data(MENTOR_ROLE))
        self.mentor_filter.setCurrentIndex(max(0, index))

    def no_match_text(self) -> str:
        if self.model.rowCount() == 0:
            return self.tr("No give-back ideas yet. Add one with “New idea…”.")
        return self.tr("No idea matches these filters. Choose “All” to see every one.")

    def clear_filters(self) -> None:
        self.mentor_filter.setCurrentIndex(0)
        self.status_filter.setCurrentIndex(self.status_filter.findData(GiveBackFilterProxy.ALL))

    def update_actions(self) -> None:
        item = self.current()
        self.edit_action.setEnabled(item is not None)
        self.delete_action.setEnabled(item is not None)
        self.done_action.setEnabled(item is not None and item.status != GiveBackStatus.DONE.value)

    def mentor_on_screen(self) -> str | None:
        item = self.current()
        return item.mentor_id if item is not None else None

    # -- changing -------------------------------------------------------------------
    def new_idea(self) -> None:
        mentor = str(self.mentor_filter.currentData() or "") or None
        saved = giveback_dialog.edit_give_back(self.context, self, mentor_id=mentor)
        if saved is not None:
            self.follower.flush()
            self.select(saved.id)

    def edit(self) -> None:
        item = self.current()
        if item is not None:
            giveback_dialog.edit_give_back(self.context, self, item=item)

    def mark_done(self) -> None:
        item = self.current()
        if item is not None and item.status != GiveBackStatus.DONE.value:
            operations.mark_done(self.context, self, item, self.context.today())

    def delete(self) -> None:
        item = self.current()
        if item is not None:
            operations.delete_idea(self.context, self, item)

    def reveal(self, ref: Ref) -> None:
        if ref.kind is Kind.GIVE_BACK:
            super().reveal(ref)
