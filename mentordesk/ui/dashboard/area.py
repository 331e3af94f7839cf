"""The Dashboard: what to do today. Read and built in one go (``services.dashboard``),
redrawn when data changes and when the date changes while the app is open."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime, time

from PySide6.QtCore import QUrl
from PySide6.QtWidgets import (
    QDialog,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QScrollArea,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from mentordesk.services import dashboard
from mentordesk.services.cadence import Cadence
from mentordesk.services.dashboard import Dashboard, ReportBack
from mentordesk.services.kinds import Change, Facet, Kind, Ref
from mentordesk.ui import formats
from mentordesk.ui.area import AreaWidget
from mentordesk.ui.context import AppContext
from mentordesk.ui.dashboard import rows
from mentordesk.ui.dashboard.section import Section, tint
from mentordesk.ui.follow import ChangeFollower
from mentordesk.ui.links import open_link
from mentordesk.ui.mentors.gap_chart import GapChart, describe
from mentordesk.ui.ticker import ticker
from mentordesk.ui.widgets.empty_state import EmptyState

SHOWS = (
    Kind.MENTOR,
    Kind.STATUS_CHANGE,
    Kind.MEETING,
    Kind.AGENDA_ITEM,
    Kind.ACTION_ITEM,
    Kind.AGREEMENT,
    Kind.AGREEMENT_VERSION,
    Kind.GIVE_BACK,
    Kind.OUTREACH_STEP,
    Kind.TOUCH,  # a touch may reset "overdue"
)
CHARTS_SHOWN = 3
CHART_COLUMNS = 3
PAGE_WELCOME, PAGE_BOARD = 0, 1


def first_area(context: AppContext, restored: str) -> str:
    """Where the app opens: the Dashboard once there are mentors; with none, the area
    restored from the last run (on the very first run, the welcome in Mentors)."""
    return "dashboard" if context.read(dashboard.has_mentors) else restored


class DashboardView(AreaWidget):
    """Sections of things to do, each saying so when there is nothing to do."""

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("dashboardView")
        self.context = context
        self.board: Dashboard | None = None

        welcome = EmptyState(
            self.tr("Welcome to MentorDesk"),
            self.tr(
                "This page will tell you what to do today: who is due for a meeting, what "
                "you promised, and what is overdue. Start with a real mentor, or look "
                "around with a few fictional ones that you can remove in one step."
            ),
        )
        welcome.setObjectName("dashboardWelcome")
        add = welcome.add_button("dashboardAddMentor", self.tr("Add your first mentor"), True)
        sample = welcome.add_button("dashboardSample", self.tr("Explore with sample data"))
        add.clicked.connect(lambda: self.context.open(Ref.new(Kind.MENTOR)))
        sample.clicked.connect(self._explore_sample)

        self.title = QLabel()
        self.title.setObjectName("dashboardTitle")
        font = self.title.font()
        font.setPointSizeF(font.pointSizeF() * 1.5)
        font.setBold(True)
        self.title.setFont(font)
        self.summary = tint(QLabel(), muted=True)
        self.summary.setObjectName("dashboardSummary")
        self.summary.setWordWrap(True)
        self.due = Section("due", self.tr("Time to meet"))
        self.upcoming = Section("upcoming", self.tr("Meetings in the next 7 days"))
        self.actions_due = Section("actionsDue", self.tr("Action items due"))
        self.report = Section("reportBack", self.tr("Report back"))
        self.reviews = Section("reviews", self.tr("Agreement reviews"))
        self.drift = Section("drift", self.tr("Rhythm"))
        self.charts = Section("charts", self.tr("Gaps between meetings"))
        self.follow_up = Section("followUp", self.tr("Follow up with prospects"))
        self.give_back = Section("giveBack", self.tr("Give back"))

        columns = QHBoxLayout()
        left, right = QVBoxLayout(), QVBoxLayout()
        for section in (self.due, self.upcoming, self.actions_due, self.follow_up):
            left.addWidget(section)
        for section in (self.report, self.give_back, self.reviews, self.drift):
            right.addWidget(section)
        left.addStretch(1)
        right.addStretch(1)
        columns.addLayout(left, 1)
        columns.addLayout(right, 1)
        body = QWidget()
        body.setObjectName("dashboardBody")
        column = QVBoxLayout(body)
        column.addWidget(self.title)
        column.addWidget(self.summary)
        column.addLayout(columns)
        column.addWidget(self.charts)
        column.addStretch(1)
        scroll = QScrollArea()
        scroll.setObjectName("dashboardScroll")
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(body)

        self.pages = QStackedWidget()
        self.pages.addWidget(welcome)
        self.pages.addWidget(scroll)
        QVBoxLayout(self).addWidget(self.pages)
        # A new day arrives as news about every mentor (``ui/ticker``): followed like any
        # change, at once if shown, else when next shown; while meeting mode is the
        # active window, when this one is active again (a capture there stays quick).
        self.follower = ChangeFollower(self, context, SHOWS, self._changed, in_front=True)
        ticker(context)
        context.presenting_changed.connect(self._changed)  # private items go or come back
        self.reload()

    # -- reading --------------------------------------------------------------------
    def _changed(self, _change: Change | None) -> None:
        self.reload()

    def reload(self) -> None:
        """Read and show the dashboard of today."""
        from mentordesk.ui.givebacks.nudge import nudge_of

        today, now, nudge = self.context.today(), self.context.now(), nudge_of(self.context)
        board = self.context.read(
            dashboard.dashboard, today, now, None, nudge, presenting=self.context.presenting
        )
        self.show_board(board)

    def show_board(self, board: Dashboard) -> None:
        self.board = board
        self.pages.setCurrentIndex(PAGE_WELCOME if board.is_empty else PAGE_BOARD)
        if board.is_empty:
            return
        day = board.today  # rows say "due today", "3 weeks ago": they change with the day
        self.title.setText(formats.long_date(day))
        self.summary.setText(self._summary(board))
        self.due.fill(
            [rows.due_row(self, c, n) for n, c in enumerate(board.due)],
            self.tr("Nobody needs a meeting planned now."),
            same_as=(day, board.due),
        )
        self.upcoming.fill(
            [rows.upcoming_row(self, m, n) for n, m in enumerate(board.upcoming)]
            + [rows.past_planned_row(self, m, n) for n, m in enumerate(board.past_planned)],
            self.tr("No meetings planned in the next 7 days."),
            same_as=(day, board.upcoming, board.past_planned),
        )
        self.actions_due.fill(
            [rows.action_row(self, a, n) for n, a in enumerate(board.actions)],
            self.tr("Nothing overdue or due this week."),
            same_as=(day, board.actions),
        )
        self.report.fill(
            [rows.report_row(self, r, n) for n, r in enumerate(board.report_backs)],
            self.tr("Nothing to report back. Outcomes you promise to share appear here."),
            same_as=(day, board.report_backs),
        )
        self.reviews.fill(
            [rows.review_row(self, r, n) for n, r in enumerate(board.reviews)],
            self.tr("No agreement is due for review in the next 14 days."),
            same_as=(day, board.reviews),
        )
        self.drift.fill(
            [rows.drift_row(self, c, n) for n, c in enumerate(board.drifting)],
            self.tr("Every rhythm is close to what was agreed.")
            if board.has_rhythm
            else self.tr(
                "No rhythm agreed yet: set how often you meet on a mentor's Agreement tab."
            ),
            same_as=(day, board.drifting, board.has_rhythm),
        )
        self.follow_up.fill(
            [rows.follow_up_row(self, f, n) for n, f in enumerate(board.follow_ups)],
            self.tr("No prospect is waiting for a follow-up."),
            same_as=(day, board.follow_ups),
        )
        self.give_back.fill(
            [rows.give_back_row(self, b, n) for n, b in enumerate(board.give_back)],
            self.tr("Nobody is owed a give-back: mentorship is a two-way street."),
            same_as=(day, board.give_back),
        )
        groups = range(0, len(board.rhythm), CHART_COLUMNS)
        self.charts.fill(
            [self._chart_row(board.rhythm[i : i + CHART_COLUMNS], i) for i in groups],
            self.tr("Charts appear once you have met an active mentor twice."),
            limit=CHARTS_SHOWN // CHART_COLUMNS,
            same_as=(day, board.rhythm),
        )
        self.charts.count.setText(f"({len(board.rhythm)})" if board.rhythm else "")

    def _summary(self, board: Dashboard) -> str:
        to_meet = len(board.due)
        late = sum(1 for a in board.actions if a.days_late > 0)
        meetings = len(board.upcoming)
        if to_meet == 0:
            meet = self.tr("nobody to meet")
        else:
            meet = self.tr("%n mentor(s) to meet", "", to_meet)
        parts = [
            meet[:1].upper() + meet[1:],
            self.tr("%n meeting(s) in the next 7 days", "", meetings),
            self.tr("%n action item(s) overdue", "", late),
            self.tr("{n} to report back").format(n=len(board.report_backs)),
        ]
        return " · ".join(parts)

    def _chart_row(self, items: tuple[Cadence, ...], first: int) -> Callable[[], QWidget]:
        def make() -> QWidget:
            holder = QWidget()
            grid = QGridLayout(holder)
            grid.setContentsMargins(0, 4, 0, 4)
            for column, item in enumerate(items):
                name = QLabel(item.mentor_name)
                font = name.font()
                font.setBold(True)
                name.setFont(font)
                chart = GapChart(item)
                chart.setObjectName(f"gapChart{first + column}")
                caption = tint(QLabel(describe(item)), muted=True)
                caption.setObjectName(f"gapCaption{first + column}")
                caption.setWordWrap(True)
                cell = QVBoxLayout()
                cell.addWidget(name)
                cell.addWidget(chart)
                cell.addWidget(caption)
                cell.addStretch(1)
                grid.addLayout(cell, 0, column)
            for column in range(CHART_COLUMNS):
                grid.setColumnStretch(column, 1)
            return holder

        return make

    # -- one click ------------------------------------------------------------------
    def _explore_sample(self) -> None:
        from mentordesk.ui.data import sample_dialog

        sample_dialog.explore(self.context, self)

    def open_mentor(self, mentor_id: str) -> None:
        self.context.open(Ref(Kind.MENTOR, mentor_id))

    def open_meeting(self, meeting_id: str) -> None:
        self.context.open(Ref(Kind.MEETING, meeting_id))

    def open_action(self, item_id: str) -> None:
        self.context.open(Ref(Kind.ACTION_ITEM, item_id))

    def open_agreement(self, mentor_id: str) -> None:
        """The mentor's page, on the Agreement tab."""
        self.context.open(Ref(Kind.MENTOR, mentor_id, Facet.AGREEMENT))

    def join(self, url: str) -> None:
        open_link(QUrl(url), self.context.say)

    def plan_for(self, item: Cadence) -> str | None:
        """Plan a meeting with the mentor: the agreement's topics ticked, last time's open
        points carried, on the due day if that is still ahead."""
        from mentordesk.ui.meetings.plan_dialog import PlanMeetingDialog, default_start

        dialog = PlanMeetingDialog(self.context, item.mentor_id, self)
        try:
            dialog.topics.tick_all()
            start = default_start(self.context.now())
            if item.next_due is not None and item.next_due > start.date():
                start = datetime.combine(item.next_due, time(start.hour)).astimezone()
            dialog.set_start(start)
            if dialog.exec() != QDialog.DialogCode.Accepted or dialog.meeting_id is None:
                return None
            if dialog.open_now.isChecked():
                self.context.open_meeting_mode(dialog.meeting_id)
            return dialog.meeting_id
        finally:
            dialog.deleteLater()

    def add_give_back(self, mentor_id: str) -> None:
        from mentordesk.ui.givebacks.idea_dialog import edit_give_back

        edit_give_back(self.context, self, mentor_id=mentor_id)

    def open_prospect(self, mentor_id: str) -> None:
        """The Prospects area, on this prospect."""
        self.context.open(Ref(Kind.MENTOR, mentor_id, Facet.PROSPECT))

    def mark_reported(self, item: ReportBack) -> None:
        from mentordesk.ui.action_items import operations

        operations.mark_reported(self.context, self, item.id, item.text)
