"""Storage errors are classified from SQLite's codes, never from message text."""

from __future__ import annotations

import errno
import sqlite3
from pathlib import Path

import pytest
from sqlalchemy import create_engine, text
from sqlalchemy.exc import IntegrityError, OperationalError

from mentordesk.db.errors import Problem, StorageError, classify, is_storage_error


def test_a_write_lock_held_by_another_connection_is_busy(tmp_path: Path) -> None:
    path = tmp_path / "busy.sqlite3"
    holder = sqlite3.connect(path, isolation_level=None)
    holder.execute("CREATE TABLE t (x)")
    holder.execute("BEGIN IMMEDIATE")
    engine = create_engine(f"sqlite:///{path}", connect_args={"timeout": 0})
    try:
        with pytest.raises(OperationalError) as caught, engine.begin() as connection:
            connection.execute(text("INSERT INTO t VALUES (1)"))
        assert classify(caught.value) is Problem.BUSY
        assert is_storage_error(caught.value)
    finally:
        engine.dispose()
        holder.close()


def test_a_broken_unique_rule_is_a_constraint(tmp_path: Path) -> None:
    engine = create_engine(f"sqlite:///{tmp_path / 'c.sqlite3'}")
    with engine.begin() as connection:
        connection.execute(text("CREATE TABLE t (x UNIQUE)"))
        connection.execute(text("INSERT INTO t VALUES (1)"))
    with pytest.raises(IntegrityError) as caught, engine.begin() as connection:
        connection.execute(text("INSERT INTO t VALUES (1)"))
    engine.dispose()
    assert classify(caught.value) is Problem.CONSTRAINT


def test_a_file_that_is_not_a_database_is_corrupt(tmp_path: Path) -> None:
    path = tmp_path / "junk.sqlite3"
    path.write_bytes(b"this is not a database at all" * 200)
    connection = sqlite3.connect(path)
    with pytest.raises(sqlite3.DatabaseError) as caught:
        connection.execute("SELECT * FROM sqlite_master").fetchall()
    connection.close()
    assert classify(caught.value) is Problem.CORRUPT


def test_a_read_only_database_is_read_only(tmp_path: Path) -> None:
    path = tmp_path / "ro.sqlite3"
    sqlite3.connect(path).execute("CREATE TABLE t (x)").connection.commit()
    connection = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    with pytest.raises(sqlite3.OperationalError) as caught:
        connection.execute("INSERT INTO t VALUES (1)")
    connection.close()
    assert classify(caught.value) is Problem.READ_ONLY


@pytest.mark.parametrize(
    ("number", "problem"),
    [
        (errno.ENOSPC, Problem.FULL),
        (errno.EACCES, Problem.READ_ONLY),
        (errno.EROFS, Problem.READ_ONLY),
        (errno.EIO, Problem.IO),
    ],
)
def test_file_system_errors_by_errno(number: int, problem: Problem) -> None:
    assert classify(OSError(number, "whatever the message says")) is problem


def test_message_text_decides_nothing() -> None:
    # A message that mentions "locked" and "disk is full" without a code is a bug.
    assert classify(RuntimeError("database is locked; disk is full")) is Problem.BUG
    assert not is_storage_error(RuntimeError("database is locked"))
    assert classify(StorageError(Problem.FULL)) is Problem.FULL
