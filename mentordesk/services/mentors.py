"""Mentors: validate, create, edit, archive, delete, and put back (for undo).

Every change is described by a ``MentorSnapshot`` of the whole record, so undo
and redo are "make the database hold this snapshot again" (or "hold none").
"""

from __future__ import annotations

import re
import zoneinfo
from dataclasses import dataclass, field, replace
from datetime import datetime
from functools import cache
from urllib.parse import urlsplit

from sqlalchemy import delete, func, select
from sqlalchemy.orm import Session

from mentordesk.db.models import (
    ActionItem,
    Affiliation,
    Channel,
    Meeting,
    Mentor,
    MentorStatus,
    MentorStatusChange,
    MentorTag,
    Tag,
    WhereFound,
)
from mentordesk.db.types import new_id, utc_now
from mentordesk.services import action_items, meeting_queries
from mentordesk.services.action_items import ActionItemState
from mentordesk.services.errors import FieldValidationError
from mentordesk.services.meeting_queries import MeetingSnapshot

NAME_MAX = 200
_EMAIL = re.compile(r"^[^@\s]+@(?:[^@\s.]+\.)+[^@\s.]+$")
_PHONE_CHARS = re.compile(r"^[0-9+\-().\s/]*(?:\s*(?:ext\.?|x)\s*[0-9]+)?$", re.IGNORECASE)


@dataclass(frozen=True)
class MentorData:
    """What a person fills in on the mentor form."""

    name: str
    role: str = ""
    organisation: str = ""
    affiliation: str = Affiliation.EXTERNAL.value
    where_found: str = WhereFound.OTHER.value
    where_found_detail: str = ""
    fit_notes: str = ""
    email: str = ""
    phone: str = ""
    profile_url: str = ""
    preferred_channel: str = Channel.EMAIL.value
    time_zone: str = ""
    status: str = MentorStatus.PROSPECT.value
    notes: str = ""
    tags: tuple[str, ...] = ()

    def cleaned(self) -> MentorData:
        """The same data with surrounding blanks removed and tags de-duplicated."""
        seen: dict[str, str] = {}
        for tag in self.tags:
            tag = " ".join(tag.split())
            if tag and tag.casefold() not in seen:
                seen[tag.casefold()] = tag
        return replace(
            self,
            name=self.name.strip(),
            role=self.role.strip(),
            organisation=self.organisation.strip(),
            where_found_detail=self.where_found_detail.strip(),
            email=self.email.strip(),
            phone=self.phone.strip(),
            profile_url=self.profile_url.strip(),
            time_zone=self.time_zone.strip(),
            tags=tuple(seen.values()),
        )


@dataclass(frozen=True)
class StatusChangeRecord:
    """One line of a mentor's status history."""

    id: str
    from_status: str | None
    to_status: str
    changed_at: datetime


@dataclass(frozen=True)
class MentorSnapshot:
    """A whole mentor record, enough to put it back exactly as it was."""

    id: str
    data: MentorData
    is_sample: bool
    created_at: datetime
    updated_at: datetime
    status_changed_at: datetime
    history: tuple[StatusChangeRecord, ...] = field(default=())
    # Set only by delete_mentor: what went with the mentor, put back by undo.
    dependents: MentorDependents | None = None


@dataclass(frozen=True)
class MentorDependents:
    """A deleted mentor's meetings (with agenda and note history) and action items."""

    meetings: tuple[MeetingSnapshot, ...] = ()
    action_items: tuple[ActionItemState, ...] = ()

    @property
    def is_empty(self) -> bool:
        return not self.meetings and not self.action_items


class MentorValidationError(FieldValidationError):
    """A mentor field is invalid."""


class MentorNotFoundError(LookupError):
    """The mentor is gone (deleted in another window or by undo)."""


@cache
def known_time_zones() -> frozenset[str]:
    """IANA time zone names available on this machine (may be empty on Windows)."""
    try:
        return frozenset(zoneinfo.available_timezones())
    except Exception:  # pragma: no cover - platform without tz data
        return frozenset()


