"""Attachments: a file copied into the data folder (``attachments/<sha256>``) or a link,
on a mentor, a meeting, an agreement or a goal (exactly one of them)."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import CheckConstraint, ForeignKey, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from mentordesk.db.choices import AttachmentKind
from mentordesk.db.models.base import Base
from mentordesk.db.types import UTCDateTime, new_id, utc_now


def _owner(table: str) -> Mapped[str | None]:
    return mapped_column(
        String(36),
        ForeignKey(f"{table}.id", ondelete="CASCADE"),
        nullable=True,
        index=True,
        info={"part": True},
    )


class Attachment(Base):
    """One file or link. A file's bytes live once per content, named by their hash; the
    row says what the person calls it. Several rows may share one file."""

    __tablename__ = "attachment"
    __table_args__ = (
        CheckConstraint(
            "(mentor_id IS NOT NULL) + (meeting_id IS NOT NULL) + (agreement_id IS NOT NULL)"
            " + (goal_id IS NOT NULL) = 1",
            name="ck_attachment_one_owner",
        ),
    )

    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=new_id)
    mentor_id: Mapped[str | None] = _owner("mentor")
    meeting_id: Mapped[str | None] = _owner("meeting")
    agreement_id: Mapped[str | None] = _owner("agreement")
    goal_id: Mapped[str | None] = _owner("goal")
    kind: Mapped[str] = mapped_column(String(8), default=AttachmentKind.FILE.value)
    title: Mapped[str] = mapped_column(String(300))
    # A file: the name it had when attached, its SHA-256 (its name in attachments/), its size.
    file_name: Mapped[str] = mapped_column(String(255), default="")
    sha256: Mapped[str | None] = mapped_column(String(64), nullable=True, index=True)
    size: Mapped[int | None] = mapped_column(Integer, nullable=True)
    # A link: where it points.
    url: Mapped[str] = mapped_column(Text, default="")
    created_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utc_now)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utc_now)
