"""Ending a mentorship well: the closure review that archiving a mentor runs.

What I learned, which goals it served, a thank-you note drafted from what was
recorded (editable; copy it, or export the review to Markdown), and whether to keep
in touch as alumni with a light interval. "End mentorship" saves it all as one
undoable step; problems show under their fields and nothing is half-saved.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from mentordesk.db.choices import GoalStatus, IntervalUnit
from mentordesk.db.files import write_text_file
from mentordesk.services import closure
from mentordesk.services.closure import ClosureDraft, ClosureValidationError, KeepInTouch
from mentordesk.services.errors import NotFoundError
from mentordesk.ui import file_folder
from mentordesk.ui import settings as setting
from mentordesk.ui.closure import operations
from mentordesk.ui.closure import text as closure_text
from mentordesk.ui.context import AppContext
from mentordesk.ui.mentors.cadence_text import unit_choices
from mentordesk.ui.messages import tell
from mentordesk.ui.widgets.date_fields import DateField
from mentordesk.ui.widgets.dialog_buttons import ok_cancel
from mentordesk.ui.widgets.error_form import ErrorForm
from mentordesk.ui.widgets.parts import named_button
from mentordesk.ui.widgets.toned import tone

GOAL_ROLE = Qt.ItemDataRole.UserRole


class ClosureReviewDialog(QDialog):
    """The review of one mentorship; ``accept`` ends it."""

    def __init__(self, context: AppContext, draft: ClosureDraft, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("closureReviewDialog")
        self.setWindowTitle(
            self.tr("Closing the mentorship with {name}").format(name=draft.mentor_name)
        )
        self.context = context
        self.draft = draft
        existing = draft.existing
        intro = tone(QLabel(self._intro()), "muted")
        intro.setObjectName("closureIntro")
        intro.setWordWrap(True)
        self.form = ErrorForm()
        self.learned = QPlainTextEdit()
        self.learned.setObjectName("closureLearned")
        self.learned.setAccessibleName(self.tr("What I learned"))
        self.learned.setTabChangesFocus(True)
        self.learned.setFixedHeight(96)
        self.learned.setPlaceholderText(self.tr("The lessons you take with you"))
        takeaways = "\n".join(f"- {t.text}" for t in draft.takeaways)
        self.learned.setPlainText(existing.learned if existing else takeaways)
        self.goals = QListWidget()
        self.goals.setObjectName("closureGoals")
        self.goals.setAccessibleName(self.tr("Goals this mentorship served"))
        self.goals.setMaximumHeight(96)
        served = set(existing.goal_ids) if existing else set(draft.linked_goal_ids)
        for goal in draft.goals:
            if goal.status == GoalStatus.DROPPED.value and goal.id not in served:
                continue
            item = QListWidgetItem(goal.title)
            item.setData(GOAL_ROLE, goal.id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            ticked = goal.id in served
            item.setCheckState(Qt.CheckState.Checked if ticked else Qt.CheckState.Unchecked)
            self.goals.addItem(item)
        self.note = QPlainTextEdit()
        self.note.setObjectName("closureNote")
        self.note.setAccessibleName(self.tr("Thank-you note"))
        self.note.setTabChangesFocus(True)
        self.note.setMinimumHeight(180)
        self.note.setPlainText(existing.thank_you if existing and existing.thank_you else "")
        if not self.note.toPlainText():
            self.redraft()
        self.redraft_button = named_button("closureRedraft", self.tr("Draft again"))
        self.redraft_button.setToolTip(
            self.tr("Compose the note again from what you learned and the goals ticked")
        )
        self.copy_button = named_button("closureCopy", self.tr("Copy note"))
        self.export_button = named_button("closureExport", self.tr("Export to Markdown…"))
        self.redraft_button.clicked.connect(self.redraft)
        self.copy_button.clicked.connect(self.copy_note)
        self.export_button.clicked.connect(lambda: self.export_markdown())
        note_buttons = QHBoxLayout()
        for button in (self.redraft_button, self.copy_button, self.export_button):
            note_buttons.addWidget(button)
        note_buttons.addStretch(1)
        note_column = QVBoxLayout()
        note_column.addWidget(self.note)
        note_column.addLayout(note_buttons)

        self.alumni = QCheckBox(self.tr("Keep in touch as alumni, every"))
        self.alumni.setObjectName("closureAlumni")
        self.alumni.setAccessibleName(self.tr("Keep in touch as alumni"))
        self.alumni.setChecked(True)
        self.every = QSpinBox()
        self.every.setObjectName("closureEvery")
        self.every.setAccessibleName(self.tr("Keep in touch every"))
        self.every.setRange(0, 999)  # the service says what is allowed, inline
        self.every.setValue(6)
        self.unit = QComboBox()
        self.unit.setObjectName("closureUnit")
        self.unit.setAccessibleName(self.tr("Unit"))
        for value, text in unit_choices():
            self.unit.addItem(text, value)
        self.unit.setCurrentIndex(self.unit.findData(IntervalUnit.MONTHS.value))
        self.alumni.toggled.connect(self.every.setEnabled)
        self.alumni.toggled.connect(self.unit.setEnabled)
        keep = QHBoxLayout()
        keep.addWidget(self.alumni)
        keep.addWidget(self.every)
        keep.addWidget(self.unit)
        keep.addStretch(1)
        self.ended_on = DateField("closureEndedOn", self.tr("Ended on"))
        self.ended_on.set_value(existing.ended_on if existing else context.today())

        self.form.add_field(self.tr("What I &learned"), self.learned, self.learned, "learned")
        self.form.add_field(self.tr("&Goals it served"), self.goals, self.goals, "goals")
        self.form.add_field(self.tr("&Thank-you note"), note_column, self.note, "thank_you")
        self.form.add_field(self.tr("&Afterwards"), keep, self.alumni, "keep_in_touch")
        self.form.add_field(self.tr("&Ended on"), self.ended_on, self.ended_on, "ended_on")
        buttons = ok_cancel(self, self.tr("End mentorship"), "closureEnd", "closureCancel")
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(self.form)
        layout.addWidget(buttons)
        self.resize(640, 720)

    def _intro(self) -> str:
        draft = self.draft
        if draft.meetings_held == 0:
            return self.tr("No meeting was held. Say what you take with you anyway.")
        count = len(draft.gave_back)
        if count == 0:
            gave = self.tr("nothing given back yet")
        else:
            gave = self.tr("%n thing(s) given back", "", count)
        return self.tr(
            "{meetings}, {actions}, {gave}. Everything stays "
            "recorded; the note below is a draft to make your own."
        ).format(
            meetings=self.tr("%n meeting(s)", "", draft.meetings_held),
            actions=self.tr("%n piece(s) of advice acted on", "", len(draft.done_actions)),
            gave=gave,
        )

    # -- the note -------------------------------------------------------------------
    def served(self) -> list[tuple[str, str]]:
        """(id, title) of the ticked goals."""
        items = [self.goals.item(row) for row in range(self.goals.count())]
        return [
            (str(item.data(GOAL_ROLE)), item.text())
            for item in items
            if item is not None and item.checkState() == Qt.CheckState.Checked
        ]

    def my_name(self) -> str:
        return self.context.settings.get(setting.MY_NAME).strip()

    def redraft(self) -> None:
        titles = [title for _, title in self.served()]
        self.note.setPlainText(
            closure_text.thank_you_note(
                self.draft, self.learned.toPlainText(), titles, self.my_name()
            )
        )

    def copy_note(self) -> None:
        QGuiApplication.clipboard().setText(self.note.toPlainText())
        self.context.say(self.tr("The thank-you note is on the clipboard."))

    def markdown(self) -> str:
        return closure_text.review_markdown(
            self.draft,
            ended_on=self.ended_on.value(),
            learned=self.learned.toPlainText(),
            goal_titles=[title for _, title in self.served()],
            thank_you=self.note.toPlainText(),
        )

    def export_markdown(self, path: Path | None = None) -> Path | None:
        """Write the review to ``path`` (asked for when None); the file, or None."""
        if path is None:
            start = file_folder.start_folder(self.context.settings)
            name, _ = QFileDialog.getSaveFileName(
                self,
                self.tr("Export the closure review"),
                str(start / f"{self.draft.mentor_name} closure review.md"),
                self.tr("Markdown (*.md)"),
            )
            if not name:
                return None
            file_folder.remember(self.context.settings, name)
            path = Path(name)
        try:
            write_text_file(path, self.markdown())
        except OSError as error:
            tell(
                self,
                self.tr("Export the closure review"),
                self.tr("Could not write {file}: {reason}.").format(
                    file=path, reason=error.strerror or error
                ),
            )
            return None
        self.context.say(self.tr("Exported to {file}.").format(file=path))
        return path

    # -- ending ---------------------------------------------------------------------
    def accept(self) -> None:
        draft = self.draft
        keep = (
            KeepInTouch(self.every.value(), str(self.unit.currentData()))
            if self.alumni.isChecked()
            else None
        )
        try:
            done = operations.end_mentorship(
                self.context,
                self,
                draft,
                learned=self.learned.toPlainText(),
                goal_ids=[goal_id for goal_id, _ in self.served()],
                thank_you=self.note.toPlainText(),
                ended_on=self.ended_on.value(),
                keep_in_touch=keep,
            )
        except ClosureValidationError as error:
            self.form.show_errors(error.errors)
            return
        if done:
            super().accept()


def end_mentorship(context: AppContext, mentor_id: str, parent: QWidget | None = None) -> bool:
    """Run the closure review for ``mentor_id``; True if the mentorship was ended."""
    try:
        draft = context.read(closure.draft, mentor_id)
    except NotFoundError:
        return False
    dialog = ClosureReviewDialog(context, draft, parent)
    try:
        ended = dialog.exec() == QDialog.DialogCode.Accepted
    finally:
        dialog.deleteLater()
    return ended
