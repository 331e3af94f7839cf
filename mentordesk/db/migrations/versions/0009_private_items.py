"""private agenda points, action items, meeting notes and takeaways

Revision ID: 0009_private_items
Revises: 0008_attachments
Create Date: 2026-12-07 03:20:00.000000

Frozen like every migration: nothing is imported from the package. Columns are added
with ``ALTER TABLE ... ADD COLUMN`` (no table is rebuilt, so the search triggers of
0003 stay); every existing row starts not private.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision: str = "0009_private_items"
down_revision: str | None = "0008_attachments"
branch_labels: str | None = None
depends_on: str | None = None

_COLUMNS = (
    ("agenda_item", "private"),
    ("action_item", "private"),
    ("meeting", "notes_private"),
    ("meeting", "takeaways_private"),
)


def upgrade() -> None:
    for table, column in _COLUMNS:
        op.add_column(
            table, sa.Column(column, sa.Boolean(), server_default=sa.false(), nullable=False)
        )


def downgrade() -> None:
    # SQLite's own DROP COLUMN (3.35+): no table is rebuilt, the search triggers stay.
    for table, column in reversed(_COLUMNS):
        op.execute(f"ALTER TABLE {table} DROP COLUMN {column}")
