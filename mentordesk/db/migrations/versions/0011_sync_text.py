"""note bodies as Yjs documents: every raw update kept per note field, and the
updates an outbox row carries

Revision ID: 0011_sync_text
Revises: 0010_sync
Create Date: 2026-12-07 06:30:00

Frozen like every migration: nothing is imported from the package. ``sync_text`` keeps,
per note field (table, row key, field), every raw Yjs update this laptop made or
received, in arrival order, with the state vector it was made on (``needs``: it joins
the document once that is here), until a verified compaction replaces them by one state
update (``kind`` 'state'). ``sync_outbox.texts`` holds the updates a change carries
(JSON: field -> list of base64 pairs), written when the batch is made, so a batch
written again (``sync.heal``) has the same bytes. Both are local: no trigger, never
synced as rows.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision: str = "0011_sync_text"
down_revision: str | None = "0010_sync"
branch_labels: str | None = None
depends_on: str | None = None


def upgrade() -> None:
    op.create_table(
        "sync_text",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("tbl", sa.Text(), nullable=False),
        sa.Column("row_key", sa.Text(), nullable=False),
        sa.Column("field", sa.Text(), nullable=False),
        sa.Column("kind", sa.String(length=8), nullable=False, server_default="update"),
        sa.Column("data", sa.LargeBinary(), nullable=False),
        sa.Column("needs", sa.LargeBinary(), nullable=False),
        sa.PrimaryKeyConstraint("id"),
        sqlite_autoincrement=True,
    )
    op.create_index("ix_sync_text_field", "sync_text", ["tbl", "row_key", "field"])
    op.add_column("sync_outbox", sa.Column("texts", sa.Text(), nullable=True))


def downgrade() -> None:
    # Not a batch (copy and rename) table: the outbox's triggers (0010) name
    # sync_outbox, and SQLite refuses the rename while they do. DROP COLUMN
    # (SQLite 3.35) removes the column in place; no trigger reads it.
    op.execute("ALTER TABLE sync_outbox DROP COLUMN texts")
    op.drop_index("ix_sync_text_field", table_name="sync_text")
    op.drop_table("sync_text")