def validate(data: MentorData) -> dict[str, str]:
    """Problems with ``data``, by field name, in the user's words. Empty when fine."""
    data = data.cleaned()
    errors: dict[str, str] = {}
    if not data.name:
        errors["name"] = "Enter the mentor's name."
    elif len(data.name) > NAME_MAX:
        errors["name"] = f"The name is too long (at most {NAME_MAX} characters)."
    if data.email and not _EMAIL.match(data.email):
        errors["email"] = "This does not look like an email address (name@example.com)."
    if data.phone:
        digits = sum(ch.isdigit() for ch in data.phone)
        if not _PHONE_CHARS.match(data.phone) or not 5 <= digits <= 20:
            errors["phone"] = "Use digits, spaces and + - ( ) only, like +44 20 7946 0018."
    if data.profile_url and not is_valid_url(data.profile_url):
        errors["profile_url"] = "Enter a web address such as https://example.com/profile."
    if data.time_zone and known_time_zones() and data.time_zone not in known_time_zones():
        errors["time_zone"] = "Choose a time zone from the list, such as Europe/London."
    for name, allowed, label in (
        ("status", MentorStatus, "status"),
        ("affiliation", Affiliation, "internal/external choice"),
        ("where_found", WhereFound, "place you found them"),
        ("preferred_channel", Channel, "preferred channel"),
    ):
        if getattr(data, name) not in {member.value for member in allowed}:
            errors[name] = f"Choose a {label} from the list."
    return errors


def is_valid_url(text: str) -> bool:
    """A web address with a host; "example.com/x" counts (https is assumed)."""
    if any(ch.isspace() for ch in text):
        return False
    candidate = text if "://" in text else f"https://{text}"
    try:
        parts = urlsplit(candidate)
    except ValueError:
        return False
    host = parts.hostname or ""
    return parts.scheme in {"http", "https"} and ("." in host or host == "localhost")


def list_mentors(session: Session) -> list[Mentor]:
    """Every mentor with its tags, by name."""
    return list(session.scalars(select(Mentor).order_by(Mentor.name)))


def get_mentor(session: Session, mentor_id: str) -> Mentor:
    mentor = session.get(Mentor, mentor_id)
    if mentor is None:
        raise MentorNotFoundError(mentor_id)
    return mentor


def snapshot(mentor: Mentor) -> MentorSnapshot:
    """A complete, detached copy of ``mentor``."""
    return MentorSnapshot(
        id=mentor.id,
        data=data_of(mentor),
        is_sample=mentor.is_sample,
        created_at=mentor.created_at,
        updated_at=mentor.updated_at,
        status_changed_at=mentor.status_changed_at,
        history=tuple(
            StatusChangeRecord(c.id, c.from_status, c.to_status, c.changed_at)
            for c in mentor.status_changes
        ),
    )


def data_of(mentor: Mentor) -> MentorData:
    """The form values of ``mentor``."""
    return MentorData(
        name=mentor.name,
        role=mentor.role,
        organisation=mentor.organisation,
        affiliation=mentor.affiliation,
        where_found=mentor.where_found,
        where_found_detail=mentor.where_found_detail,
        fit_notes=mentor.fit_notes,
        email=mentor.email,
        phone=mentor.phone,
        profile_url=mentor.profile_url,
        preferred_channel=mentor.preferred_channel,
        time_zone=mentor.time_zone,
        status=mentor.status,
        notes=mentor.notes,
        tags=tuple(mentor.tag_names),
    )


def _checked(data: MentorData) -> MentorData:
    errors = validate(data)
    if errors:
        raise MentorValidationError(errors)
    return data.cleaned()


def _tags_named(session: Session, names: tuple[str, ...]) -> list[Tag]:
    # SQLite's NOCASE folds ASCII only; match in Python so "Éthique" is "éthique".
    existing = {tag.name.casefold(): tag for tag in session.scalars(select(Tag))}
    tags = []
    for name in names:
        tag = existing.get(name.casefold())
        if tag is None:
            tag = Tag(id=new_id(), name=name)
            session.add(tag)
            existing[name.casefold()] = tag
        tags.append(tag)
    return tags


def _apply(session: Session, mentor: Mentor, data: MentorData) -> None:
    mentor.name = data.name
    mentor.role = data.role
    mentor.organisation = data.organisation
    mentor.affiliation = data.affiliation
    mentor.where_found = data.where_found
    mentor.where_found_detail = data.where_found_detail
    mentor.fit_notes = data.fit_notes
    mentor.email = data.email
    mentor.phone = data.phone
    mentor.profile_url = data.profile_url
    mentor.preferred_channel = data.preferred_channel
    mentor.time_zone = data.time_zone
    mentor.notes = data.notes
    mentor.tags = _tags_named(session, data.tags)


