"""Light and dark: follow the system unless the user chose one in Preferences."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QGuiApplication, QPalette

THEMES = {
    "system": Qt.ColorScheme.Unknown,
    "light": Qt.ColorScheme.Light,
    "dark": Qt.ColorScheme.Dark,
}


def apply_theme(choice: str) -> None:
    """Ask Qt for ``choice`` ("system", "light" or "dark")."""
    QGuiApplication.styleHints().setColorScheme(THEMES.get(choice, Qt.ColorScheme.Unknown))


def is_dark(palette: QPalette) -> bool:
    return palette.color(QPalette.ColorRole.Window).lightness() < 128


def error_colour(palette: QPalette) -> QColor:
    """A red that reads well on the current background."""
    return QColor("#ffb4ab") if is_dark(palette) else QColor("#b3261e")


def muted_colour(palette: QPalette) -> QColor:
    """Secondary text: the palette's own placeholder colour."""
    return palette.color(QPalette.ColorRole.PlaceholderText)
