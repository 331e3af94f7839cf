"""Topics and touches in the exports to read elsewhere: a mentor's profile page in the
Markdown folder ends with "Topics for our meetings" and "Touches between meetings";
the CSV folder has ``topics.csv`` and ``touches.csv``.

A private topic is never in either (``topics.shareable``): these files are copied and
sent. A topic's state is the one the Inbox shows (in the inbox, on the plan of a
meeting, discussed, dropped), in English words, as the rest of the exports.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from mentordesk.db.choices import TopicStatus, TouchKind
from mentordesk.db.models import Touch
from mentordesk.services import topics
from mentordesk.services.choice_labels import english
from mentordesk.services.topics import TopicRow


def _when(value: datetime) -> str:
    return value.astimezone(UTC).strftime("%Y-%m-%d %H:%M UTC")


@dataclass
class Between:
    """The shareable topics and every touch, by mentor id, oldest first."""

    topics: dict[str, list[TopicRow]] = field(default_factory=dict)
    touches: dict[str, list[Touch]] = field(default_factory=dict)


def read(session: Session) -> Between:
    found = Between(defaultdict(list), defaultdict(list))
    for row in topics.shareable(topics.topics_of(session)):
        found.topics[row.mentor_id].append(row)
    query = select(Touch).order_by(Touch.day, Touch.created_at, Touch.id)
    for touch in session.scalars(query):
        found.touches[touch.mentor_id].append(touch)
    return found


def state(row: TopicRow) -> str:
    """ "In the inbox", "On the plan for 2026-03-09 10:00 UTC", "Discussed in the meeting
    of …" (or "Discussed"), "Dropped"."""
    if row.planned and row.meeting_start is not None:
        return f"On the plan for {_when(row.meeting_start)}"
    if row.status == TopicStatus.DISCUSSED and row.meeting_start is not None:
        return f"Discussed in the meeting of {_when(row.meeting_start)}"
    return english(TopicStatus, row.status)


def markdown(between: Between, mentor_id: str) -> list[str]:
    """The sections of the mentor's profile page (none when there is nothing)."""
    lines: list[str] = []
    mine = between.topics.get(mentor_id, [])
    if mine:
        lines += ["", "## Topics for our meetings", ""]
        for row in mine:
            mark = "x" if row.status == TopicStatus.DISCUSSED else " "
            lines.append(f"- [{mark}] {row.text} ({state(row)})")
    touched = between.touches.get(mentor_id, [])
    if touched:
        lines += ["", "## Touches between meetings", ""]
        for touch in reversed(touched):  # newest first, as the Inbox lists them
            how = english(TouchKind, touch.kind)
            lines.append(
                f"- {touch.day.isoformat()}, {how}" + (f": {touch.note}" if touch.note else "")
            )
    return lines


def csv_tables(
    between: Between, names: dict[str, str]
) -> dict[str, tuple[list[str], list[list[Any]]]]:
    """``topics.csv`` and ``touches.csv`` (header, rows), mentors named by ``names``."""
    topic_rows = [
        [
            row.id,
            names.get(row.mentor_id, ""),
            row.text,
            "On the plan" if row.planned else english(TopicStatus, row.status),
            row.meeting_start,
            row.created_at,
        ]
        for rows in between.topics.values()
        for row in rows
    ]
    touch_rows = [
        [
            touch.id,
            names.get(touch.mentor_id, ""),
            touch.day,
            english(TouchKind, touch.kind),
            touch.note,
        ]
        for touches in between.touches.values()
        for touch in touches
    ]
    return {
        "topics.csv": (
            [
                "ID",
                "Mentor",
                "Topic",
                "State",
                "Meeting (when, UTC)",
                "Added (UTC)",
            ],
            sorted(topic_rows, key=lambda r: (r[1], r[5])),
        ),
        "touches.csv": (
            ["ID", "Mentor", "Day", "How", "About"],
            sorted(touch_rows, key=lambda r: (r[1], r[2])),
        ),
    }
