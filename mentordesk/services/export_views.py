"""Exports to read without MentorDesk: a Markdown folder per mentor, and CSV for spreadsheets.

Markdown: ``<folder>/README.md`` lists the mentors; each mentor's folder holds
``profile.md``, ``meetings.md`` (in date order, with agenda, notes and
takeaways) and ``action-items.md``. CSV: ``mentors.csv``, ``meetings.csv`` and
``action-items.csv``, UTF-8 with a byte order mark so spreadsheets read accents.
Times are written in UTC, as stored.
"""

from __future__ import annotations

import csv
import io
import re
from collections import defaultdict
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from mentordesk.db.files import write_text_file
from mentordesk.db.models import ActionItem, AgendaItem, Meeting, Mentor, MentorTag, Tag


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


def _folder_name(mentor: Mentor, used: set[str]) -> str:
    base = re.sub(r'[\\/:*?"<>|\x00-\x1f]+', " ", mentor.name).strip(" .") or "Mentor"
    name = base[:80]
    if name.casefold() in used:
        name = f"{name} ({mentor.id[:8]})"
    used.add(name.casefold())
    return name


def _field_lines(fields: list[tuple[str, Any]]) -> list[str]:
    return [f"- **{label}:** {_text(value)}" for label, value in fields if _text(value)]


def export_markdown(session: Session, folder: Path) -> int:
    """Write the Markdown folder; returns how many mentors it holds."""
    folder.mkdir(parents=True, exist_ok=True)
    tags = _tags(session)
    mentors = list(session.scalars(select(Mentor).order_by(Mentor.name, Mentor.id)))
    meetings: dict[str, list[Meeting]] = defaultdict(list)
    for meeting in session.scalars(select(Meeting).order_by(Meeting.scheduled_start)):
        meetings[meeting.mentor_id].append(meeting)
    agenda: dict[str, list[AgendaItem]] = defaultdict(list)
    for point in session.scalars(select(AgendaItem).order_by(AgendaItem.position)):
        agenda[point.meeting_id].append(point)
    actions: dict[str, list[ActionItem]] = defaultdict(list)
    for item in session.scalars(select(ActionItem).order_by(ActionItem.created_at)):
        actions[item.mentor_id].append(item)
    used: set[str] = set()
    index = ["# Mentors", ""]
    for mentor in mentors:
        name = _folder_name(mentor, used)
        index.append(f"- [{mentor.name}](<{name}/profile.md>)")
        own = folder / name
        own.mkdir(exist_ok=True)
        write_text_file(own / "profile.md", _profile(mentor, tags.get(mentor.id, [])))
        write_text_file(own / "meetings.md", _meetings(mentor, meetings[mentor.id], agenda))
        write_text_file(own / "action-items.md", _actions(mentor, actions[mentor.id]))
    write_text_file(folder / "README.md", "\n".join(index) + "\n")
    return len(mentors)


def _profile(mentor: Mentor, tags: list[str]) -> str:
    lines = [f"# {mentor.name}", ""]
    lines += _field_lines(
        [
            ("Role", mentor.role),
            ("Organisation", mentor.organisation),
            ("Internal or external", mentor.affiliation),
            ("Status", mentor.status),
            ("Expertise", ", ".join(tags)),
            ("Where found", mentor.where_found),
            ("Where exactly", mentor.where_found_detail),
            ("Email", mentor.email),
            ("Phone", mentor.phone),
            ("Profile", mentor.profile_url),
            ("Preferred channel", mentor.preferred_channel),
            ("Time zone", mentor.time_zone),
            ("Sample data", mentor.is_sample or None),
        ]
    )
    for title, text in (("Why they fit", mentor.fit_notes), ("Notes", mentor.notes)):
        if text.strip():
            lines += ["", f"## {title}", "", text.rstrip()]
    return "\n".join(lines) + "\n"


