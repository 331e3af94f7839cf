"""Text a person cannot read whole: a label narrower or shorter than its text (a long
word running into the window's edge, a wrapped paragraph cut at the bottom), a button
narrower than its caption. Measured with the widget's own font, at its size now."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import Qt as GuiQt
from PySide6.QtGui import QTextDocument
from PySide6.QtWidgets import QAbstractButton, QLabel, QWidget

TOLERANCE = 2  # pixels: QLabel and QTextDocument round a little differently


def _is_rich(label: QLabel) -> bool:
    """Whether ``label`` draws its text as rich text (HTML)."""
    return label.textFormat() == Qt.TextFormat.RichText or (
        label.textFormat() == Qt.TextFormat.AutoText and GuiQt.mightBeRichText(label.text())
    )


def _needs(label: QLabel, width: int) -> tuple[float, float]:
    """(width, height) ``label``'s text takes at ``width`` (a long word stays whole)."""
    document = QTextDocument()
    document.setDefaultFont(label.font())
    document.setDocumentMargin(0)
    rich = _is_rich(label)
    text = label.text()
    if label.buddy() is not None:  # "&Name" shows as "Name", its N underlined
        text = text.replace("&&", "\0").replace("&", "").replace("\0", "&")
    if rich:
        document.setHtml(text)
    else:
        document.setPlainText(text)
    document.setTextWidth(width if label.wordWrap() else -1)
    return document.idealWidth(), document.size().height()


def _shown(widget: QWidget, root: QWidget) -> bool:
    return widget.isVisibleTo(root) and widget.isVisible() and widget.width() > 0


def cut_texts(root: QWidget) -> list[str]:
    problems = []
    for label in root.findChildren(QLabel):
        if not _shown(label, root) or not label.text().strip():
            continue
        if label.pixmap() is not None and not label.pixmap().isNull():
            continue
        margin = label.margin()
        room = label.contentsRect().adjusted(margin, margin, -margin, -margin)
        width, height = _needs(label, room.width())
        what = f"label {label.objectName()!r} {label.text()[:50]!r}"
        if width > room.width() + TOLERANCE:
            problems.append(f"{what} needs {width:.0f} px wide, has {room.width()}")
        elif label.wordWrap() and height > room.height() + TOLERANCE:
            problems.append(f"{what} needs {height:.0f} px high, has {room.height()}")
    for button in root.findChildren(QAbstractButton):
        if not _shown(button, root) or not button.text().strip():
            continue
        if button.sizeHint().width() > button.width() + TOLERANCE:
            problems.append(
                f"button {button.objectName()!r} {button.text()!r} needs "
                f"{button.sizeHint().width()} px, has {button.width()}"
            )
    return problems


def literal_ampersands(root: QWidget) -> list[str]:
    """Labels (on any tab or page, shown or not) that would show a mnemonic's "&" as
    a character: a label draws "&Name" as "Name" with N underlined only when it has a
    buddy (a form row whose field is a layout has none)."""
    problems = []
    for label in root.findChildren(QLabel):
        text = label.text().replace("&&", "")
        if "&" in text and not _is_rich(label) and label.buddy() is None:
            problems.append(f"label {label.objectName()!r} shows {label.text()!r} with its '&'")
    return problems
