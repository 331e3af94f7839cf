"""A dialog's OK and Cancel, with OK saying what it does ("Promote", "Mark done"), and
both named for tests and screen readers."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialog, QDialogButtonBox


def ok_cancel(
    dialog: QDialog,
    ok_text: str,
    ok_name: str,
    cancel_name: str = "",
    accept: QDialogButtonBox.StandardButton = QDialogButtonBox.StandardButton.Ok,
) -> QDialogButtonBox:
    """OK (or ``accept``, such as Save; as ``ok_text``, object name ``ok_name``)
    accepts ``dialog``; Cancel (named ``cancel_name``, else ``ok_name`` + "Cancel")
    rejects it. ``buttons.button(accept)`` is the OK button."""
    buttons = QDialogButtonBox(accept | QDialogButtonBox.StandardButton.Cancel)
    ok = buttons.button(accept)
    cancel = buttons.button(QDialogButtonBox.StandardButton.Cancel)
    assert ok is not None and cancel is not None
    ok.setText(ok_text)
    ok.setObjectName(ok_name)
    ok.setAccessibleName(ok_text)
    cancel.setObjectName(cancel_name or f"{ok_name}Cancel")
    cancel.setAccessibleName(QCoreApplication.translate("dialog_buttons", "Cancel"))
    buttons.accepted.connect(dialog.accept)
    buttons.rejected.connect(dialog.reject)
    return buttons
