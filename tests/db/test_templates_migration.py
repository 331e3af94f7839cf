"""Migration 0007_templates_recap on a real 0005 database (tests/db/fixtures/
mentordesk-0005-calendar.sqlite3, made by tests/db/older.database_at("0005") with one
planned meeting saved 347 s after it was planned and one held meeting): everything
comes through, the new tables are there and empty of the person's data, and a planned
meeting's calendar event never goes below the SEQUENCE the old export gave it."""

from __future__ import annotations

import sqlite3
from datetime import UTC, datetime
from pathlib import Path

from icalendar import Calendar

from mentordesk.config import Paths
from mentordesk.db import migrate
from mentordesk.db.database import Database
from mentordesk.services import calendar_export
from tests.db.test_agreements_migration import count

FIXTURE = Path(__file__).with_name("fixtures") / "mentordesk-0005-calendar.sqlite3"
AUTOSAVED = "21ec0dc5-9742-4628-9019-85ff0e7bcae0"  # planned; the old SEQUENCE was 347
HELD = "a89ceaab-ae07-41b7-8a3e-3e29abdd68d4"


def test_a_0005_database_gains_templates_recaps_and_calendar_versions(
    paths: Paths, tmp_path: Path
) -> None:
    paths.ensure()
    paths.database.write_bytes(FIXTURE.read_bytes())
    assert migrate.stored_revision(paths.database) == "0005"
    before = {
        table: count(paths.database, f"SELECT count(*) FROM {table}")
        for table in ("mentor", "meeting", "agenda_item", "search_index")
    }
    db = Database(paths)
    try:
        # the head as Alembic's script folder says (another migration may come before)
        assert migrate.stored_revision(paths.database) == migrate.head_revision()
        for table, number in before.items():
            assert count(paths.database, f"SELECT count(*) FROM {table}") == number, table
        assert count(paths.database, "SELECT count(*) FROM meeting_template") == 0
        assert count(paths.database, "SELECT count(*) FROM meeting_recap") == 0
        connection = sqlite3.connect(f"file:{paths.database}?mode=ro", uri=True)
        try:
            versions = dict(
                connection.execute("SELECT meeting_id, sequence FROM calendar_event").fetchall()
            )
        finally:
            connection.close()
        assert versions[AUTOSAVED] == 347 and HELD not in versions
        path = tmp_path / "after.ics"
        with db.session() as session:
            calendar_export.write_calendar(
                session, path, datetime(2025, 1, 1, tzinfo=UTC), alarm_minutes=30
            )
        found = {str(e["UID"]): e for e in Calendar.from_ical(path.read_bytes()).walk("VEVENT")}
        assert int(str(found[f"{AUTOSAVED}@mentordesk"]["SEQUENCE"])) == 348
        assert all(len(event.walk("VALARM")) == 1 for event in found.values())
    finally:
        db.close()
