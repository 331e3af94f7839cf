"""Advice to act on, taken from a meeting or given by mail."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import Boolean, Date, ForeignKey, String, Text, false
from sqlalchemy.orm import Mapped, mapped_column, relationship

from mentordesk.db.choices import ActionStatus
from mentordesk.db.models.base import Base
from mentordesk.db.models.mentors import Mentor
from mentordesk.db.types import UTCDateTime, new_id, utc_now


class ActionItem(Base):
    """Advice to act on: what, for which mentor, by when, and how it turned out."""

    __tablename__ = "action_item"

    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=new_id)
    mentor_id: Mapped[str] = mapped_column(
        String(36), ForeignKey("mentor.id", ondelete="CASCADE"), index=True
    )
    meeting_id: Mapped[str | None] = mapped_column(
        String(36), ForeignKey("meeting.id", ondelete="SET NULL"), nullable=True, index=True
    )
    text: Mapped[str] = mapped_column(Text)
    due_date: Mapped[date | None] = mapped_column(Date, nullable=True)
    status: Mapped[str] = mapped_column(String(16), default=ActionStatus.OPEN.value, index=True)
    done_on: Mapped[date | None] = mapped_column(Date, nullable=True)
    outcome: Mapped[str] = mapped_column(Text, default="")
    report_back: Mapped[bool] = mapped_column(Boolean, default=False)
    reported_on: Mapped[date | None] = mapped_column(Date, nullable=True)
    private: Mapped[bool] = mapped_column(Boolean, default=False, server_default=false())
    created_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utc_now)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utc_now)

    mentor: Mapped[Mentor] = relationship(lazy="joined")
