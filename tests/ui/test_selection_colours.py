"""A selected row reads in the selection's colours on every style (issue 14, seen under wine).

Windows' own style draws a selected row in the row's text colour; where it fills
the selection with the palette's Highlight (no theme, high contrast) a model's
colour (late in red) sat on navy. And a list without focus shows Windows'
inactive selection, whose black text the app's palette had put on the active
navy. The real Windows style is checked in the Windows run (``pytest -m
windows``: the screenshot's selected row); here, Qt's "windows" style with
Windows' classic colours, and a style that paints its own selection.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QModelIndex, QRect
from PySide6.QtGui import QBrush, QColor, QPainter, QPalette, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QProxyStyle,
    QStyle,
    QStyledItemDelegate,
    QStyleFactory,
    QStyleOption,
    QStyleOptionViewItem,
    QTableView,
    QWidget,
)
from pytestqt.qtbot import QtBot

from mentordesk.ui.lists.tables import record_table
from mentordesk.ui.theme import contrast, readable
from mentordesk.ui.widgets.selection_colours import selected_text_role

NAVY, WHITE, BLACK, LATE = "#000080", "#ffffff", "#000000", "#b3261e"


def classic_palette() -> QPalette:
    """Windows' classic colours: what Windows' style falls back to without a theme."""
    palette = QPalette()
    for role, colour in {
        QPalette.ColorRole.Base: WHITE,
        QPalette.ColorRole.Text: BLACK,
        QPalette.ColorRole.Highlight: NAVY,
        QPalette.ColorRole.HighlightedText: WHITE,
    }.items():
        palette.setColor(role, QColor(colour))
    return palette


@pytest.fixture
def table(qtbot: QtBot) -> Iterator[QTableView]:
    """An app list under the "windows" style: the model colours every row's text."""
    model = QStandardItemModel(3, 2)
    for row in range(3):
        for column in range(2):
            item = QStandardItem(f"Mentor {row} ████")
            item.setForeground(QBrush(QColor(LATE if row == 1 else BLACK)))
            model.setItem(row, column, item)
    view = record_table("testTable", "Test table", model, 0)
    style = QStyleFactory.create("windows")
    view.setStyle(style)
    view.setPalette(classic_palette())
    view.resize(400, 200)
    qtbot.addWidget(view)
    view.show()
    qtbot.waitExposed(view)
    view.selectRow(1)
    yield view
    view.close()


def option_for(view: QTableView, index: QModelIndex) -> QStyleOptionViewItem:
    option = QStyleOptionViewItem()
    option.initFrom(view)
    option.widget = view
    if view.selectionModel().isSelected(index):
        option.state |= QStyle.StateFlag.State_Selected
    delegate = view.itemDelegate()
    assert isinstance(delegate, QStyledItemDelegate)
    delegate.initStyleOption(option, index)
    return option


def test_a_selected_row_is_drawn_in_the_highlighted_text_colour(table: QTableView) -> None:
    selected = table.model().index(1, 0)
    other = table.model().index(2, 0)
    text = QPalette.ColorRole.Text
    assert option_for(table, selected).palette.color(text) == QColor(WHITE)
    assert option_for(table, other).palette.color(text) == QColor(BLACK)  # the model's


def test_the_painted_selected_row_has_light_text_on_the_highlight(table: QTableView) -> None:
    picture = table.viewport().grab().toImage()
    row = table.visualRect(table.model().index(1, 0))
    colours = {
        picture.pixelColor(x, y).name()
        for x in range(row.left() + 2, row.right() - 2)
        for y in range(row.top() + 2, row.bottom() - 2)
    }
    assert NAVY in colours
    assert WHITE in colours, "the text of the selected row"
    assert LATE not in colours, "the model's colour is for unselected rows"


class OwnSelectionStyle(QProxyStyle):
    """Like Windows' themed style: the selection is its own pale blue, not the palette's."""

    def drawPrimitive(
        self,
        element: QStyle.PrimitiveElement,
        option: QStyleOption,
        painter: QPainter,
        widget: QWidget | None = None,
    ) -> None:
        if element == QStyle.PrimitiveElement.PE_PanelItemViewItem and (
            option.state & QStyle.StateFlag.State_Selected
        ):
            painter.fillRect(QRect(option.rect), QColor("#cce8ff"))
            return
        super().drawPrimitive(element, option, painter, widget)


def test_the_text_colour_follows_whose_selection_the_style_paints(qtbot: QtBot) -> None:
    view = QTableView()
    qtbot.addWidget(view)
    fusion = QStyleFactory.create("fusion")
    assert selected_text_role(fusion, view) == QPalette.ColorRole.HighlightedText
    own = OwnSelectionStyle(QStyleFactory.create("windows"))
    assert selected_text_role(own, view) == QPalette.ColorRole.Text


def test_the_selection_keeps_its_text_when_qt_fills_in_the_system_colours() -> None:
    """What the app sets is merged with the system's palette (Windows: an inactive
    selection, in a list without focus, is grey with black text): the selection's
    background and text must come from the same place, in both window states."""
    inactive = QPalette.ColorGroup.Inactive
    system = classic_palette()
    system.setColor(inactive, QPalette.ColorRole.Highlight, QColor("#f5f5f5"))
    system.setColor(inactive, QPalette.ColorRole.HighlightedText, QColor(BLACK))
    style_palette = QPalette()  # a style's own: the selection colour is all it says
    style_palette.setColor(QPalette.ColorRole.Highlight, QColor(NAVY))
    shown = readable(style_palette).resolve(system)  # what QApplication.setPalette does
    for group in (QPalette.ColorGroup.Active, inactive):
        selection = shown.color(group, QPalette.ColorRole.Highlight)
        text = shown.color(group, QPalette.ColorRole.HighlightedText)
        assert contrast(selection, text) >= 4.5, (group, selection.name(), text.name())
