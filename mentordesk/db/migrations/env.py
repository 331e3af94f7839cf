"""Alembic environment: MentorDesk runs migrations in-process (see db/migrate.py)."""

from __future__ import annotations

from alembic import context

from mentordesk.db.migrate import include_name
from mentordesk.db.models import Base

connection = context.config.attributes.get("connection")
if connection is None:
    raise RuntimeError("MentorDesk migrations run through mentordesk.db.migrate")

context.configure(
    connection=connection,
    target_metadata=Base.metadata,
    render_as_batch=True,  # SQLite cannot ALTER most things; batch mode copies tables
    include_name=include_name,
    compare_type=True,
)
with context.begin_transaction():
    context.run_migrations()
