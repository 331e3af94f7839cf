"""The command palette (Ctrl+K, Ctrl+Shift+P), after KDE's KCommandBar: every action of
the window by name, with where it works and its keys, and a search of your data beside
them. Typing filters (every word, in any order, in the name or the place); Up and Down
move; Enter runs the chosen action, or searches the data for the text. It lists
QActions, so it never goes stale; the data search is the Search area's own."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtGui import QAction, QKeyEvent, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QHeaderView,
    QLineEdit,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from mentordesk.ui.shortcuts import Entry, plain

ENTRY_ROLE = Qt.ItemDataRole.UserRole + 1
MOVES = (Qt.Key.Key_Down, Qt.Key.Key_Up, Qt.Key.Key_PageDown, Qt.Key.Key_PageUp)


def matches(query: str, entry: Entry) -> bool:
    words = query.lower().split()
    where = f"{plain(entry.action)} {entry.place}".lower()
    return all(word in where for word in words)


class CommandPalette(QDialog):
    """Find an action by name and run it; or search the data for what was typed."""

    def __init__(
        self,
        entries: list[Entry],
        search: Callable[[str], None] | None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("commandPalette")
        self.setWindowTitle(self.tr("Run an action"))
        self.setModal(True)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.entries = entries
        self.search = search
        self.field = QLineEdit()
        self.field.setObjectName("paletteField")
        self.field.setAccessibleName(self.tr("Action to run, or words to search for"))
        self.field.setPlaceholderText(self.tr("Type an action's name, or words to search for"))
        self.field.setClearButtonEnabled(True)
        self.field.installEventFilter(self)
        self.list = QTreeWidget()
        self.list.setObjectName("paletteList")
        self.list.setAccessibleName(self.tr("Actions"))
        self.list.setHeaderLabels([self.tr("Action"), self.tr("Where"), self.tr("Keys")])
        self.list.setRootIsDecorated(False)
        self.list.setUniformRowHeights(True)
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.list.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # typing stays in the field
        header = self.list.header()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        self.list.itemActivated.connect(lambda item, _column: self.run(item))
        layout = QVBoxLayout(self)
        layout.addWidget(self.field)
        layout.addWidget(self.list)
        self.field.textChanged.connect(self.refill)
        self.refill("")
        self.resize(640, 420)
        self.field.setFocus()

    def refill(self, query: str) -> None:
        self.list.clear()
        for entry in (e for e in self.entries if matches(query, e)):
            keys = entry.action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
            item = QTreeWidgetItem([plain(entry.action), entry.place, keys])
            item.setData(0, ENTRY_ROLE, entry)
            if not entry.action.isEnabled():
                item.setDisabled(True)
                item.setToolTip(0, self.tr("Not available here now"))
            self.list.addTopLevelItem(item)
        if query.strip() and self.search is not None:
            item = QTreeWidgetItem([self.tr("Search your data for “{text}”").format(text=query)])
            item.setData(0, ENTRY_ROLE, None)
            self.list.addTopLevelItem(item)
        items = [self.list.topLevelItem(i) for i in range(self.list.topLevelItemCount())]
        first = next((item for item in items if item and not item.isDisabled()), None)
        if first is not None:
            self.list.setCurrentItem(first)

    def shown_actions(self) -> list[QAction]:
        """The actions listed now, in order (tests)."""
        found = []
        for index in range(self.list.topLevelItemCount()):
            item = self.list.topLevelItem(index)
            entry = item.data(0, ENTRY_ROLE) if item is not None else None
            if isinstance(entry, Entry):
                found.append(entry.action)
        return found

    def run(self, item: QTreeWidgetItem | None = None) -> None:
        """Run the chosen row's action (after the palette has closed), or search."""
        item = item or self.list.currentItem()
        if item is None or item.isDisabled():
            return
        entry = item.data(0, ENTRY_ROLE)
        text, search = self.field.text(), self.search
        self.accept()
        if isinstance(entry, Entry):
            QTimer.singleShot(0, entry.action.trigger)
        elif search is not None:
            QTimer.singleShot(0, lambda: search(text))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.field and event.type() == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                self.run()
                return True
            if event.key() in (
                Qt.Key.Key_Down,
                Qt.Key.Key_Up,
                Qt.Key.Key_PageDown,
                Qt.Key.Key_PageUp,
            ):
                self.list.keyPressEvent(event)  # move in the list, keep typing in the field
                return True
        return super().eventFilter(watched, event)
