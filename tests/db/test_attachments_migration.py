"""Migration 0008_attachments on a real 0007 database (tests/db/fixtures/mentordesk-0007.sqlite3,
made by tests/db/older.database_at("0007_templates_recap", mentors=4, meetings_each=2)):
every record comes through, the attachment table is there and empty, and an attachment
added afterwards is found by search with its meeting's mentor."""

from __future__ import annotations

import sqlite3
from datetime import UTC, datetime
from pathlib import Path

from mentordesk.config import Paths
from mentordesk.db import migrate
from mentordesk.db.database import Database
from mentordesk.services import attachments, search
from mentordesk.services.kinds import Kind, Ref
from tests.db.test_agreements_migration import count


def first_row(path: Path, sql: str) -> tuple[str, str]:
    connection = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        first, second = connection.execute(sql).fetchone()
        return str(first), str(second)
    finally:
        connection.close()


FIXTURE = Path(__file__).with_name("fixtures") / "mentordesk-0007.sqlite3"


def test_a_0007_database_gains_attachments_in_search(paths: Paths) -> None:
    paths.ensure()
    paths.database.write_bytes(FIXTURE.read_bytes())
    assert migrate.stored_revision(paths.database) == "0007_templates_recap"
    tables = ("mentor", "meeting", "agenda_item", "search_index", "search_key")
    before = {table: count(paths.database, f"SELECT count(*) FROM {table}") for table in tables}
    db = Database(paths)
    try:
        assert migrate.stored_revision(paths.database) == migrate.head_revision()
        for table, number in before.items():
            assert count(paths.database, f"SELECT count(*) FROM {table}") == number, table
        assert count(paths.database, "SELECT count(*) FROM attachment") == 0
        meeting_id, mentor_id = first_row(paths.database, "SELECT id, mentor_id FROM meeting")
        now = datetime(2026, 12, 7, tzinfo=UTC)
        with db.session() as session:
            link = attachments.add_link(
                session, Ref(Kind.MEETING, meeting_id), "Whiteboard photo", "example.org/b", now=now
            )
        with db.session() as session:
            [hit] = search.search(session, "whiteboard")
        assert (hit.item_id, hit.mentor_id, hit.meeting_id) == (link.id, mentor_id, meeting_id)
    finally:
        db.close()
