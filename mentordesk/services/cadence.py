"""Cadence: how often to meet each mentor, when the next meeting is due, and drift.

Qt-free and clock-free: ``today`` and ``now`` are passed in, and every date is a
calendar day in the user's time zone (the reading step turns stored UTC moments
into those days, ``services/cadence_read.py``). The rules (PRODUCT.md):

- the interval comes from the agreed agreement in force, else the mentor's own
  setting, else there is none;
- next due = the last day a meeting was held + the interval (months are calendar
  months: 31 January + 1 month = 28 or 29 February);
- an alumni (an ended mentorship kept in touch with) is judged the same way against
  their own light interval alone;
- an active mentor is *scheduled* (a planned meeting still ahead, on or before
  the due day), *overdue* (after the due day), *due soon* (within 7 days or 20 %
  of the interval, whichever is shorter), *on track*, or has *no meeting yet*;
  paused, ended and prospective mentors are never due;
- drift compares the interval with the mean and the longest of the last three
  gaps between meeting days (gaps that began under the terms now in force);
- touches (an email, a call... outside a meeting) count as the agreement in force
  says (``TouchRule``; without one, the default): by default a touch after the last
  meeting moves the due day (it resets "overdue") but not the rhythm (drift, gaps,
  last met); ``rhythm`` counts them as meeting days; ``none`` ignores them.

Cancelled meetings never count; several meetings on one day are one meeting day.
"""

from __future__ import annotations

import calendar
import enum
from dataclasses import dataclass, replace
from datetime import date, datetime, timedelta
from itertools import pairwise
from statistics import fmean

from mentordesk.db.choices import AgreementStatus, IntervalUnit, MentorStatus, TouchRule

DUE_SOON_DAYS = 7
DUE_SOON_SHARE = 0.2
DRIFT_GAPS = 3  # the last three gaps
DRIFT_MIN_GAPS = 2  # fewer say nothing about a rhythm
DRIFT_LATE = 1.5  # mean gap at least 1.5 x the interval: meeting less often than agreed
DRIFT_LONGEST = 2.0  # or one gap of twice the interval
DRIFT_EARLY = 0.5  # mean gap at most half the interval: asking more time than agreed
CHART_GAPS = 12
AVERAGE_MONTH_DAYS = 365.2425 / 12


class CadenceStatus(enum.StrEnum):
    """Where a mentor stands against the agreed rhythm."""

    OVERDUE = "overdue"
    DUE_SOON = "due_soon"
    NO_MEETING_YET = "no_meeting_yet"
    SCHEDULED = "scheduled"
    ON_TRACK = "on_track"
    NO_INTERVAL = "no_interval"  # active, but no rhythm agreed or set
    NOT_ACTIVE = "not_active"  # prospect, requested, paused or ended: never due


class IntervalSource(enum.StrEnum):
    AGREEMENT = "agreement"
    MENTOR = "mentor"


def add_months(day: date, months: int) -> date:
    """``day`` plus ``months`` calendar months; the 31st becomes the month's last day."""
    index = day.year * 12 + day.month - 1 + months
    year, month = divmod(index, 12)
    last = calendar.monthrange(year, month + 1)[1]
    return date(year, month + 1, min(day.day, last))


@dataclass(frozen=True)
class Interval:
    """Every ``every`` days, weeks or months."""

    every: int
    unit: str  # an IntervalUnit value

    def after(self, day: date) -> date:
        """The day one interval after ``day``."""
        if self.unit == IntervalUnit.MONTHS:
            return add_months(day, self.every)
        if self.unit == IntervalUnit.WEEKS:
            return day + timedelta(weeks=self.every)
        return day + timedelta(days=self.every)

    def approx_days(self) -> float:
        """Its length in days (a month is an average month) for comparing gaps."""
        if self.unit == IntervalUnit.MONTHS:
            return self.every * AVERAGE_MONTH_DAYS
        if self.unit == IntervalUnit.WEEKS:
            return self.every * 7.0
        return float(self.every)

    @staticmethod
    def of(every: int | None, unit: str | None) -> Interval | None:
        """The interval stored as ``every`` and ``unit``, if it is a usable one."""
        if every is None or every <= 0 or unit not in _UNITS:
            return None
        return Interval(every, str(unit))


_UNITS = frozenset(unit.value for unit in IntervalUnit)


@dataclass(frozen=True)
class Terms:
    """What cadence needs of one agreement version."""

    number: int
    status: str
    interval: Interval | None
    start_date: date | None = None
    end_date: date | None = None
    agreed_on: date | None = None
    review_date: date | None = None
    touches: str = TouchRule.OVERDUE.value  # whether touches count toward the cadence

    @property
    def was_agreed(self) -> bool:
        return self.status != AgreementStatus.DRAFT and self.agreed_on is not None

    @property
    def in_force_from(self) -> date | None:
        return self.start_date or self.agreed_on


