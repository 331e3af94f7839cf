"""Every text field of one line gets a clear button (ⓧ, shown once it holds text), the
same in every form and dialog: some fields had it and most did not. The application's
one event filter (``ui/shell/app_filter.py``) gives it when a field is first shown
(polished); fields inside a date, a number or a choice, and read-only ones, are left
as they are."""

from __future__ import annotations

from PySide6.QtWidgets import QAbstractSpinBox, QComboBox, QLineEdit


def give_clear_button(field: QLineEdit) -> None:
    """Give ``field`` its clear button, unless it is part of another control or read-only."""
    owner = field.parentWidget()
    part = isinstance(owner, QAbstractSpinBox | QComboBox)
    if not part and not field.isReadOnly() and not field.isClearButtonEnabled():
        field.setClearButtonEnabled(True)
