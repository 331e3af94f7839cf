"""mentors, tags and status history

Revision ID: 0001
Revises: (none)
Create Date: 2026-11-25 22:44:58.642699
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision: str = "0001"
down_revision: str | None = None
branch_labels: str | None = None
depends_on: str | None = None


def upgrade() -> None:
    op.create_table(
        "mentor",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("role", sa.String(length=200), nullable=False),
        sa.Column("organisation", sa.String(length=200), nullable=False),
        sa.Column("affiliation", sa.String(length=16), nullable=False),
        sa.Column("where_found", sa.String(length=32), nullable=False),
        sa.Column("where_found_detail", sa.String(length=300), nullable=False),
        sa.Column("fit_notes", sa.Text(), nullable=False),
        sa.Column("email", sa.String(length=320), nullable=False),
        sa.Column("phone", sa.String(length=40), nullable=False),
        sa.Column("profile_url", sa.String(length=2000), nullable=False),
        sa.Column("preferred_channel", sa.String(length=16), nullable=False),
        sa.Column("time_zone", sa.String(length=64), nullable=False),
        sa.Column("status", sa.String(length=16), nullable=False),
        sa.Column("status_changed_at", sa.String(length=32), nullable=False),
        sa.Column("notes", sa.Text(), nullable=False),
        sa.Column("is_sample", sa.Boolean(), nullable=False),
        sa.Column("created_at", sa.String(length=32), nullable=False),
        sa.Column("updated_at", sa.String(length=32), nullable=False),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("mentor", schema=None) as batch_op:
        batch_op.create_index("ix_mentor_status", ["status"], unique=False)

    op.create_table(
        "tag",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("name", sa.String(length=80, collation="NOCASE"), nullable=False),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("name"),
    )
    op.create_table(
        "mentor_status_change",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("mentor_id", sa.String(length=36), nullable=False),
        sa.Column("from_status", sa.String(length=16), nullable=True),
        sa.Column("to_status", sa.String(length=16), nullable=False),
        sa.Column("changed_at", sa.String(length=32), nullable=False),
        sa.ForeignKeyConstraint(["mentor_id"], ["mentor.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("mentor_status_change", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_mentor_status_change_mentor_id"), ["mentor_id"], unique=False
        )

    op.create_table(
        "mentor_tag",
        sa.Column("mentor_id", sa.String(length=36), nullable=False),
        sa.Column("tag_id", sa.String(length=36), nullable=False),
        sa.ForeignKeyConstraint(["mentor_id"], ["mentor.id"], ondelete="CASCADE"),
        sa.ForeignKeyConstraint(["tag_id"], ["tag.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("mentor_id", "tag_id"),
    )
    with op.batch_alter_table("mentor_tag", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_mentor_tag_tag_id"), ["tag_id"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("mentor_tag", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_mentor_tag_tag_id"))

    op.drop_table("mentor_tag")
    with op.batch_alter_table("mentor_status_change", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_mentor_status_change_mentor_id"))

    op.drop_table("mentor_status_change")
    op.drop_table("tag")
    with op.batch_alter_table("mentor", schema=None) as batch_op:
        batch_op.drop_index("ix_mentor_status")

    op.drop_table("mentor")
