"""A mentor (or prospect), their expertise tags and the history of their status.

Every user-data row has an app-made UUID primary key (README: Your data).
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import Boolean, ForeignKey, Index, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from mentordesk.db.choices import Affiliation, Channel, MentorStatus, WhereFound
from mentordesk.db.models.base import Base
from mentordesk.db.types import UTCDateTime, new_id, utc_now


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
