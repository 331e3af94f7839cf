"""Sample data: fictional mentors that can be loaded once and removed in one step."""

from __future__ import annotations

from datetime import UTC, date, datetime

from sqlalchemy import select

from mentordesk.db.database import Database
from mentordesk.db.models import ActionItem, Meeting, Mentor
from mentordesk.services import action_items, meeting_queries, timeline
from mentordesk.services.mentors import (
    MentorData,
    create_mentor,
    get,
    list_mentors,
    update_mentor,
)
from mentordesk.services.sample import (
    has_sample_data,
    load_sample_data,
    remove_sample_data,
    sample_meetings,
    sample_records,
)


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
        added = load_sample_data(session)
        assert len(added) == len(records)
    with database.session() as session:
        mentors = list_mentors(session)
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
        assert load_sample_data(session) == []
    assert count(database, "SELECT count(*) FROM mentor") == len(records)
    assert count(database, "SELECT count(*) FROM mentor_status_change") == len(records)


def test_remove_takes_away_exactly_the_samples(database: Database) -> None:
    records = sample_records()
    with database.session() as session:
        load_sample_data(session)
    # The user's own mentor shares a tag with the samples and has a status change.
    shared_tag = records[0]["tags"][0]
    with database.session() as session:
        mine = create_mentor(
            session, MentorData(name="My Real Mentor", tags=(shared_tag, "my own tag"))
        )
        mine_id = mine.id
    with database.session() as session:
        update_mentor(
            session,
            mine_id,
            MentorData(name="My Real Mentor", status="active", tags=(shared_tag, "my own tag")),
        )
    with database.session() as session:
        before = get(session, mine_id)

    with database.session() as session:
        assert remove_sample_data(session) == len(records)

    with database.session() as session:
        mentors = list_mentors(session)
        assert [m.id for m in mentors] == [mine_id]
        assert mentors[0] == before  # fields, tags and history untouched
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
        assert len(load_sample_data(session)) == len(records)
    with database.session() as session:
        assert remove_sample_data(session) == len(records)
    assert count(database, "SELECT count(*) FROM mentor") == 1


def test_remove_without_samples_removes_nothing(database: Database) -> None:
    with database.session() as session:
        create_mentor(session, MentorData(name="My Real Mentor", tags=("leadership",)))
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
