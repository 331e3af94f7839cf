"""The meeting mode window: agenda, notes, takeaways, action items, timer, saved state."""

from __future__ import annotations

import contextlib

from PySide6.QtCore import QCoreApplication, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QCloseEvent, QGuiApplication, QTextCursor
from PySide6.QtWidgets import QMainWindow, QSplitter, QVBoxLayout, QWidget

from mentordesk.db.choices import MeetingFormat
from mentordesk.services import meeting_queries, meetings
from mentordesk.services.action_items import ActionItemState
from mentordesk.services.errors import NotFoundError
from mentordesk.services.journal_writer import TypingJournal
from mentordesk.services.kinds import Change, Kind
from mentordesk.ui import labels
from mentordesk.ui.between.meeting_menu import MentorMenu
from mentordesk.ui.context import AppContext
from mentordesk.ui.formats import long_datetime, their_time
from mentordesk.ui.links import join_url, open_link
from mentordesk.ui.meeting_mode import give_backs, keys, privacy
from mentordesk.ui.meeting_mode.action_items import ActionItemsModel, MeetingActions, capture_line
from mentordesk.ui.meeting_mode.action_panel import ActionItemsPanel
from mentordesk.ui.meeting_mode.agenda import AgendaModel, AgendaPanel, AgendaRow
from mentordesk.ui.meeting_mode.end_dialog import (
    GONE,
    review_and_end,
    say_already_held,
    say_cannot_end,
)
from mentordesk.ui.meeting_mode.header import MeetingHeader
from mentordesk.ui.meeting_mode.history_dialog import offer_versions, restore_in_editor
from mentordesk.ui.meeting_mode.journal_link import JournalLink
from mentordesk.ui.meeting_mode.notes_editor import MarkdownEditor, NotesEditor
from mentordesk.ui.meeting_mode.restore_offer import RestoreOffer
from mentordesk.ui.meeting_mode.saver import FAILED, MeetingSaver, MeetingText, store_with
from mentordesk.ui.meeting_mode.unsaved import ask_unsaved
from mentordesk.ui.meetings.edit_dialog import edit_meeting
from mentordesk.ui.widgets.parts import heading
from mentordesk.ui.window_size import fit_on_screen

# How long after a save the lists and search hear of it (typing saves often).
ANNOUNCE_AFTER_MS = 1000

_open_windows: list[MeetingModeWindow] = []


def open_meeting_windows() -> list[MeetingModeWindow]:
    """Every meeting mode window that is open now."""
    return list(_open_windows)


def open_meeting_window(context: AppContext, meeting_id: str) -> MeetingModeWindow:
    """Show the meeting's window, reusing it if it is open (two would overwrite each other)."""
    for window in _open_windows:
        if window.meeting_id == meeting_id:
            window.showNormal()
            window.raise_()
            window.activateWindow()
            return window
    window = MeetingModeWindow(context, meeting_id)
    window.show()
    return window


