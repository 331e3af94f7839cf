"""The Help menu: How MentorDesk Follows the Article (F1), Keyboard Shortcuts, About.
Its dialogs (``help_dialogs``) are imported when first shown: the window paints sooner."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMenuBar

from mentordesk.ui.actions import key_bindings, make_action
from mentordesk.ui.area import area_title

if TYPE_CHECKING:
    from mentordesk.ui.shell.main_window import MainWindow


def add_help_menu(window: MainWindow, bar: QMenuBar) -> tuple[QAction, QAction, QAction]:
    """The Help menu: How MentorDesk Follows the Article (F1), Keyboard Shortcuts, About."""

    def show_guide() -> None:
        from mentordesk.ui.shell.help_dialogs import GuideDialog

        window.run_dialog(GuideDialog(window))

    def show_shortcuts() -> None:
        from mentordesk.ui.shell.help_dialogs import ShortcutsDialog

        # Every area's actions, built or not yet, each named with its area.
        areas = {id(widget): area_title(key) for key, widget in window.build_all_areas().items()}
        window.run_dialog(ShortcutsDialog(window.findChildren(QAction), areas, window))

    guide = make_action(
        window,
        "guideAction",
        QCoreApplication.translate("help", "How MentorDesk &Follows the Article"),
        show_guide,
        key_bindings(QKeySequence.StandardKey.HelpContents, "F1"),
    )
    shortcuts = make_action(
        window,
        "shortcutsAction",
        QCoreApplication.translate("help", "&Keyboard Shortcuts"),
        show_shortcuts,
    )
    about = make_action(
        window,
        "aboutAction",
        QCoreApplication.translate("MainWindow", "&About MentorDesk"),
        window.show_about,
    )
    about.setMenuRole(QAction.MenuRole.AboutRole)
    menu = bar.addMenu(QCoreApplication.translate("MainWindow", "&Help"))
    menu.addActions([guide, shortcuts])
    menu.addSeparator()
    menu.addAction(about)
    return guide, shortcuts, about
