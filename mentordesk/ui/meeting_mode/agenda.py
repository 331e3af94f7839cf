"""The agenda as an editable checklist: a list model and the panel around it."""

from __future__ import annotations

import uuid
from dataclasses import dataclass, replace

from PySide6.QtCore import (
    QAbstractListModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QLineEdit,
    QListView,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from mentordesk.ui.meeting_mode.saver import AgendaRows
from mentordesk.ui.privacy import marked
from mentordesk.ui.widgets.parts import heading

Index = QModelIndex | QPersistentModelIndex
ID_ROLE = Qt.ItemDataRole.UserRole + 1


@dataclass(frozen=True)
class AgendaRow:
    """One agenda point as shown; the id is made here so saves never duplicate it."""

    id: str
    text: str
    done: bool = False
    private: bool = False  # shown with a lock; hidden while presenting (``privacy.py``)


class AgendaModel(QAbstractListModel):
    """Checkable, editable agenda rows. ``edited`` fires after every change by the user."""

    edited = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[AgendaRow] = []

    def set_rows(self, rows: list[AgendaRow]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def rows(self) -> list[AgendaRow]:
        return list(self._rows)

    def as_saved(self) -> AgendaRows:
        return tuple((row.id, row.text, row.done) for row in self._rows)

    def unchecked_ids(self) -> list[str]:
        return [row.id for row in self._rows if not row.done]

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return marked(row.text, row.private)
        if role == Qt.ItemDataRole.EditRole:
            return row.text
        if role == Qt.ItemDataRole.CheckStateRole:
            return Qt.CheckState.Checked if row.done else Qt.CheckState.Unchecked
        if role == Qt.ItemDataRole.AccessibleTextRole:
            state = self.tr("done") if row.done else self.tr("to do")
            if row.private:
                state = self.tr("{state}, private").format(state=state)
            return f"{row.text} ({state})"
        if role == ID_ROLE:
            return row.id
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return (
            Qt.ItemFlag.ItemIsEnabled
            | Qt.ItemFlag.ItemIsSelectable
            | Qt.ItemFlag.ItemIsEditable
            | Qt.ItemFlag.ItemIsUserCheckable
        )

    def setData(self, index: Index, value: object, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return False
        row = self._rows[index.row()]
        if role == Qt.ItemDataRole.CheckStateRole:
            checked = value in (Qt.CheckState.Checked, Qt.CheckState.Checked.value, 2)
            new = replace(row, done=checked)
        elif role == Qt.ItemDataRole.EditRole:
            text = " ".join(str(value).split())
            if not text:
                return False
            new = replace(row, text=text)
        else:
            return False
        if new == row:
            return True
        self._rows[index.row()] = new
        self.dataChanged.emit(index, index, [role])
        self.edited.emit()
        return True

    def set_private(self, row_id: str, private: bool) -> None:
        """Show a point as private or not (stored by a named operation, not the autosave)."""
        for number, row in enumerate(self._rows):
            if row.id == row_id and row.private != private:
                self._rows[number] = replace(row, private=private)
                index = self.index(number)
                self.dataChanged.emit(index, index, [Qt.ItemDataRole.DisplayRole])

    def add(self, text: str, at: int | None = None) -> int:
        """Add a point (blank text is ignored); returns its row or -1."""
        text = " ".join(text.split())
        if not text:
            return -1
        at = len(self._rows) if at is None else max(0, min(at, len(self._rows)))
        self.beginInsertRows(QModelIndex(), at, at)
        self._rows.insert(at, AgendaRow(str(uuid.uuid4()), text))
        self.endInsertRows()
        self.edited.emit()
        return at

    def remove(self, row: int) -> None:
        if not 0 <= row < len(self._rows):
            return
        self.beginRemoveRows(QModelIndex(), row, row)
        del self._rows[row]
        self.endRemoveRows()
        self.edited.emit()

    def move(self, row: int, by: int) -> int:
        """Move a row up (by=-1) or down (by=1); returns where it ended up."""
        target = row + by
        if not (0 <= row < len(self._rows) and 0 <= target < len(self._rows)):
            return row
        # beginMoveRows wants the destination as "insert before" in the old numbering.
        destination = target + 1 if by > 0 else target
        self.beginMoveRows(QModelIndex(), row, row, QModelIndex(), destination)
        self._rows.insert(target, self._rows.pop(row))
        self.endMoveRows()
        self.edited.emit()
        return target


class AgendaPanel(QWidget):
    """The agenda checklist: Space ticks, F2 edits, Delete removes, Alt+Up/Down moves."""

    def __init__(self, model: AgendaModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("agendaPanel")
        self.model = model
        title = heading(self.tr("Agenda"), "agendaTitle")

        self.view = QListView()
        self.view.setObjectName("agendaList")
        self.view.setAccessibleName(self.tr("Agenda"))
        self.view.setModel(model)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
        )
        self.view.setWordWrap(True)
        self.view.setSpacing(2)
        self.view.setToolTip(
            self.tr("Space ticks off, F2 edits, Delete removes, Alt+Up/Down moves")
        )

        self.new_item = QLineEdit()
        self.new_item.setObjectName("agendaNewItem")
        self.new_item.setAccessibleName(self.tr("New agenda item"))
        self.new_item.setPlaceholderText(self.tr("Add a point and press Enter"))
        self.new_item.returnPressed.connect(self.add_from_field)

        self.remove_button = self._button("agendaRemoveButton", self.tr("Remove"), self.remove)
        self.up_button = self._button(
            "agendaUpButton", self.tr("Up"), lambda: self.move_current(-1)
        )
        self.down_button = self._button(
            "agendaDownButton", self.tr("Down"), lambda: self.move_current(1)
        )
        self.remove_button.setToolTip(self.tr("Remove the selected point (Delete)"))
        self.up_button.setToolTip(self.tr("Move up (Alt+Up)"))
        self.down_button.setToolTip(self.tr("Move down (Alt+Down)"))

        for keys, slot in (
            ("Delete", self.remove),
            ("Alt+Up", lambda: self.move_current(-1)),
            ("Alt+Down", lambda: self.move_current(1)),
        ):
            shortcut = QShortcut(QKeySequence(keys), self.view)
            shortcut.setContext(Qt.ShortcutContext.WidgetShortcut)
            shortcut.activated.connect(slot)

        buttons = QHBoxLayout()
        buttons.setContentsMargins(0, 0, 0, 0)
        buttons.addWidget(self.up_button)
        buttons.addWidget(self.down_button)
        buttons.addStretch(1)
        buttons.addWidget(self.remove_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(title)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.new_item)
        layout.addLayout(buttons)

    def _button(self, name: str, text: str, slot: object) -> QPushButton:
        button = QPushButton(text)
        button.setObjectName(name)
        button.setAccessibleName(text)
        button.clicked.connect(slot)
        return button

    def add_from_field(self) -> None:
        row = self.model.add(self.new_item.text())
        if row >= 0:
            self.new_item.clear()
            self.view.setCurrentIndex(self.model.index(row))

    def remove(self) -> None:
        row = self.view.currentIndex().row()
        if row < 0:
            return
        self.model.remove(row)
        if self.model.rowCount():
            self.view.setCurrentIndex(self.model.index(min(row, self.model.rowCount() - 1)))

    def move_current(self, by: int) -> None:
        row = self.view.currentIndex().row()
        if row >= 0:
            self.view.setCurrentIndex(self.model.index(self.model.move(row, by)))
