"""End meeting: actual length, value rating, review of action items, the next meeting."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QMessageBox,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from mentordesk.services import cadence_read, meeting_queries, meetings
from mentordesk.services.errors import NotFoundError
from mentordesk.ui.meeting_mode.action_items import ActionItemsModel
from mentordesk.ui.meeting_mode.action_panel import ActionItemsPanel
from mentordesk.ui.meetings import operations
from mentordesk.ui.messages import is_expected, problem_text, tell
from mentordesk.ui.widgets.date_fields import DateTimeField

if TYPE_CHECKING:
    from mentordesk.ui.meeting_mode.window import MeetingModeWindow


@dataclass(frozen=True)
class EndChoices:
    """What the person chose in the dialog."""

    held_start: datetime
    actual_minutes: int
    rating: int | None
    plan_next: bool
    next_start: datetime


class EndMeetingDialog(QDialog):
    """Reviews the meeting before marking it held. ``choices()`` reads the answers."""

    def __init__(
        self,
        model: ActionItemsModel,
        *,
        held_start: datetime,
        elapsed_minutes: int,
        suggested_next: datetime,
        carried_count: int,
        agenda_count: int = 0,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("endMeetingDialog")
        self.setWindowTitle(self.tr("End meeting"))
        self.resize(560, 560)

        self.held_start = DateTimeField("heldStart", self.tr("When the meeting began"))
        self.held_start.set_value(held_start)
        self.minutes = QSpinBox()
        self.minutes.setObjectName("actualMinutes")
        self.minutes.setAccessibleName(self.tr("Actual duration in minutes"))
        self.minutes.setRange(1, meetings.MAX_MINUTES)
        self.minutes.setSuffix(self.tr(" min"))
        self.minutes.setValue(max(1, elapsed_minutes))
        self.rating = QComboBox()
        self.rating.setObjectName("ratingCombo")
        self.rating.setAccessibleName(self.tr("How valuable was it"))
        self.rating.addItem(self.tr("No rating"), None)
        for value, label in (
            (1, self.tr("1 – not useful")),
            (2, "2"),
            (3, self.tr("3 – useful")),
            (4, "4"),
            (5, self.tr("5 – very valuable")),
        ):
            self.rating.addItem(label, value)

        self.review_panel = ActionItemsPanel(model)
        self.review_panel.setObjectName("endMeetingActions")
        self.review_panel.capture_button.hide()
        self.review_panel.empty.setText(self.tr("No action items were captured in this meeting."))

        self.plan_next = QCheckBox(self.tr("Plan the next meeting"))
        self.plan_next.setObjectName("planNextCheck")
        self.plan_next.setAccessibleName(self.tr("Plan the next meeting"))
        self.plan_next.setChecked(True)
        self.next_start = DateTimeField("nextMeetingStart", self.tr("Next meeting date and time"))
        self.next_start.set_value(suggested_next)
        self.plan_next.toggled.connect(self.next_start.setEnabled)
        if carried_count:
            carried_text = self.tr(
                "%n unticked agenda point(s) will be carried over.", "", carried_count
            )
        elif agenda_count:
            carried_text = self.tr("Every agenda point was ticked off.")
        else:
            carried_text = self.tr("There was no agenda.")
        carried = QLabel(carried_text)
        carried.setObjectName("carriedAgendaLabel")

        form = QFormLayout()
        form.addRow(self.tr("Began:"), self.held_start)
        form.addRow(self.tr("Actual duration:"), self.minutes)
        form.addRow(self.tr("Value of the meeting:"), self.rating)
        next_form = QFormLayout()
        next_form.addRow(self.plan_next)
        next_form.addRow(self.tr("Next meeting:"), self.next_start)
        next_form.addRow(carried)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.end_button = buttons.addButton(
            self.tr("End meeting"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        assert self.end_button is not None
        self.end_button.setObjectName("markHeldButton")
        self.end_button.setAccessibleName(self.tr("End meeting"))
        self.end_button.setToolTip(self.tr("Mark the meeting held, as entered above"))
        self.end_button.setDefault(True)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.review_panel, 1)
        layout.addLayout(next_form)
        layout.addWidget(buttons)

    def choices(self) -> EndChoices:
        return EndChoices(
            held_start=self.held_start.value(),
            actual_minutes=self.minutes.value(),
            rating=self.rating.currentData(),
            plan_next=self.plan_next.isChecked(),
            next_start=self.next_start.value(),
        )


# (started at, ended at, actual minutes, next meeting id or "")
Ended = tuple[datetime | None, datetime | None, int, str]


def review_and_end(window: MeetingModeWindow) -> Ended | None:
    """Show the End meeting dialog for ``window``'s meeting and store the answers.

    None when the person cancelled or it could not be stored (they were told why).
    """
    context = window.context
    try:
        meeting = context.read(meeting_queries.detail, window.meeting_id)
    except Exception as error:
        if not is_expected(error):
            raise
        say_cannot_end(window, error)
        return None
    now = context.now()
    started = window.header.started_at
    # One agreed interval after the planned time (four weeks when none was agreed).
    suggested = context.read(
        cadence_read.suggested_next_start,
        meeting.mentor_id,
        meeting.scheduled_start,
        context.today(),
    )
    carried = window.agenda_model.unchecked_ids()
    model = ActionItemsModel(window.meeting_actions, window)
    model.reload()
    length = (
        max(1, round(window.header.elapsed().total_seconds() / 60))
        if started is not None
        else meetings.suggested_length(meeting, now)
    )
    dialog = EndMeetingDialog(
        model,
        held_start=started or meeting.scheduled_start,
        elapsed_minutes=length,
        suggested_next=suggested,
        carried_count=len(carried),
        agenda_count=window.agenda_model.rowCount(),
        parent=window,
    )
    dialog.review_panel.remove_button.clicked.connect(
        lambda: window.remove_selected(dialog.review_panel)
    )
    accepted = dialog.exec() == QDialog.DialogCode.Accepted
    model.deleteLater()
    if not accepted:
        return None
    choices = dialog.choices()
    try:
        done = operations.end_meeting(
            context,
            window,
            window.meeting_id,
            meeting.mentor_name,
            actual_minutes=choices.actual_minutes,
            rating=choices.rating,
            next_start=choices.next_start if choices.plan_next else None,
            carried_agenda_ids=tuple(carried),
            held_start=choices.held_start,
        )
    except meetings.MeetingValidationError as error:
        say_cannot_end(window, error)
        return None
    if done is None:
        return None
    ended = done.value
    held = ended.meeting
    return held.started_at, held.ended_at, choices.actual_minutes, ended.next_meeting_id or ""


def say_cannot_end(parent: QWidget, error: BaseException | None, save_reason: str = "") -> None:
    """Why the meeting could not be marked held (``error`` None: the notes did not save)."""
    if isinstance(error, meetings.MeetingValidationError):
        text = " ".join(error.errors.values())
    elif isinstance(error, NotFoundError) or (error is None and save_reason == GONE):
        text = QCoreApplication.translate(
            "MeetingModeWindow",
            "This meeting was deleted, so it cannot be marked held. Edit ▸ Undo in the "
            "main window brings it back; your notes stay here until then.",
        )
    elif error is None:
        text = QCoreApplication.translate(
            "MeetingModeWindow", "The notes are not saved yet ({reason}). Try again in a moment."
        ).format(reason=save_reason)
    else:
        text = QCoreApplication.translate(
            "MeetingModeWindow", "The meeting could not be marked held: {reason}."
        ).format(reason=problem_text(error))
    tell(parent, QCoreApplication.translate("MeetingModeWindow", "End meeting"), text)


# ``say_cannot_end``'s save_reason when the notes failed because the meeting is gone.
GONE = "gone"


def say_already_held(parent: QWidget) -> None:
    """End meeting on a meeting already held: nothing to end, and nothing is locked."""
    tell(
        parent,
        QCoreApplication.translate("MeetingModeWindow", "End meeting"),
        QCoreApplication.translate(
            "MeetingModeWindow",
            "This meeting is already marked held. Its notes, takeaways and agenda "
            "can still be edited; they save as you type.",
        ),
        icon=QMessageBox.Icon.Information,
        name="alreadyHeldBox",
    )
