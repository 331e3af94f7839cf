"""Migration 0011_sync_text on a real 0010 database (tests/db/fixtures/
mentordesk-0010-sync.sqlite3: the sample data, sync on, one batch sent, then a meeting's
notes edited and not sent yet): everything comes through, the sent outbox is untouched,
and the note edited before the update travels as a Yjs document that another laptop
merges with its own edit of the same note."""

from __future__ import annotations

import json
import sqlite3
from datetime import UTC, datetime
from pathlib import Path

from mentordesk.config import resolve_paths
from mentordesk.db import migrate
from mentordesk.db.database import Database
from mentordesk.db.models import Meeting
from mentordesk.services import sync, sync_text
from tests.db.test_agreements_migration import count

FIXTURE = Path(__file__).with_name("fixtures") / "mentordesk-0010-sync.sqlite3"
NOW = datetime(2026, 12, 8, 9, tzinfo=UTC)


def test_a_0010_database_keeps_its_outbox_and_its_notes_travel_as_documents(
    tmp_path: Path,
) -> None:
    work_paths = resolve_paths(tmp_path / "work")
    work_paths.ensure()
    work_paths.database.write_bytes(FIXTURE.read_bytes())
    assert migrate.stored_revision(work_paths.database) == "0010_sync"
    tables = ("mentor", "meeting", "sync_outbox", "sync_field", "search_index")
    before = {t: count(work_paths.database, f"SELECT count(*) FROM {t}") for t in tables}
    connection = sqlite3.connect(work_paths.database)
    try:
        meeting_id, edited = connection.execute(
            "SELECT json_extract(row_key, '$[0]'), json_extract(data, '$.notes')"
            " FROM sync_outbox WHERE batch IS NULL"
        ).fetchone()
    finally:
        connection.close()
    assert "café 👍🏽" in edited

    work = Database(work_paths)
    home = Database(resolve_paths(tmp_path / "home"))
    try:
        assert migrate.stored_revision(work_paths.database) == migrate.head_revision()
        for table, number in before.items():
            assert count(work_paths.database, f"SELECT count(*) FROM {table}") == number, table
        assert count(work_paths.database, "SELECT count(*) FROM sync_text") == 0
        assert count(work_paths.database, "SELECT count(*) FROM sync_outbox WHERE texts IS NULL")
        shared = tmp_path / "Dropbox"
        shared.mkdir()
        with work.session() as session:
            sync.configure(session, shared, None)  # the folder moved with the test
        report = sync.run_round(work, NOW)
        assert report.rewritten == 1  # the batch sent before the update, written again
        assert report.sent == 1  # the note edited before the update: now a document
        rewritten = json.loads(next(shared.rglob("*-000000000001-*.mdsync")).read_text("utf-8"))
        assert not any("y" in change for change in rewritten["changes"])  # as it was sent
        with work.session() as session:
            document = sync_text.load(session.connection(), "meeting", f'["{meeting_id}"]', "notes")
            assert document is not None and document.value() == edited

        with home.session() as session:
            sync.configure(session, shared, "Home laptop")
        sync.run_round(home, NOW)
        with home.session() as session:
            assert session.get(Meeting, meeting_id).notes == edited  # type: ignore[union-attr]

        def write(database: Database, text: str) -> None:
            with database.session() as session:
                meeting = session.get(Meeting, meeting_id)
                assert meeting is not None
                meeting.notes = text

        write(work, "Work: 日本語\n" + edited)
        write(home, edited + "\nHome: שלום")
        for database in (work, home, work):
            sync.run_round(database, NOW)
        for database in (work, home):
            with database.session() as session:
                notes = session.get(Meeting, meeting_id).notes  # type: ignore[union-attr]
                assert notes == "Work: 日本語\n" + edited + "\nHome: שלום"
    finally:
        work.close()
        home.close()
