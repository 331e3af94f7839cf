"""Give-back ideas: mentorship is a two-way street.

An idea belongs to a mentor (and to the meeting it was captured in, if any); it
goes from idea to planned to done. The balance of a mentor says when I last gave
back and how many meetings I have had since: "last gave back 74 days ago; 6
meetings since".
"""

from __future__ import annotations

import re
from collections.abc import Collection
from dataclasses import dataclass, replace
from datetime import date, datetime, tzinfo

from sqlalchemy import Integer, bindparam, func, select
from sqlalchemy.orm import Session

from mentordesk.db.choices import PROSPECTIVE, GiveBackKind, GiveBackStatus, MeetingStatus
from mentordesk.db.fast import IN_LIMIT, FastSelect, in_list
from mentordesk.db.models import GiveBack, Meeting, Mentor
from mentordesk.db.types import new_id
from mentordesk.services.cadence_read import local_day
from mentordesk.services.errors import FieldValidationError, NotFoundError
from mentordesk.services.kinds import Kind
from mentordesk.services.records import found
from mentordesk.services.words import translate

IDEA_MAX = 2000
NOTE_MAX = 20_000


class GiveBackNotFoundError(NotFoundError):
    """The give-back idea is gone."""

    kind = Kind.GIVE_BACK


class GiveBackValidationError(FieldValidationError):
    """A give-back field is invalid; nothing was saved."""


@dataclass(frozen=True)
class GiveBackData:
    """What a person fills in for a give-back idea."""

    mentor_id: str
    idea: str
    kind: str = GiveBackKind.OTHER.value
    status: str = GiveBackStatus.IDEA.value
    planned_on: date | None = None
    done_on: date | None = None
    note: str = ""

    def cleaned(self) -> GiveBackData:
        return replace(self, idea=" ".join(self.idea.split()), note=self.note.strip())


@dataclass(frozen=True)
class GiveBackState:
    """A whole give-back idea, detached: shown in lists and replayed by undo."""

    id: str
    data: GiveBackData
    mentor_name: str
    meeting_id: str | None
    created_at: datetime

    @property
    def mentor_id(self) -> str:
        return self.data.mentor_id

    @property
    def idea(self) -> str:
        return self.data.idea

    @property
    def status(self) -> str:
        return self.data.status


# Words that say what kind of giving back an idea is (captured text guesses its kind).
_KIND_WORDS = (
    (GiveBackKind.THANKS, r"thank"),
    (GiveBackKind.INTRODUCTION, r"introduc|connect .* with"),
    (GiveBackKind.RECOMMENDATION, r"recommend|endors|referenc"),
    (GiveBackKind.FEEDBACK, r"feedback|review (her|his|their)"),
    (GiveBackKind.GIFT, r"gift|present|coffee|lunch|dinner|book for"),
    (GiveBackKind.HELP, r"help|volunteer|contribut"),
    (GiveBackKind.SHARE, r"share|send|article|paper|link|podcast"),
)


def guess_kind(text: str) -> str:
    """The kind of idea ``text`` most likely is ("Send her the article" → share)."""
    lowered = text.casefold()
    for kind, pattern in _KIND_WORDS:
        if re.search(pattern, lowered):
            return kind.value
    return GiveBackKind.OTHER.value


def validate(data: GiveBackData, *, today: date) -> dict[str, str]:
    """Problems with ``data`` by field, in the user's words; empty when fine."""
    data = data.cleaned()
    errors: dict[str, str] = {}
    if not data.idea:
        errors["idea"] = translate("services", "Write the idea: what will you give back?")
    elif len(data.idea) > IDEA_MAX:
        errors["idea"] = translate(
            "services", "Keep the idea under {most} characters; the note can hold more."
        ).format(most=IDEA_MAX)
    if not data.mentor_id:
        errors["mentor"] = translate("services", "Choose the mentor this is for.")
    if data.kind not in {k.value for k in GiveBackKind}:
        errors["kind"] = translate("services", "Choose a kind from the list.")
    if data.status not in {s.value for s in GiveBackStatus}:
        errors["status"] = translate("services", "Choose idea, planned or done.")
    if data.done_on is not None and data.done_on > today:
        errors["done_on"] = translate("services", "The done date cannot be in the future.")
    if len(data.note) > NOTE_MAX:
        errors["note"] = translate("services", "Keep the note under {most} characters.").format(
            most=f"{NOTE_MAX:,}"
        )
    return errors


