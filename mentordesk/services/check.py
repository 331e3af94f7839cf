"""``mentordesk check``: look at a data folder thoroughly, change nothing, say what is wrong.

SQLite's full ``integrity_check`` and ``foreign_key_check``, the schema against
the revision the file says it is at, the search index against the records, the
attached files, and the backups. Reads only (never the lock, never a write), so
it may run beside the app.
"""

from __future__ import annotations

import sqlite3
import tempfile
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

from mentordesk.config import Paths
from mentordesk.db import backup as backup_files
from mentordesk.db.errors import DatabaseError, Problem
from mentordesk.db.files import has_hot_journal
from mentordesk.db.health import (
    State,
    broken_links,
    examine,
    integrity_problems,
    open_read_only,
    quick_check,
    schema_objects,
)
from mentordesk.db.recovery import roll_back_on_copy, wal_is_foreign
from mentordesk.db.revisions import HEAD_REVISION, schema_at
from mentordesk.db.search import coverage
from mentordesk.services import attachment_files, attachment_reads

LIMIT = 20  # findings listed per check; the count says how many there were

# What the search index holds one entry for (migrations 0003, 0004 and 0005); a table
# the file's revision does not have yet is left out.
SEARCHED_TABLES = (
    "mentor",
    "meeting",
    "agenda_item",
    "action_item",
    "agreement_version",
    "goal",
    "give_back",
    "topic",
    "touch",
    "attachment",
)


@dataclass(frozen=True)
class Finding:
    """One thing looked at: its name, whether it is sound, and what was seen."""

    name: str
    ok: bool
    summary: str
    details: tuple[str, ...] = ()


@dataclass
class Report:
    """Everything ``check`` found about one data folder."""

    data_dir: Path
    findings: list[Finding] = field(default_factory=list)

    @property
    def problems(self) -> list[Finding]:
        return [f for f in self.findings if not f.ok]

    def add(self, name: str, ok: bool, summary: str, details: list[str] | None = None) -> None:
        self.findings.append(Finding(name, ok, summary, tuple(details or ())))


def _size(path: Path) -> str:
    size = path.stat().st_size
    return f"{size / 1_000_000:.1f} MB" if size >= 100_000 else f"{size / 1000:.0f} kB"


def check(paths: Paths, *, now: datetime, live: bool = True) -> Report:
    """Check the data folder at ``paths``. Raises DatabaseError when there is nothing to check
    (no database) or it is from a newer MentorDesk."""
    report = Report(paths.data_dir)
    database = paths.database
    if not database.exists():
        raise DatabaseError(
            f"There is no MentorDesk database in {paths.data_dir}.", Problem.READ_ONLY
        )
    with tempfile.TemporaryDirectory(prefix="mentordesk-check-") as scratch:
        subject = database
        if has_hot_journal(database):
            subject = _rolled_back(database, Path(scratch), report)
        _check_database(paths, subject, report, now=now, live=live)
    return report


def _rolled_back(database: Path, scratch: Path, report: Report) -> Path:
    """A copy of ``database`` with its hot -journal rolled back, as the next start will
    (the file and its journal stay as they are); the database itself if that fails."""
    copy = scratch / database.name
    try:
        roll_back_on_copy(database, copy)
    except (OSError, sqlite3.Error) as error:
        report.add(
            "Unfinished changes",
            False,
            "a -journal beside the database holds a change that never finished, "
            f"and SQLite cannot roll it back ({error})",
        )
        return database
    report.add(
        "Unfinished changes",
        False,
        "a -journal beside the database holds a change that never finished",
        [
            "MentorDesk rolls it back at its next start, on a copy first; "
            "what follows is the database as it will be then."
        ],
    )
    return copy


def _check_database(
    paths: Paths, database: Path, report: Report, *, now: datetime, live: bool
) -> None:
    foreign_wal = not live and wal_is_foreign(database)
    found = examine(database, ignore_wal=foreign_wal)
    if found.state is State.NEWER:
        raise DatabaseError(
            f"The database in {paths.data_dir} was written by a newer MentorDesk "
            f"(schema {found.revision}); check it with that version."
        )
    if found.state is State.FOREIGN:
        raise DatabaseError(f"The file {database} is not a MentorDesk database.")
    where = f"{database.name}, {_size(database)}"
    if found.revision:
        current = "current" if found.revision == HEAD_REVISION else "will be updated at start"
        where += f", schema {found.revision} ({current})"
    report.add("Database", found.state is not State.DAMAGED, where, _damage(found.detail))
    stray = found.stray_wal or foreign_wal
    if stray:
        report.add(
            "Unfinished changes",
            False,
            "a -wal file beside the database does not belong to it"
            + (" (it was written for another file)" if foreign_wal else ""),
            ["MentorDesk sets it aside at its next start (nothing is deleted)."],
        )
    try:
        connection = open_read_only(database, live=live, ignore_wal=stray)
    except sqlite3.Error as error:
        report.add("Reading", False, f"the file cannot be opened ({error})")
        return
    attached: list[tuple[str, str, str]] | None = None
    try:
        _check_contents(connection, report, found.revision)
        try:
            attached = backup_files.attached_files(connection)
        except sqlite3.Error:
            attached = None  # the damage is reported above
    finally:
        connection.close()
    _check_files(paths, report, attached)
    _check_backups(paths, report, now)


