"""Migration 0009_private_items on a real database of the revision before it (built by
the real migrations with tests/db/older.database_at; the revision is read from the
migration, so a rechained history is followed): every row comes through not private,
the search index still follows edits (no table was rebuilt, so the 0003 triggers
stay), and the new flags can be set."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from mentordesk.config import Paths
from mentordesk.db import migrate
from mentordesk.db.database import Database
from mentordesk.services import search
from tests.db.older import database_at
from tests.db.test_agreements_migration import count

REVISION = "0009_private_items"


def previous() -> str:
    """The revision 0009 updates from."""
    from alembic.script import ScriptDirectory

    script = ScriptDirectory.from_config(migrate.alembic_config())
    down = script.get_revision(REVISION).down_revision
    assert isinstance(down, str)
    return down


def test_an_older_database_gains_private_flags_all_off(paths: Paths) -> None:
    paths.ensure()
    database_at(previous(), paths.database, mentors=3, meetings_each=2)
    assert migrate.stored_revision(paths.database) == previous()
    before = {
        table: count(paths.database, f"SELECT count(*) FROM {table}")
        for table in ("mentor", "meeting", "agenda_item", "note_snapshot", "search_index")
    }
    db = Database(paths)
    try:
        assert migrate.stored_revision(paths.database) == migrate.head_revision()
        for table, number in before.items():
            assert count(paths.database, f"SELECT count(*) FROM {table}") == number, table
        assert count(paths.database, "SELECT count(*) FROM agenda_item WHERE private") == 0
        assert count(paths.database, "SELECT count(*) FROM agenda_item WHERE NOT private") == 6
        assert (
            count(
                paths.database,
                "SELECT count(*) FROM meeting WHERE notes_private OR takeaways_private",
            )
            == 0
        )
        # the search triggers survived: an edited point is found by its new words
        raw = sqlite3.connect(paths.database)
        try:
            raw.execute(
                "UPDATE agenda_item SET text = 'Zanzibar rota', private = 1 WHERE text = 'Point 0'"
            )
            raw.commit()
        finally:
            raw.close()
        with db.session() as session:
            hits = search.search(session, "Zanzibar")
        assert hits and all("Zanzibar" in hit.title for hit in hits)
    finally:
        db.close()


def test_the_migration_adds_only_columns(tmp_path: Path) -> None:
    path = tmp_path / "old.sqlite3"
    database_at(previous(), path, mentors=1, meetings_each=1)
    raw = sqlite3.connect(path)
    try:
        tables_before = sorted(raw.execute("SELECT type, name FROM sqlite_master"))
    finally:
        raw.close()
    from alembic import command
    from sqlalchemy import create_engine

    engine = create_engine(f"sqlite:///{path}")
    try:
        with engine.begin() as connection:
            command.upgrade(migrate.alembic_config(connection), REVISION)
    finally:
        engine.dispose()
    raw = sqlite3.connect(path)
    try:
        assert sorted(raw.execute("SELECT type, name FROM sqlite_master")) == tables_before
        columns = {row[1] for row in raw.execute("PRAGMA table_info(meeting)")}
        assert {"notes_private", "takeaways_private"} <= columns
        assert "private" in {row[1] for row in raw.execute("PRAGMA table_info(action_item)")}
    finally:
        raw.close()
