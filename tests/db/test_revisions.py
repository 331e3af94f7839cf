"""``db/revisions.py`` says exactly what a database at each revision holds."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from alembic import command
from sqlalchemy import create_engine

from mentordesk.db import migrate
from mentordesk.db.health import schema_objects
from mentordesk.db.revisions import HEAD_REVISION, known_revisions, later_objects, schema_at


def built_at(revision: str, folder: Path) -> set[tuple[str, str]]:
    """The schema objects of a database that the real migrations brought to ``revision``."""
    path = folder / f"at-{revision}.sqlite3"
    engine = create_engine(f"sqlite:///{path}")
    try:
        with engine.begin() as connection:
            command.upgrade(migrate.alembic_config(connection), revision)
    finally:
        engine.dispose()
    reader = sqlite3.connect(path)
    try:
        return schema_objects(reader)
    finally:
        reader.close()


@pytest.mark.parametrize("revision", known_revisions())
def test_the_schema_of_every_revision_is_what_its_migrations_build(
    revision: str, tmp_path: Path
) -> None:
    assert built_at(revision, tmp_path) == set(schema_at(revision).objects())


def test_every_migration_is_listed_and_the_head_is_the_last() -> None:
    assert set(known_revisions()) == migrate.known_revisions()
    assert known_revisions()[-1] == HEAD_REVISION == migrate.head_revision()


def test_what_later_revisions_add_is_known_as_leftovers() -> None:
    leftovers = later_objects("0002")
    assert ("table", "search_key") in leftovers
    assert ("trigger", "search_mentor_insert") in leftovers
    assert ("table", "meeting") not in leftovers
    assert later_objects(HEAD_REVISION) == frozenset()
