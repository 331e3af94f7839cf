"""The mentor's page beside the mentors list: the profile form, their meetings, their
action items, their expectations agreement, what I give back to them and their
timeline. The other tabs follow the mentor in the form and wait while a new mentor is
being typed."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSize, Qt
from PySide6.QtWidgets import QProxyStyle, QStyle, QStyleOption, QTabWidget, QWidget

from mentordesk.services.kinds import Facet
from mentordesk.ui.action_items.mentor_tab import MentorActionsPanel
from mentordesk.ui.agreements.panel import AgreementPanel
from mentordesk.ui.between.mentor_tab import MentorInbox
from mentordesk.ui.context import AppContext
from mentordesk.ui.givebacks.mentor_tab import MentorGiveBacks
from mentordesk.ui.meetings.mentor_tab import MentorMeetingsPanel
from mentordesk.ui.mentors.form import MentorForm
from mentordesk.ui.mentors.timeline_tab import MentorTimelinePanel

TAB_SPACE = 8  # pixels beside a tab's title, both sides together (Fusion: 24)


class CloseTabs(QProxyStyle):
    """The application's style with tabs a little closer together, so seven titles fit."""

    def pixelMetric(
        self,
        metric: QStyle.PixelMetric,
        option: QStyleOption | None = None,
        widget: QWidget | None = None,
    ) -> int:
        value = super().pixelMetric(metric, option, widget)
        if metric == QStyle.PixelMetric.PM_TabBarTabHSpace:
            return min(value, TAB_SPACE)
        return value


class MentorPage(QTabWidget):
    """Profile, Meetings, Action items, Agreement, Give-back, Inbox and Timeline tabs for one
    mentor."""

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("mentorDetailTabs")
        self.setAccessibleName(self.tr("Mentor details"))
        self.setDocumentMode(True)
        # Every tab stays on screen beside the list, with no scroll arrows ("Timeline" was
        # never found behind them): the page is as wide as its titles in full
        # (minimumSizeHint) with the tabs a little closer than the style's own; only a
        # window narrower than the laptop's ends them in "…" (the tooltip has them).
        self.setUsesScrollButtons(False)
        self.setElideMode(Qt.TextElideMode.ElideRight)
        self.tab_style = CloseTabs()
        self.tab_style.setParent(self)
        self.tabBar().setStyle(self.tab_style)
        self.form = MentorForm()
        self.form.said.connect(context.say)
        self.meetings_panel = MentorMeetingsPanel(context)
        self.actions_panel = MentorActionsPanel(context)
        self.agreement_panel = AgreementPanel(context)
        self.timeline_panel = MentorTimelinePanel(context)
        self.timeline_panel.show_agreement.connect(
            lambda: self.setCurrentWidget(self.agreement_panel)
        )
        self.addTab(self.form, self.tr("Profile"))
        self.addTab(self.meetings_panel, self.tr("Meetings"))
        self.addTab(self.actions_panel, self.tr("Action items"))
        self.addTab(self.agreement_panel, self.tr("Agreement"))
        self.give_backs = MentorGiveBacks(context)
        self.addTab(self.give_backs, self.tr("Give-back"))
        self.inbox = MentorInbox(context)  # topics for the next meeting, and touches
        self.addTab(self.inbox, self.tr("Inbox"))
        self.addTab(self.timeline_panel, self.tr("Timeline"))
        for tab in range(self.count()):
            self.setTabToolTip(tab, self.tabText(tab))
        # A touch on the Timeline is edited as in the Inbox: one Edit Touch action (F2).
        touches = self.inbox.touches
        timeline = self.timeline_panel
        touches.also_from(timeline.table, timeline.touch_id)
        timeline.edit_touch.connect(touches.edit_chosen)
        timeline.table.selectionModel().selectionChanged.connect(
            lambda *_: touches.update_edit_action()
        )
        self.currentChanged.connect(lambda _tab: touches.update_edit_action())

    def minimumSizeHint(self) -> QSize:
        # As wide as its tab titles in full: the splitter takes the room from the list,
        # whose least wanted columns give way first, instead of eliding "Profile" to "P…".
        hint = super().minimumSizeHint()
        return QSize(max(hint.width(), self.tabBar().sizeHint().width()), hint.height())

    def follow(self, mentor_id: str | None) -> None:
        """Show ``mentor_id``'s meetings and agreement (None: a new mentor, profile only)."""
        if mentor_id is None:
            self.setCurrentWidget(self.form)
        for tab in range(1, self.count()):
            self.setTabEnabled(tab, mentor_id is not None)
        self.meetings_panel.set_mentor(mentor_id)
        self.actions_panel.set_mentor(mentor_id)
        self.agreement_panel.set_mentor(mentor_id)
        self.give_backs.set_mentor(mentor_id)
        self.inbox.set_mentor(mentor_id)
        self.timeline_panel.set_mentor(mentor_id)

    def show_profile(self) -> None:
        self.setCurrentWidget(self.form)

    def show_facet(self, facet: Facet, detail: str | None = None) -> None:
        """Turn to the tab ``facet`` names; an agreement's ``detail`` is the version to show."""
        tabs: dict[Facet, QWidget] = {
            Facet.PROFILE: self.form,
            Facet.MEETINGS: self.meetings_panel,
            Facet.ACTION_ITEMS: self.actions_panel,
            Facet.AGREEMENT: self.agreement_panel,
            Facet.NEW_AGREEMENT: self.agreement_panel,
            Facet.GIVE_BACK: self.give_backs,
            Facet.BETWEEN: self.inbox,
            Facet.TIMELINE: self.timeline_panel,
        }
        tab = tabs.get(facet)
        if tab is None or not self.isTabEnabled(self.indexOf(tab)):
            return
        self.setCurrentWidget(tab)
        if facet is Facet.AGREEMENT and detail is not None:
            self.agreement_panel.show_version_id(detail)
        elif facet is Facet.NEW_AGREEMENT and detail is not None:
            self.agreement_panel.tools.use_template(Path(detail))
