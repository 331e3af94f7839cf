"""A damaged, incomplete or empty database is found before anything writes to it (issue 7).

Each test damages a real file the way the world does, then proves that opening
it raises a plain-words error and leaves the file exactly as it was.
"""

from __future__ import annotations

import hashlib
import shutil
import sqlite3
import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest

from mentordesk.config import Paths
from mentordesk.db.database import Database
from mentordesk.db.health import DamagedDatabaseError, State, examine
from mentordesk.db.types import utc_now
from mentordesk.services.mentors import MentorData, create_mentor, list_mentors

ROOT = Path(__file__).resolve().parents[2]


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def beside(path: Path) -> list[str]:
    """The -wal, -shm and -journal files next to ``path``."""
    return sorted(p.name for p in path.parent.glob(path.name + "-*"))


def database_with_mentors(paths: Paths, count: int, prefix: str = "Mentor") -> None:
    db = Database(paths)
    try:
        with db.session() as session:
            for number in range(count):
                create_mentor(
                    session, MentorData(name=f"{prefix} {number}", notes="n" * 2000), now=utc_now()
                )
    finally:
        db.close()  # the last connection checkpoints: everything is in the main file
    assert beside(paths.database) == []


def test_random_bytes_in_the_middle_are_found_and_the_file_is_not_written(paths: Paths) -> None:
    database_with_mentors(paths, 60)
    data = bytearray(paths.database.read_bytes())
    middle = len(data) // 2
    data[middle : middle + 4096] = bytes(range(256)) * 16
    paths.database.write_bytes(bytes(data))
    before = digest(paths.database)
    with pytest.raises(DamagedDatabaseError) as refused:
        Database(paths)
    assert "damaged" in str(refused.value)
    assert digest(paths.database) == before
    assert beside(paths.database) == []


def test_a_database_missing_a_table_of_its_revision_is_not_opened(paths: Paths) -> None:
    database_with_mentors(paths, 2)
    connection = sqlite3.connect(paths.database)
    connection.execute("DROP TABLE search_index")
    connection.commit()
    connection.close()
    before = digest(paths.database)
    with pytest.raises(DamagedDatabaseError, match="incomplete: missing table search_index"):
        Database(paths)
    assert digest(paths.database) == before


def test_a_zero_byte_database_is_not_replaced_by_an_empty_one(paths: Paths) -> None:
    paths.ensure()
    paths.database.write_bytes(b"")
    with pytest.raises(DamagedDatabaseError, match="empty"):
        Database(paths)
    assert paths.database.read_bytes() == b""
    assert beside(paths.database) == []


def test_unreadable_schema_text_is_reported_as_damage_not_a_python_error(paths: Paths) -> None:
    database_with_mentors(paths, 1)
    connection = sqlite3.connect(paths.database)
    connection.execute("PRAGMA writable_schema=ON")
    # The name of an index, as a disk error would leave it: bytes that are not UTF-8.
    connection.execute(
        "UPDATE sqlite_master SET name = CAST(X'69785FFF' AS TEXT) WHERE name = 'ix_mentor_status'"
    )
    connection.commit()
    connection.close()
    before = digest(paths.database)
    with pytest.raises(DamagedDatabaseError):
        Database(paths)
    assert digest(paths.database) == before


def test_a_database_killed_while_being_created_opens_as_new_next_time(paths: Paths) -> None:
    """A new database is built under another name: a kill never leaves a 0-byte file."""
    paths.ensure()
    building = paths.database.with_name(paths.database.name + ".new")
    building.write_bytes(b"half")  # what a kill during the very first start leaves
    db = Database(paths)
    try:
        with db.session() as session:
            assert list_mentors(session, today=date.today(), now=utc_now()) == []
    finally:
        db.close()
    assert not building.exists()


def _kill_while_writing(paths: Paths) -> None:
    """A child writes 400 mentors (into the -wal) and is killed with -9."""
    code = f"""
import time
from mentordesk.config import resolve_paths
from mentordesk.db.database import Database
from mentordesk.db.types import utc_now
from mentordesk.services.mentors import MentorData, create_mentor
db = Database(resolve_paths({str(paths.data_dir)!r}))
for batch in range(20):
    with db.session() as session:
        for n in range(20):
            create_mentor(
                session, MentorData(name=f"After {{batch}} {{n}}", notes="y" * 3000), now=utc_now()
            )
print("written", flush=True)
time.sleep(120)
"""
    with subprocess.Popen(
        [sys.executable, "-c", code], cwd=ROOT, stdout=subprocess.PIPE, text=True
    ) as child:
        assert child.stdout is not None
        assert child.stdout.readline().strip() == "written"
        child.kill()  # SIGKILL; TerminateProcess on Windows: no chance to clean up
        child.wait()


@pytest.mark.slow
def test_a_backup_copied_over_the_database_after_a_crash_opens_as_the_backup(
    paths: Paths,
) -> None:
    """The natural way to restore by hand leaves the crashed file's -wal behind."""
    from mentordesk.services.backup import make_backup

    database_with_mentors(paths, 50, prefix="Before")
    backup = make_backup(paths, "manual", now=utc_now())
    _kill_while_writing(paths)
    wal = paths.database.with_name(paths.database.name + "-wal")
    assert wal.stat().st_size > 0, "the crash should leave changes in the -wal"
    leftover = digest(wal)
    shutil.copyfile(backup, paths.database)

    db = Database(paths)
    try:
        with db.session() as session:
            names = sorted(
                m.data.name for m in list_mentors(session, today=date.today(), now=utc_now())
            )
    finally:
        db.close()
    assert names == sorted(f"Before {n}" for n in range(50))
    assert db.stray_wal is not None
    kept = db.stray_wal.with_name(db.stray_wal.name + "-wal")
    assert digest(kept) == leftover, "the set-aside changes are kept, not deleted"
    assert examine(paths.database).state is State.CURRENT
