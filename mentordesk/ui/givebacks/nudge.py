"""When the Dashboard nudges to give back: the thresholds set in Preferences.

Read from the settings file of the data folder (in one process, every QSettings on
the same file sees the same values). Light to import: Preferences uses it at start-up,
before the data layer is loaded.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QSettings

from mentordesk.ui import settings_keys

if TYPE_CHECKING:
    from mentordesk.services.dashboard import GiveBackNudge
    from mentordesk.ui.context import AppContext

DEFAULT_MEETINGS, MEETINGS_RANGE = 3, (1, 50)
DEFAULT_DAYS, DAYS_RANGE = 60, (1, 730)


def _number(settings: QSettings, key: str, default: int, allowed: tuple[int, int]) -> int:
    try:
        value = int(str(settings.value(key, default)))
    except ValueError:
        return default
    low, high = allowed
    return value if low <= value <= high else default


def thresholds(settings: QSettings) -> tuple[int, int]:
    """(meetings, days) from ``settings``; the defaults where unset or damaged."""
    return (
        _number(settings, settings_keys.GIVE_BACK_MEETINGS, DEFAULT_MEETINGS, MEETINGS_RANGE),
        _number(settings, settings_keys.GIVE_BACK_DAYS, DEFAULT_DAYS, DAYS_RANGE),
    )


def nudge_of(context: AppContext) -> GiveBackNudge:
    """The thresholds of the data folder ``context`` works on."""
    from mentordesk.app import open_settings
    from mentordesk.services.dashboard import GiveBackNudge

    meetings, days = thresholds(open_settings(context.database.paths))
    return GiveBackNudge(meetings=meetings, days=days)
