"""Start at login, minimized: asked once, after the first meeting is planned through File ▸
Plan Meeting; yes writes the autostart entry for this data folder; never asked again.
Preferences switch it; --minimized starts the real window minimized."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QDialog, QMessageBox
from pytestqt.qtbot import QtBot

from mentordesk import autostart
from mentordesk.config import Paths
from mentordesk.db.database import Database
from mentordesk.ui import settings as setting
from mentordesk.ui.meetings.plan_dialog import PlanMeetingDialog
from mentordesk.ui.settings import open_settings
from mentordesk.ui.shell.data_session import DataSession
from mentordesk.ui.shell.main_window import MainWindow
from mentordesk.ui.shell.preferences import PreferencesDialog
from tests.autostart_entry import exec_arguments
from tests.ui.conftest import DialogAnswerer
from tests.ui.helpers import add_people, save_preferences


@pytest.fixture
def not_asked(paths: Paths, _login_start_asked: None) -> None:
    settings = open_settings(paths)
    settings.set(setting.LOGIN_START_ASKED, False)


def plan_with(mentor: str) -> Callable[[QDialog], None]:
    def fill(dialog: QDialog) -> None:
        assert isinstance(dialog, PlanMeetingDialog)
        dialog.mentor.setCurrentIndex(dialog.mentor.findText(mentor))
        dialog.open_now.setChecked(False)
        dialog.accept()

    return fill


def test_asked_once_after_the_first_meeting_and_yes_starts_at_login(
    not_asked: None,
    window: MainWindow,
    database: Database,
    dialogs: DialogAnswerer,
    paths: Paths,
    _private_config_dir: Path,
) -> None:
    add_people(database, "Ada Lovelace")
    dialogs.answer(plan_with("Ada Lovelace"))
    dialogs.answer(QMessageBox.StandardButton.Yes)
    window.plan_meeting_action.trigger()
    assert dialogs.names == ["planMeetingDialog", "loginStartBox"]
    assert "Start MentorDesk minimized when you log in" in dialogs.texts[0]
    entry = _private_config_dir / "autostart" / "io.github.mentordesk.MentorDesk.desktop"
    command = autostart.registered()
    assert entry.is_file() and command is not None
    assert exec_arguments(command)[-3:] == ["--minimized", "--data-dir", str(paths.data_dir)]

    dialogs.answer(plan_with("Ada Lovelace"))
    window.plan_meeting_action.trigger()
    assert dialogs.names == ["planMeetingDialog", "loginStartBox", "planMeetingDialog"]


def test_no_leaves_the_login_alone_and_is_not_asked_again(
    not_asked: None,
    window: MainWindow,
    database: Database,
    dialogs: DialogAnswerer,
    paths: Paths,
) -> None:
    add_people(database, "Ada Lovelace")
    dialogs.answer(plan_with("Ada Lovelace"))
    dialogs.answer(QMessageBox.StandardButton.Cancel)
    window.plan_meeting_action.trigger()
    assert not autostart.is_enabled()
    assert open_settings(paths).get(setting.LOGIN_START_ASKED) is True
    dialogs.answer(plan_with("Ada Lovelace"))
    window.plan_meeting_action.trigger()
    assert dialogs.names == ["planMeetingDialog", "loginStartBox", "planMeetingDialog"]


def test_preferences_switch_start_at_login(window: MainWindow, dialogs: DialogAnswerer) -> None:
    def switch(on: bool) -> Callable[[QDialog], None]:
        def answer(dialog: QDialog) -> None:
            assert isinstance(dialog, PreferencesDialog)
            assert dialog.login_start.isChecked() is (not on)
            dialog.login_start.setChecked(on)
            save_preferences(dialog)

        return answer

    dialogs.answer(switch(True))
    window.show_preferences()
    assert autostart.is_enabled()
    dialogs.answer(switch(False))
    window.show_preferences()
    assert not autostart.is_enabled()


@pytest.fixture
def session(qtbot: QtBot, paths: Paths) -> Iterator[DataSession]:
    paths.ensure()
    data = DataSession(paths, open_settings(paths))
    yield data
    if data.window is not None:
        data.window.close()
    data.close()


def test_minimized_start_shows_the_window_minimized(session: DataSession) -> None:
    assert session.start(minimized=True)
    assert session.window is not None
    assert session.window.isMinimized()
    assert session.window.context is not None  # the data is open: reminders run
