"""A meeting with its agenda points and the earlier versions of its notes."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import Boolean, ForeignKey, Index, Integer, String, Text, false
from sqlalchemy.orm import Mapped, mapped_column, relationship

from mentordesk.db.choices import MeetingFormat, MeetingStatus
from mentordesk.db.models.base import Base
from mentordesk.db.models.mentors import Mentor
from mentordesk.db.types import UTCDateTime, new_id, utc_now


class Meeting(Base):
    """One conversation with a mentor: planned, held or cancelled, with its notes."""

    __tablename__ = "meeting"

    # Cadence, the dashboard and reminders read meetings by status, mentor and time
    # without touching the notes (migration 0004): this index answers them alone.
    __table_args__ = (
        Index(
            "ix_meeting_status_mentor_start",
            "status",
            "mentor_id",
            "scheduled_start",
            "planned_minutes",
        ),
    )

    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=new_id)
    mentor_id: Mapped[str] = mapped_column(
        String(36), ForeignKey("mentor.id", ondelete="CASCADE"), index=True
    )
    scheduled_start: Mapped[datetime] = mapped_column(UTCDateTime(), index=True)
    status: Mapped[str] = mapped_column(String(16), default=MeetingStatus.PLANNED.value)
    planned_minutes: Mapped[int] = mapped_column(Integer, default=45)
    actual_minutes: Mapped[int | None] = mapped_column(Integer, nullable=True)
    format: Mapped[str] = mapped_column(String(16), default=MeetingFormat.VIDEO.value)
    location: Mapped[str] = mapped_column(String(2000), default="")
    notes: Mapped[str] = mapped_column(Text, default="")
    takeaways: Mapped[str] = mapped_column(Text, default="")
    # Private notes / takeaways stay on this laptop: never in anything copied, sent or
    # exported (services/private.py), hidden on screen while presenting.
    notes_private: Mapped[bool] = mapped_column(Boolean, default=False, server_default=false())
    takeaways_private: Mapped[bool] = mapped_column(Boolean, default=False, server_default=false())
    rating: Mapped[int | None] = mapped_column(Integer, nullable=True)
    started_at: Mapped[datetime | None] = mapped_column(UTCDateTime(), nullable=True)
    ended_at: Mapped[datetime | None] = mapped_column(UTCDateTime(), nullable=True)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utc_now)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utc_now)

    mentor: Mapped[Mentor] = relationship(lazy="joined")
    agenda: Mapped[list[AgendaItem]] = relationship(
        back_populates="meeting",
        cascade="all, delete-orphan",
        passive_deletes=True,
        order_by="AgendaItem.position",
    )


class AgendaItem(Base):
    """One point to raise in a meeting; ticked off when covered."""

    __tablename__ = "agenda_item"

    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=new_id)
    meeting_id: Mapped[str] = mapped_column(
        String(36), ForeignKey("meeting.id", ondelete="CASCADE"), index=True, info={"part": True}
    )
    position: Mapped[int] = mapped_column(Integer, default=0)
    text: Mapped[str] = mapped_column(Text, default="")
    done: Mapped[bool] = mapped_column(Boolean, default=False)
    private: Mapped[bool] = mapped_column(Boolean, default=False, server_default=false())
    carried_from_id: Mapped[str | None] = mapped_column(String(36), nullable=True)

    meeting: Mapped[Meeting] = relationship(back_populates="agenda")


class NoteSnapshot(Base):
    """An earlier version of a meeting's notes, kept for the history view."""

    __tablename__ = "note_snapshot"

    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=new_id)
    meeting_id: Mapped[str] = mapped_column(
        String(36), ForeignKey("meeting.id", ondelete="CASCADE"), index=True
    )
    taken_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utc_now)
    reason: Mapped[str] = mapped_column(String(32), default="periodic")
    notes: Mapped[str] = mapped_column(Text, default="")
