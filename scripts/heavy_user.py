"""Make a heavy user's MentorDesk data, through the services, for benchmarks.

    .venv/bin/python scripts/heavy_user.py --data-dir /tmp/heavy [--scale 1] [--seed 2024]

Scale 1 (issue 6): 150 mentors, 6,000 meetings over about eight years (mostly
held, some cancelled, a few planned ahead), Markdown notes of about 2 KB (1 %
near 100 KB; 18.5 MB of notes in all), about 27,000 agenda points and 15,000
action items, with takeaways, ratings, outcomes and report-backs: a file of
about 88 MB. ``--scale`` multiplies every count (fractions such as 0.01 make a
tiny set for tests).

Each mentor also gets an expectations agreement with three versions (issue 9):
agreed, agreed again with another rhythm, then the current terms (agreed, ended
with the relationship, or a draft for a prospect); a third of the mentors also
have their own meeting interval.

Issue 10: 40 goals (scale 1), each linked to three mentors and about 40 of their
action items, half set by hand with four progress updates; four give-back ideas
per mentor (half of them done).

Every record is written by the public service functions, many per transaction,
so the data is what the app itself would have stored. The same seed gives the
same counts and the same texts; ids and "created" times are new on every run,
and dates are relative to today (so "planned" meetings are always ahead).

Prints the counts, the file size and the time taken (scale 1: about 70 s on
two CPUs; scale 3 about four times that). Refuses a folder that
already holds a database unless ``--force`` (which replaces that database).
"""

from __future__ import annotations

import argparse
import random
import sys
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field, replace
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import TypeVar

from sqlalchemy.orm import Session

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from mentordesk.config import DATABASE_NAME, resolve_paths
from mentordesk.db.database import Database
from mentordesk.services import action_items, agreements, givebacks, goal_links, goals, meetings
from mentordesk.services.mentors import MentorData, create_mentor, update_mentor


def words(text: str) -> list[str]:
    return text.split()


DEFAULT_SEED = 2024
YEARS = 8
MEETINGS_PER_TRANSACTION = 250

BASE_MENTORS = 150
BASE_MEETINGS = 6000
BASE_ACTION_ITEMS = 15000
BASE_GOALS = 40
GIVE_BACKS_PER_MENTOR = 4

# Share of mentors by status (a long career: many ended, some still prospects).
STATUS_SHARES = (
    ("active", 0.30),
    ("paused", 0.10),
    ("ended", 0.34),
    ("requested", 0.06),
    ("prospect", 0.20),
)
# The path each status took; the history records every step.
STATUS_PATHS = {
    "prospect": ("prospect",),
    "requested": ("prospect", "requested"),
    "active": ("prospect", "requested", "active"),
    "paused": ("prospect", "requested", "active", "paused"),
    "ended": ("prospect", "requested", "active", "ended"),
}
HAS_MEETINGS = frozenset({"active", "paused", "ended"})

FUTURE_SHARE = 0.015  # planned meetings ahead
CANCELLED_SHARE = 0.06  # of the past ones
MISSED_SHARE = 0.005  # past, still "planned" (never marked held)
BIG_NOTE_SHARE = 0.01
BIG_NOTE_BYTES = 100 * 1024
SNAPSHOT_WINDOW = timedelta(days=80)  # recent meetings keep an earlier version of their notes
MEETINGLESS_ACTION_SHARE = 0.05

