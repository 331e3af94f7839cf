"""Meeting mode's mentor menu: a button beside the mentor's name with "Drop a Topic…"
(for the next meeting) and "Log a Touch…" (an email or call since), the same
operations as everywhere else. Their keys are meeting mode's (``meeting_mode/keys.py``)."""

from __future__ import annotations

from PySide6.QtGui import QAction
from PySide6.QtWidgets import QHBoxLayout, QMenu, QToolButton, QWidget

from mentordesk.ui.between import dialogs
from mentordesk.ui.context import AppContext


class MentorMenu(QToolButton):
    """The mentor's menu in a meeting window (``actions`` are added once made)."""

    def __init__(
        self, context: AppContext, mentor_id: str, mentor_name: str, parent: QWidget
    ) -> None:
        super().__init__(parent)
        self.setObjectName("meetingMentorMenu")
        self.setText(self.tr("Mentor"))
        self.setAccessibleName(
            self.tr("{name}: drop a topic or log a touch").format(name=mentor_name)
        )
        self.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.context = context
        self.mentor_id = mentor_id
        self.mentor_name = mentor_name
        self.window_ = parent
        self.setMenu(QMenu(self))

    def add(self, actions: list[QAction]) -> None:
        menu = self.menu()
        assert menu is not None
        menu.addActions(actions)

    def place_in(self, header: QWidget) -> None:
        """Beside the mentor's name and the meeting's time in meeting mode's header."""
        row = header.layout()
        assert isinstance(row, QHBoxLayout)
        row.insertWidget(1, self)

    def drop_topic(self) -> None:
        dialogs.drop_topic(self.context, self.window_, mentor_id=self.mentor_id)

    def log_touch(self) -> None:
        dialogs.log_touch(self.context, self.mentor_id, self.mentor_name, self.window_)
