"""The FTS5 index: kept in step by triggers, matching like a person expects, safe with any input."""

from __future__ import annotations

import random
import sqlite3
from datetime import UTC, datetime
from pathlib import Path

import pytest
from alembic import command
from sqlalchemy import text
from sqlalchemy.orm import Session

from mentordesk.config import Paths
from mentordesk.db import migrate
from mentordesk.db import search as index
from mentordesk.db.database import Database
from mentordesk.db.types import utc_now
from mentordesk.services import _loaded as loaded
from mentordesk.services import action_items, meeting_queries, meetings, mentors, records
from mentordesk.services.kinds import Kind, Ref
from mentordesk.services.mentors import MentorData

WHEN = datetime(2026, 3, 2, 15, 30, tzinfo=UTC)


def found(database: Database, query: str) -> list[tuple[str, str]]:
    """(kind, item id) of every match, best first."""
    with database.session() as session:
        return [(m.kind, m.item_id) for m in index.find(session, query)]


def entries(database: Database) -> list[tuple[str, str, str | None, str | None, str, str]]:
    with database.session() as session:
        rows = session.execute(
            text(
                "SELECT kind, item_id, mentor_id, meeting_id, title, body FROM search_index "
                "ORDER BY kind, title"
            )
        )
        return [tuple(row) for row in rows]


def add_mentor(database: Database, name: str, **fields: object) -> str:
    with database.session() as session:
        return mentors.create_mentor(session, MentorData(name=name, **fields), now=utc_now()).id  # type: ignore[arg-type]


def add_meeting(
    database: Database, mentor_id: str, notes: str = "", agenda: tuple[str, ...] = ()
) -> str:
    with database.session() as session:
        meeting = meetings.plan_meeting(
            session,
            meetings.MeetingPlan(mentor_id=mentor_id, scheduled_start=WHEN, agenda=agenda),
            now=utc_now(),
        )
        if notes:
            meetings.save_notes(session, meeting.id, notes, now=utc_now())
        return meeting.id


def check_index(database: Database) -> None:
    with database.session() as session:
        index.integrity_check(session)


# --- kept in step -------------------------------------------------------------------------


def test_a_new_mentor_is_found_by_every_field_and_tag(database: Database) -> None:
    mentor_id = add_mentor(
        database,
        "Ada Lovelace",
        role="Analyst",
        organisation="Babbage Engines",
        where_found_detail="Royal Society dinner",
        fit_notes="Thinks in algorithms",
        notes="Prefers letters",
        tags=("mathematics",),
    )
    for word in ("lovelace", "analyst", "babbage", "royal", "algorithms", "letters", "mathem"):
        assert found(database, word) == [("mentor", mentor_id)], word
    check_index(database)


def test_editing_a_mentor_replaces_what_is_found(database: Database) -> None:
    mentor_id = add_mentor(database, "Ada Lovelace", notes="likes poetry")
    with database.session() as session:
        mentors.update_mentor(
            session, mentor_id, MentorData(name="Ada King", notes="likes engines"), now=utc_now()
        )
    assert found(database, "poetry") == []
    assert found(database, "lovelace") == []
    assert found(database, "engines") == [("mentor", mentor_id)]
    assert found(database, "king") == [("mentor", mentor_id)]
    check_index(database)


def test_tag_changes_are_indexed(database: Database) -> None:
    mentor_id = add_mentor(database, "Ada", tags=("mathematics",))
    with database.session() as session:
        mentors.update_mentor(
            session, mentor_id, MentorData(name="Ada", tags=("poetry",)), now=utc_now()
        )
    assert found(database, "mathematics") == []
    assert found(database, "poetry") == [("mentor", mentor_id)]
    with database.session() as session:
        mentors.update_mentor(session, mentor_id, MentorData(name="Ada"), now=utc_now())
    assert found(database, "poetry") == []
    check_index(database)


