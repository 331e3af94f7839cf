"""Plan a meeting: who, when, how long, how, the agenda, and what the last one left open."""

from __future__ import annotations

from datetime import datetime, timedelta

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from mentordesk.db.choices import MeetingFormat, MentorStatus
from mentordesk.services import agreements, meeting_queries, meetings, mentors
from mentordesk.services.errors import NotFoundError
from mentordesk.services.kinds import Kind, Ref
from mentordesk.services.meetings import MeetingPlan, MeetingValidationError
from mentordesk.ui import formats, labels
from mentordesk.ui.between.plan_offer import InboxOffer
from mentordesk.ui.context import AppContext
from mentordesk.ui.login_start import offer_once
from mentordesk.ui.meetings import operations
from mentordesk.ui.meetings.agenda_editor import AgendaEditor
from mentordesk.ui.meetings.topic_offer import TopicOffer
from mentordesk.ui.templates.offer import TemplateOffer
from mentordesk.ui.widgets.date_fields import DateTimeField
from mentordesk.ui.widgets.dialog_buttons import ok_cancel
from mentordesk.ui.widgets.error_form import ErrorForm
from mentordesk.ui.widgets.toned import tone

ID_ROLE = Qt.ItemDataRole.UserRole + 1


WORKING_HOURS = range(9, 18)  # a proposed start falls on 9:00 … 17:00
MORNING = 10


def default_start(now: datetime) -> datetime:
    """Tomorrow at the next full hour, in local time; 10:00 tomorrow when that hour
    falls outside working hours (planning at midnight proposes no 1 a.m. call)."""
    now = now.astimezone()
    start = now.replace(minute=0, second=0, microsecond=0) + timedelta(hours=1)
    tomorrow = now.date() + timedelta(days=1)
    if start.date() != now.date() or start.hour not in WORKING_HOURS:
        start = now.replace(hour=MORNING, minute=0, second=0, microsecond=0)
    return datetime.combine(tomorrow, start.time()).astimezone()


