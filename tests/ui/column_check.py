"""What a person sees of a table's columns: which are shown, which cut their text
(a cell or a heading wider than its column), and whether the table must be scrolled
sideways. A cell's text needs its width in the cell's own font, the style's margin on
each side and the grid line, as the view paints it; a heading what the header says."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QFont, QFontMetrics
from PySide6.QtWidgets import QStyle, QTableView


@dataclass(frozen=True)
class ColumnSeen:
    title: str
    shown: bool
    width: int
    needs: int  # the widest cell on screen, or the heading, with the view's margins
    longest: str  # the text that needs it

    @property
    def cut(self) -> bool:
        return self.shown and self.needs > self.width


def cell_needs(table: QTableView, index: QModelIndex) -> int:
    """The width ``index``'s text takes as painted (any less, and it ends in "…")."""
    text = str(index.data() or "")
    if not text:
        return 0
    font = QFont(table.font())
    given = index.data(Qt.ItemDataRole.FontRole)
    if isinstance(given, QFont):
        font = given.resolve(font)
    margin = table.style().pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, table) + 1
    grid = 1 if table.showGrid() else 0
    return QFontMetrics(font).horizontalAdvance(text) + 2 * margin + grid


def columns_seen(table: QTableView) -> list[ColumnSeen]:
    model = table.model()
    header = table.horizontalHeader()
    first = max(0, table.rowAt(0))
    last = table.rowAt(table.viewport().height() - 1)
    if last < 0:
        last = model.rowCount() - 1
    seen = []
    for column in range(header.count()):
        title = str(model.headerData(column, Qt.Orientation.Horizontal) or "")
        needs, longest = header.sectionSizeFromContents(column).width(), title
        for row in range(first, last + 1):
            index = model.index(row, column)
            width = cell_needs(table, index)
            if width > needs:
                needs, longest = width, str(index.data() or "")
        seen.append(
            ColumnSeen(
                title,
                not header.isSectionHidden(column),
                header.sectionSize(column),
                needs,
                longest,
            )
        )
    return seen


def scrolls_sideways(table: QTableView) -> bool:
    return table.horizontalScrollBar().maximum() > 0


def column_problems(
    table: QTableView,
    needed: tuple[str, ...],
    optional: tuple[str, ...],
    free_text: str = "",
    crowded: bool = False,
) -> list[str]:
    """What is wrong with ``table``'s columns for a person who needs ``needed`` in full
    and would like ``optional`` (most wanted first); ``free_text`` is a column of long
    sentences, which may end in "…" (the whole text is in its tooltip) only when no
    optional column takes room beside it and no column is wider than it needs.
    ``crowded`` (the pseudo-locale): when the needed columns alone are wider than the
    table, they may end in "…", but none may go."""
    seen = {column.title: column for column in columns_seen(table)}
    assert set(seen) == {*needed, *optional}, f"columns are {sorted(seen)}"
    problems = []
    if scrolls_sideways(table):
        problems.append("the table scrolls sideways")
    too_wide = sum(seen[title].needs for title in needed) > table.viewport().width()
    elide = table.horizontalHeader().textElideMode()
    if elide == Qt.TextElideMode.ElideNone and any(c.shown and c.cut for c in seen.values()):
        problems.append("a narrowed column's title is cut at both ends instead of ending in …")
    for title in needed:
        column = seen[title]
        if not column.shown:
            problems.append(f"{title}: hidden")
        elif column.cut and title != free_text and not (crowded and too_wide):
            problems.append(f"{title}: {column.longest!r} needs {column.needs}, has {column.width}")
    for number, title in enumerate(optional):
        if seen[title].cut:
            shown_after = [t for t in optional[number + 1 :] if seen[t].shown]
            if shown_after:
                problems.append(f"{title} is cut while {shown_after} (less wanted) are shown")
    if free_text and seen[free_text].cut:
        shown = [t for t in optional if seen[t].shown]
        if shown:
            problems.append(f"{free_text} is cut while {shown} are shown")
        wasted = [
            f"{c.title} ({c.width} for {c.needs})"
            for c in seen.values()
            if c.shown and c.title != free_text and c.width > c.needs + 16
        ]
        if wasted:
            problems.append(f"{free_text} is cut while columns are wider than needed: {wasted}")
    return problems
