"""View ▸ Presenting (Ctrl+Alt+P): sharing the screen in a call, private items are
hidden wherever they would show (``AppContext.presenting``; the lists, meeting mode,
the meeting's read view and search follow ``presenting_changed``). The status bar says
so while it is on. Meeting mode has the same switch (its own window)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QLabel, QMainWindow, QMenu

from mentordesk.ui.actions import make_action
from mentordesk.ui.privacy import lock_mark

if TYPE_CHECKING:  # the window is painted before the data layer is imported
    from mentordesk.ui.context import AppContext

KEYS = "Ctrl+Alt+P"


def switch_text() -> str:
    return QCoreApplication.translate("presenting", "&Presenting (Hide Private Items)")


def shown_text() -> str:
    return QCoreApplication.translate(
        "presenting", "{lock} Presenting: private items are hidden"
    ).format(lock=lock_mark())


def status_label(window: QMainWindow) -> QLabel:
    """The status bar's "Presenting" note, hidden until presenting starts."""
    label = QLabel(shown_text())
    label.setObjectName("presentingLabel")
    label.setAccessibleName(shown_text())
    label.hide()
    window.statusBar().addPermanentWidget(label)
    return label


def add_action(window: QMainWindow, menu: QMenu) -> QAction:
    """The checkable switch in ``menu``, with the status bar's note; ``follow`` links it
    to the window's context once there is one."""
    action = make_action(window, "presentingAction", switch_text(), lambda: None, KEYS)
    action.setCheckable(True)
    label = status_label(window)

    def toggled(on: bool) -> None:
        label.setVisible(on)
        from mentordesk.ui.context import AppContext

        context = window.findChild(AppContext)
        if context is not None:
            context.set_presenting(on)

    action.toggled.connect(toggled)
    menu.addSeparator()
    menu.addAction(action)
    return action


def follow(window: QMainWindow, context: AppContext) -> None:
    """Keep the window's switch in step when meeting mode switches presenting."""
    action = window.findChild(QAction, "presentingAction")
    if action is not None:
        context.presenting_changed.connect(action.setChecked)
        context.set_presenting(action.isChecked())
