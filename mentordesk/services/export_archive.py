"""What the Markdown export reads: every record a person wrote, grouped by mentor and
goal the way the pages need them (``services/export_markdown.py`` writes the pages)."""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import datetime
from typing import TypeVar

from sqlalchemy import select
from sqlalchemy.orm import Session

from mentordesk.db.models import (
    ActionItem,
    AgendaItem,
    Agreement,
    AgreementVersion,
    Closure,
    ClosureGoal,
    GiveBack,
    Goal,
    GoalActionItem,
    GoalMentor,
    GoalProgress,
    Meeting,
    Mentor,
    MentorStatusChange,
    MentorTag,
    OutreachStep,
    Tag,
)
from mentordesk.services import private

Row = TypeVar("Row")

PAGES = (
    ("profile.md", "Profile"),
    ("meetings.md", "Meetings"),
    ("action-items.md", "Action items"),
    ("agreement.md", "Agreement"),
    ("give-back.md", "Give-back"),
    ("outreach.md", "Outreach"),
    ("closure.md", "Closure review"),
)


def markdown_link(text: str, target: str) -> str:
    """A relative Markdown link; the angle brackets keep spaces in folder names working."""
    return f"[{text}](<{target}>)"


def _grouped(rows: Iterable[Row], key: str) -> dict[str, list[Row]]:
    found: dict[str, list[Row]] = defaultdict(list)
    for row in rows:
        found[getattr(row, key)].append(row)
    return found


