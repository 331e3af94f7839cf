"""Topics and touches in the exports to read elsewhere (issue 19): the mentor's profile
page in the Markdown folder lists the topics with their state (in the inbox, on the
plan, discussed, dropped) and the touches; the CSV folder has topics.csv and
touches.csv. A private topic is in neither. The files read here are the real ones
`mentordesk export` writes."""

from __future__ import annotations

import csv
import io
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

from mentordesk.db.database import Database
from mentordesk.services import meeting_queries, meetings, mentors, topics, touches
from mentordesk.services.exporting import export_to
from mentordesk.services.meetings import MeetingPlan
from mentordesk.services.mentors import MentorData
from mentordesk.services.touches import TouchData

NOW = datetime(2026, 3, 2, 9, 0, tzinfo=UTC)
TODAY = date(2026, 3, 2)
HELD = datetime(2026, 2, 23, 10, 0, tzinfo=UTC)
AHEAD = datetime(2026, 3, 9, 10, 0, tzinfo=UTC)


def between_meetings(database: Database) -> str:
    """Ada, with a topic in each state, a private one, and two touches."""
    with database.session() as session:
        ada = mentors.create_mentor(session, MentorData(name="Ada Lovelace"), now=NOW).id
        made: list[str] = []

        def add(text: str, private: bool = False) -> str:
            moment = NOW + timedelta(minutes=len(made))  # listed in the order they came
            made.append(topics.add_topic(session, ada, text, private=private, now=moment).id)
            return made[-1]

        discussed, planned = add("How she prepared her board talk"), add("Staffing plan")
        waiting, dropped = add("Conference in May"), add("Old reorg rumour")
        secret = add("Salary talk", private=True)
        held = topics.plan_with_topics(
            session, MeetingPlan(ada, HELD), (discussed, secret), now=NOW
        ).id
        agenda = meeting_queries.detail(session, held).agenda
        meetings.set_agenda(session, held, [(p.id, p.text, True) for p in agenda], now=NOW)
        meetings.end_meeting(session, held, actual_minutes=45, now=NOW)
        topics.plan_with_topics(session, MeetingPlan(ada, AHEAD), (planned,), now=NOW)
        topics.set_status(session, dropped, "dropped", now=NOW)
        assert waiting
        for kind, day, note in (
            ("call", TODAY - timedelta(days=5), "Asked about the reorg"),
            ("email", TODAY - timedelta(days=1), "Sent her the draft deck"),
        ):
            touches.add_touch(session, TouchData(ada, kind, day, note), today=TODAY, now=NOW)
    return ada


def test_the_profile_page_lists_topics_with_their_state_and_the_touches(
    database: Database, tmp_path: Path
) -> None:
    between_meetings(database)
    with database.session() as session:
        export_to(session, "markdown", tmp_path / "md")
    page = (tmp_path / "md" / "Ada Lovelace" / "profile.md").read_text("utf-8")
    topics_part = page.split("## Topics for our meetings\n\n")[1].split("\n\n")[0]
    assert topics_part.splitlines() == [
        "- [x] How she prepared her board talk (Discussed in the meeting of 2026-02-23 10:00 UTC)",
        "- [ ] Staffing plan (On the plan for 2026-03-09 10:00 UTC)",
        "- [ ] Conference in May (In the inbox)",
        "- [ ] Old reorg rumour (Dropped)",
    ]
    touches_part = page.split("## Touches between meetings\n\n")[1]
    assert touches_part.splitlines() == [
        "- 2026-03-01, Email: Sent her the draft deck",
        "- 2026-02-25, Call: Asked about the reorg",
    ]
    everything = "\n".join(p.read_text("utf-8") for p in (tmp_path / "md").rglob("*.md"))
    assert "Salary" not in everything


def read_csv(path: Path) -> list[dict[str, str]]:
    text = path.read_bytes().decode("utf-8-sig")
    return list(csv.DictReader(io.StringIO(text, newline="")))


def test_the_csv_folder_has_topics_and_touches(database: Database, tmp_path: Path) -> None:
    between_meetings(database)
    with database.session() as session:
        counts = export_to(session, "csv", tmp_path / "csv")
    assert (counts["topics.csv"], counts["touches.csv"]) == (4, 2)
    rows = read_csv(tmp_path / "csv" / "topics.csv")
    assert [(r["Mentor"], r["Topic"], r["State"], r["Meeting (when, UTC)"]) for r in rows] == [
        ("Ada Lovelace", "How she prepared her board talk", "Discussed", "2026-02-23 10:00 UTC"),
        ("Ada Lovelace", "Staffing plan", "On the plan", "2026-03-09 10:00 UTC"),
        ("Ada Lovelace", "Conference in May", "In the inbox", ""),
        ("Ada Lovelace", "Old reorg rumour", "Dropped", ""),
    ]
    assert [r["Added (UTC)"] for r in rows] == [f"2026-03-02 09:0{n} UTC" for n in range(4)]
    touched = read_csv(tmp_path / "csv" / "touches.csv")
    assert [(r["Mentor"], r["Day"], r["How"], r["About"]) for r in touched] == [
        ("Ada Lovelace", "2026-02-25", "Call", "Asked about the reorg"),
        ("Ada Lovelace", "2026-03-01", "Email", "Sent her the draft deck"),
    ]
    every_file = "".join(p.read_bytes().decode("utf-8-sig") for p in (tmp_path / "csv").iterdir())
    assert "Salary" not in every_file


def test_a_mentor_with_nothing_between_meetings_gets_no_empty_sections(
    database: Database, tmp_path: Path
) -> None:
    with database.session() as session:
        mentors.create_mentor(session, MentorData(name="Grace Hopper"), now=NOW)
        export_to(session, "markdown", tmp_path / "md")
        export_to(session, "csv", tmp_path / "csv")
    page = (tmp_path / "md" / "Grace Hopper" / "profile.md").read_text("utf-8")
    assert "Topics for our meetings" not in page and "Touches" not in page
    assert read_csv(tmp_path / "csv" / "topics.csv") == []
    assert read_csv(tmp_path / "csv" / "touches.csv") == []
