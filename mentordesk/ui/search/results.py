"""Search results: a list model over SearchHits, and the delegate that draws each hit.

A row shows the kind of item, a heading (the mentor, and the meeting's date where
there is one) and a one-line snippet with the matched words in bold. The snippet
is the user's own text: it is escaped before the match marks become markup, so
HTML typed into notes shows as text.
"""

from __future__ import annotations

import html
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QRect,
    QRectF,
    QSize,
    Qt,
)
from PySide6.QtGui import (
    QAbstractTextDocumentLayout,
    QFont,
    QPainter,
    QPalette,
    QTextDocument,
    QTextOption,
)
from PySide6.QtWidgets import QApplication, QStyle, QStyledItemDelegate, QStyleOptionViewItem

from mentordesk.services.kinds import Kind
from mentordesk.services.search import (
    ELLIPSIS,
    MARK_OPEN,
    SEARCHED,
    SearchHit,
    snippet_parts,
)
from mentordesk.ui import vocabulary
from mentordesk.ui.formats import short_datetime

ModelIndex = QModelIndex | QPersistentModelIndex

HIT_ROLE = Qt.ItemDataRole.UserRole + 1
KIND_ROLE = Qt.ItemDataRole.UserRole + 2  # the kind, in the user's words
SNIPPET_ROLE = Qt.ItemDataRole.UserRole + 3  # the snippet with match marks


def kind_label(kind: Kind) -> str:
    """What a hit is, in the user's words: the kind's heading in the vocabulary."""
    return vocabulary.label(kind)


def heading(hit: SearchHit) -> str:
    """Who (and when) a hit is about: the mentor's name, then the meeting's time if any."""
    name = hit.mentor_name or hit.title
    if hit.kind is Kind.MENTOR or hit.meeting_start is None:
        return name
    return f"{name} · {short_datetime(hit.meeting_start)}"


def plain_snippet(snippet: str) -> str:
    return "".join(text for text, _ in snippet_parts(snippet))


def snippet_html(snippet: str) -> str:
    """Escaped snippet text with the matched words in <b>...</b>; nothing else is markup."""
    return "".join(
        f"<b>{html.escape(text)}</b>" if matched else html.escape(text)
        for text, matched in snippet_parts(snippet)
    )


