"""The outreach steps of asking someone to mentor me."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import Date, ForeignKey, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from mentordesk.db.choices import OutreachKind
from mentordesk.db.models.base import Base
from mentordesk.db.types import UTCDateTime, new_id, utc_now


class OutreachStep(Base):
    """One step of reaching out to a prospect, with the day to follow up if no answer."""

    __tablename__ = "outreach_step"

    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=new_id)
    mentor_id: Mapped[str] = mapped_column(
        String(36), ForeignKey("mentor.id", ondelete="CASCADE"), index=True
    )
    kind: Mapped[str] = mapped_column(String(16), default=OutreachKind.ASKED.value)
    day: Mapped[date] = mapped_column(Date)
    note: Mapped[str] = mapped_column(Text, default="")
    follow_up_on: Mapped[date | None] = mapped_column(Date, nullable=True)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utc_now)
