"""Migration 0010_sync on a real 0005 database (tests/db/fixtures/
mentordesk-0005-calendar.sqlite3): everything comes through, sync's tables are there
with a device id and an empty outbox, every table has its triggers, and switching sync
on puts every existing row in the outbox once."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from mentordesk.config import Paths
from mentordesk.db import migrate, sync_store
from mentordesk.db.database import Database
from mentordesk.db.revisions import SYNC_TABLES
from mentordesk.services import sync
from tests.db.test_agreements_migration import count

FIXTURE = Path(__file__).with_name("fixtures") / "mentordesk-0005-calendar.sqlite3"


def test_a_0005_database_gains_sync_and_keeps_everything(paths: Paths) -> None:
    paths.ensure()
    paths.database.write_bytes(FIXTURE.read_bytes())
    assert migrate.stored_revision(paths.database) == "0005"
    before = {
        table: count(paths.database, f"SELECT count(*) FROM {table}")
        for table in ("mentor", "meeting", "agenda_item", "search_index")
    }
    db = Database(paths)
    try:
        assert migrate.stored_revision(paths.database) == migrate.head_revision()
        for table, number in before.items():
            assert count(paths.database, f"SELECT count(*) FROM {table}") == number, table
        connection = sqlite3.connect(f"file:{paths.database}?mode=ro", uri=True)
        try:
            names = {str(n) for (n,) in connection.execute("SELECT name FROM sqlite_master")}
            state = connection.execute("SELECT device_id, enabled FROM sync_state").fetchall()
        finally:
            connection.close()
        assert names >= SYNC_TABLES
        assert {f"sync_{t}_update" for t in sync_store.raw_tables()} <= names
        assert len(state) == 1 and len(state[0][0]) == 32 and state[0][1] == 0
        assert count(paths.database, "SELECT count(*) FROM sync_outbox") == 0
        with db.session() as session:
            sync.configure(session, None, "Work laptop")
        rows = sum(
            count(paths.database, f'SELECT count(*) FROM "{t}"') for t in sync_store.raw_tables()
        )
        assert rows > 0
        assert count(paths.database, "SELECT count(*) FROM sync_outbox") == rows
    finally:
        db.close()
