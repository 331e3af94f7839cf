"""Start at login, minimized (``mentordesk/autostart.py``), offered once: right after the
first meeting is planned, when a reminder of it is worth something. Preferences switch
it afterwards. Off unless the person says yes."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from mentordesk import autostart
from mentordesk.config import Paths
from mentordesk.ui import messages
from mentordesk.ui import settings as setting
from mentordesk.ui.settings import Settings


def switch(paths: Paths, on: bool) -> str:
    """Start at login (on ``paths``' data folder) or not; "" when done, else why not."""
    try:
        if on:
            autostart.enable(autostart.launch_command(paths.data_dir))
        else:
            autostart.disable()
    except OSError as error:
        return str(error.strerror or error)
    return ""


def offer_once(settings: Settings, paths: Paths, parent: QWidget | None) -> bool:
    """Ask, the first time only, whether MentorDesk should start at login; True if it will."""
    if settings.get(setting.LOGIN_START_ASKED) or autostart.is_enabled():
        return False
    settings.set(setting.LOGIN_START_ASKED, True)
    settings.sync()
    title = QCoreApplication.translate("login_start", "Reminders when MentorDesk is closed")
    if not messages.confirm(
        parent,
        title,
        QCoreApplication.translate(
            "login_start",
            "Start MentorDesk minimized when you log in, so it can remind you 15 minutes "
            "before this meeting and when a mentor is due?",
        ),
        QCoreApplication.translate("login_start", "Start at Login"),
        detail=QCoreApplication.translate(
            "login_start", "You can change this at any time in Edit ▸ Preferences."
        ),
        name="loginStartBox",
        yes_name="startAtLoginButton",
    ):
        return False
    problem = switch(paths, True)
    if problem:
        messages.tell(
            parent,
            title,
            QCoreApplication.translate(
                "login_start", "MentorDesk could not be added to your login: {reason}."
            ).format(reason=problem),
            name="loginStartProblemBox",
        )
        return False
    return True
