"""Colours of our own that stay right when the theme changes while the app runs.

A label in a tone (an error's red, secondary grey) is re-coloured from the new
palette, instead of keeping the old theme's colour; anything else drawn in colours
worked out from the palette (a row's rich text, a chart) says how to redo it with
``follow_palette``.
"""

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

W = TypeVar("W", bound=QWidget)


class _PaletteFollower(QObject):
    """Calls ``apply(widget)`` now and whenever the widget's palette changes.

    A new application palette reaches a widget as a PaletteChange (only windows get
    ApplicationPaletteChange), and so does a style sheet being set or removed, which
    puts back the palette the widget had when it was polished: the colour is worked
    out again from the application's palette each time. Setting it changes the
    palette once more, which then finds nothing to do.
    """

    def __init__(self, widget: QWidget, apply: Callable[[QWidget], None], name: str) -> None:
        super().__init__(widget)
        self.setObjectName(name)
        self._widget = widget
        self._applying = False
        self.apply_to = apply
        self.apply()
        widget.installEventFilter(self)

    def apply(self) -> None:
        if self._applying:
            return
        self._applying = True
        try:
            self.apply_to(self._widget)
        finally:
            self._applying = False

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self._widget and event.type() in (
            QEvent.Type.PaletteChange,
            QEvent.Type.ApplicationPaletteChange,
            QEvent.Type.StyleChange,
        ):
            self.apply()
        return False


def follow_palette(widget: W, apply: Callable[[W], None]) -> W:
    """Run ``apply(widget)`` now and again after every theme change (one per widget:
    a second call replaces the first)."""
    follower = widget.findChild(_PaletteFollower, "paletteFollower")
    if isinstance(follower, _PaletteFollower):
        follower.apply_to = apply  # type: ignore[assignment]
        follower.apply()
    else:
        _PaletteFollower(widget, apply, "paletteFollower")  # type: ignore[arg-type]
    return widget


def _toned(name: str) -> Callable[[QWidget], None]:
    def apply(widget: QWidget) -> None:
        colour = TONES[name](QApplication.palette(widget))
        palette = widget.palette()
        if palette.color(widget.foregroundRole()) != colour:
            palette.setColor(widget.foregroundRole(), colour)
            widget.setPalette(palette)

    return apply


def tone(widget: W, name: str) -> W:
    """Give ``widget`` the ``name`` tone ("error" or "muted"), kept across theme changes."""
    keeper = widget.findChild(_PaletteFollower, "toneKeeper")
    if isinstance(keeper, _PaletteFollower):
        keeper.apply_to = _toned(name)
        keeper.apply()
    else:
        _PaletteFollower(widget, _toned(name), "toneKeeper")
    return widget
