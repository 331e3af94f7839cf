"""Meeting templates, the recap sent after a meeting, and what the calendar last
exported of each meeting (so SEQUENCE grows only when an event really changed)."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import ForeignKey, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from mentordesk.db.choices import TemplatePurpose
from mentordesk.db.models.base import Base
from mentordesk.db.types import UTCDateTime, new_id, utc_now


class MeetingTemplate(Base):
    """A meeting's shape: timed sections and a question bank.

    ``shipped_key`` names the shipped template (``resources/meeting_templates``) this
    row is the person's edited copy of; the copy stands in for it in every list.
    ``sections`` is JSON: ``[[minutes, title], ...]``; ``questions`` one per line.
    """

    __tablename__ = "meeting_template"

    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=new_id)
    name: Mapped[str] = mapped_column(String(200))
    description: Mapped[str] = mapped_column(Text, default="")
    purpose: Mapped[str] = mapped_column(String(24), default=TemplatePurpose.OTHER.value)
    shipped_key: Mapped[str | None] = mapped_column(String(64), nullable=True, unique=True)
    sections: Mapped[str] = mapped_column(Text, default="[]")
    questions: Mapped[str] = mapped_column(Text, default="")
    created_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utc_now)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utc_now)


class MeetingRecap(Base):
    """The recap written after a meeting, and when and how it was sent (a part of the
    meeting: undo and delete take it with the meeting)."""

    __tablename__ = "meeting_recap"

    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=new_id)
    meeting_id: Mapped[str] = mapped_column(
        String(36),
        ForeignKey("meeting.id", ondelete="CASCADE"),
        unique=True,
        info={"part": True},
    )
    body: Mapped[str] = mapped_column(Text, default="")
    sent_at: Mapped[datetime | None] = mapped_column(UTCDateTime(), nullable=True)
    sent_how: Mapped[str | None] = mapped_column(String(16), nullable=True)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utc_now)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utc_now)


class CalendarEvent(Base):
    """What the .ics export last said of a meeting: its time, place and title
    (``fingerprint``) and the SEQUENCE it carried.

    No foreign key on purpose: a meeting deleted and brought back by undo keeps its
    sequence, so a calendar never sees it go down.
    """

    __tablename__ = "calendar_event"

    meeting_id: Mapped[str] = mapped_column(String(36), primary_key=True)
    sequence: Mapped[int] = mapped_column(Integer, default=0)
    fingerprint: Mapped[str] = mapped_column(Text, default="")
