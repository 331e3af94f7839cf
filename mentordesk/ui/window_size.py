"""Windows that open within the screen they open on."""

from __future__ import annotations

from PySide6.QtCore import QSize
from PySide6.QtWidgets import QWidget

# What a title bar and a desktop's panel take, beyond a window's own size.
FRAME_ROOM = QSize(24, 48)


def fit_on_screen(window: QWidget, preferred: QSize) -> None:
    """Give ``window`` its ``preferred`` size where there is room, else the room there
    is (a 1366×768 laptop), never less than it needs; centred on its screen."""
    screen = window.screen().availableGeometry()
    least = window.minimumSizeHint()
    window.resize(
        max(least.width(), min(preferred.width(), screen.width() - FRAME_ROOM.width())),
        max(least.height(), min(preferred.height(), screen.height() - FRAME_ROOM.height())),
    )
    window.move(screen.center() - window.rect().center())
