"""The Sync page's two lists as models: the other laptops (``LaptopsModel``) and what
sync decided by itself (``DecisionsModel``), with ``RestoreDelegate`` drawing the
Restore column's button (one click puts the value back; Enter on that column too).

A decision's last column says what can be done with it: *Restore* (a field's value
set aside), *Restored* (while the restored value is the stored one: an undone restore
offers Restore again), *Kept* (a record kept whole, nothing to put back).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QModelIndex,
    QPersistentModelIndex,
    QSize,
    Qt,
)
from PySide6.QtGui import QPainter
from PySide6.QtWidgets import (
    QApplication,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionButton,
    QStyleOptionViewItem,
)

from mentordesk.services.sync_log import Decision
from mentordesk.services.sync_status import Laptop
from mentordesk.ui.formats import short_datetime
from mentordesk.ui.lists.row_table import OBJECT_ROLE, RowTableModel
from mentordesk.ui.sync import decision_words

RESTORE, RESTORED, KEPT = "restore", "restored", "kept"
RESTORE_COLUMN = 2

Index = QModelIndex | QPersistentModelIndex


@dataclass(frozen=True)
class LaptopRow:
    id: str  # the laptop's place in the list (the list is read whole each time)
    laptop: Laptop


@dataclass(frozen=True)
class DecisionRow:
    id: str
    decision: Decision


def state(decision: Decision) -> str:
    """What the Restore column offers for ``decision``."""
    if decision.kind != "field":
        return KEPT
    return RESTORED if decision.restored else RESTORE


def moment(stored: str) -> str:
    """When a decision was made, as the lists show moments (the stored text if odd)."""
    try:
        found = datetime.fromisoformat(stored)
    except ValueError:
        return stored
    return short_datetime(found if found.tzinfo else found.replace(tzinfo=UTC))


class LaptopsModel(RowTableModel[LaptopRow]):
    """The other laptops: name, the last batch received from each, when."""

    HEADERS = (
        str(QT_TRANSLATE_NOOP("LaptopsModel", "Laptop")),
        str(QT_TRANSLATE_NOOP("LaptopsModel", "Last batch received")),
        str(QT_TRANSLATE_NOOP("LaptopsModel", "Received")),
    )

    def show(self, laptops: tuple[Laptop, ...]) -> None:
        self.set_rows(LaptopRow(str(place), laptop) for place, laptop in enumerate(laptops))

    def display(self, row: LaptopRow, column: int) -> str:
        laptop = row.laptop
        if column == 0:
            return laptop.name
        if column == 1:
            return str(laptop.last_batch)
        return short_datetime(laptop.applied_at) if laptop.applied_at else ""

    def styled(self, row: LaptopRow, column: int, role: int) -> object:
        if role == Qt.ItemDataRole.TextAlignmentRole and column == 1:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None


class DecisionsModel(RowTableModel[DecisionRow]):
    """The log, newest first: when, the sentence, and Restore / Restored / Kept."""

    HEADERS = (
        str(QT_TRANSLATE_NOOP("DecisionsModel", "When")),
        str(QT_TRANSLATE_NOOP("DecisionsModel", "What sync decided")),
        str(QT_TRANSLATE_NOOP("DecisionsModel", "Restore")),
    )

    def show(self, decisions: list[Decision]) -> None:
        self.set_rows(DecisionRow(str(decision.id), decision) for decision in decisions)

    def display(self, row: DecisionRow, column: int) -> str:
        decision = row.decision
        if column == 0:
            return moment(decision.at)
        if column == 1:
            return decision_words.sentence(decision)
        return {
            RESTORE: self.tr("Restore"),
            RESTORED: self.tr("Restored"),
            KEPT: self.tr("Kept"),
        }[state(decision)]

    def tooltip(self, row: DecisionRow, column: int) -> str:
        if column == 1:
            return decision_words.sentence(row.decision, whole=True)
        return self.heard_as(row, column)

    def heard_as(self, row: DecisionRow, column: int) -> str:
        if column == RESTORE_COLUMN and state(row.decision) == RESTORE:
            return self.tr("Restore “{value}”").format(
                value=decision_words.value_text(row.decision.lost)
            )
        return self.display(row, column)

    def decision(self, index: Index) -> Decision | None:
        row = self.record(index)
        return row.decision if row is not None else None


class RestoreDelegate(QStyledItemDelegate):
    """The Restore column: a push button drawn where a value can be put back, the plain
    word (Restored, Kept) elsewhere. The click is the view's (``clicked`` on this
    column: ``SyncDialog``), so the button needs no widget per row."""

    def _button(self, option: QStyleOptionViewItem, text: str) -> tuple[QStyleOptionButton, QSize]:
        """The button drawn in the cell, centred in the cell's rectangle, and its size."""
        widget = option.widget
        style = widget.style() if widget is not None else QApplication.style()
        button = QStyleOptionButton()
        if widget is not None:
            button.initFrom(widget)  # palette, font metrics, direction
        button.text = text
        button.state = QStyle.StateFlag.State_Enabled | QStyle.StateFlag.State_Raised
        contents = option.fontMetrics.size(Qt.TextFlag.TextShowMnemonic, text)
        size = style.sizeFromContents(QStyle.ContentsType.CT_PushButton, button, contents, widget)
        rect = option.rect
        across = max(0, (rect.width() - size.width()) // 2)
        down = max(0, (rect.height() - size.height()) // 2)
        button.rect = rect.adjusted(across, down, -across, -down)
        return button, size

    def _restorable(self, index: Index) -> Decision | None:
        row = index.data(OBJECT_ROLE)
        if isinstance(row, DecisionRow) and state(row.decision) == RESTORE:
            return row.decision
        return None

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        if self._restorable(index) is None:
            super().paint(painter, option, index)
            return
        self.initStyleOption(option, index)
        widget = option.widget
        style = widget.style() if widget is not None else QApplication.style()
        # The row's selection behind the button, as for any cell.
        style.drawPrimitive(QStyle.PrimitiveElement.PE_PanelItemViewItem, option, painter, widget)
        style.drawControl(
            QStyle.ControlElement.CE_PushButton,
            self._button(option, str(index.data()))[0],
            painter,
            widget,
        )

    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:
        hint = super().sizeHint(option, index)
        if self._restorable(index) is None:
            return hint
        self.initStyleOption(option, index)
        return hint.expandedTo(self._button(option, str(index.data()))[1])
