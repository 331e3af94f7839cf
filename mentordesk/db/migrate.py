"""Bring a database file up to the schema this version of MentorDesk knows.

An update is one transaction (``make_atomic_engine``): interrupted at any point
(kill, power cut, full disk), the file stays exactly at its old revision and the
next start simply tries again. Before an existing database is updated it is
copied with SQLite's backup API and the copy is checked; a retry after a failed
attempt keeps the copy it already has (one backup per revision step).

Alembic is imported only when the stored revision differs from ``HEAD_REVISION``
(start-up speed, docs/ARCHITECTURE.md); a test keeps that constant equal to the real head.
"""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING

from mentordesk.config import make_backups_dir
from mentordesk.db.backup import (
    content_digest,
    copy_database,
    list_backups,
    new_backup_path,
    remove_stale_partials,
)
from mentordesk.db.engine import DatabaseError, make_atomic_engine
from mentordesk.db.health import NewerDatabaseError, State, examine
from mentordesk.db.revisions import HEAD_REVISION, SEARCH_TABLES, SYNC_TABLES, later_objects

if TYPE_CHECKING:
    from alembic.config import Config
    from sqlalchemy import Connection

__all__ = [
    "HEAD_REVISION",
    "SEARCH_TABLES",
    "NewerDatabaseError",
    "backup_before_update",
    "stored_revision",
    "upgrade",
]

MIGRATIONS_DIR = Path(__file__).with_name("migrations")


def include_name(name: str | None, type_: str, parent_names: object) -> bool:
    """Leave SQLite's own tables, the search index's and sync's out of autogenerate."""
    if type_ == "table" and name is not None:
        if name.startswith("sqlite_"):
            return False
        if name in SEARCH_TABLES or name in SYNC_TABLES or name.startswith("sync_"):
            return False
    return True


def stored_revision(path: Path) -> str | None:
    """The Alembic revision recorded in the file, or None for a new database.

    Reading leaves no trace (see ``health.open_read_only``). Raises DatabaseError
    for a file that is not a MentorDesk database or is damaged.
    """
    found = examine(path)
    if found.state is State.FOREIGN:
        raise DatabaseError(
            f"The file {path} holds tables that are not MentorDesk's. "
            "It was left untouched. Choose another data folder."
        )
    if found.state is State.DAMAGED:
        raise DatabaseError(
            f"The database {path} is damaged: {found.detail}. It was left untouched. "
            "Restore a backup, or choose another data folder."
        )
    return found.revision


def alembic_config(connection: Connection | None = None) -> Config:
    """An Alembic configuration that needs no alembic.ini."""
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    config.attributes["connection"] = connection
    return config


def known_revisions() -> set[str]:
    """Every revision this version's migrations know (from the migration scripts)."""
    from alembic.script import ScriptDirectory

    script = ScriptDirectory.from_config(alembic_config())
    return {rev.revision for rev in script.walk_revisions()}


def head_revision() -> str:
    """The newest revision in the migrations folder (tests compare it to HEAD_REVISION)."""
    from alembic.script import ScriptDirectory

    head = ScriptDirectory.from_config(alembic_config()).get_current_head()
    if head is None:
        raise RuntimeError("no migrations found")
    return head


def update_reason(current: str) -> str:
    # A backup's reason is lower-case letters, digits and hyphens (db/backup.py).
    return f"before-update-{current}-to-{HEAD_REVISION}".replace("_", "-")


def backup_before_update(
    path: Path, backups_dir: Path, current: str, now: datetime | None = None
) -> Path:
    """A checked copy of ``path`` before updating it from ``current``.

    When an earlier attempt at the same step already left a copy with the same
    contents, that one is kept and no second copy is made.
    """
    make_backups_dir(backups_dir)
    remove_stale_partials(backups_dir)
    reasons = {update_reason(current), f"before-{current}-to-{HEAD_REVISION}"}
    earlier = [b.path for b in list_backups(backups_dir) if b.reason in reasons]
    target = new_backup_path(backups_dir, update_reason(current), now or datetime.now(UTC))
    copy_database(path, target)
    if earlier:
        digest = content_digest(target)
        for candidate in earlier:
            if content_digest(candidate) == digest:
                target.unlink()
                return candidate
    return target


def _drop_leftovers(connection: Connection, current: str) -> None:
    """Remove what an interrupted, non-atomic update by an older MentorDesk left.

    Those objects belong to later revisions only (the update will create them
    again); they hold nothing typed, only what the failed update derived.
    """
    rows = connection.exec_driver_sql(
        "SELECT type, name FROM sqlite_master WHERE type IN ('table', 'index', 'trigger')"
    ).fetchall()
    present = {(str(kind), str(name)) for kind, name in rows}
    leftovers = present & later_objects(current)
    leftovers |= {(k, n) for k, n in present if k == "table" and n.startswith("_alembic_tmp_")}
    for kind in ("trigger", "index", "table"):
        for _, name in sorted(o for o in leftovers if o[0] == kind):
            quoted = name.replace('"', '""')
            connection.exec_driver_sql(f'DROP {kind.upper()} IF EXISTS "{quoted}"')


def migrate_in_place(path: Path, current: str | None) -> None:
    """Run every migration after ``current`` on ``path`` in one transaction.

    Foreign keys are off while tables are rebuilt (SQLite's own advice for schema
    changes) and checked before the commit; any failure rolls everything back.
    """
    from alembic import command

    engine = make_atomic_engine(path, foreign_keys=False)
    try:
        with engine.begin() as connection:  # BEGIN IMMEDIATE ... COMMIT, or ROLLBACK
            if current is not None:
                _drop_leftovers(connection, current)
            command.upgrade(alembic_config(connection), "head")
            broken = connection.exec_driver_sql("PRAGMA foreign_key_check").fetchall()
            if broken:
                raise DatabaseError(
                    f"The update of {path} would leave {len(broken)} broken links between "
                    "records; it was undone and the file is unchanged."
                )
    finally:
        engine.dispose()


def upgrade(path: Path, backups_dir: Path, current: str | None) -> Path | None:
    """Update the database at ``path`` from revision ``current`` (None: new) to head.

    Returns the backup made (or kept from an earlier attempt), if one was needed.
    """
    if current == HEAD_REVISION:
        return None
    backup = None
    if current is not None:
        backup = backup_before_update(path, backups_dir, current)
    migrate_in_place(path, current)
    return backup
