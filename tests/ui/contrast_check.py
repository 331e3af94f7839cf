"""How readable the text on a screen is: the WCAG contrast of every text colour in use
against the background it is drawn on, from the palette roles and from the colours
the app sets itself (a label's tone, a row's inline colour, a table cell's
foreground, a highlighter's format). Text needs 4.5:1; disabled controls are exempt.
"""

from __future__ import annotations

import re

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QBrush, QColor, QPalette, QTextDocument
from PySide6.QtWidgets import (
    QAbstractItemView,
    QLabel,
    QPlainTextEdit,
    QTableView,
    QTextEdit,
    QWidget,
)

from mentordesk.ui.theme import contrast

MINIMUM = 4.5
Role = QPalette.ColorRole
INLINE_COLOUR = re.compile(r"(?<![-\w])color\s*:\s*(#[0-9a-fA-F]{6}|[a-z]+)")

# Text roles of the palette, each with the backgrounds it is drawn on.
PAIRS = (
    (Role.WindowText, (Role.Window,)),
    (Role.Text, (Role.Base, Role.AlternateBase)),
    (Role.ButtonText, (Role.Button,)),
    (Role.HighlightedText, (Role.Highlight,)),
    (Role.PlaceholderText, (Role.Base, Role.AlternateBase, Role.Window)),
    (Role.Link, (Role.Base, Role.Window)),
    (Role.ToolTipText, (Role.ToolTipBase,)),
)


def solid(colour: QColor, background: QColor) -> QColor:
    """``colour`` as it shows on ``background`` (a translucent colour is blended)."""
    alpha = colour.alphaF()
    if alpha >= 1:
        return colour
    return QColor.fromRgbF(
        colour.redF() * alpha + background.redF() * (1 - alpha),
        colour.greenF() * alpha + background.greenF() * (1 - alpha),
        colour.blueF() * alpha + background.blueF() * (1 - alpha),
    )


def _check(what: str, text: QColor, background: QColor, found: list[str]) -> None:
    ratio = contrast(solid(text, background), background)
    if ratio < MINIMUM:
        found.append(f"{what}: {text.name()} on {background.name()} is {ratio:.1f}:1")


def palette_problems(palette: QPalette) -> list[str]:
    found: list[str] = []
    for text, backgrounds in PAIRS:
        for background in backgrounds:
            _check(
                f"palette {text.name} on {background.name}",
                palette.color(text),
                palette.color(background),
                found,
            )
    return found


def background_of(widget: QWidget) -> QColor:
    """The colour painted behind ``widget``: its own, or the nearest ancestor's that
    fills its background (a window always does)."""
    current: QWidget | None = widget
    while current is not None:
        role = current.backgroundRole()
        if (current.autoFillBackground() or current.isWindow()) and role != Role.NoRole:
            return current.palette().color(role)
        current = current.parentWidget()
    return widget.palette().color(Role.Window)


def _name(widget: QWidget) -> str:
    return f"{type(widget).__name__} {widget.objectName()!r}"


def _label_problems(label: QLabel, found: list[str]) -> None:
    if label.pixmap() is not None and not label.pixmap().isNull():
        return
    background = background_of(label)
    text = label.text()
    what = f"{_name(label)} {text[:40]!r}"
    _check(what, label.palette().color(label.foregroundRole()), background, found)
    if label.textFormat() != Qt.TextFormat.PlainText:
        for colour in INLINE_COLOUR.findall(text):
            _check(f"{what} (inline)", QColor(colour), background, found)


def _colour(value: object) -> QColor | None:
    """A ForegroundRole or BackgroundRole value (a colour or a brush) as a colour."""
    if isinstance(value, QBrush):
        return value.color()
    if isinstance(value, QColor | Qt.GlobalColor | str):
        return QColor(value)
    return None


def _view_problems(view: QAbstractItemView, found: list[str]) -> None:
    model = view.model()
    if model is None:
        return
    palette = view.palette()
    selection = view.selectionModel()
    columns = view.horizontalHeader().count() if isinstance(view, QTableView) else 1
    for row in range(min(model.rowCount(QModelIndex()), 60)):
        for column in range(columns):
            index = model.index(row, column, QModelIndex())
            if not str(index.data() or "").strip():
                continue
            what = f"{_name(view)} row {row} column {column} {str(index.data())[:30]!r}"
            if selection is not None and selection.isSelected(index):
                text = palette.color(Role.HighlightedText)
                backgrounds = [palette.color(Role.Highlight)]
            else:
                given = _colour(index.data(Qt.ItemDataRole.ForegroundRole))
                text = given or palette.color(Role.Text)
                fill = _colour(index.data(Qt.ItemDataRole.BackgroundRole))
                backgrounds = (
                    [fill]
                    if fill
                    else [palette.color(Role.Base), palette.color(Role.AlternateBase)]
                )
            for background in backgrounds:
                _check(what, text, background, found)


def _document_problems(
    widget: QWidget, document: QTextDocument, background: QColor, found: list[str]
) -> None:
    default = widget.palette().color(Role.Text)
    block = document.begin()
    while block.isValid():
        layout = block.layout()
        ranges = list(layout.formats()) if layout is not None else []
        for format_range in ranges:
            if format_range.format.hasProperty(format_range.format.Property.ForegroundBrush):
                colour = format_range.format.foreground().color()
                _check(
                    f"{_name(widget)} highlighted {block.text()[:30]!r}", colour, background, found
                )
        fragments = block.begin()
        while not fragments.atEnd():
            fragment = fragments.fragment()
            if fragment.isValid() and fragment.text().strip():
                char = fragment.charFormat()
                colour = (
                    char.foreground().color()
                    if char.hasProperty(char.Property.ForegroundBrush)
                    else default
                )
                behind = (
                    char.background().color()
                    if char.hasProperty(char.Property.BackgroundBrush)
                    else background
                )
                _check(f"{_name(widget)} text {fragment.text()[:30]!r}", colour, behind, found)
            fragments += 1
        block = block.next()


def contrast_problems(root: QWidget) -> list[str]:
    """Every text under ``root`` that is shown (a disabled control is exempt; a label
    is never "disabled" for a person reading it) and reads below 4.5:1."""
    found: list[str] = []
    for widget in [root, *root.findChildren(QWidget)]:
        if not widget.isVisible() or (not widget.isEnabled() and not isinstance(widget, QLabel)):
            continue
        if isinstance(widget, QLabel) and widget.text():
            _label_problems(widget, found)
        elif isinstance(widget, QAbstractItemView):
            _view_problems(widget, found)
        elif isinstance(widget, QTextEdit | QPlainTextEdit):
            base = widget.palette().color(Role.Base)
            _document_problems(widget, widget.document(), base, found)
    return found
