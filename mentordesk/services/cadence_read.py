"""Read what cadence is computed from: three plain queries whatever the number of mentors.

Stored moments are UTC; here they become calendar days in the user's time zone
(``zone``; None means this computer's own rules, including its daylight-saving
changes), so ``services.cadence`` works on days alone.
"""

from __future__ import annotations

from collections.abc import Collection
from datetime import UTC, date, datetime, timedelta, tzinfo
from typing import Any

from sqlalchemy.orm import Session

from mentordesk.db.fast import placeholders, plain_rows
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
# More ids than this and one read of everything beats the IN lists.
TOUCH_LIMIT = 500
# The next meeting offered when no rhythm was agreed.
DEFAULT_NEXT = timedelta(weeks=4)


def moment(text: str) -> datetime:
    """A stored UTC moment (ISO text), aware."""
    value = datetime.fromisoformat(text)
    return value if value.tzinfo is not None else value.replace(tzinfo=UTC)


def local_day(value: datetime, zone: tzinfo | None) -> date:
    """The calendar day of ``value`` in ``zone`` (None: this computer's time zone)."""
    return (value.astimezone(zone) if zone is not None else value.astimezone()).date()


def _day(text: str | None) -> date | None:
    return date.fromisoformat(text) if text else None


def _where(column: str, ids: list[str] | None) -> tuple[str, list[Any]]:
    if ids is None:
        return "", []
    return f" AND {column} IN ({placeholders(len(ids)) or 'NULL'})", list(ids)


def histories(
    session: Session, zone: tzinfo | None = None, mentor_ids: Collection[str] | None = None
) -> list[MentorHistory]:
    """Every mentor's history (or that of ``mentor_ids``), by name."""
    ids = list(mentor_ids) if mentor_ids is not None and len(mentor_ids) <= TOUCH_LIMIT else None
    where, parameters = _where("id", ids)
    mentors = plain_rows(
        session,
        "SELECT id, name, status, cadence_every, cadence_unit FROM mentor WHERE 1"
        + where
        + " ORDER BY name",
        parameters,
    )
    held: dict[str, list[date]] = {}
    planned: dict[str, list[Planned]] = {}
    where, parameters = _where("mentor_id", ids)
    # In the order of the covering index (no table row is read, no sort is made).
    rows = plain_rows(
        session,
        "SELECT status, mentor_id, scheduled_start, planned_minutes FROM meeting"
        " WHERE status IN ('held', 'planned')"
        + where
        + " ORDER BY status, mentor_id, scheduled_start",
        parameters,
    )
    starts: dict[str, list[str]] = {}
    for status, mentor_id, start_text, minutes in rows:
        if status == "held":
            starts.setdefault(mentor_id, []).append(start_text)
        else:
            start = moment(start_text)
            end = start + timedelta(minutes=int(minutes))
            planned.setdefault(mentor_id, []).append(Planned(start, end, local_day(start, zone)))
    for mentor_id, texts in starts.items():
        days = held.setdefault(mentor_id, [])
        for text in texts[-HELD_PER_MENTOR:]:  # only the recent ones are ever used
            day = local_day(moment(text), zone)
            if not days or days[-1] != day:
                days.append(day)
    terms: dict[str, list[Terms]] = {}
    where, parameters = _where("a.mentor_id", ids)
    for row in plain_rows(
        session,
        "SELECT a.mentor_id, v.number, v.status, v.frequency_every, v.frequency_unit,"
        " v.start_date, v.end_date, v.agreed_on, v.review_date"
        " FROM agreement_version AS v JOIN agreement AS a ON a.id = v.agreement_id WHERE 1"
        + where
        + " ORDER BY v.number",
        parameters,
    ):
        mentor_id, number, status, every, unit, start, end, agreed_on, review = row
        terms.setdefault(mentor_id, []).append(
            Terms(
                number=int(number),
                status=str(status),
                interval=Interval.of(every, unit),
                start_date=_day(start),
                end_date=_day(end),
                agreed_on=_day(agreed_on),
                review_date=_day(review),
            )
        )
    return [
        MentorHistory(
            mentor_id=str(mentor_id),
            name=str(name),
            status=str(status),
            held_days=tuple(held.get(mentor_id, ())),
            planned=tuple(planned.get(mentor_id, ())),
            fallback=Interval.of(every, unit),
            terms=tuple(terms.get(mentor_id, ())),
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
