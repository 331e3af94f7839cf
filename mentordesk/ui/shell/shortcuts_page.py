"""Preferences ▸ Shortcuts: every action of the main window and meeting mode with its
keys, to change, clear or reset. Two actions that would share keys where both are
live are named at once, and Preferences is not saved while they do."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QKeySequenceEdit,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from mentordesk.ui import shortcuts
from mentordesk.ui.settings import Settings
from mentordesk.ui.shortcuts import PORTABLE, Entry, plain, shown_keys
from mentordesk.ui.widgets.toned import tone

NATIVE = QKeySequence.SequenceFormat.NativeText


class ShortcutsPage(QWidget):
    """The table of actions and their keys, with an editor for the selected one."""

    def __init__(self, entries: list[Entry], settings: Settings) -> None:
        super().__init__()
        self.setObjectName("shortcutsPage")
        self.entries = entries
        stored = shortcuts.edited(settings)
        self.keys = {e.key: stored.get(e.key, shortcuts.default_keys(e.action)) for e in entries}
        self.filter = QLineEdit()
        self.filter.setObjectName("shortcutsFilter")
        self.filter.setAccessibleName(self.tr("Find an action"))
        self.filter.setPlaceholderText(self.tr("Find an action"))
        self.filter.setClearButtonEnabled(True)
        self.filter.textChanged.connect(self._filter)
        self.table = QTableWidget(len(entries), 3)
        self.table.setObjectName("shortcutsTable")
        self.table.setAccessibleName(self.tr("Actions and their keyboard shortcuts"))
        self.table.setHorizontalHeaderLabels([self.tr("Action"), self.tr("Where"), self.tr("Keys")])
        self.table.verticalHeader().hide()
        self.table.setMinimumHeight(280)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        for row, entry in enumerate(entries):
            for column, text in enumerate((plain(entry.action), entry.place, "")):
                self.table.setItem(row, column, QTableWidgetItem(text))
            self._show_keys(row, entry)
        self.table.currentCellChanged.connect(lambda row, *_: self._select(row))
        self.editor = QKeySequenceEdit()
        self.editor.setObjectName("shortcutEditor")
        self.editor.setAccessibleName(self.tr("New keys for the selected action"))
        self.editor.setMaximumSequenceLength(1)
        inner = self.editor.findChild(QLineEdit)
        if inner is not None:  # the field a screen reader lands in
            inner.setAccessibleName(self.editor.accessibleName())
        self.editor.editingFinished.connect(self._edited)
        self.clear_button = QPushButton(self.tr("No Keys"))
        self.clear_button.setObjectName("shortcutClear")
        self.clear_button.setAccessibleName(self.tr("Remove the selected action's keys"))
        self.clear_button.clicked.connect(lambda: self.set_keys(self.current(), []))
        self.reset_button = QPushButton(self.tr("Reset"))
        self.reset_button.setObjectName("shortcutReset")
        self.reset_button.setAccessibleName(self.tr("Give the selected action its usual keys"))
        self.reset_button.clicked.connect(self._reset)
        self.problems = tone(QLabel(), "error")
        self.problems.setObjectName("shortcutConflicts")
        self.problems.setWordWrap(True)
        keys_row = QHBoxLayout()
        keys_row.addWidget(QLabel(self.tr("Keys:")))
        keys_row.addWidget(self.editor, 1)
        keys_row.addWidget(self.clear_button)
        keys_row.addWidget(self.reset_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.filter)
        layout.addWidget(self.table, 1)
        layout.addLayout(keys_row)
        layout.addWidget(self.problems)
        self.table.setCurrentCell(0, 0)
        self.check()

    def _show_keys(self, row: int, entry: Entry) -> None:
        """The row's keys, and what a screen reader says of each of its cells."""
        shown = shown_keys(self.keys[entry.key], "; ")
        said = (
            plain(entry.action),
            self.tr("Where: {place}").format(place=entry.place),
            self.tr("Keys: {keys}").format(keys=shown or self.tr("none")),
        )
        for column, text in enumerate(said):
            item = self.table.item(row, column)
            if item is not None:
                if column == 2:
                    item.setText(shown)
                item.setData(Qt.ItemDataRole.AccessibleTextRole, text)

    def _filter(self, text: str) -> None:
        words = text.lower().split()
        for row, entry in enumerate(self.entries):
            where = f"{plain(entry.action)} {entry.place}".lower()
            self.table.setRowHidden(row, not all(word in where for word in words))

    def current(self) -> Entry | None:
        row = self.table.currentRow()
        return self.entries[row] if 0 <= row < len(self.entries) else None

    def row_of(self, key: str) -> int:
        return next(i for i, e in enumerate(self.entries) if e.key == key)

    def _select(self, row: int) -> None:
        if 0 <= row < len(self.entries):
            keys = self.keys[self.entries[row].key]
            self.editor.setKeySequence(keys[0] if keys else QKeySequence())

    def _edited(self) -> None:
        sequence = self.editor.keySequence()
        self.set_keys(self.current(), [] if sequence.isEmpty() else [sequence])

    def _reset(self) -> None:
        entry = self.current()
        if entry is not None:
            self.set_keys(entry, shortcuts.default_keys(entry.action))

    def set_keys(self, entry: Entry | None, keys: list[QKeySequence]) -> None:
        """Give ``entry`` these keys (saved with Preferences' OK)."""
        if entry is None:
            return
        self.keys[entry.key] = keys
        self._show_keys(self.row_of(entry.key), entry)
        self._select(self.table.currentRow())
        self.check()

    def check(self) -> list[str]:
        """The clashes now, shown under the table; [] when there are none."""
        found = shortcuts.conflicts(self.keys, self.entries)
        self.problems.setText(
            self.tr("Two actions share keys; change one: {clashes}").format(
                clashes="; ".join(found)
            )
            if found
            else ""
        )
        self.problems.setVisible(bool(found))
        return found

    def save(self, settings: Settings) -> None:
        """Keep the keys that differ from each action's own."""

        def same(a: list[QKeySequence], b: list[QKeySequence]) -> bool:
            return [k.toString(PORTABLE) for k in a] == [k.toString(PORTABLE) for k in b]

        changes = {
            e.key: self.keys[e.key]
            for e in self.entries
            if not same(self.keys[e.key], shortcuts.default_keys(e.action))
        }
        shortcuts.store(settings, changes)
