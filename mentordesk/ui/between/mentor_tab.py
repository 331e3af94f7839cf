"""A mentor's Inbox tab: the topics waiting for the next meeting (drop one, edit it,
mark it discussed or dropped) and the touches logged between meetings."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractItemView, QCheckBox, QVBoxLayout, QWidget

from mentordesk.db.choices import TopicStatus
from mentordesk.services import mentors, topics, touches
from mentordesk.services.kinds import Kind
from mentordesk.services.topics import TopicRow
from mentordesk.services.touches import TouchNotFoundError, TouchRow
from mentordesk.ui.actions import make_action
from mentordesk.ui.between import dialogs, operations
from mentordesk.ui.between.table import TopicProxy, TopicTableModel, TouchTableModel
from mentordesk.ui.context import AppContext
from mentordesk.ui.lists.chosen import on_chosen
from mentordesk.ui.lists.scoped_list import ScopedList
from mentordesk.ui.lists.tables import Column, fit_columns


class MentorTopics(ScopedList[TopicRow]):
    """One mentor's topic inbox."""

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        proxy = TopicProxy()
        super().__init__(
            context,
            TopicTableModel(),
            proxy=proxy,
            name="mentorTopics",
            table_name="mentorTopicTable",
            accessible=self.tr("Topics for the next meeting"),
            sort_column=TopicTableModel.COL_WHERE,
            follows=(Kind.TOPIC, Kind.MEETING, Kind.AGENDA_ITEM),
            parent=parent,
        )
        self.topic_proxy = proxy
        proxy.set_presenting(context.presenting)
        context.presenting_changed.connect(proxy.set_presenting)
        fit_columns(
            self.table,
            (
                Column(TopicTableModel.COL_TEXT, keep=True, shrink_to=120),
                Column(TopicTableModel.COL_WHERE, keep=True),
                Column(TopicTableModel.COL_PRIVATE, keep=True),  # never hidden for room
            ),
            TopicTableModel.COL_TEXT,
        )
        self.table.doubleClicked.connect(lambda _index: self.edit())
        self.add_button = self.button(
            "mentorTopicAdd", self.tr("Drop a topic…"), self.tr("Drop a topic…"), self.add
        )
        self.discussed_button = self.button(
            "mentorTopicDiscussed",
            self.tr("Discussed"),
            self.tr("Mark discussed"),
            lambda: self.set_status(TopicStatus.DISCUSSED),
        )
        self.drop_button = self.button(
            "mentorTopicDrop",
            self.tr("Drop"),
            self.tr("Drop the topic"),
            lambda: self.set_status(TopicStatus.DROPPED),
        )
        self.reopen_button = self.button(
            "mentorTopicReopen",
            self.tr("Back to inbox"),
            self.tr("Put the topic back in the inbox"),
            lambda: self.set_status(TopicStatus.OPEN),
        )
        self.delete_button = self.button(
            "mentorTopicDelete", self.tr("Delete"), self.tr("Delete topic"), self.delete, right=True
        )
        self.everything = QCheckBox(self.tr("Show discussed and dropped"))
        self.everything.setObjectName("mentorTopicEverything")
        self.everything.setAccessibleName(self.tr("Show discussed and dropped topics"))
        self.everything.toggled.connect(self._show_everything)
        layout = self.layout()
        assert layout is not None
        layout.addWidget(self.everything)  # under the list: the buttons' row stays narrow
        self.finish_buttons()
        self.reopen_button.hide()  # only among discussed and dropped ones

    def _show_everything(self, everything: bool) -> None:
        self.topic_proxy.show_everything(everything)
        self.reopen_button.setVisible(everything)

    def read(self, mentor_id: str) -> list[TopicRow]:
        return self.context.read(topics.topics_of, mentor_id)

    def summary_text(self) -> str:
        rows = self.model.rows()
        waiting = sum(1 for row in rows if row.waiting)
        if self.mentor_id is None:
            return self.tr("Save the mentor first; then drop topics for your meetings here.")
        planned = sum(1 for row in rows if row.planned)
        if waiting == 0 and planned:
            return self.tr("%n topic(s) on the plan, none waiting.", "", planned)
        if waiting == 0:
            return self.tr("No topics waiting: drop one any day, it comes to the next plan.")
        return self.tr("%n topic(s) waiting for the next meeting.", "", waiting)

    def update_buttons(self) -> None:
        item = self.current()
        self.add_button.setEnabled(self.mentor_id is not None)
        is_open = item is not None and item.status == TopicStatus.OPEN
        self.discussed_button.setEnabled(is_open)
        self.drop_button.setEnabled(is_open)
        self.reopen_button.setEnabled(item is not None and not is_open)
        self.delete_button.setEnabled(item is not None)

    def add(self) -> None:
        if self.mentor_id is not None:
            made = dialogs.drop_topic(self.context, self, mentor_id=self.mentor_id)
            if made is not None:
                self.select_record(made.id)

    @on_chosen
    def edit(self, item: TopicRow) -> None:
        dialogs.drop_topic(self.context, self, item=item)

    def set_status(self, status: TopicStatus) -> None:
        item = self.current()
        if item is not None:
            operations.set_topic_status(self.context, self, item, status)

    @on_chosen
    def delete(self, item: TopicRow) -> None:
        operations.delete_topic(self.context, self, item)


