"""Exports to read without MentorDesk: CSV for spreadsheets (the Markdown folder is
``services/export_markdown.py``).

``mentors.csv``, ``meetings.csv``, ``action-items.csv``, ``topics.csv`` (never a
private one) and ``touches.csv`` (``services/export_between.py``), UTF-8 with a byte order
mark so spreadsheets read accents; the headers and every stored choice are in the
words the window shows. Times are written in UTC, as stored.
"""

from __future__ import annotations

import csv
import io
from collections import defaultdict
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from mentordesk.config import FOLDER_MODE
from mentordesk.db.choices import (
    ActionStatus,
    Affiliation,
    MeetingFormat,
    MeetingStatus,
    MentorStatus,
    WhereFound,
)
from mentordesk.db.files import write_text_file
from mentordesk.db.models import ActionItem, Meeting, Mentor, MentorTag, Tag
from mentordesk.services import export_between, private
from mentordesk.services.choice_labels import english


def _text(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, datetime):
        return value.astimezone(UTC).strftime("%Y-%m-%d %H:%M UTC")
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, bool):
        return "yes" if value else "no"
    return str(value)


def _tags(session: Session) -> dict[str, list[str]]:
    found: dict[str, list[str]] = defaultdict(list)
    query = select(MentorTag.mentor_id, Tag.name).join(Tag, Tag.id == MentorTag.tag_id)
    for mentor_id, name in session.execute(query.order_by(Tag.name)):
        found[mentor_id].append(name)
    return found


# -- CSV --------------------------------------------------------------------------------
def _write_csv(path: Path, header: list[str], rows: list[list[Any]]) -> None:
    text = io.StringIO(newline="")
    writer = csv.writer(text)
    writer.writerow(header)
    writer.writerows([[_text(value) for value in row] for row in rows])
    # With a byte order mark, so spreadsheet apps read the file as UTF-8.
    write_text_file(path, text.getvalue(), encoding="utf-8-sig")


def export_csv(session: Session, folder: Path) -> dict[str, int]:
    """Write mentors.csv, meetings.csv, action-items.csv, topics.csv and touches.csv;
    returns rows per file."""
    folder.mkdir(mode=FOLDER_MODE, parents=True, exist_ok=True)
    tags = _tags(session)
    mentors = list(session.scalars(select(Mentor).order_by(Mentor.name, Mentor.id)))
    names = {m.id: m.name for m in mentors}
    _write_csv(
        folder / "mentors.csv",
        [
            "ID",
            "Name",
            "Role",
            "Organisation",
            "Internal/External",
            "Status",
            "Expertise",
            "Where found",
            "Email",
            "Phone",
            "Profile",
            "Time zone",
            "Notes",
        ],
        [
            [
                m.id,
                m.name,
                m.role,
                m.organisation,
                english(Affiliation, m.affiliation),
                english(MentorStatus, m.status),
                "; ".join(tags.get(m.id, [])),
                english(WhereFound, m.where_found),
                m.email,
                m.phone,
                m.profile_url,
                m.time_zone,
                m.notes,
            ]
            for m in mentors
        ],
    )
    meetings = list(session.scalars(select(Meeting).order_by(Meeting.scheduled_start)))
    _write_csv(
        folder / "meetings.csv",
        [
            "ID",
            "Mentor",
            "When (UTC)",
            "Status",
            "Planned minutes",
            "Minutes it took",
            "Format",
            "Place or link",
            "Value (1-5)",
            "Notes",
            "Takeaways",
        ],
        [
            [
                g.id,
                names.get(g.mentor_id, ""),
                g.scheduled_start,
                english(MeetingStatus, g.status),
                g.planned_minutes,
                g.actual_minutes,
                english(MeetingFormat, g.format),
                g.location,
                g.rating,
                private.shared_text(g, "notes"),
                private.shared_text(g, "takeaways"),
            ]
            for g in meetings
        ],
    )
    starts = {g.id: g.scheduled_start for g in meetings}
    items = list(
        session.scalars(
            select(ActionItem)
            .where(private.not_private(ActionItem))
            .order_by(ActionItem.created_at)
        )
    )
    _write_csv(
        folder / "action-items.csv",
        [
            "ID",
            "Mentor",
            "Meeting (when, UTC)",
            "Action item",
            "Due",
            "Status",
            "Done on",
            "Outcome",
            "Report back",
        ],
        [
            [
                a.id,
                names.get(a.mentor_id, ""),
                starts.get(a.meeting_id or ""),
                a.text,
                a.due_date,
                english(ActionStatus, a.status),
                a.done_on,
                a.outcome,
                a.report_back,
            ]
            for a in items
        ],
    )
    written = {
        "mentors.csv": len(mentors),
        "meetings.csv": len(meetings),
        "action-items.csv": len(items),
    }
    between = export_between.csv_tables(export_between.read(session), names)
    for name, (header, rows) in between.items():
        _write_csv(folder / name, header, rows)
        written[name] = len(rows)
    return written
