"""The Markdown export: everything a person wrote, to read anywhere without MentorDesk.

People keep this folder as their readable archive, so every record they typed is
in it, in the words the window shows (``services/choice_labels.py``), never a
stored code, with links between the pages:

    README.md            the mentors (with their status and role) and a link to the goals
    goals.md             every goal: why, how I will know, target, progress and its
                         updates, its mentors and action items (linked)
    <mentor>/profile.md  the profile, status history, goals they help with, their pages,
                         topics for our meetings (never a private one) and touches
    <mentor>/meetings.md          in date order: agenda, notes, takeaways, what came of it
    <mentor>/action-items.md      with status, due and done days, outcomes, goals
    <mentor>/agreement.md         every version, newest first, every term
    <mentor>/give-back.md         ideas, planned and done
    <mentor>/outreach.md          the steps of asking them, with follow-up days
    <mentor>/closure.md           the closure review and the thank-you note

A page with nothing to hold is not written. Moments are written in UTC, as stored.
"""

from __future__ import annotations

import enum
from collections.abc import Iterable
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

from sqlalchemy.orm import Session

from mentordesk.config import FOLDER_MODE
from mentordesk.db.choices import (
    ActionStatus,
    Affiliation,
    AgreementStatus,
    Channel,
    GiveBackKind,
    GiveBackStatus,
    GoalStatus,
    IntervalUnit,
    MeetingFormat,
    MeetingStatus,
    MentorStatus,
    OutreachKind,
    ProgressMode,
    WhereFound,
)
from mentordesk.db.files import write_text_file
from mentordesk.db.models import ActionItem, Mentor
from mentordesk.services import export_between, private
from mentordesk.services.choice_labels import english
from mentordesk.services.export_archive import Archive, markdown_link


def _when(value: datetime | None) -> str:
    return value.astimezone(UTC).strftime("%Y-%m-%d %H:%M UTC") if value else ""


def _day(value: date | None) -> str:
    return value.isoformat() if value else ""


def _word(kind: type[enum.StrEnum], value: str | None) -> str:
    return english(kind, value) if value else ""


def _every(count: int | None, unit: str | None) -> str:
    """ "every 2 weeks", "every month" (the units are the app's own words)."""
    if not count or not unit:
        return ""
    word = str(IntervalUnit(unit)) if unit in set(IntervalUnit) else unit
    return f"every {word[:-1]}" if count == 1 else f"every {count} {word}"


def _fields(pairs: Iterable[tuple[str, str]]) -> list[str]:
    return [f"- **{label}:** {value}" for label, value in pairs if value]


def _section(title: str, text: str, level: str = "##") -> list[str]:
    return ["", f"{level} {title}", "", text.rstrip()] if text.strip() else []


def export_markdown(session: Session, folder: Path) -> int:
    """Write the Markdown folder; returns how many mentors it holds."""
    folder.mkdir(mode=FOLDER_MODE, parents=True, exist_ok=True)
    archive = Archive.read(session)
    between = export_between.read(session)
    for mentor in archive.mentors:
        own = folder / archive.folders[mentor.id]
        own.mkdir(mode=FOLDER_MODE, exist_ok=True)
        writers: dict[str, Any] = {
            "profile.md": _profile,
            "meetings.md": _meetings,
            "action-items.md": _actions,
            "agreement.md": _agreement,
            "give-back.md": _give_backs,
            "outreach.md": _outreach,
            "closure.md": _closure,
        }
        for page, _title in archive.pages_of(mentor):
            lines = writers[page](archive, mentor)
            if page == "profile.md":
                lines += export_between.markdown(between, mentor.id)
            write_text_file(own / page, _page(lines))
    write_text_file(folder / "goals.md", _page(_goals(archive)))
    write_text_file(folder / "README.md", _page(_index(archive)))
    return len(archive.mentors)


def _page(lines: list[str]) -> str:
    return "\n".join(lines).rstrip() + "\n"


def _index(archive: Archive) -> list[str]:
    lines = ["# MentorDesk", "", "## Mentors", ""]
    if not archive.mentors:
        lines.append("No mentors yet.")
    for mentor in archive.mentors:
        about = [_word(MentorStatus, mentor.status)]
        about += [" at ".join(p for p in (mentor.role, mentor.organisation) if p)]
        if mentor.is_sample:
            about.append("Sample data")
        described = " — ".join(p for p in about if p)
        lines.append(f"- {archive.mentor_link(mentor.id, up=False)}: {described}")
    count = len(archive.goals)
    lines += ["", "## Goals", "", markdown_link(f"My goals ({count})", "goals.md")]
    return lines