class MentorTouches(ScopedList[TouchRow]):
    """One mentor's touches, newest first."""

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(
            context,
            TouchTableModel(),
            name="mentorTouches",
            table_name="mentorTouchTable",
            accessible=self.tr("Touches between meetings"),
            sort_column=TouchTableModel.COL_DAY,
            order=Qt.SortOrder.DescendingOrder,
            follows=(Kind.TOUCH, Kind.MENTOR),
            parent=parent,
        )
        fit_columns(
            self.table,
            (
                Column(TouchTableModel.COL_DAY, keep=True),
                Column(TouchTableModel.COL_KIND, keep=True),
                Column(TouchTableModel.COL_NOTE, keep=True, shrink_to=120),
            ),
            TouchTableModel.COL_NOTE,
        )
        self.log_button = self.button(
            "mentorTouchLog", self.tr("Log a touch…"), self.tr("Log a touch…"), self.log
        )
        self.edit_button = self.button(
            "mentorTouchEdit", self.tr("Edit…"), self.tr("Edit the touch"), self.edit
        )
        self.delete_button = self.button(
            "mentorTouchDelete", self.tr("Delete"), self.tr("Delete touch"), self.delete, right=True
        )
        # Enter or a double-click (Qt's activation), F2 and the context menu edit a touch.
        # The Timeline offers the same Edit Touch action for its touches (``also_from``):
        # one action, so F2 is one key in the Mentors area.
        shortcut = Qt.ShortcutContext.WidgetShortcut
        self.table.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        self.edit_action = make_action(
            self.table, "editTouchAction", self.tr("Edit Touch…"), self.edit_chosen, "F2", shortcut
        )
        self.delete_action = make_action(
            self.table, "deleteTouchAction", self.tr("Delete Touch…"), self.delete, "", shortcut
        )
        self.table.activated.connect(lambda _index: self.edit())
        self._sources: list[tuple[QAbstractItemView, Callable[[], str | None]]] = [
            (self.table, self._current_id)
        ]
        self.finish_buttons()

    def read(self, mentor_id: str) -> list[TouchRow]:
        return self.context.read(touches.touches_of, mentor_id)

    def summary_text(self) -> str:
        count = self.model.rowCount()
        if self.mentor_id is None:
            return self.tr("Save the mentor first; then log emails and calls here.")
        if count == 0:
            return self.tr(
                "No touches logged yet: an email, message, call or chat between meetings."
            )
        return self.tr("%n touch(es) logged between meetings.", "", count)

    def update_buttons(self) -> None:
        chosen = self.current() is not None
        self.log_button.setEnabled(self.mentor_id is not None)
        self.edit_button.setEnabled(chosen)
        self.delete_button.setEnabled(chosen)
        self.delete_action.setEnabled(chosen)
        self.update_edit_action()

    # -- editing, here and from the Timeline --------------------------------------------
    def _current_id(self) -> str | None:
        item = self.current()
        return item.id if item is not None else None

    def also_from(self, table: QAbstractItemView, chosen: Callable[[], str | None]) -> None:
        """Offer Edit Touch (F2, the context menu) on another list of this mentor's
        touches; ``chosen`` gives the id of the touch chosen there, if one is."""
        table.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        table.addAction(self.edit_action)
        self._sources.append((table, chosen))

    def chosen(self) -> tuple[QWidget, str] | None:
        """The touch chosen in the list on screen (this one or the Timeline), if any."""
        for table, chosen in self._sources:
            if table.isVisible():
                touch_id = chosen()
                return (table, touch_id) if touch_id else None
        return None

    def update_edit_action(self) -> None:
        self.edit_action.setEnabled(self.chosen() is not None)

    @on_chosen
    def edit(self, item: TouchRow) -> None:
        dialogs.edit_touch(self.context, item, self)

    def edit_chosen(self) -> None:
        chosen = self.chosen()
        if chosen is None:
            return
        parent, touch_id = chosen
        try:
            item = self.context.read(touches.get, touch_id)
        except TouchNotFoundError:
            return  # gone meanwhile: the list follows the news
        dialogs.edit_touch(self.context, item, parent)

    def log(self) -> None:
        if self.mentor_id is None:
            return
        name = self.context.read(mentors.get, self.mentor_id).data.name
        dialogs.log_touch(self.context, self.mentor_id, name, self)

    @on_chosen
    def delete(self, item: TouchRow) -> None:
        operations.delete_touch(self.context, self, item)


class MentorInbox(QWidget):
    """The Inbox tab: topics above, touches below."""

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("mentorInbox")
        self.topics = MentorTopics(context)
        self.touches = MentorTouches(context)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.topics, 3)
        layout.addWidget(self.touches, 2)

    def set_mentor(self, mentor_id: str | None) -> None:
        self.topics.set_mentor(mentor_id)
        self.touches.set_mentor(mentor_id)