FIRST_NAMES = words(
    "Aisha Alejandro Amara Anders Aniket Beatriz Bilal Carmen Chen Chiara Chidi Dalia Daniel "
    "Deepa Diego Eleni Elif Emeka Emma Farah Fatima Felix Freya Gabriel Grace Hana Hiroshi "
    "Ingrid Isabel Ivan Jamal Jana Javier Jin Joanna Jonas Julia Kamal Karin Kenji Kofi Lara "
    "Leila Liam Lucia Mads Maria Mateo Maya Mehmet Mei Miguel Mina Nadia Naveen Nia Niklas "
    "Noor Olga Omar Oscar Pablo Pooja Priya Rafael Rania Ravi Rosa Ruth Sakura Samir Sara "
    "Sergei Shira Sofia Sunil Tariq Thandiwe Theo Tomas Uma Valentina Vikram Wei Yara Yusuf "
    "Zainab Zoe"
)
LAST_NAMES = words(
    "Abara Adeyemi Almeida Andersson Bakker Banerjee Becker Bianchi Castillo Chen Costa Dubois "
    "Eriksen Fernandes Fischer Garcia Gupta Haddad Hansen Hernandez Ibrahim Ivanova Jansen "
    "Kaya Kim Kowalski Kumar Larsen Lee Lindqvist Lopez Martin Mensah Moreau Mueller Murphy "
    "Nakamura Novak Nowak Okafor Olsen Oyelaran Park Patel Pereira Petrov Quinn Rahman Rossi "
    "Santos Sato Schmidt Silva Singh Smith Sousa Suzuki Tanaka Torres Vargas Visser Wang "
    "Weber Williams Wong Yilmaz Zhang"
)
ROLES = (
    "Engineering Director",
    "VP Product",
    "Principal Engineer",
    "Head of Design",
    "Chief Technology Officer",
    "Staff Engineer",
    "Research Lead",
    "Head of People",
    "Founder",
    "Senior Manager",
    "Programme Director",
    "Data Science Lead",
    "Partner",
    "Professor",
    "Executive Coach",
)
ORGANISATIONS = (
    "Northwind Labs",
    "Acme Analytics",
    "Bluefin Health",
    "Contoso Cloud",
    "Fabrikam",
    "Globex",
    "Helix Robotics",
    "Initech",
    "Juniper Energy",
    "Kestrel Finance",
    "Lumen University",
    "Meridian Media",
    "Nimbus Logistics",
    "Orchid Bio",
    "Pioneer Retail",
    "Quanta Studio",
)
TAGS = (
    "leadership",
    "public speaking",
    "career change",
    "negotiation",
    "architecture",
    "product strategy",
    "hiring",
    "management",
    "writing",
    "fundraising",
    "research",
    "design",
    "data",
    "promotion",
    "work-life balance",
    "stakeholders",
    "mentoring others",
    "technical depth",
    "startups",
    "networking",
    "feedback",
    "remote teams",
    "budgeting",
    "ethics",
)
WHERE_FOUND = (
    ("networking_event", ("Tech summit dinner", "Meetup after the panel", "Conference hallway")),
    ("professional_association", ("Engineering society", "Women in Tech chapter", "IEEE")),
    ("social_media", ("LinkedIn post", "Mastodon thread", "Blog comments")),
    ("colleague_introduction", ("Introduced by my manager", "Former teammate", "A friend")),
    ("other", ("University alumni list", "Book signing", "")),
)
TIME_ZONES = (
    "Europe/London",
    "Europe/Berlin",
    "Europe/Paris",
    "Europe/Madrid",
    "Europe/Stockholm",
    "America/New_York",
    "America/Chicago",
    "America/Los_Angeles",
    "America/Sao_Paulo",
    "Asia/Tokyo",
    "Asia/Singapore",
    "Asia/Kolkata",
    "Africa/Lagos",
    "Australia/Sydney",
    "",
)
CHANNELS = ("email", "email", "video", "messaging", "phone", "in_person")
FORMATS = ("video", "video", "video", "in_person", "phone", "chat")
LOCATIONS = {
    "video": ("https://meet.example.com/abc-defg", "https://zoom.example.com/j/123456", ""),
    "in_person": ("Café on the corner", "Their office, 3rd floor", "Lunch near the station"),
    "phone": ("", "+44 20 7946 0018"),
    "chat": ("", "Slack huddle"),
}
WORDS = words(
    "the a to of and in we about for with that this on it be as next team plan review ask "
    "feedback project goal role manager career growth skills week month quarter promotion "
    "delegation roadmap negotiation architecture budget hiring onboarding conference "
    "stakeholder prioritisation storytelling leadership strategy metrics customer launch "
    "design review coaching offsite reorg interview portfolio deadline scope risk trade-off "
    "influence visibility sponsor network paper talk proposal estimate retrospective "
    "incident postmortem vision mission values culture trust energy focus habits calendar "
    "boundaries writing clarity decision principle experiment data evidence narrative peers "
    "director staff principal senior expectations ladder calibration pitch investors"
)
TOPICS = (
    "Promotion case",
    "Team health",
    "Roadmap trade-offs",
    "Hiring plan",
    "Conference talk",
    "Difficult conversation",
    "Stakeholder map",
    "Career direction",
    "Writing practice",
    "Negotiating scope",
    "Leading without authority",
    "Budget season",
    "Next role",
    "Feedback I got",
)
VERBS = (
    "Draft",
    "Ask",
    "Read",
    "Book",
    "Write",
    "Share",
    "Try",
    "Prepare",
    "Review",
    "Send",
    "Schedule",
    "Practise",
)
OUTCOMES = (
    "Went well; they want a follow-up.",
    "Done, and it changed how the team plans.",
    "Harder than expected, but worth it.",
    "Got a clear no, which helped.",
    "Led to an invitation to speak.",
    "Partly done; the rest is in the next plan.",
    "",
)


