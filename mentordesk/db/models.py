"""The tables, as typed SQLAlchemy models.

Every user-data row has an app-made UUID primary key (see DESIGN.md).
"""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import Boolean, Date, ForeignKey, Index, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship

from mentordesk.db.choices import (
    ActionStatus,
    Affiliation,
    AgreementStatus,
    Channel,
    MeetingFormat,
    MeetingStatus,
    MentorStatus,
    WhereFound,
)
from mentordesk.db.types import UTCDateTime, new_id, utc_now


class Base(DeclarativeBase):
    """The declarative base of every MentorDesk table."""


class MentorTag(Base):
    """The link between a mentor and one of its expertise tags."""

    __tablename__ = "mentor_tag"

    mentor_id: Mapped[str] = mapped_column(
        String(36),
        ForeignKey("mentor.id", ondelete="CASCADE"),
        primary_key=True,
        info={"part": True},
    )
    tag_id: Mapped[str] = mapped_column(
        String(36), ForeignKey("tag.id", ondelete="CASCADE"), primary_key=True, index=True
    )


class Tag(Base):
    """An expertise tag such as "leadership" or "public speaking"."""

    __tablename__ = "tag"
    # Shared between mentors (services/records.py): kept while any mentor uses it.
    __table_args__ = ({"info": {"shared": True}},)

    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=new_id)
    # Unique regardless of case: "Leadership" and "leadership" are one tag.
    name: Mapped[str] = mapped_column(String(80, collation="NOCASE"), unique=True)


class Mentor(Base):
    """A person who mentors me, or whom I might ask (a prospect)."""

    __tablename__ = "mentor"

    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=new_id)
    name: Mapped[str] = mapped_column(String(200))
    role: Mapped[str] = mapped_column(String(200), default="")
    organisation: Mapped[str] = mapped_column(String(200), default="")
    affiliation: Mapped[str] = mapped_column(String(16), default=Affiliation.EXTERNAL.value)
    where_found: Mapped[str] = mapped_column(String(32), default=WhereFound.OTHER.value)
    where_found_detail: Mapped[str] = mapped_column(String(300), default="")
    fit_notes: Mapped[str] = mapped_column(Text, default="")
    email: Mapped[str] = mapped_column(String(320), default="")
    phone: Mapped[str] = mapped_column(String(40), default="")
    profile_url: Mapped[str] = mapped_column(String(2000), default="")
    preferred_channel: Mapped[str] = mapped_column(String(16), default=Channel.EMAIL.value)
    time_zone: Mapped[str] = mapped_column(String(64), default="")
    status: Mapped[str] = mapped_column(String(16), default=MentorStatus.PROSPECT.value)
    status_changed_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utc_now)
    notes: Mapped[str] = mapped_column(Text, default="")
    is_sample: Mapped[bool] = mapped_column(Boolean, default=False)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utc_now)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utc_now)
    # How often to meet when no agreed agreement says so (services/cadence.py).
    cadence_every: Mapped[int | None] = mapped_column(Integer, nullable=True)
    cadence_unit: Mapped[str | None] = mapped_column(String(8), nullable=True)

    tags: Mapped[list[Tag]] = relationship(
        secondary="mentor_tag", order_by="Tag.name", lazy="selectin"
    )
    status_changes: Mapped[list[MentorStatusChange]] = relationship(
        back_populates="mentor",
        cascade="all, delete-orphan",
        passive_deletes=True,
        order_by="MentorStatusChange.changed_at",
    )

    __table_args__ = (Index("ix_mentor_status", "status"),)

    @property
    def tag_names(self) -> list[str]:
        return [tag.name for tag in self.tags]


class MentorStatusChange(Base):
    """One change of a mentor's status, with when it happened."""

    __tablename__ = "mentor_status_change"

    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=new_id)
    mentor_id: Mapped[str] = mapped_column(
        String(36), ForeignKey("mentor.id", ondelete="CASCADE"), index=True, info={"part": True}
    )
    from_status: Mapped[str | None] = mapped_column(String(16), nullable=True)
    to_status: Mapped[str] = mapped_column(String(16))
    changed_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utc_now)

    mentor: Mapped[Mentor] = relationship(back_populates="status_changes")


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
    carried_from_id: Mapped[str | None] = mapped_column(String(36), nullable=True)

    meeting: Mapped[Meeting] = relationship(back_populates="agenda")


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
    created_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utc_now)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utc_now)

    mentor: Mapped[Mentor] = relationship(lazy="joined")


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


class Agreement(Base):
    """The expectations agreed with a mentor; its terms live in its versions."""

    __tablename__ = "agreement"

    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=new_id)
    # One agreement per mentor: a new understanding is a new version of it.
    mentor_id: Mapped[str] = mapped_column(
        String(36), ForeignKey("mentor.id", ondelete="CASCADE"), unique=True
    )
    created_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utc_now)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utc_now)

    versions: Mapped[list[AgreementVersion]] = relationship(
        back_populates="agreement",
        cascade="all, delete-orphan",
        passive_deletes=True,
        order_by="AgreementVersion.number",
    )


class AgreementVersion(Base):
    """One version of an agreement's terms. Once agreed, its terms never change:
    editing them makes the next version (services/agreements.py)."""

    __tablename__ = "agreement_version"
    __table_args__ = (UniqueConstraint("agreement_id", "number"),)

    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=new_id)
    agreement_id: Mapped[str] = mapped_column(
        String(36), ForeignKey("agreement.id", ondelete="CASCADE"), index=True, info={"part": True}
    )
    number: Mapped[int] = mapped_column(Integer, default=1)
    status: Mapped[str] = mapped_column(String(16), default=AgreementStatus.DRAFT.value)
    goals: Mapped[str] = mapped_column(Text, default="")
    frequency_every: Mapped[int | None] = mapped_column(Integer, nullable=True)
    frequency_unit: Mapped[str | None] = mapped_column(String(8), nullable=True)
    duration_minutes: Mapped[int | None] = mapped_column(Integer, nullable=True)
    format: Mapped[str] = mapped_column(String(16), default=MeetingFormat.VIDEO.value)
    link: Mapped[str] = mapped_column(String(2000), default="")
    topics: Mapped[str] = mapped_column(Text, default="")
    my_commitments: Mapped[str] = mapped_column(Text, default="")
    mentor_commitments: Mapped[str] = mapped_column(Text, default="")
    confidentiality: Mapped[str] = mapped_column(Text, default="")
    boundaries: Mapped[str] = mapped_column(Text, default="")
    start_date: Mapped[date | None] = mapped_column(Date, nullable=True)
    review_date: Mapped[date | None] = mapped_column(Date, nullable=True)
    end_date: Mapped[date | None] = mapped_column(Date, nullable=True)
    agreed_on: Mapped[date | None] = mapped_column(Date, nullable=True)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utc_now)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utc_now)

    agreement: Mapped[Agreement] = relationship(back_populates="versions")


# Goals, give-back ideas, outreach steps and closure reviews live in their own module;
# importing it here puts their tables in ``Base.metadata`` wherever the models are loaded.
from mentordesk.db import goal_models as goal_models  # noqa: E402
