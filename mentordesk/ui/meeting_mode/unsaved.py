"""The question asked when a meeting window closes while its notes are not saved."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from mentordesk.ui.messages import Choice, ask


def ask_unsaved(parent: QWidget, reason: str) -> str:
    """Closing with unsaved notes: "retry", "copy" (to the clipboard, then close) or "keep"."""
    return ask(
        parent,
        QCoreApplication.translate("MeetingModeWindow", "Notes not saved"),
        QCoreApplication.translate(
            "MeetingModeWindow", "Your latest notes are not saved: {reason}."
        ).format(reason=reason),
        [
            Choice(
                "retry",
                QMessageBox.StandardButton.Retry,
                QCoreApplication.translate("MeetingModeWindow", "Try again"),
                "retryButton",
            ),
            Choice(
                "copy",
                QMessageBox.StandardButton.Discard,
                QCoreApplication.translate(
                    "MeetingModeWindow", "Copy notes to clipboard and close"
                ),
                "copyAndCloseButton",
            ),
            Choice(
                "keep",
                QMessageBox.StandardButton.Cancel,
                QCoreApplication.translate("MeetingModeWindow", "Keep open"),
                "keepOpenButton",
            ),
        ],
        detail=QCoreApplication.translate(
            "MeetingModeWindow",
            "They are still in the window. Try again, or copy them to the clipboard "
            "before closing.",
        ),
        name="unsavedNotesBox",
        icon=QMessageBox.Icon.Warning,
        default="retry",
    )
