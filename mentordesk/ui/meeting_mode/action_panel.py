"""The side list of this meeting's action items: capture, edit, set a due date, remove."""

from __future__ import annotations

from PySide6.QtCore import QAbstractItemModel, QDate, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDateEdit,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from mentordesk.ui.formats import date_pattern
from mentordesk.ui.meeting_mode.action_items import ActionItemsModel
from mentordesk.ui.widgets.parts import heading
from mentordesk.ui.widgets.toned import tone

Index = QModelIndex | QPersistentModelIndex


class DueDateEditor(QDateEdit):
    """A due date in the side list. Its lowest value, shown as "No date", means none;
    Delete or Backspace goes there at once."""

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.setObjectName("dueDateEditor")
        self.setAccessibleName(self.tr("Due date"))
        self.setCalendarPopup(True)
        self.setDisplayFormat(date_pattern())
        self.setMinimumDate(QDate.currentDate().addDays(-1))
        self.setSpecialValueText(self.tr("No date"))
        self.setToolTip(self.tr("Delete: no due date"))

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace):
            self.setDate(self.minimumDate())
            return
        super().keyPressEvent(event)

    def is_none(self) -> bool:
        return self.date() == self.minimumDate()


class DueDateDelegate(QStyledItemDelegate):
    """Edits a due date with a calendar that opens on the date itself, or on today
    when there is none yet (never on the "No date" day before)."""

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: Index) -> QWidget:
        return DueDateEditor(parent)

    def setEditorData(self, editor: QWidget, index: Index) -> None:
        assert isinstance(editor, DueDateEditor)
        value = index.data(Qt.ItemDataRole.EditRole)
        if isinstance(value, QDate) and value.isValid():
            editor.setMinimumDate(min(value, editor.minimumDate()).addDays(-1))
            editor.setDate(value)
        else:
            editor.setDate(QDate.currentDate())

    def setModelData(self, editor: QWidget, model: QAbstractItemModel, index: Index) -> None:
        assert isinstance(editor, DueDateEditor)
        model.setData(
            index, QDate() if editor.is_none() else editor.date(), Qt.ItemDataRole.EditRole
        )


class ActionItemsPanel(QWidget):
    """The action items captured in this meeting, updated the moment one is captured."""

    def __init__(self, model: ActionItemsModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("actionItemsPanel")
        self.model = model
        title = heading(self.tr("Action items"), "actionItemsTitle")

        self.capture_button = QPushButton(self.tr("Capture action item"))
        self.capture_button.setObjectName("captureButton")
        self.capture_button.setAccessibleName(self.tr("Capture action item"))
        self.capture_button.setToolTip(
            self.tr(
                "Turn the selection or the current line of notes into an action item (Ctrl+Shift+A)"
            )
        )
        self.view = QTableView()
        self.view.setObjectName("actionItemsList")
        self.view.setAccessibleName(self.tr("Action items from this meeting"))
        self.view.setModel(model)
        self.view.setItemDelegateForColumn(ActionItemsModel.COL_DUE, DueDateDelegate(self.view))
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
        )
        self.view.setWordWrap(True)
        self.view.setAlternatingRowColors(True)
        self.view.verticalHeader().hide()
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(ActionItemsModel.COL_TEXT, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(
            ActionItemsModel.COL_DUE, QHeaderView.ResizeMode.ResizeToContents
        )
        self.view.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)

        self.empty = QLabel(
            self.tr(
                "Nothing captured yet. Put the cursor on a line of notes and press Ctrl+Shift+A."
            )
        )
        self.empty.setObjectName("actionItemsEmpty")
        self.empty.setWordWrap(True)
        tone(self.empty, "muted")  # secondary, yet readable (a disabled label is not)
        self.message = QLabel()
        self.message.setObjectName("actionItemsMessage")
        self.message.setWordWrap(True)
        self.message.hide()

        self.due_button = QPushButton(self.tr("Due…"))
        self.due_button.setObjectName("actionDueButton")
        self.due_button.setAccessibleName(self.tr("Set due date"))
        self.due_button.setToolTip(self.tr("Set the due date of the selected action item (F2)"))
        self.due_button.clicked.connect(self.edit_due_date)
        self.remove_button = QPushButton(self.tr("Remove"))
        self.remove_button.setObjectName("actionRemoveButton")
        self.remove_button.setAccessibleName(self.tr("Remove action item"))
        self.remove_button.setToolTip(self.tr("Remove the selected action item (Delete)"))

        buttons = QHBoxLayout()
        buttons.setContentsMargins(0, 0, 0, 0)
        buttons.addWidget(self.due_button)
        buttons.addStretch(1)
        buttons.addWidget(self.remove_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(title)
        layout.addWidget(self.capture_button)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.empty)
        layout.addWidget(self.message)
        layout.addLayout(buttons)

        self.delete_shortcut = QShortcut(QKeySequence(QKeySequence.StandardKey.Delete), self.view)
        self.delete_shortcut.setContext(Qt.ShortcutContext.WidgetShortcut)
        self.delete_shortcut.activated.connect(self.remove_button.click)
        self.undo_shortcut = QShortcut(QKeySequence(QKeySequence.StandardKey.Undo), self.view)
        self.undo_shortcut.setContext(Qt.ShortcutContext.WidgetShortcut)
        self.redo_shortcut = QShortcut(QKeySequence(QKeySequence.StandardKey.Redo), self.view)
        self.redo_shortcut.setContext(Qt.ShortcutContext.WidgetShortcut)

        model.refused.connect(self.show_message)
        for signal in (model.modelReset, model.rowsInserted, model.rowsRemoved):
            signal.connect(self._update_empty)
        self._update_empty()

    def _update_empty(self) -> None:
        has_rows = self.model.rowCount() > 0
        self.empty.setVisible(not has_rows)
        self.due_button.setEnabled(has_rows)
        self.remove_button.setEnabled(has_rows)

    def current_id(self) -> str | None:
        index = self.view.currentIndex()
        if not index.isValid():
            return None
        return self.model.rows()[index.row()].id

    def select(self, item_id: str) -> None:
        row = self.model.row_of(item_id)
        if row >= 0:
            index = self.model.index(row, ActionItemsModel.COL_TEXT)
            self.view.setCurrentIndex(index)
            self.view.scrollTo(index)

    def edit_due_date(self) -> None:
        row = self.view.currentIndex().row()
        if row < 0 and self.model.rowCount():
            row = self.model.rowCount() - 1
        if row >= 0:
            index = self.model.index(row, ActionItemsModel.COL_DUE)
            self.view.setCurrentIndex(index)
            self.view.edit(index)

    def show_message(self, text: str) -> None:
        self.message.setText(text)
        self.message.setVisible(bool(text))