def _checked(session: Session, data: GiveBackData, today: date) -> GiveBackData:
    errors = validate(data, today=today)
    if "mentor" not in errors and session.get(Mentor, data.mentor_id) is None:
        errors["mentor"] = translate(
            "services", "This mentor was deleted meanwhile: choose another."
        )
    if errors:
        raise GiveBackValidationError(errors)
    data = data.cleaned()
    if data.status == GiveBackStatus.DONE.value and data.done_on is None:
        data = replace(data, done_on=today)
    if data.status != GiveBackStatus.DONE.value:
        data = replace(data, done_on=None)
    return data


def _write(item: GiveBack, data: GiveBackData) -> None:
    item.mentor_id = data.mentor_id
    item.idea = data.idea
    item.kind = data.kind
    item.status = data.status
    item.planned_on = data.planned_on
    item.done_on = data.done_on
    item.note = data.note


def create(
    session: Session,
    data: GiveBackData,
    *,
    meeting_id: str | None = None,
    today: date,
    now: datetime,
) -> GiveBackState:
    """Add a give-back idea; nothing is written if a field is invalid."""
    data = _checked(session, data, today)
    if meeting_id is not None and session.get(Meeting, meeting_id) is None:
        raise GiveBackValidationError(
            {"meeting": translate("services", "That meeting no longer exists.")}
        )
    item = GiveBack(id=new_id(), meeting_id=meeting_id, created_at=now, updated_at=now)
    _write(item, data)
    session.add(item)
    session.flush()
    return get(session, item.id)


def capture(
    session: Session,
    mentor_id: str,
    text: str,
    *,
    meeting_id: str | None = None,
    today: date,
    now: datetime,
) -> GiveBackState:
    """A line of meeting notes as a give-back idea, its kind guessed from its words."""
    data = GiveBackData(mentor_id=mentor_id, idea=text, kind=guess_kind(text))
    return create(session, data, meeting_id=meeting_id, today=today, now=now)


def _get(session: Session, item_id: str) -> GiveBack:
    return found(session, GiveBack, item_id, GiveBackNotFoundError)


def update(
    session: Session, item_id: str, data: GiveBackData, *, today: date, now: datetime
) -> GiveBackState:
    """Save the form of an existing idea."""
    item = _get(session, item_id)
    _write(item, _checked(session, data, today))
    item.updated_at = now
    session.flush()
    return get(session, item_id)


def mark_done(
    session: Session, item_id: str, *, on: date, today: date, now: datetime
) -> GiveBackState:
    """I gave it (on ``on``)."""
    current = get(session, item_id)
    done = replace(current.data, status=GiveBackStatus.DONE.value, done_on=on)
    return update(session, item_id, done, today=today, now=now)


def delete(session: Session, item_id: str) -> None:
    """Remove an idea (undo brings it back through ``services.records``)."""
    session.delete(_get(session, item_id))
    session.flush()


# -- reading --------------------------------------------------------------------------------
def _ideas(
    touching: bool, one_mentor: bool
) -> FastSelect[str, str, str, str | None, str, str, str, date | None, date | None, str, datetime]:
    query = select(
        GiveBack.id,
        GiveBack.mentor_id,
        Mentor.name,
        GiveBack.meeting_id,
        GiveBack.idea,
        GiveBack.kind,
        GiveBack.status,
        GiveBack.planned_on,
        GiveBack.done_on,
        GiveBack.note,
        GiveBack.created_at,
    ).join(Mentor, Mentor.id == GiveBack.mentor_id)
    if touching:
        ids = in_list("ids")
        query = query.where(
            GiveBack.id.in_(ids) | GiveBack.mentor_id.in_(ids) | GiveBack.meeting_id.in_(ids)
        )
    if one_mentor:
        query = query.where(GiveBack.mentor_id == bindparam("mentor_id"))
    return FastSelect(query.order_by(GiveBack.created_at.desc()))


_IDEAS = {(t, m): _ideas(t, m) for t in (False, True) for m in (False, True)}


def rows(
    session: Session, touching: Collection[str] | None = None, *, mentor_id: str | None = None
) -> list[GiveBackState]:
    """Give-back ideas for lists, newest first; with ``touching``, only those whose id,
    mentor or meeting is one of those ids; with ``mentor_id``, only that mentor's."""
    some = touching is not None and len(touching) <= IN_LIMIT
    found = _IDEAS[some, mentor_id is not None].rows(
        session, ids=list(touching or ()), mentor_id=mentor_id
    )
    return [
        GiveBackState(
            id=i,
            data=GiveBackData(mid, idea, kind, status, plan, done, note),
            mentor_name=name,
            meeting_id=meeting,
            created_at=created,
        )
        for i, mid, name, meeting, idea, kind, status, plan, done, note, created in found
    ]


