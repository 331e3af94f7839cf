"""End meeting: actual length, value rating, review of action items, the next meeting."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QDateTime
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateTimeEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QMessageBox,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.exc import SQLAlchemyError

from mentordesk.services import meetings
from mentordesk.ui.meeting_mode.action_items import ActionItemsModel
from mentordesk.ui.meeting_mode.action_panel import ActionItemsPanel
from mentordesk.ui.meeting_mode.saver import DELETED, describe_failure

if TYPE_CHECKING:
    from mentordesk.ui.meeting_mode.window import MeetingModeWindow


def tr(text: str) -> str:
    return QCoreApplication.translate("MeetingModeWindow", text)


@dataclass(frozen=True)
class EndChoices:
    """What the person chose in the dialog."""

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
        elapsed_minutes: int,
        suggested_next: datetime,
        carried_count: int,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("endMeetingDialog")
        self.setWindowTitle(self.tr("End meeting"))
        self.resize(560, 560)

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
            (1, "1 – not useful"),
            (2, "2"),
            (3, "3 – useful"),
            (4, "4"),
            (5, "5 – very valuable"),
        ):
            self.rating.addItem(self.tr(label), value)

        self.review_panel = ActionItemsPanel(model)
        self.review_panel.setObjectName("endMeetingActions")
        self.review_panel.capture_button.hide()
        self.review_panel.empty.setText(self.tr("No action items were captured in this meeting."))

        self.plan_next = QCheckBox(self.tr("Plan the next meeting"))
        self.plan_next.setObjectName("planNextCheck")
        self.plan_next.setAccessibleName(self.tr("Plan the next meeting"))
        self.plan_next.setChecked(True)
        self.next_start = QDateTimeEdit()
        self.next_start.setObjectName("nextMeetingStart")
        self.next_start.setAccessibleName(self.tr("Next meeting date and time"))
        self.next_start.setCalendarPopup(True)
        self.next_start.setDateTime(
            QDateTime.fromMSecsSinceEpoch(int(suggested_next.timestamp() * 1000))
        )
        self.plan_next.toggled.connect(self.next_start.setEnabled)
        carried = QLabel(
            self.tr("{count} unticked agenda points will be carried over.").format(
                count=carried_count
            )
            if carried_count
            else self.tr("Every agenda point was ticked off.")
        )
        carried.setObjectName("carriedAgendaLabel")

        form = QFormLayout()
        form.addRow(self.tr("Actual duration:"), self.minutes)
        form.addRow(self.tr("Value of the meeting:"), self.rating)
        next_form = QFormLayout()
        next_form.addRow(self.plan_next)
        next_form.addRow(self.tr("Next meeting:"), self.next_start)
        next_form.addRow(carried)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.end_button = buttons.addButton(
            self.tr("Mark held"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        assert self.end_button is not None
        self.end_button.setObjectName("markHeldButton")
        self.end_button.setAccessibleName(self.tr("Mark held"))
        self.end_button.setDefault(True)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.review_panel, 1)
        layout.addLayout(next_form)
        layout.addWidget(buttons)

    def choices(self) -> EndChoices:
        chosen = self.next_start.dateTime().toMSecsSinceEpoch() / 1000
        return EndChoices(
            actual_minutes=self.minutes.value(),
            rating=self.rating.currentData(),
            plan_next=self.plan_next.isChecked(),
            next_start=datetime.fromtimestamp(chosen, UTC),
        )


# (started at, ended at, actual minutes, next meeting id or "")
Ended = tuple[datetime | None, datetime | None, int, str]


def review_and_end(window: MeetingModeWindow) -> Ended | None:
    """Show the End meeting dialog for ``window``'s meeting and store the answers.

    None when the person cancelled or it could not be stored (they were told why).
    """
    try:
        with window.context.database.session() as session:
            suggested = meetings.suggested_next_date(
                meetings.get_meeting(session, window.meeting_id)
            )
    except (SQLAlchemyError, meetings.MeetingNotFoundError) as error:
        say_cannot_end(window, error)
        return None
    carried = window.agenda_model.unchecked_ids()
    model = ActionItemsModel(window.meeting_actions, window)
    model.reload()
    dialog = EndMeetingDialog(
        model,
        elapsed_minutes=max(1, round(window.header.elapsed().total_seconds() / 60)),
        suggested_next=suggested,
        carried_count=len(carried),
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
        with window.context.database.session() as session:
            ended, following = meetings.end_and_plan_next(
                session,
                window.meeting_id,
                actual_minutes=choices.actual_minutes,
                rating=choices.rating,
                next_start=choices.next_start if choices.plan_next else None,
                carried_agenda_ids=tuple(carried),
            )
            next_id = following.id if following is not None else ""
            return ended.started_at, ended.ended_at, choices.actual_minutes, next_id
    except (SQLAlchemyError, meetings.MeetingValidationError, LookupError) as error:
        say_cannot_end(window, error)
        return None


def say_cannot_end(parent: QWidget, error: BaseException | None, save_reason: str = "") -> None:
    """Why the meeting could not be marked held (``error`` None: the notes did not save)."""
    reason = describe_failure(error) if error is not None else save_reason
    if isinstance(error, meetings.MeetingValidationError):
        text = str(error)
    elif reason == DELETED:
        text = tr(
            "This meeting was deleted, so it cannot be marked held. Edit ▸ Undo in the "
            "main window brings it back; your notes stay here until then."
        )
    elif error is None:
        text = tr("The notes are not saved yet ({reason}). Try again in a moment.")
    else:
        text = tr("The meeting could not be marked held: {reason}.")
    QMessageBox.warning(parent, tr("End meeting"), text.format(reason=tr(reason)))