@dataclass(frozen=True)
class Planned:
    """A meeting still marked planned: when it starts and ends, and its local day."""

    start: datetime
    end: datetime
    day: date


@dataclass(frozen=True)
class MentorHistory:
    """What the cadence of one mentor is computed from (read by ``cadence_read``)."""

    mentor_id: str
    name: str
    status: str
    held_days: tuple[date, ...] = ()  # distinct local days with a held meeting, ascending
    planned: tuple[Planned, ...] = ()  # planned (not held, not cancelled), by start
    fallback: Interval | None = None  # the mentor's own setting
    terms: tuple[Terms, ...] = ()  # the agreement's versions, by number
    touch_days: tuple[date, ...] = ()  # distinct days with a touch, ascending


@dataclass(frozen=True)
class Drift:
    """The interval against the recent gaps (in days)."""

    interval: Interval
    gaps: tuple[int, ...]  # the last (up to three) gaps, oldest first
    mean_days: float
    longest_days: int

    @property
    def ratio(self) -> float:
        return self.mean_days / self.interval.approx_days()

    @property
    def is_late(self) -> bool:
        """Meeting clearly less often than agreed."""
        return self.ratio >= DRIFT_LATE or self.longest_days >= DRIFT_LONGEST * (
            self.interval.approx_days()
        )

    @property
    def is_early(self) -> bool:
        """Meeting clearly more often than agreed (the mentor's time is precious too)."""
        return self.ratio <= DRIFT_EARLY

    @property
    def is_large(self) -> bool:
        return self.is_late or self.is_early


@dataclass(frozen=True)
class Cadence:
    """One mentor's cadence on a given day."""

    mentor_id: str
    mentor_name: str
    mentor_status: str
    status: CadenceStatus
    interval: Interval | None = None
    source: IntervalSource | None = None
    agreement_version: int | None = None  # the version whose frequency is used
    last_met: date | None = None
    next_due: date | None = None
    next_planned: Planned | None = None  # the next planned meeting still ahead
    days_overdue: int = 0
    days_left: int | None = None  # until the due day (0: due today)
    drift: Drift | None = None
    gaps: tuple[int, ...] = ()  # recent gaps between meeting days, oldest first
    # How many of the last ``gaps`` began under the interval in force (the others began
    # under earlier terms and are not judged against it).
    judged: int = 0
    touch_rule: str = TouchRule.OVERDUE.value  # the rule used (the agreement's, or default)
    last_touch: date | None = None
    # The last touch came after the last meeting and moved the due day ("overdue" reset).
    touch_reset: bool = False

    @property
    def is_due(self) -> bool:
        """Overdue or due soon: something to do about it."""
        return self.status in (CadenceStatus.OVERDUE, CadenceStatus.DUE_SOON)


def governing_terms(terms: tuple[Terms, ...], today: date) -> Terms | None:
    """The agreed version in force on ``today``: the newest one ever agreed that has
    started (a newer draft does not replace it). None if it ended or there is none."""
    for version in sorted(terms, key=lambda t: t.number, reverse=True):
        if not version.was_agreed:
            continue
        if version.start_date is not None and version.start_date > today:
            continue  # agreed for later: the earlier terms hold until then
        if version.status == AgreementStatus.ENDED:
            return None
        if version.end_date is not None and version.end_date < today:
            return None
        return version
    return None


def interval_of(history: MentorHistory, today: date) -> tuple[Interval | None, Terms | None]:
    """The interval in force and the agreement version it comes from (if any)."""
    governing = governing_terms(history.terms, today)
    if governing is not None and governing.interval is not None:
        return governing.interval, governing
    return history.fallback, None


def gaps_between(days: tuple[date, ...]) -> tuple[int, ...]:
    """Days between consecutive meeting days."""
    return tuple((later - earlier).days for earlier, later in pairwise(days))


def drift_of(days: tuple[date, ...], interval: Interval, since: date | None = None) -> Drift | None:
    """The last three gaps that began on or after ``since`` against ``interval``;
    None with fewer than two such gaps."""
    if since is not None:
        first = next((i for i, day in enumerate(days) if day >= since), len(days))
        days = days[first:]
    gaps = gaps_between(days)[-DRIFT_GAPS:]
    if len(gaps) < DRIFT_MIN_GAPS:
        return None
    return Drift(interval, gaps, fmean(gaps), max(gaps))