class SearchResultsModel(QAbstractListModel):
    """One row per hit, best first. ``HIT_ROLE`` gives the SearchHit of a row."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._hits: list[SearchHit] = []

    def set_hits(self, hits: list[SearchHit]) -> None:
        self.beginResetModel()
        self._hits = list(hits)
        self.endResetModel()

    def extend_hits(self, hits: list[SearchHit]) -> bool:
        """Add the hits past those shown, when ``hits`` begins with them (the rest of a
        search's results); False (nothing done) when they differ."""
        shown = len(self._hits)
        if not shown or len(hits) < shown or hits[:shown] != self._hits:
            return False
        if len(hits) > shown:
            self.beginInsertRows(QModelIndex(), shown, len(hits) - 1)
            self._hits.extend(hits[shown:])
            self.endInsertRows()
        return True

    def hits(self) -> list[SearchHit]:
        return list(self._hits)

    def row_of(self, kind: str, item_id: str) -> int:
        """The row of that item, or -1."""
        for row, hit in enumerate(self._hits):
            if hit.kind == kind and hit.item_id == item_id:
                return row
        return -1

    def rowCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._hits)

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._hits):
            return None
        hit = self._hits[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return heading(hit)
        if role == HIT_ROLE:
            return hit
        if role == KIND_ROLE:
            return kind_label(hit.kind)
        if role == SNIPPET_ROLE:
            return hit.snippet
        if role == Qt.ItemDataRole.ToolTipRole:
            return plain_snippet(hit.snippet)
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return f"{kind_label(hit.kind)}: {heading(hit)}. {plain_snippet(hit.snippet)}"
        return None


def elide_snippet(snippet: str, fits: Callable[[str], bool]) -> str:
    """The longest run of whole words of ``snippet`` that ``fits``, "…" where cut.

    Words go from the end, unless that would hide the first matched word: then
    words go from the start too, so the match stays in view.
    """
    if fits(snippet):
        return snippet
    words = snippet.split(" ")

    def window(first: int, last: int) -> str:
        return (
            (ELLIPSIS if first > 0 else "")
            + " ".join(words[first:last])
            + (ELLIPSIS if last < len(words) else "")
        )

    def longest(first: int, shortest: int) -> int:
        # The largest ``last`` >= shortest with window(first, last) fitting, else shortest.
        low, high = shortest, len(words)
        while low < high:
            middle = (low + high + 1) // 2
            if fits(window(first, middle)):
                low = middle
            else:
                high = middle - 1
        return low

    match = next((n for n, word in enumerate(words) if MARK_OPEN in word), 0)
    first = next((n for n in range(match + 1) if fits(window(n, match + 1))), match)
    return window(first, longest(first, match + 1))


class SearchResultDelegate(QStyledItemDelegate):
    """Draws a hit in two lines: kind and heading, then the snippet with bold matches."""

    PADDING = 6
    LINE_GAP = 3
    KIND_GAP = 12
    CACHE_SIZE = 256

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        # (snippet, width, font) -> elided snippet: painting happens on every scroll.
        self._fitted: dict[tuple[str, int, str], str] = {}

    def sizeHint(self, option: QStyleOptionViewItem, index: ModelIndex) -> QSize:
        line = option.fontMetrics.height()
        return QSize(200, 2 * self.PADDING + 2 * line + self.LINE_GAP)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: ModelIndex) -> None:
        item = QStyleOptionViewItem(option)
        self.initStyleOption(item, index)
        widget = item.widget
        style = widget.style() if widget is not None else QApplication.style()
        # Background, selection and focus as the platform draws them, without the text.
        item.text = ""
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, item, painter, widget)

        selected = bool(item.state & QStyle.StateFlag.State_Selected)
        palette: QPalette = item.palette
        text_role = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        rect = item.rect.adjusted(self.PADDING, self.PADDING, -self.PADDING, -self.PADDING)
        line = item.fontMetrics.height()
        base_font: QFont = item.font
        left_middle = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter

        painter.save()
        painter.setClipRect(rect)
        # Line 1: the kind (smaller, muted) in a column of its own, then the heading in bold.
        kind_font = QFont(base_font)
        kind_font.setPointSizeF(base_font.pointSizeF() * 0.85)
        painter.setFont(kind_font)
        muted = (
            QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.PlaceholderText
        )
        painter.setPen(palette.color(muted))
        first_line = QRect(rect.left(), rect.top(), rect.width(), line)
        painter.drawText(first_line, left_middle, str(index.data(KIND_ROLE) or ""))
        kind_width = max(painter.fontMetrics().horizontalAdvance(kind_label(k)) for k in SEARCHED)
        heading_font = QFont(base_font)
        heading_font.setBold(True)
        painter.setFont(heading_font)
        painter.setPen(palette.color(text_role))
        heading_rect = first_line.adjusted(kind_width + self.KIND_GAP, 0, 0, 0)
        heading_text = painter.fontMetrics().elidedText(
            str(index.data(Qt.ItemDataRole.DisplayRole) or ""),
            Qt.TextElideMode.ElideRight,
            heading_rect.width(),
        )
        painter.drawText(heading_rect, left_middle, heading_text)

        # Line 2: the snippet as rich text on one line, elided to the width.
        snippet = self._fit(str(index.data(SNIPPET_ROLE) or ""), rect.width(), base_font)
        document = self.snippet_document(snippet, base_font)
        context = QAbstractTextDocumentLayout.PaintContext()
        context.palette.setColor(QPalette.ColorRole.Text, palette.color(text_role))
        painter.translate(rect.left(), rect.top() + line + self.LINE_GAP)
        context.clip = QRectF(0, 0, rect.width(), line + 2)
        painter.setClipRect(context.clip)
        document.documentLayout().draw(painter, context)
        painter.restore()

    def _fit(self, snippet: str, width: int, font: QFont) -> str:
        key = (snippet, width, font.key())
        fitted = self._fitted.get(key)
        if fitted is None:
            if len(self._fitted) >= self.CACHE_SIZE:
                self._fitted.clear()
            fitted = elide_snippet(
                snippet, lambda text: self.snippet_document(text, font).idealWidth() <= width
            )
            self._fitted[key] = fitted
        return fitted

    @staticmethod
    def snippet_document(snippet: str, font: QFont) -> QTextDocument:
        """The snippet laid out on one line; its HTML is built from escaped text only."""
        document = QTextDocument()
        document.setDefaultFont(font)
        document.setDocumentMargin(0)
        option = QTextOption()
        option.setWrapMode(QTextOption.WrapMode.NoWrap)
        document.setDefaultTextOption(option)
        document.setHtml(snippet_html(snippet))
        return document