def test_a_renamed_tag_is_indexed_for_every_mentor_with_it(database: Database) -> None:
    first = add_mentor(database, "Ada", tags=("maths",))
    second = add_mentor(database, "Grace", tags=("maths",))
    with database.session() as session:
        session.execute(text("UPDATE tag SET name = 'mathematics' WHERE name = 'maths'"))
    assert sorted(found(database, "mathematics")) == sorted([("mentor", first), ("mentor", second)])
    assert found(database, "maths") == []


def test_meeting_notes_takeaways_and_agenda_are_indexed(database: Database) -> None:
    mentor_id = add_mentor(database, "Grace Hopper")
    meeting_id = add_meeting(
        database, mentor_id, notes="talked about compilers", agenda=("nanoseconds",)
    )
    with database.session() as session:
        meetings.save_notes(
            session, meeting_id, "talked about compilers", "Ask forgiveness", now=utc_now()
        )
        agenda_id = loaded.meeting(session, meeting_id).agenda[0].id
    assert found(database, "compilers") == [("meeting", meeting_id)]
    assert found(database, "forgiveness") == [("meeting", meeting_id)]
    assert found(database, "nanoseconds") == [("agenda_item", agenda_id)]
    kinds = {row[0]: row for row in entries(database)}
    assert kinds["meeting"][2:5] == (mentor_id, meeting_id, "Grace Hopper 2026-03-02")
    assert kinds["agenda_item"][2:4] == (mentor_id, meeting_id)


def test_saving_notes_again_replaces_the_old_words(database: Database) -> None:
    mentor_id = add_mentor(database, "Grace Hopper")
    meeting_id = add_meeting(database, mentor_id, notes="first draft")
    with database.session() as session:
        meetings.save_notes(session, meeting_id, "second version", now=utc_now())
    assert found(database, "draft") == []
    assert found(database, "second") == [("meeting", meeting_id)]
    check_index(database)


def test_agenda_edits_and_removals_are_indexed(database: Database) -> None:
    mentor_id = add_mentor(database, "Grace Hopper")
    meeting_id = add_meeting(database, mentor_id, agenda=("budget", "hiring"))
    with database.session() as session:
        agenda = loaded.meeting(session, meeting_id).agenda
        meetings.set_agenda(session, meeting_id, [(agenda[0].id, "promotion", True)], now=utc_now())
    assert found(database, "budget") == []
    assert found(database, "hiring") == []
    assert found(database, "promotion") == [("agenda_item", agenda[0].id)]
    check_index(database)


def test_action_items_text_and_outcome_are_indexed(database: Database) -> None:
    mentor_id = add_mentor(database, "Grace Hopper")
    with database.session() as session:
        item_id = action_items.capture(
            session, mentor_id, "Read the COBOL manual", now=utc_now()
        ).id
        action_items.set_status(
            session, item_id, "done", outcome="Found a bug, a real moth", now=utc_now()
        )
    assert found(database, "cobol") == [("action_item", item_id)]
    assert found(database, "moth") == [("action_item", item_id)]
    with database.session() as session:
        action_items.delete(session, item_id)
    assert found(database, "cobol") == []
    check_index(database)


def test_renaming_a_mentor_renames_their_meetings_in_the_index(database: Database) -> None:
    mentor_id = add_mentor(database, "Grace Hopper")
    meeting_id = add_meeting(database, mentor_id)
    with database.session() as session:
        mentors.update_mentor(session, mentor_id, MentorData(name="Amazing Grace"), now=utc_now())
    assert ("meeting", meeting_id) in found(database, "amazing")
    assert found(database, "hopper") == []


def test_deleting_a_meeting_removes_it_and_its_agenda(database: Database) -> None:
    mentor_id = add_mentor(database, "Grace Hopper")
    meeting_id = add_meeting(database, mentor_id, notes="compilers", agenda=("nanoseconds",))
    with database.session() as session:
        item_id = action_items.capture(
            session, mentor_id, "Teach", meeting_id=meeting_id, now=utc_now()
        ).id
        meetings.delete_meeting(session, meeting_id)
    assert found(database, "compilers") == []
    assert found(database, "nanoseconds") == []
    # The action item stays, no longer linked to the meeting (ON DELETE SET NULL).
    assert [row[:4] for row in entries(database) if row[0] == "action_item"] == [
        ("action_item", item_id, mentor_id, None)
    ]
    check_index(database)


