"""Selected rows read in the selection's own colours, whatever the style and the model say.

A model's text colour (``ForegroundRole``: late in red, done in grey) is meant for
unselected rows. Fusion draws a selected row in HighlightedText anyway, but
Windows' own style (windowsvista) draws it in the row's text colour: right on
its light-blue themed selection, unreadable where it falls back to the
palette's Highlight (no theme, high contrast, and under wine: black on navy).
So a selected row's text becomes what the style pairs with the background it
actually paints, found once per style by painting one selected cell.
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRect
from PySide6.QtGui import QColor, QImage, QPainter, QPalette
from PySide6.QtWidgets import (
    QApplication,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QWidget,
)

Index = QModelIndex | QPersistentModelIndex

_PROBE = QColor("#ff00ff")  # a highlight no style chooses by itself
# By style: the style itself (so its id is not reused while kept here) and the answer.
_SELECTED_TEXT: dict[int, tuple[QStyle, QPalette.ColorRole]] = {}


def selected_text_role(style: QStyle, widget: QWidget | None) -> QPalette.ColorRole:
    """The palette role whose colour reads on ``style``'s selection: HighlightedText
    where the style fills the selection with the palette's Highlight, else Text (it
    paints a selection of its own, light enough for the usual text)."""
    known = _SELECTED_TEXT.get(id(style))
    if known is not None and known[0] is style:
        return known[1]
    option = QStyleOptionViewItem()
    option.rect = QRect(0, 0, 24, 12)
    option.state = (
        QStyle.StateFlag.State_Enabled
        | QStyle.StateFlag.State_Selected
        | QStyle.StateFlag.State_Active
    )
    option.showDecorationSelected = True
    palette = QPalette(widget.palette() if widget is not None else QApplication.palette())
    for group in (QPalette.ColorGroup.Active, QPalette.ColorGroup.Inactive):
        palette.setColor(group, QPalette.ColorRole.Highlight, _PROBE)
    option.palette = palette
    image = QImage(24, 12, QImage.Format.Format_ARGB32)
    image.fill(QColor("white"))
    painter = QPainter(image)
    style.drawControl(QStyle.ControlElement.CE_ItemViewItem, option, painter, widget)
    painter.end()
    role = (
        QPalette.ColorRole.HighlightedText
        if image.pixelColor(12, 6) == _PROBE
        else QPalette.ColorRole.Text
    )
    _SELECTED_TEXT[id(style)] = (style, role)
    return role


def use_selection_colours(option: QStyleOptionViewItem) -> None:
    """Give a selected item the text colour of the selection (see the module's docstring)."""
    if not option.state & QStyle.StateFlag.State_Selected:
        return
    widget = option.widget
    style = widget.style() if isinstance(widget, QWidget) else QApplication.style()
    role = selected_text_role(style, widget)
    # The widget's own palette: the option's Text may hold the model's colour already.
    source = widget.palette() if isinstance(widget, QWidget) else QApplication.palette()
    for group in (QPalette.ColorGroup.Active, QPalette.ColorGroup.Inactive):
        brush = source.brush(group, role)
        option.palette.setBrush(group, QPalette.ColorRole.Text, brush)
        option.palette.setBrush(group, QPalette.ColorRole.HighlightedText, brush)


class SelectionColoursDelegate(QStyledItemDelegate):
    """The item delegate of every list: selected rows in the selection's colours."""

    def initStyleOption(self, option: QStyleOptionViewItem, index: Index) -> None:
        super().initStyleOption(option, index)
        use_selection_colours(option)
