"""Between meetings: topics waiting for the next meeting, and touches (an email, a
message, a call or a corridor chat with a mentor)."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import Boolean, Date, ForeignKey, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from mentordesk.db.choices import TopicStatus, TouchKind
from mentordesk.db.models.base import Base
from mentordesk.db.types import UTCDateTime, new_id, utc_now


class Topic(Base):
    """A topic to bring up with a mentor: it stays in their inbox until discussed or
    dropped. A private topic never appears in anything copied or sent."""

    __tablename__ = "topic"

    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=new_id)
    mentor_id: Mapped[str] = mapped_column(
        String(36), ForeignKey("mentor.id", ondelete="CASCADE"), index=True
    )
    # The meeting it was discussed in, once it was.
    meeting_id: Mapped[str | None] = mapped_column(
        String(36), ForeignKey("meeting.id", ondelete="SET NULL"), nullable=True, index=True
    )
    text: Mapped[str] = mapped_column(Text)
    private: Mapped[bool] = mapped_column(Boolean, default=False)
    status: Mapped[str] = mapped_column(String(16), default=TopicStatus.OPEN.value)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utc_now)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utc_now)


class Touch(Base):
    """A contact with a mentor outside a meeting, on a day, in one line."""

    __tablename__ = "touch"

    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=new_id)
    mentor_id: Mapped[str] = mapped_column(
        String(36), ForeignKey("mentor.id", ondelete="CASCADE"), index=True
    )
    kind: Mapped[str] = mapped_column(String(16), default=TouchKind.EMAIL.value)
    day: Mapped[date] = mapped_column(Date)
    note: Mapped[str] = mapped_column(Text, default="")
    created_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utc_now)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utc_now)