def test_deleting_a_mentor_removes_everything_of_theirs_by_cascade(database: Database) -> None:
    keep = add_mentor(database, "Ada Lovelace", notes="zebra")
    mentor_id = add_mentor(database, "Grace Hopper", notes="zebra", tags=("navy",))
    meeting_id = add_meeting(database, mentor_id, notes="zebra", agenda=("zebra",))
    with database.session() as session:
        action_items.capture(session, mentor_id, "zebra", meeting_id=meeting_id, now=utc_now())
    assert len(found(database, "zebra")) == 5
    with database.session() as session:
        mentors.delete_mentor(session, mentor_id)
    assert found(database, "zebra") == [("mentor", keep)]
    assert [row[0] for row in entries(database)] == ["mentor"]
    with database.session() as session:
        assert session.execute(text("SELECT kind FROM search_key")).scalars().all() == ["mentor"]
    check_index(database)


def test_undoing_a_mentor_deletion_indexes_them_again(database: Database) -> None:
    mentor_id = add_mentor(database, "Grace Hopper", tags=("navy",))
    with database.session() as session:
        _, removed = records.track(
            session,
            [Ref(Kind.MENTOR, mentor_id)],
            lambda s: mentors.delete_mentor(s, mentor_id),
            dependents=True,
        )
    assert found(database, "navy") == []
    with database.session() as session:
        records.apply(session, removed.reversed())
    assert found(database, "navy") == [("mentor", mentor_id)]
    check_index(database)


def test_ticking_an_agenda_item_does_not_touch_the_index(database: Database) -> None:
    mentor_id = add_mentor(database, "Grace Hopper")
    meeting_id = add_meeting(database, mentor_id, agenda=("budget",))
    with database.session() as session:
        before = session.execute(text("SELECT count(*) FROM search_index_data")).scalar()
        item = meeting_queries.detail(session, meeting_id).agenda[0]
        meetings.set_agenda(session, meeting_id, [(item.id, "budget", True)], now=utc_now())
        after = session.execute(text("SELECT count(*) FROM search_index_data")).scalar()
    assert before == after


# --- matching -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("stored", "typed"),
    [
        ("José Martí", "jose"),
        ("jose marti", "JOSÉ"),
        ("Ærø Straße", "straße"),
        ("Zoë Ünal", "zoe unal"),
        ("Łukasz Gąsior", "łukasz gasior"),  # Ł has no decomposition: not folded to L
        ("Leadership coaching", "lead"),
        ("Leadership coaching", "LEADERSHIP coa"),
        ("Ünal", "u"),
        ("Müller", "mul"),
        ("شريف الحسيني", "الحسيني"),
        ("山田太郎", "山田"),
        ("Привет Мир", "мир"),
    ],
)
def test_matching_ignores_case_and_accents_and_finds_prefixes(
    database: Database, stored: str, typed: str
) -> None:
    mentor_id = add_mentor(database, stored)
    assert found(database, typed) == [("mentor", mentor_id)]


def test_every_word_must_match(database: Database) -> None:
    ada = add_mentor(database, "Ada Lovelace", notes="poetry")
    add_mentor(database, "Ada Byron", notes="horses")
    assert found(database, "ada poetry") == [("mentor", ada)]


def test_a_title_match_ranks_above_a_body_only_match(database: Database) -> None:
    # Enough unrelated rows that "compass" is rare (bm25 needs a real collection).
    for number in range(8):
        add_mentor(database, f"Person {number}", notes="weekly chat")
    in_body = add_mentor(database, "Grace Hopper", notes="carries a compass everywhere")
    in_title = add_mentor(database, "Compass Jones", notes="nothing else")
    with database.session() as session:
        matches = index.find(session, "compass")
    assert [m.item_id for m in matches] == [in_title, in_body]
    assert matches[0].rank < matches[1].rank