@dataclass
class Counts:
    """What was written, tallied as it was written (the test compares it with the file)."""

    mentors: int = 0
    status_changes: int = 0
    meetings: int = 0
    meetings_held: int = 0
    meetings_cancelled: int = 0
    meetings_planned: int = 0
    agenda_items: int = 0
    agenda_ticked: int = 0
    action_items: int = 0
    actions_open: int = 0
    actions_done: int = 0
    actions_dropped: int = 0
    actions_report_back: int = 0
    notes_bytes: int = 0
    big_notes: int = 0
    takeaways: int = 0
    ratings: int = 0
    agreements: int = 0
    agreement_versions: int = 0
    mentor_intervals: int = 0
    goals: int = 0
    goal_mentors: int = 0
    goal_actions: int = 0
    goal_progress: int = 0
    give_backs: int = 0
    give_backs_done: int = 0

    def lines(self) -> list[str]:
        return [f"{name}: {value}" for name, value in vars(self).items()]


@dataclass
class MentorPlan:
    """One mentor to write, with the span of time the relationship had meetings."""

    data: MentorData
    path: tuple[str, ...]
    first: datetime | None = None
    last: datetime | None = None
    weight: float = 0.0
    id: str = ""


@dataclass
class ActionPlan:
    """One action item and how it ended up."""

    text: str
    due: date | None
    status: str
    done_on: date | None = None
    outcome: str = ""
    report_back: bool = False
    reported_on: date | None = None


@dataclass
class MeetingPlan:
    """One meeting to write, with everything it holds."""

    mentor: int
    start: datetime
    status: str  # held, cancelled, planned
    minutes: int
    format: str
    location: str
    agenda: list[tuple[str, bool]] = field(default_factory=list)
    notes: str = ""
    draft: str = ""  # an earlier version saved first (recent meetings only)
    takeaways: str = ""
    actual_minutes: int = 0
    rating: int | None = None
    actions: list[ActionPlan] = field(default_factory=list)


# -- text --------------------------------------------------------------------------------
def sentence(rng: random.Random, low: int = 6, high: int = 16) -> str:
    picked = rng.choices(WORDS, k=rng.randint(low, high))
    return " ".join(picked).capitalize() + "."


def note_text(rng: random.Random, size: int) -> str:
    """Meeting notes in Markdown, about ``size`` characters long."""
    parts: list[str] = []
    length = 0
    while length < size:
        block = [f"## {rng.choice(TOPICS)}"]
        for _ in range(rng.randint(2, 6)):
            marker = rng.choice(("- ", "- ", "- ", "1. ", "- [ ] ", "- [x] "))
            block.append(marker + sentence(rng))
        if rng.random() < 0.6:
            block.append(" ".join(sentence(rng) for _ in range(rng.randint(1, 4))))
        text = "\n".join(block) + "\n\n"
        parts.append(text)
        length += len(text)
    return "".join(parts)[:size].rstrip() + "\n"


