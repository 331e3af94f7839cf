"""Drop a topic from anywhere: File ▸ Drop a Topic… (Ctrl+Shift+T in every area of the
main window; meeting mode has its own) and the same action in the tray icon's menu,
for the mentor on screen if there is one, else any mentor."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction

from mentordesk.ui.actions import make_action

if TYPE_CHECKING:
    from mentordesk.ui.shell.main_window import MainWindow

IN_TRAY = "inTrayMenu"  # a property: the tray icon's menu offers the action too


def add_between_actions(window: MainWindow) -> QAction:
    """File ▸ Drop a Topic… in ``window`` (also offered in the tray's menu)."""

    def drop() -> None:
        from mentordesk.ui.between.dialogs import drop_topic

        if window.context is not None:
            drop_topic(window.context, window, mentor_id=window.mentor_on_screen())

    action: QAction = make_action(
        window,
        "dropTopicMenuAction",
        QCoreApplication.translate("between", "&Drop a Topic…"),
        drop,
        "Ctrl+Shift+T",
    )
    action.setProperty(IN_TRAY, True)
    window.add_file_actions([action])
    return action
