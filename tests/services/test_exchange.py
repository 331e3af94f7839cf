"""JSON export and import: every record, a stable format, and an exact round trip."""

from __future__ import annotations

import json
import tempfile
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

from jsonschema import Draft7Validator

from mentordesk.config import Paths, resolve_paths
from mentordesk.db.database import Database
from mentordesk.db.models import Base, MeetingRecap, MeetingTemplate, NoteSnapshot
from mentordesk.db.types import utc_now
from mentordesk.services import (
    action_items,
    agreements,
    attachment_files,
    attachments,
    calendar_export,
    closure,
    exchange,
    givebacks,
    goal_links,
    goals,
    meetings,
    prospects,
    topics,
    touches,
)
from mentordesk.services.importing import import_file
from mentordesk.services.kinds import Kind, Ref
from mentordesk.services.mentors import MentorData, create_mentor, update_mentor

LONG_NOTES = "# Long meeting\n" + "\n".join(f"- point {n}: ✓ café ☕" for n in range(6000))
RTL = "مريم العربية — שלום"


def fill(database: Database) -> None:
    """Records of every kind, with text from several scripts, emoji and long notes."""
    when = datetime(2026, 3, 4, 15, 30, tzinfo=UTC)
    with database.session() as session:
        zoe = create_mentor(
            session,
            MentorData(name="Zoë 😀 O'Brien", tags=("Leadership", "Café ☕"), notes=RTL),
            now=utc_now(),
        ).id
        other = create_mentor(
            session, MentorData(name=RTL, role="مديرة", tags=("Leadership",)), now=utc_now()
        ).id
        update_mentor(
            session,
            zoe,
            MentorData(
                name="Zoë 😀 O'Brien", status="active", tags=("Leadership", "Café ☕"), notes=RTL
            ),
            now=utc_now(),
        )
        meeting = meetings.plan_meeting(
            session,
            meetings.MeetingPlan(mentor_id=zoe, scheduled_start=when, agenda=("Rota 📅", RTL)),
            now=utc_now(),
        ).id
        meetings.save_notes(session, meeting, LONG_NOTES, "Delegate.\n\n𝔘𝔫𝔦𝔠𝔬𝔡𝔢", now=when)
        session.add(NoteSnapshot(meeting_id=meeting, taken_at=when, notes="earlier 👀"))
        item = action_items.capture(
            session,
            other,
            "Read the book 📚",
            meeting_id=meeting,
            due_date=date(2026, 4, 1),
            now=utc_now(),
        )
        meetings.plan_meeting(
            session,
            meetings.MeetingPlan(mentor_id=other, scheduled_start=when + timedelta(days=30)),
            now=utc_now(),
        )
        agreements.save(
            session,
            zoe,
            agreements.AgreementTerms(goals="Lead the rota 📅 " + RTL, topics="Delegation"),
            today=when.date(),
            now=when,
        )
        agreements.set_mentor_interval(session, other, 3, "weeks", now=utc_now())
        goal = goals.create_goal(
            session,
            goals.GoalData(
                "Lead a team 🚀 " + RTL,
                why="Grow — " + RTL,
                success_criteria="Two reports ✓",
                target_date=date(2027, 1, 31),
            ),
            mentor_ids=[zoe],
            now=when,
        ).id
        goals.set_progress(
            session,
            goal,
            35,
            comment="Café chat ☕",
            day=when.date(),
            today=when.date(),
            now=utc_now(),
        )
        goal_links.set_actions(session, goal, [item.id], now=utc_now())
        givebacks.create(
            session,
            givebacks.GiveBackData(zoe, "Send the rota article 📅", kind="share_something"),
            meeting_id=meeting,
            today=when.date(),
            now=when,
        )
        givebacks.create(
            session,
            givebacks.GiveBackData(
                other, RTL, kind="thanks", status="done", done_on=when.date(), note="✓"
            ),
            today=when.date(),
            now=when,
        )
        prospect = create_mentor(
            session, MentorData(name="Prospect Ω", fit_notes=RTL), now=utc_now()
        ).id
        prospects.add_step(
            session,
            prospect,
            "asked",
            when.date(),
            note="Wrote 👋",
            follow_up_on=date(2026, 3, 11),
            today=when.date(),
            now=when,
        )
        topics.add_topic(session, zoe, "Ask about the rota 📅", now=when)
        touches.add_touch(
            session,
            touches.TouchData(zoe, "email", when.date(), "Sent the deck ✉"),
            today=when.date(),
            now=when,
        )
        closure.close(
            session,
            other,
            learned="Listen first " + RTL,
            goal_ids=(goal,),
            thank_you="Thank you 🙏",
            ended_on=when.date(),
            keep_in_touch=closure.KeepInTouch(6, "months"),
            today=when.date(),
            now=when,
        )
        # issue 19: a meeting template of the person's own, a recap sent, the calendar's
        # version of each exported meeting
        session.add(
            MeetingTemplate(
                name="Café check-in ☕",
                purpose="check_in",
                sections='[[10, "Wins 🎉"], [20, "' + RTL + '"]]',
                questions="What went well?\n" + RTL,
                created_at=when,
                updated_at=when,
            )
        )
        session.add(
            MeetingRecap(
                meeting_id=meeting,
                body="Thank you 🙏",
                sent_at=when,
                sent_how="mail",
                created_at=when,
                updated_at=when,
            )
        )
        calendar_export.meetings_to_export(session, when)
        # issue 19: an attached link and file
        attachments.add_link(
            session, Ref(Kind.GOAL, goal), "Course 🎓 " + RTL, "https://example.org", now=when
        )
        with tempfile.TemporaryDirectory() as folder:
            source = Path(folder) / "Rota 📅.pdf"
            source.write_bytes(b"%PDF rota")
            store = database.paths.attachments_dir
            stored = attachment_files.store_file(store, source, 1000)
        attachments.add_file(session, Ref(Kind.MEETING, meeting), source.name, stored, now=when)


