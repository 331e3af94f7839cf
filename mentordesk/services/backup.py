"""Backups of the data folder: when to make one, which to keep, and restoring one.

Qt-free: the app runs these in its backup job thread, the command line directly.

- At start-up when the newest backup is older than a day; every 30 minutes of use
  when the data changed; before every update, import and restore.
- Kept like Anki's: everything from the last 2 days, then one a day for 12 days,
  one a week for 10 weeks and one a month for 9 months. The limits count
  backups, not calendar time, so a clock set years ahead thins, never wipes.
- A restore first backs up the current file (so it can itself be undone); a
  damaged current file is set aside instead, never overwritten.
"""

from __future__ import annotations

import enum
import re
import sqlite3
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path

from mentordesk.config import Paths, make_backups_dir
from mentordesk.db import backup as files
from mentordesk.db import fingerprint
from mentordesk.db.errors import DatabaseError, Problem, classify, is_storage_error
from mentordesk.db.files import companions, has_hot_journal, replace_durably
from mentordesk.db.health import State, examine, set_aside
from mentordesk.db.recovery import roll_back, set_wal_aside, wal_is_foreign
from mentordesk.services import attachment_copies

RECENT = timedelta(days=2)
DAILY, WEEKLY, MONTHLY = 12, 10, 9
STARTUP_AFTER = timedelta(days=1)
AUTO_EVERY = timedelta(minutes=30)


class Reason(enum.StrEnum):
    """Why a backup was made (the last part of its file name)."""

    DAILY = "daily"
    AUTO = "auto"
    MANUAL = "manual"
    BEFORE_IMPORT = "before-import"
    BEFORE_RESTORE = "before-restore"


@dataclass(frozen=True)
class BackupSummary:
    """One backup as the Backups list shows it."""

    path: Path
    taken_at: datetime
    reason: str
    size: int
    revision: str | None
    mentors: int
    meetings: int
    readable: bool


@dataclass(frozen=True)
class RestoreResult:
    """What a restore did with the file that was there before."""

    previous_backup: Path | None  # the current data, backed up first
    set_aside: Path | None  # a damaged (or newer, or foreign) file, moved aside
    files_missing: int = 0  # attached files neither the data folder nor the backup has


def make_backup(paths: Paths, reason: str, now: datetime) -> Path:
    """Back up the database into the backups folder, then thin out old backups."""
    make_backups_dir(paths.backups_dir)
    files.remove_stale_partials(paths.backups_dir)
    target = files.new_backup_path(paths.backups_dir, reason, now)
    try:
        files.copy_database(paths.database, target)
    except Exception as error:
        if _is_damage(error):
            fingerprint.forget(paths.database)  # the next start checks the whole file
        raise
    _with_attachments(paths, target)
    prune(paths.backups_dir, now, keep=target)
    attachment_copies.thin(paths.backups_dir)
    return target


def _is_damage(error: Exception) -> bool:
    """Whether copying the live database found it damaged (its copy's check failed)."""
    if isinstance(error, DatabaseError):
        return error.problem is Problem.CORRUPT
    return is_storage_error(error) and classify(error) is Problem.CORRUPT


def _with_attachments(paths: Paths, target: Path) -> None:
    """Keep the files ``target`` refers to beside it (``services/attachment_copies.py``);
    a backup that cannot have them is not kept either."""
    try:
        attachment_copies.keep_for_backup(paths.attachments_dir, target)
    except BaseException:
        target.unlink(missing_ok=True)
        raise


def export_copy(paths: Paths, target: Path) -> Path:
    """Back up the database to a file of the user's choosing (``mentordesk backup -o``)."""
    if target.exists():
        raise FileExistsError(17, "a file with this name exists", str(target))
    files.copy_database(paths.database, target)
    _with_attachments(paths, target)
    return target


def obsolete(backups: list[files.BackupFile], now: datetime) -> list[files.BackupFile]:
    """The backups retention lets go (``backups`` newest first)."""
    daily, weekly, monthly = DAILY, WEEKLY, MONTHLY
    last_day = last_week = last_month = None
    gone: list[files.BackupFile] = []
    for backup in sorted(backups, key=lambda b: b.taken_at, reverse=True):
        taken = backup.taken_at
        day, week, month = taken.date(), taken.isocalendar()[:2], (taken.year, taken.month)
        if now - taken < RECENT:
            continue
        if daily and day != last_day:
            daily -= 1
        elif weekly and week != last_week:
            weekly -= 1
        elif monthly and month != last_month:
            monthly -= 1
        else:
            gone.append(backup)
            continue
        last_day, last_week, last_month = day, week, month
    return gone


# The reasons MentorDesk writes in its backups' names, now and in earlier versions.
_OWN_REASON = re.compile(
    "|".join(re.escape(reason.value) for reason in Reason)
    + r"|before-update-\d{4}-to-\d{4}|before-\d{4}-to-\d{4}"
)


def made_by_mentordesk(backup: files.BackupFile) -> bool:
    """Whether MentorDesk named this file itself (``mentordesk-<time>-mine.sqlite3``, a
    copy a person keeps beside its backups, is listed and can be restored, never thinned)."""
    return _OWN_REASON.fullmatch(backup.reason) is not None


