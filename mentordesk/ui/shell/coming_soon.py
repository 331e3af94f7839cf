"""The page of an area that is not built yet."""

from __future__ import annotations

from PySide6.QtWidgets import QVBoxLayout

from mentordesk.ui.area import AreaWidget
from mentordesk.ui.widgets.empty_state import EmptyState


class ComingSoon(AreaWidget):
    """An area that is not built yet says what it will do, and shows nothing made up."""

    def __init__(self, key: str, title: str, about: str) -> None:
        super().__init__()
        self.setObjectName(f"{key}ComingSoon")
        page = EmptyState(
            title,
            self.tr(
                "Coming soon. {future}\n\nThis area is not built yet; "
                "nothing here is sample or fake data."
            ).format(future=about),
            self,
        )
        QVBoxLayout(self).addWidget(page)
