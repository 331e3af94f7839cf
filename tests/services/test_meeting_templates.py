"""Meeting templates: the five that ship, edited copies that stand in for them, duplicates,
files exported and imported whole, damaged files refused, and the template a meeting
calls for."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest

from mentordesk.db.database import Database
from mentordesk.db.types import utc_now
from mentordesk.services import agreements, meeting_templates, meetings
from mentordesk.services.errors import FieldValidationError
from mentordesk.services.meeting_templates import Section, TemplateData, TemplateError
from mentordesk.services.mentors import MentorData, create_mentor

NOW = datetime(2026, 3, 10, 9, 0, tzinfo=UTC)
PURPOSES = ["first_meeting", "check_in", "quarterly_review", "agreement_review", "closing"]


def test_five_templates_ship_with_timed_sections_and_a_question_bank(database: Database) -> None:
    with database.session() as session:
        rows = meeting_templates.list_templates(session)
    assert [row.data.purpose for row in rows] == PURPOSES
    for row in rows:
        assert not row.own and len(row.data.sections) >= 3 and len(row.data.questions) >= 5
        assert 30 <= row.data.minutes <= 60  # respectful of the mentor's time
    first = rows[0].data
    assert any("expectations" in s.title.lower() for s in first.sections)


def test_an_edited_shipped_template_stands_in_for_it_until_deleted(database: Database) -> None:
    with database.session() as session:
        check_in = meeting_templates.template(session, "shipped:check-in")
        changed = TemplateData(
            "Regular check-in",
            check_in.data.description,
            "check_in",
            (Section(15, "Wins"), Section(15, "The one question")),
            ("What went well?",),
        )
        row_id = meeting_templates.save_template(session, check_in.ref, changed, now=NOW)
    with database.session() as session:
        rows = meeting_templates.list_templates(session)
        assert [r.data.name for r in rows].count("Regular check-in") == 1
        edited = meeting_templates.template(session, row_id)
        assert edited.edited and edited.data.minutes == 30
        assert edited.data.questions == ("What went well?",)
        meeting_templates.delete_template(session, row_id)
    with database.session() as session:
        back = meeting_templates.template(session, "shipped:check-in")
        assert back.data == check_in.data and not back.edited


def test_export_then_import_gives_the_same_template_and_a_damaged_file_is_refused(
    database: Database, tmp_path: Path
) -> None:
    with database.session() as session:
        closing = meeting_templates.template(session, "shipped:closing")
    path = tmp_path / "closing ☕.json"
    path.write_text(meeting_templates.export_text(closing.data), encoding="utf-8")
    assert meeting_templates.load(path) == closing.data
    with database.session() as session:
        made = meeting_templates.add_template(session, meeting_templates.load(path), now=NOW)
        assert meeting_templates.template(session, made).data == closing.data
        assert len(meeting_templates.list_templates(session)) == 6

    for text, why in (
        ("{", "not valid JSON"),
        ('{"format": "mentordesk-agreement-template"}', "not a MentorDesk meeting template"),
        (
            '{"format": "mentordesk-meeting-template", "version": 1, "name": "x",'
            ' "sections": [{"minutes": 0, "title": "a"}]}',
            "minutes",
        ),
        ('{"format": "mentordesk-meeting-template", "version": 9, "name": "x"}', "newer"),
    ):
        bad = tmp_path / "bad.json"
        bad.write_text(text, encoding="utf-8")
        with pytest.raises(TemplateError, match=why):
            meeting_templates.load(bad)
    for raw, why in (
        (b"\xff\xfe\x00garbage", "not UTF-8"),
        (b" " * 1_000_001, "far too large"),
    ):
        bad = tmp_path / "bad.json"
        bad.write_bytes(raw)
        with pytest.raises(TemplateError, match=why):
            meeting_templates.load(bad)
    with pytest.raises(TemplateError, match="cannot be read"):
        meeting_templates.load(tmp_path / "gone.json")
    with database.session() as session, pytest.raises(FieldValidationError):
        meeting_templates.add_template(session, TemplateData("  "), now=NOW)


def test_the_meeting_calls_for_the_template_the_agreement_and_history_suggest(
    database: Database,
) -> None:
    with database.session() as session:
        ada = create_mentor(session, MentorData(name="Ada", status="active"), now=utc_now()).id

    def suggested(when: datetime) -> str:
        with database.session() as session:
            return meeting_templates.suggested_purpose(session, ada, when)

    assert suggested(NOW) == "first_meeting"
    with database.session() as session:
        first = meetings.plan_meeting(session, meetings.MeetingPlan(ada, NOW), now=NOW).id
        meetings.end_meeting(session, first, actual_minutes=40, rating=4, now=NOW)
        agreements.save(
            session,
            ada,
            agreements.AgreementTerms(
                status="agreed",
                frequency_every=4,
                frequency_unit="weeks",
                start_date=date(2026, 3, 1),
                review_date=date(2026, 9, 1),
                end_date=date(2027, 3, 1),
                agreed_on=date(2026, 3, 1),
            ),
            today=NOW.date(),
            now=NOW,
        )
    assert suggested(NOW + timedelta(weeks=4)) == "check_in"
    assert suggested(datetime(2026, 6, 5, tzinfo=UTC)) == "quarterly_review"
    assert suggested(datetime(2026, 8, 25, tzinfo=UTC)) == "agreement_review"
    assert suggested(datetime(2027, 2, 20, tzinfo=UTC)) == "closing"
