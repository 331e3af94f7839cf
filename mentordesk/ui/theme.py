"""Light and dark: follow the system unless the user chose one in Preferences."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication

from mentordesk.resources_path import resource_path

THEMES = {
    "system": Qt.ColorScheme.Unknown,
    "light": Qt.ColorScheme.Light,
    "dark": Qt.ColorScheme.Dark,
}


def apply_theme(choice: str) -> None:
    """Ask Qt for ``choice`` ("system", "light" or "dark").

    Where the platform cannot switch by itself (plain X11, no desktop theme), a
    palette of our own stands in, so the choice works everywhere.
    """
    wanted = THEMES.get(choice, Qt.ColorScheme.Unknown)
    hints = QGuiApplication.styleHints()
    hints.setColorScheme(wanted)
    app = QApplication.instance()
    if not isinstance(app, QApplication):
        return
    if wanted == Qt.ColorScheme.Dark and hints.colorScheme() != Qt.ColorScheme.Dark:
        app.setPalette(readable(dark_palette()))
        # Fusion outlines unticked boxes with a shade darker than the window, which
        # vanishes on a dark background unless the platform itself is dark.
        check = resource_path("icons/check-light-on-dark.svg")
        app.setStyleSheet(DARK_INDICATORS.replace("CHECK", check.as_posix()))
    else:
        # The style's own palette follows the platform's (light or dark) scheme.
        app.setStyleSheet("")
        app.setPalette(readable(app.style().standardPalette()))


DARK_INDICATORS = """
QCheckBox::indicator, QAbstractItemView::indicator {
    width: 12px; height: 12px; border: 1px solid #8c8f94; border-radius: 2px;
    background: #1e1f22;
}
QCheckBox::indicator:checked, QAbstractItemView::indicator:checked {
    background: #2f65ca; border-color: #6ea8fe; image: url("CHECK");
}
QPushButton:checked {
    background: #2f65ca; color: #ffffff; border: 1px solid #6ea8fe; border-radius: 3px;
    padding: 4px 10px;
}
"""


def dark_palette() -> QPalette:
    """A calm dark palette with enough contrast for long reading and typing."""
    palette = QPalette()
    roles = QPalette.ColorRole
    colours = {
        roles.Window: "#2b2d30",
        roles.WindowText: "#e6e6e6",
        roles.Base: "#1e1f22",
        roles.AlternateBase: "#26282b",
        roles.ToolTipBase: "#3c3f41",
        roles.ToolTipText: "#e6e6e6",
        roles.PlaceholderText: "#8c8f94",
        roles.Text: "#e6e6e6",
        roles.Button: "#3c3f41",
        roles.ButtonText: "#e6e6e6",
        roles.BrightText: "#ffffff",
        roles.Light: "#4a4d50",
        roles.Midlight: "#3f4245",
        roles.Mid: "#313335",
        roles.Dark: "#1a1b1d",
        roles.Shadow: "#000000",
        roles.Highlight: "#2f65ca",
        roles.HighlightedText: "#ffffff",
        roles.Link: "#6ea8fe",
        roles.LinkVisited: "#b39ddb",
    }
    for role, colour in colours.items():
        palette.setColor(role, QColor(colour))
    disabled = QPalette.ColorGroup.Disabled
    for role in (roles.WindowText, roles.Text, roles.ButtonText):
        palette.setColor(disabled, role, QColor("#7a7d80"))
    return palette


def is_dark(palette: QPalette) -> bool:
    return palette.color(QPalette.ColorRole.Window).lightness() < 128


def error_colour(palette: QPalette) -> QColor:
    """A red that reads well on the current background."""
    return QColor("#ffb4ab") if is_dark(palette) else QColor("#b3261e")


def contrast(first: QColor, second: QColor) -> float:
    """WCAG contrast ratio of two colours (1 to 21; text wants at least 4.5)."""

    def luminance(colour: QColor) -> float:
        def channel(value: float) -> float:
            return value / 12.92 if value <= 0.03928 else ((value + 0.055) / 1.055) ** 2.4

        return (
            0.2126 * channel(colour.redF())
            + 0.7152 * channel(colour.greenF())
            + 0.0722 * channel(colour.blueF())
        )

    light, dark = sorted((luminance(first), luminance(second)), reverse=True)
    return (light + 0.05) / (dark + 0.05)


def readable(palette: QPalette) -> QPalette:
    """``palette`` with text that reads at 4.5:1 or better where it would not: Fusion's
    light palette draws selected rows white on a mid blue (3.5:1) and placeholders
    in half-transparent black (3.9:1); the dark one's placeholder is 4.3:1 on the
    window. Colours that already read well stay as the platform made them."""
    roles = QPalette.ColorRole
    fixed = QPalette(palette)
    placeholder = fixed.color(roles.PlaceholderText)
    backgrounds = [fixed.color(r) for r in (roles.Window, roles.Base, roles.AlternateBase)]
    unreadable = placeholder.alpha() < 255 or any(
        contrast(placeholder, b) < 4.5 for b in backgrounds
    )
    muted = muted_colour(fixed)
    for group in (QPalette.ColorGroup.Active, QPalette.ColorGroup.Inactive):  # not Disabled
        # Each group's selection with its own text, both set: a role left unset is
        # filled from the system's palette, and Windows pairs its inactive selection
        # (a list without focus) with black text, which read black on navy here.
        highlight = fixed.color(group, roles.Highlight)
        chosen = fixed.color(group, roles.HighlightedText)
        step = 0
        while contrast(highlight, chosen) < 4.5 and step < 20:
            # Darker behind light text, lighter behind dark text.
            light_text = chosen.lightness() > 127
            highlight = highlight.darker(110) if light_text else highlight.lighter(110)
            step += 1
        fixed.setColor(group, roles.Highlight, highlight)
        fixed.setColor(group, roles.HighlightedText, chosen)
        if unreadable:
            fixed.setColor(group, roles.PlaceholderText, muted)
    return fixed


def muted_colour(palette: QPalette) -> QColor:
    """Secondary text: between the text and the background, yet readable on both
    the window and a list's background (4.5:1 or better)."""
    text = palette.color(QPalette.ColorRole.WindowText)
    backgrounds = [
        palette.color(QPalette.ColorRole.Window),
        palette.color(QPalette.ColorRole.Base),
        palette.color(QPalette.ColorRole.AlternateBase),
    ]
    for share in (0.45, 0.4, 0.35, 0.3, 0.25, 0.2, 0.15, 0.1, 0.0):
        # ``share`` of the window's colour mixed into the text's.
        window = backgrounds[0]
        colour = QColor.fromRgbF(
            text.redF() * (1 - share) + window.redF() * share,
            text.greenF() * (1 - share) + window.greenF() * share,
            text.blueF() * (1 - share) + window.blueF() * share,
        )
        if all(contrast(colour, back) >= 4.5 for back in backgrounds):
            return colour
    return text
