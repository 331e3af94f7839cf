"""One-row changes touch one row (issue 17), and still show the truth: after each
change the list shows exactly the rows its filter lets through, each with what is
stored now, in sorted order, without the list being read again or reset. Qt's
model tester watches every signal the models send meanwhile."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime, time, timedelta
from typing import Any

import pytest
from PySide6.QtCore import Qt
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot
from sqlalchemy.orm import Session

from mentordesk.db.database import Database
from mentordesk.db.types import utc_now
from mentordesk.services import action_items, meetings
from mentordesk.services.kinds import Kind, Ref
from mentordesk.services.meetings import MeetingPlan
from mentordesk.ui.action_items.area import ActionItemsView
from mentordesk.ui.action_items.table import ActionTableModel
from mentordesk.ui.context import AppContext
from mentordesk.ui.lists.list_area import ListArea
from mentordesk.ui.meetings.area import MeetingsView
from mentordesk.ui.meetings.table import MeetingTableModel

# The Action items tests' context (its clock at noon on TODAY) and model check, which
# watches every signal a model sends from then on.
from tests.ui.helpers import add_people, check_model
from tests.ui.test_action_items_view import TODAY, context

__all__ = ["context"]  # a fixture, used by name

NOW = datetime.combine(TODAY, time(12)).astimezone()


@pytest.fixture
def people(database: Database) -> list[str]:
    return list(add_people(database, "Ada Lovelace", "Grace Hopper", "Émilie du Châtelet").values())


def write(context: AppContext, change: Callable[[Session], Any], *refs: Ref) -> None:
    """A change as the app makes one: undoable, announced with its records' ids (those
    of ``refs``, and a record it returns that has an id: one it made)."""

    def made(result: Any) -> list[Ref]:
        kind = {"ActionItemState": Kind.ACTION_ITEM, "MeetingRow": Kind.MEETING}
        name = type(result).__name__
        return [Ref(kind[name], result.id)] if name in kind else []

    done = context.write("Change", change, refs=refs, dependents=True, created=made)
    assert done is not None


def shown(view: ListArea[Any]) -> list[Any]:
    proxy = view.proxy
    return [proxy.record(row) for row in range(proxy.rowCount())]


def assert_shows_the_truth(view: ListArea[Any], fresh: list[Any], after: str = "") -> None:
    """The rows on screen are those of ``fresh`` (all rows, as read now) that the
    filter lets through, each as stored now, their sort keys in order."""
    model, proxy = view.model, view.proxy
    on_screen = shown(view)
    assert {r.id for r in on_screen} == {r.id for r in fresh if proxy.accepts(r)}, after
    stored = {r.id: r for r in fresh}
    assert all(r == stored[r.id] for r in on_screen)
    for row in range(proxy.rowCount()):  # what each cell says is what a fresh row says
        record = on_screen[row]
        for column in range(model.columnCount()):
            assert proxy.index(row, column).data() == model.display(stored[record.id], column)
    column, order = model.sort_column(), model.sort_order()
    keys = [model.sort_key(r, column) for r in on_screen]
    expected = sorted(keys, reverse=order == Qt.SortOrder.DescendingOrder)
    assert keys == expected


def action_changes(people: list[str]) -> list[tuple[str, Callable[[dict[str, str]], Any]]]:
    """Changes to one action item each; ``ids`` names the items made by ``fill``."""
    ada, grace, _emilie = people

    def captured(ids: dict[str, str]) -> Callable[[Session], Any]:
        def change(session: Session) -> Any:
            item = action_items.capture(
                session, grace, "Ask about mentoring circles", due_date=TODAY, now=utc_now()
            )
            ids["new"] = item.id
            return item

        return change

    return [
        ("capture", captured),
        (
            "mark done",
            lambda ids: (
                lambda s: action_items.mark_done(
                    s, ids["b"], outcome="Went well", report_back=True, on=TODAY, now=utc_now()
                )
            ),
        ),
        (
            "due date",
            lambda ids: (
                lambda s: action_items.update(
                    s, ids["c"], due_date=TODAY + timedelta(days=40), now=utc_now()
                )
            ),
        ),
        (
            "reword",
            lambda ids: lambda s: action_items.update(s, ids["d"], text="Zzz last", now=utc_now()),
        ),
        (
            "drop",
            lambda ids: lambda s: action_items.set_status(s, ids["e"], "dropped", now=utc_now()),
        ),
        ("delete", lambda ids: lambda s: action_items.delete(s, ids["f"])),
        (
            "reopen",
            lambda ids: lambda s: action_items.set_status(s, ids["g"], "open", now=utc_now()),
        ),
        ("reported", lambda ids: lambda s: action_items.mark_reported(s, ids["h"], now=utc_now())),
    ]
    del ada


def fill_actions(database: Database, people: list[str]) -> dict[str, str]:
    """Items of every kind, many with equal due dates and mentors (ties in the sort)."""
    ids: dict[str, str] = {}
    with database.session() as session:
        for number in range(30):
            mentor = people[number % 3]
            due = TODAY + timedelta(days=(number % 7) * 5 - 12) if number % 5 else None
            item = action_items.capture(
                session, mentor, f"Item {number:02} {'ab'[number % 2]}", due_date=due, now=utc_now()
            )
            ids[f"n{number}"] = item.id
            if number % 4 == 1:
                action_items.mark_done(
                    session,
                    item.id,
                    outcome="ok",
                    report_back=number % 8 == 1,
                    on=TODAY,
                    now=utc_now(),
                )
            if number % 6 == 5:
                action_items.set_status(session, item.id, "dropped", now=utc_now())
    names = "bcdefgh"
    open_ones = [ids[f"n{n}"] for n in (2, 3, 4, 6, 7)]
    ids.update(dict(zip(names[:5], open_ones, strict=True)))
    ids["g"] = ids["n11"]  # dropped: reopened
    ids["h"] = ids["n1"]  # done, to report back
    return ids


FILTERS = ["open", "overdue", "to_report", "done", "dropped", ""]
SORTS = [
    (ActionTableModel.COL_DUE, Qt.SortOrder.AscendingOrder),
    (ActionTableModel.COL_TEXT, Qt.SortOrder.AscendingOrder),
    (ActionTableModel.COL_MENTOR, Qt.SortOrder.DescendingOrder),
    (ActionTableModel.COL_STATUS, Qt.SortOrder.DescendingOrder),
]


@pytest.mark.parametrize("status", FILTERS)
@pytest.mark.parametrize(("column", "order"), SORTS)
def test_a_one_row_change_shows_the_right_row_in_the_right_place_in_action_items(
    qtbot: QtBot,
    qtmodeltester: ModelTester,
    database: Database,
    context: AppContext,
    people: list[str],
    status: str,
    column: int,
    order: Qt.SortOrder,
) -> None:
    ids = fill_actions(database, people)
    view = ActionItemsView(context)
    qtbot.addWidget(view)
    view.resize(900, 500)
    view.show()
    view.status_filter.setCurrentIndex(view.status_filter.findData(status))
    view.table.sortByColumn(column, order)
    check_model(qtmodeltester, view.model)
    check_model(qtmodeltester, view.proxy)
    resets: list[str] = []
    view.model.modelReset.connect(lambda: resets.append("model"))
    view.proxy.modelReset.connect(lambda: resets.append("proxy"))
    for name, change in action_changes(people):
        target = {"capture": "", "mark done": "b", "due date": "c", "reword": "d", "drop": "e"}
        target |= {"delete": "f", "reopen": "g", "reported": "h"}
        refs = [Ref(Kind.ACTION_ITEM, ids[target[name]])] if target[name] else []
        write(context, change(ids), *refs)
        fresh = context.read(action_items.item_rows)
        assert_shows_the_truth(view, fresh, name)
    assert resets == []  # never the whole list again


def test_the_selected_item_stays_selected_as_it_moves_in_the_sort(
    qtbot: QtBot, database: Database, context: AppContext, people: list[str]
) -> None:
    ids = fill_actions(database, people)
    view = ActionItemsView(context)
    qtbot.addWidget(view)
    view.show()
    view.select_item(ids["c"])
    write(
        context,
        lambda s: action_items.update(s, ids["c"], due_date=TODAY + timedelta(days=90), now=NOW),
        Ref(Kind.ACTION_ITEM, ids["c"]),
    )
    current = view.current_item()
    assert current is not None and current.id == ids["c"]
    assert current.due_date == TODAY + timedelta(days=90)
    assert view.table.currentIndex().row() == view.proxy.rowCount() - 1 - sum(
        1 for r in shown(view) if r.due_date is None
    )


def test_undo_of_a_capture_takes_the_row_away_and_redo_brings_it_back(
    qtbot: QtBot, database: Database, context: AppContext, people: list[str]
) -> None:
    fill_actions(database, people)
    view = ActionItemsView(context)
    qtbot.addWidget(view)
    view.show()
    before = [r.id for r in shown(view)]
    write(
        context,
        lambda s: action_items.capture(s, people[0], "Read the paper", due_date=TODAY, now=NOW),
    )
    assert len(shown(view)) == len(before) + 1
    context.undo_stack.undo()
    assert [r.id for r in shown(view)] == before
    context.undo_stack.redo()
    assert "Read the paper" in [r.text for r in shown(view)]


@pytest.mark.parametrize("scope", ["upcoming", "past", "all"])
def test_a_one_row_change_shows_the_right_meeting_in_the_right_place(
    qtbot: QtBot,
    qtmodeltester: ModelTester,
    database: Database,
    context: AppContext,
    people: list[str],
    scope: str,
) -> None:
    made: list[str] = []
    with database.session() as session:
        for number in range(24):
            start = NOW + timedelta(days=number * 3 - 36, hours=number % 2)
            plan = MeetingPlan(people[number % 3], start, planned_minutes=45)
            made.append(meetings.plan_meeting(session, plan, now=NOW).id)
    view = MeetingsView(context)
    qtbot.addWidget(view)
    view.resize(1000, 500)
    view.show()
    view.meeting_proxy.set_scope(scope)
    view.table.sortByColumn(MeetingTableModel.COL_MENTOR, Qt.SortOrder.AscendingOrder)
    check_model(qtmodeltester, view.model)
    check_model(qtmodeltester, view.proxy)
    resets: list[str] = []
    view.proxy.modelReset.connect(lambda: resets.append("proxy"))
    changes: list[Callable[[Session], Any]] = [
        lambda s: meetings.plan_meeting(
            s, MeetingPlan(people[1], NOW + timedelta(days=2)), now=NOW
        ),
        lambda s: meetings.cancel_meeting(s, made[20], now=NOW),
        lambda s: meetings.delete_meeting(s, made[3]),
    ]
    targets = [[], [Ref(Kind.MEETING, made[20])], [Ref(Kind.MEETING, made[3])]]
    for change, refs in zip(changes, targets, strict=True):
        write(context, change, *refs)
        assert_shows_the_truth(view, context.read(meetings_rows))
    view.table.sortByColumn(MeetingTableModel.COL_WHEN, Qt.SortOrder.DescendingOrder)
    write(
        context,
        lambda s: meetings.cancel_meeting(s, made[22], now=NOW),
        Ref(Kind.MEETING, made[22]),
    )
    assert_shows_the_truth(view, context.read(meetings_rows))
    assert resets == []


def meetings_rows(session: Session) -> list[Any]:
    from mentordesk.services import meeting_queries

    return meeting_queries.meeting_rows(session, None)


def test_many_rows_coming_to_an_empty_list_come_at_once(
    qtbot: QtBot,
    qtmodeltester: ModelTester,
    database: Database,
    context: AppContext,
    people: list[str],
) -> None:
    """A first sync or an import brings every row to an empty list in one piece of news:
    the list shows them all, sorted, the first one chosen, laid out once (one reset,
    not a row at a time, each re-measuring the columns)."""
    view = ActionItemsView(context)
    qtbot.addWidget(view)
    view.show()
    assert shown(view) == []
    check_model(qtmodeltester, view.proxy)
    signals: list[str] = []
    view.proxy.modelReset.connect(lambda: signals.append("reset"))
    view.proxy.rowsInserted.connect(lambda *_: signals.append("insert"))

    with database.session() as session:  # written elsewhere (a sync), then announced
        ids = [
            action_items.capture(
                session,
                people[n % 3],
                f"Item {n}",
                due_date=TODAY + timedelta(days=n % 4),
                now=utc_now(),
            ).id
            for n in range(12)
        ]
    context.notify(Kind.ACTION_ITEM, ids)
    fresh = context.read(action_items.item_rows)
    assert len(shown(view)) == 12
    assert_shows_the_truth(view, fresh)
    assert signals == ["reset"]
    assert view.current_item() is not None
