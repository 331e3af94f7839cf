"""between meetings: a topic inbox per mentor, touches (an email, a message, a call or
a corridor chat), an agreement's recurring points and whether touches count toward
its cadence; topics and touches in search

Revision ID: 0006_between_meetings
Revises: 0005
Create Date: 2026-12-06 23:58:00.000000

Frozen like every migration: nothing is imported from the package. The two new
agreement_version columns are added with SQLite's ALTER TABLE ADD COLUMN (with a
server default, batch mode does not rebuild the table), so its search triggers from
0004 stay. A topic gets a search entry (kind ``topic``) with its text as the title;
a touch (kind ``touch``) its note as the title.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision: str = "0006_between_meetings"
down_revision: str | None = "0005"
branch_labels: str | None = None
depends_on: str | None = None


def _key(kind: str, item_id: str) -> str:
    return f"(SELECT id FROM search_key WHERE kind = '{kind}' AND item_id = {item_id})"


# kind -> (table, mentor_id, meeting_id, title, body, the columns whose change alters it)
SOURCES = {
    "topic": (
        "topic",
        "NEW.mentor_id",
        "NEW.meeting_id",
        "coalesce(NEW.text, '')",
        "''",
        "mentor_id, meeting_id, text",
    ),
    "touch": (
        "touch",
        "NEW.mentor_id",
        "NULL",
        "coalesce(NEW.note, '')",
        "''",
        "mentor_id, note",
    ),
}


def _triggers(kind: str) -> dict[str, str]:
    table, mentor_id, meeting_id, title, body, watched = SOURCES[kind]
    return {
        f"search_{kind}_insert": f"""
            CREATE TRIGGER search_{kind}_insert AFTER INSERT ON {table} BEGIN
                INSERT INTO search_key (kind, item_id) VALUES ('{kind}', NEW.id);
                INSERT INTO search_index (rowid, kind, item_id, mentor_id, meeting_id, title, body)
                VALUES ({_key(kind, "NEW.id")}, '{kind}', NEW.id, {mentor_id}, {meeting_id},
                        {title}, {body});
            END
        """,
        f"search_{kind}_update": f"""
            CREATE TRIGGER search_{kind}_update AFTER UPDATE OF {watched} ON {table} BEGIN
                UPDATE search_index
                SET mentor_id = {mentor_id}, meeting_id = {meeting_id}, title = {title},
                    body = {body}
                WHERE rowid = {_key(kind, "NEW.id")};
            END
        """,
        f"search_{kind}_delete": f"""
            CREATE TRIGGER search_{kind}_delete AFTER DELETE ON {table} BEGIN
                DELETE FROM search_index WHERE rowid = {_key(kind, "OLD.id")};
                DELETE FROM search_key WHERE kind = '{kind}' AND item_id = OLD.id;
            END
        """,
    }


TRIGGERS = {name: sql for kind in SOURCES for name, sql in _triggers(kind).items()}


def upgrade() -> None:
    op.create_table(
        "topic",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("mentor_id", sa.String(length=36), nullable=False),
        sa.Column("meeting_id", sa.String(length=36), nullable=True),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("private", sa.Boolean(), nullable=False),
        sa.Column("status", sa.String(length=16), nullable=False),
        sa.Column("created_at", sa.String(length=32), nullable=False),
        sa.Column("updated_at", sa.String(length=32), nullable=False),
        sa.ForeignKeyConstraint(["meeting_id"], ["meeting.id"], ondelete="SET NULL"),
        sa.ForeignKeyConstraint(["mentor_id"], ["mentor.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("topic", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_topic_meeting_id"), ["meeting_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_topic_mentor_id"), ["mentor_id"], unique=False)

    op.create_table(
        "touch",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("mentor_id", sa.String(length=36), nullable=False),
        sa.Column("kind", sa.String(length=16), nullable=False),
        sa.Column("day", sa.Date(), nullable=False),
        sa.Column("note", sa.Text(), nullable=False),
        sa.Column("created_at", sa.String(length=32), nullable=False),
        sa.Column("updated_at", sa.String(length=32), nullable=False),
        sa.ForeignKeyConstraint(["mentor_id"], ["mentor.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("touch", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_touch_mentor_id"), ["mentor_id"], unique=False)

    # ADD COLUMN needs no rebuild: agreement_version and its search triggers stay.
    with op.batch_alter_table("agreement_version", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column("recurring_points", sa.Text(), server_default="", nullable=False)
        )
        batch_op.add_column(
            sa.Column(
                "touches_count", sa.String(length=16), server_default="overdue", nullable=False
            )
        )

    for statement in TRIGGERS.values():
        op.execute(statement)


def downgrade() -> None:
    for name in TRIGGERS:
        op.execute(f"DROP TRIGGER IF EXISTS {name}")
    for kind in SOURCES:
        op.execute(f"DELETE FROM search_index WHERE kind = '{kind}'")
        op.execute(f"DELETE FROM search_key WHERE kind = '{kind}'")
    # Plain DROP COLUMN (SQLite 3.35+): a batch rebuild would drop the search triggers.
    op.execute("ALTER TABLE agreement_version DROP COLUMN touches_count")
    op.execute("ALTER TABLE agreement_version DROP COLUMN recurring_points")
    with op.batch_alter_table("touch", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_touch_mentor_id"))
    op.drop_table("touch")
    with op.batch_alter_table("topic", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_topic_mentor_id"))
        batch_op.drop_index(batch_op.f("ix_topic_meeting_id"))
    op.drop_table("topic")