def _meetings(mentor: Mentor, meetings: list[Meeting], agenda: dict[str, list[AgendaItem]]) -> str:
    lines = [f"# Meetings with {mentor.name}"]
    if not meetings:
        lines += ["", "No meetings yet."]
    for meeting in meetings:
        lines += ["", f"## {_text(meeting.scheduled_start)} — {meeting.status}", ""]
        lines += _field_lines(
            [
                ("Format", meeting.format),
                ("Where", meeting.location),
                ("Planned", f"{meeting.planned_minutes} min"),
                ("Took", f"{meeting.actual_minutes} min" if meeting.actual_minutes else None),
                ("Value", f"{meeting.rating}/5" if meeting.rating else None),
            ]
        )
        points = agenda.get(meeting.id, [])
        if points:
            lines += ["", "### Agenda", ""]
            lines += [f"- [{'x' if p.done else ' '}] {p.text}" for p in points]
        for title, text in (("Notes", meeting.notes), ("Takeaways", meeting.takeaways)):
            if text.strip():
                lines += ["", f"### {title}", "", text.rstrip()]
    return "\n".join(lines) + "\n"


def _actions(mentor: Mentor, items: list[ActionItem]) -> str:
    lines = [f"# Action items from {mentor.name}", ""]
    if not items:
        lines.append("None yet.")
    for item in items:
        mark = "x" if item.status == "done" else " "
        details = [f"due {_text(item.due_date)}" if item.due_date else "", item.status]
        if item.done_on:
            details.append(f"done {_text(item.done_on)}")
        lines.append(f"- [{mark}] {item.text} ({', '.join(d for d in details if d)})")
        if item.outcome.strip():
            lines.append(f"  - Outcome: {item.outcome.strip()}")
    return "\n".join(lines) + "\n"


# -- CSV --------------------------------------------------------------------------------
def _write_csv(path: Path, header: list[str], rows: list[list[Any]]) -> None:
    text = io.StringIO(newline="")
    writer = csv.writer(text)
    writer.writerow(header)
    writer.writerows([[_text(value) for value in row] for row in rows])
    # With a byte order mark, so spreadsheet apps read the file as UTF-8.
    write_text_file(path, text.getvalue(), encoding="utf-8-sig")


def export_csv(session: Session, folder: Path) -> dict[str, int]:
    """Write mentors.csv, meetings.csv and action-items.csv; returns rows per file."""
    folder.mkdir(parents=True, exist_ok=True)
    tags = _tags(session)
    mentors = list(session.scalars(select(Mentor).order_by(Mentor.name, Mentor.id)))
    names = {m.id: m.name for m in mentors}
    _write_csv(
        folder / "mentors.csv",
        [
            "id",
            "name",
            "role",
            "organisation",
            "affiliation",
            "status",
            "expertise",
            "where found",
            "email",
            "phone",
            "profile",
            "time zone",
            "notes",
        ],
        [
            [
                m.id,
                m.name,
                m.role,
                m.organisation,
                m.affiliation,
                m.status,
                "; ".join(tags.get(m.id, [])),
                m.where_found,
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
            "id",
            "mentor",
            "when",
            "status",
            "planned minutes",
            "actual minutes",
            "format",
            "where",
            "value",
            "notes",
            "takeaways",
        ],
        [
            [
                g.id,
                names.get(g.mentor_id, ""),
                g.scheduled_start,
                g.status,
                g.planned_minutes,
                g.actual_minutes,
                g.format,
                g.location,
                g.rating,
                g.notes,
                g.takeaways,
            ]
            for g in meetings
        ],
    )
    items = list(session.scalars(select(ActionItem).order_by(ActionItem.created_at)))
    _write_csv(
        folder / "action-items.csv",
        ["id", "mentor", "meeting", "text", "due", "status", "done on", "outcome", "report back"],
        [
            [
                a.id,
                names.get(a.mentor_id, ""),
                a.meeting_id,
                a.text,
                a.due_date,
                a.status,
                a.done_on,
                a.outcome,
                a.report_back,
            ]
            for a in items
        ],
    )
    return {
        "mentors.csv": len(mentors),
        "meetings.csv": len(meetings),
        "action-items.csv": len(items),
    }
