"""End meeting: actual length, value rating, review of action items, the next meeting."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime

from PySide6.QtCore import QDateTime
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateTimeEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from mentordesk.services import meetings
from mentordesk.ui.meeting_mode.action_items import ActionItemsModel
from mentordesk.ui.meeting_mode.action_panel import ActionItemsPanel


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