def prune(folder: Path, now: datetime, keep: Path | None = None) -> list[Path]:
    """Delete the backups retention lets go; returns them. Never the newest, never ``keep``,
    never a file MentorDesk did not name itself."""
    backups = files.list_backups(folder)
    removed: list[Path] = []
    own = [backup for backup in backups[1:] if made_by_mentordesk(backup)]
    for backup in obsolete(own, now):
        if backup.path != keep:
            backup.path.unlink(missing_ok=True)
            removed.append(backup.path)
    return removed


def backup_due_at_startup(paths: Paths, now: datetime) -> bool:
    """Whether the newest backup is older than a day (or has a time that cannot be right)."""
    backups = files.list_backups(paths.backups_dir)
    if not backups:
        return True
    newest = backups[0].taken_at
    return now - newest >= STARTUP_AFTER or newest - now > STARTUP_AFTER


def data_signature(paths: Paths) -> tuple[tuple[int, int], ...]:
    """Changes whenever anything is committed (sizes and times of the file and its -wal)."""
    signature = []
    for file in (paths.database, *companions(paths.database)):
        try:
            info = file.stat()
        except FileNotFoundError:
            signature.append((-1, -1))
            continue
        signature.append((info.st_size, info.st_mtime_ns))
    return tuple(signature)


def summarize(backup: files.BackupFile) -> BackupSummary:
    """Date, size and counts of one backup (``readable`` False if it cannot be read)."""
    try:
        size = backup.size
        contents = files.read_contents(backup.path)
    except (OSError, sqlite3.Error, UnicodeDecodeError):
        return BackupSummary(backup.path, backup.taken_at, backup.reason, 0, None, 0, 0, False)
    return BackupSummary(
        backup.path,
        backup.taken_at,
        backup.reason,
        size,
        contents.revision,
        contents.mentors,
        contents.meetings,
        True,
    )


def list_summaries(paths: Paths) -> list[BackupSummary]:
    """Every backup, newest first, with its date, size and counts."""
    return [summarize(b) for b in files.list_backups(paths.backups_dir)]


def usable(path: Path) -> bool:
    """Whether ``path`` is a sound MentorDesk database this version can open."""
    try:
        return examine(path).state in (State.CURRENT, State.OLDER)
    except DatabaseError:
        return False


def newest_good_backup(paths: Paths) -> BackupSummary | None:
    """The newest backup that passes its check and this version can open."""
    for backup in files.list_backups(paths.backups_dir):
        if usable(backup.path):
            summary = summarize(backup)
            if summary.readable:
                return summary
    return None


def check_restorable(source: Path) -> None:
    """Raise DatabaseError unless ``source`` can be restored (sound, MentorDesk's, not newer)."""
    found = examine(source)
    if found.state in (State.CURRENT, State.OLDER):
        return
    what = {
        State.NEW: "it holds no MentorDesk data",
        State.NEWER: f"it was written by a newer MentorDesk (schema {found.revision})",
        State.FOREIGN: "it is not a MentorDesk database",
        State.DAMAGED: f"it is damaged ({found.detail})",
    }[found.state]
    raise DatabaseError(f"The file {source} cannot be restored: {what}. Nothing was changed.")


def restore(paths: Paths, source: Path, now: datetime) -> RestoreResult:
    """Put the backup ``source`` in place of the database. Nothing may have it open.

    The current data is backed up first (or, when damaged, set aside untouched).
    """
    check_restorable(source)
    # The files first: when they cannot all come back, nothing else has changed.
    _brought, files_missing = attachment_copies.bring_back_for(paths.attachments_dir, source)
    database = paths.database
    if has_hot_journal(database):  # as a start would, so the data replaced is kept whole
        roll_back(database)
    if wal_is_foreign(database):
        set_wal_aside(database)
    current = examine(database)
    previous = aside = None
    if current.state in (State.CURRENT, State.OLDER):
        previous = make_backup(paths, Reason.BEFORE_RESTORE, now)
    elif database.exists():
        label = "damaged" if current.state is State.DAMAGED else "replaced"
        aside = set_aside(database, now, label=label)
    building = database.with_name(database.name + ".restoring")
    building.unlink(missing_ok=True)
    files.copy_database(source, building, live=False)
    files.to_wal_mode(building)
    if previous is not None:
        # The replaced file's -wal/-shm: what they held is in ``previous``.
        for extra in companions(database):
            extra.unlink(missing_ok=True)
    elif any(p.exists() for p in companions(database)):
        set_aside(database, now, companions_only=True, label="replaced")
    fingerprint.forget(database)  # it described the file replaced
    replace_durably(building, database)
    return RestoreResult(previous, aside, files_missing)


def start_empty(paths: Paths, now: datetime) -> Path | None:
    """Set the (damaged) database aside, so the next start creates an empty one."""
    if not paths.database.exists() and not any(p.exists() for p in companions(paths.database)):
        return None
    return set_aside(paths.database, now)