def test_snippets_mark_the_matched_words(database: Database) -> None:
    add_mentor(database, "Grace", notes="Always " + "filler " * 40 + "ask about the compiler today")
    with database.session() as session:
        (match,) = index.find(session, "compil")
    assert f"{index.MARK_OPEN}compiler{index.MARK_CLOSE}" in match.body_snippet
    assert match.body_snippet.startswith(index.ELLIPSIS)
    assert len(match.body_snippet.split()) <= index.SNIPPET_TOKENS + 2


def test_the_limit_is_kept(database: Database) -> None:
    for number in range(7):
        add_mentor(database, f"Ada {number}")
    with database.session() as session:
        assert len(index.find(session, "ada", limit=3)) == 3
        assert index.find(session, "ada", limit=0) == []


# --- the query a user's text becomes ---------------------------------------------------


@pytest.mark.parametrize(
    ("typed", "expression"),
    [
        ("lead", '"lead"*'),
        ("  public   speak ", '"public"* AND "speak"*'),
        ('"quoted"', '"quoted"*'),
        ("a OR b", '"a"* AND "b"*'),
        ("NOT x", '"x"*'),
        ("or", '"or"*'),
        ("AND", '"AND"*'),
        ("title:ada", '"title"* AND "ada"*'),
        ("(x) ^y -z +w", '"x"* AND "y"* AND "z"* AND "w"*'),
        ("C++ / C#", '"C"* AND "C"*'),
        ("café-crème", '"café"* AND "crème"*'),
        ("", None),
        ("   ", None),
        ("***", None),
        ("\" ' ( ) * ^ : - + ,", None),
        ("🎉🚀", None),
        ("\u0301", None),
    ],
)
def test_user_text_becomes_a_quoted_prefix_query(typed: str, expression: str | None) -> None:
    assert index.match_expression(typed) == expression


def test_the_query_is_capped() -> None:
    expression = index.match_expression(" ".join(f"w{n}" for n in range(100)) + " " + "x" * 500)
    assert expression is not None
    assert expression.count("AND") == index.MAX_TERMS - 1
    assert max(len(term) for term in expression.split(" AND ")) <= index.MAX_TERM_LENGTH + 3


HOSTILE = [
    '"',
    '""',
    '"unbalanced',
    "'",
    "AND",
    "OR",
    "NOT",
    "NEAR",
    "ada AND",
    "OR ada",
    "ada NOT",
    "NEAR(ada grace, 2)",
    "ada NEAR grace",
    "*",
    "ada*",
    "*ada",
    "^ada",
    "ada:",
    ":",
    "title:ada",
    "body : grace",
    "{title body}: ada",
    "(",
    ")",
    "(ada",
    "-",
    "+",
    "-ada",
    ".",
    "...",
    "…",
    "¿?",
    "!@#$%^&*()_+=[]{}|\\;:'\",.<>/?`~",
    "\\",
    "%",
    "_",
    "a" * 10_000,
    ("ada " * 2500).strip(),
    "x" * 10_000 + " ada",
    "🎉",
    "ada 🎉 grace",
    "👩‍💻🧑🏽‍🏫",
    "שלום עולם",
    "مرحبا بالعالم",
    "\u202eada\u202c",
    "\u200f\u200e",
    "\x00",
    "ada\x00grace",
    "\x02ada\x03",
    "\ud7ff\ue000\uffff",
    "\U0010ffff",
    "\n\t\r",
    "<b>bold</b>",
    "'; DROP TABLE mentor; --",
    "ß" * 100,
    "ﷺ",
    "Ⅻ ½ ²",
    "e\u0301",
]