def action_text(rng: random.Random) -> str:
    picked = " ".join(rng.choices(WORDS, k=rng.randint(3, 10)))
    return f"{rng.choice(VERBS)} {picked}"


# -- planning (random draws only; nothing is written yet) ----------------------------------
def scaled(base: int, scale: float, minimum: int = 0) -> int:
    return max(minimum, round(base * scale))


def plan_mentors(rng: random.Random, count: int, now: datetime) -> list[MentorPlan]:
    names = rng.sample([(f, la) for f in FIRST_NAMES for la in LAST_NAMES], count)
    statuses = rng.choices(
        [s for s, _ in STATUS_SHARES], weights=[w for _, w in STATUS_SHARES], k=count
    )
    start_of_time = now - timedelta(days=365 * YEARS)
    plans = []
    for index, ((first, last), status) in enumerate(zip(names, statuses, strict=True)):
        where, details = rng.choice(WHERE_FOUND)
        handle = f"{first}.{last}".lower().replace(" ", "")
        data = MentorData(
            name=f"{first} {last}",
            role=rng.choice(ROLES),
            organisation=rng.choice(ORGANISATIONS),
            affiliation=rng.choice(("external", "external", "internal")),
            where_found=where,
            where_found_detail=rng.choice(details),
            fit_notes=sentence(rng, 8, 24) if rng.random() < 0.8 else "",
            email=f"{handle}@example.com" if rng.random() < 0.9 else "",
            phone=f"+44 20 7946 {index % 10000:04d}" if rng.random() < 0.5 else "",
            profile_url=f"https://example.com/in/{handle}" if rng.random() < 0.6 else "",
            preferred_channel=rng.choice(CHANNELS),
            time_zone=rng.choice(TIME_ZONES),
            status="prospect",
            notes=" ".join(sentence(rng) for _ in range(rng.randint(0, 5))),
            tags=tuple(rng.sample(TAGS, rng.randint(0, 4))),
        )
        plan = MentorPlan(data=data, path=STATUS_PATHS[status])
        if status in HAS_MEETINGS:
            begin = start_of_time + timedelta(days=rng.uniform(0, 365 * YEARS - 120))
            if status == "active":
                end = now
            elif status == "paused":
                end = now - timedelta(days=rng.uniform(30, 200))
            else:  # ended at least two months ago
                end = min(begin + timedelta(days=rng.uniform(120, 365 * 4)), now - timedelta(60))
            plan.first, plan.last = begin, max(begin + timedelta(days=60), min(end, now))
            days = (plan.last - plan.first).days
            plan.weight = days * rng.uniform(0.5, 2.0)  # how often we met
        plans.append(plan)
    if not any(p.weight for p in plans):  # a tiny scale may draw no one with meetings
        plan = plans[0]
        plan.path = STATUS_PATHS["active"]
        plan.first, plan.last, plan.weight = now - timedelta(days=400), now, 1.0
    return plans


def plan_meetings(
    rng: random.Random, mentors: list[MentorPlan], count: int, now: datetime
) -> list[MeetingPlan]:
    weights = [m.weight for m in mentors]
    active = [i for i, m in enumerate(mentors) if m.path[-1] == "active"] or [
        i for i, w in enumerate(weights) if w
    ]
    future = round(count * FUTURE_SHARE)
    plans = []
    for index in rng.choices(range(len(mentors)), weights=weights, k=count - future):
        mentor = mentors[index]
        assert mentor.first is not None and mentor.last is not None
        span = (mentor.last - mentor.first).total_seconds()
        start = mentor.first + timedelta(seconds=rng.uniform(0, span))
        start = start.replace(hour=rng.randint(7, 18), minute=rng.choice((0, 15, 30, 45)))
        start = min(start, now - timedelta(hours=2))
        roll = rng.random()
        status = (
            "cancelled"
            if roll < CANCELLED_SHARE
            else "planned"
            if roll < CANCELLED_SHARE + MISSED_SHARE
            else "held"
        )
        plans.append(_meeting(rng, index, start.replace(second=0, microsecond=0), status))
    for index in rng.choices(active, k=future):
        start = now + timedelta(days=rng.uniform(1, 60))
        start = start.replace(hour=rng.randint(7, 18), minute=0, second=0, microsecond=0)
        plans.append(_meeting(rng, index, start, "planned"))
    plans.sort(key=lambda m: m.start)
    return plans


