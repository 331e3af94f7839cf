"""Screen readers and tests both find controls by name: every control in every area has one."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QComboBox,
    QLineEdit,
    QPlainTextEdit,
    QTextEdit,
    QWidget,
)

from mentordesk.db.database import Database
from mentordesk.services import meeting_queries
from mentordesk.ui.main_window import MainWindow

INTERACTIVE = (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QComboBox,
    QLineEdit,
    QPlainTextEdit,
    QTextEdit,
)


def _part_of_a_qt_control(widget: QWidget) -> bool:
    """Qt's own parts of a compound control (a combo box's popup list, a line edit's
    clear button, a spin box's text, the menu bar's overflow button) are named
    through their owner."""
    if widget.objectName().startswith("qt_") or type(widget).__name__ == "QTabBar":
        return True
    owner = widget.parentWidget()
    while owner is not None:
        if isinstance(owner, QAbstractSpinBox | QComboBox | QAbstractItemView | QLineEdit):
            return True
        owner = owner.parentWidget()
    return False


def unnamed_controls(root: QWidget) -> list[str]:
    missing = []
    for widget in root.findChildren(QWidget):
        if not isinstance(widget, INTERACTIVE):
            continue
        if _part_of_a_qt_control(widget):
            continue
        if not widget.objectName() or not widget.accessibleName():
            text = widget.text() if isinstance(widget, QAbstractButton) else ""
            missing.append(f"{type(widget).__name__} {widget.objectName()!r} {text!r}")
    return missing


def test_every_control_in_every_area_and_in_meeting_mode_has_a_name(
    window: MainWindow, database: Database
) -> None:
    window.load_sample_data()
    for key in window.area_keys():
        window.open_area(key)
    assert unnamed_controls(window) == []

    with database.session() as session:
        meeting_id = meeting_queries.meeting_rows(session)[0].id
    meeting_window = window.open_meeting_mode(meeting_id)
    assert meeting_window is not None
    try:
        assert unnamed_controls(meeting_window) == []
    finally:
        meeting_window.close()
