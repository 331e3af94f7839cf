"""The dashboard: what to do today, from a few plain reads (``read``) and one pure,
clock-free computation (``build``) that the benchmark times on its own.

Sections: mentors to meet (overdue, due soon, not met yet), meetings in the next
7 days with their brief, meetings still marked planned that are past, open action
items past due or due within a week, outcomes promised to report back, agreement
reviews within 14 days, drift nudges, each active mentor's recent gaps, mentors to
give back to (thresholds from Preferences) and prospects to follow up with.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from datetime import date, datetime, timedelta, tzinfo

from sqlalchemy import select
from sqlalchemy.orm import Session

from mentordesk.db.choices import ActionStatus, AgreementStatus, MeetingStatus, MentorStatus
from mentordesk.db.fast import FastSelect, chunks, in_list
from mentordesk.db.models import ActionItem, AgendaItem, Meeting, Mentor
from mentordesk.services import private
from mentordesk.services.cadence import (
    Cadence,
    CadenceStatus,
    MentorHistory,
    cadences,
    governing_terms,
)
from mentordesk.services.cadence_read import histories
from mentordesk.services.givebacks import Balance, balances
from mentordesk.services.mentors import is_valid_url
from mentordesk.services.prospects import FollowUp, follow_ups

UPCOMING_DAYS = 7
ACTIONS_AHEAD_DAYS = 6  # today and the six days after it: the coming week
REVIEW_DAYS = 14
PAST_PLANNED_DAYS = 30
DUE = (CadenceStatus.OVERDUE, CadenceStatus.DUE_SOON, CadenceStatus.NO_MEETING_YET)


@dataclass(frozen=True)
class GiveBackNudge:
    """When to nudge: this many held meetings and this many days with no give-back
    (the defaults of Preferences, ``ui/givebacks/nudge.py``)."""

    meetings: int = 3
    days: int = 60


@dataclass(frozen=True)
class PlannedMeeting:
    id: str
    mentor_id: str
    start: datetime
    minutes: int
    format: str
    location: str

    @property
    def end(self) -> datetime:
        return self.start + timedelta(minutes=self.minutes)


@dataclass(frozen=True)
class OpenAction:
    id: str
    mentor_id: str
    text: str
    due_date: date | None
    private: bool = False


@dataclass(frozen=True)
class DoneToReport:
    id: str
    mentor_id: str
    text: str
    outcome: str
    done_on: date | None
    private: bool = False


@dataclass(frozen=True)
class DashboardData:
    """Everything the dashboard is computed from, as read."""

    histories: tuple[MentorHistory, ...]
    planned: tuple[PlannedMeeting, ...]
    agenda: dict[str, tuple[str, ...]]
    open_actions: tuple[OpenAction, ...]
    to_report: tuple[DoneToReport, ...]
    balances: tuple[Balance, ...] = ()
    follow_ups: tuple[FollowUp, ...] = ()


@dataclass(frozen=True)
class UpcomingMeeting:
    """A meeting in the next 7 days with what the brief would say."""

    id: str
    mentor_id: str
    mentor_name: str
    start: datetime
    end: datetime
    format: str
    location: str
    join_url: str
    agenda: tuple[str, ...]
    open_actions: int
    to_report: int


@dataclass(frozen=True)
class PastPlanned:
    """A meeting whose time is past but that was never marked held or cancelled."""

    id: str
    mentor_id: str
    mentor_name: str
    start: datetime


@dataclass(frozen=True)
class DueAction:
    id: str
    mentor_id: str
    mentor_name: str
    text: str
    due_date: date
    days_late: int  # above 0: overdue


@dataclass(frozen=True)
class ReportBack:
    id: str
    mentor_id: str
    mentor_name: str
    text: str
    outcome: str
    done_on: date | None


@dataclass(frozen=True)
class ReviewDue:
    mentor_id: str
    mentor_name: str
    version: int
    review_date: date
    days_left: int  # below 0: the review is overdue


@dataclass(frozen=True)
class Dashboard:
    """The dashboard of one day."""

    today: date
    mentor_count: int
    due: tuple[Cadence, ...]
    upcoming: tuple[UpcomingMeeting, ...]
    past_planned: tuple[PastPlanned, ...]
    actions: tuple[DueAction, ...]
    report_backs: tuple[ReportBack, ...]
    reviews: tuple[ReviewDue, ...]
    drifting: tuple[Cadence, ...]
    rhythm: tuple[Cadence, ...]  # active mentors with gaps to chart, largest drift first
    give_back: tuple[Balance, ...] = ()  # active mentors to give back to, longest first
    follow_ups: tuple[FollowUp, ...] = ()  # prospects to follow up with
    has_rhythm: bool = False  # an active mentor has a rhythm agreed (drift can be told)

    @property
    def is_empty(self) -> bool:
        return self.mentor_count == 0


_PLANNED = FastSelect(
    select(
        Meeting.id,
        Meeting.mentor_id,
        Meeting.scheduled_start,
        Meeting.planned_minutes,
        Meeting.format,
        Meeting.location,
    )
    .where(Meeting.status == MeetingStatus.PLANNED)
    .order_by(Meeting.scheduled_start)
)
_AGENDA = FastSelect(
    select(AgendaItem.meeting_id, AgendaItem.text, AgendaItem.private)
    .where(AgendaItem.meeting_id.in_(in_list("meeting_ids")))
    .order_by(AgendaItem.meeting_id, AgendaItem.position)
)
_OPEN_ACTIONS = FastSelect(
    select(
        ActionItem.id,
        ActionItem.mentor_id,
        ActionItem.text,
        ActionItem.due_date,
        ActionItem.private,
    )
    .where(ActionItem.status == ActionStatus.OPEN)
    .order_by(ActionItem.due_date.is_(None), ActionItem.due_date, ActionItem.created_at)
)
_TO_REPORT = FastSelect(
    select(
        ActionItem.id,
        ActionItem.mentor_id,
        ActionItem.text,
        ActionItem.outcome,
        ActionItem.done_on,
        ActionItem.private,
    )
    .where(
        ActionItem.status == ActionStatus.DONE,
        ActionItem.report_back,
        ActionItem.reported_on.is_(None),
    )
    .order_by(ActionItem.done_on)
)
_ANY_MENTOR = FastSelect(select(Mentor.id).limit(1))


def read(
    session: Session, zone: tzinfo | None, today: date, *, presenting: bool = False
) -> DashboardData:
    """A few fast reads, whatever the number of mentors, meetings and action items;
    ``presenting`` leaves private points and action items out (a shared screen)."""
    planned = tuple(_PLANNED.made(session, PlannedMeeting))
    agenda: dict[str, list[str]] = {}
    for chunk in chunks([m.id for m in planned]):
        for meeting_id, text, kept in _AGENDA.rows(session, meeting_ids=chunk):
            if not (presenting and kept):
                agenda.setdefault(meeting_id, []).append(text)
    open_actions = _OPEN_ACTIONS.made(session, OpenAction)
    to_report = _TO_REPORT.made(session, DoneToReport)
    if presenting:
        open_actions, to_report = private.shared(open_actions), private.shared(to_report)
    return DashboardData(
        histories=tuple(histories(session, zone)),
        planned=planned,
        agenda={key: tuple(value) for key, value in agenda.items()},
        open_actions=tuple(open_actions),
        to_report=tuple(to_report),
        balances=tuple(balances(session, today, zone)),
        follow_ups=tuple(follow_ups(session, today)),
    )


def join_url(location: str) -> str:
    """The location as a link to open, if it is one ("" otherwise)."""
    location = location.strip()
    if not location or not is_valid_url(location):
        return ""
    return location if "://" in location else f"https://{location}"


def build(
    data: DashboardData, today: date, now: datetime, nudge: GiveBackNudge | None = None
) -> Dashboard:
    """The dashboard for ``today`` (``now``: which meetings are ahead)."""
    nudge = nudge or GiveBackNudge()
    names = {h.mentor_id: h.name for h in data.histories}
    active = {h.mentor_id for h in data.histories if h.status == MentorStatus.ACTIVE}
    every = cadences(list(data.histories), today, now)
    open_count = Counter(a.mentor_id for a in data.open_actions)
    report_count = Counter(r.mentor_id for r in data.to_report)
    horizon = now + timedelta(days=UPCOMING_DAYS)
    upcoming = tuple(
        UpcomingMeeting(
            id=m.id,
            mentor_id=m.mentor_id,
            mentor_name=names.get(m.mentor_id, ""),
            start=m.start,
            end=m.end,
            format=m.format,
            location=m.location,
            join_url=join_url(m.location),
            agenda=data.agenda.get(m.id, ()),
            open_actions=open_count[m.mentor_id],
            to_report=report_count[m.mentor_id],
        )
        for m in data.planned
        if m.end > now and m.start < horizon
    )
    oldest = now - timedelta(days=PAST_PLANNED_DAYS)
    past_planned = tuple(
        PastPlanned(m.id, m.mentor_id, names.get(m.mentor_id, ""), m.start)
        for m in reversed(data.planned)
        if oldest <= m.start and m.end <= now
    )
    last_day = today + timedelta(days=ACTIONS_AHEAD_DAYS)
    actions = tuple(
        DueAction(
            a.id,
            a.mentor_id,
            names.get(a.mentor_id, ""),
            a.text,
            a.due_date,
            (today - a.due_date).days,
        )
        for a in data.open_actions
        if a.due_date is not None and a.due_date <= last_day
    )
    report_backs = tuple(
        ReportBack(r.id, r.mentor_id, names.get(r.mentor_id, ""), r.text, r.outcome, r.done_on)
        for r in data.to_report
    )
    reviews = []
    for history in data.histories:
        if history.status not in (MentorStatus.ACTIVE, MentorStatus.PAUSED):
            continue
        terms = governing_terms(history.terms, today)
        if (
            terms is None
            or terms.review_date is None
            or terms.status not in (AgreementStatus.AGREED, AgreementStatus.UNDER_REVIEW)
        ):
            continue
        left = (terms.review_date - today).days
        if left <= REVIEW_DAYS:
            reviews.append(
                ReviewDue(history.mentor_id, history.name, terms.number, terms.review_date, left)
            )
    reviews.sort(key=lambda r: (r.review_date, r.mentor_name.casefold()))
    drifting = tuple(
        c for c in every if c.mentor_id in active and c.drift is not None and c.drift.is_large
    )
    rhythm = sorted(
        (c for c in every if c.mentor_id in active and c.interval is not None and c.gaps),
        key=lambda c: (-(c.drift.ratio if c.drift else 0.0), c.mentor_name.casefold()),
    )
    return Dashboard(
        today=today,
        mentor_count=len(data.histories),
        # A mentor with a meeting already planned needs nothing more today (even if it
        # falls after the due day: they stay overdue in the Mentors list).
        due=tuple(c for c in every if c.status in DUE and c.next_planned is None),
        upcoming=upcoming,
        past_planned=past_planned,
        actions=actions,
        report_backs=report_backs,
        reviews=tuple(reviews),
        drifting=drifting,
        rhythm=tuple(rhythm),
        has_rhythm=any(c.mentor_id in active and c.interval is not None for c in every),
        give_back=tuple(
            sorted(
                (
                    b
                    for b in data.balances
                    if b.mentor_status == MentorStatus.ACTIVE
                    and b.needs_nudge(nudge.meetings, nudge.days)
                ),
                key=lambda b: (
                    -(10**6 if b.days_since is None else b.days_since),
                    -b.meetings_since,
                    b.mentor_name.casefold(),
                ),
            )
        ),
        follow_ups=data.follow_ups,
    )


def has_mentors(session: Session) -> bool:
    """Whether there is any data to show (the app opens on the Dashboard then)."""
    return bool(_ANY_MENTOR.rows(session))


def dashboard(
    session: Session,
    today: date,
    now: datetime,
    zone: tzinfo | None = None,
    nudge: GiveBackNudge | None = None,
    *,
    presenting: bool = False,
) -> Dashboard:
    """Read and build the dashboard for ``today`` (``presenting``: see ``read``)."""
    return build(read(session, zone, today, presenting=presenting), today, now, nudge)
