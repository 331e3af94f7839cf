"""How the shipped sample data is made: fictional mentors, their meetings and action
items, agreements, goals, give-back ideas and a prospect's outreach steps, written
through the services as a person's use of the app would write them.

Its source is resources/sample/mentors.json (days relative to a given day).
``scripts/make_sample.py`` runs this on an empty database and exports the result as
resources/sample/sample-data.json, in the export format: that file is what the app
and ``mentordesk import`` load (services/sample.py). The app never runs this module.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from pathlib import Path
from typing import Any

from sqlalchemy.orm import Session

from mentordesk.resources_path import resource_path
from mentordesk.services import (
    action_items,
    agreements,
    givebacks,
    goal_links,
    goals,
    meeting_queries,
    meetings,
    prospects,
)
from mentordesk.services.mentors import MentorData, create_mentor


def _sample() -> dict[str, Any]:
    text = resource_path("sample/mentors.json").read_text(encoding="utf-8")
    data: dict[str, Any] = json.loads(text)
    return data


def sample_records() -> list[dict[str, Any]]:
    """The fictional mentors shipped in resources/sample/mentors.json."""
    records: list[dict[str, Any]] = _sample()["mentors"]
    return records


def sample_meetings() -> list[dict[str, Any]]:
    """The sample meetings: mentor name, days from today, agenda, notes, action items."""
    records: list[dict[str, Any]] = _sample().get("meetings", [])
    return records


@dataclass(frozen=True)
class Loaded:
    """The records the sample added: its mentors (everything else hangs off them) and goals."""

    mentor_ids: tuple[str, ...] = ()
    goal_ids: tuple[str, ...] = ()


def build_sample(session: Session, today: date, now: datetime) -> Loaded:
    """Add the sample mentors (marked as samples) with their meetings, agreements,
    give-back ideas and outreach steps, and the sample goals, as of ``today`` (``now``:
    when it is built; nothing is recorded later than that)."""
    added = []
    day = today
    for record in sample_records():
        fields = dict(record)
        fields["tags"] = tuple(fields.get("tags", ()))
        # Added a fortnight before the first thing that happened with them, so the
        # mentor's timeline reads as a real story does.
        since = day + timedelta(days=_first_day(fields["name"]) - 14)
        added.append(create_mentor(session, MentorData(**fields), is_sample=True, now=_noon(since)))
    by_name = {mentor.data.name: mentor.id for mentor in added}
    for record in sample_meetings():
        _add_meeting(session, by_name[record["mentor"]], record, today, now)
    for record in _sample().get("agreements", []):
        _add_agreement(session, by_name[record["mentor"]], record, today)
    goal_ids = [
        _add_goal(session, by_name, record, today, now) for record in _sample().get("goals", [])
    ]
    for record in _sample().get("give_backs", []):
        _add_give_back(session, by_name[record["mentor"]], record, today, now)
    for record in _sample().get("outreach", []):
        follow = record.get("follow_up_days")
        prospects.add_step(
            session,
            by_name[record["mentor"]],
            record["kind"],
            today + timedelta(days=int(record["days"])),
            note=record.get("note", ""),
            follow_up_on=today + timedelta(days=int(follow)) if follow is not None else None,
            today=today,
            now=now,
        )
    return Loaded(tuple(mentor.id for mentor in added), tuple(goal_ids))


def _add_goal(
    session: Session, by_name: dict[str, str], record: dict[str, Any], today: date, now: datetime
) -> str:
    created = datetime.combine(today - timedelta(days=120), time(12)).astimezone(UTC)
    goal = goals.create_goal(
        session,
        goals.GoalData(
            title=record["title"],
            why=record.get("why", ""),
            success_criteria=record.get("success_criteria", ""),
            target_date=today + timedelta(days=int(record["target_days"])),
            progress_mode=record.get("progress_mode", "manual"),
        ),
        mentor_ids=[by_name[name] for name in record.get("mentors", [])],
        is_sample=True,
        now=created,
    )
    texts = set(record.get("actions", []))
    wanted = [a.id for a in action_items.list_items(session) if a.text in texts]
    goal_links.set_actions(session, goal.id, wanted, now=created)
    for update in record.get("progress", []):
        day = today + timedelta(days=int(update["days"]))
        goals.set_progress(
            session,
            goal.id,
            int(update["value"]),
            comment=update["comment"],
            day=day,
            today=day,
            now=now,
        )
    return goal.id


def _add_give_back(
    session: Session, mentor_id: str, record: dict[str, Any], today: date, now: datetime
) -> None:
    def day(key: str) -> date | None:
        return today + timedelta(days=int(record[key])) if key in record else None

    givebacks.create(
        session,
        givebacks.GiveBackData(
            mentor_id=mentor_id,
            idea=record["idea"],
            kind=record.get("kind", "other"),
            status=record.get("status", "idea"),
            planned_on=day("planned_days"),
            done_on=day("done_days"),
            note=record.get("note", ""),
        ),
        today=today,
        now=now,
    )


def _noon(day: date) -> datetime:
    return datetime.combine(day, time(12)).astimezone(UTC)


def _first_day(name: str) -> int:
    """Days from today of the mentor's first meeting or agreement in the sample (0: none)."""
    days = [int(m["days"]) for m in sample_meetings() if m["mentor"] == name]
    for record in _sample().get("agreements", []):
        if record["mentor"] == name:
            days += [int(v["agreed_days"]) for v in record["versions"] if "agreed_days" in v]
    return min([0, *days])


