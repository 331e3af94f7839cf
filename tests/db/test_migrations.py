"""Migrations: models and migrations agree, backups, and files MentorDesk must refuse untouched."""

from __future__ import annotations

import hashlib
import os
import random
import sqlite3
import stat
from datetime import date
from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext

from mentordesk.config import Paths
from mentordesk.db import migrate
from mentordesk.db.database import Database
from mentordesk.db.engine import DatabaseError
from mentordesk.db.health import DamagedDatabaseError, integrity_problems, open_read_only
from mentordesk.db.models import Base
from mentordesk.db.types import utc_now
from mentordesk.services.backup import make_backup
from mentordesk.services.mentors import MentorData, create_mentor, list_mentors
from tests.platforms import posix_file_modes


def fingerprint(path: Path) -> tuple[str, int]:
    """The file's sha256 and modification time, to prove it was not touched."""
    return hashlib.sha256(path.read_bytes()).hexdigest(), path.stat().st_mtime_ns


def sidecars(path: Path) -> list[Path]:
    return [
        path.with_name(path.name + suffix)
        for suffix in ("-wal", "-shm", "-journal")
        if path.with_name(path.name + suffix).exists()
    ]


def sound(path: Path) -> bool:
    """SQLite's full integrity check finds nothing wrong with the file at ``path``."""
    connection = open_read_only(path)
    try:
        return integrity_problems(connection) == ["ok"]
    finally:
        connection.close()


def test_models_and_migrations_agree(database: Database) -> None:
    with database.engine.connect() as connection:
        context = MigrationContext.configure(
            connection,
            opts={
                "include_name": migrate.include_name,
                "compare_type": True,
                "render_as_batch": True,
            },
        )
        assert compare_metadata(context, Base.metadata) == []


def test_head_revision_constant_matches_the_migrations() -> None:
    assert migrate.head_revision() == migrate.HEAD_REVISION


def test_a_new_database_is_stored_at_head(database: Database, paths: Paths) -> None:
    assert migrate.stored_revision(paths.database) == migrate.HEAD_REVISION


# --- a database from a newer MentorDesk ------------------------------------------------


def _database_from_a_newer_version(paths: Paths) -> None:
    db = Database(paths)
    with db.session() as session:
        create_mentor(session, MentorData(name="Ada Lovelace"), now=utc_now())
    db.close()
    connection = sqlite3.connect(paths.database)
    with connection:
        connection.execute("UPDATE alembic_version SET version_num = '9999'")
    connection.close()
    assert sidecars(paths.database) == []


def test_a_database_from_a_newer_version_is_refused_unchanged(paths: Paths) -> None:
    _database_from_a_newer_version(paths)
    before = fingerprint(paths.database)
    with pytest.raises(migrate.NewerDatabaseError, match="newer version") as refused:
        Database(paths)
    assert "9999" in str(refused.value)
    assert fingerprint(paths.database) == before
    assert list(paths.backups_dir.iterdir()) == []


def test_a_database_from_a_newer_version_gets_no_wal_file(paths: Paths) -> None:
    _database_from_a_newer_version(paths)
    with pytest.raises(migrate.NewerDatabaseError):
        Database(paths)
    assert sidecars(paths.database) == []


# --- files that are not MentorDesk databases --------------------------------------------


def test_a_file_that_is_not_a_database_is_refused_unchanged(paths: Paths) -> None:
    paths.ensure()
    paths.database.write_bytes(random.Random(20240601).randbytes(4096))
    before = fingerprint(paths.database)
    with pytest.raises(DamagedDatabaseError, match="not a database") as refused:
        Database(paths)
    assert str(paths.database) in str(refused.value)
    assert fingerprint(paths.database) == before
    assert sidecars(paths.database) == []


def test_a_database_of_another_program_is_refused_unchanged(paths: Paths) -> None:
    paths.ensure()
    connection = sqlite3.connect(paths.database)
    with connection:
        connection.execute("CREATE TABLE recipe (id INTEGER PRIMARY KEY, title TEXT)")
        connection.execute("INSERT INTO recipe (title) VALUES ('Soup')")
    connection.close()
    before = fingerprint(paths.database)
    with pytest.raises(DatabaseError, match="not MentorDesk's") as refused:
        Database(paths)
    assert type(refused.value) is DatabaseError
    assert fingerprint(paths.database) == before
    assert sidecars(paths.database) == []
    connection = sqlite3.connect(f"file:{paths.database}?mode=ro", uri=True)
    try:
        tables = connection.execute("SELECT name FROM sqlite_master WHERE type='table'").fetchall()
    finally:
        connection.close()
    assert tables == [("recipe",)]