def _meeting(rng: random.Random, mentor: int, start: datetime, status: str) -> MeetingPlan:
    form = rng.choice(FORMATS)
    meeting = MeetingPlan(
        mentor=mentor,
        start=start,
        status=status,
        minutes=rng.choice((30, 45, 45, 60, 60, 90)),
        format=form,
        location=rng.choice(LOCATIONS[form]),
    )
    held = status == "held"
    meeting.agenda = [
        (f"{rng.choice(TOPICS)}: {sentence(rng, 3, 9)}", held and rng.random() < 0.75)
        for _ in range(rng.randint(2, 7))
    ]
    if held:
        meeting.actual_minutes = max(5, meeting.minutes + rng.randint(-15, 20))
        size = (
            rng.randint(BIG_NOTE_BYTES - 10_000, BIG_NOTE_BYTES + 10_000)
            if rng.random() < BIG_NOTE_SHARE
            else int(rng.triangular(300, 4500, 1800))
        )
        meeting.notes = note_text(rng, size)
        if rng.random() < 0.65:
            meeting.takeaways = "\n".join(
                f"- {sentence(rng, 4, 12)}" for _ in range(rng.randint(1, 4))
            )
        if rng.random() < 0.7:
            meeting.rating = rng.choices((1, 2, 3, 4, 5), weights=(1, 3, 10, 20, 12))[0]
    elif status == "planned" and rng.random() < 0.3:
        meeting.notes = note_text(rng, rng.randint(100, 600))  # preparation notes
    return meeting


def plan_actions(
    rng: random.Random, meetings_: list[MeetingPlan], count: int, today: date
) -> list[tuple[int, ActionPlan]]:
    """``count`` action items: (mentor index, plan), most attached to held meetings."""
    held = [m for m in meetings_ if m.status == "held"] or meetings_
    loose: list[tuple[int, ActionPlan]] = []
    for _ in range(count):
        meeting = rng.choice(held)
        origin = meeting.start.date()
        action = _action(rng, origin, today)
        if rng.random() < MEETINGLESS_ACTION_SHARE:
            loose.append((meeting.mentor, action))
        else:
            meeting.actions.append(action)
    return loose


def _action(rng: random.Random, origin: date, today: date) -> ActionPlan:
    age = (today - origin).days
    due = origin + timedelta(days=rng.randint(7, 60)) if rng.random() < 0.7 else None
    open_share, dropped_share = (0.6, 0.05) if age < 60 else (0.08, 0.17)
    roll = rng.random()
    action = ActionPlan(text=action_text(rng), due=due, status="open")
    if roll < open_share:
        action.report_back = rng.random() < 0.3
    elif roll < open_share + dropped_share:
        action.status = "dropped"
        action.outcome = rng.choice(("No longer relevant after the reorg.", ""))
    else:
        action.status = "done"
        action.done_on = min(today, origin + timedelta(days=rng.randint(1, 60)))
        action.outcome = rng.choice(OUTCOMES)
        action.report_back = rng.random() < 0.3
        if action.report_back and rng.random() < 0.7:
            action.reported_on = min(today, action.done_on + timedelta(days=rng.randint(3, 40)))
    return action


# -- writing (through the services) --------------------------------------------------------
def write_mentors(database: Database, mentors: list[MentorPlan], counts: Counts) -> None:
    with database.session() as session:
        for plan in mentors:
            plan.id = create_mentor(session, plan.data, now=datetime.now(UTC)).id
            counts.mentors += 1
            counts.status_changes += 1
            for status in plan.path[1:]:
                update_mentor(
                    session, plan.id, replace(plan.data, status=status), now=datetime.now(UTC)
                )
                counts.status_changes += 1


