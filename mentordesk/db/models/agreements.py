"""The expectations agreed with a mentor, one version per understanding."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import Date, ForeignKey, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from mentordesk.db.choices import AgreementStatus, MeetingFormat, TouchRule
from mentordesk.db.models.base import Base
from mentordesk.db.types import UTCDateTime, new_id, utc_now


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
    # Points on every plan ("every time: progress on goal X"), one a line.
    recurring_points: Mapped[str] = mapped_column(Text, default="", server_default="")
    # Whether touches count toward the cadence (a TouchRule value).
    touches_count: Mapped[str] = mapped_column(
        String(16), default=TouchRule.OVERDUE.value, server_default=TouchRule.OVERDUE.value
    )
    created_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utc_now)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utc_now)

    agreement: Mapped[Agreement] = relationship(back_populates="versions")