def _profile(archive: Archive, mentor: Mentor) -> list[str]:
    lines = [f"# {mentor.name}", ""]
    pages = [markdown_link(title, page) for page, title in archive.pages_of(mentor)[1:]]
    lines += ["Pages: " + " · ".join(pages), ""]
    lines += _fields(
        [
            ("Role", mentor.role),
            ("Organisation", mentor.organisation),
            ("Internal/External", _word(Affiliation, mentor.affiliation)),
            ("Status", _word(MentorStatus, mentor.status)),
            ("Expertise", ", ".join(archive.tags.get(mentor.id, []))),
            ("Where found", _word(WhereFound, mentor.where_found)),
            ("Where exactly", mentor.where_found_detail),
            ("Email", mentor.email),
            ("Phone", mentor.phone),
            ("Profile", mentor.profile_url),
            ("Preferred channel", _word(Channel, mentor.preferred_channel)),
            ("Time zone", mentor.time_zone),
            ("Unless agreed, meet", _every(mentor.cadence_every, mentor.cadence_unit)),
            ("Sample data", "Yes, added by Explore with Sample Data" if mentor.is_sample else ""),
        ]
    )
    lines += _section("Why they fit", mentor.fit_notes)
    lines += _section("Notes", mentor.notes)
    goals = archive.mentor_goals.get(mentor.id, [])
    if goals:
        lines += ["", "## Goals they help with", ""]
        lines += [
            f"- {archive.goal_link(g)}" for g in sorted(goals, key=lambda g: archive.goal_titles[g])
        ]
    history = archive.history.get(mentor.id, [])
    if history:
        lines += ["", "## Status history", ""]
        for change in history:
            before = _word(MentorStatus, change.from_status)
            now = _word(MentorStatus, change.to_status)
            moved = f"{before} → {now}" if before else now
            lines.append(f"- {_when(change.changed_at)}: {moved}")
    return lines


def _meetings(archive: Archive, mentor: Mentor) -> list[str]:
    lines = [f"# Meetings with {mentor.name}", "", markdown_link("Profile", "profile.md")]
    meetings = archive.meetings.get(mentor.id, [])
    if not meetings:
        lines += ["", "No meetings yet."]
    for meeting in meetings:
        status = _word(MeetingStatus, meeting.status)
        lines += ["", f"## {_when(meeting.scheduled_start)} — {status}", ""]
        lines += _fields(
            [
                ("Format", _word(MeetingFormat, meeting.format)),
                ("Where", meeting.location),
                ("Planned length", f"{meeting.planned_minutes} min"),
                ("Took", f"{meeting.actual_minutes} min" if meeting.actual_minutes else ""),
                ("Value", f"{meeting.rating}/5" if meeting.rating else ""),
            ]
        )
        points = archive.agenda.get(meeting.id, [])
        if points:
            lines += ["", "### Agenda", ""]
            lines += [f"- [{'x' if p.done else ' '}] {p.text}" for p in points]
        lines += _section("Notes", private.shared_text(meeting, "notes"), "###")
        lines += _section("Takeaways", private.shared_text(meeting, "takeaways"), "###")
        came = [a for a in archive.actions.get(mentor.id, []) if a.meeting_id == meeting.id]
        if came:
            lines += ["", "### Action items from this meeting", ""]
            page = markdown_link("action items", "action-items.md")
            lines += [f"- {a.text} ({page})" for a in came]
        ideas = [g for g in archive.give_backs.get(mentor.id, []) if g.meeting_id == meeting.id]
        if ideas:
            lines += ["", "### Give-back ideas from this meeting", ""]
            lines += [f"- {g.idea} ({markdown_link('give-back', 'give-back.md')})" for g in ideas]
    return lines


def _action_line(archive: Archive, item: ActionItem) -> list[str]:
    mark = "x" if item.status == ActionStatus.DONE else " "
    details = [_word(ActionStatus, item.status)]
    if item.due_date:
        details.append(f"Due {_day(item.due_date)}")
    if item.done_on:
        details.append(f"Done on {_day(item.done_on)}")
    if item.meeting_id in archive.meeting_starts:
        details.append(f"From the meeting of {_when(archive.meeting_starts[item.meeting_id])}")
    lines = [f"- [{mark}] {item.text} ({'; '.join(details)})"]
    if item.outcome.strip():
        lines.append(f"  - Outcome: {item.outcome.strip()}")
    if item.report_back:
        told = f"Reported back on {_day(item.reported_on)}" if item.reported_on else ""
        lines.append(f"  - To report back to the mentor. {told}".rstrip())
    goals = archive.action_goals.get(item.id, [])
    if goals:
        lines.append("  - Toward: " + ", ".join(archive.goal_link(g) for g in goals))
    return lines


def _actions(archive: Archive, mentor: Mentor) -> list[str]:
    lines = [f"# Action items from {mentor.name}", "", markdown_link("Profile", "profile.md"), ""]
    items = archive.actions.get(mentor.id, [])
    if not items:
        lines.append("None yet.")
    for item in items:
        lines += _action_line(archive, item)
    return lines


