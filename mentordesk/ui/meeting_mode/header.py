"""The top of meeting mode: who and when, the timer, the saved state, the main buttons."""

from __future__ import annotations

from datetime import datetime, timedelta

from PySide6.QtCore import QTimer
from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from mentordesk.db.types import utc_now
from mentordesk.ui.formats import long_datetime
from mentordesk.ui.meeting_mode.saver import FAILED, SAVED, SAVING


def clock(span: timedelta) -> str:
    """A span as mm:ss (minutes go past 59 in long meetings)."""
    seconds = max(0, int(span.total_seconds()))
    return f"{seconds // 60:02d}:{seconds % 60:02d}"


class MeetingHeader(QWidget):
    """Mentor, time, timer (elapsed / planned), "Saved" state and the meeting's buttons."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("meetingHeader")
        self.started_at: datetime | None = None
        self.ended_at: datetime | None = None
        self.planned = timedelta(minutes=45)
        # A held meeting's recorded length (the End meeting dialog may differ from the clock).
        self.held_minutes: int | None = None

        self.mentor_label = QLabel()
        self.mentor_label.setObjectName("mentorName")
        font = self.mentor_label.font()
        font.setPointSizeF(font.pointSizeF() * 1.5)
        font.setBold(True)
        self.mentor_label.setFont(font)
        self.when_label = QLabel()
        self.when_label.setObjectName("meetingWhen")

        self.timer_label = QLabel()
        self.timer_label.setObjectName("meetingTimer")
        self.timer_label.setAccessibleDescription(self.tr("Time elapsed of the planned time"))
        timer_font = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
        timer_font.setPointSizeF(self.font().pointSizeF() * 1.6)
        self.timer_label.setFont(timer_font)
        self.start_button = self._button("startButton", self.tr("Start"))
        self.start_button.setToolTip(
            self.tr("Start the clock (typing starts it too, close to the planned time)")
        )
        self.save_state = QLabel(self.tr("Saved"))
        self.save_state.setObjectName("saveState")
        self.save_state.setAccessibleName(self.tr("Notes saved"))
        self.save_state.setAccessibleDescription(self.tr("Whether your notes are saved"))
        self.save_state.setWordWrap(True)
        self.save_state.setMinimumWidth(120)
        self.join_button = self._button("joinButton", self.tr("Join"))
        self.join_button.setToolTip(self.tr("Open the meeting's video link"))
        self.join_button.hide()
        self.edit_button = self._button("editMeetingButton", self.tr("Edit…"))
        self.edit_button.setToolTip(self.tr("Change the time, length, format or place"))
        self.history_button = self._button("historyButton", self.tr("History…"))
        self.history_button.setToolTip(self.tr("Earlier versions of the notes (Ctrl+Shift+H)"))
        self.end_button = self._button("endMeetingButton", self.tr("End meeting…"))
        self.end_button.setToolTip(
            self.tr("Mark the meeting held and plan the next (Ctrl+Shift+E)")
        )

        self.recap_button = self._button("sendRecapButton", self.tr("Send recap…"))
        self.recap_button.setToolTip(
            self.tr("Thank them, with what you will do by when and the next meeting")
        )
        self.recap_button.hide()

        who = QVBoxLayout()
        who.setSpacing(0)
        who.addWidget(self.mentor_label)
        who.addWidget(self.when_label)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(who, 1)
        layout.addWidget(self.save_state)
        layout.addSpacing(16)
        layout.addWidget(self.timer_label)
        layout.addWidget(self.start_button)
        layout.addSpacing(16)
        layout.addWidget(self.join_button)
        layout.addWidget(self.edit_button)
        layout.addWidget(self.history_button)
        layout.addWidget(self.end_button)
        layout.addWidget(self.recap_button)

        self._tick = QTimer(self)
        self._tick.setInterval(1000)
        self._tick.timeout.connect(self.update_timer)
        self._tick.start()

    def _button(self, name: str, text: str) -> QPushButton:
        button = QPushButton(text)
        button.setObjectName(name)
        button.setAccessibleName(text.rstrip("…"))
        return button

    def set_meeting(self, mentor: str, when: str, planned_minutes: int) -> None:
        self.mentor_label.setText(mentor)
        self.when_label.setText(when)
        self.planned = timedelta(minutes=planned_minutes)
        self.update_timer()

    def set_times(self, started_at: datetime | None, ended_at: datetime | None) -> None:
        self.started_at, self.ended_at = started_at, ended_at
        self.start_button.setVisible(started_at is None)
        self.update_timer()

    def show_held(self, actual_minutes: int | None, ended_at: datetime | None) -> None:
        """The meeting is over: the clock shows its recorded length; End is done."""
        self.held_minutes = actual_minutes
        self.start_button.hide()
        self.end_button.setEnabled(False)
        self.end_button.setText(self.tr("Held"))
        self.end_button.setAccessibleName(self.tr("Meeting held"))
        self.recap_button.show()
        self.end_button.setToolTip(
            self.tr("Marked held on {when}; notes and takeaways can still be edited").format(
                when=long_datetime(ended_at)
            )
            if ended_at
            else self.tr("Marked held; notes and takeaways can still be edited")
        )
        self._tick.stop()
        self.update_timer()

    def elapsed(self) -> timedelta:
        if self.held_minutes is not None:
            return timedelta(minutes=self.held_minutes)
        if self.started_at is None:
            return timedelta(0)
        return max(timedelta(0), (self.ended_at or utc_now()) - self.started_at)

    def update_timer(self) -> None:
        elapsed = self.elapsed()
        self.timer_label.setText(f"{clock(elapsed)} / {clock(self.planned)}")
        over = elapsed > self.planned
        # Heard as a reading, in words a screen reader says well ("12 min 5 s").
        seconds = max(0, int(elapsed.total_seconds()))
        spoken = self.tr("{minutes} min {seconds} s").format(
            minutes=seconds // 60, seconds=seconds % 60
        )
        planned = int(self.planned.total_seconds()) // 60
        heard = (
            self.tr("Meeting clock: {elapsed}, over the {planned} min planned")
            if over
            else self.tr("Meeting clock: {elapsed} of {planned} min planned")
        )
        self.timer_label.setAccessibleName(heard.format(elapsed=spoken, planned=planned))
        font = self.timer_label.font()
        if font.bold() != over:
            font.setBold(over)
            self.timer_label.setFont(font)
        self.timer_label.setToolTip(
            self.tr("Over the planned time") if over else self.tr("Elapsed / planned")
        )

    def show_save_state(self, state: str, reason: str = "") -> None:
        if state == SAVED:
            text, heard = self.tr("Saved"), self.tr("Notes saved")
        elif state == SAVING:
            text, heard = self.tr("Saving…"), self.tr("Saving the notes…")
        else:
            assert state == FAILED
            text = self.tr("Not saved: {reason}").format(reason=reason)
            heard = self.tr("Notes not saved: {reason}").format(reason=reason)
        self.save_state.setText(text)
        self.save_state.setAccessibleName(heard)
        font = self.save_state.font()
        font.setBold(state == FAILED)
        self.save_state.setFont(font)
