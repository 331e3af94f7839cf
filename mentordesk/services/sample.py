"""Sample data for trying the app: fictional mentors, their meetings and action items.

Everything hangs off mentors marked as samples, so removing them removes it all.
Meeting dates are relative to today, so the sample always has a past and a future.
"""

from __future__ import annotations

import json
from datetime import UTC, date, datetime, time, timedelta
from typing import Any

from sqlalchemy import delete, func, select
from sqlalchemy.orm import Session

from mentordesk.db.models import Mentor
from mentordesk.resources_path import resource_path
from mentordesk.services import action_items, agreements, meeting_queries, meetings
from mentordesk.services.mentors import MentorData, create_mentor, prune_unused_tags


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


def load_sample_data(session: Session, today: date | None = None) -> list[str]:
    """Add the sample mentors (marked as samples) and their meetings; returns the
    mentors' ids. Loading twice adds nothing."""
    if has_sample_data(session):
        return []
    added = []
    day = today or date.today()
    for record in sample_records():
        fields = dict(record)
        fields["tags"] = tuple(fields.get("tags", ()))
        # Added a fortnight before the first thing that happened with them, so the
        # mentor's timeline reads as a real story does.
        since = day + timedelta(days=_first_day(fields["name"]) - 14)
        added.append(create_mentor(session, MentorData(**fields), is_sample=True, now=_noon(since)))
    by_name = {mentor.data.name: mentor.id for mentor in added}
    for record in sample_meetings():
        _add_meeting(session, by_name[record["mentor"]], record, today or date.today())
    for record in _sample().get("agreements", []):
        _add_agreement(session, by_name[record["mentor"]], record, today or date.today())
    return [mentor.id for mentor in added]


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


def _add_meeting(session: Session, mentor_id: str, record: dict[str, Any], today: date) -> None:
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
    )
    agenda = meeting_queries.detail(session, meeting.id).agenda
    meetings.set_agenda(
        session,
        meeting.id,
        [
            (item.id, item.text, bool(done))
            for item, (_text, done) in zip(agenda, record.get("agenda", []), strict=True)
        ],
    )
    if record.get("notes") or record.get("takeaways"):
        meetings.save_notes(
            session, meeting.id, record.get("notes", ""), record.get("takeaways", "")
        )
    # Captured during the meeting (when it is past), and settled on the day given.
    captured = min(start + timedelta(minutes=20), datetime.now(UTC))
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
                now=max(captured, min(_noon(done_on), datetime.now(UTC))),
            )
        elif action.get("dropped"):
            action_items.set_status(
                session,
                item.id,
                "dropped",
                now=min(captured + timedelta(days=7), datetime.now(UTC)),
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


def sample_mentor_ids(session: Session) -> list[str]:
    """The mentors that came with the sample data."""
    return list(session.scalars(select(Mentor.id).where(Mentor.is_sample.is_(True))))


def has_sample_data(session: Session) -> bool:
    return bool(session.scalar(select(func.count()).where(Mentor.is_sample.is_(True))))


def remove_sample_data(session: Session) -> int:
    """Delete every sample mentor (their meetings and action items go too)."""
    result = session.execute(delete(Mentor).where(Mentor.is_sample.is_(True)))
    prune_unused_tags(session)
    return int(getattr(result, "rowcount", 0) or 0)