def write_meetings(
    database: Database,
    mentors: list[MentorPlan],
    plans: list[MeetingPlan],
    counts: Counts,
    progress: Callable[[int], None],
) -> None:
    for batch in chunks(plans, MEETINGS_PER_TRANSACTION):
        with database.session() as session:
            for plan in batch:
                _write_meeting(session, mentors[plan.mentor].id, plan, counts)
        progress(len(batch))


def _write_meeting(session: Session, mentor_id: str, plan: MeetingPlan, counts: Counts) -> None:
    meeting_id = meetings.plan_meeting(
        session,
        meetings.MeetingPlan(
            mentor_id=mentor_id,
            scheduled_start=plan.start,
            planned_minutes=plan.minutes,
            format=plan.format,
            location=plan.location,
        ),
        now=datetime.now(UTC),
    ).id
    meetings.set_agenda(
        session,
        meeting_id,
        [(None, text, done) for text, done in plan.agenda],
        now=datetime.now(UTC),
    )
    counts.meetings += 1
    counts.agenda_items += len(plan.agenda)
    counts.agenda_ticked += sum(done for _, done in plan.agenda)
    end = plan.start + timedelta(minutes=plan.actual_minutes or plan.minutes)
    if plan.status == "held":
        meetings.start_meeting(session, meeting_id, now=plan.start)
        meetings.end_meeting(
            session, meeting_id, actual_minutes=plan.actual_minutes, rating=plan.rating, now=end
        )
        counts.meetings_held += 1
        counts.ratings += plan.rating is not None
    elif plan.status == "cancelled":
        meetings.cancel_meeting(session, meeting_id, now=datetime.now(UTC))
        counts.meetings_cancelled += 1
    else:
        counts.meetings_planned += 1
    if plan.draft:
        meetings.save_notes(session, meeting_id, plan.draft, now=plan.start)
    if plan.notes or plan.takeaways:
        meetings.save_notes(session, meeting_id, plan.notes, plan.takeaways, now=end)
        counts.notes_bytes += len(plan.notes.encode())
        counts.big_notes += len(plan.notes) >= BIG_NOTE_BYTES // 2
        counts.takeaways += bool(plan.takeaways)
    for action in plan.actions:
        _write_action(session, mentor_id, meeting_id, action, counts)


def _write_action(
    session: Session, mentor_id: str, meeting_id: str | None, plan: ActionPlan, counts: Counts
) -> None:
    item_id = action_items.capture(
        session,
        mentor_id,
        plan.text,
        meeting_id=meeting_id,
        due_date=plan.due,
        report_back=plan.report_back,
        now=datetime.now(UTC),
    ).id
    if plan.status == "done":
        assert plan.done_on is not None
        action_items.mark_done(
            session,
            item_id,
            outcome=plan.outcome,
            on=plan.done_on,
            report_back=plan.report_back,
            now=datetime.now(UTC),
        )
        if plan.reported_on is not None:
            action_items.mark_reported(session, item_id, on=plan.reported_on, now=datetime.now(UTC))
    elif plan.status == "dropped":
        action_items.set_status(
            session, item_id, "dropped", outcome=plan.outcome, now=datetime.now(UTC)
        )
    counts.action_items += 1
    counts.actions_open += plan.status == "open"
    counts.actions_done += plan.status == "done"
    counts.actions_dropped += plan.status == "dropped"
    counts.actions_report_back += plan.report_back


def write_loose_actions(
    database: Database,
    mentors: list[MentorPlan],
    loose: list[tuple[int, ActionPlan]],
    counts: Counts,
) -> None:
    for batch in chunks(loose, MEETINGS_PER_TRANSACTION * 4):
        with database.session() as session:
            for mentor, action in batch:
                _write_action(session, mentors[mentor].id, None, action, counts)


T = TypeVar("T")


