"""Every setting declared once: its key in ``settings.ini``, its type, its default and,
for Preferences, its label. Read and written only through ``Settings``' typed accessors.

The file sits in the data folder beside the database, so each data folder keeps its
own preferences. A value that is missing, damaged or out of range reads as the
default; nothing here can fail a start. Light to import: the window reads the theme
and its size before the data layer loads.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Generic, TypeVar, cast

from PySide6.QtCore import QT_TRANSLATE_NOOP, QByteArray, QSettings

from mentordesk.config import Paths

T = TypeVar("T", str, int, bool, bytes, tuple[str, ...])

FILE_NAME = "settings.ini"


@dataclass(frozen=True)
class Setting(Generic[T]):
    """One setting: where it is kept, its default, and (ints) the values allowed."""

    key: str
    default: T
    label: object = ""  # marked with QT_TRANSLATE_NOOP("settings", ...)
    allowed: tuple[int, int] | None = None


THEME = Setting("appearance/theme", "system", QT_TRANSLATE_NOOP("settings", "Theme"))
# A language code of ui/i18n.LANGUAGES; "" follows the system's. Read at start.
LANGUAGE = Setting("appearance/language", "", QT_TRANSLATE_NOOP("settings", "Language"))
GEOMETRY = Setting("window/geometry", b"")  # the main window's size and place
AREA = Setting("window/area", "mentors")  # the area shown at the last quit
LAST_FOLDER = Setting("files/last_folder", "")  # where a file was last opened or saved
MY_NAME = Setting(
    "profile/my_name", "", QT_TRANSLATE_NOOP("settings", "Your name, on exported agreements")
)
REMINDERS = Setting(
    "reminders/enabled", True, QT_TRANSLATE_NOOP("settings", "Reminders while MentorDesk runs")
)
REMINDED: Setting[tuple[str, ...]] = Setting("reminders/sent", ())  # reminders already shown
# When reminders were last looked for (ISO moment): what came due since then while the
# app was closed is said in one summary.
REMINDERS_CHECKED = Setting("reminders/checked", "")
LOGIN_START_ASKED = Setting("reminders/login_start_asked", False)  # asked once, ever
CALENDAR_FOLDER = Setting(
    "calendar/folder", "", QT_TRANSLATE_NOOP("settings", "Keep a calendar file in this folder")
)
CALENDAR_ALARM = Setting(
    "calendar/alarm_minutes",
    30,  # services/calendar_export.ALARM_MINUTES
    QT_TRANSLATE_NOOP("settings", "Calendar reminder, minutes before each meeting"),
    (0, 7 * 24 * 60),
)
# Shortcuts changed in Preferences: "place/actionName=keys" (ui/shortcuts.py)
SHORTCUTS: Setting[tuple[str, ...]] = Setting("shortcuts/edited", ())
GIVE_BACK_MEETINGS = Setting(
    "give_back/nudge_meetings",
    3,
    QT_TRANSLATE_NOOP("settings", "Meetings before a give-back nudge"),
    (1, 50),
)
GIVE_BACK_DAYS = Setting(
    "give_back/nudge_days",
    60,
    QT_TRANSLATE_NOOP("settings", "Days without giving back before a nudge"),
    (1, 730),
)
ATTACHMENT_LIMIT_MB = Setting(
    "attachments/limit_mb",
    100,  # services/attachment_files.DEFAULT_LIMIT_MB
    QT_TRANSLATE_NOOP("settings", "Largest file to attach, in MB"),
    (1, 4096),
)
LOCK_IDLE_MINUTES = Setting(
    "privacy/lock_idle_minutes",
    0,  # off: the app lock (ui/shell/app_lock.py) only on demand and at the screen lock
    QT_TRANSLATE_NOOP("settings", "Lock after this many idle minutes"),
    (0, 24 * 60),
)

# Every setting, for the tests (keys are unique; each reads back its default).
EVERY_SETTING = (
    THEME,
    LANGUAGE,
    GEOMETRY,
    AREA,
    MY_NAME,
    REMINDERS,
    REMINDED,
    REMINDERS_CHECKED,
    LOGIN_START_ASKED,
    CALENDAR_FOLDER,
    CALENDAR_ALARM,
    SHORTCUTS,
    GIVE_BACK_MEETINGS,
    GIVE_BACK_DAYS,
    ATTACHMENT_LIMIT_MB,
    LOCK_IDLE_MINUTES,
)


class Settings:
    """The settings of one data folder, read and written through typed accessors."""

    def __init__(self, store: QSettings) -> None:
        self.store = store

    def get(self, setting: Setting[T]) -> T:
        """The stored value as the setting's type; its default where unset or damaged."""
        raw = self.store.value(setting.key, None)
        if raw is None:
            return setting.default
        default: object = setting.default
        value: object
        if isinstance(default, bool):
            word = str(raw).strip().lower()
            if word not in ("true", "1", "yes", "false", "0", "no"):
                return setting.default
            value = word in ("true", "1", "yes")
        elif isinstance(default, int):
            try:
                value = int(str(raw))
            except ValueError:
                return setting.default
            low, high = setting.allowed or (value, value)
            if not low <= value <= high:
                return setting.default
        elif isinstance(default, bytes):
            value = bytes(raw.data()) if isinstance(raw, QByteArray) else setting.default
        elif isinstance(default, tuple):
            # QSettings gives a one-item list back as a plain string
            items = raw if isinstance(raw, list) else [raw] if isinstance(raw, str) and raw else []
            value = tuple(str(item) for item in items)
        else:
            value = str(raw)
        return cast(T, value)

    def set(self, setting: Setting[T], value: T) -> None:
        stored: object = value
        if isinstance(value, bytes):
            stored = QByteArray(value)
        elif isinstance(value, tuple):
            stored = list(value)
        self.store.setValue(setting.key, stored)

    def sync(self) -> None:
        """Write what changed to the file now (at quit; tests)."""
        self.store.sync()


def settings_file(paths: Paths) -> Path:
    return paths.data_dir / FILE_NAME


def open_settings(paths: Paths) -> Settings:
    """The settings of the data folder ``paths`` (in one process every ``Settings`` on
    the same folder sees the same values)."""
    return Settings(QSettings(str(settings_file(paths)), QSettings.Format.IniFormat))