def create_mentor(session: Session, data: MentorData, *, is_sample: bool = False) -> Mentor:
    """Add a new mentor; its first status is recorded in the history."""
    data = _checked(data)
    now = utc_now()
    mentor = Mentor(
        id=new_id(),
        status=data.status,
        status_changed_at=now,
        is_sample=is_sample,
        created_at=now,
        updated_at=now,
    )
    _apply(session, mentor, data)
    mentor.status_changes.append(
        MentorStatusChange(id=new_id(), from_status=None, to_status=data.status, changed_at=now)
    )
    session.add(mentor)
    session.flush()
    return mentor


def update_mentor(session: Session, mentor_id: str, data: MentorData) -> Mentor:
    """Save the form for an existing mentor; a new status is added to the history."""
    data = _checked(data)
    mentor = get_mentor(session, mentor_id)
    now = utc_now()
    if data.status != mentor.status:
        mentor.status_changes.append(
            MentorStatusChange(
                id=new_id(), from_status=mentor.status, to_status=data.status, changed_at=now
            )
        )
        mentor.status = data.status
        mentor.status_changed_at = now
    _apply(session, mentor, data)
    mentor.updated_at = now
    session.flush()
    prune_unused_tags(session)
    return mentor


def archive_mentor(session: Session, mentor_id: str) -> Mentor:
    """End the relationship: status "ended", everything else kept."""
    mentor = get_mentor(session, mentor_id)
    return update_mentor(
        session, mentor_id, replace(data_of(mentor), status=MentorStatus.ENDED.value)
    )


def dependents_of(session: Session, mentor_id: str) -> MentorDependents:
    """Everything that is deleted along with the mentor."""
    meeting_ids = session.scalars(select(Meeting.id).where(Meeting.mentor_id == mentor_id))
    items = session.scalars(select(ActionItem).where(ActionItem.mentor_id == mentor_id))
    return MentorDependents(
        meetings=tuple(meeting_queries.snapshot(session, mid) for mid in meeting_ids),
        action_items=tuple(action_items.state_of(item) for item in items),
    )


def count_dependents(session: Session, mentor_id: str) -> tuple[int, int]:
    """How many meetings and action items a delete of the mentor would remove."""
    meetings = session.scalar(select(func.count()).where(Meeting.mentor_id == mentor_id))
    items = session.scalar(select(func.count()).where(ActionItem.mentor_id == mentor_id))
    return int(meetings or 0), int(items or 0)


def delete_mentor(session: Session, mentor_id: str) -> MentorSnapshot:
    """Remove a mentor with its history, meetings and action items; returns all of it."""
    mentor = get_mentor(session, mentor_id)
    removed = replace(snapshot(mentor), dependents=dependents_of(session, mentor_id))
    session.delete(mentor)
    session.flush()
    prune_unused_tags(session)
    return removed


def restore_mentor(session: Session, state: MentorSnapshot) -> Mentor:
    """Make the database hold exactly ``state`` (insert or overwrite). Used by undo.

    A mentor that is put back after a delete gets its meetings and action items
    back too; an existing mentor's meetings are never touched (they may have
    newer notes than the snapshot).
    """
    mentor = session.get(Mentor, state.id)
    inserted = mentor is None
    if mentor is None:
        mentor = Mentor(id=state.id)
        session.add(mentor)
    _apply(session, mentor, state.data)
    mentor.status = state.data.status
    mentor.is_sample = state.is_sample
    mentor.created_at = state.created_at
    mentor.updated_at = state.updated_at
    mentor.status_changed_at = state.status_changed_at
    session.flush()
    session.execute(delete(MentorStatusChange).where(MentorStatusChange.mentor_id == state.id))
    session.expire(mentor, ["status_changes"])
    for record in state.history:
        session.add(
            MentorStatusChange(
                id=record.id,
                mentor_id=state.id,
                from_status=record.from_status,
                to_status=record.to_status,
                changed_at=record.changed_at,
            )
        )
    session.flush()
    if inserted and state.dependents is not None:
        for meeting in state.dependents.meetings:
            meeting_queries.restore(session, meeting)
        for item in state.dependents.action_items:
            action_items.restore(session, item)
        session.flush()
    prune_unused_tags(session)
    session.refresh(mentor)
    return mentor


def prune_unused_tags(session: Session) -> None:
    used = select(MentorTag.tag_id)
    session.execute(delete(Tag).where(Tag.id.not_in(used)))


def status_history(session: Session, mentor_id: str) -> list[StatusChangeRecord]:
    """A mentor's status changes, oldest first."""
    return list(snapshot(get_mentor(session, mentor_id)).history)
