"""The meeting windows open now, asked without loading meeting mode when none ever was
(the main window asks at every quit; the keyboard registry when it lists actions)."""

from __future__ import annotations

import sys

from PySide6.QtWidgets import QMainWindow


def open_windows() -> list[QMainWindow]:
    """Every meeting window open now."""
    if "mentordesk.ui.meeting_mode.window" not in sys.modules:
        return []
    from mentordesk.ui.meeting_mode.window import open_meeting_windows

    return list(open_meeting_windows())