def _add_agreement(session: Session, mentor_id: str, record: dict[str, Any], today: date) -> None:
    """Each version as it was agreed, on its own day (so earlier ones stay as versions)."""
    for version in record["versions"]:
        fields: dict[str, Any] = dict(version)
        for key, name in DAY_FIELDS.items():
            offset = fields.pop(key, None)
            fields[name] = today + timedelta(days=int(offset)) if offset is not None else None
        agreed_on = fields["agreed_on"] or today
        agreements.save(
            session,
            mentor_id,
            agreements.AgreementTerms(**fields),
            today=agreed_on,
            now=datetime.combine(agreed_on, time(12)).astimezone(UTC),
        )


# Offsets in days from today in the sample file, and the term each one sets.
DAY_FIELDS = {
    "agreed_days": "agreed_on",
    "start_days": "start_date",
    "review_days": "review_date",
    "end_days": "end_date",
}


def _add_meeting(
    session: Session, mentor_id: str, record: dict[str, Any], today: date, now: datetime
) -> None:
    day = today + timedelta(days=int(record["days"]))
    start = datetime.combine(day, time(int(record.get("hour", 12)))).astimezone(UTC)
    meeting = meetings.plan_meeting(
        session,
        meetings.MeetingPlan(
            mentor_id,
            start,
            planned_minutes=int(record.get("planned_minutes", 45)),
            format=str(record.get("format", "video")),
            location=str(record.get("location", "")),
            agenda=tuple(text for text, _done in record.get("agenda", [])),
        ),
        now=now,
    )
    agenda = meeting_queries.detail(session, meeting.id).agenda
    meetings.set_agenda(
        session,
        meeting.id,
        [
            (item.id, item.text, bool(done))
            for item, (_text, done) in zip(agenda, record.get("agenda", []), strict=True)
        ],
        now=now,
    )
    if record.get("notes") or record.get("takeaways"):
        meetings.save_notes(
            session, meeting.id, record.get("notes", ""), record.get("takeaways", ""), now=now
        )
    # Captured during the meeting (when it is past), and settled on the day given.
    captured = min(start + timedelta(minutes=20), now)
    for action in record.get("actions", []):
        due = action.get("due_days")
        item = action_items.capture(
            session,
            mentor_id,
            action["text"],
            meeting_id=meeting.id,
            due_date=today + timedelta(days=int(due)) if due is not None else None,
            report_back=bool(action.get("report_back", False)),
            now=captured,
        )
        if "done_days" in action:
            done_on = today + timedelta(days=int(action["done_days"]))
            action_items.set_status(
                session,
                item.id,
                "done",
                outcome=action.get("outcome", ""),
                on=done_on,
                now=max(captured, min(_noon(done_on), now)),
            )
        elif action.get("dropped"):
            action_items.set_status(
                session,
                item.id,
                "dropped",
                now=min(captured + timedelta(days=7), now),
            )
    if "held_minutes" in record:
        meetings.start_meeting(session, meeting.id, now=start)
        meetings.end_meeting(
            session,
            meeting.id,
            actual_minutes=int(record["held_minutes"]),
            rating=record.get("rating"),
            now=start + timedelta(minutes=int(record["held_minutes"])),
        )


def written_sample(folder: Path, today: date, now: datetime) -> dict[str, Any]:
    """The sample as the export format's document: built as of ``today`` (at ``now``) in
    a new database in ``folder``, and marked with that day (``dates_relative_to``)."""
    from mentordesk.config import resolve_paths
    from mentordesk.db.database import Database
    from mentordesk.services.exchange import export_document

    paths = resolve_paths(folder / "data")
    paths.ensure()
    database = Database(paths)
    try:
        with database.session() as session:
            build_sample(session, today, now)
        with database.session() as session:
            document = export_document(session)
    finally:
        database.close()
    head = {key: value for key, value in document.items() if key != "records"}
    return {**head, "dates_relative_to": today.isoformat(), "records": document["records"]}
