"""Mentors: validate, list, create, edit, archive and delete.

Everything handed out is frozen (``MentorSnapshot``, ``MentorChoice``); undo
and redo go through ``services.records``, not through this module.
"""

from __future__ import annotations

import re
import zoneinfo
from collections.abc import Collection
from dataclasses import dataclass, field, replace
from datetime import date, datetime, tzinfo
from functools import cache
from urllib.parse import urlsplit

from sqlalchemy import Select, delete, select
from sqlalchemy.orm import Session, selectinload

from mentordesk.db.choices import Affiliation, Channel, MentorStatus, WhereFound
from mentordesk.db.models import Mentor, MentorStatusChange, MentorTag, Tag
from mentordesk.db.types import new_id
from mentordesk.services.cadence import Cadence
from mentordesk.services.cadence_read import cadences_of
from mentordesk.services.errors import FieldValidationError, NotFoundError
from mentordesk.services.kinds import Kind
from mentordesk.services.records import found
from mentordesk.services.words import translate

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
    cadence: Cadence | None = None  # last met, next due, rhythm (when listed with a day)


@dataclass(frozen=True)
class MentorChoice:
    """A mentor as a picker lists it."""

    id: str
    name: str
    status: str
    time_zone: str = ""


class MentorValidationError(FieldValidationError):
    """A mentor field is invalid."""


class MentorNotFoundError(NotFoundError):
    """The mentor is gone (deleted in another window or by undo)."""

    kind = Kind.MENTOR


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
        errors["name"] = translate("services", "Enter the mentor's name.")
    elif len(data.name) > NAME_MAX:
        errors["name"] = translate(
            "services", "The name is too long (at most {most} characters)."
        ).format(most=NAME_MAX)
    if data.email and not is_valid_email(data.email):
        errors["email"] = translate(
            "services", "This does not look like an email address (name@example.com)."
        )
    if data.phone and (problem := phone_problem(data.phone)):
        errors["phone"] = problem
    if data.profile_url and not is_valid_url(data.profile_url):
        errors["profile_url"] = translate(
            "services", "Enter a web address such as https://example.com/profile."
        )
    if data.time_zone and known_time_zones() and data.time_zone not in known_time_zones():
        errors["time_zone"] = translate(
            "services", "Choose a time zone from the list, such as Europe/London."
        )
    for name, allowed, problem in (
        ("status", MentorStatus, translate("services", "Choose a status from the list.")),
        (
            "affiliation",
            Affiliation,
            translate("services", "Choose internal or external from the list."),
        ),
        (
            "where_found",
            WhereFound,
            translate("services", "Choose where you found them from the list."),
        ),
        (
            "preferred_channel",
            Channel,
            translate("services", "Choose a preferred channel from the list."),
        ),
    ):
        if getattr(data, name) not in {member.value for member in allowed}:
            errors[name] = problem
    return errors


def is_valid_email(text: str) -> bool:
    """An address mail can be written to: name@host.domain."""
    return bool(_EMAIL.match(text))


def phone_problem(text: str) -> str:
    """Why ``text`` is not a phone number that can be called ("" when it is one)."""
    digits = sum(ch.isdigit() for ch in text)
    if not _PHONE_CHARS.match(text):
        return translate("services", "Use digits, spaces and + - ( ) only, like +44 20 7946 0018.")
    if digits < 5:
        return translate("services", "A phone number has at least 5 digits, like +44 20 7946 0018.")
    if digits > 20:
        return translate("services", "A phone number has at most 20 digits.")
    return ""


def is_valid_phone(text: str) -> bool:
    return bool(text) and not phone_problem(text)


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


def _query(ids: Collection[str] | None = None) -> Select[Mentor]:
    query = select(Mentor).options(selectinload(Mentor.status_changes)).order_by(Mentor.name)
    return query if ids is None else query.where(Mentor.id.in_(list(ids)))


def list_mentors(
    session: Session,
    ids: Collection[str] | None = None,
    *,
    today: date,
    now: datetime,
    zone: tzinfo | None = None,
) -> list[MentorSnapshot]:
    """Every mentor (or those of ``ids``), by name, with tags and status history; given
    ``today`` (and ``now``), with their cadence too (``services.cadence``).

    A few statements whatever the number of mentors (no query per mentor).
    """
    if ids is not None and len(ids) > 500:
        ids = None  # one read of everything beats many IN lists
    found = [snapshot(mentor) for mentor in session.scalars(_query(ids))]
    if not found:
        return found
    by_id = {
        item.mentor_id: item
        for item in cadences_of(session, today, now, zone, [m.id for m in found])
    }
    return [replace(mentor, cadence=by_id.get(mentor.id)) for mentor in found]


def choices(session: Session) -> list[MentorChoice]:
    """Every mentor's id, name, status and time zone, by name: for pickers and filters."""
    rows = session.execute(
        select(Mentor.id, Mentor.name, Mentor.status, Mentor.time_zone).order_by(Mentor.name)
    )
    return [MentorChoice(str(i), str(n), str(s), str(z)) for i, n, s, z in rows]


def _get(session: Session, mentor_id: str) -> Mentor:
    return found(session, Mentor, mentor_id, MentorNotFoundError)


def get(session: Session, mentor_id: str) -> MentorSnapshot:
    """One mentor, whole (MentorNotFoundError if gone)."""
    return snapshot(_get(session, mentor_id))


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


def create_mentor(
    session: Session, data: MentorData, *, is_sample: bool = False, now: datetime
) -> MentorSnapshot:
    """Add a new mentor; its first status is recorded in the history."""
    data = _checked(data)
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
    return snapshot(mentor)


def update_mentor(
    session: Session, mentor_id: str, data: MentorData, *, now: datetime
) -> MentorSnapshot:
    """Save the form for an existing mentor; a new status is added to the history."""
    data = _checked(data)
    mentor = _get(session, mentor_id)
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
    return snapshot(mentor)


def delete_mentor(session: Session, mentor_id: str) -> None:
    """Remove a mentor with its history, meetings and action items.

    ``services.records.what_goes`` says beforehand what that takes with it; undo
    puts it back through ``services.records``.
    """
    session.delete(_get(session, mentor_id))
    session.flush()
    prune_unused_tags(session)


def prune_unused_tags(session: Session) -> None:
    used = select(MentorTag.tag_id)
    session.execute(delete(Tag).where(Tag.id.not_in(used)))
