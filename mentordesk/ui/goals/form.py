"""The goal form: title, why, how I will know, target date, status, how progress is
measured, and the mentors who help. Built from its field table by the one record
editor (``widgets/record_editor``): problems show under their fields until fixed;
nothing here touches the database (the Goals area saves)."""

from __future__ import annotations

from datetime import date
from functools import partial
from typing import TypeVar

from PySide6.QtCore import QT_TRANSLATE_NOOP, QSignalBlocker, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
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
from mentordesk.ui.widgets.date_fields import DateField
from mentordesk.ui.widgets.record_editor import (
    CHOICE,
    KINDS,
    LINE,
    TEXT,
    Field,
    FieldKind,
    RecordEditor,
)

MENTOR_ROLE = Qt.ItemDataRole.UserRole
TARGET, MENTORS = "target", "mentors"

_field = partial(Field, context="GoalForm")
FIELDS: tuple[Field, ...] = (
    _field(
        "title",
        QT_TRANSLATE_NOOP("GoalForm", "&Goal"),
        QT_TRANSLATE_NOOP("GoalForm", "Goal"),
        LINE,
        QT_TRANSLATE_NOOP("GoalForm", "e.g. Lead a team of five by next spring"),
        object_name="goalTitle",
    ),
    _field(
        "why",
        QT_TRANSLATE_NOOP("GoalForm", "&Why"),
        QT_TRANSLATE_NOOP("GoalForm", "Why it matters"),
        TEXT,
        QT_TRANSLATE_NOOP("GoalForm", "Why this goal, and why now"),
        height=54,
        object_name="goalWhy",
    ),
    _field(
        "success_criteria",
        QT_TRANSLATE_NOOP("GoalForm", "How I'll &know"),
        QT_TRANSLATE_NOOP("GoalForm", "How I will know"),
        TEXT,
        QT_TRANSLATE_NOOP("GoalForm", "What will be true when it is achieved"),
        height=54,
        object_name="goalCriteria",
    ),
    _field(
        "target_date",
        QT_TRANSLATE_NOOP("GoalForm", "&Target"),
        QT_TRANSLATE_NOOP("GoalForm", "Has a target date"),
        TARGET,
    ),
    _field(
        "status",
        QT_TRANSLATE_NOOP("GoalForm", "&Status"),
        QT_TRANSLATE_NOOP("GoalForm", "Status"),
        CHOICE,
        choices=GoalStatus,
        object_name="goalStatus",
    ),
    _field(
        "progress_mode",
        QT_TRANSLATE_NOOP("GoalForm", "&Progress"),
        QT_TRANSLATE_NOOP("GoalForm", "Progress measured"),
        CHOICE,
        choices=ProgressMode,
        object_name="goalProgressMode",
    ),
    _field(
        "mentors",
        QT_TRANSLATE_NOOP("GoalForm", "&Mentors"),
        QT_TRANSLATE_NOOP("GoalForm", "Mentors who help with this goal"),
        MENTORS,
        object_name="goalMentors",
    ),
)


class TargetDate(QWidget):
    """A target date that may be left unset: "By" ticked, then the date."""

    def __init__(self, field: Field) -> None:
        super().__init__()
        self.has_target = QCheckBox(self.tr("By"))
        self.has_target.setObjectName("goalHasTarget")
        self.has_target.setAccessibleName(field.accessible_text())
        self.target = DateField("goalTarget", self.tr("Target date"))
        self.has_target.toggled.connect(self.target.setEnabled)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.has_target)
        row.addWidget(self.target, 1)
        self.today = date.today()

    def value(self) -> date | None:
        return self.target.value() if self.has_target.isChecked() else None

    def set_value(self, value: date | None) -> None:
        with QSignalBlocker(self.has_target), QSignalBlocker(self.target):
            self.has_target.setChecked(value is not None)
            self.target.setEnabled(value is not None)
            self.target.set_value(value or self.today)


W = TypeVar("W", bound=QWidget)


def _typed(widget: QWidget, kind: type[W]) -> W:
    assert isinstance(widget, kind)
    return widget


def _target(widget: QWidget) -> TargetDate:
    assert isinstance(widget, TargetDate)
    return widget


def _list(widget: QWidget) -> QListWidget:
    assert isinstance(widget, QListWidget)
    return widget


def _fixed_text(field: Field) -> QWidget:
    edit = QPlainTextEdit()
    edit.setTabChangesFocus(True)
    edit.setFixedHeight(field.height)
    edit.setPlaceholderText(field.hint_text())
    return edit


