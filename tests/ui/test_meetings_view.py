"""The Meetings area and a mentor's meeting history: model, filters, and user actions."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, date, datetime, timedelta

import pytest
from PySide6.QtCore import QAbstractItemModel, QModelIndex, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QCheckBox,
    QComboBox,
    QLineEdit,
    QListWidget,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QTableView,
    QWidget,
)
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from mentordesk.db.database import Database
from mentordesk.db.types import utc_now
from mentordesk.services import action_items, meeting_queries, meetings
from mentordesk.services.kinds import Kind
from mentordesk.services.meeting_queries import MeetingRow
from mentordesk.services.meetings import MeetingPlan
from mentordesk.ui.action_items.area import ActionItemsView
from mentordesk.ui.action_items.done_dialog import ActionDoneDialog
from mentordesk.ui.context import AppContext
from mentordesk.ui.lists.list_area import PAGE_EMPTY, PAGE_LIST
from mentordesk.ui.meetings.area import MeetingsView
from mentordesk.ui.meetings.mentor_tab import MentorMeetingsPanel
from mentordesk.ui.meetings.plan_dialog import PlanMeetingDialog
from mentordesk.ui.meetings.table import MeetingFilterProxy, MeetingTableModel
from tests.ui.conftest import DialogAnswerer
from tests.ui.helpers import add_people, check_model, click, press

LEFT = Qt.MouseButton.LeftButton
NOW = datetime(2025, 3, 10, 12, 0, tzinfo=UTC)


@pytest.fixture
def people(database: Database) -> dict[str, str]:
    return add_people(database, "Ada Lovelace", "Grace Hopper")


def add_meeting(
    database: Database, mentor_id: str, start: datetime, *, held: bool = False, **kw: object
) -> str:
    with database.session() as session:
        plan = MeetingPlan(mentor_id, start, **kw)  # type: ignore[arg-type]
        meeting = meetings.plan_meeting(session, plan, now=utc_now())
        if held:
            meetings.end_meeting(session, meeting.id, actual_minutes=50, rating=4, now=start)
        return meeting.id


def around(database: Database, people: dict[str, str], now: datetime) -> dict[str, str]:
    """Ada: held a week ago, planned tomorrow (3 agenda points); Grace: planned in 3 days,
    and a planned meeting yesterday that was never held."""
    ada, grace = people["Ada Lovelace"], people["Grace Hopper"]
    return {
        "held": add_meeting(database, ada, now - timedelta(days=7), held=True),
        "tomorrow": add_meeting(database, ada, now + timedelta(days=1), agenda=("a", "b", "c")),
        "grace": add_meeting(database, grace, now + timedelta(days=3), format="phone"),
        "missed": add_meeting(database, grace, now - timedelta(days=1)),
    }


def rows(database: Database) -> list[MeetingRow]:
    with database.session() as session:
        return meeting_queries.meeting_rows(session)


def action_items_states(database: Database) -> list[action_items.ActionItemState]:
    with database.session() as session:
        return action_items.item_rows(session)


def column(proxy: MeetingFilterProxy, col: int) -> list[str]:
    return [str(proxy.index(r, col).data()) for r in range(proxy.rowCount())]


def ids(proxy: QAbstractItemModel) -> list[str]:
    return [
        proxy.index(r, 0).data(Qt.ItemDataRole.UserRole + 2).id for r in range(proxy.rowCount())
    ]


clock = [NOW]  # what "now" is for the models made by make_proxy


@pytest.fixture(autouse=True)
def _clock_back() -> Iterator[None]:
    yield
    clock[0] = NOW


def make_proxy(database: Database) -> MeetingFilterProxy:
    proxy = MeetingFilterProxy()
    model = MeetingTableModel(lambda: clock[0], proxy)  # the proxy owns it: one to keep
    model.set_rows(rows(database))
    proxy.setSourceModel(model)
    proxy.sort(MeetingTableModel.COL_WHEN, Qt.SortOrder.AscendingOrder)
    return proxy


def double_click(table: QTableView, index: QModelIndex) -> None:
    """A real double click: press and release, then the double-click event."""
    pos = table.visualRect(index).center()
    click(table.viewport(), pos)
    QTest.mouseDClick(table.viewport(), LEFT, Qt.KeyboardModifier.NoModifier, pos)


def make_view(qtbot: QtBot, context: AppContext) -> MeetingsView:
    view = MeetingsView(context)
    qtbot.addWidget(view)
    view.resize(1100, 700)
    view.show()
    qtbot.waitExposed(view)
    view.activateWindow()
    qtbot.waitUntil(view.isActiveWindow)
    return view


# -- model and proxy ------------------------------------------------------------------


def test_model_and_proxy_pass_the_model_tester(
    qtmodeltester: ModelTester, database: Database, people: dict[str, str]
) -> None:
    model = MeetingTableModel(lambda: NOW)
    check_model(qtmodeltester, model)
    around(database, people, NOW)
    model.set_rows(rows(database))
    check_model(qtmodeltester, model)
    proxy = MeetingFilterProxy()
    proxy.setSourceModel(model)
    check_model(qtmodeltester, proxy)


def test_cells_show_time_status_duration_rating_and_agenda_progress(
    database: Database, people: dict[str, str]
) -> None:
    meeting_ids = around(database, people, NOW)
    proxy = make_proxy(database)
    proxy.set_scope(MeetingFilterProxy.ALL)
    row = ids(proxy).index(meeting_ids["held"])

    def cell(col: int) -> object:
        return proxy.index(row, col).data()

    local = (NOW - timedelta(days=7)).astimezone()
    assert cell(MeetingTableModel.COL_WHEN) == local.strftime("%a %Y-%m-%d %H:%M")  # C locale
    assert cell(MeetingTableModel.COL_STATUS) == "Held"
    assert cell(MeetingTableModel.COL_DURATION) == "took 50 min"
    assert proxy.index(row, MeetingTableModel.COL_DURATION).data(Qt.ItemDataRole.ToolTipRole) == (
        "Planned 45 minutes, took 50"
    )
    assert cell(MeetingTableModel.COL_RATING) == "★★★★☆"
    tomorrow = ids(proxy).index(meeting_ids["tomorrow"])
    assert proxy.index(tomorrow, MeetingTableModel.COL_AGENDA).data() == "0/3"
    missed = ids(proxy).index(meeting_ids["missed"])
    assert proxy.index(missed, MeetingTableModel.COL_STATUS).data() == "Planned (not held)"


def test_upcoming_and_past_split_at_now(database: Database, people: dict[str, str]) -> None:
    meeting_ids = around(database, people, NOW)
    proxy = make_proxy(database)
    proxy.set_scope(MeetingFilterProxy.UPCOMING)
    assert ids(proxy) == [meeting_ids["tomorrow"], meeting_ids["grace"]]
    proxy.set_scope(MeetingFilterProxy.PAST)
    assert ids(proxy) == [meeting_ids["held"], meeting_ids["missed"]]
    # A day later, tomorrow's meeting is past too.
    clock[0] = NOW + timedelta(days=2)
    proxy.refilter()
    assert meeting_ids["tomorrow"] in ids(proxy)


def test_filters_by_mentor_status_and_date_range(
    database: Database, people: dict[str, str]
) -> None:
    meeting_ids = around(database, people, NOW)
    proxy = make_proxy(database)
    proxy.set_mentor(people["Grace Hopper"])
    assert sorted(ids(proxy)) == sorted([meeting_ids["grace"], meeting_ids["missed"]])
    proxy.set_mentor(None)
    proxy.set_status("held")
    assert ids(proxy) == [meeting_ids["held"]]
    proxy.set_status(MeetingFilterProxy.ANY_STATUS)
    first = (NOW - timedelta(days=1)).astimezone().date()
    proxy.set_date_range(first + timedelta(days=2), first)  # either order
    assert ids(proxy) == [meeting_ids["missed"], meeting_ids["tomorrow"]]
    proxy.set_date_range(date(2030, 1, 1), date(2030, 12, 31))
    assert ids(proxy) == []
    proxy.set_date_range(None)
    assert len(ids(proxy)) == 4


# -- the view -------------------------------------------------------------------------


def test_empty_state_asks_for_a_mentor_first(qtbot: QtBot, context: AppContext) -> None:
    view = make_view(qtbot, context)
    assert view.pages.currentIndex() == PAGE_EMPTY
    assert "add a mentor first" in view.empty.text.text()
    assert not view.empty_plan.isVisible()


def test_empty_state_offers_to_plan_when_there_are_mentors(
    qtbot: QtBot, context: AppContext, people: dict[str, str]
) -> None:
    view = make_view(qtbot, context)
    assert view.pages.currentIndex() == PAGE_EMPTY
    assert view.empty_plan.isVisible() and view.empty_plan.text() == "Plan a meeting"


def test_shows_upcoming_soonest_first_and_switches_to_past(
    qtbot: QtBot, context: AppContext, database: Database, people: dict[str, str]
) -> None:
    meeting_ids = around(database, people, utc_now())
    view = make_view(qtbot, context)
    assert view.pages.currentIndex() == PAGE_LIST
    assert ids(view.proxy) == [meeting_ids["tomorrow"], meeting_ids["grace"]]
    past = view.findChild(QPushButton, "pastScopeButton")
    assert past is not None
    click(past)
    assert ids(view.proxy) == [meeting_ids["missed"], meeting_ids["held"]]  # newest first
    # The brief follows the selected meeting's mentor.
    view.select_meeting(meeting_ids["held"])
    assert view.brief.title.text() == "Before you meet Ada Lovelace"


def test_enter_and_double_click_open_meeting_mode(
    qtbot: QtBot, context: AppContext, database: Database, people: dict[str, str]
) -> None:
    meeting_ids = around(database, people, utc_now())
    view = make_view(qtbot, context)
    view.select_meeting(meeting_ids["grace"])
    view.table.setFocus()
    with qtbot.waitSignal(context.meeting_mode_requested) as signal:
        press(view.table, Qt.Key.Key_Return)
    assert signal.args == [meeting_ids["grace"]]
    with qtbot.waitSignal(context.meeting_mode_requested) as signal:
        double_click(view.table, view.table.currentIndex())
    assert signal.args == [meeting_ids["grace"]]


def test_cancel_is_shown_and_undoable(
    qtbot: QtBot, context: AppContext, database: Database, people: dict[str, str]
) -> None:
    meeting_ids = around(database, people, utc_now())
    view = make_view(qtbot, context)
    view.select_meeting(meeting_ids["tomorrow"])
    cancel = view.findChild(QPushButton, "cancelMeetingButton")
    assert cancel is not None and cancel.isEnabled()
    click(cancel)

    def status() -> object:
        return view.table.currentIndex().siblingAtColumn(MeetingTableModel.COL_STATUS).data()

    assert status() == "Cancelled"
    assert not cancel.isEnabled()  # a cancelled meeting cannot be cancelled again
    context.undo_stack.undo()
    qtbot.waitUntil(lambda: status() == "Planned")
    assert next(r for r in rows(database) if r.id == meeting_ids["tomorrow"]).status == "planned"


def test_delete_says_what_goes_and_undo_brings_it_all_back(
    qtbot: QtBot,
    context: AppContext,
    database: Database,
    people: dict[str, str],
    dialogs: DialogAnswerer,
) -> None:
    meeting_ids = around(database, people, utc_now())
    with database.session() as session:
        action_items.capture(
            session,
            people["Ada Lovelace"],
            "Call",
            meeting_id=meeting_ids["tomorrow"],
            now=utc_now(),
        )
    before = {r.id: r for r in rows(database)}
    view = make_view(qtbot, context)
    view.select_meeting(meeting_ids["tomorrow"])
    dialogs.answer(QMessageBox.StandardButton.Cancel)
    view.delete_current()
    assert meeting_ids["tomorrow"] in {r.id for r in rows(database)}
    assert "its agenda (3 points)" in dialogs.texts[0]
    assert "Its action item stays in the Action items area" in dialogs.texts[0]

    dialogs.answer(QMessageBox.StandardButton.Yes)
    view.delete_current()
    assert meeting_ids["tomorrow"] not in {r.id for r in rows(database)}
    assert meeting_ids["tomorrow"] not in ids(view.proxy)
    context.undo_stack.undo()
    qtbot.waitUntil(lambda: meeting_ids["tomorrow"] in ids(view.proxy))
    assert {r.id: r for r in rows(database)} == before


def test_select_meeting_clears_filters_that_hide_it(
    qtbot: QtBot, context: AppContext, database: Database, people: dict[str, str]
) -> None:
    meeting_ids = around(database, people, utc_now())
    view = make_view(qtbot, context)
    view.mentor_filter.setCurrentIndex(view.mentor_filter.findData(people["Grace Hopper"]))
    assert meeting_ids["tomorrow"] not in ids(view.proxy)
    view.select_meeting(meeting_ids["held"])
    current = view.current_meeting()
    assert current is not None and current.id == meeting_ids["held"]
    assert view.mentor_filter.currentIndex() == 0


# -- a mentor's meeting history ----------------------------------------------------------


def test_mentor_panel_lists_only_that_mentor_newest_first(
    qtbot: QtBot, context: AppContext, database: Database, people: dict[str, str]
) -> None:
    meeting_ids = around(database, people, utc_now())
    panel = MentorMeetingsPanel(context)
    qtbot.addWidget(panel)
    panel.show()
    panel.set_mentor(people["Ada Lovelace"])
    assert ids(panel.proxy) == [meeting_ids["tomorrow"], meeting_ids["held"]]
    assert panel.plan_button.accessibleName() == "Plan a meeting with Ada Lovelace"
    assert "2 meetings with Ada Lovelace, 1 held" in panel.summary.text()
    panel.set_mentor(None)
    assert ids(panel.proxy) == [] and not panel.plan_button.isEnabled()
    # New meetings appear without asking.
    panel.set_mentor(people["Grace Hopper"])
    new = add_meeting(database, people["Grace Hopper"], utc_now() + timedelta(days=9))
    context.notify(Kind.MEETING, [new])
    qtbot.waitUntil(lambda: ids(panel.proxy)[:1] == [new])


def test_mentor_panel_double_click_opens_a_planned_meeting_in_meeting_mode(
    qtbot: QtBot, context: AppContext, database: Database, people: dict[str, str]
) -> None:
    meeting_ids = around(database, people, utc_now())
    panel = MentorMeetingsPanel(context)
    qtbot.addWidget(panel)
    panel.resize(600, 400)
    panel.show()
    qtbot.waitExposed(panel)
    panel.set_mentor(people["Ada Lovelace"])
    with qtbot.waitSignal(context.meeting_mode_requested) as signal:
        double_click(panel.table, panel.proxy.index(0, 0))  # tomorrow's, still planned
    assert signal.args == [meeting_ids["tomorrow"]]


# -- names for screen readers and tests --------------------------------------------------

INTERACTIVE = (
    QLineEdit,
    QPlainTextEdit,
    QComboBox,
    QPushButton,
    QCheckBox,
    QTableView,
    QListWidget,
    QAbstractSpinBox,
)


def unnamed_widgets(root: QWidget) -> list[str]:
    found = [
        widget
        for kind in INTERACTIVE
        for widget in root.findChildren(kind)
        # Qt's own parts: the text box of a combo or spin box, a calendar popup's.
        if not isinstance(widget.parent(), QComboBox | QAbstractSpinBox)
        and not widget.objectName().startswith("qt_")
    ]
    names = [w.objectName() for w in found]
    duplicates = sorted({n for n in names if names.count(n) > 1})
    return [
        f"{type(w).__name__} {w.objectName()!r} {w.accessibleName()!r}"
        for w in found
        if not w.objectName() or not w.accessibleName()
    ] + [f"duplicate name {n!r}" for n in duplicates]


def test_every_control_has_a_name(
    qtbot: QtBot, context: AppContext, database: Database, people: dict[str, str]
) -> None:
    meeting_ids = around(database, people, utc_now())
    with database.session() as session:
        for text in ("One", "Two"):
            item = action_items.capture(session, people["Ada Lovelace"], text, now=utc_now())
            action_items.mark_done(session, item.id, outcome="ok", report_back=True, now=utc_now())
    view = make_view(qtbot, context)
    view.select_meeting(meeting_ids["tomorrow"])
    qtbot.waitUntil(lambda: len(view.brief.body.findChildren(QPushButton)) == 2)
    actions = ActionItemsView(context)
    qtbot.addWidget(actions)
    panel = MentorMeetingsPanel(context)
    qtbot.addWidget(panel)
    dialog = PlanMeetingDialog(context, people["Ada Lovelace"])
    qtbot.addWidget(dialog)
    done = ActionDoneDialog(action_items_states(database)[0], date(2025, 3, 10))
    qtbot.addWidget(done)
    for root in (view, actions, panel, dialog, done):
        problems = unnamed_widgets(root)
        assert problems == [], (type(root).__name__, *problems)
