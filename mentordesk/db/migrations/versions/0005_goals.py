"""goals with their progress and links to mentors and action items; give-back ideas;
outreach steps of prospects; closure reviews; goals and give-back ideas in search

Revision ID: 0005
Revises: 0004
Create Date: 2026-11-30 20:04:09.040183

Frozen like every migration: nothing is imported from the package. Only new tables:
no existing table is rebuilt, so the search triggers of 0003 and 0004 stay. A goal
gets a search entry (kind ``goal``, no mentor) with its title, and its why and
success criteria as the body; a give-back idea (kind ``give_back``) its idea as
the title and its note as the body. The mentor status "alumni" is a new value of
an existing text column: nothing to migrate.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision: str = "0005"
down_revision: str | None = "0004"
branch_labels: str | None = None
depends_on: str | None = None

NL = "char(10)"


def _key(kind: str, item_id: str) -> str:
    return f"(SELECT id FROM search_key WHERE kind = '{kind}' AND item_id = {item_id})"


# kind -> (table, mentor_id, meeting_id, title, body) for a row called NEW, and the
# columns whose change alters the entry.
SOURCES = {
    "goal": (
        "goal",
        "NULL",
        "NULL",
        "coalesce(NEW.title, '')",
        f"coalesce(NEW.why, '') || {NL} || coalesce(NEW.success_criteria, '')",
        "title, why, success_criteria",
    ),
    "give_back": (
        "give_back",
        "NEW.mentor_id",
        "NEW.meeting_id",
        "coalesce(NEW.idea, '')",
        "coalesce(NEW.note, '')",
        "mentor_id, meeting_id, idea, note",
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
        "goal",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("title", sa.String(length=200), nullable=False),
        sa.Column("why", sa.Text(), nullable=False),
        sa.Column("success_criteria", sa.Text(), nullable=False),
        sa.Column("target_date", sa.Date(), nullable=True),
        sa.Column("status", sa.String(length=16), nullable=False),
        sa.Column("progress", sa.Integer(), nullable=False),
        sa.Column("progress_mode", sa.String(length=16), nullable=False),
        sa.Column("is_sample", sa.Boolean(), nullable=False),
        sa.Column("created_at", sa.String(length=32), nullable=False),
        sa.Column("updated_at", sa.String(length=32), nullable=False),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("goal", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_goal_status"), ["status"], unique=False)

    op.create_table(
        "closure",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("mentor_id", sa.String(length=36), nullable=False),
        sa.Column("ended_on", sa.Date(), nullable=False),
        sa.Column("learned", sa.Text(), nullable=False),
        sa.Column("thank_you", sa.Text(), nullable=False),
        sa.Column("created_at", sa.String(length=32), nullable=False),
        sa.Column("updated_at", sa.String(length=32), nullable=False),
        sa.ForeignKeyConstraint(["mentor_id"], ["mentor.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("mentor_id"),
    )
    op.create_table(
        "goal_mentor",
        sa.Column("goal_id", sa.String(length=36), nullable=False),
        sa.Column("mentor_id", sa.String(length=36), nullable=False),
        sa.ForeignKeyConstraint(["goal_id"], ["goal.id"], ondelete="CASCADE"),
        sa.ForeignKeyConstraint(["mentor_id"], ["mentor.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("goal_id", "mentor_id"),
    )
    with op.batch_alter_table("goal_mentor", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_goal_mentor_mentor_id"), ["mentor_id"], unique=False)

    op.create_table(
        "goal_progress",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("goal_id", sa.String(length=36), nullable=False),
        sa.Column("day", sa.Date(), nullable=False),
        sa.Column("progress", sa.Integer(), nullable=False),
        sa.Column("comment", sa.Text(), nullable=False),
        sa.Column("created_at", sa.String(length=32), nullable=False),
        sa.ForeignKeyConstraint(["goal_id"], ["goal.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("goal_progress", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_goal_progress_goal_id"), ["goal_id"], unique=False)

    op.create_table(
        "outreach_step",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("mentor_id", sa.String(length=36), nullable=False),
        sa.Column("kind", sa.String(length=16), nullable=False),
        sa.Column("day", sa.Date(), nullable=False),
        sa.Column("note", sa.Text(), nullable=False),
        sa.Column("follow_up_on", sa.Date(), nullable=True),
        sa.Column("created_at", sa.String(length=32), nullable=False),
        sa.ForeignKeyConstraint(["mentor_id"], ["mentor.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("outreach_step", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_outreach_step_mentor_id"), ["mentor_id"], unique=False)

    op.create_table(
        "closure_goal",
        sa.Column("closure_id", sa.String(length=36), nullable=False),
        sa.Column("goal_id", sa.String(length=36), nullable=False),
        sa.ForeignKeyConstraint(["closure_id"], ["closure.id"], ondelete="CASCADE"),
        sa.ForeignKeyConstraint(["goal_id"], ["goal.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("closure_id", "goal_id"),
    )
    with op.batch_alter_table("closure_goal", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_closure_goal_goal_id"), ["goal_id"], unique=False)

    op.create_table(
        "give_back",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("mentor_id", sa.String(length=36), nullable=False),
        sa.Column("meeting_id", sa.String(length=36), nullable=True),
        sa.Column("idea", sa.Text(), nullable=False),
        sa.Column("kind", sa.String(length=24), nullable=False),
        sa.Column("status", sa.String(length=16), nullable=False),
        sa.Column("planned_on", sa.Date(), nullable=True),
        sa.Column("done_on", sa.Date(), nullable=True),
        sa.Column("note", sa.Text(), nullable=False),
        sa.Column("created_at", sa.String(length=32), nullable=False),
        sa.Column("updated_at", sa.String(length=32), nullable=False),
        sa.ForeignKeyConstraint(["meeting_id"], ["meeting.id"], ondelete="SET NULL"),
        sa.ForeignKeyConstraint(["mentor_id"], ["mentor.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("give_back", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_give_back_meeting_id"), ["meeting_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_give_back_mentor_id"), ["mentor_id"], unique=False)

    op.create_table(
        "goal_action_item",
        sa.Column("goal_id", sa.String(length=36), nullable=False),
        sa.Column("action_item_id", sa.String(length=36), nullable=False),
        sa.ForeignKeyConstraint(["action_item_id"], ["action_item.id"], ondelete="CASCADE"),
        sa.ForeignKeyConstraint(["goal_id"], ["goal.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("goal_id", "action_item_id"),
    )
    with op.batch_alter_table("goal_action_item", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_goal_action_item_action_item_id"), ["action_item_id"], unique=False
        )

    for statement in TRIGGERS.values():
        op.execute(statement)


def downgrade() -> None:
    for name in TRIGGERS:
        op.execute(f"DROP TRIGGER IF EXISTS {name}")
    for kind in SOURCES:
        op.execute(f"DELETE FROM search_index WHERE kind = '{kind}'")
        op.execute(f"DELETE FROM search_key WHERE kind = '{kind}'")
    with op.batch_alter_table("goal_action_item", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_goal_action_item_action_item_id"))

    op.drop_table("goal_action_item")
    with op.batch_alter_table("give_back", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_give_back_mentor_id"))
        batch_op.drop_index(batch_op.f("ix_give_back_meeting_id"))

    op.drop_table("give_back")
    with op.batch_alter_table("closure_goal", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_closure_goal_goal_id"))

    op.drop_table("closure_goal")
    with op.batch_alter_table("outreach_step", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_outreach_step_mentor_id"))

    op.drop_table("outreach_step")
    with op.batch_alter_table("goal_progress", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_goal_progress_goal_id"))

    op.drop_table("goal_progress")
    with op.batch_alter_table("goal_mentor", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_goal_mentor_mentor_id"))

    op.drop_table("goal_mentor")
    op.drop_table("closure")
    with op.batch_alter_table("goal", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_goal_status"))

    op.drop_table("goal")
