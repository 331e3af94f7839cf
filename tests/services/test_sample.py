"""Sample data: fictional mentors that can be loaded once and removed in one step."""

from __future__ import annotations

import json
import os
import time
from collections.abc import Iterator
from dataclasses import replace
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select

from mentordesk.config import resolve_paths
from mentordesk.db.database import Database
from mentordesk.db.models import ActionItem, Meeting, Mentor
from mentordesk.db.types import UTCDateTime, utc_now
from mentordesk.resources_path import resource_path
from mentordesk.services import action_items, meeting_queries, timeline
from mentordesk.services.exchange import tables
from mentordesk.services.mentors import (
    MentorData,
    create_mentor,
    get,
    list_mentors,
    update_mentor,
)
from mentordesk.services.sample import (
    SAMPLE_FILE,
    has_sample_data,
    load_sample_data,
    remove_sample_data,
    sample_goal_ids,
    sample_meetings,
    sample_records,
)
from mentordesk.services.sample_build import written_sample
from tests.cli.test_commands import mentordesk


def count(database: Database, sql: str, *params: object) -> int:
    with database.engine.connect() as connection:
        value = connection.exec_driver_sql(sql, params).scalar()
    assert isinstance(value, int)
    return value


def test_the_sample_file_holds_several_fictional_mentors() -> None:
    records = sample_records()
    assert len(records) >= 3
    assert len({record["name"] for record in records}) == len(records)


def test_load_adds_every_sample_mentor_once(database: Database) -> None:
    records = sample_records()
    with database.session() as session:
        assert not has_sample_data(session)
        added = load_sample_data(session, today=date.today())
        assert len(added) == len(records)
    with database.session() as session:
        mentors = list_mentors(session, today=date.today(), now=utc_now())
        assert len(mentors) == len(records)
        assert all(mentor.is_sample for mentor in mentors)
        assert sorted(m.data.name for m in mentors) == sorted(r["name"] for r in records)
        by_name = {m.data.name: m for m in mentors}
        for record in records:
            mentor = by_name[record["name"]]
            assert mentor.data.status == record["status"]
            assert sorted(mentor.data.tags) == sorted(record["tags"])
            assert [(c.from_status, c.to_status) for c in mentor.history] == [
                (None, record["status"])
            ]
        assert has_sample_data(session)
    with database.session() as session:
        assert load_sample_data(session, today=date.today()) == []
    assert count(database, "SELECT count(*) FROM mentor") == len(records)
    assert count(database, "SELECT count(*) FROM mentor_status_change") == len(records)


def test_remove_takes_away_exactly_the_samples(database: Database) -> None:
    records = sample_records()
    with database.session() as session:
        load_sample_data(session, today=date.today())
    # The user's own mentor shares a tag with the samples and has a status change.
    shared_tag = records[0]["tags"][0]
    with database.session() as session:
        mine = create_mentor(
            session,
            MentorData(name="My Real Mentor", tags=(shared_tag, "my own tag")),
            now=utc_now(),
        )
        mine_id = mine.id
    with database.session() as session:
        update_mentor(
            session,
            mine_id,
            MentorData(name="My Real Mentor", status="active", tags=(shared_tag, "my own tag")),
            now=utc_now(),
        )
    with database.session() as session:
        before = get(session, mine_id)

    with database.session() as session:
        assert remove_sample_data(session) == len(records)

    with database.session() as session:
        mentors = list_mentors(session, today=date.today(), now=utc_now())
        assert [m.id for m in mentors] == [mine_id]
        # Fields, tags and history untouched (the list adds the cadence).
        assert replace(mentors[0], cadence=None) == before
        assert not has_sample_data(session)
        assert session.scalars(select(Mentor).where(Mentor.is_sample.is_(True))).all() == []
    assert count(database, "SELECT count(*) FROM mentor_status_change") == 2
    assert (
        count(
            database,
            "SELECT count(*) FROM mentor_status_change WHERE mentor_id = ?",
            mine_id,
        )
        == 2
    )
    assert count(database, "SELECT count(*) FROM mentor_tag") == 2
    assert count(database, "SELECT count(*) FROM tag") == 2

    # The samples can be loaded again afterwards, and removed again.
    with database.session() as session:
        assert len(load_sample_data(session, today=date.today())) == len(records)
    with database.session() as session:
        assert remove_sample_data(session) == len(records)
    assert count(database, "SELECT count(*) FROM mentor") == 1


def test_remove_without_samples_removes_nothing(database: Database) -> None:
    with database.session() as session:
        create_mentor(
            session, MentorData(name="My Real Mentor", tags=("leadership",)), now=utc_now()
        )
    with database.session() as session:
        assert remove_sample_data(session) == 0
    assert count(database, "SELECT count(*) FROM mentor") == 1
    assert count(database, "SELECT count(*) FROM tag") == 1


def test_sample_meetings_give_a_past_a_future_and_an_overdue_action(database: Database) -> None:
    today = date(2026, 6, 15)
    with database.session() as session:
        load_sample_data(session, today=today)
    with database.session() as session:
        rows = meeting_queries.meeting_rows(session)
        held = [meeting_queries.detail(session, m.id) for m in rows if m.status == "held"]
        planned = [m for m in rows if m.status == "planned"]
        assert len(held) + len(planned) == len(sample_meetings())
        noon = datetime(2026, 6, 15, 12, tzinfo=UTC)
        assert held and all(m.scheduled_start < noon for m in held)
        assert planned and all(m.scheduled_start > noon for m in planned)
        assert all(m.notes for m in held)
        states = action_items.list_items(session)
        assert any(s.is_overdue(today) for s in states)
        assert any(s.status == "done" and s.report_back for s in states)
    with database.session() as session:
        remove_sample_data(session)
    with database.session() as session:
        assert session.query(Meeting).count() == 0
        assert session.query(ActionItem).count() == 0