class MeetingModeWindow(QMainWindow):
    """Note-taking during a meeting. Everything typed is saved as it is typed.

    ``meeting_ended(meeting_id, next_meeting_id)`` fires after "End meeting"
    (next id is "" when no next meeting was planned).
    """

    meeting_ended = Signal(str, str)

    def __init__(self, context: AppContext, meeting_id: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("meetingModeWindow")
        self.context = context
        self.meeting_id = meeting_id
        self._agenda_revision = -1  # the saver revision of the last agenda change
        self._closed = False
        self._start_stored = False
        # Opening another meeting saves the ones already open, at once.
        for other in open_meeting_windows():
            other.flush()

        # Opening only reads: old note versions are pruned by the app's background job.
        meeting = context.read(meeting_queries.detail, meeting_id)
        self.mentor_id = meeting.mentor_id
        self.meeting = meeting
        mentor_name = meeting.mentor_name
        notes, takeaways = meeting.notes, meeting.takeaways
        agenda = [AgendaRow(a.id, a.text, a.done, a.private) for a in meeting.agenda]
        started, ended = meeting.started_at, meeting.ended_at
        held = meeting.held
        actual_minutes = meeting.actual_minutes
        self._start_stored = started is not None
        self.setWindowTitle(self.tr("Meeting with {name}").format(name=mentor_name))

        self.header = MeetingHeader()
        self._show_meeting(meeting)
        self.header.set_times(started, ended)
        self.held = held
        if held:
            self.header.show_held(actual_minutes, ended)
        self.agenda_model = AgendaModel(self)
        self.agenda_model.set_rows(agenda)
        self.agenda_panel = AgendaPanel(self.agenda_model)
        self.notes = NotesEditor()
        self.notes.load_text(notes)
        self.notes.moveCursor(QTextCursor.MoveOperation.End)  # carry on where you left off
        self.takeaways = MarkdownEditor()
        self.takeaways.setObjectName("takeawaysEditor")
        self.takeaways.setAccessibleName(self.tr("Takeaways"))
        self.takeaways.setPlaceholderText(self.tr("The few things to remember from this meeting"))
        self.takeaways.load_text(takeaways)
        self.meeting_actions = MeetingActions(context, meeting_id, self.mentor_id, self)
        self.action_model = ActionItemsModel(self.meeting_actions, self)
        self.action_model.reload()
        self.action_panel = ActionItemsPanel(self.action_model)
        self._build_layout()
        self.restore_offer = RestoreOffer(self.notes, self.statusBar(), self.say)
        self.give_back_panel, self.goal_choice = give_backs.attach(self)  # Ctrl+Shift+G
        self.mentor_menu = MentorMenu(context, self.mentor_id, mentor_name, self)
        self.mentor_menu.place_in(self.header)
        self.privacy = privacy.MeetingPrivacy(self)  # Ctrl+Alt+L, Presenting, the switches

        journal = TypingJournal(
            context.database.paths.journal_dir,
            "meeting",
            meeting_id,
            {"notes": notes, "takeaways": takeaways},
        )
        self.saver = MeetingSaver(
            store_with(context.store, context.now), meeting_id, self._read_text, self, journal
        )
        editors = {"notes": self.notes, "takeaways": self.takeaways}
        self.journal_link = JournalLink(journal, editors, lambda: self.saver.revision + 1, self)
        self.saver.state_changed.connect(self.header.show_save_state)
        self.saver.saved.connect(self._saved)
        self._announce = QTimer(self)
        self._announce.setSingleShot(True)
        self._announce.setInterval(ANNOUNCE_AFTER_MS)
        self._announce.timeout.connect(self.announce_saved)
        self.notes.textChanged.connect(self._notes_changed)
        self.takeaways.textChanged.connect(self.saver.changed)
        self.agenda_model.edited.connect(self._agenda_changed)
        for editor in (self.notes, self.takeaways):
            editor.focus_left.connect(self.saver.save_now)
        context.changed.connect(self._data_changed)
        self.header.start_button.clicked.connect(self.start_timer)
        self.header.join_button.clicked.connect(self.join)
        self.header.edit_button.clicked.connect(self.edit_meeting)
        self.header.history_button.clicked.connect(self.show_history)
        self.header.end_button.clicked.connect(self.end_meeting)
        self.header.recap_button.clicked.connect(self.send_recap)
        self.action_panel.capture_button.clicked.connect(self.capture_action_item)
        self.action_panel.remove_button.clicked.connect(
            lambda: self.remove_selected(self.action_panel)
        )
        self.action_panel.undo_shortcut.activated.connect(context.undo_stack.undo)
        self.action_panel.redo_shortcut.activated.connect(context.undo_stack.redo)
        self.key_actions = keys.add_actions(
            self,
            {
                "captureActionItemAction": self.capture_action_item,
                "captureGiveBackAction": self.give_back_panel.capture,
                "dropTopicAction": self.mentor_menu.drop_topic,
                "logTouchAction": self.mentor_menu.log_touch,
                "startClockAction": self.start_timer,
                "joinCallAction": self.join,
                "rescheduleAction": self.edit_meeting,
                "noteHistoryAction": self.show_history,
                "endMeetingAction": self.end_meeting,
                "sendRecapAction": self.send_recap,
                "saveNowAction": self.flush,
                "closeMeetingAction": self.close,  # saves first, as the close button does
                "quitAppAction": context.quit_requested.emit,  # the whole app, saving
                "meetingPaletteAction": lambda: keys.show_palette(self, context.find),
                **self.privacy.slots(),
            },
            context.settings,
        )
        self.mentor_menu.add([self.key_actions[k] for k in ("dropTopicAction", "logTouchAction")])
        self.privacy.add_menu(self.key_actions)
        app = QCoreApplication.instance()
        if isinstance(app, QGuiApplication):
            app.applicationStateChanged.connect(self._application_state_changed)
            app.aboutToQuit.connect(self.flush)
        _open_windows.append(self)
        fit_on_screen(self, QSize(1220, 780))  # within a 1366×768 laptop's screen
        self.notes.setFocus()

    def _build_layout(self) -> None:
        takeaways_box = QWidget()
        box = QVBoxLayout(takeaways_box)
        box.setContentsMargins(0, 0, 0, 0)
        title = heading(self.tr("Takeaways"))
        box.addWidget(title)
        box.addWidget(self.takeaways)
        middle = QSplitter(Qt.Orientation.Vertical)
        middle.setObjectName("notesSplitter")
        middle.addWidget(self.notes)
        middle.addWidget(takeaways_box)
        middle.setStretchFactor(0, 4)
        middle.setStretchFactor(1, 1)
        middle.setSizes([520, 140])
        middle.setChildrenCollapsible(False)
        columns = QSplitter(Qt.Orientation.Horizontal)
        columns.setObjectName("meetingSplitter")
        columns.addWidget(self.agenda_panel)
        columns.addWidget(middle)
        columns.addWidget(self.action_panel)
        columns.setStretchFactor(1, 1)
        columns.setSizes([250, 640, 330])
        columns.setChildrenCollapsible(False)
        central = QWidget()
        layout = QVBoxLayout(central)
        layout.setContentsMargins(12, 10, 12, 12)
        layout.setSpacing(10)
        layout.addWidget(self.header)
        layout.addWidget(columns, 1)
        self.setCentralWidget(central)

    # -- saving ----------------------------------------------------------------------
    def _read_text(self) -> MeetingText:
        agenda_pending = self._agenda_revision > self.saver.saved_revision
        return MeetingText(
            self.notes.toPlainText(),
            self.takeaways.toPlainText(),
            self.agenda_model.as_saved() if agenda_pending else None,
            self.header.started_at if not self._start_stored else None,
        )

    def _notes_changed(self) -> None:
        # Typing starts the clock only around the planned time: notes prepared weeks
        # ahead, or a past meeting written up later, must not look like a meeting.
        if (
            self.header.started_at is None
            and not self.held
            and meetings.clock_may_start(self.meeting, self.context.now())
        ):
            self.start_timer()
        self.saver.changed()

    def _saved(self, _revision: int, _length: int) -> None:
        if not self._start_stored and self.header.started_at is not None:
            self._start_stored = True
        if not self._announce.isActive():
            self._announce.start()

    def announce_saved(self) -> None:
        """Tell lists and search that this meeting's text changed (once per burst)."""
        self._announce.stop()
        self.context.announce(Change.of(Kind.MEETING, [self.meeting_id], initiator=self))

    def _agenda_changed(self) -> None:
        self._agenda_revision = self.saver.revision + 1
        self.saver.changed()

    def _application_state_changed(self, state: Qt.ApplicationState) -> None:
        if state != Qt.ApplicationState.ApplicationActive:
            self.saver.save_now()

    def _data_changed(self, change: Change) -> None:
        if Kind.MEETING not in change.kinds or self.meeting_id not in change.ids:
            return
        if change.initiator is self:  # its own text saved: the header stays as it is
            return
        # The meeting may be back (undo of a delete): save what is waiting at once.
        if self.saver.state == FAILED:
            self.saver.save_now()
        with contextlib.suppress(NotFoundError):
            self._show_meeting(self.context.read(meeting_queries.detail, self.meeting_id))

    def _show_meeting(self, meeting: meeting_queries.MeetingDetail) -> None:
        """When, how long, how: the header follows a reschedule made anywhere."""
        self.meeting = meeting
        when = self.tr("{when} · {minutes} min planned · {format}").format(
            when=long_datetime(meeting.scheduled_start),
            minutes=meeting.planned_minutes,
            format=labels.label(MeetingFormat, meeting.format),
        )
        theirs = their_time(meeting.scheduled_start, meeting.mentor_time_zone)
        if theirs:
            when += " · " + self.tr("their time {time}").format(time=theirs)
        self.header.set_meeting(meeting.mentor_name, when, meeting.planned_minutes)
        link = join_url(meeting.location)
        self.header.join_button.setVisible(link is not None)
        if link is not None:
            self.header.join_button.setToolTip(self.tr("Open {link}").format(link=link.toString()))

    def join(self) -> None:
        link = join_url(self.meeting.location)
        if link is not None:
            open_link(link, self.say, self.meeting.location)

    def say(self, text: str) -> None:  # here: the main window may be behind this one
        self.statusBar().showMessage(text, 15000)

    def edit_meeting(self) -> None:
        """Reschedule (or correct a held meeting's time); the agenda is edited here."""
        edit_meeting(self.context, self.meeting_id, self, with_agenda=False)

    def flush(self) -> bool:
        """Save everything now, in this thread. False (and the indicator says why) on failure."""
        if self._closed:
            return True
        return self.saver.flush()

    def has_unsaved_changes(self) -> bool:
        return not self.saver.is_saved

    def start_timer(self) -> None:
        """Start the meeting clock; the saver stores the start with the notes."""
        if self.header.started_at is not None:
            return
        self.header.set_times(self.context.now(), None)
        self.saver.changed()

    # -- action items ------------------------------------------------------------------
    def capture_action_item(self) -> ActionItemState | None:
        """Turn the selection or the current line into an action item; typing goes on."""
        return capture_line(self)

    def remove_selected(self, panel: ActionItemsPanel) -> None:
        item_id = panel.current_id()
        item = panel.model.find(item_id) if item_id is not None else None
        if item is not None:
            self.meeting_actions.delete(item)  # the lists hear of it

    # -- history ---------------------------------------------------------------------
    def show_history(self) -> None:
        self.flush()
        offer_versions(self)

    def restore_version(self, text: str) -> None:
        """Put an earlier version in the editor as one edit: Ctrl+Z in the notes undoes it."""
        restore_in_editor(self, text)

    # -- ending ----------------------------------------------------------------------
    def end_meeting(self) -> None:
        """Review and mark the meeting held; offer to plan the next one."""
        if self.held:
            say_already_held(self)
            return
        if not self.flush():
            say_cannot_end(self, None, GONE if self.saver.gone else self.saver.reason)
            return
        result = review_and_end(self)
        if result is None:
            return
        started_at, ended_at, actual_minutes, next_id = result
        self.held = True
        self.header.set_times(started_at, ended_at)
        self.header.show_held(actual_minutes, ended_at)
        # operations.end_meeting said "Meeting marked held." with how to undo it
        self.meeting_ended.emit(self.meeting_id, next_id)

    def send_recap(self) -> None:
        """The recap to send after the meeting (``ui/meetings/recap_dialog.py``)."""
        from mentordesk.ui.meetings.recap_dialog import send_recap

        if self.flush():
            send_recap(self.context, self, self.meeting_id)

    # -- closing ---------------------------------------------------------------------
    def closeEvent(self, event: QCloseEvent) -> None:
        if self._closed:
            event.accept()
            return
        while not self.flush():
            choice = ask_unsaved(self, self.saver.reason)
            if choice == "retry":
                continue
            if choice == "copy":
                text = self.notes.toPlainText()
                if self.takeaways.toPlainText().strip():
                    text += "\n\n" + self.takeaways.toPlainText()
                clipboard = QGuiApplication.clipboard()
                clipboard.setText(text)
                break
            event.ignore()
            return
        self._shut_down()
        event.accept()

    def _shut_down(self) -> None:
        self._closed = True
        self.saver.stop()
        if self._announce.isActive():
            self.announce_saved()
        self.context.changed.disconnect(self._data_changed)
        app = QCoreApplication.instance()
        if isinstance(app, QGuiApplication):
            app.applicationStateChanged.disconnect(self._application_state_changed)
            app.aboutToQuit.disconnect(self.flush)
        if self in _open_windows:
            _open_windows.remove(self)
