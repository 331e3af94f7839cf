"""Mentor services: create, list, edit, archive, delete, undo, validation."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

import pytest
from sqlalchemy.orm import Session

from mentordesk.db.database import Database
from mentordesk.db.types import new_id, utc_now
from mentordesk.services import action_items, meeting_queries, meetings, note_history, records
from mentordesk.services.kinds import Kind, Ref
from mentordesk.services.mentors import (
    NAME_MAX,
    MentorData,
    MentorNotFoundError,
    MentorSnapshot,
    MentorValidationError,
    create_mentor,
    delete_mentor,
    get,
    list_mentors,
    update_mentor,
    validate,
)
from mentordesk.services.records import Delta

FULL = MentorData(
    name="  Ada Lovelace ",
    role="Analyst",
    organisation="Analytical Engines Ltd",
    affiliation="internal",
    where_found="professional_association",
    where_found_detail="Royal Society dinner",
    fit_notes="Thinks in programs.",
    email="ada@example.com",
    phone="+44 20 7946 0018",
    profile_url="example.com/ada",
    preferred_channel="video",
    time_zone="Europe/London",
    status="requested",
    notes="Line one\nLine two",
    tags=("Leadership", "leadership ", "  Public   speaking "),
)


def count(database: Database, table: str) -> int:
    with database.engine.connect() as connection:
        value = connection.exec_driver_sql(f"SELECT count(*) FROM {table}").scalar()
    assert isinstance(value, int)
    return value


def tag_names(database: Database) -> list[str]:
    with database.engine.connect() as connection:
        rows = connection.exec_driver_sql("SELECT name FROM tag ORDER BY name").all()
    return [str(row[0]) for row in rows]


def history(session: Session, mentor_id: str) -> list[tuple[str | None, str]]:
    return [(c.from_status, c.to_status) for c in get(session, mentor_id).history]


def tracked(database: Database, mentor_id: str, change: object, *, deleting: bool) -> Delta:
    """Make ``change(session)`` to the mentor as an undoable step; returns what it did."""
    assert callable(change)
    with database.session() as session:
        _, delta = records.track(
            session, [Ref(Kind.MENTOR, mentor_id)], change, dependents=deleting
        )
    return delta


def put_back(database: Database, delta: Delta) -> Delta:
    """Undo ``delta``; returns the delta to redo."""
    with database.session() as session:
        return records.apply(session, delta.reversed()).reversed()


def create(database: Database, data: MentorData) -> str:
    with database.session() as session:
        return create_mentor(session, data, now=utc_now()).id


def state(database: Database, mentor_id: str) -> MentorSnapshot:
    with database.session() as session:
        return get(session, mentor_id)


# --- create and list -------------------------------------------------------------------


def test_create_then_list_gives_back_what_was_typed(database: Database) -> None:
    mentor_id = create(database, FULL)
    with database.session() as session:
        mentors = list_mentors(session, today=date.today(), now=utc_now())
        assert [m.id for m in mentors] == [mentor_id]
        mentor = mentors[0]
        assert mentor.data == MentorData(
            name="Ada Lovelace",
            role="Analyst",
            organisation="Analytical Engines Ltd",
            affiliation="internal",
            where_found="professional_association",
            where_found_detail="Royal Society dinner",
            fit_notes="Thinks in programs.",
            email="ada@example.com",
            phone="+44 20 7946 0018",
            profile_url="example.com/ada",
            preferred_channel="video",
            time_zone="Europe/London",
            status="requested",
            notes="Line one\nLine two",
            tags=("Leadership", "Public speaking"),
        )
        assert mentor.is_sample is False
        assert mentor.created_at.tzinfo == UTC
        assert mentor.status_changed_at == mentor.created_at
        assert history(session, mentor_id) == [(None, "requested")]


def test_mentors_are_listed_by_name(database: Database) -> None:
    for name in ("Grace Hopper", "Ada Lovelace", "Katherine Johnson"):
        create(database, MentorData(name=name))
    with database.session() as session:
        assert [m.data.name for m in list_mentors(session, today=date.today(), now=utc_now())] == [
            "Ada Lovelace",
            "Grace Hopper",
            "Katherine Johnson",
        ]


# --- tags ---------------------------------------------------------------------------------


def test_tags_differing_only_in_case_or_blanks_are_one_tag(database: Database) -> None:
    create(database, FULL)
    assert tag_names(database) == ["Leadership", "Public speaking"]
    other = create(database, MentorData(name="Grace Hopper", tags=("LEADERSHIP", " navy")))
    assert tag_names(database) == ["Leadership", "navy", "Public speaking"]
    assert count(database, "mentor_tag") == 4
    assert state(database, other).data.tags == ("Leadership", "navy")


def test_accented_tags_differing_only_in_case_are_one_tag(database: Database) -> None:
    create(database, MentorData(name="Ada Lovelace", tags=("Éthique",)))
    create(database, MentorData(name="Grace Hopper", tags=("éthique",)))
    assert tag_names(database) == ["Éthique"]


def test_unused_tags_are_pruned_after_edit_and_delete(database: Database) -> None:
    ada = create(database, FULL)
    grace = create(database, MentorData(name="Grace Hopper", tags=("leadership",)))
    with database.session() as session:
        update_mentor(
            session, ada, MentorData(name="Ada Lovelace", tags=("Mathematics",)), now=utc_now()
        )
    assert tag_names(database) == ["Leadership", "Mathematics"]
    with database.session() as session:
        delete_mentor(session, ada)
    assert tag_names(database) == ["Leadership"]
    with database.session() as session:
        delete_mentor(session, grace)
    assert tag_names(database) == []
    assert count(database, "mentor_tag") == 0


# --- status history, archive -----------------------------------------------------------


def test_status_history_records_each_change(database: Database) -> None:
    mentor_id = create(database, MentorData(name="Ada Lovelace"))
    with database.session() as session:
        assert history(session, mentor_id) == [(None, "prospect")]
        update_mentor(
            session, mentor_id, MentorData(name="Ada Lovelace", status="active"), now=utc_now()
        )
    with database.session() as session:
        # Saving without a new status adds nothing to the history.
        update_mentor(
            session,
            mentor_id,
            MentorData(name="Ada King", status="active", email="a@b.org"),
            now=utc_now(),
        )
    with database.session() as session:
        mentor = get(session, mentor_id)
        data = mentor.data
        assert (data.name, data.email, data.status) == ("Ada King", "a@b.org", "active")
        assert history(session, mentor_id) == [(None, "prospect"), ("prospect", "active")]
        assert mentor.status_changed_at == mentor.history[-1].changed_at
        assert mentor.updated_at >= mentor.status_changed_at > mentor.created_at


# --- delete and undo ----------------------------------------------------------------------


def test_restore_after_delete_brings_back_the_same_mentor(database: Database) -> None:
    mentor_id = create(database, FULL)
    with database.session() as session:
        update_mentor(
            session, mentor_id, MentorData(**{**vars(FULL), "status": "active"}), now=utc_now()
        )
    with database.session() as session:
        update_mentor(
            session, mentor_id, MentorData(**{**vars(FULL), "status": "ended"}), now=utc_now()
        )
    before = state(database, mentor_id)
    assert len(before.history) == 3
    removed = tracked(database, mentor_id, lambda s: delete_mentor(s, mentor_id), deleting=True)
    assert count(database, "mentor") == 0
    assert count(database, "mentor_status_change") == 0
    assert tag_names(database) == []
    put_back(database, removed)
    after = state(database, mentor_id)
    assert after == before  # same id, created_at, fields, tags and full history
    assert tag_names(database) == ["Leadership", "Public speaking"]
    assert count(database, "mentor_status_change") == 3


def test_restore_of_an_earlier_state_undoes_an_edit_exactly(database: Database) -> None:
    mentor_id = create(database, FULL)
    earlier = state(database, mentor_id)
    new = MentorData(
        name="Augusta Ada King", email="countess@example.org", status="active", tags=("Poetry",)
    )
    edit = tracked(
        database,
        mentor_id,
        lambda s: update_mentor(s, mentor_id, new, now=utc_now()),
        deleting=False,
    )
    edited = state(database, mentor_id)
    assert edited.data.name == "Augusta Ada King"
    assert len(edited.history) == 2
    redo = put_back(database, edit)
    assert state(database, mentor_id) == earlier
    assert tag_names(database) == ["Leadership", "Public speaking"]  # "Poetry" pruned
    assert count(database, "mentor_status_change") == 1
    # ... and redo puts the edit back.
    with database.session() as session:
        records.apply(session, redo)
    assert state(database, mentor_id) == edited
    assert tag_names(database) == ["Poetry"]


# --- not found ----------------------------------------------------------------------------


def test_editing_a_missing_mentor_raises_not_found(database: Database) -> None:
    missing = new_id()
    with pytest.raises(MentorNotFoundError), database.session() as session:
        update_mentor(session, missing, MentorData(name="Nobody", tags=("ghost",)), now=utc_now())
    with pytest.raises(MentorNotFoundError), database.session() as session:
        delete_mentor(session, missing)
    assert count(database, "mentor") == 0
    assert count(database, "tag") == 0


# --- validation ---------------------------------------------------------------------------

GOOD = [
    ("email", ""),
    ("email", "ada@example.com"),
    ("email", "  ada.lovelace+mentor@mail.example.co.uk "),
    ("phone", ""),
    ("phone", "+44 20 7946 0018"),
    ("phone", "(555) 123-4567"),
    ("phone", "555-1234 ext. 12"),
    ("profile_url", ""),
    ("profile_url", "example.com/x"),
    ("profile_url", "https://example.com"),
    ("profile_url", "http://localhost:8080/me"),
    ("time_zone", ""),
    ("time_zone", "Europe/London"),
    ("time_zone", "America/Argentina/Buenos_Aires"),
    ("name", "A" * NAME_MAX),
    ("name", "  Ada  "),
]

BAD = [
    ("email", "ada"),
    ("email", "ada@example"),
    ("email", "ada@@example.com"),
    ("email", "ada lovelace@example.com"),
    ("email", "ada@example.com."),
    ("email", "ada@example..com"),
    ("phone", "call me"),
    ("phone", "12"),
    ("phone", "1" * 21),
    ("phone", "+44 20 7946 0018 #2"),
    ("profile_url", "not a url"),
    ("profile_url", "ftp://x.com"),
    ("profile_url", "https://"),
    ("profile_url", "example"),
    ("time_zone", "Mars/Base"),
    ("time_zone", "europe/london"),
    ("name", ""),
    ("name", "   \t "),
    ("name", "A" * (NAME_MAX + 1)),
    ("status", "retired"),
    ("affiliation", "both"),
    ("where_found", "dream"),
    ("preferred_channel", "pigeon"),
]


def with_field(field: str, value: str) -> MentorData:
    return MentorData(**{**vars(MentorData(name="Ada Lovelace")), field: value})


@pytest.mark.parametrize(("field", "value"), GOOD)
def test_good_values_are_accepted(database: Database, field: str, value: str) -> None:
    data = with_field(field, value)
    assert validate(data) == {}
    mentor_id = create(database, data)
    assert getattr(state(database, mentor_id).data, field) == value.strip()


@pytest.mark.parametrize(("field", "value"), BAD)
def test_bad_values_are_refused_and_nothing_is_saved(
    database: Database, field: str, value: str
) -> None:
    data = MentorData(**{**vars(with_field(field, value)), "tags": ("leadership",)})
    errors = validate(data)
    assert list(errors) == [field]
    assert errors[field].strip()
    with pytest.raises(MentorValidationError) as refused, database.session() as session:
        create_mentor(session, data, now=utc_now())
    assert refused.value.errors == errors
    assert errors[field] in str(refused.value)
    for table in ("mentor", "tag", "mentor_tag", "mentor_status_change"):
        assert count(database, table) == 0


def test_an_edit_with_bad_data_changes_nothing(database: Database) -> None:
    mentor_id = create(database, FULL)
    before = state(database, mentor_id)
    with pytest.raises(MentorValidationError) as refused, database.session() as session:
        update_mentor(
            session,
            mentor_id,
            MentorData(name=" ", email="nope", status="active", tags=("new tag",)),
            now=utc_now(),
        )
    assert set(refused.value.errors) == {"name", "email"}
    assert state(database, mentor_id) == before
    assert tag_names(database) == ["Leadership", "Public speaking"]


# --- international text ------------------------------------------------------------------

NAMES = [
    "Zoë Ångström-Núñez",
    "Zoe\u0308 (decomposed accent)",
    "José 👩🏽‍💻 Silva 🚀",
    "محمد عبد الله",
    "שרה כהן (Sarah Cohen)",
    "\u200fמירב\u200e 123",
    "李小龙",
]


@pytest.mark.parametrize("name", NAMES)
def test_international_names_round_trip_exactly(database: Database, name: str) -> None:
    data = MentorData(
        name=name,
        organisation=f"{name} & Co.",
        notes=f"Notes by {name}\n— with “quotes” and ✓",
        tags=(name,),
    )
    mentor_id = create(database, data)
    with database.session() as session:
        mentor = get(session, mentor_id).data
        assert mentor.name == name
        assert mentor.organisation == f"{name} & Co."
        assert mentor.notes == f"Notes by {name}\n— with “quotes” and ✓"
        assert mentor.tags == (name,)
    with database.engine.connect() as connection:
        stored = connection.exec_driver_sql(
            "SELECT name FROM mentor WHERE id = ?", (mentor_id,)
        ).scalar()
    assert stored == name


def test_undo_of_a_delete_brings_back_meetings_notes_and_action_items(
    database: Database,
) -> None:
    mentor_id = create(database, MentorData(name="Ada Lovelace"))
    start = datetime(2026, 3, 2, 14, 0, tzinfo=UTC)
    with database.session() as session:
        meeting = meetings.plan_meeting(
            session,
            meetings.MeetingPlan(mentor_id, start, agenda=("Engines", "Poetry")),
            now=utc_now(),
        )
        meetings.save_notes(session, meeting.id, "First draft " * 10, now=start)
        meetings.save_notes(session, meeting.id, "Final notes", now=start + timedelta(minutes=1))
        item = action_items.capture(
            session, mentor_id, "Write the notes", meeting_id=meeting.id, now=utc_now()
        )
        meeting_id, item_id = meeting.id, item.id
    removed = tracked(database, mentor_id, lambda s: delete_mentor(s, mentor_id), deleting=True)
    assert removed.kinds() >= {Kind.MENTOR, Kind.MEETING, Kind.ACTION_ITEM, Kind.NOTE_SNAPSHOT}
    assert count(database, "meeting") == 0 and count(database, "action_item") == 0

    put_back(database, removed)
    with database.session() as session:
        back = meeting_queries.detail(session, meeting_id)
        assert back.notes == "Final notes"
        assert [a.text for a in back.agenda] == ["Engines", "Poetry"]
        assert [s.notes for s in note_history.list_snapshots(session, meeting_id)] == [
            "First draft " * 10
        ]
        item_back = action_items.get(session, item_id)
        assert (item_back.text, item_back.meeting_id) == ("Write the notes", meeting_id)


def test_undo_of_a_profile_edit_leaves_newer_meeting_notes_alone(database: Database) -> None:
    mentor_id = create(database, MentorData(name="Ada Lovelace"))
    edit = tracked(
        database,
        mentor_id,
        lambda s: update_mentor(s, mentor_id, MentorData(name="Ada King"), now=utc_now()),
        deleting=False,
    )
    with database.session() as session:
        meeting = meetings.plan_meeting(
            session,
            meetings.MeetingPlan(mentor_id, datetime(2026, 3, 2, tzinfo=UTC)),
            now=utc_now(),
        )
        meetings.save_notes(session, meeting.id, "Notes typed after the edit", now=utc_now())
    put_back(database, edit)
    with database.session() as session:
        assert get(session, mentor_id).data.name == "Ada Lovelace"
        notes = meeting_queries.detail(session, meeting.id).notes
        assert notes == "Notes typed after the edit"
