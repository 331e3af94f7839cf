"""An agenda being prepared: type a point and press Enter, drag to reorder, edit in
place (F2), remove. Points that already exist keep their ids (and ticks)."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from mentordesk.ui.privacy import lock_icon, private_point_text

ID_ROLE = Qt.ItemDataRole.UserRole + 1
DONE_ROLE = Qt.ItemDataRole.UserRole + 2


class AgendaEditor(QWidget):
    """The points of an agenda, in order. ``prefix`` starts every object name."""

    def __init__(self, prefix: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.list = QListWidget()
        self.list.setObjectName(f"{prefix}Agenda")
        self.list.setAccessibleName(self.tr("Agenda"))
        self.list.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
        self.list.setMaximumHeight(110)
        self.entry = QLineEdit()
        self.entry.setObjectName(f"{prefix}AgendaEntry")
        self.entry.setAccessibleName(self.tr("New agenda point"))
        self.entry.setPlaceholderText(self.tr("Type a point and press Enter"))
        self.entry.installEventFilter(self)
        add = self._button(f"{prefix}AgendaAdd", self.tr("Add"), self.add_point)
        remove = self._button(f"{prefix}AgendaRemove", self.tr("Remove"), self.remove_point)
        row = QHBoxLayout()
        row.addWidget(self.entry, 1)
        row.addWidget(add)
        row.addWidget(remove)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(row)
        layout.addWidget(self.list)

    def _button(self, name: str, text: str, slot: object) -> QPushButton:
        button = QPushButton(text)
        button.setObjectName(name)
        button.setAccessibleName(text)
        button.setAutoDefault(False)
        button.clicked.connect(slot)
        return button

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # Enter in the entry adds the point typed; on an empty entry it reaches the
        # dialog (its default button).
        if (
            watched is self.entry
            and isinstance(event, QKeyEvent)
            and event.type() == QEvent.Type.KeyPress
            and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
            and self.entry.text().strip()
        ):
            self.add_point()
            return True
        return super().eventFilter(watched, event)

    def add_point(self, text: str = "", point_id: str | None = None, done: bool = False) -> None:
        """Add ``text`` (or what the entry holds) as the last point."""
        text = " ".join((text or self.entry.text()).split())
        if not text:
            return
        item = QListWidgetItem(text)
        item.setFlags(item.flags() | Qt.ItemFlag.ItemIsEditable)
        item.setData(ID_ROLE, point_id)
        item.setData(DONE_ROLE, done)
        self.list.addItem(item)
        if not point_id:
            self.entry.clear()

    def remove_point(self) -> None:
        row = self.list.currentRow()
        if row >= 0:
            self.list.takeItem(row)

    def set_points(self, points: list[tuple[str | None, str, bool]]) -> None:
        self.list.clear()
        for point_id, text, done in points:
            self.add_point(text, point_id, done)

    def mark_private(self, point_ids: set[str]) -> None:
        """A lock on the stored points that are private (their words stay as typed:
        the flag is kept by id when the agenda is saved)."""
        for row in range(self.list.count()):
            item = self.list.item(row)
            if item is not None and item.data(ID_ROLE) in point_ids:
                item.setIcon(lock_icon())
                item.setToolTip(private_point_text())

    def points(self) -> list[tuple[str | None, str, bool]]:
        """(id or None, text, done) in order, with what is still typed in the entry."""
        found: list[tuple[str | None, str, bool]] = []
        for row in range(self.list.count()):
            item = self.list.item(row)
            if item is not None and item.text().strip():
                point_id = item.data(ID_ROLE)
                found.append(
                    (str(point_id) if point_id else None, item.text(), bool(item.data(DONE_ROLE)))
                )
        pending = " ".join(self.entry.text().split())
        return [*found, (None, pending, False)] if pending else found

    def lines(self) -> list[str]:
        return [text for _id, text, _done in self.points()]
