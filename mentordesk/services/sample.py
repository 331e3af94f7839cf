"""Sample data for trying the app: fictional mentors, their meetings and action items,
agreements, goals, give-back ideas and a prospect's outreach steps.

The sample is a file in the export format (resources/sample/sample-data.json, made
by scripts/make_sample.py from services/sample_build.py) and goes in through the
import's own checks and inserts, as ``mentordesk import`` of that file does. Its
dates are relative: the file says which day they were written for
(``dates_relative_to``), and every date and moment moves by as many days as today
is later, so the sample always has a past and a future.

Everything hangs off mentors marked as samples (and goals marked as samples), so
removing them removes it all.
"""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from typing import Any

from sqlalchemy import Date, delete, func, select
from sqlalchemy.orm import Session

from mentordesk.db.models import Goal, Mentor
from mentordesk.db.types import UTCDateTime
from mentordesk.resources_path import resource_path
from mentordesk.services.exchange import from_json, insert_document, tables, to_json
from mentordesk.services.importing import check_against, read_document
from mentordesk.services.mentors import prune_unused_tags
from mentordesk.services.sample_build import Loaded, sample_meetings, sample_records

SAMPLE_FILE = "sample/sample-data.json"

__all__ = [
    "SAMPLE_FILE",
    "Loaded",
    "has_sample_data",
    "load_sample",
    "load_sample_data",
    "remove_sample_data",
    "sample_document",
    "sample_goal_ids",
    "sample_meetings",
    "sample_mentor_ids",
    "sample_records",
]


def sample_document(today: date) -> dict[str, Any]:
    """The shipped sample file (checked as any import is), its dates moved to ``today``."""
    document = read_document(resource_path(SAMPLE_FILE))
    written_for = date.fromisoformat(str(document["dates_relative_to"]))
    return moved(document, (today - written_for).days)


def moved(document: dict[str, Any], days: int) -> dict[str, Any]:
    """``document`` with every date and moment ``days`` later; a moment keeps its
    local wall-clock time across a daylight-saving change (a meeting at 10:00 stays
    at 10:00)."""
    shift = timedelta(days=days)
    records: dict[str, list[dict[str, Any]]] = {}
    for table in tables():
        rows = document["records"].get(table.name) or []
        timed = [c for c in table.columns if isinstance(c.type, UTCDateTime | Date)]
        moved_rows = []
        for row in rows:
            row = dict(row)
            for column in timed:
                value = from_json(column, row.get(column.key))
                if isinstance(value, datetime):
                    local = value.astimezone().replace(tzinfo=None) + shift
                    row[column.key] = to_json(column, local.astimezone(UTC))
                elif isinstance(value, date):
                    row[column.key] = to_json(column, value + shift)
            moved_rows.append(row)
        if rows:
            records[table.name] = moved_rows
    return dict(document, records=records)


def load_sample_data(session: Session, today: date) -> list[str]:
    """Add the sample data; returns the mentors' ids. Loading twice adds nothing."""
    return list(load_sample(session, today).mentor_ids)


def load_sample(session: Session, today: date) -> Loaded:
    """Add the sample (marked as samples) as of ``today``, as an import adds a file."""
    if has_sample_data(session):
        return Loaded()
    document = sample_document(today)
    insert_document(session, check_against(session, document).document)
    session.flush()
    records = document["records"]
    return Loaded(
        tuple(row["id"] for row in records.get("mentor", []) if row.get("is_sample")),
        tuple(row["id"] for row in records.get("goal", []) if row.get("is_sample")),
    )


def sample_goal_ids(session: Session) -> list[str]:
    """The goals that came with the sample data."""
    return list(session.scalars(select(Goal.id).where(Goal.is_sample.is_(True))))


def sample_mentor_ids(session: Session) -> list[str]:
    """The mentors that came with the sample data."""
    return list(session.scalars(select(Mentor.id).where(Mentor.is_sample.is_(True))))


def has_sample_data(session: Session) -> bool:
    return bool(session.scalar(select(func.count()).where(Mentor.is_sample.is_(True))))


def has_own_data(session: Session) -> bool:
    """Whether the person has mentors of their own (the sample would mix with them)."""
    return bool(session.scalar(select(func.count()).where(Mentor.is_sample.is_(False))))


def remove_sample_data(session: Session) -> int:
    """Delete every sample mentor (their meetings and action items go too) and goal."""
    session.execute(delete(Goal).where(Goal.is_sample.is_(True)))
    result = session.execute(delete(Mentor).where(Mentor.is_sample.is_(True)))
    prune_unused_tags(session)
    return int(getattr(result, "rowcount", 0) or 0)
