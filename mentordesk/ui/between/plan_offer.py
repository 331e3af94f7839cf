"""What the Plan meeting dialog brings along from between meetings: the agreement's
recurring points (on every plan) and the topics waiting in the mentor's inbox, all
ticked. A private topic goes on the plan but never on the agenda that is copied or
sent: the brief shows it on screen only."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QGroupBox, QListWidget, QListWidgetItem, QVBoxLayout, QWidget

from mentordesk.services import agreements, topics
from mentordesk.services.errors import NotFoundError
from mentordesk.ui.context import AppContext

ID_ROLE = Qt.ItemDataRole.UserRole + 1  # the topic's id (None: a recurring point)
TEXT_ROLE = Qt.ItemDataRole.UserRole + 2
PRIVATE_ROLE = Qt.ItemDataRole.UserRole + 3
MAX_ROWS = 6


class InboxOffer(QGroupBox):
    """Tick what comes along (hidden when there is nothing)."""

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Every time, and from the inbox"), parent)
        self.setObjectName("planInboxOffer")
        self.context = context
        self.list = QListWidget()
        self.list.setObjectName("planInboxList")
        self.list.setAccessibleName(self.tr("Recurring points and inbox topics to bring along"))
        layout = QVBoxLayout(self)
        layout.addWidget(self.list)
        self.hide()
        # While presenting a private topic is hidden here too, yet stays ticked: it
        # still goes on the plan, as it would with the screen not shared.
        context.presenting_changed.connect(self._show_rows)

    def set_mentor(self, mentor_id: str | None) -> None:
        self.list.clear()
        points: tuple[str, ...] = ()
        waiting: list[topics.TopicRow] = []
        if mentor_id is not None:
            try:
                points = self.context.read(
                    agreements.topics_for, mentor_id, self.context.today(), recurring=True
                )
            except NotFoundError:
                points = ()
            waiting = self.context.read(topics.inbox, mentor_id)
        for point in points:
            self._add(self.tr("{point} (every time)").format(point=point), point, None)
        for topic in waiting:
            shown = self.tr("{topic} (private)") if topic.private else "{topic}"
            self._add(shown.format(topic=topic.text), topic.text, topic.id, topic.private)
        self._show_rows()

    def _show_rows(self) -> None:
        """Hide private topics while presenting; the box goes when nothing shows."""
        items = [self.list.item(row) for row in range(self.list.count())]
        shown = 0
        for item in items:
            if item is None:
                continue
            hidden = self.context.presenting and bool(item.data(PRIVATE_ROLE))
            item.setHidden(hidden)
            shown += not hidden
        rows = max(1, min(MAX_ROWS, shown))
        height = self.list.sizeHintForRow(0) if self.list.count() else 0
        self.list.setFixedHeight(rows * max(height, 1) + 2 * self.list.frameWidth() + 4)
        self.setVisible(shown > 0)

    def _add(self, shown: str, text: str, topic_id: str | None, private: bool = False) -> None:
        item = QListWidgetItem(shown)
        item.setData(ID_ROLE, topic_id)
        item.setData(PRIVATE_ROLE, private)
        item.setData(Qt.ItemDataRole.ToolTipRole, text)
        item.setData(TEXT_ROLE, text)
        item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
        item.setCheckState(Qt.CheckState.Checked)
        self.list.addItem(item)

    def texts(self) -> set[str]:
        """Every text offered (ticked or not): the carry-over leaves these out."""
        items = [self.list.item(row) for row in range(self.list.count())]
        return {str(i.data(TEXT_ROLE)) for i in items if i is not None}

    def _ticked(self) -> list[QListWidgetItem]:
        items = [self.list.item(row) for row in range(self.list.count())]
        return [i for i in items if i is not None and i.checkState() == Qt.CheckState.Checked]

    def points(self) -> list[str]:
        """The ticked recurring points, for the agenda."""
        return [str(i.data(TEXT_ROLE)) for i in self._ticked() if not i.data(ID_ROLE)]

    def topic_ids(self) -> tuple[str, ...]:
        """The ticked inbox topics: they go on the plan."""
        return tuple(str(i.data(ID_ROLE)) for i in self._ticked() if i.data(ID_ROLE))
