"""The areas of the main window, in sidebar order: a new area is one line here plus
its own module. Each area is built the first time it is opened (start-up speed)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from mentordesk.ui.area import AREA_TITLES, DEFAULT_AREA

if TYPE_CHECKING:  # the data layer loads after the window is painted
    from mentordesk.ui.area import AreaWidget
    from mentordesk.ui.context import AppContext


@dataclass(frozen=True)
class Area:
    """An area: its key (settings, object names), its sidebar title, what it will do
    while it is not built yet, and how to build it. Which area shows a kind of
    record is said in ``ui/vocabulary.py``."""

    key: str
    title: object  # marked with QT_TRANSLATE_NOOP("areas", ...); see ``title_text``
    about: object = ""
    build: Callable[[AppContext], AreaWidget] | None = None

    def title_text(self) -> str:
        return QCoreApplication.translate("areas", str(self.title))

    def about_text(self) -> str:
        return QCoreApplication.translate("areas", str(self.about))


def _dashboard(context: AppContext) -> AreaWidget:
    from mentordesk.ui.dashboard.area import DashboardView

    return DashboardView(context)


def _mentors(context: AppContext) -> AreaWidget:
    from mentordesk.ui.mentors.area import MentorsView

    return MentorsView(context)


def _meetings(context: AppContext) -> AreaWidget:
    from mentordesk.ui.meetings.area import MeetingsView

    return MeetingsView(context)


def _action_items(context: AppContext) -> AreaWidget:
    from mentordesk.ui.action_items.area import ActionItemsView

    return ActionItemsView(context)


def _goals(context: AppContext) -> AreaWidget:
    from mentordesk.ui.goals.area import GoalsView

    return GoalsView(context)


def _give_back(context: AppContext) -> AreaWidget:
    from mentordesk.ui.givebacks.area import GiveBackView

    return GiveBackView(context)


def _prospects(context: AppContext) -> AreaWidget:
    from mentordesk.ui.prospects.area import ProspectsView

    return ProspectsView(context)


def _search(context: AppContext) -> AreaWidget:
    from mentordesk.ui.search.area import SearchView

    return SearchView(context)


AREAS: tuple[Area, ...] = (
    Area(
        "dashboard",
        AREA_TITLES["dashboard"],
        QT_TRANSLATE_NOOP(
            "areas", "Who is due for a meeting, what you promised, and what is overdue."
        ),
        _dashboard,
    ),
    Area("mentors", AREA_TITLES["mentors"], "", _mentors),
    Area(
        "meetings",
        AREA_TITLES["meetings"],
        "",
        _meetings,
    ),
    Area(
        "actions",
        AREA_TITLES["actions"],
        "",
        _action_items,
    ),
    Area(
        "goals",
        AREA_TITLES["goals"],
        QT_TRANSLATE_NOOP("areas", "Your career goals, and which mentors help with each."),
        _goals,
    ),
    Area(
        "giveback",
        AREA_TITLES["giveback"],
        QT_TRANSLATE_NOOP("areas", "Ideas for giving back to each mentor, planned and done."),
        _give_back,
    ),
    Area(
        "prospects",
        AREA_TITLES["prospects"],
        QT_TRANSLATE_NOOP("areas", "People you might ask to mentor you, and your outreach."),
        _prospects,
    ),
    Area("search", AREA_TITLES["search"], "", _search),
)


def area(key: str) -> Area:
    """The area ``key``, or the default one for a key no longer known."""
    return next((a for a in AREAS if a.key == key), next(a for a in AREAS if a.key == DEFAULT_AREA))
