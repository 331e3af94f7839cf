"""Small parts most screens are built of, named for tests and screen readers."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QPushButton, QWidget


def named_button(name: str, text: str, tip: str = "") -> QPushButton:
    """A button with object name ``name``, heard as its text (without the mnemonic's
    "&" or a trailing "…"), with ``tip`` as its tooltip if given."""
    button = QPushButton(text)
    button.setObjectName(name)
    button.setAccessibleName(text.replace("&", "").rstrip("…"))
    if tip:
        button.setToolTip(tip)
    return button


def heading(text: str, name: str = "", scale: float = 1.0) -> QLabel:
    """A bold label over a part of a screen (object name ``name`` if given), its
    font ``scale`` times the usual size."""
    label = QLabel(text)
    if name:
        label.setObjectName(name)
    font = label.font()
    font.setBold(True)
    if scale != 1.0:
        font.setPointSizeF(font.pointSizeF() * scale)
    label.setFont(font)
    return label


def buddy_label(text: str, buddy: QWidget) -> QLabel:
    """A form row's label for a field laid out with others (a row given a layout makes
    a label with no buddy, which shows "&Folder" with its "&"): the "&" marks the key
    that takes the focus to ``buddy``."""
    label = QLabel(text)
    label.setBuddy(buddy)
    return label