def get(session: Session, item_id: str) -> GiveBackState:
    """One idea (GiveBackNotFoundError if it is gone)."""
    found = [row for row in rows(session, [item_id]) if row.id == item_id]
    if not found:
        raise GiveBackNotFoundError(item_id)
    return found[0]


# -- the balance ----------------------------------------------------------------------------
@dataclass(frozen=True)
class Balance:
    """What I gave back to one mentor against what they gave me (meetings)."""

    mentor_id: str
    mentor_name: str
    mentor_status: str
    last_gave: date | None  # the last done give-back
    days_since: int | None
    meetings_since: int  # held meetings after the last give-back (all of them if none)
    done: int
    waiting: int  # ideas and plans not done yet

    def needs_nudge(self, meetings: int, days: int) -> bool:
        """Several meetings and no give-back for a long time (thresholds from Preferences)."""
        if self.meetings_since < meetings:
            return False
        return self.days_since is None or self.days_since >= days


_MENTORS = select(Mentor.id, Mentor.name, Mentor.status).where(Mentor.status.not_in(PROSPECTIVE))
_GAVE = select(
    GiveBack.mentor_id,
    func.max(GiveBack.done_on),
    func.sum(GiveBack.status == GiveBackStatus.DONE, type_=Integer),
    func.sum(GiveBack.status != GiveBackStatus.DONE, type_=Integer),
).group_by(GiveBack.mentor_id)
# In the order of the meeting index of migration 0004 (no table row is read).
_HELD = (
    select(Meeting.mentor_id, Meeting.scheduled_start)
    .where(Meeting.status == MeetingStatus.HELD)
    .order_by(Meeting.status, Meeting.mentor_id, Meeting.scheduled_start)
)
_mentor_ids = in_list("mentor_ids")
_EVERY = (
    FastSelect(_MENTORS.order_by(Mentor.name)),
    FastSelect(_GAVE),
    FastSelect(_HELD),
)
_OF_MENTORS = (
    FastSelect(_MENTORS.where(Mentor.id.in_(_mentor_ids)).order_by(Mentor.name)),
    FastSelect(_GAVE.where(GiveBack.mentor_id.in_(_mentor_ids))),
    FastSelect(_HELD.where(Meeting.mentor_id.in_(_mentor_ids))),
)


def balances(
    session: Session,
    today: date,
    zone: tzinfo | None = None,
    mentor_ids: Collection[str] | None = None,
) -> list[Balance]:
    """The balance of every mentor (or of ``mentor_ids``) who is not a prospect, by name."""
    if mentor_ids is not None and len(mentor_ids) <= IN_LIMIT:
        reads, values = _OF_MENTORS, {"mentor_ids": list(mentor_ids)}
    else:
        reads, values = _EVERY, {}
    mentors = reads[0].rows(session, **values)
    gave: dict[str, tuple[date | None, int, int]] = {
        mentor_id: (last, done or 0, waiting or 0)
        for mentor_id, last, done, waiting in reads[1].rows(session, **values)
    }
    held: dict[str, list[date]] = {}
    for mentor_id, start in reads[2].rows(session, **values):
        held.setdefault(mentor_id, []).append(local_day(start, zone))
    found = []
    for mentor_id, name, status in mentors:
        last, done, waiting = gave.get(mentor_id, (None, 0, 0))
        days = held.get(mentor_id, [])
        since = sum(1 for day in days if last is None or day > last)
        found.append(
            Balance(
                mentor_id=mentor_id,
                mentor_name=name,
                mentor_status=status,
                last_gave=last,
                days_since=(today - last).days if last is not None else None,
                meetings_since=since,
                done=done,
                waiting=waiting,
            )
        )
    return found


def balance(session: Session, mentor_id: str, today: date, zone: tzinfo | None = None) -> Balance:
    """One mentor's balance (a prospect's too: nothing given, nothing met)."""
    found = balances(session, today, zone, [mentor_id])
    if found:
        return found[0]
    mentor = session.get(Mentor, mentor_id)
    return Balance(
        mentor_id,
        mentor.name if mentor else "",
        mentor.status if mentor else "",
        None,
        None,
        0,
        0,
        0,
    )
