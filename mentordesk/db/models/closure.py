"""The closure review of an ended mentorship and the goals it served."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import Date, ForeignKey, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from mentordesk.db.models.base import Base
from mentordesk.db.types import UTCDateTime, new_id, utc_now


class Closure(Base):
    """How a mentorship ended: what I learned and the thank-you note (one per mentor)."""

    __tablename__ = "closure"

    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=new_id)
    mentor_id: Mapped[str] = mapped_column(
        String(36), ForeignKey("mentor.id", ondelete="CASCADE"), unique=True
    )
    ended_on: Mapped[date] = mapped_column(Date)
    learned: Mapped[str] = mapped_column(Text, default="")
    thank_you: Mapped[str] = mapped_column(Text, default="")
    created_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utc_now)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utc_now)


class ClosureGoal(Base):
    """A goal that an ended mentorship served (part of its closure review)."""

    __tablename__ = "closure_goal"

    closure_id: Mapped[str] = mapped_column(
        String(36),
        ForeignKey("closure.id", ondelete="CASCADE"),
        primary_key=True,
        info={"part": True},
    )
    goal_id: Mapped[str] = mapped_column(
        String(36), ForeignKey("goal.id", ondelete="CASCADE"), primary_key=True, index=True
    )