class PlanMeetingDialog(QDialog):
    """Fill in a meeting; "Plan meeting" creates it (errors appear inline, input stays)."""

    def __init__(
        self, context: AppContext, mentor_id: str | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("planMeetingDialog")
        self.setWindowTitle(self.tr("Plan meeting"))
        self.context = context
        self.meeting_id: str | None = None
        self._zones: dict[str, str] = {}
        # The format, place and length last filled in from the agreement (None: not yet).
        self._defaults: tuple[object, str, int] | None = None

        self.mentor = QComboBox()
        self._name(self.mentor, "planMentor", self.tr("Mentor"))
        self.show_ended = QCheckBox(self.tr("Show ended mentors"))
        self._name(self.show_ended, "planShowEnded", self.tr("Show ended mentors"))
        self.show_ended.toggled.connect(lambda: self._fill_mentors(self.mentor_id()))
        self.when = DateTimeField("planWhen", self.tr("Date and time"))
        self.set_start(default_start(context.now()))
        self.their_time = tone(QLabel(), "muted")
        self.their_time.setObjectName("planTheirTime")
        self.when.dateTimeChanged.connect(self._show_their_time)
        self.minutes = QSpinBox()
        self._name(self.minutes, "planMinutes", self.tr("Duration in minutes"))
        self.minutes.setRange(1, meetings.MAX_MINUTES)
        self.minutes.setSingleStep(15)
        self.minutes.setValue(45)
        self.minutes.setSuffix(self.tr(" min"))
        self.format = QComboBox()
        self._name(self.format, "planFormat", self.tr("Format"))
        for value, text in labels.choices(MeetingFormat):
            self.format.addItem(text, value)
        self.format.setCurrentIndex(self.format.findData("video"))
        self.format.currentIndexChanged.connect(self._format_changed)
        self.location = QLineEdit()
        self._name(self.location, "planLocation", self.tr("Place or video link"))
        self._format_changed()
        self.agenda_editor = AgendaEditor("plan")
        self.agenda = self.agenda_editor.list
        self.agenda_entry = self.agenda_editor.entry
        self.template = TemplateOffer(context, self.agenda_editor, self.minutes)
        # A quarterly or agreement review depends on the day: the suggestion follows it.
        self.when.dateTimeChanged.connect(
            lambda: self.template.set_mentor(self.mentor_id(), self.when.value())
        )

        self.carry_box = QGroupBox(self.tr("From your last meeting"))
        self.carry_box.setObjectName("planCarryOver")
        carry = QVBoxLayout(self.carry_box)
        self.carry_intro = QLabel()
        self.carry_intro.setWordWrap(True)
        self.carried = QListWidget()
        self._name(self.carried, "planCarriedAgenda", self.tr("Unfinished agenda to bring along"))
        self.open_actions = QLabel()
        self.open_actions.setObjectName("planOpenActions")
        self.open_actions.setWordWrap(True)
        self.open_actions.setTextFormat(Qt.TextFormat.PlainText)
        carry.addWidget(self.carry_intro)
        carry.addWidget(self.carried)
        carry.addWidget(self.open_actions)

        # With no mentor yet, say so and offer the way out instead of a dead end.
        self.no_mentors = QWidget()
        self.no_mentors.setObjectName("planNoMentors")
        no_row = QHBoxLayout(self.no_mentors)
        no_row.setContentsMargins(0, 0, 0, 0)
        no_text = QLabel(self.tr("Meetings are with a mentor, and there is none yet."))
        no_text.setWordWrap(True)
        self.add_mentor_button = QPushButton(self.tr("Add a mentor"))
        self._name(self.add_mentor_button, "planAddMentorButton", self.tr("Add a mentor"))
        self.add_mentor_button.clicked.connect(self._add_mentor_instead)
        no_row.addWidget(no_text, 1)
        no_row.addWidget(self.add_mentor_button)
        self.no_mentors.hide()
        self.wants_new_mentor = False

        self.open_now = QCheckBox(self.tr("Open in meeting mode now"))
        self._name(self.open_now, "planOpenNow", self.tr("Open in meeting mode now"))

        form = ErrorForm()
        self.form = form
        mentor_row = QHBoxLayout()
        mentor_row.addWidget(self.mentor, 1)
        mentor_row.addWidget(self.show_ended)
        form.add_field(self.tr("&Mentor"), mentor_row, self.mentor, "mentor")
        when_column = QVBoxLayout()
        when_column.setSpacing(0)
        when_column.addWidget(self.when)
        when_column.addWidget(self.their_time)
        form.add_field(self.tr("&When"), when_column, self.when, "scheduled_start")
        form.add_field(self.tr("&Duration"), self.minutes, self.minutes, "planned_minutes")
        form.add_field(self.tr("&Format"), self.format, self.format, "format")
        form.add_field(self.tr("&Place or link"), self.location, self.location, "location")
        form.add_field(self.tr("&Template"), self.template, self.template.combo, "template")
        form.add_field(self.tr("&Agenda"), self.agenda_editor, self.agenda_entry, "agenda")

        self.buttons = ok_cancel(
            self, self.tr("Plan meeting"), "planMeetingButton", "planCancelButton"
        )
        self.plan_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        cancel = self.buttons.button(QDialogButtonBox.StandardButton.Cancel)
        assert self.plan_button is not None and cancel is not None
        cancel.setAutoDefault(False)
        self.plan_button.setDefault(True)

        self.topics = TopicOffer(context)  # the agreement's topics (issue 9)
        self.inbox = InboxOffer(context)  # recurring points and inbox topics (issue 19)
        layout = QVBoxLayout(self)
        layout.addWidget(self.no_mentors)
        layout.addLayout(form)
        layout.addWidget(self.inbox)
        layout.addWidget(self.topics)
        layout.addWidget(self.carry_box)
        layout.addWidget(self.open_now)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(540)
        self.resize(580, 0)

        self.mentor.currentIndexChanged.connect(self._mentor_changed)
        self._fill_mentors(mentor_id)
        self._mentor_changed()

    # -- building -------------------------------------------------------------------
    def _name(self, widget: QWidget, name: str, accessible: str) -> None:
        widget.setObjectName(name)
        widget.setAccessibleName(accessible)

    def _fill_mentors(self, keep: str | None) -> None:
        self.mentor.blockSignals(True)
        self.mentor.clear()
        everyone = self.context.read(mentors.choices)
        self._zones = {mentor.id: mentor.time_zone for mentor in everyone}
        self.no_mentors.setVisible(not everyone)
        self.plan_button.setEnabled(bool(everyone))
        for mentor in everyone:
            ended = mentor.status == MentorStatus.ENDED.value
            if ended and not self.show_ended.isChecked() and mentor.id != keep:
                continue
            self.mentor.addItem(mentor.name, mentor.id)
        self.mentor.setPlaceholderText(self.tr("Choose a mentor…"))
        self.mentor.setCurrentIndex(self.mentor.findData(keep) if keep else -1)
        self.mentor.blockSignals(False)
        self._mentor_changed()

    # -- reacting -------------------------------------------------------------------
    def set_start(self, start: datetime) -> None:
        """Show ``start`` (any time zone) in local time."""
        self.when.set_value(start)

    def _add_mentor_instead(self) -> None:
        self.wants_new_mentor = True
        self.reject()

    def add_agenda_point(self) -> None:
        self.agenda_editor.add_point()

    def _show_their_time(self) -> None:
        mentor_id = self.mentor_id()
        zone = self._zones.get(mentor_id, "") if mentor_id else ""
        shown = formats.their_time(self.when.value(), zone)
        self.their_time.setText(self.tr("Their time: {time}").format(time=shown) if shown else "")
        self.their_time.setVisible(bool(shown))

    def mentor_id(self) -> str | None:
        data = self.mentor.currentData()
        return str(data) if data else None

    def _format_changed(self) -> None:
        video = self.format.currentData() == "video"
        self.location.setPlaceholderText(
            self.tr("Video link, e.g. https://meet.example.com/abc")
            if video
            else self.tr("Where, or how to reach each other")
        )

    def _how_as_agreed(self, mentor_id: str) -> None:
        """Format, place or link and length as agreed with the mentor (else the format their
        preferred channel suggests), unless the person changed them here already."""
        shown = (self.format.currentData(), self.location.text(), self.minutes.value())
        if self._defaults is not None and shown != self._defaults:
            return
        try:
            how = self.context.read(agreements.meeting_defaults, mentor_id, self.context.today())
        except NotFoundError:
            return
        self.format.setCurrentIndex(max(0, self.format.findData(how.format)))
        self.location.setText(how.location)
        if how.minutes:
            self.minutes.setValue(how.minutes)
        self._defaults = (self.format.currentData(), self.location.text(), self.minutes.value())

    def _mentor_changed(self) -> None:
        mentor_id = self.mentor_id()
        self.topics.set_mentor(mentor_id)
        self.inbox.set_mentor(mentor_id)
        self.template.set_mentor(mentor_id, self.when.value())
        self.carried.clear()
        self.carry_box.setVisible(mentor_id is not None)
        if mentor_id is None:
            return
        self.form.errors["mentor"].hide()
        self._show_their_time()
        self._how_as_agreed(mentor_id)
        offer = self.context.read(meeting_queries.carry_over, mentor_id)
        when = offer.previous_start
        offered = self.inbox.texts()  # brought along from the inbox already
        unchecked = [(i.id, i.text) for i in offer.unchecked_agenda if i.text not in offered]
        actions = [(a.text, a.due_date) for a in offer.open_actions]
        if when is None:
            self.carry_intro.setText(self.tr("No earlier meeting with this mentor yet."))
        elif unchecked:
            self.carry_intro.setText(
                self.tr("Not covered on {date}; ticked points come along:").format(
                    date=formats.short_date(formats.local_date(when))
                )
            )
        else:
            self.carry_intro.setText(
                self.tr("Everything on the {date} agenda was covered.").format(
                    date=formats.short_date(formats.local_date(when))
                )
            )
        for item_id, text in unchecked:
            item = QListWidgetItem(text)
            item.setData(ID_ROLE, item_id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked)
            self.carried.addItem(item)
        self.carried.setVisible(bool(unchecked))
        # Tall enough for the points offered (up to five), no empty box below them.
        rows = max(1, min(5, len(unchecked)))
        frame = 2 * self.carried.frameWidth() + 4
        self.carried.setFixedHeight(rows * self.carried.sizeHintForRow(0) + frame)
        if actions:
            lines = [
                f"• {text}" + (f"  ({formats.short_date(due)})" if due else "")
                for text, due in actions
            ]
            self.open_actions.setText(
                self.tr("Open action items:")
                + "\n"
                + "\n".join(lines[:8])
                + ("\n…" if len(lines) > 8 else "")
            )
        else:
            self.open_actions.setText(self.tr("No open action items."))
        tone(self.open_actions, "muted")

    # -- result ---------------------------------------------------------------------
    def agenda_lines(self) -> list[str]:
        lines: list[str] = self.agenda_editor.lines()
        return lines

    def carried_ids(self) -> list[str]:
        ids = []
        for row in range(self.carried.count()):
            item = self.carried.item(row)
            if item is not None and item.checkState() == Qt.CheckState.Checked:
                ids.append(str(item.data(ID_ROLE)))
        return ids

    def plan(self) -> MeetingPlan:
        return MeetingPlan(
            mentor_id=self.mentor_id() or "",
            scheduled_start=self.when.value(),
            planned_minutes=self.minutes.value(),
            format=str(self.format.currentData()),
            location=self.location.text(),
            agenda=(*self.inbox.points(), *self.topics.chosen(), *self.agenda_lines()),
            carried_agenda_ids=tuple(self.carried_ids()),
        )

    def show_errors(self, errors: dict[str, str]) -> None:
        self.form.show_errors(errors)

    def accept(self) -> None:
        plan = self.plan()
        try:
            planned = operations.plan_meeting(
                self.context, self, plan, self.mentor.currentText(), self.inbox.topic_ids()
            )
        except MeetingValidationError as error:
            self.show_errors(error.errors)
            return
        if planned is None:
            return  # the user was told why; what they typed stays in the dialog
        self.meeting_id = planned.value.id
        super().accept()


def plan_meeting(
    context: AppContext, mentor_id: str | None = None, parent: QWidget | None = None
) -> str | None:
    """Ask for a meeting and plan it; the new meeting's id, or None if cancelled."""
    dialog = PlanMeetingDialog(context, mentor_id, parent)
    try:
        if dialog.exec() != QDialog.DialogCode.Accepted or dialog.meeting_id is None:
            if dialog.wants_new_mentor:
                context.open(Ref(Kind.MENTOR, ""))  # the Mentors area, a new mentor
            return None
        # Reminders now matter: start at login? (asked once, ever)
        offer_once(context.settings, context.database.paths, parent)
        if dialog.open_now.isChecked():
            context.open_meeting_mode(dialog.meeting_id)
        return dialog.meeting_id
    finally:
        dialog.deleteLater()
