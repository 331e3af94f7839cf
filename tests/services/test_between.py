"""Between meetings, on a real database: the topic inbox (offered until discussed or
dropped, private ones never shareable), touches, and how touches count toward the
cadence as the agreement says (default: they reset "overdue" but not the rhythm)."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

import pytest

from mentordesk.db.database import Database
from mentordesk.db.models import AgendaItem, Meeting
from mentordesk.services import agreements, cadence_read, topics, touches
from mentordesk.services.agreements import AgreementTerms
from mentordesk.services.cadence import CadenceStatus
from mentordesk.services.meetings import MeetingPlan, cancel_meeting
from mentordesk.services.mentors import MentorData, create_mentor
from mentordesk.services.touches import TouchData

NOW = datetime(2026, 12, 6, 12, 0, tzinfo=UTC)
TODAY = date(2026, 12, 6)


def mentor(database: Database, name: str = "Ada Lovelace", status: str = "active") -> str:
    with database.session() as session:
        return create_mentor(session, MentorData(name=name, status=status), now=NOW).id


def test_a_topic_waits_in_the_inbox_until_discussed(database: Database) -> None:
    ada = mentor(database)
    with database.session() as session:
        first = topics.add_topic(session, ada, "  Ask about   the staffing plan ", now=NOW)
        secret = topics.add_topic(session, ada, "My salary talk", private=True, now=NOW)
    assert first.text == "Ask about the staffing plan"
    with database.session() as session:
        assert [t.id for t in topics.inbox(session, ada)] == [first.id, secret.id]
        plan = MeetingPlan(ada, NOW + timedelta(days=2), agenda=("Intro",))
        meeting = topics.plan_with_topics(session, plan, (first.id, secret.id), now=NOW)
    with database.session() as session:
        # On the plan: no longer offered; the private topic is not an agenda point.
        assert topics.inbox(session, ada) == []
        texts = [i.text for i in session.query(AgendaItem).filter_by(meeting_id=meeting.id)]
        assert texts == ["Intro", "Ask about the staffing plan"]
        on = topics.on_meeting(session, meeting.id)
        assert [t.text for t in topics.shareable(on)] == ["Ask about the staffing plan"]
        cancel_meeting(session, meeting.id, now=NOW)
    with database.session() as session:
        # A cancelled meeting sends both back: never silently lost.
        assert [t.id for t in topics.inbox(session, ada)] == [first.id, secret.id]
        again = topics.plan_with_topics(
            session, MeetingPlan(ada, NOW + timedelta(days=3)), (first.id,), now=NOW
        )
        item = session.query(AgendaItem).filter_by(meeting_id=again.id).one()
        item.done = True  # ticked in meeting mode
        held = session.get(Meeting, again.id)
        assert held is not None
        held.status = "held"
    with database.session() as session:
        row = next(t for t in topics.topics_of(session, ada) if t.id == first.id)
        assert row.status == "discussed"
        assert [t.id for t in topics.inbox(session, ada)] == [secret.id]
        topics.set_status(session, secret.id, "dropped", now=NOW)
        assert topics.inbox(session, ada) == []


def test_a_topic_needs_words_and_a_mentor_found_by_name(database: Database) -> None:
    ada = mentor(database)
    mentor(database, "Adam Smith")
    with database.session() as session, pytest.raises(topics.TopicValidationError):
        topics.add_topic(session, ada, "   ", now=NOW)
    with database.session() as session:
        assert topics.find_mentor(session, "ada lovelace") == (ada, "Ada Lovelace")
        assert topics.find_mentor(session, "lovel")[0] == ada
        with pytest.raises(topics.UnknownMentorError) as both:
            topics.find_mentor(session, "ada")
        assert both.value.candidates == ("Ada Lovelace", "Adam Smith")


def agree(database: Database, mentor_id: str, rule: str) -> None:
    terms = AgreementTerms(
        status="agreed",
        frequency_every=2,
        frequency_unit="weeks",
        agreed_on=TODAY - timedelta(days=60),
        touches_count=rule,
        recurring_points="- Progress on the talk\n",
    )
    with database.session() as session:
        agreements.save(session, mentor_id, terms, today=TODAY, now=NOW)


def held(database: Database, mentor_id: str, day: date) -> None:
    with database.session() as session:
        row = topics.plan_with_topics(
            session,
            MeetingPlan(mentor_id, datetime(day.year, day.month, day.day, 10, tzinfo=UTC)),
            (),
            now=NOW,
        )
        meeting = session.get(Meeting, row.id)
        assert meeting is not None
        meeting.status = "held"


@pytest.mark.parametrize(
    ("rule", "status", "reset"),
    [("overdue", CadenceStatus.ON_TRACK, True), ("none", CadenceStatus.OVERDUE, False)],
)
def test_a_touch_resets_overdue_as_the_agreement_says(
    database: Database, rule: str, status: CadenceStatus, reset: bool
) -> None:
    ada = mentor(database)
    agree(database, ada, rule)
    held(database, ada, TODAY - timedelta(days=30))
    with database.session() as session:
        touches.add_touch(
            session,
            TouchData(ada, "email", TODAY - timedelta(days=2), "Sent the deck"),
            today=TODAY,
            now=NOW,
        )
        found = cadence_read.cadences_of(session, TODAY, NOW, UTC, [ada])[0]
    assert found.status == status
    assert found.touch_rule == rule and found.touch_reset is reset
    assert found.last_met == TODAY - timedelta(days=30)  # the rhythm still counts meetings
    assert found.last_touch == TODAY - timedelta(days=2)


def test_touches_counted_as_meetings_change_the_rhythm(database: Database) -> None:
    ada = mentor(database)
    agree(database, ada, "rhythm")
    held(database, ada, TODAY - timedelta(days=30))
    with database.session() as session:
        touches.add_touch(
            session, TouchData(ada, "call", TODAY - timedelta(days=3)), today=TODAY, now=NOW
        )
        found = cadence_read.cadences_of(session, TODAY, NOW, UTC, [ada])[0]
        assert agreements.topics_for(session, ada, TODAY, recurring=True) == (
            "Progress on the talk",
        )
    assert found.last_met == TODAY - timedelta(days=3)
    assert found.gaps == (27,)


def test_a_touch_cannot_be_in_the_future(database: Database) -> None:
    ada = mentor(database)
    with database.session() as session, pytest.raises(touches.TouchValidationError):
        touches.add_touch(
            session, TouchData(ada, "email", TODAY + timedelta(days=1)), today=TODAY, now=NOW
        )


def test_the_inbox_comes_back_with_a_restored_backup(database: Database) -> None:
    from mentordesk.services import backup as backups

    ada = mentor(database)
    with database.session() as session:
        kept = topics.add_topic(session, ada, "Kept in the backup", private=True, now=NOW)
    made = backups.make_backup(database.paths, backups.Reason.MANUAL, NOW)
    with database.session() as session:
        topics.delete_topic(session, kept.id)
        assert topics.inbox(session, ada) == []
    paths = database.paths
    database.close()
    backups.restore(paths, made, NOW + timedelta(minutes=1))
    restored = Database(paths)
    try:
        with restored.session() as session:
            assert [(t.text, t.private) for t in topics.inbox(session, ada)] == [
                ("Kept in the backup", True)
            ]
    finally:
        restored.close()
