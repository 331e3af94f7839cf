"""A mentor's story in date order, as Monica shows a contact's activity: added,
status changes, meetings planned, held or cancelled, advice taken and how it
turned out, agreements agreed, touches between meetings. Read-only; the UI words each entry."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time, tzinfo

from sqlalchemy import select
from sqlalchemy.orm import Session

from mentordesk.db.choices import ActionStatus, MeetingStatus
from mentordesk.db.models import (
    ActionItem,
    Agreement,
    AgreementVersion,
    Closure,
    Meeting,
    Mentor,
    MentorStatusChange,
    Touch,
)
from mentordesk.services.cadence_read import local_day
from mentordesk.services.kinds import Kind, Ref
from mentordesk.services.mentors import MentorNotFoundError
from mentordesk.services.records import found

# What happened, one word each; the UI turns them into sentences.
ADDED = "added"
STATUS = "status"
MEETING_PLANNED = "meeting_planned"
MEETING_HELD = "meeting_held"
MEETING_CANCELLED = "meeting_cancelled"
ACTION_ADDED = "action_added"
ACTION_DONE = "action_done"
ACTION_DROPPED = "action_dropped"
REPORTED_BACK = "reported_back"
AGREED = "agreed"
CLOSED = "closed"  # the closure review: what I learned, when the mentorship ended
TOUCH = "touch"  # an email, message, call or chat between meetings (``before``: its kind)


@dataclass(frozen=True)
class TimelineEntry:
    """One thing that happened (or is planned) with the mentor.

    ``on`` is the local day, ``at`` the moment when it has one. ``text`` holds the
    user's own words (the advice, the takeaways), ``detail`` more of them (the
    outcome); ``before``/``after`` a status change; ``number`` minutes held or an
    agreement's version; ``rating`` a held meeting's value.
    """

    id: str
    kind: str
    on: date
    at: datetime | None
    ref: Ref
    text: str = ""
    detail: str = ""
    before: str = ""
    after: str = ""
    number: int | None = None
    rating: int | None = None
    private: bool = False  # ``text`` is private: a lock on screen, hidden while presenting


def _moment_on(moment: datetime, day: date, zone: tzinfo | None) -> datetime | None:
    """``moment``, when it falls on ``day``: a day-only event (a done action item, a
    report back) then keeps its place among the day's events instead of ending it."""
    return moment if local_day(moment, zone) == day else None


def _first_line(text: str) -> str:
    return next((line.strip() for line in text.splitlines() if line.strip()), "")


def mentor_timeline(
    session: Session, mentor_id: str, zone: tzinfo | None = None
) -> list[TimelineEntry]:
    """Everything that happened with ``mentor_id``, newest first (planned meetings,
    being in the future, on top)."""
    mentor = found(session, Mentor, mentor_id, MentorNotFoundError)
    me = Ref(Kind.MENTOR, mentor_id)
    entries = [
        TimelineEntry(
            f"added:{mentor_id}",
            ADDED,
            local_day(mentor.created_at, zone),
            mentor.created_at,
            me,
            text=mentor.name,
        )
    ]
    for review in session.scalars(select(Closure).where(Closure.mentor_id == mentor_id)):
        # Before the status changes: written with the ending, it reads above it.
        entries.append(
            TimelineEntry(
                f"closed:{review.id}",
                CLOSED,
                review.ended_on,
                _moment_on(review.created_at, review.ended_on, zone),
                me,
                text=_first_line(review.learned),
            )
        )
    changes = session.scalars(
        select(MentorStatusChange).where(MentorStatusChange.mentor_id == mentor_id)
    )
    for change in changes:
        if change.from_status is None:
            continue  # the status it was added with
        entries.append(
            TimelineEntry(
                f"status:{change.id}",
                STATUS,
                local_day(change.changed_at, zone),
                change.changed_at,
                me,
                before=change.from_status,
                after=change.to_status,
            )
        )
    entries += _meetings(session, mentor_id, zone)
    entries += _actions(session, mentor_id, zone)
    versions = session.scalars(
        select(AgreementVersion)
        .join(Agreement)
        .where(Agreement.mentor_id == mentor_id, AgreementVersion.agreed_on.is_not(None))
    )
    for version in versions:
        assert version.agreed_on is not None
        entries.append(
            TimelineEntry(
                f"agreed:{version.id}",
                AGREED,
                version.agreed_on,
                None,
                Ref(Kind.AGREEMENT, version.agreement_id),
                number=version.number,
            )
        )
    for touch in session.scalars(select(Touch).where(Touch.mentor_id == mentor_id)):
        entries.append(
            TimelineEntry(
                f"touch:{touch.id}",
                TOUCH,
                touch.day,
                None,
                Ref(Kind.TOUCH, touch.id),
                text=touch.note,
                before=touch.kind,
            )
        )
    # A day's events by their local time; those without one (a done date) end the day.
    entries.sort(
        key=lambda entry: (entry.on, entry.at.astimezone(zone).time() if entry.at else time.max),
        reverse=True,
    )
    return entries


def _meetings(session: Session, mentor_id: str, zone: tzinfo | None) -> list[TimelineEntry]:
    kinds = {
        MeetingStatus.PLANNED.value: MEETING_PLANNED,
        MeetingStatus.HELD.value: MEETING_HELD,
        MeetingStatus.CANCELLED.value: MEETING_CANCELLED,
    }
    found = []
    for meeting in session.scalars(select(Meeting).where(Meeting.mentor_id == mentor_id)):
        kind = kinds.get(meeting.status, MEETING_PLANNED)
        held = kind == MEETING_HELD
        found.append(
            TimelineEntry(
                f"meeting:{meeting.id}",
                kind,
                local_day(meeting.scheduled_start, zone),
                meeting.scheduled_start,
                Ref(Kind.MEETING, meeting.id),
                text=_first_line(meeting.takeaways) if held else meeting.location,
                number=(meeting.actual_minutes or meeting.planned_minutes)
                if held
                else meeting.planned_minutes,
                rating=meeting.rating if held else None,
                private=held and meeting.takeaways_private,
            )
        )
    return found


def _actions(session: Session, mentor_id: str, zone: tzinfo | None) -> list[TimelineEntry]:
    found = []
    for item in session.scalars(select(ActionItem).where(ActionItem.mentor_id == mentor_id)):
        ref = Ref(Kind.ACTION_ITEM, item.id)
        found.append(
            TimelineEntry(
                f"action:{item.id}",
                ACTION_ADDED,
                local_day(item.created_at, zone),
                item.created_at,
                ref,
                text=item.text,
                private=item.private,
            )
        )
        if item.status == ActionStatus.DONE.value and item.done_on is not None:
            found.append(
                TimelineEntry(
                    f"done:{item.id}",
                    ACTION_DONE,
                    item.done_on,
                    None if item.reported_on else _moment_on(item.updated_at, item.done_on, zone),
                    ref,
                    text=item.text,
                    private=item.private,
                    detail=item.outcome,
                )
            )
        elif item.status == ActionStatus.DROPPED.value:
            found.append(
                TimelineEntry(
                    f"dropped:{item.id}",
                    ACTION_DROPPED,
                    local_day(item.updated_at, zone),
                    item.updated_at,
                    ref,
                    text=item.text,
                    private=item.private,
                )
            )
        if item.reported_on is not None:
            found.append(
                TimelineEntry(
                    f"reported:{item.id}",
                    REPORTED_BACK,
                    item.reported_on,
                    _moment_on(item.updated_at, item.reported_on, zone),
                    ref,
                    text=item.text,
                    private=item.private,
                )
            )
    return found