def _agreement(archive: Archive, mentor: Mentor) -> list[str]:
    lines = [f"# Agreement with {mentor.name}", "", markdown_link("Profile", "profile.md")]
    for version in archive.versions.get(mentor.id, []):
        status = _word(AgreementStatus, version.status)
        lines += ["", f"## Version {version.number} — {status}", ""]
        lines += _fields(
            [
                ("Agreed on", _day(version.agreed_on)),
                ("Meet", _every(version.frequency_every, version.frequency_unit)),
                (
                    "Typical length",
                    f"{version.duration_minutes} min" if version.duration_minutes else "",
                ),
                ("Format", _word(MeetingFormat, version.format)),
                ("Place or link", version.link),
                ("Starts", _day(version.start_date)),
                ("Review", _day(version.review_date)),
                ("Ends", _day(version.end_date)),
            ]
        )
        for title, text in (
            ("Goals of the mentorship", version.goals),
            ("Topics", version.topics),
            ("I commit to", version.my_commitments),
            (f"{mentor.name} commits to", version.mentor_commitments),
            ("Confidentiality", version.confidentiality),
            ("Boundaries", version.boundaries),
        ):
            lines += _section(title, _one_per_line(text), "###")
    return lines


def _one_per_line(text: str) -> str:
    """An agreement term typed one item a line, as a list (Markdown joins plain lines)."""
    items = [line.strip() for line in text.splitlines() if line.strip()]
    if len(items) < 2 or any(line.lstrip().startswith(("-", "*", "#")) for line in items):
        return text
    return "\n".join(f"- {item}" for item in items)


def _give_backs(archive: Archive, mentor: Mentor) -> list[str]:
    lines = [f"# Giving back to {mentor.name}", "", markdown_link("Profile", "profile.md"), ""]
    for idea in archive.give_backs.get(mentor.id, []):
        mark = "x" if idea.status == GiveBackStatus.DONE else " "
        details = [_word(GiveBackKind, idea.kind), _word(GiveBackStatus, idea.status)]
        if idea.planned_on:
            details.append(f"Planned for {_day(idea.planned_on)}")
        if idea.done_on:
            details.append(f"Done on {_day(idea.done_on)}")
        lines.append(f"- [{mark}] {idea.idea} ({'; '.join(details)})")
        if idea.note.strip():
            lines.append(f"  - Note: {idea.note.strip()}")
    return lines


def _outreach(archive: Archive, mentor: Mentor) -> list[str]:
    lines = [f"# Asking {mentor.name} to mentor me", "", markdown_link("Profile", "profile.md"), ""]
    for step in archive.outreach.get(mentor.id, []):
        line = f"- {_day(step.day)}: {_word(OutreachKind, step.kind)}"
        if step.note.strip():
            line += f" — {step.note.strip()}"
        if step.follow_up_on:
            line += f" (Follow up on {_day(step.follow_up_on)})"
        lines.append(line)
    return lines


def _closure(archive: Archive, mentor: Mentor) -> list[str]:
    closure = archive.closures[mentor.id]
    lines = [f"# Closing the mentorship with {mentor.name}", ""]
    lines.append(markdown_link("Profile", "profile.md"))
    lines += ["", *_fields([("Ended on", _day(closure.ended_on))])]
    lines += _section("What I learned", closure.learned)
    goals = archive.closure_goals.get(closure.id, [])
    if goals:
        lines += ["", "## Goals it served", ""]
        lines += [f"- {archive.goal_link(g)}" for g in goals]
    lines += _section("Thank-you note", closure.thank_you)
    return lines


def _goals(archive: Archive) -> list[str]:
    lines = ["# My goals", "", markdown_link("Mentors", "README.md")]
    if not archive.goals:
        lines += ["", "No goals yet."]
    for goal in archive.goals:
        lines += ["", f"## {goal.title}", ""]
        counted = goal.progress_mode == ProgressMode.ACTIONS
        lines += _fields(
            [
                ("Status", _word(GoalStatus, goal.status)),
                ("Target date", _day(goal.target_date)),
                ("Progress", "" if counted else f"{goal.progress} %"),
                ("Progress is", _word(ProgressMode, goal.progress_mode)),
                ("Sample data", "Yes" if goal.is_sample else ""),
            ]
        )
        lines += _section("Why it matters", goal.why, "###")
        lines += _section("How I will know", goal.success_criteria, "###")
        updates = archive.progress.get(goal.id, [])
        if updates:
            lines += ["", "### Progress updates", ""]
            for update in updates:
                comment = f": {update.comment.strip()}" if update.comment.strip() else ""
                lines.append(f"- {_day(update.day)}: {update.progress} %{comment}")
        mentors = archive.goal_mentors.get(goal.id, [])
        if mentors:
            lines += ["", "### Mentors who help", ""]
            lines += [f"- {archive.mentor_link(m, up=False)}" for m in mentors]
        actions = [archive.action_by_id[a] for a in archive.goal_actions.get(goal.id, [])]
        if actions:
            lines += ["", "### Action items toward it", ""]
            for item in actions:
                page = archive.mentor_link(item.mentor_id, "action-items.md", up=False)
                status = _word(ActionStatus, item.status)
                lines.append(f"- {item.text} ({status}; {page})")
    return lines