@dataclass
class Archive:
    """Every record the export reads, grouped the way the pages need them."""

    mentors: list[Mentor]
    folders: dict[str, str] = field(default_factory=dict)  # mentor id -> folder name
    tags: dict[str, list[str]] = field(default_factory=dict)
    history: dict[str, list[MentorStatusChange]] = field(default_factory=dict)
    meetings: dict[str, list[Meeting]] = field(default_factory=dict)
    agenda: dict[str, list[AgendaItem]] = field(default_factory=dict)
    actions: dict[str, list[ActionItem]] = field(default_factory=dict)
    versions: dict[str, list[AgreementVersion]] = field(default_factory=dict)
    give_backs: dict[str, list[GiveBack]] = field(default_factory=dict)
    outreach: dict[str, list[OutreachStep]] = field(default_factory=dict)
    closures: dict[str, Closure] = field(default_factory=dict)
    closure_goals: dict[str, list[str]] = field(default_factory=dict)  # closure id -> goals
    goals: list[Goal] = field(default_factory=list)
    goal_titles: dict[str, str] = field(default_factory=dict)
    progress: dict[str, list[GoalProgress]] = field(default_factory=dict)
    goal_mentors: dict[str, list[str]] = field(default_factory=dict)  # goal -> mentor ids
    mentor_goals: dict[str, list[str]] = field(default_factory=dict)  # mentor -> goal ids
    goal_actions: dict[str, list[str]] = field(default_factory=dict)  # goal -> action ids
    action_goals: dict[str, list[str]] = field(default_factory=dict)  # action -> goal ids
    action_by_id: dict[str, ActionItem] = field(default_factory=dict)
    meeting_starts: dict[str, datetime] = field(default_factory=dict)

    @classmethod
    def read(cls, session: Session) -> Archive:
        mentors = list(session.scalars(select(Mentor).order_by(Mentor.name, Mentor.id)))
        archive = cls(mentors)
        used: set[str] = set()
        archive.folders = {m.id: _folder_name(m, used) for m in mentors}
        query = select(MentorTag.mentor_id, Tag.name).join(Tag, Tag.id == MentorTag.tag_id)
        tags: dict[str, list[str]] = defaultdict(list)
        for mentor_id, name in session.execute(query.order_by(Tag.name)):
            tags[mentor_id].append(name)
        archive.tags = tags
        archive.history = _grouped(
            session.scalars(select(MentorStatusChange).order_by(MentorStatusChange.changed_at)),
            "mentor_id",
        )
        meetings = list(session.scalars(select(Meeting).order_by(Meeting.scheduled_start)))
        archive.meetings = _grouped(meetings, "mentor_id")
        archive.meeting_starts = {m.id: m.scheduled_start for m in meetings}
        # Private points and actions never leave (services/private.py): not even read.
        archive.agenda = _grouped(
            session.scalars(
                select(AgendaItem)
                .where(private.not_private(AgendaItem))
                .order_by(AgendaItem.position)
            ),
            "meeting_id",
        )
        actions = list(
            session.scalars(
                select(ActionItem)
                .where(private.not_private(ActionItem))
                .order_by(ActionItem.created_at)
            )
        )
        archive.actions = _grouped(actions, "mentor_id")
        archive.action_by_id = {a.id: a for a in actions}
        agreement_of = {a.id: a.mentor_id for a in session.scalars(select(Agreement))}
        versions: dict[str, list[AgreementVersion]] = defaultdict(list)
        for version in session.scalars(
            select(AgreementVersion).order_by(AgreementVersion.number.desc())
        ):
            versions[agreement_of[version.agreement_id]].append(version)
        archive.versions = versions
        archive.give_backs = _grouped(
            session.scalars(select(GiveBack).order_by(GiveBack.created_at)), "mentor_id"
        )
        archive.outreach = _grouped(
            session.scalars(select(OutreachStep).order_by(OutreachStep.day)), "mentor_id"
        )
        archive.closures = {c.mentor_id: c for c in session.scalars(select(Closure))}
        archive.goals = list(session.scalars(select(Goal).order_by(Goal.title, Goal.id)))
        archive.goal_titles = {g.id: g.title for g in archive.goals}
        archive.progress = _grouped(
            session.scalars(select(GoalProgress).order_by(GoalProgress.day)), "goal_id"
        )
        for goal_id, mentor_id in session.execute(select(GoalMentor.goal_id, GoalMentor.mentor_id)):
            archive.goal_mentors.setdefault(goal_id, []).append(mentor_id)
            archive.mentor_goals.setdefault(mentor_id, []).append(goal_id)
        for goal_id, action_id in session.execute(
            select(GoalActionItem.goal_id, GoalActionItem.action_item_id)
        ):
            if action_id not in archive.action_by_id:
                continue  # a private action item
            archive.goal_actions.setdefault(goal_id, []).append(action_id)
            archive.action_goals.setdefault(action_id, []).append(goal_id)
        for closure_id, goal_id in session.execute(
            select(ClosureGoal.closure_id, ClosureGoal.goal_id)
        ):
            archive.closure_goals.setdefault(closure_id, []).append(goal_id)
        return archive

    # -- links ------------------------------------------------------------------------
    def mentor_link(self, mentor_id: str, page: str = "profile.md", up: bool = True) -> str:
        name = next((m.name for m in self.mentors if m.id == mentor_id), "")
        prefix = "../" if up else ""
        return markdown_link(name, f"{prefix}{self.folders[mentor_id]}/{page}")

    def goal_link(self, goal_id: str, up: bool = True) -> str:
        return markdown_link(self.goal_titles[goal_id], ("../" if up else "") + "goals.md")

    def pages_of(self, mentor: Mentor) -> list[tuple[str, str]]:
        """The pages written for ``mentor`` (file, title), the profile first."""
        has = {
            "profile.md": True,
            "meetings.md": True,
            "action-items.md": True,
            "agreement.md": bool(self.versions.get(mentor.id)),
            "give-back.md": bool(self.give_backs.get(mentor.id)),
            "outreach.md": bool(self.outreach.get(mentor.id)),
            "closure.md": mentor.id in self.closures,
        }
        return [(name, title) for name, title in PAGES if has[name]]


def _folder_name(mentor: Mentor, used: set[str]) -> str:
    base = re.sub(r'[\\/:*?"<>|\x00-\x1f]+', " ", mentor.name).strip(" .") or "Mentor"
    name = base[:80]
    if name.casefold() in used:
        name = f"{name} ({mentor.id[:8]})"
    used.add(name.casefold())
    return name