def export_text(paths: Paths) -> str:
    database = Database(paths)
    try:
        with database.session() as session:
            return exchange.dumps(exchange.export_document(session))
    finally:
        database.close()


def test_export_then_import_into_an_empty_folder_then_export_is_identical(
    paths: Paths, tmp_path: Path
) -> None:
    database = Database(paths)
    fill(database)
    database.close()
    first = export_text(paths)
    file = tmp_path / "export.json"
    file.write_text(first, encoding="utf-8")

    elsewhere = resolve_paths(tmp_path / "new-computer")
    result = import_file(elsewhere, file, now=utc_now())
    assert result.counts["mentor"] == 3 and result.counts["meeting"] == 2
    assert {kind: result.counts[kind] for kind in ("goal", "goal_mentor", "give_back")} == {
        "goal": 1,
        "goal_mentor": 2,
        "give_back": 2,
    }
    assert export_text(elsewhere) == first
    assert any(row["notes"] == LONG_NOTES for row in json.loads(first)["records"]["meeting"])
    assert "😀" in first and RTL in first  # written as themselves, not as \\u escapes


def test_the_export_holds_every_kind_and_passes_the_shipped_schema(database: Database) -> None:
    fill(database)
    with database.session() as session:
        document = exchange.export_document(session)
    assert list(document["records"]) == [t.name for t in Base.metadata.sorted_tables]
    assert all(document["records"][table.name] for table in Base.metadata.sorted_tables)
    errors = list(Draft7Validator(exchange.shipped_schema()).iter_errors(document))
    assert errors == []


def test_the_shipped_schema_is_the_one_the_models_make() -> None:
    """Adding a kind or a column: regenerate it (docs/export-format.md says how)."""
    assert exchange.shipped_schema() == exchange.json_schema()
