"""Private items in meeting mode (issue 20, item 4): Ctrl+Alt+L marks the selected
agenda point (or, from the action items list, action item) private (a lock before
it), two switches in the status bar keep the
whole notes or takeaways private, and Ctrl+Alt+P (Presenting) hides all of them while
the screen is shared: private points leave the list, private notes and takeaways are
covered, private action items leave the panel. Each change is a named operation
(``ui/meetings/operations.py``), so Edit ▸ Undo takes it back; the window follows
that news like any other."""

from __future__ import annotations

import contextlib
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QCheckBox, QLabel, QWidget

from mentordesk.services import meeting_queries
from mentordesk.services.errors import NotFoundError
from mentordesk.services.kinds import Change, Kind
from mentordesk.ui.action_items import operations as action_operations
from mentordesk.ui.meetings import operations
from mentordesk.ui.privacy import lock_mark

if TYPE_CHECKING:
    from mentordesk.ui.meeting_mode.window import MeetingModeWindow


class _Cover(QLabel):
    """Covers an editor whose text is private while presenting (the text stays)."""

    def __init__(self, editor: QWidget, text: str) -> None:
        super().__init__(text, editor)
        self.setObjectName(f"{editor.objectName() or 'editor'}PrivateCover")
        self.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.setWordWrap(True)
        self.setAutoFillBackground(True)
        self.hide()
        editor.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in (QEvent.Type.Resize, QEvent.Type.Show) and isinstance(watched, QWidget):
            self.setGeometry(watched.rect())
        return False

    def cover(self, on: bool) -> None:
        parent = self.parentWidget()
        if parent is not None:
            self.setGeometry(parent.rect())
        self.setVisible(on)
        if on:
            self.raise_()


class MeetingPrivacy(QObject):
    """The private switches and Presenting of one meeting window."""

    def __init__(self, window: MeetingModeWindow) -> None:
        super().__init__(window)
        self.window = window
        self.context = window.context
        self.presenting_action: QAction | None = None
        meeting = window.meeting
        self.notes_private = self._switch("notesPrivate", self.tr("Private notes"), "notes")
        self.takeaways_private = self._switch(
            "takeawaysPrivate", self.tr("Private takeaways"), "takeaways"
        )
        self.notes_cover = _Cover(
            window.notes,
            self.tr("{lock} Private notes are hidden while presenting").format(lock=lock_mark()),
        )
        self.takeaways_cover = _Cover(
            window.takeaways,
            self.tr("{lock} Private takeaways are hidden while presenting").format(
                lock=lock_mark()
            ),
        )
        self.presenting_label = QLabel(
            self.tr("{lock} Presenting: private items are hidden").format(lock=lock_mark())
        )
        self.presenting_label.setObjectName("meetingPresentingLabel")
        self.presenting_label.hide()
        status = window.statusBar()
        status.addPermanentWidget(self.presenting_label)
        status.addPermanentWidget(self.notes_private)
        status.addPermanentWidget(self.takeaways_private)
        self._show_flags(meeting.notes_private, meeting.takeaways_private)
        model = window.agenda_model
        for signal in (model.modelReset, model.rowsInserted, model.rowsMoved, model.dataChanged):
            signal.connect(self._hide_points)
        self.context.changed.connect(self._data_changed)
        self.context.presenting_changed.connect(self._presenting_changed)
        self._presenting_changed(self.context.presenting)

    def _switch(self, name: str, text: str, field: str) -> QCheckBox:
        box = QCheckBox(f"{lock_mark()} {text}")
        box.setObjectName(name)
        box.setAccessibleName(text)
        box.setToolTip(self.tr("Never in anything copied, sent or exported"))
        box.toggled.connect(lambda on: self._set_text_private(box, field, on))
        return box

    # -- the window's actions ---------------------------------------------------------
    def slots(self) -> dict[str, Callable[[], object]]:
        return {
            "privatePointAction": self.toggle_point,
            "presentingMeetingAction": self.toggle_presenting,
        }

    def add_menu(self, actions: dict[str, QAction]) -> None:
        """The agenda's context menu offers the private switch; Presenting shows its state."""
        for view in (self.window.agenda_panel.view, self.window.action_panel.view):
            view.addAction(actions["privatePointAction"])
            view.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        self.presenting_action = actions["presentingMeetingAction"]
        self.presenting_action.setCheckable(True)
        self.presenting_action.setChecked(self.context.presenting)

    def toggle_point(self) -> bool:
        """Mark the selected agenda point private, or not (stored first if new); with
        the action items list in focus, its selected item."""
        panel = self.window.action_panel
        if panel.view.hasFocus():
            item_id = panel.current_id()
            item = panel.model.find(item_id) if item_id is not None else None
            if item is None:
                self.window.say(self.tr("Select an action item to mark it private."))
                return False
            return action_operations.set_private(self.context, self.window, item, not item.private)
        index = self.window.agenda_panel.view.currentIndex()
        rows = self.window.agenda_model.rows()
        if not index.isValid() or not 0 <= index.row() < len(rows):
            self.window.say(self.tr("Select an agenda point to mark it private."))
            return False
        row = rows[index.row()]
        if not self.window.flush():  # the point must be stored before it is marked
            return False
        done = operations.set_point_private(
            self.context, self.window, self.window.meeting_id, row.id, row.text, not row.private
        )
        if done:
            self.window.agenda_model.set_private(row.id, not row.private)
            self._hide_points()
        return done

    def toggle_presenting(self) -> None:
        self.context.set_presenting(not self.context.presenting)

    # -- following ----------------------------------------------------------------------
    def _set_text_private(self, box: QCheckBox, field: str, on: bool) -> None:
        done = operations.set_text_private(
            self.context, self.window, self.window.meeting_id, field, on
        )
        if not done:
            box.blockSignals(True)
            box.setChecked(not on)
            box.blockSignals(False)
        self._cover()

    def _show_flags(self, notes: bool, takeaways: bool) -> None:
        for box, on in ((self.notes_private, notes), (self.takeaways_private, takeaways)):
            box.blockSignals(True)
            box.setChecked(on)
            box.blockSignals(False)
        self._cover()

    def _data_changed(self, change: Change) -> None:
        """Undo (or a change elsewhere) of a private flag of this meeting: the meeting
        changed (not only something of it, an action item captured from it), or an
        agenda point; never the window's own text saved."""
        mine = Kind.MEETING in change.kinds and self.window.meeting_id in change.ids
        if change.initiator is self.window or not (mine or Kind.AGENDA_ITEM in change.kinds):
            return
        with contextlib.suppress(NotFoundError):
            meeting = self.context.read(meeting_queries.detail, self.window.meeting_id)
            self._show_flags(meeting.notes_private, meeting.takeaways_private)
            for point in meeting.agenda:
                self.window.agenda_model.set_private(point.id, point.private)
            self._hide_points()

    def _presenting_changed(self, on: bool) -> None:
        self.presenting_label.setVisible(on)
        if self.presenting_action is not None:
            self.presenting_action.setChecked(on)
        self._cover()
        self._hide_points()
        self.window.action_model.reload()

    def _cover(self) -> None:
        presenting = self.context.presenting
        self.notes_cover.cover(presenting and self.notes_private.isChecked())
        self.takeaways_cover.cover(presenting and self.takeaways_private.isChecked())

    def _hide_points(self, *_args: object) -> None:
        view = self.window.agenda_panel.view
        presenting = self.context.presenting
        for number, row in enumerate(self.window.agenda_model.rows()):
            view.setRowHidden(number, presenting and row.private)
