"""The Prospects area: finding the right mentor. People I might ask (prospect) or have
asked (requested), where I found them, the goals they fit, the steps of asking them
and when to follow up; promoted to active mentors in one step."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QWidget

from mentordesk.db.choices import MentorStatus
from mentordesk.services import prospects
from mentordesk.services.kinds import Change, Kind, Ref
from mentordesk.services.prospects import ProspectRow
from mentordesk.ui.context import AppContext
from mentordesk.ui.lists.list_area import ListArea
from mentordesk.ui.lists.record_proxy import RecordProxy
from mentordesk.ui.lists.tables import fit_columns
from mentordesk.ui.prospects.panel import ProspectPanel
from mentordesk.ui.prospects.promote_dialog import promote
from mentordesk.ui.prospects.table import COLUMNS, ProspectTableModel
from mentordesk.ui.widgets.empty_state import EmptyState

SHOWS = (Kind.MENTOR, Kind.STATUS_CHANGE, Kind.OUTREACH_STEP, Kind.GOAL, Kind.GOAL_MENTOR)


class ProspectsView(ListArea[ProspectRow]):
    """Prospects and requested mentors, beside the chosen one's page."""

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        empty = EmptyState(
            self.tr("Finding the right mentor"),
            self.tr(
                "Look for someone whose career you aspire to and who fits your goals and "
                "values: at networking events, in professional associations, on social "
                "media, through colleagues. Add them as a mentor with the status "
                "“Prospect”; here you track why they fit, when you asked, and when to "
                "follow up."
            ),
        )
        empty.setObjectName("prospectsEmptyState")
        super().__init__(
            context,
            ProspectTableModel(context.today),
            RecordProxy(),
            name="prospect",
            accessible=self.tr("Prospects"),
            shows=SHOWS,
            sort_column=ProspectTableModel.COL_FOLLOW,
            order=Qt.SortOrder.AscendingOrder,
            empty=empty,
            parent=parent,
        )
        self.setObjectName("prospectsView")
        self.model.setParent(self)
        self.proxy.setParent(self)
        self.first_button = empty.add_button(
            "addFirstProspectButton", self.tr("Add a prospect"), True
        )
        self.first_button.clicked.connect(self.new_prospect)
        self.new_action = self.add_action(
            "newProspectAction", self.tr("New prospect…"), self.new_prospect
        )
        self.promote_action = self.add_action(
            "promoteAction", self.tr("Promote to active…"), self.promote
        )
        self.profile_action = self.add_action(
            "prospectProfileAction", self.tr("Edit profile"), self.open_profile
        )
        fit_columns(self.table, *COLUMNS)
        self.table.hideColumn(ProspectTableModel.COL_FOUND)  # the page says where, in full
        self.table.doubleClicked.connect(lambda _index: self.open_profile())
        self.panel = ProspectPanel(context)
        self.add_side(self.panel, (560, 460))
        self.reload()

    # -- reading --------------------------------------------------------------------
    def fetch(self, touching: frozenset[str] | None) -> list[ProspectRow]:
        return self.context.read(prospects.prospect_rows, touching)

    def refresh(self, change: Change | None) -> None:
        if change is not None and Kind.GOAL in change.kinds:
            change = None  # a goal's title is shown on every prospect it fits
        super().refresh(change)
        self._follow()

    def reload(self) -> None:
        super().reload()
        self._follow()

    def selection_changed(self) -> None:
        self._follow()

    def _follow(self) -> None:
        current = self.current()
        shown = self.panel.prospect
        if current is None or shown is None or current != shown:
            self.panel.show_prospect(current)

    def update_actions(self) -> None:
        chosen = self.current() is not None
        self.promote_action.setEnabled(chosen)
        self.profile_action.setEnabled(chosen)

    def mentor_on_screen(self) -> str | None:
        current = self.current()
        return current.id if current is not None else None

    def reveal(self, ref: Ref) -> None:
        if ref.kind is Kind.MENTOR:
            super().reveal(ref)

    # -- acting ---------------------------------------------------------------------
    def new_prospect(self) -> None:
        """A new mentor in the Mentors area, with the status "Prospect"."""
        window = self.window()
        open_area = getattr(window, "open_area", None)
        mentors = open_area("mentors") if callable(open_area) else None
        new_mentor = getattr(mentors, "new_mentor", None)
        if not callable(new_mentor):
            return
        new_mentor()
        form = getattr(mentors, "form", None)
        status = form.field("status") if form is not None else None
        if isinstance(status, QComboBox):
            status.setCurrentIndex(max(0, status.findData(MentorStatus.PROSPECT.value)))

    def open_profile(self) -> None:
        current = self.current()
        if current is not None:
            self.context.open(Ref(Kind.MENTOR, current.id))

    def promote(self) -> None:
        current = self.current()
        if current is not None:
            promote(self.context, current.id, current.name, self.window())
