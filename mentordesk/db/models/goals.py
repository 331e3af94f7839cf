"""My career goals, their progress updates and their links to mentors and action
items. Links are parts of the goal (``services/records.py``): deleting a goal removes
its links, never the mentors or action items, and undo puts them back.
"""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import Boolean, Date, ForeignKey, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from mentordesk.db.choices import GoalStatus, ProgressMode
from mentordesk.db.models.base import Base
from mentordesk.db.types import UTCDateTime, new_id, utc_now


class Goal(Base):
    """A career goal of mine, with the mentors and the advice that serve it."""

    __tablename__ = "goal"

    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=new_id)
    title: Mapped[str] = mapped_column(String(200))
    why: Mapped[str] = mapped_column(Text, default="")
    success_criteria: Mapped[str] = mapped_column(Text, default="")
    target_date: Mapped[date | None] = mapped_column(Date, nullable=True)
    status: Mapped[str] = mapped_column(String(16), default=GoalStatus.ACTIVE.value, index=True)
    progress: Mapped[int] = mapped_column(Integer, default=0)  # 0-100, when set by hand
    progress_mode: Mapped[str] = mapped_column(String(16), default=ProgressMode.MANUAL.value)
    is_sample: Mapped[bool] = mapped_column(Boolean, default=False)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utc_now)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utc_now)


class GoalProgress(Base):
    """One progress update of a goal set by hand: the day, the value, a comment."""

    __tablename__ = "goal_progress"

    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=new_id)
    goal_id: Mapped[str] = mapped_column(
        String(36), ForeignKey("goal.id", ondelete="CASCADE"), index=True, info={"part": True}
    )
    day: Mapped[date] = mapped_column(Date)
    progress: Mapped[int] = mapped_column(Integer)
    comment: Mapped[str] = mapped_column(Text, default="")
    created_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utc_now)


class GoalMentor(Base):
    """A mentor who helps with a goal (part of the goal: deleting the goal removes the
    link, never the mentor; deleting the mentor removes the link too)."""

    __tablename__ = "goal_mentor"

    goal_id: Mapped[str] = mapped_column(
        String(36), ForeignKey("goal.id", ondelete="CASCADE"), primary_key=True, info={"part": True}
    )
    mentor_id: Mapped[str] = mapped_column(
        String(36), ForeignKey("mentor.id", ondelete="CASCADE"), primary_key=True, index=True
    )


class GoalActionItem(Base):
    """An action item that works toward a goal (part of the goal, like ``GoalMentor``)."""

    __tablename__ = "goal_action_item"

    goal_id: Mapped[str] = mapped_column(
        String(36), ForeignKey("goal.id", ondelete="CASCADE"), primary_key=True, info={"part": True}
    )
    action_item_id: Mapped[str] = mapped_column(
        String(36), ForeignKey("action_item.id", ondelete="CASCADE"), primary_key=True, index=True
    )
