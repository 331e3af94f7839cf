"""Sorting and filtering the lists cheaply (issue 17) still shows the truth: a header
click sorts by that column, one way then the other, with one sort per click and ties
in the order the rows came in; a reset of many rows comes out in that order too; the
filter's pass over every row lets through exactly what it lets through row by row,
under every filter; a one-row change lands in its sorted place under a mentor filter
and while presenting; and the proxy's cells say what the model's cells say."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import pytest
from PySide6.QtCore import QModelIndex, QPoint, Qt
from PySide6.QtTest import QTest
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from mentordesk.db.database import Database
from mentordesk.db.types import utc_now
from mentordesk.services import action_items
from mentordesk.services.kinds import Kind, Ref
from mentordesk.ui.action_items.area import ActionItemsView
from mentordesk.ui.action_items.table import ActionFilterProxy, ActionTableModel
from mentordesk.ui.context import AppContext
from mentordesk.ui.lists.record_proxy import RecordProxy
from mentordesk.ui.lists.relations import Relations
from mentordesk.ui.lists.row_table import OBJECT_ROLE, SORT_ROLE, ModelIndex, RowTableModel
from tests.ui.helpers import check_model
from tests.ui.test_row_changes import (
    action_changes,
    assert_shows_the_truth,
    context,
    fill_actions,
    people,
    shown,
    write,
)

__all__ = ["context", "people"]  # fixtures, used by name


@pytest.fixture
def view(
    qtbot: QtBot, database: Database, context: AppContext, people: list[str]
) -> ActionItemsView:
    """The Action items area on screen, showing every item (ties in every column)."""
    fill_actions(database, people)
    view = ActionItemsView(context)
    qtbot.addWidget(view)
    view.resize(1000, 600)
    view.show()
    qtbot.waitExposed(view)
    view.status_filter.setCurrentIndex(view.status_filter.findData(ActionFilterProxy.ALL))
    return view


def click_header(view: ActionItemsView, column: int) -> None:
    header = view.table.horizontalHeader()
    middle = header.sectionViewportPosition(column) + header.sectionSize(column) // 2
    QTest.mouseClick(
        header.viewport(),
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
        QPoint(middle, header.height() // 2),
    )


@pytest.mark.parametrize(
    "column",
    [
        ActionTableModel.COL_TEXT,
        ActionTableModel.COL_MENTOR,
        ActionTableModel.COL_DUE,
        ActionTableModel.COL_STATUS,
        ActionTableModel.COL_DONE_ON,
        ActionTableModel.COL_REPORT,
    ],
)
def test_a_header_click_sorts_by_its_column_then_the_other_way(
    qtbot: QtBot,
    qtmodeltester: ModelTester,
    view: ActionItemsView,
    context: AppContext,
    column: int,
) -> None:
    read = context.read(action_items.item_rows)  # the order the list was given them in
    check_model(qtmodeltester, view.proxy)
    sorts: list[int] = []
    view.model.layoutChanged.connect(lambda *_: sorts.append(column))
    model = view.model
    header = view.table.horizontalHeader()
    # A click on another column sorts it ascending; on the sorted one, the other way.
    first = column == header.sortIndicatorSection() and (
        header.sortIndicatorOrder() == Qt.SortOrder.AscendingOrder
    )
    for clicks, descending in ((1, first), (2, not first)):
        click_header(view, column)
        assert header.sortIndicatorSection() == column
        assert (header.sortIndicatorOrder() == Qt.SortOrder.DescendingOrder) == descending
        # Exactly the stable sort of the rows as read: equal keys keep their order.
        expected = sorted(read, key=lambda row: model.sort_key(row, column), reverse=descending)
        assert [row.id for row in shown(view)] == [row.id for row in expected]
        assert [
            view.proxy.index(number, column).data() for number in range(view.proxy.rowCount())
        ] == [model.display(row, column) for row in expected]
        assert len(sorts) == clicks  # one sort per click


def test_a_click_on_the_sorted_column_after_a_reload_sorts_the_reloaded_rows(
    view: ActionItemsView, context: AppContext
) -> None:
    click_header(view, ActionTableModel.COL_MENTOR)
    view.reload()
    click_header(view, ActionTableModel.COL_MENTOR)
    read = context.read(action_items.item_rows)
    model = view.model
    expected = sorted(
        read, key=lambda row: model.sort_key(row, ActionTableModel.COL_MENTOR), reverse=True
    )
    assert [row.id for row in shown(view)] == [row.id for row in expected]


@pytest.mark.parametrize("column", range(len(ActionTableModel.HEADERS)))
def test_keys_for_many_rows_at_once_are_each_rows_own_key(
    view: ActionItemsView, context: AppContext, column: int
) -> None:
    rows = context.read(action_items.item_rows)
    model = view.model
    assert model.sort_keys(rows, column) == [model.sort_key(row, column) for row in rows]


MENTORS = [None, 0, 2]


@pytest.mark.parametrize("status", ["open", "overdue", "to_report", "done", "dropped", ""])
@pytest.mark.parametrize("mentor", MENTORS)
@pytest.mark.parametrize("presenting", [False, True])
def test_the_filter_over_every_row_lets_through_what_each_row_passes(
    view: ActionItemsView,
    context: AppContext,
    people: list[str],
    status: str,
    mentor: int | None,
    presenting: bool,
) -> None:
    rows = context.read(action_items.item_rows)
    private = next(row for row in rows if row.status == "open")
    write(
        context,
        lambda s: action_items.update(s, private.id, private=True, now=utc_now()),
        Ref(Kind.ACTION_ITEM, private.id),
    )
    proxy = view.action_proxy
    proxy.set_presenting(presenting)
    proxy.set_status(status)
    proxy.set_mentor(None if mentor is None else people[mentor])
    model = view.model
    expected = [row for row in model.rows() if proxy.accepts(row)]
    assert shown(view) == expected
    assert any(row.private for row in model.rows())
    if presenting:
        assert all(not row.private for row in shown(view))
    if mentor is not None:
        assert all(row.mentor_id == people[mentor] for row in shown(view))


@pytest.mark.parametrize("presenting", [False, True])
def test_a_one_row_change_lands_in_its_place_under_a_mentor_filter(
    qtmodeltester: ModelTester,
    view: ActionItemsView,
    context: AppContext,
    database: Database,
    people: list[str],
    presenting: bool,
) -> None:
    fresh = context.read(action_items.item_rows)
    by_text = {row.text: row.id for row in fresh}
    ids = {f"n{number}": by_text[f"Item {number:02} {'ab'[number % 2]}"] for number in range(30)}
    ids.update(dict(zip("bcdefgh", [ids[f"n{n}"] for n in (2, 3, 4, 6, 7, 11, 1)], strict=True)))
    grace = people[1]
    view.mentor_filter.setCurrentIndex(view.mentor_filter.findData(grace))
    view.action_proxy.set_presenting(presenting)
    view.table.sortByColumn(ActionTableModel.COL_DUE, Qt.SortOrder.DescendingOrder)
    check_model(qtmodeltester, view.proxy)
    resets: list[str] = []
    view.proxy.modelReset.connect(lambda: resets.append("proxy"))
    target = {"capture": "", "mark done": "b", "due date": "c", "reword": "d", "drop": "e"}
    target |= {"delete": "f", "reopen": "g", "reported": "h"}
    for name, change in action_changes(people):
        refs = [Ref(Kind.ACTION_ITEM, ids[target[name]])] if target[name] else []
        write(context, change(ids), *refs)
        fresh = context.read(action_items.item_rows)
        assert_shows_the_truth(view, fresh, name)
        assert all(row.mentor_id == grace for row in shown(view))
    assert resets == []


@dataclass(frozen=True)
class Row:
    id: str
    name: str
    size: int


class Rows(RowTableModel[Row]):
    HEADERS = ("Name", "Size")

    def display(self, row: Row, column: int) -> str:
        return row.name if column == 0 else str(row.size)

    def sort_key(self, row: Row, column: int) -> Any:
        return row.name if column == 0 else row.size


class Evens(RecordProxy[Row]):
    def accepts(self, record: Any) -> bool:
        return bool(record.size % 2 == 0)


@pytest.mark.parametrize("order", [Qt.SortOrder.AscendingOrder, Qt.SortOrder.DescendingOrder])
def test_many_rows_set_at_once_come_in_key_order_ties_as_given(
    qtmodeltester: ModelTester, order: Qt.SortOrder
) -> None:
    model = Rows()
    proxy = Evens()
    proxy.setSourceModel(model)
    check_model(qtmodeltester, proxy)
    model.sort(1, order)
    given = [Row(f"r{n}", f"name {n}", (n * 7919) % 50) for n in range(3000)]
    model.set_rows(given)
    descending = order == Qt.SortOrder.DescendingOrder
    expected = sorted(given, key=lambda row: row.size, reverse=descending)
    assert model.rows() == expected
    assert [proxy.record(n) for n in range(proxy.rowCount())] == [
        row for row in expected if row.size % 2 == 0
    ]
    # And sorted by the other column, then back: the same rows in the same places.
    model.sort(0, Qt.SortOrder.AscendingOrder)
    assert model.rows() == sorted(given, key=lambda row: row.name)
    model.sort(1, order)
    assert model.rows() == expected
    assert [proxy.record(n) for n in range(proxy.rowCount())] == [
        row for row in expected if row.size % 2 == 0
    ]


def test_the_proxy_cells_say_what_the_model_cells_say(view: ActionItemsView) -> None:
    proxy = view.proxy
    roles = [
        Qt.ItemDataRole.DisplayRole,
        Qt.ItemDataRole.ToolTipRole,
        Qt.ItemDataRole.AccessibleTextRole,
        Qt.ItemDataRole.FontRole,
        Qt.ItemDataRole.ForegroundRole,
        Qt.ItemDataRole.TextAlignmentRole,
        OBJECT_ROLE,
        SORT_ROLE,
    ]
    assert proxy.rowCount() > 20
    for row in range(proxy.rowCount()):
        for column in range(proxy.columnCount()):
            index = proxy.index(row, column)
            source = proxy.mapToSource(index)
            for role in roles:
                assert index.data(role) == source.data(role), (row, column, role)
    assert proxy.data(QModelIndex()) is None


class OwnData(Rows):
    """A model that answers ``data`` itself (as the mentor's timeline does)."""

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        row = self.record(index)
        if row is None or role != Qt.ItemDataRole.DisplayRole:
            return None
        return f"own {row.name}"


def test_a_model_that_answers_data_itself_is_asked_through_the_proxy() -> None:
    model = OwnData()
    proxy = RecordProxy[Row]()
    proxy.setSourceModel(model)
    model.set_rows([Row("a", "Ann", 1), Row("b", "Bo", 2)])
    assert [proxy.index(n, 0).data() for n in range(2)] == ["own Ann", "own Bo"]


def visible_rows(view: ActionItemsView) -> range:
    table = view.table
    last = table.rowAt(table.viewport().height() - 1)
    return range(max(0, table.rowAt(0)), (last if last >= 0 else view.proxy.rowCount() - 1) + 1)


def assert_columns_hold_their_cells(view: ActionItemsView, columns: tuple[int, ...]) -> None:
    table = view.table
    for row in visible_rows(view):
        for column in columns:
            needed = table.sizeHintForIndex(view.proxy.index(row, column)).width()
            assert table.columnWidth(column) >= needed, (row, column)


def test_after_sorts_and_a_larger_font_the_columns_still_hold_what_they_show(
    qtbot: QtBot, view: ActionItemsView
) -> None:
    kept = (ActionTableModel.COL_DUE, ActionTableModel.COL_MENTOR, ActionTableModel.COL_STATUS)
    assert_columns_hold_their_cells(view, kept)
    for column in (ActionTableModel.COL_MENTOR, ActionTableModel.COL_DUE):
        for _twice in range(2):
            click_header(view, column)
            assert_columns_hold_their_cells(view, kept)
    font = view.table.font()
    font.setPointSizeF(font.pointSizeF() * 1.6)
    view.table.setFont(font)
    click_header(view, ActionTableModel.COL_MENTOR)  # cells measured before are wider now
    assert_columns_hold_their_cells(view, kept)


def test_rows_added_changed_and_removed_one_by_one_keep_their_sorted_places(
    qtmodeltester: ModelTester,
) -> None:
    """Many one-row changes between sorts both ways: the rows are always the stable
    sort of the rows in the order they came (a changed row keeps its turn)."""
    import random

    chance = random.Random(17)
    model = Rows()
    proxy = Evens()
    proxy.setSourceModel(model)
    check_model(qtmodeltester, proxy)
    arrived = [
        Row(f"r{n}", f"name {chance.randrange(20)}", chance.randrange(30)) for n in range(80)
    ]
    model.set_rows(arrived)
    made = len(arrived)
    for step in range(240):
        if step % 40 == 0:
            model.sort(
                step // 40 % 2,
                (Qt.SortOrder.AscendingOrder, Qt.SortOrder.DescendingOrder)[step // 80 % 2],
            )
        what = chance.random()
        if what < 0.35:
            row = Row(f"r{made}", f"name {chance.randrange(20)}", chance.randrange(30))
            made += 1
            model.merge([row], {row.id})
            arrived.append(row)
        elif what < 0.6 and arrived:
            gone = arrived.pop(chance.randrange(len(arrived)))
            model.merge([], {gone.id})
        elif arrived:
            number = chance.randrange(len(arrived))
            old = arrived[number]
            arrived[number] = Row(old.id, f"name {chance.randrange(20)}", chance.randrange(30))
            model.merge([arrived[number]], {old.id})
        column, order = model.sort_column(), model.sort_order()
        expected = sorted(
            arrived,
            key=lambda row: model.sort_key(row, column),
            reverse=order == Qt.SortOrder.DescendingOrder,
        )
        assert model.rows() == expected, step
        assert [proxy.record(n) for n in range(proxy.rowCount())] == [
            row for row in expected if row.size % 2 == 0
        ]
        assert all(model.row_of(row.id) == number for number, row in enumerate(expected))


def test_a_capture_and_a_change_touch_one_row_of_the_list_on_screen(
    view: ActionItemsView, context: AppContext, people: list[str]
) -> None:
    """What the Action items list does when meeting mode captures an item (issue 17):
    one row inserted where it sorts, in the model and in the filter; a changed item
    is one row changed (moved first if its key moved); never a reset or a re-sort."""
    model, proxy = view.model, view.proxy
    heard: list[tuple[str, str, int, int]] = []
    for name, source in (("model", model), ("proxy", proxy)):
        source.rowsInserted.connect(
            lambda _p, first, last, name=name: heard.append((name, "insert", first, last))
        )
        source.rowsMoved.connect(lambda *_a, name=name: heard.append((name, "move", 0, 0)))
        source.dataChanged.connect(
            lambda top, bottom, *_a, name=name: heard.append(
                (name, "change", top.row(), bottom.row())
            )
        )
        for signal, what in ((source.layoutChanged, "layout"), (source.modelReset, "reset")):
            signal.connect(lambda *_a, name=name, what=what: heard.append((name, what, 0, 0)))

    def made(session: Any) -> Any:
        return action_items.capture(session, people[1], "Ask about circles", now=utc_now())

    write(context, made)
    new = next(
        row for row in context.read(action_items.item_rows) if row.text == "Ask about circles"
    )
    place = model.row_of(new.id)
    assert sorted(heard) == [("model", "insert", place, place), ("proxy", "insert", place, place)]
    assert model.rows() == sorted(
        context.read(action_items.item_rows),
        key=lambda row: model.sort_key(row, model.sort_column()),
        reverse=model.sort_order() == Qt.SortOrder.DescendingOrder,
    )
    heard.clear()
    write(
        context,
        lambda s: action_items.update(s, new.id, text="Ask about mentoring circles", now=utc_now()),
        Ref(Kind.ACTION_ITEM, new.id),
    )
    place = model.row_of(new.id)
    assert sorted(heard) == [("model", "change", place, place), ("proxy", "change", place, place)]
    assert proxy.index(place, ActionTableModel.COL_TEXT).data() == "Ask about mentoring circles"


@dataclass(frozen=True)
class Owned:
    id: str
    owner: str
    size: int


class OwnedRows(RowTableModel[Owned]):
    HEADERS = ("Size",)
    RELATED = ("owner",)

    def sort_key(self, row: Owned, column: int) -> Any:
        return row.size


def test_which_rows_belong_to_which_records_is_the_same_built_in_slices() -> None:
    rows: list[Any] = [Owned(f"r{n}", f"o{n % 7}", n % 13) for n in range(12_345)]
    rows[100] = None  # a row that went
    whole = Relations(lambda row: (row.id, row.owner), ("owner",)).index(rows)
    sliced = Relations(lambda row: (row.id, row.owner), ("owner",))
    turns = 1
    while not sliced.build_some(rows):
        turns += 1
    assert turns == 3  # 5,000 rows a turn
    assert sliced.index(rows) == whole
    said = Relations(lambda row: (row.id, row.owner), None)  # a model's own related_ids
    assert said.build_some(rows) is False
    assert said.index(rows) == whole
    assert whole["o3"] == {f"r{n}" for n in range(3, 12_345, 7) if n != 100}


def test_news_that_comes_while_the_rows_are_still_being_related_finds_every_row() -> None:
    model = OwnedRows()
    proxy = RecordProxy[Owned]()
    proxy.setSourceModel(model)
    model.sort(0, Qt.SortOrder.DescendingOrder)
    model.set_rows([Owned(f"r{n}", f"o{n % 7}", n % 13) for n in range(12_000)])
    model.prepare_changes()  # one slice now, the rest on later turns of the loop
    fresh = [Owned(f"r{n}", "o3", 99) for n in range(3, 12_000, 14)]  # half of o3's
    model.merge(fresh, {"o3"})  # o3's other rows went
    expected = [row for row in model.rows() if row.owner != "o3" or row.size == 99]
    assert len(model.rows()) == 12_000 - len(range(3, 12_000, 7)) + len(fresh)
    assert model.rows() == expected
    assert [row.size for row in model.rows()[: len(fresh)]] == [99] * len(fresh)
    assert [proxy.record(n) for n in range(proxy.rowCount())] == model.rows()
