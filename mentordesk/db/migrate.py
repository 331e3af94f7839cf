"""Bring a database file up to the schema this version of MentorDesk knows.

Alembic is imported only when the stored revision differs from ``HEAD_REVISION``
(start-up speed, DESIGN.md); a test keeps that constant equal to the real head.
Before an existing database is migrated it is copied with SQLite's backup API
and the copy is checked. A database from a newer MentorDesk is refused untouched.
"""

from __future__ import annotations

import sqlite3
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING

from mentordesk.config import FILE_MODE, make_private_dir
from mentordesk.db.engine import DatabaseError, check_integrity, create_private_file

if TYPE_CHECKING:
    from alembic.config import Config
    from sqlalchemy import Engine

HEAD_REVISION = "0004"
MIGRATIONS_DIR = Path(__file__).with_name("migrations")

# The full-text search index (migration 0003) is raw SQL, not a model: the FTS5
# table, the shadow tables FTS5 keeps beside it, and the key table that maps item
# UUIDs to its rowids (DESIGN.md).
SEARCH_INDEX_TABLE = "search_index"
_FTS_SHADOW_SUFFIXES = ("_data", "_idx", "_config", "_docsize", "_content")
SEARCH_TABLES = frozenset(
    {
        SEARCH_INDEX_TABLE,
        "search_key",
        *(SEARCH_INDEX_TABLE + suffix for suffix in _FTS_SHADOW_SUFFIXES),
    }
)


class NewerDatabaseError(DatabaseError):
    """The database was written by a newer MentorDesk than this one."""


def include_name(name: str | None, type_: str, parent_names: object) -> bool:
    """Leave SQLite's own tables and the search index's tables out of autogenerate."""
    if type_ == "table" and name is not None:
        if name.startswith("sqlite_"):
            return False
        if name in SEARCH_TABLES:
            return False
    return True


def stored_revision(path: Path) -> str | None:
    """The Alembic revision recorded in the file, or None for a new database.

    Reading leaves no trace: when no -wal file exists there is nothing beyond the
    main file to read, so it is opened immutable and SQLite creates no -wal/-shm.
    """
    if not path.exists() or path.stat().st_size == 0:
        return None
    wal = path.with_name(path.name + "-wal")
    mode = "ro" if wal.exists() else "ro&immutable=1"
    try:
        connection = sqlite3.connect(f"file:{path}?mode={mode}", uri=True)
    except sqlite3.Error as error:
        raise _not_ours(path, error) from error
    try:
        tables = {
            str(name)
            for (name,) in connection.execute("SELECT name FROM sqlite_master WHERE type='table'")
        }
        if "alembic_version" not in tables:
            if tables:
                raise DatabaseError(
                    f"The file {path} holds tables that are not MentorDesk's. "
                    "It was left untouched. Choose another data folder."
                )
            return None
        row = connection.execute("SELECT version_num FROM alembic_version").fetchone()
    except sqlite3.DatabaseError as error:
        raise _not_ours(path, error) from error
    finally:
        connection.close()
    if row is None:
        raise DatabaseError(
            f"The database {path} is damaged: it does not say which version wrote it. "
            "It was left untouched. Restore a backup, or choose another data folder."
        )
    return str(row[0])


def _not_ours(path: Path, error: Exception) -> DatabaseError:
    return DatabaseError(
        f"The file {path} is not a MentorDesk database or is damaged ({error}). "
        "It was left untouched. Restore a backup, or choose another data folder."
    )


def alembic_config(engine: Engine | None = None) -> Config:
    """An Alembic configuration that needs no alembic.ini."""
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    config.attributes["engine"] = engine
    return config


def known_revisions() -> set[str]:
    """Every revision this version's migrations know."""
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


def backup_database(path: Path, backups_dir: Path, reason: str) -> Path:
    """Copy ``path`` with SQLite's online backup API and check that the copy opens."""
    make_private_dir(backups_dir)
    stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%S%fZ")
    target = backups_dir / f"{path.stem}-{reason}-{stamp}.sqlite3"
    create_private_file(target)
    source = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    destination = sqlite3.connect(target)
    try:
        source.backup(destination)
    finally:
        destination.close()
        source.close()
    target.chmod(FILE_MODE)
    result = check_integrity(target)
    if result != "ok":
        raise DatabaseError(
            f"The safety copy of your database before the update failed its check ({result}). "
            "Nothing was changed."
        )
    return target


def upgrade(engine: Engine, path: Path, backups_dir: Path) -> Path | None:
    """Migrate the database at ``path`` to head. Returns the backup made, if any.

    Raises NewerDatabaseError, untouched, for a database from a newer version.
    """
    current = stored_revision(path)
    if current == HEAD_REVISION:
        return None
    if current is not None and current not in known_revisions():
        raise NewerDatabaseError(
            f"This database was last used by a newer version of MentorDesk "
            f"(schema {current}). Please update MentorDesk to open it; "
            "the file was not changed."
        )
    backup = None
    if current is not None:
        backup = backup_database(path, backups_dir, f"before-{current}-to-{HEAD_REVISION}")
    from alembic import command

    with engine.begin() as connection:
        config = alembic_config(engine)
        config.attributes["connection"] = connection
        command.upgrade(config, "head")
    return backup
