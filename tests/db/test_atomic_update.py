"""An update is all or nothing (issue 7, finding 1).

Python 3.11's sqlite3 sends no BEGIN before DDL, so each CREATE used to commit
on its own: an update interrupted after its first statement left new tables at
the old revision, and every later start failed. Here the real migrations are
made to fail after their first statement by SQLite's own authorizer.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import Engine, event

from mentordesk.config import Paths
from mentordesk.db import migrate
from mentordesk.db.database import Database
from mentordesk.db.errors import DatabaseError
from mentordesk.db.search import find
from tests.db.older import database_at, records, schema

CREATES = {
    sqlite3.SQLITE_CREATE_TABLE,
    sqlite3.SQLITE_CREATE_INDEX,
    sqlite3.SQLITE_CREATE_TRIGGER,
    sqlite3.SQLITE_CREATE_VTABLE,
}


@contextmanager
def refuse_the_second_create() -> Iterator[list[str]]:
    """Every SQLite connection SQLAlchemy opens allows one CREATE, then refuses the next."""
    allowed: list[str] = []

    def authorizer(action: int, name: Any, *_rest: Any) -> int:
        if action not in CREATES or str(name).startswith("sqlite_"):
            return sqlite3.SQLITE_OK
        if not allowed:
            allowed.append(str(name))
            return sqlite3.SQLITE_OK
        return sqlite3.SQLITE_DENY

    def install(dbapi_connection: sqlite3.Connection, _record: Any) -> None:
        dbapi_connection.set_authorizer(authorizer)

    event.listen(Engine, "connect", install)
    try:
        yield allowed
    finally:
        event.remove(Engine, "connect", install)


def backups_in(paths: Paths) -> list[Path]:
    return sorted(paths.backups_dir.glob("mentordesk-*.sqlite3"))


def test_an_update_failing_after_its_first_statement_leaves_the_file_as_it_was(
    paths: Paths,
) -> None:
    paths.ensure()
    database_at("0002", paths.database)
    schema_before, records_before = schema(paths.database), records(paths.database)

    with refuse_the_second_create() as allowed, pytest.raises(DatabaseError) as failed:
        Database(paths)
    assert allowed == ["search_key"], "the update got past its first statement"
    assert "nothing was changed" in str(failed.value)
    assert schema(paths.database) == schema_before
    assert records(paths.database) == records_before
    assert migrate.stored_revision(paths.database) == "0002"
    assert len(backups_in(paths)) == 1

    # The next start simply tries again, and keeps the backup it has.
    db = Database(paths)
    try:
        assert db.migration_backup == backups_in(paths)[0]
        with db.session() as session:
            assert len(find(session, "rota", limit=1000)) == 20 * 3
    finally:
        db.close()
    assert migrate.stored_revision(paths.database) == migrate.HEAD_REVISION
    assert records(paths.database) == records_before
    assert len(backups_in(paths)) == 1, "one backup per revision step, not per attempt"


def test_a_file_half_updated_by_an_older_mentordesk_is_updated_now(paths: Paths) -> None:
    """What the non-atomic update left: 0003's first table at revision 0002."""
    paths.ensure()
    database_at("0002", paths.database, mentors=3)
    connection = sqlite3.connect(paths.database)
    connection.execute(
        "CREATE TABLE search_key (id INTEGER PRIMARY KEY, kind TEXT NOT NULL, "
        "item_id TEXT NOT NULL, UNIQUE (kind, item_id))"
    )
    connection.commit()
    connection.close()
    records_before = records(paths.database)

    db = Database(paths)
    try:
        with db.session() as session:
            assert {m.kind for m in find(session, "Mentor")} >= {"mentor"}
    finally:
        db.close()
    assert migrate.stored_revision(paths.database) == migrate.HEAD_REVISION
    assert records(paths.database) == records_before


def test_a_brand_new_database_is_created_in_one_piece(paths: Paths) -> None:
    """Refused half-way, the very first start leaves no file behind, and the next one works."""
    paths.ensure()
    with refuse_the_second_create(), pytest.raises(DatabaseError):
        Database(paths)
    assert not paths.database.exists()
    Database(paths).close()
    assert migrate.stored_revision(paths.database) == migrate.HEAD_REVISION
