"""Every tab title of a mentor's page is readable in full on a 1366×768 laptop (they
were elided to "P…", "I…"), in English, in German and in the pseudo-locale, with the
list beside it keeping its needed columns; and the Inbox tab marks a private topic."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtWidgets import QApplication, QTabBar
from pytestqt.qtbot import QtBot

from mentordesk.db.database import Database
from mentordesk.db.types import utc_now
from mentordesk.services import topics
from mentordesk.services.kinds import Facet, Kind, Ref
from mentordesk.ui.between.table import TopicTableModel
from mentordesk.ui.i18n import PSEUDO, install_language
from mentordesk.ui.shell.main_window import MainWindow
from tests.ui.helpers import add_people, click_row, context_of, mentors_view
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


def test_a_private_topic_shows_private_beside_a_long_topic(
    qtbot: QtBot, window: MainWindow, database: Database, language: str
) -> None:
    ada = add_people(database, ("Ada Lovelace", "active"))["Ada Lovelace"]
    with database.session() as session:
        long = "Whether to apply for the staff role this cycle or wait for the next one " * 2
        topics.add_topic(session, ada, long, private=True, now=utc_now())
    window.resize(1366, 768 - 30)
    context_of(window).open(Ref(Kind.MENTOR, ada, Facet.BETWEEN))
    table = mentors_view(window).detail_tabs.inbox.topics.table
    window.grab()
    column = TopicTableModel.COL_PRIVATE
    assert not table.isColumnHidden(column)  # hidden for room, it left the topic unmarked
    cell = table.model().index(0, column)
    assert cell.data() == ("Privat" if language == "de" else shown("Private"))
    assert table.columnWidth(column) >= table.sizeHintForIndex(cell).width()
