"""Issue 18, item 3: on a 1366×768 laptop the window's first size leaves room for a
title bar, so the status bar (where every message appears) is on screen, and every
tab of a mentor's page can be seen without scroll arrows."""

from __future__ import annotations

from PySide6.QtWidgets import QTabBar
from pytestqt.qtbot import QtBot

from mentordesk.config import Paths
from mentordesk.services.mentors import MentorData
from mentordesk.ui.settings import open_settings
from mentordesk.ui.shell.main_window import MainWindow
from mentordesk.ui.window_size import FRAME_ROOM
from tests.ui.helpers import add_mentor, click_row, mentors_view
from tests.ui.pseudo import both_languages, shown

language = both_languages()

TITLE_BAR = 30  # a window manager's title bar, above the window's own top


def test_a_new_window_and_its_title_bar_fit_a_768_pixel_screen(qtbot: QtBot, paths: Paths) -> None:
    window = MainWindow(paths, open_settings(paths))
    qtbot.addWidget(window)
    screen = window.screen().availableGeometry()
    assert screen.height() == 768
    # Qt places a top-level window by its frame: pos() is the top of the title bar,
    # and the window itself (down to its status bar) starts a title bar lower.
    assert window.pos().y() >= screen.top()
    bar = window.statusBar()
    bottom_of_bar = window.pos().y() + TITLE_BAR + bar.geometry().bottom()
    assert bottom_of_bar <= screen.bottom(), "the status bar is below the screen"
    assert window.height() + FRAME_ROOM.height() <= screen.height()


def tabs_on_screen(bar: QTabBar) -> bool:
    right = bar.rect().right()
    return all(bar.tabRect(i).right() <= right for i in range(bar.count()))


def test_every_tab_of_a_mentors_page_is_on_screen(window: MainWindow) -> None:
    add_mentor(window, MentorData(name="Ada Lovelace", status="active"))
    view = mentors_view(window)
    click_row(view, "Ada Lovelace")
    bar = view.detail_tabs.tabBar()
    for size in ((1180, 740), (1366, 768 - TITLE_BAR)):
        window.resize(*size)
        window.grab()  # lays the window out at its new size, as painting would
        assert tabs_on_screen(bar), (size, [bar.tabText(i) for i in range(bar.count())])
        assert shown("Timeline") in [bar.tabText(i) for i in range(bar.count())]
