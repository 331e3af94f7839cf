"""A topic inbox per mentor: drop a topic any day, bring it to the next meeting.

A topic stays in the inbox until it is discussed or dropped, never silently lost:

- planning a meeting with a topic ticked links it to that meeting; a topic that is
  not private also becomes an agenda point (a private one is shown only on screen,
  in the brief);
- it counts as discussed once marked so, or once its agenda point was ticked in the
  held meeting; a meeting cancelled, deleted or held without it sends it back;
- a private topic never appears in anything copied or sent (export, Markdown, CSV,
  the calendar, the copied brief): ``shareable`` says which ones may.

Qt-free; the clock is passed in.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from mentordesk.db.choices import MeetingStatus, TopicStatus
from mentordesk.db.models import AgendaItem, Meeting, Mentor, Topic
from mentordesk.db.types import new_id
from mentordesk.services import meetings
from mentordesk.services.errors import FieldValidationError, NotFoundError
from mentordesk.services.kinds import Kind
from mentordesk.services.meeting_queries import MeetingRow
from mentordesk.services.meetings import MeetingPlan
from mentordesk.services.records import found
from mentordesk.services.words import translate

TEXT_MAX = 2000


class TopicNotFoundError(NotFoundError):
    """The topic is gone."""

    kind = Kind.TOPIC


class TopicValidationError(FieldValidationError):
    """A topic field is invalid; nothing was saved."""


class UnknownMentorError(LookupError):
    """No mentor, or more than one, answers to a name (``candidates``: the near ones)."""

    def __init__(self, name: str, candidates: tuple[str, ...] = ()) -> None:
        super().__init__(name)
        self.name = name
        self.candidates = candidates


def unknown_mentor_text(error: UnknownMentorError) -> str:
    """Why a name named no mentor, in words (the command line and the open app say it)."""
    if not error.candidates:
        return f"No mentor is called “{error.name}”."
    names = ", ".join(error.candidates[:8])
    return f"“{error.name}” could be several mentors: {names}. Give the whole name."


@dataclass(frozen=True)
class TopicRow:
    """A topic as the inbox shows it."""

    id: str
    mentor_id: str
    mentor_name: str
    text: str
    private: bool
    status: str  # a TopicStatus value: discussed also when its agenda point was ticked
    meeting_id: str | None  # the meeting it is on (planned) or was discussed in
    meeting_start: datetime | None
    planned: bool  # on the plan of a meeting still to be held
    created_at: datetime

    @property
    def waiting(self) -> bool:
        """In the inbox, to be offered for the next meeting."""
        return self.status == TopicStatus.OPEN and not self.planned


def cleaned(text: str) -> str:
    return " ".join(text.split())


def _validated(text: str) -> str:
    text = cleaned(text)
    if not text:
        raise TopicValidationError(
            {"text": translate("services", "Write the topic: what do you want to bring up?")}
        )
    if len(text) > TEXT_MAX:
        too_long = translate("services", "Keep a topic under {most} characters.")
        raise TopicValidationError({"text": too_long.format(most=TEXT_MAX)})
    return text


def find_mentor(session: Session, name: str) -> tuple[str, str]:
    """The id and name of the mentor called ``name``: the same name whatever the case,
    else the only one whose name contains it (UnknownMentorError otherwise)."""
    wanted = cleaned(name).casefold()
    rows = [(str(i), str(n)) for i, n in session.execute(select(Mentor.id, Mentor.name))]
    exact = [row for row in rows if row[1].casefold() == wanted]
    if len(exact) == 1:
        return exact[0]
    near = exact or [row for row in rows if wanted and wanted in row[1].casefold()]
    if len(near) == 1:
        return near[0]
    raise UnknownMentorError(name, tuple(sorted(n for _, n in near)))


def add_topic(
    session: Session, mentor_id: str, text: str, *, private: bool = False, now: datetime
) -> TopicRow:
    """Drop a topic in ``mentor_id``'s inbox."""
    text = _validated(text)
    if session.get(Mentor, mentor_id) is None:
        raise TopicValidationError(
            {"mentor": translate("services", "This mentor was deleted meanwhile.")}
        )
    topic = Topic(
        id=new_id(),
        mentor_id=mentor_id,
        text=text,
        private=private,
        status=TopicStatus.OPEN.value,
        created_at=now,
        updated_at=now,
    )
    session.add(topic)
    session.flush()
    return _row(session, topic)


def _get(session: Session, topic_id: str) -> Topic:
    return found(session, Topic, topic_id, TopicNotFoundError)


