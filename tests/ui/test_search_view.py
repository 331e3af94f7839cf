"""The Search area: typing finds things, Enter opens them, the snippet shows text, never markup."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from datetime import UTC, datetime

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QUndoStack
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QDialog
from pytestqt.qtbot import QtBot

from mentordesk.db.database import Database
from mentordesk.db.types import utc_now
from mentordesk.services import (
    action_items,
    givebacks,
    goals,
    meeting_queries,
    meetings,
    mentors,
)
from mentordesk.services.kinds import Kind, Ref
from mentordesk.services.mentors import MentorData
from mentordesk.services.search import MARK_CLOSE, MARK_OPEN, SearchHit
from mentordesk.ui.context import AppContext
from mentordesk.ui.meetings.read_dialog import ReadMeetingDialog
from mentordesk.ui.search.area import SearchView
from mentordesk.ui.search.results import (
    HIT_ROLE,
    KIND_ROLE,
    SearchResultDelegate,
    SearchResultsModel,
    elide_snippet,
    plain_snippet,
    snippet_html,
)
from tests.ui.conftest import DialogAnswerer
from tests.ui.helpers import type_text

WHEN = datetime(2026, 3, 2, 15, 30, tzinfo=UTC)
NO_MODIFIER = Qt.KeyboardModifier.NoModifier


@pytest.fixture
def ids(database: Database) -> dict[str, str]:
    with database.session() as session:
        mentor = mentors.create_mentor(
            session,
            MentorData(
                name="José Álvarez",
                role="Engineering director",
                notes="Loves <script>alert(1)</script> & <b>bold</b> claims about leadership",
            ),
            now=utc_now(),
        )
        meeting = meetings.plan_meeting(
            session,
            meetings.MeetingPlan(mentor_id=mentor.id, scheduled_start=WHEN, agenda=("Budget",)),
            now=utc_now(),
        )
        meetings.save_notes(
            session, meeting.id, "We discussed the quarterly roadmap", now=utc_now()
        )
        item = action_items.capture(session, mentor.id, "Draft the hiring plan", now=utc_now())
        goal = goals.create_goal(
            session, goals.GoalData("Earn a promotion", why="Lead more"), now=utc_now()
        )
        idea = givebacks.create(
            session,
            givebacks.GiveBackData(mentor.id, "Send the podcast episode"),
            today=WHEN.date(),
            now=utc_now(),
        )
        return {
            "mentor": mentor.id,
            "meeting": meeting.id,
            "agenda": meeting_queries.detail(session, meeting.id).agenda[0].id,
            "action": item.id,
            "goal": goal.id,
            "give_back": idea.id,
        }


@pytest.fixture
def view(qtbot: QtBot, database: Database) -> Iterator[SearchView]:
    context = AppContext(database, QUndoStack())
    widget = SearchView(context)
    widget._keep = context  # type: ignore[attr-defined]
    qtbot.addWidget(widget)
    widget.resize(700, 500)
    widget.show()
    qtbot.waitExposed(widget)
    widget.activateWindow()
    widget.focus_query()
    yield widget


def shown(view: SearchView) -> list[tuple[str, str]]:
    """(kind label, heading) of each result row, top to bottom."""
    model = view.model
    return [
        (str(model.index(row).data(KIND_ROLE)), str(model.index(row).data()))
        for row in range(model.rowCount())
    ]


def wait_for_results(qtbot: QtBot, view: SearchView) -> None:
    qtbot.waitUntil(lambda: view.model.rowCount() > 0, timeout=10_000)
    assert view.pages.currentWidget() is view.results


def test_it_starts_empty_with_a_hint(view: SearchView) -> None:
    assert view.field.objectName() == "searchField"
    assert view.field.placeholderText() == ("Search mentors, notes, agendas, action items (Ctrl+F)")
    assert view.field.hasFocus()
    assert view.pages.currentWidget() is view.message
    assert view.message.text() == "Type to search everything you wrote"


def test_typing_shows_hits_with_their_kind(
    qtbot: QtBot, view: SearchView, ids: dict[str, str]
) -> None:
    QTest.keyClicks(view.field, "jose")
    wait_for_results(qtbot, view)
    assert shown(view)[0] == ("Mentor", "José Álvarez")
    assert ("Meeting notes", f"José Álvarez · {WHEN.astimezone():%Y-%m-%d %H:%M}") in shown(view)


@pytest.mark.parametrize(
    ("typed", "kind", "key"),
    [
        ("roadmap", "Meeting notes", "meeting"),
        ("budg", "Agenda item", "agenda"),
        ("hiring", "Action item", "action"),
        ("director", "Mentor", "mentor"),
        ("promotion", "Goal", "goal"),
        ("podcast", "Give-back", "give_back"),
    ],
)
def test_each_kind_is_labelled(
    qtbot: QtBot, view: SearchView, ids: dict[str, str], typed: str, kind: str, key: str
) -> None:
    QTest.keyClicks(view.field, typed)
    wait_for_results(qtbot, view)
    assert [label for label, _ in shown(view)] == [kind]
    assert view.model.index(0).data(HIT_ROLE).item_id == ids[key]


def test_search_waits_until_typing_pauses(
    qtbot: QtBot, view: SearchView, ids: dict[str, str]
) -> None:
    QTest.keyClicks(view.field, "lead")
    assert view.model.rowCount() == 0  # not yet: the debounce is running
    assert view.timer.isActive()
    wait_for_results(qtbot, view)


def test_accented_and_right_to_left_text_can_be_typed(
    qtbot: QtBot, view: SearchView, database: Database, ids: dict[str, str]
) -> None:
    with database.session() as session:
        mentors.create_mentor(session, MentorData(name="شريف الحسيني"), now=utc_now())
    type_text(view.field, "JOSÉ")
    wait_for_results(qtbot, view)
    assert shown(view)[0] == ("Mentor", "José Álvarez")
    view.field.clear()
    type_text(view.field, "الحسيني")
    qtbot.waitUntil(lambda: shown(view) == [("Mentor", "شريف الحسيني")], timeout=10_000)


@pytest.mark.parametrize("typed", ["🎉", '"AND" OR *', "NEAR(", "\u202e", "<>&", ":^-"])
def test_hostile_text_shows_no_results_calmly(
    qtbot: QtBot, view: SearchView, ids: dict[str, str], typed: str
) -> None:
    type_text(view.field, typed)
    qtbot.waitUntil(lambda: not view.searching(), timeout=10_000)
    assert view.pages.currentWidget() is view.message
    assert view.message.text() == f"No results for “{typed.strip()}”"
    assert view.message.textFormat() == Qt.TextFormat.PlainText


def test_ten_thousand_characters_are_quoted_short(
    qtbot: QtBot, view: SearchView, ids: dict[str, str]
) -> None:
    view.field.setText("x" * 10_000)
    view.run_search()
    assert view.message.text().startswith("No results for “xxx")
    assert len(view.message.text()) < 100


@pytest.mark.parametrize(
    ("typed", "kind", "key"),
    [
        ("director", Kind.MENTOR, "mentor"),
        ("hiring", Kind.ACTION_ITEM, "action"),
        ("promotion", Kind.GOAL, "goal"),
        ("podcast", Kind.GIVE_BACK, "give_back"),
    ],
)
def test_enter_opens_the_result(
    qtbot: QtBot, view: SearchView, ids: dict[str, str], typed: str, kind: Kind, key: str
) -> None:
    QTest.keyClicks(view.field, typed)
    wait_for_results(qtbot, view)
    with qtbot.waitSignal(view.context.open_requested, timeout=1000) as opened:
        QTest.keyClick(view.field, Qt.Key.Key_Return)
    assert opened.args == [Ref(kind, ids[key])]


@pytest.mark.parametrize("typed", ["roadmap", "budget"])  # notes; an agenda point
def test_enter_on_a_meeting_hit_reads_the_meeting(
    qtbot: QtBot, view: SearchView, ids: dict[str, str], dialogs: DialogAnswerer, typed: str
) -> None:
    QTest.keyClicks(view.field, typed)
    wait_for_results(qtbot, view)
    read: list[str] = []

    def look(dialog: QDialog) -> None:
        assert isinstance(dialog, ReadMeetingDialog)
        read.append(dialog.meeting.id)
        dialog.reject()

    dialogs.answer(look)
    QTest.keyClick(view.field, Qt.Key.Key_Return)
    assert read == [ids["meeting"]]


def test_enter_right_after_typing_searches_first(
    qtbot: QtBot, view: SearchView, ids: dict[str, str]
) -> None:
    with qtbot.waitSignal(view.context.open_requested, timeout=1000) as opened:
        QTest.keyClicks(view.field, "hiring")
        QTest.keyClick(view.field, Qt.Key.Key_Return)
    assert opened.args == [Ref(Kind.ACTION_ITEM, ids["action"])]


def test_down_moves_into_the_results_and_enter_opens_the_one_chosen(
    qtbot: QtBot, view: SearchView, ids: dict[str, str], dialogs: DialogAnswerer
) -> None:
    QTest.keyClicks(view.field, "jose")
    wait_for_results(qtbot, view)
    assert view.model.rowCount() == 2
    QTest.keyClick(view.field, Qt.Key.Key_Down)
    assert view.results.hasFocus()
    assert view.results.currentIndex().row() == 0
    QTest.keyClick(view.results, Qt.Key.Key_Down)
    assert view.results.currentIndex().row() == 1
    read: list[str] = []

    def look(dialog: QDialog) -> None:
        assert isinstance(dialog, ReadMeetingDialog)
        read.append(dialog.meeting.id)
        dialog.reject()

    dialogs.answer(look)
    QTest.keyClick(view.results, Qt.Key.Key_Return)
    assert read == [ids["meeting"]]
    view.activateWindow()  # as the desktop does when the dialog closes
    qtbot.waitUntil(view.results.hasFocus)
    QTest.keyClick(view.results, Qt.Key.Key_Up)
    QTest.keyClick(view.results, Qt.Key.Key_Up)
    assert view.field.hasFocus()


def test_double_click_opens_a_result(qtbot: QtBot, view: SearchView, ids: dict[str, str]) -> None:
    QTest.keyClicks(view.field, "hiring")
    wait_for_results(qtbot, view)
    rect = view.results.visualRect(view.model.index(0))
    viewport = view.results.viewport()
    with qtbot.waitSignal(view.context.open_requested, timeout=1000) as opened:
        # A real double-click: press and release, then the double-click event.
        QTest.mouseClick(viewport, Qt.MouseButton.LeftButton, NO_MODIFIER, rect.center())
        QTest.mouseDClick(viewport, Qt.MouseButton.LeftButton, NO_MODIFIER, rect.center())
    assert opened.args == [Ref(Kind.ACTION_ITEM, ids["action"])]


def test_results_follow_data_changes(
    qtbot: QtBot, view: SearchView, database: Database, ids: dict[str, str]
) -> None:
    QTest.keyClicks(view.field, "roadmap")
    wait_for_results(qtbot, view)
    with database.session() as session:
        meetings.save_notes(session, ids["meeting"], "Nothing planned", now=utc_now())
    view.context.notify(Kind.MEETING, [ids["meeting"]])
    qtbot.waitUntil(lambda: view.message.text() == "No results for “roadmap”", timeout=10_000)


def test_changes_while_hidden_are_searched_when_shown_again(
    qtbot: QtBot, view: SearchView, database: Database, ids: dict[str, str]
) -> None:
    QTest.keyClicks(view.field, "roadmap")
    wait_for_results(qtbot, view)
    view.hide()
    with database.session() as session:
        meetings.save_notes(session, ids["meeting"], "Nothing planned", now=utc_now())
    view.context.notify(Kind.MEETING, [ids["meeting"]])
    assert view.model.rowCount() == 1
    view.show()
    qtbot.waitUntil(lambda: view.message.text() == "No results for “roadmap”", timeout=10_000)


def test_escape_clears_the_field(qtbot: QtBot, view: SearchView, ids: dict[str, str]) -> None:
    QTest.keyClicks(view.field, "jose")
    wait_for_results(qtbot, view)
    QTest.keyClick(view.field, Qt.Key.Key_Escape)
    assert view.field.text() == ""
    qtbot.waitUntil(lambda: view.message.text() == "Type to search everything you wrote")


# --- the snippet is text, never markup ---------------------------------------------------


def test_html_in_notes_is_shown_as_text(
    qtbot: QtBot, view: SearchView, ids: dict[str, str]
) -> None:
    QTest.keyClicks(view.field, "claims")
    wait_for_results(qtbot, view)
    snippet = view.model.index(0).data(HIT_ROLE).snippet
    markup = snippet_html(snippet)
    assert "<script>" not in markup
    assert "&lt;script&gt;alert(1)&lt;/script&gt; &amp; &lt;b&gt;bold&lt;/b&gt;" in markup
    assert "<b>claims</b>" in markup
    document = SearchResultDelegate.snippet_document(snippet, QFont())
    assert "<script>alert(1)</script> & <b>bold</b> claims" in document.toPlainText()
    view.grab()  # painting a hit with markup characters works


def test_snippet_html_makes_only_the_marked_words_bold() -> None:
    snippet = f"a <i>b</i> {MARK_OPEN}c&d{MARK_CLOSE} e"
    assert snippet_html(snippet) == "a &lt;i&gt;b&lt;/i&gt; <b>c&amp;d</b> e"


def test_the_results_model_passes_the_model_tester(qtmodeltester) -> None:  # type: ignore[no-untyped-def]
    model = SearchResultsModel()
    hit = SearchHit(
        kind=Kind.AGENDA_ITEM,
        item_id="a",
        mentor_id="m",
        meeting_id="g",
        mentor_name="Grace",
        meeting_start=WHEN,
        title="Budget",
        snippet=f"{MARK_OPEN}Budget{MARK_CLOSE}",
        rank=-1.0,
    )
    model.set_hits([hit, hit])
    qtmodeltester.check(model)
    assert model.index(0).data(KIND_ROLE) == "Agenda item"
    assert model.index(0).data(Qt.ItemDataRole.ToolTipRole) == "Budget"
    assert model.row_of("agenda_item", "a") == 0
    model.set_hits([])
    qtmodeltester.check(model)


def fits_in(width: int) -> Callable[[str], bool]:
    """A stand-in for "fits the row": at most ``width`` visible characters."""
    return lambda text: len(plain_snippet(text)) <= width


def test_a_long_snippet_is_cut_on_the_right_when_the_match_is_early() -> None:
    snippet = f"one {MARK_OPEN}two{MARK_CLOSE} three four five six"
    assert elide_snippet(snippet, fits_in(100)) == snippet
    cut = elide_snippet(snippet, fits_in(16))
    assert plain_snippet(cut) == "one two three…"
    assert snippet_html(cut) == "one <b>two</b> three…"
    assert plain_snippet(elide_snippet(f"{MARK_OPEN}x{MARK_CLOSE} " + "y" * 50, fits_in(5))) == "x…"


def test_a_long_snippet_loses_its_start_to_keep_a_late_match_in_view() -> None:
    snippet = f"one two three four five {MARK_OPEN}six{MARK_CLOSE} seven eight"
    cut = elide_snippet(snippet, fits_in(18))
    assert "<b>six</b>" in snippet_html(cut)
    assert plain_snippet(cut).startswith("…")
    assert len(plain_snippet(cut)) <= 18
    assert plain_snippet(cut) == "…four five six…"
