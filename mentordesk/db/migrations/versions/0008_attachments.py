"""attachments: files copied into the data folder and links, on a mentor, a meeting, an
agreement or a goal; their titles, file names and addresses in search

Revision ID: 0008_attachments
Revises: 0007_templates_recap
Create Date: 2026-12-07 03:20:00.000000

Frozen like every migration: nothing is imported from the package. Only a new table,
so no existing table is rebuilt and the search triggers stay. An attachment gets a
search entry (kind ``attachment``): its title as the title, its file name and address
as the body; its mentor is the one of its meeting or agreement when it has none of its
own (a goal's attachment has none, like the goal).
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision: str = "0008_attachments"
down_revision: str | None = "0007_templates_recap"
branch_labels: str | None = None
depends_on: str | None = None

_KEY = "(SELECT id FROM search_key WHERE kind = 'attachment' AND item_id = {})"
_MENTOR = (
    "coalesce(NEW.mentor_id,"
    " (SELECT mentor_id FROM meeting WHERE id = NEW.meeting_id),"
    " (SELECT mentor_id FROM agreement WHERE id = NEW.agreement_id))"
)
_BODY = "trim(coalesce(NEW.file_name, '') || ' ' || coalesce(NEW.url, ''))"

TRIGGERS = {
    "search_attachment_insert": f"""
        CREATE TRIGGER search_attachment_insert AFTER INSERT ON attachment BEGIN
            INSERT INTO search_key (kind, item_id) VALUES ('attachment', NEW.id);
            INSERT INTO search_index (rowid, kind, item_id, mentor_id, meeting_id, title, body)
            VALUES ({_KEY.format("NEW.id")}, 'attachment', NEW.id, {_MENTOR}, NEW.meeting_id,
                    coalesce(NEW.title, ''), {_BODY});
        END
    """,
    "search_attachment_update": f"""
        CREATE TRIGGER search_attachment_update
        AFTER UPDATE OF mentor_id, meeting_id, agreement_id, title, file_name, url
        ON attachment BEGIN
            UPDATE search_index
            SET mentor_id = {_MENTOR}, meeting_id = NEW.meeting_id,
                title = coalesce(NEW.title, ''), body = {_BODY}
            WHERE rowid = {_KEY.format("NEW.id")};
        END
    """,
    "search_attachment_delete": f"""
        CREATE TRIGGER search_attachment_delete AFTER DELETE ON attachment BEGIN
            DELETE FROM search_index WHERE rowid = {_KEY.format("OLD.id")};
            DELETE FROM search_key WHERE kind = 'attachment' AND item_id = OLD.id;
        END
    """,
}

_OWNERS = ("mentor", "meeting", "agreement", "goal")


def upgrade() -> None:
    op.create_table(
        "attachment",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("mentor_id", sa.String(length=36), nullable=True),
        sa.Column("meeting_id", sa.String(length=36), nullable=True),
        sa.Column("agreement_id", sa.String(length=36), nullable=True),
        sa.Column("goal_id", sa.String(length=36), nullable=True),
        sa.Column("kind", sa.String(length=8), nullable=False),
        sa.Column("title", sa.String(length=300), nullable=False),
        sa.Column("file_name", sa.String(length=255), nullable=False),
        sa.Column("sha256", sa.String(length=64), nullable=True),
        sa.Column("size", sa.Integer(), nullable=True),
        sa.Column("url", sa.Text(), nullable=False),
        sa.Column("created_at", sa.String(length=32), nullable=False),
        sa.Column("updated_at", sa.String(length=32), nullable=False),
        sa.CheckConstraint(
            "(mentor_id IS NOT NULL) + (meeting_id IS NOT NULL) + (agreement_id IS NOT NULL)"
            " + (goal_id IS NOT NULL) = 1",
            name="ck_attachment_one_owner",
        ),
        *(
            sa.ForeignKeyConstraint([f"{owner}_id"], [f"{owner}.id"], ondelete="CASCADE")
            for owner in _OWNERS
        ),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("attachment", schema=None) as batch_op:
        for column in (*(f"{owner}_id" for owner in _OWNERS), "sha256"):
            batch_op.create_index(f"ix_attachment_{column}", [column], unique=False)
    for statement in TRIGGERS.values():
        op.execute(statement)


def downgrade() -> None:
    for name in TRIGGERS:
        op.execute(f"DROP TRIGGER IF EXISTS {name}")
    op.execute("DELETE FROM search_index WHERE kind = 'attachment'")
    op.execute("DELETE FROM search_key WHERE kind = 'attachment'")
    op.drop_table("attachment")
