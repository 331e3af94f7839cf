"""Agreements: versions that keep agreed terms, validation that saves nothing half-way,
undo through the record platform, search, and the mentor's own interval."""

from __future__ import annotations

import sqlite3
from dataclasses import replace
from datetime import UTC, date, datetime

import pytest

from mentordesk.config import Paths
from mentordesk.db import search as index
from mentordesk.db.database import Database
from mentordesk.db.types import utc_now
from mentordesk.services import agreements, records
from mentordesk.services.agreements import (
    AgreementTerms,
    AgreementValidationError,
    CadenceValidationError,
)
from mentordesk.services.kinds import Kind, Ref
from mentordesk.services.mentors import MentorData, create_mentor, delete_mentor

TODAY = date(2026, 3, 10)
NOW = datetime(2026, 3, 10, 9, tzinfo=UTC)

TERMS = AgreementTerms(
    goals="Grow into an engineering manager within a year.",
    frequency_every=4,
    frequency_unit="weeks",
    duration_minutes=45,
    link="https://meet.example.com/priya",
    topics="- Delegation\n- Hiring well\n\n3. Difficult conversations",
    my_commitments="Bring an agenda two days ahead.",
    mentor_commitments="Honest feedback.",
    confidentiality="What we say stays between us.",
    boundaries="Tuesday mornings; replies within a week.",
    start_date=date(2026, 3, 1),
    review_date=date(2026, 6, 1),
    end_date=date(2027, 3, 1),
)


def mentor(database: Database, name: str = "Priya Raman") -> str:
    with database.session() as session:
        return create_mentor(session, MentorData(name=name, status="active"), now=utc_now()).id


def save(database: Database, mentor_id: str, terms: AgreementTerms) -> agreements.Saved:
    with database.session() as session:
        return agreements.save(session, mentor_id, terms, today=TODAY, now=NOW)


def stored(database: Database, mentor_id: str) -> agreements.AgreementState | None:
    with database.session() as session:
        return agreements.for_mentor(session, mentor_id)


def test_a_draft_is_edited_in_place(database: Database) -> None:
    who = mentor(database)
    first = save(database, who, TERMS)
    assert (first.number, first.new_version) == (1, True)
    second = save(database, who, replace(TERMS, goals="Become a manager."))
    assert (second.number, second.new_version) == (1, False)
    state = stored(database, who)
    assert state is not None and len(state.versions) == 1
    assert state.current.terms.goals == "Become a manager."
    assert state.current.terms.agreed_on is None


def test_agreeing_dates_it_today_unless_another_day_is_given(database: Database) -> None:
    who = mentor(database)
    save(database, who, TERMS)
    saved = save(database, who, replace(TERMS, status="agreed"))
    assert saved.agreement.current.terms.agreed_on == TODAY
    assert saved.number == 1  # agreeing a draft is the same version
    other = mentor(database, "Jo")
    given = save(database, other, replace(TERMS, status="agreed", agreed_on=date(2026, 3, 2)))
    assert given.agreement.current.terms.agreed_on == date(2026, 3, 2)


def test_changing_agreed_terms_makes_a_new_version_and_keeps_the_old_one(
    database: Database,
) -> None:
    who = mentor(database)
    save(database, who, replace(TERMS, status="agreed", agreed_on=date(2026, 3, 2)))
    changed = save(
        database,
        who,
        replace(TERMS, status="agreed", agreed_on=date(2026, 3, 2), frequency_every=2),
    )
    assert (changed.number, changed.new_version) == (2, True)
    state = changed.agreement
    assert [v.number for v in state.versions] == [1, 2]
    assert state.versions[0].terms.frequency_every == 4  # the agreed terms stay readable
    assert state.versions[0].terms.status == "agreed"
    assert state.versions[1].terms.frequency_every == 2
    assert state.versions[1].terms.agreed_on == TODAY  # agreed again, today

    proposal = save(database, who, replace(state.current.terms, status="draft", goals="New"))
    assert proposal.number == 3
    assert proposal.agreement.current.terms.agreed_on is None


def test_only_a_new_status_changes_the_agreed_version_itself(database: Database) -> None:
    who = mentor(database)
    save(database, who, replace(TERMS, status="agreed"))
    review = save(database, who, replace(TERMS, status="under_review", agreed_on=TODAY))
    assert (review.number, review.new_version) == (1, False)
    assert review.agreement.current.terms.status == "under_review"
    with pytest.raises(AgreementValidationError) as refused:
        save(database, who, replace(TERMS, status="draft", agreed_on=TODAY))
    assert "cannot become a draft" in refused.value.errors["status"]


