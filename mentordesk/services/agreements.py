"""Expectations agreements: one per mentor, kept as versions.

A version that was agreed keeps its terms for good: saving other terms makes the
next version, so every earlier understanding stays readable and comparable. A
draft is edited in place. Changing only the status (agreed → under review →
ended) changes the version itself. Everything handed out is frozen; undo goes
through ``services.records`` like every other change.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, fields, replace
from datetime import date, datetime

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from mentordesk.db.choices import (
    Affiliation,
    AgreementStatus,
    Channel,
    IntervalUnit,
    MeetingFormat,
    TouchRule,
)
from mentordesk.db.models import Agreement, AgreementVersion, Mentor
from mentordesk.db.types import new_id
from mentordesk.services.errors import FieldValidationError, NotFoundError
from mentordesk.services.kinds import Kind
from mentordesk.services.mentor_interval import (  # re-exported: the mentor's own rhythm
    EVERY_MAX as EVERY_MAX,
)
from mentordesk.services.mentor_interval import (
    CadenceValidationError as CadenceValidationError,
)
from mentordesk.services.mentor_interval import (
    set_mentor_interval as set_mentor_interval,
)
from mentordesk.services.mentors import MentorNotFoundError, is_valid_url
from mentordesk.services.records import found
from mentordesk.services.words import translate

TEXT_MAX = 20_000
# The long texts (limit TEXT_MAX); two laptops' edits of one merge (sync_text.py).
LONG_TEXTS = (
    "goals",
    "topics",
    "my_commitments",
    "mentor_commitments",
    "confidentiality",
    "boundaries",
)
MINUTES_MAX = 24 * 60
# "- ", "* ", "• ", "1. " or "1) " before a topic.
_BULLET = re.compile(r"^\s*(?:[-*•]\s+|\d+[.)]\s+)")


class AgreementValidationError(FieldValidationError):
    """An agreement field is invalid; nothing was saved."""


class AgreementNotFoundError(NotFoundError):
    """The agreement is gone."""

    kind = Kind.AGREEMENT


@dataclass(frozen=True)
class AgreementTerms:
    """One version of an agreement, as the form shows it."""

    status: str = AgreementStatus.DRAFT.value
    goals: str = ""
    frequency_every: int | None = None
    frequency_unit: str = IntervalUnit.WEEKS.value
    duration_minutes: int | None = None
    format: str = MeetingFormat.VIDEO.value
    link: str = ""
    topics: str = ""  # one per line
    my_commitments: str = ""
    mentor_commitments: str = ""
    confidentiality: str = ""
    boundaries: str = ""  # best times, response expectations
    start_date: date | None = None
    review_date: date | None = None
    end_date: date | None = None
    agreed_on: date | None = None
    recurring_points: str = ""  # on every plan, one per line
    touches_count: str = TouchRule.OVERDUE.value  # whether touches count toward the cadence

    def cleaned(self) -> AgreementTerms:
        """Outer blanks removed from every text."""
        texts = {
            f.name: getattr(self, f.name).strip()
            for f in fields(self)
            if isinstance(getattr(self, f.name), str)
            and f.name not in ("status", "format", "touches_count")
        }
        return replace(self, **texts)

    def topic_list(self) -> tuple[str, ...]:
        """The topics, one per line, without bullets or numbers."""
        return _lines(self.topics)

    def recurring_list(self) -> tuple[str, ...]:
        """The recurring points, one per line, without bullets or numbers."""
        return _lines(self.recurring_points)

    def terms_key(self) -> tuple[object, ...]:
        """Everything agreed on: all but the status and the agreed-on date."""
        clean = self.cleaned()
        return tuple(
            getattr(clean, f.name) for f in fields(clean) if f.name not in ("status", "agreed_on")
        )


@dataclass(frozen=True)
class VersionState:
    """One stored version."""

    id: str
    number: int
    terms: AgreementTerms
    created_at: datetime
    updated_at: datetime

    @property
    def was_agreed(self) -> bool:
        """Its terms were agreed (so editing them makes a new version)."""
        return self.terms.status != AgreementStatus.DRAFT.value and self.terms.agreed_on is not None


@dataclass(frozen=True)
class AgreementState:
    """A mentor's agreement with all of its versions, oldest first."""

    id: str
    mentor_id: str
    mentor_name: str
    versions: tuple[VersionState, ...]

    @property
    def current(self) -> VersionState:
        return self.versions[-1]

    def version(self, number: int) -> VersionState | None:
        return next((v for v in self.versions if v.number == number), None)


@dataclass(frozen=True)
class Saved:
    """The agreement after a save; ``new_version`` says a new version was made."""

    agreement: AgreementState
    number: int
    new_version: bool


