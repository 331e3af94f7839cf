"""A problem shown right under its field, in words, until the field is edited: the
helpers the record editor (``record_editor``) and a dialog's ``ErrorForm`` share."""

from __future__ import annotations

from PySide6.QtCore import Qt, SignalInstance
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractSpinBox,
    QComboBox,
    QDateTimeEdit,
    QFormLayout,
    QLabel,
    QLayout,
    QLineEdit,
    QListWidget,
    QPlainTextEdit,
    QSizePolicy,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from mentordesk.ui.widgets.toned import tone


def edit_signal(widget: QWidget) -> SignalInstance | None:
    """The signal a person's edit of ``widget`` fires (None for a widget we do not know)."""
    if isinstance(widget, QLineEdit):
        return widget.textEdited
    if isinstance(widget, QPlainTextEdit):
        return widget.textChanged
    if isinstance(widget, QComboBox):
        return widget.editTextChanged if widget.isEditable() else widget.currentIndexChanged
    if isinstance(widget, QAbstractButton):
        return widget.toggled
    if isinstance(widget, QDateTimeEdit):
        return widget.dateTimeChanged
    if isinstance(widget, QSpinBox):
        return widget.valueChanged
    if isinstance(widget, QListWidget):
        return widget.itemChanged
    return None


def error_label(object_name: str) -> QLabel:
    """The line under a field that says what is wrong with it (hidden until then)."""
    label = QLabel()
    label.setObjectName(object_name)
    label.setWordWrap(True)
    tone(label, "error")
    label.hide()
    return label


def show_error(label: QLabel, field_widget: QWidget, message: str) -> None:
    label.setText(f"⚠ {message}" if message else "")
    label.setVisible(bool(message))
    tone(label, "error")
    field_widget.setAccessibleDescription(message)


def clear_when_edited(label: QLabel, field_widget: QWidget, *signals: SignalInstance) -> None:
    """Hide ``label``'s warning as soon as the person edits the field it is about."""

    def clear(*_args: object) -> None:
        if label.text():
            show_error(label, field_widget, "")

    for signal in signals or (edit_signal(field_widget),):
        if signal is not None:
            signal.connect(clear)


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
