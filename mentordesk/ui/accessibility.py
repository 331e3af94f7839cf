"""Names for what screen readers would otherwise announce as nothing, or as a value.

Qt builds some controls out of parts of its own that nobody names: the clear button
inside a line edit, the popup list of a combo box, a toolbar's "more" button. And on
Linux a combo box's accessible name is, by Qt's design, its current value ("External,
combo box"); what it is for reaches AT-SPI only through a label whose buddy it is.

``name_parts`` names these parts when a control is first shown (polished: the
application's one event filter, ``ui/shell/app_filter.py``, calls it), from the name
the code gave the control, so every ``setAccessibleName`` in the app is heard on
every platform.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtWidgets import QComboBox, QLabel, QLineEdit, QToolBar, QToolButton, QWidget
from shiboken6 import Shiboken

log = logging.getLogger(__name__)
LABEL_PREFIX = "accessibleLabel_"


def _plain(text: str) -> str:
    """A label's text as a name: no mnemonic ampersand, no trailing colon."""
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&").strip().rstrip(":")


def buddy_label(widget: QWidget) -> QLabel | None:
    """The label beside ``widget`` whose buddy it is (what AT-SPI calls "labelled by")."""
    parent = widget.parentWidget()
    if parent is None:
        return None
    for label in parent.findChildren(QLabel):
        # A dialog being built may list a label already gone (QInputDialog does).
        if not Shiboken.isValid(label):
            continue
        if label.parentWidget() is parent and label.buddy() is widget and label.text():
            return label
    return None


def field_name(widget: QWidget) -> str:
    """What ``widget`` is for, in words: its accessible name, else its label's text."""
    if widget.accessibleName():
        return widget.accessibleName()
    label = buddy_label(widget)
    return _plain(label.text()) if label is not None else ""


def name_combo(combo: QComboBox) -> None:
    """Label ``combo`` by its accessible name (Linux reads names of combo boxes from
    their labels only) and name its popup list."""
    name = field_name(combo)
    if combo.accessibleName() and buddy_label(combo) is None and combo.parentWidget():
        label = QLabel(combo.accessibleName(), combo.parentWidget())
        label.setObjectName(LABEL_PREFIX + combo.objectName())
        label.setBuddy(combo)
        label.hide()  # heard, not seen: the control's place on screen says it already
    view = combo.view()
    if view is not None and not view.accessibleName():
        view.setAccessibleName(
            QCoreApplication.translate("accessibility", "Choices for {field}").format(field=name)
            if name
            else QCoreApplication.translate("accessibility", "Choices")
        )


def name_clear_button(edit: QLineEdit) -> None:
    name = field_name(edit)
    for button in edit.findChildren(QToolButton):
        if button.parentWidget() is edit and not button.accessibleName():
            button.setAccessibleName(
                QCoreApplication.translate("accessibility", "Clear {field}").format(field=name)
                if name
                else QCoreApplication.translate("accessibility", "Clear")
            )


def name_toolbar_parts(toolbar: QToolBar) -> None:
    more = toolbar.findChild(QToolButton, "qt_toolbar_ext_button")
    if more is not None and not more.accessibleName():
        more.setAccessibleName(
            QCoreApplication.translate("accessibility", "More of {bar}").format(
                bar=toolbar.windowTitle()
            )
        )


def name_parts(widget: QObject) -> None:
    """Name Qt's own parts of ``widget`` (a line edit, a combo box, a toolbar)."""
    try:
        if isinstance(widget, QLineEdit):
            name_clear_button(widget)
        elif isinstance(widget, QComboBox):
            name_combo(widget)
        elif isinstance(widget, QToolBar):
            name_toolbar_parts(widget)
    except RuntimeError:
        # An error escaping an application-wide filter would stop the app; a part
        # left unnamed is the lesser harm.
        log.exception("Could not name the parts of %s", type(widget).__name__)