def _mentor_list(_field: Field) -> QWidget:
    mentors = QListWidget()
    mentors.setMaximumHeight(96)
    return mentors


def _ticked(widget: QWidget) -> tuple[str, ...]:
    mentors = _list(widget)
    found = []
    for row in range(mentors.count()):
        item = mentors.item(row)
        if item is not None and item.checkState() == Qt.CheckState.Checked:
            found.append(str(item.data(MENTOR_ROLE)))
    return tuple(found)


def _tick(widget: QWidget, ids: tuple[str, ...], _same: bool) -> None:
    mentors = _list(widget)
    for row in range(mentors.count()):
        item = mentors.item(row)
        if item is not None:
            ticked = str(item.data(MENTOR_ROLE)) in ids
            item.setCheckState(Qt.CheckState.Checked if ticked else Qt.CheckState.Unchecked)


GOAL_KINDS = {
    TEXT: FieldKind(_fixed_text, KINDS[TEXT].read, KINDS[TEXT].write, KINDS[TEXT].edited),
    TARGET: FieldKind(
        TargetDate,
        lambda w: _target(w).value(),
        lambda w, value, _same: _target(w).set_value(value),
        lambda w: _target(w).has_target.toggled,
        focus=lambda w: _target(w).has_target,
        names_itself=True,
    ),
    MENTORS: FieldKind(_mentor_list, _ticked, _tick, lambda w: _list(w).itemChanged),
}


class GoalForm(QWidget):
    """Create or edit one goal; ``changed`` fires on every edit, ``editor.is_dirty()``
    says whether it differs from what was shown."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("goalForm")
        form = QFormLayout(self)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.editor = RecordEditor(FIELDS, form, kinds=GOAL_KINDS, parent=self)
        self.changed = self.editor.edited
        widgets = self.editor.widgets
        self.title = _typed(widgets["title"], QLineEdit)
        self.why = _typed(widgets["why"], QPlainTextEdit)
        self.criteria = _typed(widgets["success_criteria"], QPlainTextEdit)
        target = _target(widgets["target_date"])
        self.has_target, self.target = target.has_target, target.target
        # The date as well as the tick box is an edit of the target.
        self.target.dateChanged.connect(lambda _day: self.editor.note_edit())
        self.status = _typed(widgets["status"], QComboBox)
        self.mode = _typed(widgets["progress_mode"], QComboBox)
        self.mentors = _list(widgets["mentors"])

    # -- filling and reading -----------------------------------------------------------
    def set_mentor_choices(self, choices: list[MentorChoice], ticked: set[str]) -> None:
        """Every mentor but prospects (unless already linked), ticked if linked; what
        the form holds is then as shown (not an edit)."""
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
        self.editor.mark_loaded()

    def mentor_ids(self) -> list[str]:
        return list(_ticked(self.mentors))

    def show_goal(self, goal: GoalRow | None, today: date, *, same_record: bool = False) -> None:
        """Fill the form from ``goal`` (None: empty, for a new goal); ``same_record``:
        the cursor stays where the person was typing."""
        data = goal.data if goal is not None else GoalData(title="")
        _target(self.editor.widgets["target_date"]).today = today
        values = {name: getattr(data, name) for name in GoalData.__dataclass_fields__}
        values["mentors"] = _ticked(self.mentors)
        self.editor.fill(values, same_record=same_record)

    def data(self) -> GoalData:
        values = self.editor.values()
        values.pop("mentors")
        return GoalData(**values)

    def data_onto(self, stored: GoalRow | None) -> tuple[GoalData, list[str]]:
        """What the person changed, over the goal as ``stored`` now (a sync round may
        have changed it meanwhile): the typed fields, and the mentors they ticked or
        unticked, over the stored goal and its mentors; the rest stays as stored."""
        typed, ticked = self.data(), self.mentor_ids()
        if stored is None:
            return typed, ticked
        data = self.editor.onto(stored.data, typed)
        if MENTORS not in self.editor.edits():
            return data, list(stored.mentor_ids)
        before = set(self.editor.loaded()[MENTORS])
        unticked = before - set(ticked)
        kept = [mentor for mentor in stored.mentor_ids if mentor not in unticked]
        return data, kept + [m for m in ticked if m not in before and m not in kept]

    def show_errors(self, errors: dict[str, str]) -> None:
        self.editor.show_errors(errors)
