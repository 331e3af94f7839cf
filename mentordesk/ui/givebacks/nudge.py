"""When the Dashboard nudges to give back: the thresholds set in Preferences."""

from __future__ import annotations

from typing import TYPE_CHECKING

from mentordesk.ui import settings as setting

if TYPE_CHECKING:
    from mentordesk.services.dashboard import GiveBackNudge
    from mentordesk.ui.context import AppContext


def nudge_of(context: AppContext) -> GiveBackNudge:
    """The thresholds of the data folder ``context`` works on."""
    from mentordesk.services.dashboard import GiveBackNudge

    return GiveBackNudge(
        meetings=context.settings.get(setting.GIVE_BACK_MEETINGS),
        days=context.settings.get(setting.GIVE_BACK_DAYS),
    )
