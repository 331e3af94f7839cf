"""Records: capture with children from the foreign keys, diff, and put back (undo/redo)."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

import pytest
from sqlalchemy import func, select, text
from sqlalchemy.orm import Session

from mentordesk.db.database import Database
from mentordesk.db.models import ActionItem, Base, Meeting, Mentor, Tag
from mentordesk.db.types import utc_now
from mentordesk.services import (
    action_items,
    meeting_edits,
    meeting_queries,
    meetings,
    mentors,
    records,
)
from mentordesk.services.kinds import Kind, Ref
from mentordesk.services.records import Delta, ParentGoneError, RecordGoneError

WHEN = datetime(2026, 5, 4, 9, 0, tzinfo=UTC)


def add_mentor(session: Session, name: str, tags: tuple[str, ...] = ()) -> str:
    return mentors.create_mentor(
        session, mentors.MentorData(name=name, tags=tags), now=utc_now()
    ).id


def add_meeting(session: Session, mentor_id: str, agenda: tuple[str, ...] = ("Plan",)) -> str:
    plan = meetings.MeetingPlan(mentor_id, WHEN, agenda=agenda)
    return meetings.plan_meeting(session, plan, now=utc_now()).id


def count(session: Session, model: type[Base]) -> int:
    return int(session.scalar(select(func.count()).select_from(model)) or 0)


def undo(database: Database, delta: Delta) -> Delta:
    with database.session() as session:
        return records.apply(session, delta.reversed()).reversed()


def redo(database: Database, delta: Delta) -> Delta:
    with database.session() as session:
        return records.apply(session, delta)


def test_every_table_is_a_kind_of_record() -> None:
    assert {kind.value for kind in Kind} == set(Base.metadata.tables)


def test_deleting_a_mentor_names_everything_that_goes(database: Database) -> None:
    with database.session() as session:
        mentor_id = add_mentor(session, "Ada", ("Leadership", "Design"))
        meeting_id = add_meeting(session, mentor_id, ("One", "Two", "Three"))
        meetings.save_notes(session, meeting_id, "x" * 100, now=utc_now())
        meetings.save_notes(
            session, meeting_id, "y", now=utc_now()
        )  # a large deletion keeps a version
        action_items.capture(
            session, mentor_id, "Read a book", meeting_id=meeting_id, now=utc_now()
        )
        action_items.capture(session, mentor_id, "Write to Bob", now=utc_now())
        goes = records.what_goes(session, Ref(Kind.MENTOR, mentor_id))
    assert goes == {
        Kind.MENTOR: 1,
        Kind.MENTOR_TAG: 2,
        Kind.STATUS_CHANGE: 1,
        Kind.MEETING: 1,
        Kind.AGENDA_ITEM: 3,
        Kind.ACTION_ITEM: 2,
        Kind.NOTE_SNAPSHOT: 1,
    }


def test_deleting_a_meeting_unlinks_its_action_items_without_deleting_them(
    database: Database,
) -> None:
    with database.session() as session:
        mentor_id = add_mentor(session, "Ada")
        meeting_id = add_meeting(session, mentor_id)
        action_items.capture(session, mentor_id, "Read", meeting_id=meeting_id, now=utc_now())
        ref = Ref(Kind.MEETING, meeting_id)
        assert Kind.ACTION_ITEM not in records.what_goes(session, ref)
        assert records.unlinked_by(session, ref) == {Kind.ACTION_ITEM: 1}


def test_undo_of_a_mentor_delete_brings_back_everything_and_redo_removes_it(
    database: Database,
) -> None:
    with database.session() as session:
        mentor_id = add_mentor(session, "Ada", ("Leadership",))
        add_mentor(session, "Bob", ("Leadership",))
        meeting_id = add_meeting(session, mentor_id, ("One", "Two"))
        meetings.save_notes(session, meeting_id, "Notes about é and 🙂", now=utc_now())
        action_items.capture(session, mentor_id, "Read", meeting_id=meeting_id, now=utc_now())
    with database.session() as session:
        _, delta = records.track(
            session,
            [Ref(Kind.MENTOR, mentor_id)],
            lambda s: mentors.delete_mentor(s, mentor_id),
            dependents=True,
        )
        assert count(session, Meeting) == 0
    delta = undo(database, delta)
    with database.session() as session:
        meeting = meeting_queries.detail(session, meeting_id)
        assert meeting.notes == "Notes about é and 🙂"
        assert [item.text for item in meeting.agenda] == ["One", "Two"]
        item = session.scalars(select(ActionItem)).one()
        assert item.meeting_id == meeting_id
        assert mentors.get(session, mentor_id).data.tags == ("Leadership",)
        assert count(session, Tag) == 1
    delta = redo(database, delta)
    with database.session() as session:
        assert count(session, Mentor) == 1
        assert count(session, Tag) == 1  # Bob still uses it
        assert count(session, ActionItem) == 0


def test_undo_of_a_plan_then_redo_keeps_notes_typed_in_between(database: Database) -> None:
    with database.session() as session:
        mentor_id = add_mentor(session, "Ada")
    with database.session() as session:
        meeting_id, delta = records.track(
            session,
            [],
            lambda s: add_meeting(s, mentor_id),
            created=lambda new_id: [Ref(Kind.MEETING, new_id)],
        )
    assert delta.kinds() == {Kind.MEETING, Kind.AGENDA_ITEM}
    with database.session() as session:  # autosave: not an undoable step
        meetings.save_notes(session, meeting_id, "Typed during the meeting", now=utc_now())
    delta = undo(database, delta)
    with database.session() as session:
        assert count(session, Meeting) == 0
    redo(database, delta)
    with database.session() as session:
        assert meeting_queries.detail(session, meeting_id).notes == "Typed during the meeting"


def test_undo_changes_only_what_the_step_changed(database: Database) -> None:
    with database.session() as session:
        mentor_id = add_mentor(session, "Ada")
        item_id = action_items.capture(session, mentor_id, "Read a book", now=utc_now()).id
    with database.session() as session:
        _, delta = records.track(
            session,
            [Ref(Kind.ACTION_ITEM, item_id)],
            lambda s: action_items.mark_done(
                s, item_id, outcome="Loved it", on=date(2026, 1, 2), now=utc_now()
            ),
        )
    with database.session() as session:  # a later edit of another column
        action_items.update(session, item_id, text="Read two books", now=utc_now())
    undo(database, delta)
    with database.session() as session:
        item = action_items.get(session, item_id)
        assert (item.status, item.outcome, item.done_on) == ("open", "", None)
        assert item.text == "Read two books"


def moved_to(session: Session, meeting_id: str, location: str) -> None:
    planned = meeting_queries.detail(session, meeting_id)
    meeting_edits.reschedule(
        session,
        meeting_id,
        scheduled_start=planned.scheduled_start,
        planned_minutes=planned.planned_minutes,
        format=planned.format,
        location=location,
        now=utc_now(),
    )


def test_a_column_changed_again_since_is_not_overwritten(database: Database) -> None:
    with database.session() as session:
        mentor_id = add_mentor(session, "Ada")
        meeting_id = add_meeting(session, mentor_id)
    with database.session() as session:
        _, delta = records.track(
            session,
            [Ref(Kind.MEETING, meeting_id)],
            lambda s: moved_to(s, meeting_id, "Room 1"),
        )
    with database.session() as session:
        moved_to(session, meeting_id, "Room 2")
    undo(database, delta)
    with database.session() as session:
        assert meeting_queries.detail(session, meeting_id).location == "Room 2"


def test_undo_of_a_meeting_delete_relinks_its_action_items(database: Database) -> None:
    with database.session() as session:
        mentor_id = add_mentor(session, "Ada")
        meeting_id = add_meeting(session, mentor_id)
        item_id = action_items.capture(
            session, mentor_id, "Read", meeting_id=meeting_id, now=utc_now()
        ).id
    with database.session() as session:
        _, delta = records.track(
            session,
            [Ref(Kind.MEETING, meeting_id)],
            lambda s: meetings.delete_meeting(s, meeting_id),
            dependents=True,
        )
        assert action_items.get(session, item_id).meeting_id is None
    delta = undo(database, delta)
    with database.session() as session:
        assert action_items.get(session, item_id).meeting_id == meeting_id
    redo(database, delta)
    with database.session() as session:
        assert action_items.get(session, item_id).meeting_id is None
        assert count(session, Meeting) == 0


def test_tags_come_and_go_with_an_edit(database: Database) -> None:
    with database.session() as session:
        mentor_id = add_mentor(session, "Ada", ("Old",))
    with database.session() as session:
        data = mentors.MentorData(name="Ada", tags=("New",))
        _, delta = records.track(
            session,
            [Ref(Kind.MENTOR, mentor_id)],
            lambda s: mentors.update_mentor(s, mentor_id, data, now=utc_now()),
        )
        assert [tag.name for tag in session.scalars(select(Tag))] == ["New"]
    delta = undo(database, delta)
    with database.session() as session:
        assert [tag.name for tag in session.scalars(select(Tag))] == ["Old"]
        assert mentors.get(session, mentor_id).data.tags == ("Old",)
    redo(database, delta)
    with database.session() as session:
        assert mentors.get(session, mentor_id).data.tags == ("New",)
        assert [tag.name for tag in session.scalars(select(Tag))] == ["New"]


def test_a_meeting_cannot_come_back_without_its_mentor(database: Database) -> None:
    with database.session() as session:
        mentor_id = add_mentor(session, "Ada")
        meeting_id = add_meeting(session, mentor_id)
    with database.session() as session:
        _, delta = records.track(
            session,
            [Ref(Kind.MEETING, meeting_id)],
            lambda s: meetings.delete_meeting(s, meeting_id),
            dependents=True,
        )
    with database.session() as session:
        mentors.delete_mentor(session, mentor_id)
    with pytest.raises(ParentGoneError) as caught, database.session() as session:
        records.apply(session, delta.reversed())
    assert caught.value.kind is Kind.MENTOR
    with database.session() as session:
        assert count(session, Meeting) == 0  # nothing half-restored


def test_changing_a_record_that_is_gone_says_so(database: Database) -> None:
    with database.session() as session:
        mentor_id = add_mentor(session, "Ada")
        item_id = action_items.capture(session, mentor_id, "Read", now=utc_now()).id
    with database.session() as session:
        _, delta = records.track(
            session,
            [Ref(Kind.ACTION_ITEM, item_id)],
            lambda s: action_items.set_status(s, item_id, "dropped", now=utc_now()),
        )
    with database.session() as session:
        action_items.delete(session, item_id)
    with pytest.raises(RecordGoneError) as caught, database.session() as session:
        records.apply(session, delta.reversed())
    assert caught.value.kind is Kind.ACTION_ITEM


def test_change_news_names_the_records_and_what_they_belong_to(database: Database) -> None:
    with database.session() as session:
        mentor_id = add_mentor(session, "Ada")
        meeting_id = add_meeting(session, mentor_id)
    with database.session() as session:
        item, delta = records.track(
            session,
            [],
            lambda s: action_items.capture(
                s, mentor_id, "Read", meeting_id=meeting_id, now=utc_now()
            ),
            created=lambda state: [Ref(Kind.ACTION_ITEM, state.id)],
        )
    assert delta.kinds() == {Kind.ACTION_ITEM}
    assert {item.id, mentor_id, meeting_id} <= delta.ids()


def test_many_records_are_read_in_chunks(database: Database) -> None:
    with database.session() as session:
        mentor_id = add_mentor(session, "Ada")
        for number in range(records.CHUNK + 20):
            start = WHEN + timedelta(days=number)
            meetings.plan_meeting(session, meetings.MeetingPlan(mentor_id, start), now=utc_now())
        goes = records.what_goes(session, Ref(Kind.MENTOR, mentor_id))
        assert goes[Kind.MEETING] == records.CHUNK + 20
        assert session.execute(text("PRAGMA foreign_key_check")).all() == []
