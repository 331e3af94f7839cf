"""A prospect's page: where I found them, why they fit my goals and values (the goals,
ticked, and the text), and the steps of asking them with when to follow up. Ticking
a goal or adding a step is one undoable change; a bad step is refused inline."""

from __future__ import annotations

from datetime import timedelta

from PySide6.QtCore import QSignalBlocker, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from mentordesk.db.choices import OutreachKind, WhereFound
from mentordesk.services import goal_links
from mentordesk.services.goals import GoalValidationError
from mentordesk.services.prospects import OutreachValidationError, ProspectRow
from mentordesk.ui import formats, labels
from mentordesk.ui.context import AppContext
from mentordesk.ui.prospects import operations
from mentordesk.ui.widgets.date_fields import DateField
from mentordesk.ui.widgets.error_form import ErrorForm
from mentordesk.ui.widgets.parts import heading, named_button
from mentordesk.ui.widgets.toned import tone

ID_ROLE = Qt.ItemDataRole.UserRole
FOLLOW_UP_AFTER_DAYS = 7


class ProspectPanel(QWidget):
    """One prospect; the Prospects area promotes them and opens their profile."""

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("prospectPanel")
        self.context = context
        self.prospect: ProspectRow | None = None
        self._linked: set[str] = set()  # goals linked when shown (achieved ones stay linked)
        self.heading = QLabel()
        self.heading.setObjectName("prospectHeading")
        font = self.heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.3)
        font.setBold(True)
        self.heading.setFont(font)
        self.heading.setWordWrap(True)
        self.role = tone(QLabel(), "muted")
        self.role.setObjectName("prospectRole")
        self.found = QLabel()
        self.found.setObjectName("prospectFound")
        self.found.setWordWrap(True)
        self.fit = QLabel()
        self.fit.setObjectName("prospectFit")
        self.fit.setWordWrap(True)
        self.fit.setTextFormat(Qt.TextFormat.PlainText)
        self.goals = QListWidget()
        self.goals.setObjectName("prospectGoals")
        self.goals.setAccessibleName(self.tr("Goals this person fits"))
        self.goals.setMaximumHeight(100)
        self.goals.itemChanged.connect(self._goal_ticked)
        self.goal_problem = tone(QLabel(), "error")
        self.goal_problem.setObjectName("prospectGoalProblem")
        self.goal_problem.hide()
        self.steps = QListWidget()
        self.steps.setObjectName("prospectSteps")
        self.steps.setAccessibleName(self.tr("Outreach steps"))
        self.steps.setWordWrap(True)
        self.steps.setMinimumHeight(80)
        self.delete_step_button = named_button("deleteStepButton", self.tr("Delete step"))
        self.delete_step_button.clicked.connect(self.delete_step)
        self.ask_button = named_button("draftAskButton", self.tr("Draft the ask…"))
        self.ask_button.setToolTip(
            self.tr("A short, specific message asking them to mentor you, to copy or mail")
        )
        self.ask_button.clicked.connect(self.draft_ask)

        self.form = ErrorForm()
        self.kind = QComboBox()
        self.kind.setObjectName("stepKind")
        self.kind.setAccessibleName(self.tr("Step"))
        for value, text in labels.choices(OutreachKind):
            self.kind.addItem(text, value)
        self.kind.currentIndexChanged.connect(self._kind_changed)
        self.day = DateField("stepDay", self.tr("Day of the step"))
        self.has_follow = QCheckBox(self.tr("Follow up on"))
        self.has_follow.setObjectName("stepHasFollowUp")
        self.has_follow.setAccessibleName(self.tr("Remind me to follow up"))
        self.follow = DateField("stepFollowUp", self.tr("Follow-up day"))
        self.has_follow.toggled.connect(self.follow.setEnabled)
        follow_row = QHBoxLayout()
        follow_row.addWidget(self.has_follow)
        follow_row.addWidget(self.follow, 1)
        self.note = QLineEdit()
        self.note.setObjectName("stepNote")
        self.note.setAccessibleName(self.tr("Note on the step"))
        self.note.setPlaceholderText(self.tr("How you asked, what they said…"))
        self.add_step_button = named_button("addStepButton", self.tr("Add step"))
        self.add_step_button.clicked.connect(self.add_step)
        self.form.add_field(self.tr("S&tep"), self.kind, self.kind, "kind")
        self.form.add_field(self.tr("&On"), self.day, self.day, "day")
        self.form.add_field(self.tr("&Remind"), follow_row, self.has_follow, "follow_up_on")
        self.form.add_field(self.tr("N&ote"), self.note, self.note, "note")

        inner = QWidget()
        body = QVBoxLayout(inner)
        body.addWidget(self.heading)
        body.addWidget(self.role)
        body.addWidget(self.found)
        body.addWidget(heading(self.tr("Why they fit")))
        body.addWidget(self.fit)
        body.addWidget(heading(self.tr("Goals they fit")))
        body.addWidget(self.goals)
        body.addWidget(self.goal_problem)
        steps_row = QHBoxLayout()
        steps_row.addWidget(heading(self.tr("Outreach")), 1)
        steps_row.addWidget(self.ask_button)
        steps_row.addWidget(self.delete_step_button)
        body.addLayout(steps_row)
        body.addWidget(self.steps)
        body.addLayout(self.form)
        body.addWidget(self.add_step_button, 0, Qt.AlignmentFlag.AlignRight)
        body.addStretch(1)
        scroll = QScrollArea()
        scroll.setObjectName("prospectPanelScroll")
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(inner)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(scroll)
        self.show_prospect(None)

    # -- showing --------------------------------------------------------------------
    def show_prospect(self, prospect: ProspectRow | None) -> None:
        same = (
            prospect is not None and self.prospect is not None and prospect.id == self.prospect.id
        )
        self.prospect = prospect
        self.setEnabled(prospect is not None)
        if prospect is None:
            self.heading.setText(self.tr("No prospect chosen"))
            for label in (self.role, self.found, self.fit):
                label.setText("")
            self.goals.clear()
            self.steps.clear()
            return
        self.heading.setText(prospect.name)
        self.role.setText(" · ".join(p for p in (prospect.role, prospect.organisation) if p))
        found = labels.label(WhereFound, prospect.where_found)
        if prospect.where_found_detail:
            found += f" — {prospect.where_found_detail}"
        self.found.setText(self.tr("Found through: {where}").format(where=found))
        self.fit.setText(prospect.fit_notes or self.tr("(Not written yet: edit the profile.)"))
        self._fill_goals(prospect)
        self._fill_steps(prospect)
        if not same:
            self._reset_step_form()

    def _fill_goals(self, prospect: ProspectRow) -> None:
        from mentordesk.services.goal_links import choices

        linked = {g.id for g in self.context.read(goal_links.goals_of_mentor, prospect.id)}
        self._linked = linked
        with QSignalBlocker(self.goals):
            self.goals.clear()
            for goal in self.context.read(choices, active_only=True):
                item = QListWidgetItem(goal.title)
                item.setData(ID_ROLE, goal.id)
                item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
                ticked = goal.id in linked
                item.setCheckState(Qt.CheckState.Checked if ticked else Qt.CheckState.Unchecked)
                self.goals.addItem(item)
            if not self.goals.count():
                item = QListWidgetItem(self.tr("No active goals yet: add them in Goals."))
                item.setFlags(Qt.ItemFlag.NoItemFlags)
                self.goals.addItem(item)
        self.goal_problem.hide()

    def _fill_steps(self, prospect: ProspectRow) -> None:
        self.steps.clear()
        for step in prospect.steps:
            text = self.tr("{day} · {step}").format(
                day=formats.short_date(step.day), step=labels.label(OutreachKind, step.kind)
            )
            if step.note:
                text += f" — {step.note}"
            if step.follow_up_on is not None:
                text += "\n    " + self.tr("follow up on {day}").format(
                    day=formats.short_date(step.follow_up_on)
                )
            item = QListWidgetItem(text)
            item.setData(ID_ROLE, step.id)
            self.steps.addItem(item)
        self.delete_step_button.setEnabled(bool(prospect.steps))
        if not prospect.steps:
            item = QListWidgetItem(self.tr("Not asked yet. Record each step below."))
            item.setFlags(Qt.ItemFlag.NoItemFlags)
            self.steps.addItem(item)

    def _reset_step_form(self) -> None:
        today = self.context.today()
        last = self.prospect.last_step if self.prospect is not None else None
        kind = OutreachKind.ASKED if last is None else OutreachKind.FOLLOWED_UP
        self.kind.setCurrentIndex(max(0, self.kind.findData(kind.value)))
        self.day.set_value(today)
        self.has_follow.setChecked(True)
        self.follow.set_value(today + timedelta(days=FOLLOW_UP_AFTER_DAYS))
        self.note.clear()
        self.form.show_errors({})

    def _kind_changed(self) -> None:
        answered = self.kind.currentData() == OutreachKind.ANSWERED.value
        self.has_follow.setChecked(not answered)
        self.has_follow.setEnabled(not answered)

    # -- changing -------------------------------------------------------------------
    def _goal_ticked(self, _item: QListWidgetItem) -> None:
        prospect = self.prospect
        if prospect is None:
            return
        items = [self.goals.item(row) for row in range(self.goals.count())]
        offered = [item for item in items if item is not None and item.data(ID_ROLE)]
        offered_ids = {str(item.data(ID_ROLE)) for item in offered}
        ticked = [
            str(item.data(ID_ROLE))
            for item in offered
            if item.checkState() == Qt.CheckState.Checked
        ] + sorted(self._linked - offered_ids)
        # A goal's links are parts of the goal: every goal offered may change.
        try:
            operations.set_goals(
                self.context, self, prospect.id, prospect.name, ticked, sorted(offered_ids)
            )
        except GoalValidationError as error:
            self.goal_problem.setText("⚠ " + " ".join(error.errors.values()))
            self.goal_problem.show()

    def add_step(self) -> bool:
        """Record the step in the form (asking a prospect makes them "requested")."""
        prospect = self.prospect
        if prospect is None:
            return False
        kind, day = str(self.kind.currentData()), self.day.value()
        follow = self.follow.value() if self.has_follow.isChecked() else None
        try:
            done = operations.add_step(
                self.context,
                self,
                prospect.id,
                prospect.name,
                kind,
                day,
                note=self.note.text(),
                follow_up_on=follow,
            )
        except OutreachValidationError as error:
            self.form.show_errors(error.errors)
            return False
        if not done:
            return False
        self._reset_step_form()
        return True

    def draft_ask(self) -> None:
        from mentordesk.ui.prospects.ask_dialog import draft_ask

        if self.prospect is not None:
            draft_ask(self.context, self, self.prospect.id)

    def delete_step(self) -> None:
        item = self.steps.currentItem()
        step_id = item.data(ID_ROLE) if item is not None else None
        if not step_id:
            return
        operations.delete_step(self.context, self, str(step_id))
