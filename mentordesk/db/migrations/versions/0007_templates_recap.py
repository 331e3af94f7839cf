"""meeting templates, the recap of a meeting, and what the calendar export last said
of each meeting

Revision ID: 0007_templates_recap
Revises: 0006_between_meetings
Create Date: 2026-12-06 23:54:09.587286

Frozen like every migration: nothing is imported from the package. Only new tables,
so no existing table is rebuilt and the search triggers stay. The shipped meeting
templates stay files (``resources/meeting_templates``): a row exists only once the
person edits, copies or imports one. ``calendar_event`` has no foreign key on purpose
(a meeting deleted and brought back keeps its SEQUENCE); it starts from the SEQUENCE
the earlier export computed for each planned or cancelled meeting, so a calendar
holding those events never sees it go down.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision: str = "0007_templates_recap"
down_revision: str | None = "0006_between_meetings"
branch_labels: str | None = None
depends_on: str | None = None


def upgrade() -> None:
    op.create_table(
        "calendar_event",
        sa.Column("meeting_id", sa.String(length=36), nullable=False),
        sa.Column("sequence", sa.Integer(), nullable=False),
        sa.Column("fingerprint", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("meeting_id"),
    )
    op.create_table(
        "meeting_template",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("description", sa.Text(), nullable=False),
        sa.Column("purpose", sa.String(length=24), nullable=False),
        sa.Column("shipped_key", sa.String(length=64), nullable=True),
        sa.Column("sections", sa.Text(), nullable=False),
        sa.Column("questions", sa.Text(), nullable=False),
        sa.Column("created_at", sa.String(length=32), nullable=False),
        sa.Column("updated_at", sa.String(length=32), nullable=False),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("shipped_key"),
    )
    op.create_table(
        "meeting_recap",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("meeting_id", sa.String(length=36), nullable=False),
        sa.Column("body", sa.Text(), nullable=False),
        sa.Column("sent_at", sa.String(length=32), nullable=True),
        sa.Column("sent_how", sa.String(length=16), nullable=True),
        sa.Column("created_at", sa.String(length=32), nullable=False),
        sa.Column("updated_at", sa.String(length=32), nullable=False),
        sa.ForeignKeyConstraint(["meeting_id"], ["meeting.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("meeting_id"),
    )
    # Calendars may hold these events with the SEQUENCE the earlier export gave them
    # (seconds between the first save and the last): start from there, with no
    # fingerprint, so the next export raises it by one and never goes below.
    op.execute(
        "INSERT INTO calendar_event (meeting_id, sequence, fingerprint)"
        " SELECT id, max(0, CAST(round((julianday(updated_at) - julianday(created_at))"
        " * 86400) AS INTEGER)), '' FROM meeting WHERE status IN ('planned', 'cancelled')"
    )


def downgrade() -> None:
    op.drop_table("meeting_recap")
    op.drop_table("meeting_template")
    op.drop_table("calendar_event")
