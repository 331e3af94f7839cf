"""Every tab title of a mentor's page is readable in full on a 1366×768 laptop (they
were elided to "P…", "I…"), in English, in German and in the pseudo-locale, with the
list beside it keeping its needed columns."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtWidgets import QApplication, QTabBar
from pytestqt.qtbot import QtBot

from mentordesk.ui.i18n import PSEUDO, install_language
from mentordesk.ui.shell.main_window import MainWindow
from tests.ui.helpers import click_row, mentors_view
from tests.ui.pseudo import shown


@pytest.fixture(autouse=True, params=["en", "de", PSEUDO])
def language(request: pytest.FixtureRequest, qapp: QApplication) -> Iterator[str]:
    install_language(qapp, request.param)
    try:
        yield request.param
    finally:
        install_language(qapp, "en")


def cut_titles(bar: QTabBar) -> list[str]:
    """The tab titles shown narrower than they need (Qt then ends them in "…")."""
    return [
        f"{bar.tabText(i)!r}: {bar.tabRect(i).width()} of {bar.tabSizeHint(i).width()} px"
        for i in range(bar.count())
        if bar.tabRect(i).width() < bar.tabSizeHint(i).width()
    ]


def test_every_tab_title_of_a_mentors_page_is_whole_at_1366(
    qtbot: QtBot, window: MainWindow, language: str
) -> None:
    window.load_sample_data()
    window.resize(1366, 768 - 30)
    view = mentors_view(window)
    click_row(view, "Priya Raman")
    window.grab()  # lays the window out at its size, as painting would
    bar = view.detail_tabs.tabBar()
    assert bar.count() == 7
    assert cut_titles(bar) == []
    assert bar.tabText(bar.count() - 1) == (shown("Timeline") if language != "de" else "Zeitleiste")