def validate(
    terms: AgreementTerms, *, today: date, is_new: bool, was_agreed: bool = False
) -> dict[str, str]:
    """Problems with ``terms``, by field name, in the user's words; empty when fine."""
    terms = terms.cleaned()
    errors: dict[str, str] = {}
    if terms.status not in {s.value for s in AgreementStatus}:
        errors["status"] = translate("services", "Choose a status from the list.")
    elif terms.status == AgreementStatus.DRAFT and was_agreed:
        errors["status"] = translate(
            "services",
            "This version was agreed, so it cannot become a draft again. "
            "Change its terms to start a new version.",
        )
    if terms.format not in {f.value for f in MeetingFormat}:
        errors["format"] = translate("services", "Choose a format from the list.")
    if terms.touches_count not in {r.value for r in TouchRule}:
        errors["touches_count"] = translate("services", "Choose how touches count from the list.")
    if terms.frequency_every is not None:
        if terms.frequency_every <= 0:
            errors["frequency_every"] = translate(
                "services", "Meet at least once: the frequency must be 1 or more."
            )
        elif terms.frequency_every > EVERY_MAX:
            errors["frequency_every"] = translate(
                "services", "Use at most {most} (or a larger unit)."
            ).format(most=EVERY_MAX)
    if terms.frequency_unit not in {u.value for u in IntervalUnit}:
        errors["frequency_every"] = translate("services", "Choose days, weeks or months.")
    if terms.duration_minutes is not None and not 1 <= terms.duration_minutes <= MINUTES_MAX:
        errors["duration_minutes"] = translate("services", "Plan between 1 minute and 24 hours.")
    if terms.link and not is_valid_url(terms.link):
        errors["link"] = translate("services", "Enter a web address such as {example}.")
        errors["link"] = errors["link"].format(example="https://meet.example.com/abc")
    start, review, end = terms.start_date, terms.review_date, terms.end_date
    if start is not None and review is not None and review < start:
        errors["review_date"] = translate("services", "The review date is before the start date.")
    elif end is not None and review is not None and review > end:
        errors["review_date"] = translate("services", "The review date is after the end date.")
    if start is not None and end is not None and end < start:
        errors["end_date"] = translate("services", "The end date is before the start date.")
    elif is_new and end is not None and end < today and terms.status != AgreementStatus.ENDED.value:
        errors["end_date"] = translate(
            "services", "A new agreement cannot have ended already: choose a later end date."
        )
    if terms.agreed_on is not None and terms.agreed_on > today:
        errors["agreed_on"] = translate("services", "The agreed-on date cannot be in the future.")
    for field in fields(terms):
        value = getattr(terms, field.name)
        if isinstance(value, str) and len(value) > TEXT_MAX and field.name not in errors:
            errors[field.name] = translate("services", "Keep this under {most} characters.")
            errors[field.name] = errors[field.name].format(most=f"{TEXT_MAX:,}")
    return errors


# -- reading ------------------------------------------------------------------------------
def terms_of(version: AgreementVersion) -> AgreementTerms:
    values = {f.name: getattr(version, f.name) for f in fields(AgreementTerms)}
    values["frequency_unit"] = version.frequency_unit or IntervalUnit.WEEKS.value
    return AgreementTerms(**values)


def _state(agreement: Agreement, mentor_name: str) -> AgreementState:
    return AgreementState(
        id=agreement.id,
        mentor_id=agreement.mentor_id,
        mentor_name=mentor_name,
        versions=tuple(
            VersionState(v.id, v.number, terms_of(v), v.created_at, v.updated_at)
            for v in sorted(agreement.versions, key=lambda v: v.number)
        ),
    )


def _agreement(session: Session, mentor_id: str) -> Agreement | None:
    query = (
        select(Agreement)
        .where(Agreement.mentor_id == mentor_id)
        .options(selectinload(Agreement.versions))
    )
    return session.scalars(query).first()


def _mentor(session: Session, mentor_id: str) -> Mentor:
    mentor = found(session, Mentor, mentor_id, MentorNotFoundError)
    return mentor


def for_mentor(session: Session, mentor_id: str) -> AgreementState | None:
    """The mentor's agreement with its versions, or None if there is none yet."""
    mentor = _mentor(session, mentor_id)
    agreement = _agreement(session, mentor_id)
    return _state(agreement, mentor.name) if agreement is not None else None


def _agreed_in_force(agreement: Agreement, today: date) -> AgreementTerms | None:
    """The terms of the newest version that was agreed and has started by ``today``."""
    for version in sorted(agreement.versions, key=lambda v: v.number, reverse=True):
        state = VersionState(
            version.id,
            version.number,
            terms_of(version),
            version.created_at,
            version.updated_at,
        )
        if state.was_agreed and (version.start_date is None or version.start_date <= today):
            return state.terms
    return None


def _lines(text: str) -> tuple[str, ...]:
    found = (_BULLET.sub("", line).strip() for line in text.splitlines())
    return tuple(line for line in found if line)