def test_the_samples_timelines_read_as_real_stories(database: Database) -> None:
    """Each sample mentor was added before anything happened with them, and advice was
    taken at the meeting it came from, not on the day the sample was loaded."""
    with database.session() as session:
        ids = load_sample_data(session, date(2026, 6, 1))
        stories = [timeline.mentor_timeline(session, mentor_id) for mentor_id in ids]
    for story in stories:
        assert story[-1].kind == timeline.ADDED
        assert all(entry.on >= story[-1].on for entry in story)
    meetings_on = {
        e.ref.id: e.on for story in stories for e in story if e.kind == timeline.MEETING_HELD
    }
    taken = [e for story in stories for e in story if e.kind == timeline.ACTION_ADDED]
    assert taken and all(e.on <= date(2026, 6, 1) for e in taken)
    assert any(e.on in meetings_on.values() for e in taken)


def test_the_sample_has_goals_give_backs_and_a_prospect_to_follow_up(database: Database) -> None:
    from mentordesk.services import givebacks, goals, prospects
    from mentordesk.services.sample import load_sample, sample_goal_ids

    today = date(2026, 5, 1)
    with database.session() as session:
        loaded = load_sample(session, today)
        rows = goals.goal_rows(session)
        assert (
            sorted(g.id for g in rows)
            == sorted(loaded.goal_ids)
            == sorted(sample_goal_ids(session))
        )
        assert all(g.mentor_ids and g.action_ids for g in rows)
        assert len(givebacks.rows(session)) == 4
        assert [f.mentor_name for f in prospects.follow_ups(session, today)] == ["Mei-Ling Zhou"]
    with database.session() as session:
        remove_sample_data(session)
    with database.session() as session:
        assert goals.goal_rows(session) == [] and givebacks.rows(session) == []


# -- the shipped file (issue 7: the sample is a file in the export format) ------------
def _content(document: dict[str, Any]) -> dict[str, list[str]]:
    """Each kind's rows without what differs from one build to the next: ids (and the
    references made of them) and the moments of writing (some are "now")."""
    content = {}
    for table in tables():
        left_out = {c.key for c in table.columns if c.primary_key or c.foreign_keys}
        left_out |= {c.key for c in table.columns if isinstance(c.type, UTCDateTime)}
        rows = document["records"].get(table.name) or []
        content[table.name] = sorted(
            repr(sorted((k, v) for k, v in row.items() if k not in left_out)) for row in rows
        )
    return content


def test_the_shipped_sample_file_is_made_from_its_source(tmp_path: Path) -> None:
    shipped = json.loads(resource_path(SAMPLE_FILE).read_text(encoding="utf-8"))
    day = date.fromisoformat(shipped["dates_relative_to"])
    made = written_sample(tmp_path, day, now=utc_now())
    assert _content(shipped) == _content(made), "run scripts/make_sample.py"
    assert made["records"]["mentor"], "the source made no mentors"


@pytest.fixture
def london(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """This process's local time is London's, with its daylight saving."""
    monkeypatch.setenv("TZ", "Europe/London")
    time.tzset()
    yield
    monkeypatch.undo()
    time.tzset()


@pytest.mark.skipif(
    os.name == "nt",
    reason="a process's local time zone is switched with TZ and time.tzset(), which only "
    "Unix has; the date arithmetic itself is the same on Windows",
)
@pytest.mark.usefixtures("london")
def test_the_sample_loads_with_its_dates_moved_to_today(database: Database) -> None:
    shipped = json.loads(resource_path(SAMPLE_FILE).read_text(encoding="utf-8"))
    written_for = date.fromisoformat(shipped["dates_relative_to"])
    later = written_for + timedelta(days=200)  # across a daylight-saving change or two
    in_file = {row["id"]: row for row in shipped["records"]["meeting"]}
    items_in_file = {row["id"]: row for row in shipped["records"]["action_item"]}
    with database.session() as session:
        load_sample_data(session, today=later)
    with database.session() as session:
        stored = session.scalars(select(Meeting)).all()
        assert {m.id for m in stored} == set(in_file)
        for meeting in stored:
            was = datetime.fromisoformat(in_file[meeting.id]["scheduled_start"]).astimezone()
            now = meeting.scheduled_start.astimezone()
            assert now.date() == was.date() + timedelta(days=200)
            assert now.time() == was.time(), "a meeting's local time moved"
        due = {i.id: i.due_date for i in session.scalars(select(ActionItem))}
        for item_id, row in items_in_file.items():
            if row["due_date"] is not None:
                assert due[item_id] == date.fromisoformat(row["due_date"]) + timedelta(days=200)


def test_importing_the_sample_file_gives_the_sample_removable_in_one_step(
    tmp_path: Path,
) -> None:
    data = tmp_path / "data"
    result = mentordesk("import", str(resource_path(SAMPLE_FILE)), data=data)
    assert result.returncode == 0, result.stderr
    database = Database(resolve_paths(data))
    try:
        with database.session() as session:
            mentors = list_mentors(session, today=date.today(), now=utc_now())
            assert sorted(m.data.name for m in mentors) == sorted(
                r["name"] for r in sample_records()
            )
            assert all(m.is_sample for m in mentors)
            assert sample_goal_ids(session)
            remove_sample_data(session)
        with database.session() as session:
            assert list_mentors(session, today=date.today(), now=utc_now()) == []
            assert sample_goal_ids(session) == []
            assert count(database, "SELECT count(*) FROM meeting") == 0
    finally:
        database.close()
