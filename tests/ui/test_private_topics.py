"""A private topic never appears in anything copied or sent. The sweep covers every
output the app has: the JSON export, the Markdown folder, the CSV files, the calendar
file (.ics), the agenda copied from the Meetings area and the read view, the whole
meeting as Markdown, the recap sent after it, and the topics in the Markdown profile
page and topics.csv. The shared topic beside it is in each, so the sweep would see a
private one if it leaked; the brief on screen shows the private one, marked."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot

from mentordesk.db.database import Database
from mentordesk.db.types import utc_now
from mentordesk.services import meeting_queries, meetings, topics
from mentordesk.services.calendar_export import write_calendar
from mentordesk.services.exporting import export_to
from mentordesk.services.meetings import MeetingPlan
from mentordesk.services.recaps import recap_facts
from mentordesk.ui.context import AppContext
from mentordesk.ui.meetings.brief import BriefPanel
from mentordesk.ui.meetings.recap_text import recap_body, subject
from mentordesk.ui.meetings.text import agenda_text, meeting_markdown
from tests.ui.helpers import add_people

SECRET = "Salary talk 🔒"
SHARED = "Staffing plan 📋"


def everything_written(folder: Path) -> str:
    return "\n".join(p.read_text("utf-8-sig") for p in sorted(folder.rglob("*")) if p.is_file())


def test_no_private_topic_in_any_output(
    qtbot: QtBot, context: AppContext, database: Database, tmp_path: Path
) -> None:
    ada = add_people(database, ("Ada Lovelace", "active"))["Ada Lovelace"]
    now = utc_now()
    with database.session() as session:
        ids = []
        for text, private in ((SHARED, False), (SECRET, True)):
            ids.append(topics.add_topic(session, ada, text, private=private, now=now).id)
        held = topics.plan_with_topics(
            session, MeetingPlan(ada, now - timedelta(days=7)), tuple(ids), now=now
        )
        meetings.end_meeting(session, held.id, actual_minutes=30, now=now)
        ahead = topics.plan_with_topics(
            session, MeetingPlan(ada, now + timedelta(days=7)), tuple(ids), now=now
        )
        topics.add_topic(session, ada, SECRET + " again", private=True, now=now)
    outputs: dict[str, str] = {}
    with database.session() as session:
        for kind, target in (
            ("json", tmp_path / "all.json"),
            ("markdown", tmp_path / "markdown"),
            ("csv", tmp_path / "csv"),
        ):
            export_to(session, kind, target)
            outputs[kind] = (
                target.read_text("utf-8") if target.is_file() else (everything_written(target))
            )
        write_calendar(session, tmp_path / "meetings.ics", datetime.now(UTC))
        for meeting_id in (held.id, ahead.id):
            detail = meeting_queries.detail(session, meeting_id)
            outputs[f"agenda {meeting_id}"] = agenda_text(detail)
            outputs[f"meeting {meeting_id}"] = meeting_markdown(detail, [])
        facts = recap_facts(session, held.id)
        outputs["recap"] = f"{subject(facts)}\n{recap_body(facts, 'Sam')}"
    outputs["ics"] = (tmp_path / "meetings.ics").read_text("utf-8")
    for name, text in outputs.items():
        assert SECRET not in text, name
        assert "Salary" not in text, name
    # The shared topic is there: the sweep reads what was really written.
    for name in ("json", "markdown", "csv", "ics", f"agenda {ahead.id}"):
        assert SHARED in outputs[name].replace("\\n", "\n").replace("\\,", ","), name
    assert "## Topics for our meetings" in outputs["markdown"]  # the profile's, read
    assert "Sam" in outputs["recap"]

    brief = BriefPanel(context)
    qtbot.addWidget(brief)
    brief.show_mentor(ada)
    shown = [label.text() for label in brief.findChildren(QLabel, "briefTopic")]
    assert f"• {SECRET} (private: only here)" in shown
    assert f"• {SHARED}" in shown
