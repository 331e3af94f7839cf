"""Windows that open within the screen they open on, at a size that suits it."""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QPoint, QSize, Qt
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
    centre_on_screen(window)


def centre_on_screen(window: QWidget) -> None:
    """Centre ``window`` with its title bar counted: the frame sits above the window's
    own top, so centring the bare window pushed its bottom (the status bar, where every
    message appears) below a 768-pixel screen."""
    screen = window.screen().availableGeometry()
    frame = QSize(window.width(), window.height() + FRAME_ROOM.height() // 2)
    window.move(
        QPoint(
            screen.left() + max(0, (screen.width() - frame.width()) // 2),
            screen.top() + max(0, (screen.height() - frame.height()) // 2),
        )
    )


def restore_geometry(window: QWidget, saved: object, default: QSize) -> None:
    """``window``'s last size and place (``saved``), if they still make sense on its
    screen; else ``default`` (or the screen's size, if smaller), centred.

    Qt shrinks a saved window that is larger than a smaller screen to a sliver
    (381x233 from 1200x780 on a 1024x600 screen), which was then saved again.
    """
    restored = isinstance(saved, QByteArray) and not saved.isEmpty()
    restored = restored and window.restoreGeometry(saved)  # type: ignore[arg-type]
    screen = window.screen().availableGeometry()
    usable = QSize(
        min(default.width(), screen.width() - FRAME_ROOM.width()),
        min(default.height(), screen.height() - FRAME_ROOM.height()),
    )
    big_enough = window.width() >= usable.width() // 2 and window.height() >= usable.height() // 2
    if restored and big_enough and screen.contains(window.frameGeometry()):
        return
    window.setWindowState(Qt.WindowState.WindowNoState)
    window.resize(usable)
    centre_on_screen(window)