def due_soon_window(last_met: date, next_due: date) -> float:
    """How many days before the due day "due soon" begins."""
    return min(DUE_SOON_DAYS, DUE_SOON_SHARE * (next_due - last_met).days)


def cadence(history: MentorHistory, today: date, now: datetime) -> Cadence:
    """The cadence of one mentor on ``today`` (``now``: which planned meetings are ahead)."""
    interval, governing = interval_of(history, today)
    rule = governing.touches if governing is not None else TouchRule.OVERDUE.value
    if history.status == MentorStatus.ALUMNI:
        rule = TouchRule.OVERDUE.value  # keeping in touch is what touches are
    touched = tuple(day for day in history.touch_days if day <= today)
    if rule == TouchRule.RHYTHM and touched:
        history = replace(history, held_days=tuple(sorted({*history.held_days, *touched})))
    last_met = history.held_days[-1] if history.held_days else None
    ahead = next((p for p in history.planned if p.end > now), None)
    gaps = gaps_between(history.held_days)[-CHART_GAPS:]
    drift: Drift | None = None
    judged = 0
    if interval is not None:
        since = governing.in_force_from if governing is not None else None
        judged = sum(1 for day in history.held_days[:-1] if since is None or day >= since)
        drift = drift_of(history.held_days, interval, since)
        judged = min(judged, len(gaps))
    base = Cadence(
        mentor_id=history.mentor_id,
        mentor_name=history.name,
        mentor_status=history.status,
        status=CadenceStatus.NOT_ACTIVE,
        interval=interval,
        source=(
            None
            if interval is None
            else IntervalSource.AGREEMENT
            if governing is not None
            else IntervalSource.MENTOR
        ),
        agreement_version=governing.number if governing is not None else None,
        last_met=last_met,
        next_planned=ahead,
        gaps=gaps,
        touch_rule=rule,
        last_touch=touched[-1] if touched else None,
        drift=drift,
        judged=judged,
    )
    if history.status == MentorStatus.ALUMNI:
        return _keep_in_touch(base, history.fallback, today)
    if history.status != MentorStatus.ACTIVE:
        return base
    if last_met is None:
        status = CadenceStatus.SCHEDULED if ahead is not None else CadenceStatus.NO_MEETING_YET
        return replace(base, status=status)
    if interval is None:
        return replace(base, status=CadenceStatus.NO_INTERVAL)
    return _against_due(base, interval, last_met, today)


def _keep_in_touch(base: Cadence, interval: Interval | None, today: date) -> Cadence:
    """An alumni: only their own light interval counts (the agreement has ended), and
    only once there is a last meeting to count from; no drift is judged."""
    base = replace(
        base,
        interval=interval,
        source=IntervalSource.MENTOR if interval is not None else None,
        agreement_version=None,
        drift=None,
        judged=0,
    )
    if interval is None or base.last_met is None:
        return base
    return _against_due(base, interval, base.last_met, today)


def _against_due(base: Cadence, interval: Interval, last_met: date, today: date) -> Cadence:
    """Overdue, due soon, scheduled or on track against the next due day."""
    ahead = base.next_planned
    next_due = interval.after(last_met)
    touch = base.last_touch
    reset = base.touch_reset
    if base.touch_rule == TouchRule.OVERDUE and touch is not None and touch > last_met:
        next_due = interval.after(touch)  # a touch resets "overdue", not the rhythm
        reset = True
    days_left = (next_due - today).days
    overdue = base.days_overdue
    if ahead is not None and ahead.day <= next_due:
        status = CadenceStatus.SCHEDULED
    elif days_left < 0:
        status, overdue = CadenceStatus.OVERDUE, -days_left
    elif days_left <= due_soon_window(last_met, next_due):
        status = CadenceStatus.DUE_SOON
    else:
        status = CadenceStatus.ON_TRACK
    return replace(  # one new record, not one a step (this runs for every mentor)
        base,
        touch_reset=reset,
        next_due=next_due,
        days_left=days_left,
        status=status,
        days_overdue=overdue,
    )


# Most urgent first: overdue (longest overdue first), due soon, not met yet, the rest.
_ORDER = {status: number for number, status in enumerate(CadenceStatus)}


def urgency(item: Cadence) -> tuple[int, int, str]:
    """A sort key: the mentor who most needs a meeting comes first."""
    days = -item.days_overdue if item.status == CadenceStatus.OVERDUE else item.days_left or 0
    return (_ORDER[item.status], days, item.mentor_name.casefold())


def cadences(histories: list[MentorHistory], today: date, now: datetime) -> list[Cadence]:
    """The cadence of every mentor in ``histories``, most urgent first."""
    return sorted((cadence(h, today, now) for h in histories), key=urgency)
