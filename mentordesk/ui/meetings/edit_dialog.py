"""Edit a meeting after planning it: reschedule a planned (or cancelled) one — time,
length, format, place or link, agenda — or correct when a held one took place, how
long it took and its rating. Every change is one undoable step."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from mentordesk.db.choices import MeetingFormat
from mentordesk.services import meeting_queries, meetings
from mentordesk.services.errors import NotFoundError
from mentordesk.services.meeting_queries import MeetingDetail
from mentordesk.ui import formats, labels
from mentordesk.ui.context import AppContext
from mentordesk.ui.meetings import odd_date, operations
from mentordesk.ui.meetings.agenda_editor import AgendaEditor
from mentordesk.ui.widgets.date_fields import DateTimeField
from mentordesk.ui.widgets.dialog_buttons import ok_cancel
from mentordesk.ui.widgets.error_form import ErrorForm
from mentordesk.ui.widgets.toned import tone


class EditMeetingDialog(QDialog):
    """The meeting's time and how it happens; Save stores it (errors show inline)."""

    def __init__(
        self,
        context: AppContext,
        meeting: MeetingDetail,
        *,
        with_agenda: bool = True,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("editMeetingDialog")
        self.context = context
        self.meeting = meeting
        self.held = meeting.held
        self.setWindowTitle(
            (
                self.tr("Held meeting with {name}") if self.held else self.tr("Meeting with {name}")
            ).format(name=meeting.mentor_name)
        )
        self.form = ErrorForm()
        self.when = DateTimeField(
            "editWhen", self.tr("When it began") if self.held else self.tr("Date and time")
        )
        self.when.set_value(meeting.scheduled_start)
        self.their_time = tone(QLabel(), "muted")
        self.their_time.setObjectName("editTheirTime")
        self.when.dateTimeChanged.connect(self._show_their_time)
        self._show_their_time()
        when_column = QVBoxLayout()
        when_column.setSpacing(0)
        when_column.addWidget(self.when)
        when_column.addWidget(self.their_time)
        self.minutes = QSpinBox()
        self.minutes.setObjectName("editMinutes")
        self.minutes.setRange(1, meetings.MAX_MINUTES)
        self.minutes.setSingleStep(5 if self.held else 15)
        self.minutes.setSuffix(self.tr(" min"))
        self.format = QComboBox()
        self.format.setObjectName("editFormat")
        self.format.setAccessibleName(self.tr("Format"))
        for value, text in labels.choices(MeetingFormat):
            self.format.addItem(text, value)
        self.format.setCurrentIndex(max(0, self.format.findData(meeting.format)))
        self.location = QLineEdit(meeting.location)
        self.location.setObjectName("editLocation")
        self.location.setAccessibleName(self.tr("Place or video link"))
        self.rating = QComboBox()
        self.rating.setObjectName("editRating")
        self.rating.setAccessibleName(self.tr("How valuable was it"))
        self.rating.addItem(self.tr("No rating"), None)
        for score in range(1, 6):
            self.rating.addItem(
                self.tr("{stars} ({value} of 5)").format(stars="★" * score, value=score), score
            )
        self.agenda = AgendaEditor("edit")
        if self.held:
            self.minutes.setAccessibleName(self.tr("How long it took, in minutes"))
            self.minutes.setValue(meeting.actual_minutes or meeting.planned_minutes)
            self.rating.setCurrentIndex(max(0, self.rating.findData(meeting.rating)))
            self.form.add_field(self.tr("&Began"), when_column, self.when, "held_start")
            self.form.add_field(self.tr("&Took"), self.minutes, self.minutes, "actual_minutes")
            self.form.add_field(self.tr("&Value"), self.rating, self.rating, "rating")
        else:
            self.minutes.setAccessibleName(self.tr("Duration in minutes"))
            self.minutes.setValue(meeting.planned_minutes)
            self.form.add_field(self.tr("&When"), when_column, self.when, "scheduled_start")
            self.form.add_field(self.tr("&Duration"), self.minutes, self.minutes, "planned_minutes")
            self.form.add_field(self.tr("&Format"), self.format, self.format, "format")
            self.form.add_field(self.tr("&Place or link"), self.location, self.location, "location")
            if with_agenda:
                self.agenda.set_points([(a.id, a.text, a.done) for a in meeting.agenda])
                self.agenda.mark_private({a.id for a in meeting.agenda if a.private})
                self.form.add_field(self.tr("&Agenda"), self.agenda, self.agenda.entry, "agenda")
        self.with_agenda = with_agenda and not self.held

        buttons = ok_cancel(
            self,
            self.tr("Save"),
            "editSaveButton",
            "editCancelButton",
            accept=QDialogButtonBox.StandardButton.Save,
        )
        save = buttons.button(QDialogButtonBox.StandardButton.Save)
        assert save is not None
        save.setDefault(True)
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addWidget(buttons)
        self.setMinimumWidth(480)

    def _show_their_time(self) -> None:
        shown = formats.their_time(self.when.value(), self.meeting.mentor_time_zone)
        self.their_time.setText(self.tr("Their time: {time}").format(time=shown) if shown else "")
        self.their_time.setVisible(bool(shown))

    def accept(self) -> None:
        meeting = self.meeting
        when, minutes = self.when.value(), self.minutes.value()
        moved = when != meeting.scheduled_start
        if moved and not odd_date.meant(self, when, self.context.now(), plan=not self.held):
            return  # what was typed stays in the dialog
        try:
            if self.held:
                done = operations.correct_held(
                    self.context,
                    self,
                    meeting.id,
                    meeting.mentor_name,
                    when=when,
                    minutes=minutes,
                    rating=self.rating.currentData(),
                )
            else:
                done = operations.reschedule(
                    self.context,
                    self,
                    meeting.id,
                    meeting.mentor_name,
                    when=when,
                    minutes=minutes,
                    format=str(self.format.currentData()),
                    location=self.location.text(),
                    agenda=self.agenda.points() if self.with_agenda else None,
                )
        except meetings.MeetingValidationError as error:
            self.form.show_errors(error.errors)
            return
        if done:
            super().accept()


def edit_meeting(
    context: AppContext,
    meeting_id: str,
    parent: QWidget | None = None,
    *,
    with_agenda: bool = True,
) -> bool:
    """Ask for the meeting's new time (and agenda) and store it; True if changed."""
    try:
        meeting = context.read(meeting_queries.detail, meeting_id)
    except NotFoundError:
        return False
    dialog = EditMeetingDialog(context, meeting, with_agenda=with_agenda, parent=parent)
    try:
        return dialog.exec() == QDialog.DialogCode.Accepted
    finally:
        dialog.deleteLater()
