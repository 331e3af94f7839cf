"""A dialog's form whose fields show their problems right under them, in words, until
the field is edited (``record_editor`` holds the rules)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QComboBox,
    QFormLayout,
    QLabel,
    QLayout,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from mentordesk.ui.widgets.record_editor import clear_when_edited, error_label, show_error


class ErrorForm(QFormLayout):
    """Rows of label, field and (hidden until needed) error line; ``show_errors``."""

    def __init__(self) -> None:
        super().__init__()
        self.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.errors: dict[str, QLabel] = {}
        self.fields: dict[str, QWidget] = {}

    def add_field(self, label: str, field: QWidget | QLayout, buddy: QWidget, key: str) -> None:
        title = QLabel(label)
        title.setBuddy(buddy)
        error = error_label(f"{key}Error")
        # The warning takes the whole field column, not the width of a narrow field
        # (a combo's), where its second line was cut; the field keeps its own width.
        error.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        clear_when_edited(error, buddy)
        self.errors[key] = error
        self.fields[key] = buddy
        column = QVBoxLayout()
        column.setSpacing(2)
        if isinstance(field, QWidget):
            narrow = isinstance(field, QComboBox | QAbstractSpinBox)  # keep their own width
            grows = field.sizePolicy().expandingDirections() & Qt.Orientation.Horizontal
            left = narrow and not grows
            column.addWidget(field, 0, Qt.AlignmentFlag.AlignLeft if left else Qt.AlignmentFlag(0))
        else:
            column.addLayout(field)
        column.addWidget(error)
        self.addRow(title, column)

    def show_errors(self, errors: dict[str, str]) -> None:
        """Show ``errors`` (field key to message) under their fields; the first gets focus."""
        first: QWidget | None = None
        for key, label in self.errors.items():
            message = errors.get(key, "")
            show_error(label, self.fields[key], message)
            if message and first is None:
                first = self.fields[key]
        if first is not None:
            first.setFocus(Qt.FocusReason.OtherFocusReason)
