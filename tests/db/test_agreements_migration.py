"""Migration 0004 on a real 0003 database: meetings, action items and the search index
come through; mentor gains its interval columns without losing its search triggers."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from mentordesk.config import Paths
from mentordesk.db import search as index
from mentordesk.db.database import Database
from mentordesk.db.migrate import HEAD_REVISION, stored_revision
from tests.db.test_search import TRIGGERS, schema_names

FIXTURE = Path(__file__).with_name("fixtures") / "mentordesk-0003.sqlite3"


def count(path: Path, sql: str) -> int:
    connection = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        return int(connection.execute(sql).fetchone()[0])
    finally:
        connection.close()


def test_a_0003_database_keeps_its_meetings_actions_and_search(paths: Paths) -> None:
    paths.ensure()
    paths.database.write_bytes(FIXTURE.read_bytes())
    before = {
        table: count(paths.database, f"SELECT count(*) FROM {table}")
        for table in ("meeting", "agenda_item", "action_item", "search_index")
    }
    assert stored_revision(paths.database) == "0003"
    db = Database(paths)
    try:
        assert stored_revision(paths.database) == HEAD_REVISION
        for table, number in before.items():
            assert count(paths.database, f"SELECT count(*) FROM {table}") == number, table
        triggers = schema_names(paths.database, "trigger")
        assert triggers >= TRIGGERS
        assert {f"search_agreement_version_{e}" for e in ("insert", "update", "delete")} <= triggers
        assert count(paths.database, "SELECT count(*) FROM mentor WHERE cadence_every IS NULL") == 2
        with db.session() as session:
            kinds = {match.kind for match in index.find(session, "hiring")}
        assert {"mentor", "meeting"} <= kinds
    finally:
        db.close()