AGREEMENT_RHYTHMS = ((2, "weeks"), (3, "weeks"), (4, "weeks"), (6, "weeks"), (1, "months"))


def write_agreements(
    database: Database, rng: random.Random, mentors: list[MentorPlan], now: datetime, counts: Counts
) -> None:
    """Three versions per mentor, each saved on the day it was agreed."""
    with database.session() as session:
        for plan in mentors:
            first = plan.first or now - timedelta(days=400)
            last = min(plan.last or now, now)
            span = max(timedelta(days=3), last - first)
            status = plan.path[-1]
            for number in range(3):
                day = (first + span * number / 3).date()
                every, unit = rng.choice(AGREEMENT_RHYTHMS)
                state = "agreed"
                if number == 2 and status == "ended":
                    state = "ended"
                elif number == 2 and status in ("prospect", "requested"):
                    state = "draft"
                terms = agreements.AgreementTerms(
                    status=state,
                    goals=sentence(rng, 8, 20),
                    frequency_every=every,
                    frequency_unit=unit,
                    duration_minutes=rng.choice((30, 45, 60)),
                    topics="\n".join(rng.choice(TOPICS) for _ in range(rng.randint(2, 5))),
                    my_commitments=sentence(rng),
                    mentor_commitments=sentence(rng),
                    confidentiality=sentence(rng, 4, 10),
                    boundaries=sentence(rng, 4, 10),
                    start_date=day,
                    review_date=day + timedelta(days=rng.randint(30, 200)),
                    agreed_on=day if state != "draft" else None,
                )
                saved = agreements.save(
                    session, plan.id, terms, today=max(day, now.date()), now=datetime.now(UTC)
                )
                counts.agreements += number == 0
                counts.agreement_versions += saved.new_version
            if rng.random() < 1 / 3:
                agreements.set_mentor_interval(
                    session, plan.id, rng.randint(2, 6), "weeks", now=datetime.now(UTC)
                )
                counts.mentor_intervals += 1


def write_goals_and_give_backs(
    database: Database,
    rng: random.Random,
    mentors: list[MentorPlan],
    scale: float,
    now: datetime,
    counts: Counts,
) -> None:
    """Goals linked to mentors and their advice; give-back ideas, half of them done."""
    today = now.date()
    with database.session() as session:
        items: dict[str, list[str]] = {}
        for item in action_items.item_rows(session):
            items.setdefault(item.mentor_id, []).append(item.id)
        for number in range(scaled(BASE_GOALS, scale, 1)):
            chosen = rng.sample(mentors, min(3, len(mentors)))
            data = goals.GoalData(
                title=f"{sentence(rng, 3, 7)} {number}",
                why=sentence(rng, 8, 20),
                success_criteria=sentence(rng, 6, 14),
                target_date=today + timedelta(days=rng.randint(30, 400)),
                progress_mode="actions" if number % 2 else "manual",
            )
            goal = goals.create_goal(
                session, data, mentor_ids=[m.id for m in chosen], now=now - timedelta(days=400)
            )
            pool = [i for m in chosen for i in items.get(m.id, [])]
            linked = rng.sample(pool, min(len(pool), 40))
            goal_links.set_actions(session, goal.id, linked, now=datetime.now(UTC))
            counts.goals += 1
            counts.goal_mentors += len(chosen)
            counts.goal_actions += len(linked)
            if data.progress_mode == "manual":
                for step in range(4):
                    day = today - timedelta(days=100 - 25 * step)
                    goals.set_progress(
                        session,
                        goal.id,
                        20 * (step + 1),
                        comment=sentence(rng),
                        day=day,
                        today=day,
                        now=datetime.now(UTC),
                    )
                    counts.goal_progress += 1
        for plan in mentors:
            for _ in range(GIVE_BACKS_PER_MENTOR):
                done = rng.random() < 0.5
                idea = givebacks.GiveBackData(
                    plan.id,
                    sentence(rng, 4, 10),
                    kind=rng.choice(("thanks", "share_something", "introduction", "gift")),
                    status="done" if done else "idea",
                    done_on=today - timedelta(days=rng.randint(1, 900)) if done else None,
                )
                givebacks.create(session, idea, today=today, now=now)
                counts.give_backs += 1
                counts.give_backs_done += done


