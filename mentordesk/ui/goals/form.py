"""The goal form: title, why, how I will know, target date, status, how progress is
measured, and the mentors who help. Problems show under their fields; nothing here
touches the database (the Goals area saves)."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QSignalBlocker, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QWidget,
)

from mentordesk.db.choices import GoalStatus, MentorStatus, ProgressMode
from mentordesk.services.goals import GoalData, GoalRow
from mentordesk.services.mentors import MentorChoice
from mentordesk.ui import labels
from mentordesk.ui.widgets.date_fields import DateField
from mentordesk.ui.widgets.error_form import ErrorForm

MENTOR_ROLE = Qt.ItemDataRole.UserRole


class GoalForm(QWidget):
    """Create or edit one goal; ``changed`` fires on every edit (the area tracks "dirty")."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("goalForm")
        self.form = ErrorForm()
        self.title = QLineEdit()
        self.title.setObjectName("goalTitle")
        self.title.setAccessibleName(self.tr("Goal"))
        self.title.setPlaceholderText(self.tr("e.g. Lead a team of five by next spring"))
        self.why = self._text("goalWhy", self.tr("Why it matters"), 54)
        self.why.setPlaceholderText(self.tr("Why this goal, and why now"))
        self.criteria = self._text("goalCriteria", self.tr("How I will know"), 54)
        self.criteria.setPlaceholderText(self.tr("What will be true when it is achieved"))
        self.has_target = QCheckBox(self.tr("By"))
        self.has_target.setObjectName("goalHasTarget")
        self.has_target.setAccessibleName(self.tr("Has a target date"))
        self.target = DateField("goalTarget", self.tr("Target date"))
        self.has_target.toggled.connect(self.target.setEnabled)
        target_row = QHBoxLayout()
        target_row.setContentsMargins(0, 0, 0, 0)
        target_row.addWidget(self.has_target)
        target_row.addWidget(self.target, 1)
        self.status = self._combo("goalStatus", self.tr("Status"), GoalStatus)
        self.mode = self._combo("goalProgressMode", self.tr("Progress measured"), ProgressMode)
        self.mentors = QListWidget()
        self.mentors.setObjectName("goalMentors")
        self.mentors.setAccessibleName(self.tr("Mentors who help with this goal"))
        self.mentors.setMaximumHeight(96)
        self.mentors.itemChanged.connect(lambda _item: self.changed.emit())

        self.form.add_field(self.tr("&Goal"), self.title, self.title, "title")
        self.form.add_field(self.tr("&Why"), self.why, self.why, "why")
        self.form.add_field(
            self.tr("How I'll &know"), self.criteria, self.criteria, "success_criteria"
        )
        self.form.add_field(self.tr("&Target"), target_row, self.has_target, "target_date")
        self.form.add_field(self.tr("&Status"), self.status, self.status, "status")
        self.form.add_field(self.tr("&Progress"), self.mode, self.mode, "progress_mode")
        self.form.add_field(self.tr("&Mentors"), self.mentors, self.mentors, "mentors")
        self.setLayout(self.form)
        for signal in (self.title.textChanged, self.has_target.toggled, self.target.dateChanged):
            signal.connect(lambda *_: self.changed.emit())
        for combo in (self.status, self.mode):
            combo.currentIndexChanged.connect(lambda *_: self.changed.emit())

    def _text(self, name: str, accessible: str, height: int) -> QPlainTextEdit:
        edit = QPlainTextEdit()
        edit.setObjectName(name)
        edit.setAccessibleName(accessible)
        edit.setTabChangesFocus(True)
        edit.setFixedHeight(height)
        edit.textChanged.connect(self.changed.emit)
        return edit

    def _combo(
        self, name: str, accessible: str, kind: type[GoalStatus | ProgressMode]
    ) -> QComboBox:
        combo = QComboBox()
        combo.setObjectName(name)
        combo.setAccessibleName(accessible)
        for value, text in labels.choices(kind):
            combo.addItem(text, value)
        return combo

    # -- filling and reading -----------------------------------------------------------
    def set_mentor_choices(self, choices: list[MentorChoice], ticked: set[str]) -> None:
        """Every mentor but prospects (unless already linked), ticked if linked."""
        with QSignalBlocker(self.mentors):
            self.mentors.clear()
            for choice in choices:
                prospective = choice.status in (MentorStatus.PROSPECT, MentorStatus.REQUESTED)
                if prospective and choice.id not in ticked:
                    continue
                item = QListWidgetItem(choice.name)
                item.setData(MENTOR_ROLE, choice.id)
                item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
                checked = choice.id in ticked
                item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
                self.mentors.addItem(item)

    def mentor_ids(self) -> list[str]:
        found = []
        for row in range(self.mentors.count()):
            item = self.mentors.item(row)
            if item is not None and item.checkState() == Qt.CheckState.Checked:
                found.append(str(item.data(MENTOR_ROLE)))
        return found

    def show_goal(self, goal: GoalRow | None, today: date) -> None:
        """Fill the form from ``goal`` (None: empty, for a new goal)."""
        data = goal.data if goal is not None else GoalData(title="")
        fields: tuple[QWidget, ...] = (self.title, self.why, self.criteria, self.has_target)
        blockers = [QSignalBlocker(w) for w in (*fields, self.target, self.status, self.mode)]
        self.title.setText(data.title)
        self.why.setPlainText(data.why)
        self.criteria.setPlainText(data.success_criteria)
        self.has_target.setChecked(data.target_date is not None)
        self.target.setEnabled(data.target_date is not None)
        self.target.set_value(data.target_date or today)
        self.status.setCurrentIndex(max(0, self.status.findData(data.status)))
        self.mode.setCurrentIndex(max(0, self.mode.findData(data.progress_mode)))
        del blockers
        self.form.show_errors({})

    def data(self) -> GoalData:
        return GoalData(
            title=self.title.text(),
            why=self.why.toPlainText(),
            success_criteria=self.criteria.toPlainText(),
            target_date=self.target.value() if self.has_target.isChecked() else None,
            status=str(self.status.currentData()),
            progress_mode=str(self.mode.currentData()),
        )

    def show_errors(self, errors: dict[str, str]) -> None:
        self.form.show_errors(errors)
