"""The outbox (migration 0010): every change to a synced table is written beside it, in
its own transaction, by triggers; whatever made the change (an ORM session, a bulk
statement, a foreign key's cascade, another program with plain SQL). Nothing is
written while sync is off; the search index is never synced; the clock never goes back."""

from __future__ import annotations

import json
import re
import sqlite3
from datetime import UTC, date, datetime
from pathlib import Path

import pytest
from sqlalchemy import select

from mentordesk.config import resolve_paths
from mentordesk.db import sync_store
from mentordesk.db.database import Database
from mentordesk.db.models import Base, Meeting, Mentor
from mentordesk.services import mentors, sample, sync
from mentordesk.services.mentors import MentorData

NOW = datetime(2026, 12, 7, 9, tzinfo=UTC)


def outbox(path: Path) -> list[tuple[str, list[str], str, dict[str, object], list[str], int]]:
    connection = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        return [
            (str(t), json.loads(k), str(op), json.loads(d), json.loads(f), int(c))
            for t, k, op, d, f, c in connection.execute(
                "SELECT tbl, row_key, op, data, changed, clock FROM sync_outbox ORDER BY seq"
            )
        ]
    finally:
        connection.close()


def switch_on(database: Database) -> None:
    with database.session() as session:
        sync.configure(session, None, "Work laptop")


def test_every_synced_table_has_triggers_that_name_every_column(database: Database) -> None:
    connection = sqlite3.connect(f"file:{database.paths.database}?mode=ro", uri=True)
    try:
        triggers = dict(
            connection.execute("SELECT name, sql FROM sqlite_master WHERE type = 'trigger'")
        )
    finally:
        connection.close()
    synced = sync_store.raw_tables()
    assert set(synced) == {t.name for t in Base.metadata.sorted_tables}  # every record kind
    for name, table in synced.items():
        for event in ("insert", "update", "delete"):
            sql = triggers[f"sync_{name}_{event}"]  # a migration that rebuilt it must remake it
            prefix = "OLD" if event == "delete" else "NEW"
            for column in table.columns:
                assert f'{prefix}."{column.name}"' in sql, (name, event, column.name)


def test_nothing_is_written_while_sync_is_off(database: Database) -> None:
    with database.session() as session:
        mentors.create_mentor(session, MentorData(name="Dana"), now=NOW)
    assert outbox(database.paths.database) == []


def test_each_way_of_writing_lands_in_the_outbox(database: Database) -> None:
    with database.session() as session:
        sample.load_sample(session, date(2026, 12, 7))
    switch_on(database)
    path = database.paths.database
    snapshot = outbox(path)
    assert len(snapshot) == sum(len(rows) for rows in _counts(path).values()), (
        "switching on puts every row in once"
    )
    start = len(snapshot)

    with database.session() as session:  # the ORM
        dana = mentors.create_mentor(session, MentorData(name="Dana"), now=NOW)
    with database.session() as session:
        mentor = session.get(Mentor, dana.id)
        assert mentor is not None
        mentor.role = "Director"
    added = outbox(path)[start:]
    assert [(t, op) for t, _, op, _, _, _ in added[:2]] == [
        ("mentor", "put"),
        ("mentor_status_change", "put"),
    ]
    assert added[-1][0] == "mentor" and added[-1][3] == {"role": "Director"}
    assert added[-1][4] == ["role"]

    with pytest.raises(RuntimeError), database.session() as session:  # rolled back
        mentor = session.get(Mentor, dana.id)
        assert mentor is not None
        mentor.role = "VP"
        session.flush()
        raise RuntimeError("the change fails after the row was written")
    assert len(outbox(path)) == start + len(added)

    raw = sqlite3.connect(path)  # another program, plain SQL
    raw.execute("UPDATE mentor SET organisation = 'Acme' WHERE id = ?", (dana.id,))
    raw.commit()
    raw.close()
    assert outbox(path)[-1][3] == {"organisation": "Acme"}

    with database.session() as session:  # a bulk delete; the meetings go by cascade
        meeting_ids = {str(i) for i in session.scalars(select(Meeting.id))}
        sample.remove_sample_data(session)
    deleted = {tuple(k) for t, k, op, _, _, _ in outbox(path) if op == "del" and t == "meeting"}
    assert {(i,) for i in meeting_ids} <= deleted
    assert not [t for t, *_ in outbox(path) if t.startswith("search_")]


def test_the_clock_never_goes_back(database: Database) -> None:
    switch_on(database)
    for skew_days in (0, -1, -400, 2, -3):
        with database.session() as session:
            session.execute(sync_store.state.update().values(skew_us=skew_days * 86_400_000_000))
        with database.session() as session:
            mentors.create_mentor(session, MentorData(name=f"Mentor {skew_days}"), now=NOW)
    clocks = [c for *_, c in outbox(database.paths.database)]
    assert clocks == sorted(clocks) and len(set(clocks)) == len(clocks)


def test_each_data_folder_gets_its_own_device_id_once(tmp_path: Path) -> None:
    ids = []
    for name in ("one", "two", "one"):
        database = Database(resolve_paths(tmp_path / name))
        try:
            with database.session() as session:
                ids.append(sync.settings(session).device_id)
        finally:
            database.close()
    assert ids[0] == ids[2] != ids[1]
    assert all(re.fullmatch(r"[0-9a-f]{32}", i) for i in ids)


def _counts(path: Path) -> dict[str, list[object]]:
    connection = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        return {
            name: connection.execute(f'SELECT * FROM "{name}"').fetchall()
            for name in sync_store.raw_tables()
        }
    finally:
        connection.close()