@pytest.mark.parametrize("typed", HOSTILE, ids=lambda text: repr(text[:20]))
def test_any_input_gives_results_or_nothing(database: Database, typed: str) -> None:
    """Hostile text is words or nothing: it finds only what is there, and the index
    still finds the mentor by name afterwards."""
    ada = add_mentor(database, "Ada Grace", notes="NEAR and OR and NOT — title: 🎉 שלום")
    with database.session() as session:
        matches = index.find(session, typed)
        assert {match.item_id for match in matches} <= {ada}
        assert [match.item_id for match in index.find(session, "Ada")] == [ada]


def test_random_unicode_never_breaks_the_query(database: Database) -> None:
    ada = add_mentor(database, "Ada Grace", notes="some notes with words like leadership")
    generator = random.Random(20261126)
    alphabet = (
        "\"*^:()-+.,;!?{}[]'\\ \t\n"
        + "ANDORNEARnot"
        + "".join(chr(c) for c in range(0x20, 0x250))
        + "אבגדهوي中文字🎉👩‍💻\u0301\u200d\u202e"
    )
    with database.session() as session:
        for _ in range(300):
            length = generator.randint(0, 40)
            if generator.random() < 0.5:
                typed = "".join(generator.choice(alphabet) for _ in range(length))
            else:
                typed = "".join(chr(generator.randint(1, 0x10FFFF)) for _ in range(length))
            typed = typed.encode("utf-8", "replace").decode("utf-8")  # no lone surrogates
            assert {match.item_id for match in index.find(session, typed)} <= {ada}
        assert [match.item_id for match in index.find(session, "leadership")] == [ada]


# --- the migration --------------------------------------------------------------------------

TRIGGERS = {
    *(
        f"search_{kind}_{event}"
        for kind in ("mentor", "meeting", "agenda_item", "action_item")
        for event in ("insert", "update", "delete")
    ),
    "search_mentor_tag_insert",
    "search_mentor_tag_delete",
    "search_tag_rename",
    "search_mentor_rename",
    "search_meeting_new_mentor",
}


def schema_names(path: Path, kind: str) -> set[str]:
    connection = sqlite3.connect(path)
    try:
        rows = connection.execute("SELECT name FROM sqlite_master WHERE type = ?", (kind,))
        return {str(name) for (name,) in rows}
    finally:
        connection.close()


def test_every_trigger_exists_at_head(database: Database, paths: Paths) -> None:
    # A later migration that rebuilds a table (batch mode) drops its triggers: this notices.
    assert schema_names(paths.database, "trigger") >= TRIGGERS


def test_downgrade_removes_the_index_and_upgrade_refills_it(
    database: Database, paths: Paths
) -> None:
    mentor_id = add_mentor(database, "Grace Hopper", tags=("navy",))
    with database.engine.begin() as connection:
        config = migrate.alembic_config(connection)
        command.downgrade(config, "0002")
    tables = schema_names(paths.database, "table")
    assert not {name for name in tables if name.startswith("search_")}
    assert not {n for n in schema_names(paths.database, "trigger") if n.startswith("search_")}
    with database.engine.begin() as connection:
        config = migrate.alembic_config(connection)
        command.upgrade(config, "head")
    assert found(database, "navy") == [("mentor", mentor_id)]
    check_index(database)


def test_an_upgraded_0001_database_finds_its_mentor(paths: Paths) -> None:
    fixture = Path(__file__).with_name("fixtures") / "mentordesk-0001.sqlite3"
    paths.ensure()
    paths.database.write_bytes(fixture.read_bytes())
    db = Database(paths)
    try:
        with db.session() as session:
            (match,) = index.find(session, "hopper")
            assert match.kind == "mentor"
            assert [m.item_id for m in index.find(session, "compil")] == [match.item_id]
            assert [m.item_id for m in index.find(session, "kept")] == [match.item_id]
            index.integrity_check(session)
    finally:
        db.close()


def test_sessions_see_the_index_through_the_orm(database: Database) -> None:
    mentor_id = add_mentor(database, "Grace")
    with Session(database.engine) as session:
        assert [m.item_id for m in index.find(session, "grace")] == [mentor_id]