def chunks(items: list[T], size: int) -> Iterator[list[T]]:
    for start in range(0, len(items), size):
        yield items[start : start + size]


# -- the command ---------------------------------------------------------------------------
def plan_all(
    seed: int, scale: float, now: datetime
) -> tuple[list[MentorPlan], list[MeetingPlan], list[tuple[int, ActionPlan]]]:
    """Every record to write, from ``seed`` alone (and today's date)."""
    rng = random.Random(seed)
    mentors = plan_mentors(rng, scaled(BASE_MENTORS, scale, 1), now)
    meeting_plans = plan_meetings(rng, mentors, scaled(BASE_MEETINGS, scale, 1), now)
    for plan in meeting_plans:
        if plan.status == "held" and now - plan.start < SNAPSHOT_WINDOW:
            plan.draft = plan.notes[: len(plan.notes) * 3 // 5]
    loose = plan_actions(rng, meeting_plans, scaled(BASE_ACTION_ITEMS, scale), now.date())
    return mentors, meeting_plans, loose


def prepare_folder(folder: Path, force: bool) -> None:
    database = folder / DATABASE_NAME
    if database.exists():
        if not force:
            sys.exit(
                f"{folder} already holds a MentorDesk database; choose an empty folder, "
                "or add --force to replace that database."
            )
        for suffix in ("", "-wal", "-shm"):
            database.with_name(DATABASE_NAME + suffix).unlink(missing_ok=True)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--data-dir", required=True, type=Path, help="folder to fill")
    parser.add_argument("--scale", type=float, default=1.0, help="1 = issue 6's heavy user")
    parser.add_argument("--seed", type=int, default=DEFAULT_SEED)
    parser.add_argument("--force", action="store_true", help="replace an existing database")
    args = parser.parse_args(argv)
    if args.scale <= 0:
        parser.error("--scale must be above 0")

    started = time.perf_counter()
    folder: Path = args.data_dir.expanduser().resolve()
    prepare_folder(folder, args.force)
    # Midnight (UTC): every run on the same day makes the same plan from the seed;
    # past meetings end before it, planned ones start a day or more after it.
    now = datetime.now(UTC).replace(hour=0, minute=0, second=0, microsecond=0)
    mentors, meeting_plans, loose = plan_all(args.seed, args.scale, now)
    planned = time.perf_counter()

    paths = resolve_paths(folder)
    database = Database(paths)
    counts = Counts()
    written = 0

    def progress(done: int) -> None:
        nonlocal written
        written += done
        rate = written / (time.perf_counter() - planned)
        print(f"  {written}/{len(meeting_plans)} meetings ({rate:.0f}/s)", file=sys.stderr)

    try:
        write_mentors(database, mentors, counts)
        write_meetings(database, mentors, meeting_plans, counts, progress)
        write_loose_actions(database, mentors, loose, counts)
        write_agreements(database, random.Random(args.seed + 9), mentors, now, counts)
        write_goals_and_give_backs(
            database, random.Random(args.seed + 10), mentors, args.scale, now, counts
        )
    finally:
        database.close()
    took = time.perf_counter() - started

    size = sum(
        f.stat().st_size
        for f in folder.iterdir()
        # the database and its -wal/-shm/-journal; not the small identity stamp beside it
        if (f.name == DATABASE_NAME or f.name.startswith(f"{DATABASE_NAME}-")) and f.is_file()
    )
    print(f"data folder: {folder}")
    print(f"seed: {args.seed}")
    print(f"scale: {args.scale:g}")
    for line in counts.lines():
        print(line)
    print(f"file_bytes: {size}")
    print(f"file_mb: {size / 1e6:.1f}")
    print(f"planning_seconds: {planned - started:.1f}")
    print(f"seconds: {took:.1f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
