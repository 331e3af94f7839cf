"""Ideas for giving back to a mentor: mentorship is a two-way street."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import Date, ForeignKey, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from mentordesk.db.choices import GiveBackKind, GiveBackStatus
from mentordesk.db.models.base import Base
from mentordesk.db.types import UTCDateTime, new_id, utc_now


class GiveBack(Base):
    """An idea for giving back to a mentor: mentorship is a two-way street."""

    __tablename__ = "give_back"

    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=new_id)
    mentor_id: Mapped[str] = mapped_column(
        String(36), ForeignKey("mentor.id", ondelete="CASCADE"), index=True
    )
    # The meeting it was thought of in (meeting mode's capture), if any.
    meeting_id: Mapped[str | None] = mapped_column(
        String(36), ForeignKey("meeting.id", ondelete="SET NULL"), nullable=True, index=True
    )
    idea: Mapped[str] = mapped_column(Text)
    kind: Mapped[str] = mapped_column(String(24), default=GiveBackKind.OTHER.value)
    status: Mapped[str] = mapped_column(String(16), default=GiveBackStatus.IDEA.value)
    planned_on: Mapped[date | None] = mapped_column(Date, nullable=True)
    done_on: Mapped[date | None] = mapped_column(Date, nullable=True)
    note: Mapped[str] = mapped_column(Text, default="")
    created_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utc_now)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utc_now)