def topics_for(
    session: Session, mentor_id: str, today: date, *, recurring: bool = False
) -> tuple[str, ...]:
    """The topics (or with ``recurring`` the points on every plan) to offer when planning
    a meeting: those of the terms in force, else of the newest version; () without one."""
    agreement = _agreement(session, mentor_id)
    if agreement is None or not agreement.versions:
        return ()
    terms = _agreed_in_force(agreement, today) or terms_of(
        max(agreement.versions, key=lambda v: v.number)
    )
    return terms.recurring_list() if recurring else terms.topic_list()


@dataclass(frozen=True)
class MeetingDefaults:
    """How a new meeting with a mentor starts out: as agreed, else as they prefer."""

    format: str
    location: str = ""
    minutes: int | None = None
    agreed: bool = False  # taken from the agreement in force


# How to meet someone who prefers a channel (email: in person inside the organisation).
_FORMAT_OF_CHANNEL = {
    Channel.VIDEO: MeetingFormat.VIDEO,
    Channel.PHONE: MeetingFormat.PHONE,
    Channel.MESSAGING: MeetingFormat.CHAT,
    Channel.IN_PERSON: MeetingFormat.IN_PERSON,
}


def meeting_defaults(session: Session, mentor_id: str, today: date) -> MeetingDefaults:
    """The format, place or link and length of the agreement in force; without one, the
    format the mentor's preferred channel suggests (an internal mentor who prefers
    email is met in person, an external one by video)."""
    mentor = _mentor(session, mentor_id)
    agreement = _agreement(session, mentor_id)
    terms = _agreed_in_force(agreement, today) if agreement is not None else None
    if terms is not None:
        return MeetingDefaults(terms.format, terms.link, terms.duration_minutes, agreed=True)
    inside = mentor.affiliation == Affiliation.INTERNAL
    fallback = MeetingFormat.IN_PERSON if inside else MeetingFormat.VIDEO
    by_channel = {str(channel): fmt for channel, fmt in _FORMAT_OF_CHANNEL.items()}
    return MeetingDefaults(by_channel.get(mentor.preferred_channel, fallback).value)


# -- writing ------------------------------------------------------------------------------
def _write(version: AgreementVersion, terms: AgreementTerms) -> None:
    for field in fields(terms):
        setattr(version, field.name, getattr(terms, field.name))
    if version.frequency_every is None:
        version.frequency_unit = None


def save(
    session: Session, mentor_id: str, terms: AgreementTerms, *, today: date, now: datetime
) -> Saved:
    """Save the form for the mentor's agreement (made if there is none): a draft changes
    in place, agreed terms that change become the next version. Nothing is written
    when a field is invalid (AgreementValidationError)."""
    mentor = _mentor(session, mentor_id)
    agreement = _agreement(session, mentor_id)
    latest = max(agreement.versions, key=lambda v: v.number) if agreement else None
    latest_state = (
        VersionState(latest.id, latest.number, terms_of(latest), now, now) if latest else None
    )
    frozen = latest_state is not None and latest_state.was_agreed
    changes_terms = latest_state is None or terms.terms_key() != latest_state.terms.terms_key()
    errors = validate(
        terms,
        today=today,
        is_new=latest is None,
        was_agreed=frozen and not changes_terms,
    )
    if errors:
        raise AgreementValidationError(errors)
    terms = terms.cleaned()
    new_version = latest is None or (frozen and changes_terms)
    if terms.status == AgreementStatus.DRAFT.value:
        terms = replace(terms, agreed_on=None)
    elif terms.status == AgreementStatus.AGREED.value and (
        terms.agreed_on is None
        or (
            new_version
            and latest_state is not None
            and terms.agreed_on == latest_state.terms.agreed_on
        )
    ):
        terms = replace(terms, agreed_on=today)  # agreed now, unless another day is given
    elif (
        new_version
        and latest_state is not None
        and (terms.agreed_on == latest_state.terms.agreed_on)
    ):
        terms = replace(terms, agreed_on=None)  # new terms not agreed yet
    if agreement is None:
        agreement = Agreement(id=new_id(), mentor_id=mentor_id, created_at=now, updated_at=now)
        session.add(agreement)
    if new_version:
        version = AgreementVersion(
            id=new_id(),
            number=(latest.number + 1) if latest else 1,
            created_at=now,
            updated_at=now,
        )
        agreement.versions.append(version)
    else:
        assert latest is not None
        version = latest
    _write(version, terms)
    version.updated_at = now
    agreement.updated_at = now  # news of the agreement names its mentor
    session.flush()
    return Saved(_state(agreement, mentor.name), version.number, new_version)


def delete_agreement(session: Session, agreement_id: str) -> None:
    """Remove an agreement with every version (undo brings them back)."""
    agreement = found(session, Agreement, agreement_id, AgreementNotFoundError)
    session.delete(agreement)
    session.flush()
