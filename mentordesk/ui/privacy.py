"""How a private item looks on screen (issue 20, item 4): a lock before its words,
and gone while presenting (``AppContext.presenting``). What may leave the app is
decided in ``services/private.py``, never here."""

from __future__ import annotations

import functools
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QFont, QFontDatabase, QFontMetrics

if TYPE_CHECKING:
    from PySide6.QtGui import QIcon

LOCK = "🔒"
PRIVATE_KEYS = "Ctrl+Alt+L"  # mark the selected item private (or not), where offered


@functools.cache
def _lock_shows() -> bool:
    """Whether a font here draws the lock emoji (Segoe UI Emoji, Apple Color Emoji,
    Noto Color Emoji, Symbola…): without one it is an empty box."""
    for family in QFontDatabase.families():
        named = any(word in family.lower() for word in ("emoji", "symbol"))
        if named and QFontMetrics(QFont(family)).inFontUcs4(ord(LOCK)):
            return True
    return False


def lock_mark() -> str:
    """The private items' mark: the lock, or a word where no font can draw it."""
    if _lock_shows():
        return LOCK
    return QCoreApplication.translate("privacy", "[Private]")


def marked(text: str, private: bool) -> str:
    """``text`` with the lock when private."""
    return f"{lock_mark()} {text}" if private else text


def private_switch_text() -> str:
    return QCoreApplication.translate("privacy", "Private (Never Copied or Sent)")


def private_point_text() -> str:
    return QCoreApplication.translate("privacy", "Private: never in anything copied or sent")


def lock_icon(size: int = 16) -> QIcon:
    """The lock as an icon, for lists whose text is edited in place."""
    # Imported here: painting is not needed before the window first paints.
    from PySide6.QtCore import QRectF, Qt
    from PySide6.QtGui import QGuiApplication, QIcon, QPainter, QPalette, QPen, QPixmap

    pixmap = QPixmap(size, size)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    try:
        if _lock_shows():
            painter.drawText(pixmap.rect(), Qt.AlignmentFlag.AlignCenter, LOCK)
        else:  # no font draws the emoji: a padlock drawn in the text's colour
            colour = QGuiApplication.palette().color(QPalette.ColorRole.Text)
            painter.setRenderHint(QPainter.RenderHint.Antialiasing)
            painter.setPen(QPen(colour, max(1.0, size / 10)))
            painter.drawArc(QRectF(size * 0.3, size * 0.1, size * 0.4, size * 0.5), 0, 180 * 16)
            painter.fillRect(QRectF(size * 0.2, size * 0.4, size * 0.6, size * 0.5), colour)
    finally:
        painter.end()
    return QIcon(pixmap)
