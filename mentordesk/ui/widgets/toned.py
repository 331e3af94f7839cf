"""Labels in a tone of their own (an error's red, secondary grey) that stay readable
when the theme changes while the app runs: the tone is worked out again from the new
palette, instead of keeping the old theme's colour."""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar

from PySide6.QtCore import QEvent, QObject
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication, QWidget

from mentordesk.ui.theme import error_colour, muted_colour

TONES: dict[str, Callable[[QPalette], QColor]] = {
    "error": error_colour,
    "muted": muted_colour,
}


class _ToneKeeper(QObject):
    """Re-colours its widget whenever the application's palette changes."""

    def __init__(self, widget: QWidget, tone: str) -> None:
        super().__init__(widget)
        self.setObjectName("toneKeeper")
        self._widget = widget
        self.tone = tone
        self.apply()
        widget.installEventFilter(self)

    def apply(self) -> None:
        widget = self._widget
        base = QApplication.palette(widget)
        colour = TONES[self.tone](base)
        palette = widget.palette()
        if palette.color(widget.foregroundRole()) != colour:
            palette.setColor(widget.foregroundRole(), colour)
            widget.setPalette(palette)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self._widget and event.type() in (
            QEvent.Type.ApplicationPaletteChange,
            QEvent.Type.StyleChange,
        ):
            self.apply()
        return False


W = TypeVar("W", bound=QWidget)


def tone(widget: W, name: str) -> W:
    """Give ``widget`` the ``name`` tone ("error" or "muted"), kept across theme changes."""
    keeper = widget.findChild(_ToneKeeper, "toneKeeper")
    if isinstance(keeper, _ToneKeeper):
        keeper.tone = name
        keeper.apply()
    else:
        _ToneKeeper(widget, name)
    return widget
