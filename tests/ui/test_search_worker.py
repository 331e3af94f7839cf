"""Search runs in a worker thread (issue 17): typing goes on while a search runs, the
next keystroke calls the running one off, and only the newest results are shown."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from typing import Any

import pytest
from PySide6.QtGui import QUndoStack
from PySide6.QtTest import QTest
from pytestqt.qtbot import QtBot
from sqlalchemy.orm import Session

from mentordesk.db.database import Database
from mentordesk.db.types import utc_now
from mentordesk.services import mentors
from mentordesk.services.mentors import MentorData
from mentordesk.services.search import Interrupted, SearchHit, search
from mentordesk.ui.context import AppContext
from mentordesk.ui.search import worker
from mentordesk.ui.search.area import SearchView
from mentordesk.ui.search.results import HIT_ROLE


@pytest.fixture
def view(qtbot: QtBot, database: Database) -> Iterator[SearchView]:
    with database.session() as session:
        for name in ("José Álvarez", "Joséphine Baker", "Ada Lovelace"):
            mentors.create_mentor(session, MentorData(name=name), now=utc_now())
    context = AppContext(database, QUndoStack())
    widget = SearchView(context)
    widget._test_context = context  # type: ignore[attr-defined]
    qtbot.addWidget(widget)
    widget.show()
    widget.focus_query()
    yield widget


def names(view: SearchView) -> list[str]:
    hits: list[SearchHit] = [
        view.model.index(row).data(HIT_ROLE) for row in range(view.model.rowCount())
    ]
    return [hit.title for hit in hits]


def test_typing_goes_on_while_a_search_runs_and_the_newest_wins(
    qtbot: QtBot, view: SearchView, monkeypatch: pytest.MonkeyPatch
) -> None:
    real = search
    running, release = threading.Event(), threading.Event()
    called_off: list[bool] = []

    def slow_for_jose(session: Session, text: str, *args: Any, **kwargs: Any) -> Any:
        if text == "jose":
            running.set()
            release.wait(10)  # held until the test has typed on
            called_off.append(kwargs["cancelled"]())
            raise Interrupted
        return real(session, text, *args, **kwargs)

    monkeypatch.setattr("mentordesk.ui.search.worker.search", slow_for_jose)
    QTest.keyClicks(view.field, "jose")
    view.search_soon()  # the debounce is over
    assert running.wait(10)
    # The UI thread is free while "jose" is searched: the next keys are typed now.
    QTest.keyClicks(view.field, "phine")
    assert view.field.text() == "josephine"
    view.search_soon()
    release.set()
    qtbot.waitUntil(lambda: not view.searching(), timeout=5000)
    assert called_off == [True]  # the running search was told to stop
    assert names(view) == ["Joséphine Baker"]


def test_the_results_come_in_order_the_best_first(
    qtbot: QtBot, view: SearchView, database: Database
) -> None:
    with database.session() as session:
        for number in range(30):
            mentors.create_mentor(
                session, MentorData(name=f"Person {number}", notes="met at a meetup"), now=utc_now()
            )
    pages: list[tuple[int, bool]] = []
    view.searcher.found.connect(lambda _g, hits, complete: pages.append((len(hits), complete)))
    QTest.keyClicks(view.field, "meetup")
    view.search_soon()
    qtbot.waitUntil(lambda: not view.searching(), timeout=5000)
    assert pages == [(worker.FIRST_PAGE, False), (30, True)]
    assert view.model.rowCount() == 30
    assert view.results.currentIndex().row() == 0
