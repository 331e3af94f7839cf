"""Sample data for trying the app: fictional mentors, removable in one step."""

from __future__ import annotations

import json
from importlib import resources
from typing import Any

from sqlalchemy import delete, func, select
from sqlalchemy.orm import Session

from mentordesk.db.models import Mentor
from mentordesk.services.mentors import MentorData, create_mentor, prune_unused_tags


def sample_records() -> list[dict[str, Any]]:
    """The fictional mentors shipped in resources/sample/mentors.json."""
    text = (
        resources.files("mentordesk.resources")
        .joinpath("sample/mentors.json")
        .read_text(encoding="utf-8")
    )
    records: list[dict[str, Any]] = json.loads(text)["mentors"]
    return records


def load_sample_data(session: Session) -> list[Mentor]:
    """Add the sample mentors (marked as samples). Loading twice adds nothing more."""
    if has_sample_data(session):
        return []
    added = []
    for record in sample_records():
        fields = dict(record)
        fields["tags"] = tuple(fields.get("tags", ()))
        added.append(create_mentor(session, MentorData(**fields), is_sample=True))
    return added


def has_sample_data(session: Session) -> bool:
    return bool(session.scalar(select(func.count()).where(Mentor.is_sample.is_(True))))


def remove_sample_data(session: Session) -> int:
    """Delete every sample mentor; returns how many were removed."""
    result = session.execute(delete(Mentor).where(Mentor.is_sample.is_(True)))
    prune_unused_tags(session)
    return int(getattr(result, "rowcount", 0) or 0)
