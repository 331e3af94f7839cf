"""The mentor's page beside the mentors list: the profile form, their meetings, their
action items, their expectations agreement, what I give back to them and their
timeline. The other tabs follow the mentor in the form and wait while a new mentor is
being typed."""

from __future__ import annotations

from PySide6.QtWidgets import QTabWidget, QWidget

from mentordesk.ui.action_items.mentor_tab import MentorActionsPanel
from mentordesk.ui.agreements.panel import AgreementPanel
from mentordesk.ui.context import AppContext
from mentordesk.ui.givebacks.mentor_tab import MentorGiveBacks
from mentordesk.ui.meetings.mentor_tab import MentorMeetingsPanel
from mentordesk.ui.mentors.form import MentorForm
from mentordesk.ui.mentors.timeline_tab import MentorTimelinePanel


class MentorPage(QTabWidget):
    """Profile, Meetings, Action items, Agreement, Give-back and Timeline tabs for one mentor."""

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("mentorDetailTabs")
        self.setAccessibleName(self.tr("Mentor details"))
        self.setDocumentMode(True)
        self.form = MentorForm()
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
        self.addTab(self.timeline_panel, self.tr("Timeline"))

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
        self.timeline_panel.set_mentor(mentor_id)

    def show_profile(self) -> None:
        self.setCurrentWidget(self.form)
