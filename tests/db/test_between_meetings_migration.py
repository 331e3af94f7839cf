"""Migration 0006_between_meetings on a real 0005 database (the sample data as 0005
wrote it): everything comes through, agreements gain their recurring points and the
touch rule (default: touches reset "overdue" only) without losing their search
triggers, and topics and touches can be written and found."""

from __future__ import annotations

import sqlite3
from datetime import date
from pathlib import Path

from mentordesk.config import Paths
from mentordesk.db import search as index
from mentordesk.db.backup import list_backups
from mentordesk.db.database import Database
from mentordesk.db.migrate import HEAD_REVISION, stored_revision
from mentordesk.db.models import AgreementVersion, Topic, Touch
from tests.db.test_search import schema_names

FIXTURE = Path(__file__).with_name("fixtures") / "mentordesk-0005.sqlite3"
TABLES = ("mentor", "meeting", "agreement_version", "goal", "give_back", "search_index")


def count(path: Path, sql: str) -> int:
    connection = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        return int(connection.execute(sql).fetchone()[0])
    finally:
        connection.close()


def test_a_0005_database_keeps_everything_and_gains_topics_and_touches(paths: Paths) -> None:
    paths.ensure()
    paths.database.write_bytes(FIXTURE.read_bytes())
    assert stored_revision(paths.database) == "0005"
    before = {table: count(paths.database, f"SELECT count(*) FROM {table}") for table in TABLES}
    db = Database(paths)
    try:
        assert stored_revision(paths.database) == HEAD_REVISION  # through 0006_between_meetings
        for table, number in before.items():
            assert count(paths.database, f"SELECT count(*) FROM {table}") == number, table
        # The backup made before the update is listed with the others.
        assert [b.path for b in list_backups(paths.backups_dir)] == [db.migration_backup]
        triggers = schema_names(paths.database, "trigger")
        assert {f"search_agreement_version_{e}" for e in ("insert", "update", "delete")} <= (
            triggers
        )
        with db.session() as session:
            versions = session.query(AgreementVersion).all()
            assert versions and {v.touches_count for v in versions} == {"overdue"}
            assert {v.recurring_points for v in versions} == {""}
            mentor_id = versions[0].agreement.mentor_id
            session.add(Topic(mentor_id=mentor_id, text="Ask about the staffing plan"))
            session.add(Touch(mentor_id=mentor_id, day=date(2026, 12, 3), note="Sent the deck"))
        with db.session() as session:
            kinds = {m.kind for m in index.find(session, "staffing")}
            assert "topic" in kinds
            assert "touch" in {m.kind for m in index.find(session, "deck")}
    finally:
        db.close()
