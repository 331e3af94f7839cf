"""Read what cadence is computed from: three fast reads whatever the number of mentors.

Stored moments are UTC; here they become calendar days in the user's time zone
(``zone``; None means this computer's own rules, including its daylight-saving
changes), so ``services.cadence`` works on days alone.
"""

from __future__ import annotations

from collections.abc import Collection
from datetime import UTC, date, datetime, timedelta, tzinfo

from sqlalchemy import String, select, type_coerce
from sqlalchemy.orm import Session

from mentordesk.db.choices import MeetingStatus
from mentordesk.db.fast import IN_LIMIT, DataVersion, FastSelect, data_version, in_list
from mentordesk.db.models import Agreement, AgreementVersion, Meeting, Mentor, Touch
from mentordesk.db.types import read_moment
from mentordesk.services.cadence import (
    CHART_GAPS,
    Cadence,
    Interval,
    MentorHistory,
    Planned,
    Terms,
    cadences,
    interval_of,
)

# Held meetings read per mentor: enough distinct days for the chart's gaps even when
# several meetings share a day.
HELD_PER_MENTOR = 3 * (CHART_GAPS + 1)
# The next meeting offered when no rhythm was agreed.
DEFAULT_NEXT = timedelta(weeks=4)


def _moment(stored: str) -> datetime:
    moment = read_moment(stored)
    assert moment is not None  # a meeting's start is never empty
    return moment


def local_day(value: datetime, zone: tzinfo | None) -> date:
    """The calendar day of ``value`` in ``zone`` (None: this computer's time zone)."""
    return (value.astimezone(zone) if zone is not None else value.astimezone()).date()


_MENTORS = select(
    Mentor.id, Mentor.name, Mentor.status, Mentor.cadence_every, Mentor.cadence_unit
).order_by(Mentor.name)
# In the order of the covering index (no table row is read, no sort is made). The start
# comes as stored text: only each mentor's recent meetings are ever made moments.
_MEETINGS = (
    select(
        Meeting.status,
        Meeting.mentor_id,
        type_coerce(Meeting.scheduled_start, String),
        Meeting.planned_minutes,
    )
    .where(Meeting.status.in_((MeetingStatus.HELD, MeetingStatus.PLANNED)))
    .order_by(Meeting.status, Meeting.mentor_id, Meeting.scheduled_start)
)
_TERMS = (
    select(
        Agreement.mentor_id,
        AgreementVersion.number,
        AgreementVersion.status,
        AgreementVersion.frequency_every,
        AgreementVersion.frequency_unit,
        AgreementVersion.start_date,
        AgreementVersion.end_date,
        AgreementVersion.agreed_on,
        AgreementVersion.review_date,
        AgreementVersion.touches_count,
    )
    .join(Agreement, Agreement.id == AgreementVersion.agreement_id)
    .order_by(AgreementVersion.number)
)
_TOUCHES = select(Touch.mentor_id, Touch.day).distinct().order_by(Touch.mentor_id, Touch.day)
_mentor_ids = in_list("mentor_ids")
_EVERY = (
    FastSelect(_MENTORS),
    FastSelect(_MEETINGS),
    FastSelect(_TERMS),
    FastSelect(_TOUCHES),
)
_OF_MENTORS = (
    FastSelect(_MENTORS.where(Mentor.id.in_(_mentor_ids))),
    FastSelect(_MEETINGS.where(Meeting.mentor_id.in_(_mentor_ids))),
    FastSelect(_TERMS.where(Agreement.mentor_id.in_(_mentor_ids))),
    FastSelect(_TOUCHES.where(Touch.mentor_id.in_(_mentor_ids))),
)


# The last read of every mentor's history, with the database's version then: the
# Dashboard and the reminders both want it in the same turn (each morning, at start).
_last: tuple[DataVersion, tzinfo | None, list[MentorHistory]] | None = None