@pytest.mark.parametrize(
    ("change", "field", "words"),
    [
        ({"review_date": date(2026, 2, 1)}, "review_date", "before the start date"),
        ({"end_date": date(2026, 2, 1), "review_date": None}, "end_date", "before the start"),
        ({"frequency_every": 0}, "frequency_every", "1 or more"),
        ({"frequency_every": -3}, "frequency_every", "1 or more"),
        ({"link": "not a link"}, "link", "web address"),
        ({"link": "meet example"}, "link", "web address"),
        (
            {"start_date": date(2025, 1, 1), "review_date": None, "end_date": date(2026, 1, 1)},
            "end_date",
            "ended already",
        ),
        ({"agreed_on": date(2026, 4, 1), "status": "agreed"}, "agreed_on", "future"),
        ({"duration_minutes": 0}, "duration_minutes", "between 1 minute"),
        ({"status": "signed"}, "status", "from the list"),
    ],
)
def test_bad_input_is_named_by_field_and_nothing_is_saved(
    database: Database, paths: Paths, change: dict[str, object], field: str, words: str
) -> None:
    who = mentor(database)
    with pytest.raises(AgreementValidationError) as refused:
        save(database, who, replace(TERMS, **change))  # type: ignore[arg-type]
    assert words in refused.value.errors[field]
    assert stored(database, who) is None
    connection = sqlite3.connect(paths.database)
    try:
        counts = [
            connection.execute(f"SELECT count(*) FROM {table}").fetchone()[0]
            for table in ("agreement", "agreement_version")
        ]
    finally:
        connection.close()
    assert counts == [0, 0]


def test_a_past_end_date_is_fine_on_a_record_of_an_ended_agreement_or_an_existing_one(
    database: Database,
) -> None:
    past = replace(TERMS, start_date=date(2025, 1, 1), review_date=None, end_date=date(2026, 1, 1))
    save(database, mentor(database), replace(past, status="ended"))
    who = mentor(database, "Jo")
    save(database, who, TERMS)
    assert save(database, who, past).number == 1


def test_a_new_version_is_undone_like_any_change(database: Database) -> None:
    who = mentor(database)
    first = save(database, who, replace(TERMS, status="agreed"))
    ref = Ref(Kind.AGREEMENT, first.agreement.id)
    with database.session() as session:
        _, delta = records.track(
            session,
            [ref],
            lambda s: agreements.save(
                s, who, replace(TERMS, goals="Changed"), today=TODAY, now=utc_now()
            ),
        )
    assert delta.kinds() == {Kind.AGREEMENT, Kind.AGREEMENT_VERSION}
    assert who in delta.ids()  # the news names the mentor, so the mentor's lists hear of it
    with database.session() as session:
        records.apply(session, delta.reversed())
    state = stored(database, who)
    assert state is not None and [v.number for v in state.versions] == [1]
    assert state.current.terms.goals == TERMS.goals


def test_deleting_the_mentor_takes_the_agreement_and_its_versions(database: Database) -> None:
    who = mentor(database)
    save(database, who, replace(TERMS, status="agreed"))
    save(database, who, replace(TERMS, status="agreed", goals="Version two"))
    with database.session() as session:
        goes = records.what_goes(session, Ref(Kind.MENTOR, who))
        assert goes[Kind.AGREEMENT] == 1 and goes[Kind.AGREEMENT_VERSION] == 2
        delete_mentor(session, who)
    with database.session() as session:
        assert index.find(session, "delegation") == []


def test_agreement_text_is_searchable_and_names_its_mentor(database: Database) -> None:
    who = mentor(database)
    saved = save(database, who, TERMS)
    with database.session() as session:
        found = index.find(session, "delegation")
    assert [(m.kind, m.item_id, m.mentor_id) for m in found] == [
        ("agreement_version", saved.agreement.current.id, who)
    ]
    save(database, who, replace(TERMS, topics="Public speaking"))
    with database.session() as session:
        assert index.find(session, "delegation") == []
        assert len(index.find(session, "speaking")) == 1


def test_the_topics_offered_are_those_in_force(database: Database) -> None:
    who = mentor(database)
    with database.session() as session:
        assert agreements.topics_for(session, who, TODAY) == ()
    save(database, who, TERMS)
    with database.session() as session:
        assert agreements.topics_for(session, who, TODAY) == (
            "Delegation",
            "Hiring well",
            "Difficult conversations",
        )
    save(database, who, replace(TERMS, status="agreed"))
    save(database, who, replace(TERMS, topics="Something new", status="draft"))
    with database.session() as session:
        assert agreements.topics_for(session, who, TODAY)[0] == "Delegation"


def test_the_mentors_own_interval(database: Database) -> None:
    who = mentor(database)
    for every in (0, -1, 400):
        with pytest.raises(CadenceValidationError), database.session() as session:
            agreements.set_mentor_interval(session, who, every, "weeks", now=utc_now())
    with database.session() as session:
        agreements.set_mentor_interval(session, who, 3, "weeks", now=utc_now())
    with database.session() as session:
        agreements.set_mentor_interval(session, who, None, "weeks", now=utc_now())