def test_a_database_that_does_not_say_its_version_is_refused_unchanged(paths: Paths) -> None:
    db = Database(paths)
    db.close()
    connection = sqlite3.connect(paths.database)
    with connection:
        connection.execute("DELETE FROM alembic_version")
    connection.close()
    before = fingerprint(paths.database)
    with pytest.raises(DatabaseError, match="damaged"):
        Database(paths)
    assert fingerprint(paths.database) == before


# --- backups ------------------------------------------------------------------------------


def test_a_backup_is_a_checked_copy(database: Database, paths: Paths) -> None:
    with database.session() as session:
        create_mentor(
            session, MentorData(name="Ada Lovelace", tags=("mathematics",)), now=utc_now()
        )
    # The mentor is still only in the -wal file; the copy must include it.
    backup = make_backup(paths, "manual", now=utc_now())
    assert backup.parent == paths.backups_dir
    assert backup.exists()
    assert backup.name.endswith("-manual.sqlite3")
    assert sidecars(backup) == []
    assert sound(backup)
    connection = sqlite3.connect(f"file:{backup}?mode=ro", uri=True)
    try:
        names = connection.execute("SELECT name FROM mentor").fetchall()
        revision = connection.execute("SELECT version_num FROM alembic_version").fetchall()
    finally:
        connection.close()
    assert names == [("Ada Lovelace",)]
    assert revision == [(migrate.HEAD_REVISION,)]


@posix_file_modes
def test_backups_are_private_even_with_a_permissive_umask(paths: Paths) -> None:
    older = sorted(FIXTURES.glob("mentordesk-*.sqlite3"))[0]
    paths.ensure()
    paths.database.write_bytes(older.read_bytes())
    previous = os.umask(0o022)
    try:
        database = Database(paths)  # updates the older file, backing it up first
        database.close()
        manual = make_backup(paths, "manual", now=utc_now())
    finally:
        os.umask(previous)
    before_update = database.migration_backup
    assert before_update is not None
    for backup in (before_update, manual):
        assert stat.S_IMODE(backup.stat().st_mode) == 0o600, backup.name


def test_no_backup_for_a_brand_new_file_or_one_already_at_head(paths: Paths) -> None:
    first = Database(paths)
    try:
        assert first.migration_backup is None  # brand-new empty file
        with first.session() as session:
            create_mentor(session, MentorData(name="Ada Lovelace"), now=utc_now())
    finally:
        first.close()
    second = Database(paths)
    try:
        assert second.migration_backup is None  # already at head
        with second.session() as session:
            assert [
                m.data.name for m in list_mentors(session, today=date.today(), now=utc_now())
            ] == ["Ada Lovelace"]
    finally:
        second.close()
    assert list(paths.backups_dir.iterdir()) == []


# --- real databases written by earlier versions -----------------------------------------

FIXTURES = Path(__file__).with_name("fixtures")


@pytest.mark.parametrize(
    "fixture", sorted(FIXTURES.glob("mentordesk-*.sqlite3")), ids=lambda p: p.stem
)
def test_an_older_database_is_backed_up_then_updated_keeping_everything(
    fixture: Path, paths: Paths
) -> None:
    paths.ensure()
    paths.database.write_bytes(fixture.read_bytes())
    old_revision = migrate.stored_revision(paths.database)
    assert old_revision is not None and old_revision != migrate.HEAD_REVISION
    with sqlite3.connect(paths.database) as conn:
        mentors_before = conn.execute("SELECT id, name, notes FROM mentor ORDER BY id").fetchall()
    db = Database(paths)
    try:
        backup = db.migration_backup
        assert backup is not None and backup.parent == paths.backups_dir
        assert migrate.stored_revision(backup) == old_revision
        assert sound(backup)
        assert migrate.stored_revision(paths.database) == migrate.HEAD_REVISION
        with db.session() as session:
            mentors = list_mentors(session, today=date.today(), now=utc_now())
            assert sorted((m.id, m.data.name, m.data.notes) for m in mentors) == mentors_before
            assert all(m.data.tags for m in mentors)
            assert all(m.history for m in mentors)
    finally:
        db.close()
