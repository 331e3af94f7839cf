"""What the main window may ask of any area; every area widget is one of these."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from mentordesk.services.kinds import Ref


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

    def mentor_on_screen(self) -> str | None:
        """The mentor this area shows now, if one (File ▸ Plan Meeting plans with them)."""
        return None
