"""The mentors table model and its filter/sort proxy, without widgets."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

import pytest
from PySide6.QtCore import Qt
from pytestqt.modeltest import ModelTester

from mentordesk.db.database import Database
from mentordesk.db.types import utc_now
from mentordesk.services.mentors import (
    MentorData,
    MentorSnapshot,
    create_mentor,
    list_mentors,
    update_mentor,
)
from mentordesk.ui.mentors.table import OBJECT_ROLE, MentorFilterProxy, MentorTableModel
from tests.ui.helpers import check_model

# All within one minute, so the "Last updated" text is the same for every row
# and only the real time can order them.
BASE = datetime(2024, 3, 5, 9, 30, 10, tzinfo=UTC)

# name, role, organisation, affiliation, status, tags, seconds after BASE
Person = tuple[str, str, str, str, str, tuple[str, ...], int]
PEOPLE: tuple[Person, ...] = (
    ("Zoe Park", "Director", "Café Nova", "external", "paused", ("Architecture",), 3),
    ("adam Ng", "Tutor", "Zephyr Labs", "internal", "ended", ("writing",), 4),
    ("Émile Roux", "Écrivain", "brightline", "internal", "active", ("design",), 0),
    ("Carla Diaz", "coach", "delta", "external", "requested", ("cooking",), 1),
    ("Bob Stone", "analyst", "Acme", "external", "prospect", ("biology",), 2),
)


def make_snapshots(database: Database, people: tuple[Person, ...] = PEOPLE) -> list[MentorSnapshot]:
    """Mentors created by the services, with chosen 'last updated' moments."""
    result = []
    with database.session() as session:
        for name, role, organisation, affiliation, status, tags, seconds in people:
            data = MentorData(
                name=name,
                role=role,
                organisation=organisation,
                affiliation=affiliation,
                status=status,
                tags=tags,
                email=f"{name.split()[0].lower()}@example.com",
            )
            moment = BASE + timedelta(seconds=seconds)
            result.append(create_mentor(session, data, now=moment))
    return result


@pytest.fixture
def mentors(database: Database) -> list[MentorSnapshot]:
    return make_snapshots(database)


@pytest.fixture
def proxy(mentors: list[MentorSnapshot]) -> MentorFilterProxy:
    return proxy_over(mentors)


def proxy_over(rows: list[MentorSnapshot]) -> MentorFilterProxy:
    """The filter proxy over a table model of ``rows`` (the proxy keeps the model alive)."""
    proxy = MentorFilterProxy()
    model = MentorTableModel(proxy)
    model.set_rows(rows)
    proxy.setSourceModel(model)
    return proxy


def names(proxy: MentorFilterProxy) -> list[str]:
    return [proxy.index(row, 0).data(OBJECT_ROLE).data.name for row in range(proxy.rowCount())]


def column_texts(proxy: MentorFilterProxy, column: int) -> list[str]:
    return [str(proxy.index(row, column).data()) for row in range(proxy.rowCount())]


# -- model checks ---------------------------------------------------------------------


def test_model_with_rows_passes_the_model_tester(
    qtmodeltester: ModelTester, mentors: list[MentorSnapshot]
) -> None:
    model = MentorTableModel()
    model.set_rows(mentors)
    check_model(qtmodeltester, model)
    assert model.rowCount() == len(PEOPLE)
    assert model.columnCount() == len(MentorTableModel.HEADERS)
    # Changing the rows afterwards is watched by the tester too.
    model.set_rows(mentors[:2])
    model.set_rows([])
    assert model.rowCount() == 0


def test_empty_model_passes_the_model_tester(qtmodeltester: ModelTester) -> None:
    model = MentorTableModel()
    check_model(qtmodeltester, model)
    assert model.rowCount() == 0
    assert model.headerData(0, Qt.Orientation.Horizontal) == "Name"


def test_filter_proxy_passes_the_model_tester(
    qtmodeltester: ModelTester, proxy: MentorFilterProxy, mentors: list[MentorSnapshot]
) -> None:
    check_model(qtmodeltester, proxy)
    proxy.sort(MentorTableModel.COL_STATUS, Qt.SortOrder.DescendingOrder)
    proxy.set_text("e")
    proxy.set_status(MentorFilterProxy.NOT_ENDED)
    source = proxy.sourceModel()
    assert isinstance(source, MentorTableModel)
    source.set_rows(mentors[1:])
    proxy.set_text("")
    proxy.set_status(MentorFilterProxy.ALL_STATUSES)
    assert proxy.rowCount() == len(PEOPLE) - 1


def test_cells_show_what_the_user_entered(proxy: MentorFilterProxy) -> None:
    proxy.sort(MentorTableModel.COL_NAME, Qt.SortOrder.AscendingOrder)
    row = names(proxy).index("Émile Roux")
    shown = [str(proxy.index(row, column).data()) for column in range(proxy.columnCount())]
    columns = (
        MentorTableModel.COL_NAME,
        MentorTableModel.COL_ROLE,
        MentorTableModel.COL_ORGANISATION,
        MentorTableModel.COL_AFFILIATION,
        MentorTableModel.COL_STATUS,
        MentorTableModel.COL_TAGS,
    )
    assert [shown[c] for c in columns] == [
        "Émile Roux",
        "Écrivain",
        "brightline",
        "Internal",
        "Active",
        "design",
    ]
    # The "Last updated" column shows the stored UTC moment in local time.
    local = (BASE + timedelta(seconds=0)).astimezone()
    assert shown[MentorTableModel.COL_UPDATED] == local.strftime("%Y-%m-%d %H:%M")


# -- sorting --------------------------------------------------------------------------

SORTED_ASCENDING = {
    MentorTableModel.COL_NAME: ["adam Ng", "Bob Stone", "Carla Diaz", "Émile Roux", "Zoe Park"],
    MentorTableModel.COL_ROLE: ["Bob Stone", "Carla Diaz", "Zoe Park", "Émile Roux", "adam Ng"],
    MentorTableModel.COL_ORGANISATION: [
        "Bob Stone",
        "Émile Roux",
        "Zoe Park",
        "Carla Diaz",
        "adam Ng",
    ],
    # Pipeline order, not alphabetical: prospect < requested < active < paused < ended.
    MentorTableModel.COL_STATUS: ["Bob Stone", "Carla Diaz", "Émile Roux", "Zoe Park", "adam Ng"],
    MentorTableModel.COL_TAGS: ["Zoe Park", "Bob Stone", "Carla Diaz", "Émile Roux", "adam Ng"],
    # By time, although every row shows the same minute.
    MentorTableModel.COL_UPDATED: [
        "Émile Roux",
        "Carla Diaz",
        "Bob Stone",
        "Zoe Park",
        "adam Ng",
    ],
}


@pytest.mark.parametrize(
    "column", sorted(SORTED_ASCENDING), ids=lambda c: MentorTableModel.HEADERS[c]
)
def test_sorting_by_each_column(proxy: MentorFilterProxy, column: int) -> None:
    proxy.sort(column, Qt.SortOrder.AscendingOrder)
    assert names(proxy) == SORTED_ASCENDING[column]
    proxy.sort(column, Qt.SortOrder.DescendingOrder)
    assert names(proxy) == SORTED_ASCENDING[column][::-1]


def test_sorting_by_affiliation_groups_external_and_internal(proxy: MentorFilterProxy) -> None:
    column = MentorTableModel.COL_AFFILIATION
    proxy.sort(column, Qt.SortOrder.AscendingOrder)
    assert column_texts(proxy, column) == ["External"] * 3 + ["Internal"] * 2
    proxy.sort(column, Qt.SortOrder.DescendingOrder)
    assert column_texts(proxy, column) == ["Internal"] * 2 + ["External"] * 3


def test_status_sort_is_not_alphabetical(proxy: MentorFilterProxy) -> None:
    proxy.sort(MentorTableModel.COL_STATUS, Qt.SortOrder.AscendingOrder)
    shown = column_texts(proxy, MentorTableModel.COL_STATUS)
    assert shown == ["Prospect", "Requested", "Active", "Paused", "Ended"]
    assert shown != sorted(shown)


def test_sort_follows_a_changed_row(
    database: Database, proxy: MentorFilterProxy, mentors: list[MentorSnapshot]
) -> None:
    """After an edit the changed row moves to its place: the sort order still holds."""
    proxy.sort(MentorTableModel.COL_UPDATED, Qt.SortOrder.DescendingOrder)
    bob = next(m for m in mentors if m.data.name == "Bob Stone")
    assert names(proxy)[0] != "Bob Stone"
    later = BASE + timedelta(minutes=5)
    with database.session() as session:
        update_mentor(session, bob.id, bob.data, now=later)
    source = proxy.sourceModel()
    assert isinstance(source, MentorTableModel)
    with database.session() as session:
        source.merge(
            list_mentors(session, {bob.id}, today=date.today(), now=utc_now()), {bob.id}
        )  # change news names Bob
    assert names(proxy)[0] == "Bob Stone"
    assert len(names(proxy)) == len(mentors)


# -- filtering ------------------------------------------------------------------------

FILTER_PEOPLE: tuple[Person, ...] = (
    ("José Martínez", "Engineer", "Acme", "external", "active", ("python",), 0),
    ("Joaquín Ibáñez", "Designer", "Ferrol Studio", "external", "active", ("design",), 1),
    ("Amara Okafor", "VP of Engineering", "Brightline", "internal", "active", ("leadership",), 2),
    ("Sam Whitfield", "Staff Engineer", "Brightline", "internal", "paused", ("routing",), 3),
    ("Ruth Ender", "Recruiter", "Zenith", "external", "ended", ("hiring", "leadership"), 4),
    ("Mei Zhou", "Data lead", "Harbour Health", "external", "prospect", ("Data science",), 5),
)


@pytest.fixture
def filter_proxy(database: Database) -> MentorFilterProxy:
    proxy = proxy_over(make_snapshots(database, FILTER_PEOPLE))
    proxy.sort(MentorTableModel.COL_NAME, Qt.SortOrder.AscendingOrder)
    return proxy


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("jose", ["José Martínez"]),
        ("JOSÉ", ["José Martínez"]),
        ("martinez", ["José Martínez"]),
        ("IBÁÑEZ", ["Joaquín Ibáñez"]),
        ("ibanez", ["Joaquín Ibáñez"]),
        ("joaquin", ["Joaquín Ibáñez"]),
        ("jo", ["Joaquín Ibáñez", "José Martínez"]),
    ],
)
def test_filter_ignores_case_and_accents(
    filter_proxy: MentorFilterProxy, text: str, expected: list[str]
) -> None:
    filter_proxy.set_text(text)
    assert names(filter_proxy) == expected


def test_filter_matches_organisation_and_tags(filter_proxy: MentorFilterProxy) -> None:
    filter_proxy.set_text("brightline")
    assert names(filter_proxy) == ["Amara Okafor", "Sam Whitfield"]
    filter_proxy.set_text("LEADERSHIP")
    assert names(filter_proxy) == ["Amara Okafor", "Ruth Ender"]
    filter_proxy.set_text("science")  # part of the tag "Data science"
    assert names(filter_proxy) == ["Mei Zhou"]


@pytest.mark.parametrize(
    "text",
    [
        "Recruiter",  # Ruth's role only
        "designer",  # Joaquín's role only
        "example.com",  # everybody's email domain
        "ruth@",  # Ruth's email
    ],
)
def test_filter_does_not_match_role_or_email(filter_proxy: MentorFilterProxy, text: str) -> None:
    filter_proxy.set_text(text)
    assert names(filter_proxy) == []


def test_every_filter_word_must_match(filter_proxy: MentorFilterProxy) -> None:
    filter_proxy.set_text("brightline leadership")
    assert names(filter_proxy) == ["Amara Okafor"]
    filter_proxy.set_text("  leadership   brightline ")
    assert names(filter_proxy) == ["Amara Okafor"]
    filter_proxy.set_text("brightline hiring")
    assert names(filter_proxy) == []
    filter_proxy.set_text("")
    assert len(names(filter_proxy)) == len(FILTER_PEOPLE)


@pytest.mark.parametrize(
    ("status", "expected"),
    [
        ("active", ["Amara Okafor", "Joaquín Ibáñez", "José Martínez"]),
        ("paused", ["Sam Whitfield"]),
        ("ended", ["Ruth Ender"]),
        ("requested", []),
        (
            MentorFilterProxy.NOT_ENDED,
            ["Amara Okafor", "Joaquín Ibáñez", "José Martínez", "Mei Zhou", "Sam Whitfield"],
        ),
        (
            MentorFilterProxy.ALL_STATUSES,
            [
                "Amara Okafor",
                "Joaquín Ibáñez",
                "José Martínez",
                "Mei Zhou",
                "Ruth Ender",
                "Sam Whitfield",
            ],
        ),
    ],
)
def test_status_filter(filter_proxy: MentorFilterProxy, status: str, expected: list[str]) -> None:
    filter_proxy.set_status(status)
    assert names(filter_proxy) == expected


def test_status_and_text_filters_combine(filter_proxy: MentorFilterProxy) -> None:
    filter_proxy.set_text("leadership")
    filter_proxy.set_status(MentorFilterProxy.NOT_ENDED)
    assert names(filter_proxy) == ["Amara Okafor"]
    filter_proxy.set_status("ended")
    assert names(filter_proxy) == ["Ruth Ender"]
