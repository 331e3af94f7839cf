"""The question asked when a meeting window closes while its notes are not saved."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget


def ask_unsaved(parent: QWidget, reason: str) -> str:
    """Closing with unsaved notes: "retry", "copy" (to the clipboard, then close) or "keep"."""
    box = QMessageBox(parent)
    box.setObjectName("unsavedNotesBox")
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(QCoreApplication.translate("MeetingModeWindow", "Notes not saved"))
    box.setText(
        QCoreApplication.translate(
            "MeetingModeWindow", "Your latest notes are not saved: {reason}."
        ).format(reason=reason)
    )
    box.setInformativeText(
        QCoreApplication.translate(
            "MeetingModeWindow",
            "They are still in the window. Try again, or copy them to the clipboard "
            "before closing.",
        )
    )
    retry = box.addButton(
        QCoreApplication.translate("MeetingModeWindow", "Try again"),
        QMessageBox.ButtonRole.AcceptRole,
    )
    retry.setObjectName("retryButton")
    copy = box.addButton(
        QCoreApplication.translate("MeetingModeWindow", "Copy notes to clipboard and close"),
        QMessageBox.ButtonRole.DestructiveRole,
    )
    copy.setObjectName("copyAndCloseButton")
    keep = box.addButton(
        QCoreApplication.translate("MeetingModeWindow", "Keep open"),
        QMessageBox.ButtonRole.RejectRole,
    )
    keep.setObjectName("keepOpenButton")
    for button in (retry, copy, keep):
        button.setAccessibleName(button.text())
    box.setDefaultButton(retry)
    box.setEscapeButton(keep)
    box.exec()
    clicked = box.clickedButton()
    return "retry" if clicked is retry else "copy" if clicked is copy else "keep"
