"""expectations agreements with versions; a per-mentor meeting interval; agreements in
search; an index for reading meetings by status, mentor and time

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-30 18:30:51.835114

Frozen like every migration: nothing is imported from the package. The two new
mentor columns are added with SQLite's ALTER TABLE ADD COLUMN (batch mode does
not rebuild the table for that), so the search triggers on ``mentor`` from
0003 stay. Each agreement version gets an entry in the search index (kind
``agreement_version``): its mentor, and its goals, topics, commitments,
confidentiality and boundaries as the body.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision: str = "0004"
down_revision: str | None = "0003"
branch_labels: str | None = None
depends_on: str | None = None

NL = "char(10)"
KIND = "agreement_version"
TEXT_COLUMNS = (
    "goals",
    "topics",
    "my_commitments",
    "mentor_commitments",
    "confidentiality",
    "boundaries",
)


def _key(item_id: str) -> str:
    return f"(SELECT id FROM search_key WHERE kind = '{KIND}' AND item_id = {item_id})"


def _mentor_of(agreement_id: str) -> str:
    return f"(SELECT mentor_id FROM agreement WHERE id = {agreement_id})"


def _body(row: str) -> str:
    return f" || {NL} || ".join(f"coalesce({row}.{column}, '')" for column in TEXT_COLUMNS)


TRIGGERS = {
    f"search_{KIND}_insert": f"""
        CREATE TRIGGER search_{KIND}_insert AFTER INSERT ON agreement_version BEGIN
            INSERT INTO search_key (kind, item_id) VALUES ('{KIND}', NEW.id);
            INSERT INTO search_index (rowid, kind, item_id, mentor_id, meeting_id, title, body)
            VALUES ({_key("NEW.id")}, '{KIND}', NEW.id, {_mentor_of("NEW.agreement_id")}, NULL,
                    '', {_body("NEW")});
        END
    """,
    f"search_{KIND}_update": f"""
        CREATE TRIGGER search_{KIND}_update
        AFTER UPDATE OF agreement_id, {", ".join(TEXT_COLUMNS)} ON agreement_version BEGIN
            UPDATE search_index
            SET mentor_id = {_mentor_of("NEW.agreement_id")}, body = {_body("NEW")}
            WHERE rowid = {_key("NEW.id")};
        END
    """,
    f"search_{KIND}_delete": f"""
        CREATE TRIGGER search_{KIND}_delete AFTER DELETE ON agreement_version BEGIN
            DELETE FROM search_index WHERE rowid = {_key("OLD.id")};
            DELETE FROM search_key WHERE kind = '{KIND}' AND item_id = OLD.id;
        END
    """,
}


def upgrade() -> None:
    op.create_table(
        "agreement",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("mentor_id", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.String(length=32), nullable=False),
        sa.Column("updated_at", sa.String(length=32), nullable=False),
        sa.ForeignKeyConstraint(["mentor_id"], ["mentor.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("mentor_id"),
    )
    op.create_table(
        "agreement_version",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("agreement_id", sa.String(length=36), nullable=False),
        sa.Column("number", sa.Integer(), nullable=False),
        sa.Column("status", sa.String(length=16), nullable=False),
        sa.Column("goals", sa.Text(), nullable=False),
        sa.Column("frequency_every", sa.Integer(), nullable=True),
        sa.Column("frequency_unit", sa.String(length=8), nullable=True),
        sa.Column("duration_minutes", sa.Integer(), nullable=True),
        sa.Column("format", sa.String(length=16), nullable=False),
        sa.Column("link", sa.String(length=2000), nullable=False),
        sa.Column("topics", sa.Text(), nullable=False),
        sa.Column("my_commitments", sa.Text(), nullable=False),
        sa.Column("mentor_commitments", sa.Text(), nullable=False),
        sa.Column("confidentiality", sa.Text(), nullable=False),
        sa.Column("boundaries", sa.Text(), nullable=False),
        sa.Column("start_date", sa.Date(), nullable=True),
        sa.Column("review_date", sa.Date(), nullable=True),
        sa.Column("end_date", sa.Date(), nullable=True),
        sa.Column("agreed_on", sa.Date(), nullable=True),
        sa.Column("created_at", sa.String(length=32), nullable=False),
        sa.Column("updated_at", sa.String(length=32), nullable=False),
        sa.ForeignKeyConstraint(["agreement_id"], ["agreement.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("agreement_id", "number"),
    )
    with op.batch_alter_table("agreement_version", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_agreement_version_agreement_id"), ["agreement_id"], unique=False
        )

    # Cadence, the dashboard and reminders read meetings by status, mentor and time
    # without reading the rows (which hold the notes).
    with op.batch_alter_table("meeting", schema=None) as batch_op:
        batch_op.create_index(
            "ix_meeting_status_mentor_start",
            ["status", "mentor_id", "scheduled_start", "planned_minutes"],
            unique=False,
        )

    # ADD COLUMN needs no rebuild: the mentor table and its search triggers stay.
    with op.batch_alter_table("mentor", schema=None) as batch_op:
        batch_op.add_column(sa.Column("cadence_every", sa.Integer(), nullable=True))
        batch_op.add_column(sa.Column("cadence_unit", sa.String(length=8), nullable=True))

    for statement in TRIGGERS.values():
        op.execute(statement)


def downgrade() -> None:
    for name in TRIGGERS:
        op.execute(f"DROP TRIGGER IF EXISTS {name}")
    op.execute(f"DELETE FROM search_index WHERE kind = '{KIND}'")
    op.execute(f"DELETE FROM search_key WHERE kind = '{KIND}'")
    # Plain DROP COLUMN (SQLite 3.35+): a batch rebuild would drop mentor's search triggers.
    op.execute("ALTER TABLE mentor DROP COLUMN cadence_unit")
    op.execute("ALTER TABLE mentor DROP COLUMN cadence_every")
    with op.batch_alter_table("meeting", schema=None) as batch_op:
        batch_op.drop_index("ix_meeting_status_mentor_start")
    with op.batch_alter_table("agreement_version", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_agreement_version_agreement_id"))
    op.drop_table("agreement_version")
    op.drop_table("agreement")