def edit_topic(
    session: Session, topic_id: str, *, text: str, private: bool, now: datetime
) -> TopicRow:
    topic = _get(session, topic_id)
    topic.text = _validated(text)
    topic.private = private
    topic.updated_at = now
    session.flush()
    return _row(session, topic)


def set_status(session: Session, topic_id: str, status: str, *, now: datetime) -> TopicRow:
    """Mark a topic discussed, dropped, or back in the inbox (open, on no meeting)."""
    if status not in {s.value for s in TopicStatus}:
        raise TopicValidationError(
            {"status": translate("services", "Choose open, discussed or dropped.")}
        )
    topic = _get(session, topic_id)
    topic.status = status
    if status == TopicStatus.OPEN and _effective(session, topic)[0] != TopicStatus.OPEN:
        topic.meeting_id = None  # its agenda point was ticked: reopening unlinks it
    topic.updated_at = now
    session.flush()
    return _row(session, topic)


def delete_topic(session: Session, topic_id: str) -> None:
    session.delete(_get(session, topic_id))
    session.flush()


def _effective(session: Session, topic: Topic) -> tuple[str, bool, datetime | None]:
    """(status, planned, the meeting's start) with the meeting it is linked to read in."""
    meeting = session.get(Meeting, topic.meeting_id) if topic.meeting_id else None
    if meeting is None or topic.status != TopicStatus.OPEN:
        return topic.status, False, meeting.scheduled_start if meeting else None
    if meeting.status == MeetingStatus.PLANNED:
        return topic.status, True, meeting.scheduled_start
    if meeting.status == MeetingStatus.HELD and not topic.private:
        ticked = session.scalar(
            select(AgendaItem.id).where(
                AgendaItem.meeting_id == meeting.id,
                AgendaItem.text == topic.text,
                AgendaItem.done.is_(True),
            )
        )
        if ticked is not None:
            return TopicStatus.DISCUSSED.value, False, meeting.scheduled_start
    return topic.status, False, None  # held without it, or cancelled: back in the inbox


def _row(session: Session, topic: Topic) -> TopicRow:
    status, planned, start = _effective(session, topic)
    mentor = session.get(Mentor, topic.mentor_id)
    return TopicRow(
        id=topic.id,
        mentor_id=topic.mentor_id,
        mentor_name=mentor.name if mentor is not None else "",
        text=topic.text,
        private=topic.private,
        status=status,
        meeting_id=topic.meeting_id if (planned or status == TopicStatus.DISCUSSED) else None,
        meeting_start=start,
        planned=planned,
        created_at=topic.created_at,
    )


def topics_of(session: Session, mentor_id: str | None = None) -> list[TopicRow]:
    """Every topic (of one mentor, or all), oldest first."""
    query = select(Topic).order_by(Topic.created_at, Topic.id)
    if mentor_id is not None:
        query = query.where(Topic.mentor_id == mentor_id)
    return [_row(session, topic) for topic in session.scalars(query)]


def inbox(session: Session, mentor_id: str) -> list[TopicRow]:
    """The topics waiting for ``mentor_id``'s next meeting, oldest first."""
    return [row for row in topics_of(session, mentor_id) if row.waiting]


def on_meeting(session: Session, meeting_id: str) -> list[TopicRow]:
    """The topics put on a meeting's plan (private ones included: for the screen)."""
    query = select(Topic).where(Topic.meeting_id == meeting_id).order_by(Topic.created_at)
    return [_row(session, topic) for topic in session.scalars(query)]


def shareable(rows: list[TopicRow]) -> list[TopicRow]:
    """The topics that may appear in anything copied or sent: never a private one."""
    return [row for row in rows if not row.private]


def plan_with_topics(
    session: Session, plan: MeetingPlan, topic_ids: tuple[str, ...], *, now: datetime
) -> MeetingRow:
    """Plan a meeting bringing inbox topics along: each is linked to it, and one that is
    not private becomes an agenda point after the others."""
    chosen = [session.get(Topic, topic_id) for topic_id in topic_ids]
    texts = tuple(t.text for t in chosen if t is not None and not t.private)
    missing = [text for text in texts if text not in plan.agenda]
    row = meetings.plan_meeting(
        session,
        MeetingPlan(
            mentor_id=plan.mentor_id,
            scheduled_start=plan.scheduled_start,
            planned_minutes=plan.planned_minutes,
            format=plan.format,
            location=plan.location,
            agenda=(*plan.agenda, *missing),
            carried_agenda_ids=plan.carried_agenda_ids,
        ),
        now=now,
    )
    for topic in chosen:
        if topic is not None and topic.mentor_id == plan.mentor_id:
            topic.meeting_id = row.id
            topic.updated_at = now
    session.flush()
    return row