def _damage(detail: str) -> list[str]:
    return [detail] if detail else []


def _check_contents(connection: sqlite3.Connection, report: Report, revision: str | None) -> None:
    try:
        problems = integrity_problems(connection)
    except (sqlite3.DatabaseError, UnicodeDecodeError) as error:
        problems = [f"cannot run: {error}"]
    if problems == ["ok"]:
        report.add("Integrity", True, "SQLite's integrity_check: ok")
    else:
        report.add("Integrity", False, f"{len(problems)} problems", problems[:LIMIT])
        return  # the rest would only repeat the damage
    broken = broken_links(connection)
    report.add(
        "Links",
        not broken,
        "every link points at a record" if not broken else f"{len(broken)} links point at nothing",
        [f"{table} row {rowid} → missing {parent}" for table, rowid, parent in broken[:LIMIT]],
    )
    if revision is None:
        report.add("Schema", True, "the database is empty: MentorDesk creates it at start")
        return
    expected = set(schema_at(revision).objects())
    present = schema_objects(connection)
    missing = sorted(expected - present)
    extra = sorted(o for o in present - expected if not o[1].startswith("_alembic_tmp_"))
    report.add(
        "Schema",
        not missing and not extra,
        f"every table, index and trigger of revision {revision}"
        if not missing and not extra
        else f"{len(missing)} missing, {len(extra)} unexpected",
        [f"missing {kind} {name}" for kind, name in missing]
        + [f"unexpected {kind} {name}" for kind, name in extra],
    )
    if ("table", "search_key") in present and not missing:
        searched = [t for t in SEARCHED_TABLES if ("table", t) in present]
        _check_search(connection, report, searched)


def _check_search(connection: sqlite3.Connection, report: Report, searched: list[str]) -> None:
    found = coverage(connection, searched)
    ok = found.unindexed == 0 and found.stale == 0
    report.add(
        "Search index",
        ok,
        f"{found.records} of {found.records} records"
        if ok
        else f"{found.unindexed} missing, {found.stale} left over",
    )


def _check_files(paths: Paths, report: Report, attached: list[tuple[str, str, str]] | None) -> None:
    if attached is not None:
        store = paths.attachments_dir
        present = attachment_files.present(store, (sha256 for _t, _n, sha256 in attached))
        missing = [(title, name) for title, name, sha256 in attached if sha256 not in present]
        # Every file there is read whole: a sealed one's chunks verify, the bytes hash to
        # the recorded SHA-256 (once per file, however often it is attached).
        sound = {sha256 for sha256 in present if attachment_reads.verify(store, sha256)}
        damaged = [(title, name) for title, name, sha256 in attached if sha256 in present - sound]
        if not attached:
            summary = "none recorded"
        elif not missing and not damaged:
            summary = f"all {len(attached)} in {store}"
        else:
            summary = ", ".join(
                part
                for part in (
                    f"{len(missing)} of {len(attached)} missing from {store}" if missing else "",
                    f"{len(damaged)} of {len(attached)} damaged" if damaged else "",
                )
                if part
            )
        report.add(
            "Attached files",
            not missing and not damaged,
            summary,
            [f"missing: “{title}” ({name})" for title, name in missing]
            + [
                f"damaged: “{title}” ({name}): its bytes are not the ones that were saved"
                for title, name in damaged
            ],
        )
    aside = sorted(
        p.name for p in paths.data_dir.glob("mentordesk.sqlite3.*-2*") if p.suffix != ".new"
    )
    if aside:
        report.add(
            "Set-aside files",
            True,
            f"{len(aside)} kept from earlier problems (delete them when you no longer need them)",
            aside,
        )


def _check_backups(paths: Paths, report: Report, now: datetime) -> None:
    backups = backup_files.list_backups(paths.backups_dir)
    if not backups:
        report.add("Backups", True, "none yet (MentorDesk makes one when it starts)")
        return
    newest = backups[0]
    age = now - newest.taken_at
    connection = open_read_only(newest.path)
    try:
        sound = not quick_check(connection)
    except sqlite3.Error:
        sound = False
    finally:
        connection.close()
    when = newest.taken_at.strftime("%Y-%m-%d %H:%M UTC")
    report.add(
        "Backups",
        sound,
        f"{len(backups)}, the newest from {when} ({age.days} days ago) "
        + ("passes its check" if sound else "FAILS its check"),
    )
