"""The agreement's topics, offered as agenda points when a meeting is planned."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QGroupBox, QListWidget, QListWidgetItem, QVBoxLayout, QWidget

from mentordesk.services import agreements
from mentordesk.services.errors import NotFoundError
from mentordesk.ui.context import AppContext

MAX_ROWS = 6


class TopicOffer(QGroupBox):
    """Tick the topics to put on the agenda (hidden when the mentor has none)."""

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Topics from your agreement"), parent)
        self.setObjectName("planAgreementTopics")
        self.context = context
        self.list = QListWidget()
        self.list.setObjectName("planTopicList")
        self.list.setAccessibleName(self.tr("Agreement topics to add to the agenda"))
        layout = QVBoxLayout(self)
        layout.addWidget(self.list)
        self.hide()

    def set_mentor(self, mentor_id: str | None, *, ticked: bool = False) -> None:
        """Offer ``mentor_id``'s topics (all ticked if ``ticked``)."""
        self.list.clear()
        topics: tuple[str, ...] = ()
        if mentor_id is not None:
            try:
                topics = self.context.read(agreements.topics_for, mentor_id, self.context.today())
            except NotFoundError:
                topics = ()
        for topic in topics:
            item = QListWidgetItem(topic)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if ticked else Qt.CheckState.Unchecked)
            self.list.addItem(item)
        rows = max(1, min(MAX_ROWS, len(topics)))
        self.list.setFixedHeight(
            rows * self.list.sizeHintForRow(0) + 2 * self.list.frameWidth() + 4
        )
        self.setVisible(bool(topics))

    def tick_all(self) -> None:
        for row in range(self.list.count()):
            item = self.list.item(row)
            if item is not None:
                item.setCheckState(Qt.CheckState.Checked)

    def chosen(self) -> list[str]:
        """The ticked topics, in the agreement's order."""
        items = [self.list.item(row) for row in range(self.list.count())]
        return [
            i.text() for i in items if i is not None and i.checkState() == Qt.CheckState.Checked
        ]
