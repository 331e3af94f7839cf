"""Start-up problems with the data folder or the database file: a clear message, no traceback."""

from __future__ import annotations

from pathlib import Path

import pytest

from mentordesk.config import DataFolderError, Paths, resolve_paths
from mentordesk.db.database import Database
from mentordesk.db.engine import DatabaseError
from mentordesk.db.types import utc_now


def test_a_database_path_that_cannot_be_opened_gives_a_message(paths: Paths) -> None:
    paths.ensure()
    # Something in the way of the database file (as a read-only file is for a user).
    paths.database.mkdir()
    with pytest.raises(DatabaseError) as caught:
        Database(paths)
    message = str(caught.value)
    assert str(paths.database) in message
    assert "cannot open its database" in message
    assert "--data-dir" in message


def test_a_data_folder_that_is_a_file_is_named_as_such(tmp_path: Path) -> None:
    file = tmp_path / "notes.txt"
    file.write_text("mine")
    with pytest.raises(DataFolderError) as caught:
        resolve_paths(file).ensure()
    assert "it is a file, not a folder" in str(caught.value)
    assert file.read_text() == "mine"


def test_database_errors_do_not_carry_what_the_user_typed(database: Database) -> None:
    """An unexpected database error is logged with its message: no typed text in it."""
    from sqlalchemy import insert
    from sqlalchemy.exc import IntegrityError

    from mentordesk.db.models import Mentor
    from mentordesk.services.mentors import MentorData, create_mentor

    with database.session() as session:
        mentor_id = create_mentor(session, MentorData(name="Sentinel Zebra-4711"), now=utc_now()).id
    with pytest.raises(IntegrityError) as caught, database.session() as session:
        session.execute(insert(Mentor).values(id=mentor_id, name="Sentinel Zebra-4711"))
    assert "Zebra-4711" not in str(caught.value)
