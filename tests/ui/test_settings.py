"""Settings are declared once and read typed: a damaged settings.ini never fails a start."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QApplication

from mentordesk.config import Paths
from mentordesk.ui import settings as setting
from mentordesk.ui.settings import EVERY_SETTING, open_settings, settings_file


def test_every_setting_has_its_own_key_and_reads_its_default_at_first(
    qapp: QApplication, paths: Paths
) -> None:
    paths.ensure()
    keys = [declared.key for declared in EVERY_SETTING]
    assert len(keys) == len(set(keys))
    settings = open_settings(paths)
    for declared in EVERY_SETTING:
        assert settings.get(declared) == declared.default  # type: ignore[misc]


def test_values_come_back_as_their_type_after_a_restart(qapp: QApplication, paths: Paths) -> None:
    paths.ensure()
    first = open_settings(paths)
    first.set(setting.THEME, "dark")
    first.set(setting.REMINDERS, False)
    first.set(setting.GIVE_BACK_DAYS, 90)
    first.set(setting.REMINDED, ("meeting:1",))  # one item: QSettings gives back a string
    first.set(setting.GEOMETRY, b"\x01\x02")
    first.sync()
    again = open_settings(paths)
    again.store.sync()
    assert again.get(setting.THEME) == "dark"
    assert again.get(setting.REMINDERS) is False
    assert again.get(setting.GIVE_BACK_DAYS) == 90
    assert again.get(setting.REMINDED) == ("meeting:1",)
    assert again.get(setting.GEOMETRY) == b"\x01\x02"


def test_a_damaged_or_out_of_range_value_reads_as_the_default(
    qapp: QApplication, paths: Paths
) -> None:
    paths.ensure()
    Path(settings_file(paths)).write_text(
        "[give_back]\nnudge_days=lots\nnudge_meetings=5000\n[reminders]\nenabled=maybe\n",
        encoding="utf-8",
    )
    settings = open_settings(paths)
    assert settings.get(setting.GIVE_BACK_DAYS) == setting.GIVE_BACK_DAYS.default
    assert settings.get(setting.GIVE_BACK_MEETINGS) == setting.GIVE_BACK_MEETINGS.default
    assert settings.get(setting.REMINDERS) is setting.REMINDERS.default