def histories(
    session: Session, zone: tzinfo | None = None, mentor_ids: Collection[str] | None = None
) -> list[MentorHistory]:
    """Every mentor's history (or that of ``mentor_ids``), by name. Every mentor's is
    read again only when a row changed since the last such read (``data_version``)."""
    global _last
    if mentor_ids is None:
        version = data_version(session)
        kept = _last  # one read: another thread may keep its own read meanwhile
        if kept is not None and kept[0] == version and kept[1] == zone:
            return list(kept[2])
        found = _histories(session, zone, None)
        _last = (version, zone, found)
        return list(found)
    return _histories(session, zone, mentor_ids)


def forget() -> None:
    """Drop the kept read: the next read of every mentor's history is a cold one (a
    benchmark's read, a fresh start)."""
    global _last
    _last = None


def _histories(
    session: Session, zone: tzinfo | None, mentor_ids: Collection[str] | None
) -> list[MentorHistory]:
    if mentor_ids is not None and len(mentor_ids) <= IN_LIMIT:
        reads, values = _OF_MENTORS, {"mentor_ids": list(mentor_ids)}
    else:
        reads, values = _EVERY, {}
    mentors = reads[0].rows(session, **values)
    meetings = reads[1].rows(session, **values)
    versions = reads[2].rows(session, **values)
    touched: dict[str, list[date]] = {}
    for mentor_id, day in reads[3].rows(session, **values):
        touched.setdefault(mentor_id, []).append(day)
    held: dict[str, list[date]] = {}
    planned: dict[str, list[Planned]] = {}
    starts: dict[str, list[str]] = {}
    held_status = MeetingStatus.HELD.value
    for status, mentor_id, stored, minutes in meetings:
        if status == held_status:
            starts.setdefault(mentor_id, []).append(stored)
        else:
            start = _moment(stored)
            end = start + timedelta(minutes=minutes)
            planned.setdefault(mentor_id, []).append(Planned(start, end, local_day(start, zone)))
    for mentor_id, stored_starts in starts.items():
        days = held.setdefault(mentor_id, [])
        for stored in stored_starts[-HELD_PER_MENTOR:]:  # only the recent ones are ever used
            day = local_day(_moment(stored), zone)
            if not days or days[-1] != day:
                days.append(day)
    terms: dict[str, list[Terms]] = {}
    for mentor_id, number, status, every, unit, begins, ends, agreed_on, review, rule in versions:
        terms.setdefault(mentor_id, []).append(
            Terms(
                number=number,
                status=status,
                interval=Interval.of(every, unit),
                start_date=begins,
                end_date=ends,
                agreed_on=agreed_on,
                review_date=review,
                touches=rule,
            )
        )
    return [
        MentorHistory(
            mentor_id=mentor_id,
            name=name,
            status=status,
            held_days=tuple(held.get(mentor_id, ())),
            planned=tuple(planned.get(mentor_id, ())),
            fallback=Interval.of(every, unit),
            terms=tuple(terms.get(mentor_id, ())),
            touch_days=tuple(touched.get(mentor_id, ())),
        )
        for mentor_id, name, status, every, unit in mentors
    ]


def cadences_of(
    session: Session,
    today: date,
    now: datetime,
    zone: tzinfo | None = None,
    mentor_ids: Collection[str] | None = None,
) -> list[Cadence]:
    """Every mentor's cadence (or that of ``mentor_ids``), most urgent first."""
    return cadences(histories(session, zone, mentor_ids), today, now)


def suggested_next_start(
    session: Session,
    mentor_id: str,
    after: datetime,
    today: date,
    zone: tzinfo | None = None,
) -> datetime:
    """When to meet next after a meeting at ``after``: one agreed interval later (the
    agreement in force, else the mentor's own rhythm, else four weeks), at the same
    local time of day."""
    found = histories(session, zone, [mentor_id])
    interval = interval_of(found[0], today)[0] if found else None
    local = after.astimezone(zone)
    if interval is None:
        return after + DEFAULT_NEXT
    day = interval.after(local.date())
    # The same clock time on that day, across a daylight-saving change in between.
    naive = datetime.combine(day, local.time().replace(tzinfo=None))
    moment = naive.replace(tzinfo=zone) if zone is not None else naive.astimezone()
    return moment.astimezone(UTC)
