"""The areas of the main window by key and title, and what the window may ask of any
area widget. The shell builds them (``ui/shell/areas.py``); a record's area is named
in ``ui/vocabulary.py``."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import QWidget

from mentordesk.services.kinds import Ref

# Each area's key (settings, object names) and sidebar title, in sidebar order.
AREA_TITLES = {
    "dashboard": QT_TRANSLATE_NOOP("areas", "Dashboard"),
    "mentors": QT_TRANSLATE_NOOP("areas", "Mentors"),
    "meetings": QT_TRANSLATE_NOOP("areas", "Meetings"),
    "actions": QT_TRANSLATE_NOOP("areas", "Action items"),
    "goals": QT_TRANSLATE_NOOP("areas", "Goals"),
    "giveback": QT_TRANSLATE_NOOP("areas", "Give-back"),
    "prospects": QT_TRANSLATE_NOOP("areas", "Prospects"),
    "search": QT_TRANSLATE_NOOP("areas", "Search"),
}
DEFAULT_AREA = "mentors"


def area_title(key: str) -> str:
    """The sidebar title of the area ``key`` (the default area's for an unknown key)."""
    return QCoreApplication.translate("areas", str(AREA_TITLES.get(key, AREA_TITLES[DEFAULT_AREA])))


class AreaWidget(QWidget):
    """An area of the main window. The defaults suit an area with nothing to edit."""

    def reveal(self, ref: Ref) -> None:
        """Show and select the record ``ref`` (the main window opened this area for it)."""

    def finish_editing(self) -> bool:
        """Save what is being typed before leaving; False keeps the user here."""
        return True

    def save(self) -> bool:
        """File ▸ Save (Ctrl+S) while this area is shown; False if it could not."""
        return True

    def focus_main(self) -> None:
        """Put the keyboard focus where work in this area starts."""

    def look_for(self, text: str) -> None:
        """Look for ``text`` here (the command palette's search of the data)."""
        self.focus_main()

    def mentor_on_screen(self) -> str | None:
        """The mentor this area shows now, if one (File ▸ Plan Meeting plans with them)."""
        return None
