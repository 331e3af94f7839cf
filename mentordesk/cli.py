"""The commands that need no window: check, backup, restore, export, ics, import, note,
sync.

Dispatched by ``__main__`` before Qt is imported; none of them imports PySide6.
Commands that change the data folder take the same lock as the window, so they
refuse to run beside a running MentorDesk. Exit codes are listed in ``EXIT`` and
in the README.
"""

from __future__ import annotations

import argparse
import logging
import sys
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path

from mentordesk import cli_passphrase
from mentordesk.cli_passphrase import PassphraseError
from mentordesk.cli_report import files_missing as _files_missing
from mentordesk.cli_report import kept_lines as _kept_lines
from mentordesk.cli_report import out, refused, report, utf8_when_redirected
from mentordesk.config import DataFolderError, Paths, resolve_paths
from mentordesk.db.errors import (
    DESCRIPTIONS,
    DatabaseError,
    Problem,
    classify,
    is_storage_error,
)
from mentordesk.db.health import State, examine
from mentordesk.db.key_file import WrongPassphraseError
from mentordesk.lock import DataFolderLock, FolderInUseError, LockUnwritableError
from mentordesk.services.attachment_files import AttachmentFileError, describe

OK, PROBLEMS_FOUND, USAGE, NO_WINDOW_LIBRARIES, IN_USE, UNUSABLE, REFUSED = range(7)
WRONG_PASSPHRASE, SYNC_PAUSED = 7, 8

EXIT = {
    OK: "done (check: nothing wrong)",
    PROBLEMS_FOUND: "check found problems",
    USAGE: "wrong arguments",
    NO_WINDOW_LIBRARIES: "system libraries for the window are missing",
    IN_USE: "another MentorDesk is using the data folder",
    UNUSABLE: "the database or the given file cannot be used",
    REFUSED: "the disk or file system refused",
    WRONG_PASSPHRASE: "wrong passphrase (or none given) for an encrypted data folder, or "
    "for the sync folder (sync)",
    SYNC_PAUSED: "sync is paused: the sync folder is missing or emptied",
}


class CommandError(Exception):
    """A command cannot do its work; ``code`` is the exit code, the message for the user."""

    def __init__(self, message: str, code: int) -> None:
        super().__init__(message)
        self.code = code


def _storage_code(error: BaseException) -> int:
    problem = error.problem if isinstance(error, DatabaseError) else classify(error)
    if problem in (Problem.CORRUPT, None, Problem.BUG, Problem.CONSTRAINT):
        return UNUSABLE
    return REFUSED


def _existing_paths(args: argparse.Namespace, make: bool = False) -> Paths:
    """The data folder's paths; ``make``: create the folder if it is missing."""
    paths = resolve_paths(args.data_dir)
    try:
        if make:
            paths.ensure()
    except DataFolderError as unusable:
        raise CommandError(unusable.args[0], UNUSABLE) from unusable
    if not paths.data_dir.is_dir():
        raise CommandError(f"There is no data folder at {paths.data_dir}.", UNUSABLE)
    if not paths.is_ours():
        raise CommandError(f"{paths.data_dir} is not a MentorDesk data folder.", UNUSABLE)
    return paths


def _locked(paths: Paths) -> DataFolderLock:
    lock = DataFolderLock(paths.lock_file)
    try:
        lock.acquire()
    except FolderInUseError as error:
        raise CommandError(
            f"{error} Close MentorDesk first (this command changes the data folder).", IN_USE
        ) from error
    except LockUnwritableError as error:
        raise CommandError(str(error), REFUSED) from error
    return lock


def _in_use(paths: Paths) -> bool:
    lock = DataFolderLock(paths.lock_file)
    try:
        lock.acquire()
    except FolderInUseError:
        return True
    except LockUnwritableError:
        return False
    lock.release()
    return False


def _output(args: argparse.Namespace, *, folder: bool, example: str = "") -> Path:
    """The ``-o`` target, checked before any work: never an existing one unless ``--force``,
    never a symbolic link (``services.export_target``)."""
    from mentordesk.services import export_target

    target = export_target.absolute(args.output)
    if not folder and target.is_dir() and not target.is_symlink() and example:
        raise CommandError(f"{target} is a folder; give a file name such as {example}.", USAGE)
    try:
        if folder:
            export_target.check_folder(target, force=args.force)
        else:
            export_target.check_file(target, force=args.force)
    except export_target.TargetRefusedError as refused:
        raise CommandError(str(refused), UNUSABLE) from None
    return target


# -- check ------------------------------------------------------------------------------
def check(args: argparse.Namespace, now: datetime) -> int:
    from mentordesk.services.check import check as check_folder

    paths = _existing_paths(args)
    running = _in_use(paths)
    report = check_folder(paths, now=now, live=running)  # not running: nothing is written beside it
    out(f"MentorDesk check of {report.data_dir}")
    if running:
        out("  (MentorDesk is open: this is what it has saved so far)")
    for finding in report.findings:
        mark = "ok " if finding.ok else "!! "
        out(f"  {mark}{finding.name}: {finding.summary}")
        for detail in finding.details:
            out(f"        {detail}")
    problems = report.problems
    if not problems:
        out("Nothing is wrong.")
        return OK
    out(f"{len(problems)} problem{'s' if len(problems) > 1 else ''} found.")
    if any(f.name in ("Database", "Integrity") for f in problems):
        out("Restore a backup: start MentorDesk to choose one, or see `mentordesk restore -h`.")
    return PROBLEMS_FOUND


# -- backup -----------------------------------------------------------------------------
def backup(args: argparse.Namespace, now: datetime) -> int:
    from mentordesk.services import backup as backups

    paths = _existing_paths(args)
    found = examine(paths.database)
    if found.state not in (State.CURRENT, State.OLDER):
        raise CommandError(
            f"The database {paths.database} cannot be backed up: "
            f"{found.detail or found.state.value}. Run `mentordesk check` to see more.",
            UNUSABLE,
        )
    if args.output:
        from mentordesk.db.backup import copy_database

        target = _output(args, folder=False)
        from mentordesk.services.attachment_copies import keep_for_backup

        copy_database(paths.database, target)  # a temporary name, checked, then renamed
        keep_for_backup(paths.attachments_dir, target)  # beside it: mentordesk-attachments/
        made = target
    else:
        try:
            made = backups.make_backup(paths, backups.Reason.MANUAL, now)
        except OSError as error:
            raise CommandError(f"{refused(error)} No backup was made.", REFUSED) from error
    contents = _contents(made)
    out(f"Backed up to {made} ({contents}).")
    return OK


def _contents(path: Path) -> str:
    from mentordesk.db.backup import read_contents

    found = read_contents(path)
    return f"{found.mentors} mentors, {found.meetings} meetings"


# -- restore ----------------------------------------------------------------------------
def restore(args: argparse.Namespace, now: datetime) -> int:
    from mentordesk.services import backup as backups

    source = Path(args.file).expanduser().resolve()
    if not source.is_file():
        raise CommandError(f"There is no file {source}.", UNUSABLE)
    paths = resolve_paths(args.data_dir)
    try:
        paths.ensure()
    except DataFolderError as error:
        raise CommandError(str(error), UNUSABLE) from error
    lock = _locked(paths)
    try:
        result = backups.restore(paths, source, now)
    finally:
        lock.release()
    out(f"Restored {source.name} ({_contents(paths.database)}) into {paths.data_dir}.")
    if result.previous_backup is not None:
        out(f"The data it replaced is kept as the backup {result.previous_backup.name}.")
    if result.set_aside is not None:
        out(f"The damaged database it replaced is kept as {result.set_aside.name}.")
    if result.files_missing:
        out(_files_missing(result.files_missing, "the backup"))
    return OK


# -- export and import --------------------------------------------------------------------
def export(args: argparse.Namespace, now: datetime) -> int:
    from mentordesk.db.database import Database
    from mentordesk.services import record_words
    from mentordesk.services.exporting import export_to

    paths = _existing_paths(args)
    target = _output(args, folder=args.format != "json")
    database = Database(paths)
    try:
        with database.session() as session:
            written = export_to(
                session, args.format, target, force=args.force, attachments=paths.attachments_dir
            )
    finally:
        database.close()
    summary = record_words.summary(written, "nothing to export")
    out(f"Exported to {target} ({summary}).")
    return OK


def ics(args: argparse.Namespace, now: datetime) -> int:
    from mentordesk.db.database import Database
    from mentordesk.services.calendar_export import MAX_ALARM_MINUTES, write_calendar

    alarm = int(getattr(args, "alarm", 30))
    if not 0 <= alarm <= MAX_ALARM_MINUTES:
        raise CommandError(f"--alarm takes minutes from 0 to {MAX_ALARM_MINUTES} (a week).", USAGE)
    paths = _existing_paths(args)
    target = _output(args, folder=False, example="meetings.ics")
    database = Database(paths)
    try:
        with database.session() as session:
            count = write_calendar(session, target, now, alarm)
    finally:
        database.close()
    meetings = "1 meeting" if count == 1 else f"{count} meetings"
    out(f"Wrote {meetings} to {target}. Import it into your calendar; a newer file updates it.")
    return OK


def import_(args: argparse.Namespace, now: datetime) -> int:
    from mentordesk.services import record_words
    from mentordesk.services.exchange import ImportRejectedError
    from mentordesk.services.importing import ALREADY, import_file

    source = Path(args.file).expanduser().resolve()
    if not source.is_file():
        raise CommandError(f"There is no file {source}.", UNUSABLE)
    # Importing into a new folder is how data moves to a new computer.
    paths = resolve_paths(args.data_dir) if args.dry_run else _existing_paths(args, make=True)
    lock = None if args.dry_run else _locked(paths)
    try:
        result = import_file(paths, source, now=now, dry_run=args.dry_run, keep_mine=args.add_new)
    except ImportRejectedError as rejected:
        sys.stderr.write(
            f"mentordesk import: {source.name} cannot be imported; nothing was changed:\n"
        )
        for problem in rejected.problems:
            sys.stderr.write(f"  {problem}\n")
        if any(p.what == ALREADY for p in rejected.problems):
            sys.stderr.write(
                "Some records are in your data already. To add only what is new and keep "
                "yours as they are, run it again with --add-new.\n"
            )
        return UNUSABLE
    finally:
        if lock is not None:
            lock.release()
    summary = record_words.summary(result.counts)
    kept = _kept_lines(result.kept)
    if args.dry_run:
        return report(
            "import", [f"{source.name} is valid; importing it would add: {summary}.", *kept]
        )
    if not result.counts:
        return report("import", [f"{source.name} holds nothing new; nothing was changed.", *kept])
    lines = [f"Imported {source.name}: {summary}.", *kept]
    if result.files_missing:
        lines.append(_files_missing(result.files_missing, "mentordesk-attachments beside it"))
    if result.backup is not None:
        lines.append(f"Your data before the import is kept as the backup {result.backup.name}.")
    return report("import", lines)  # committed: done, whatever becomes of these lines


def note(args: argparse.Namespace, now: datetime) -> int:
    from mentordesk import cli_note

    codes = {cli_note.USAGE: USAGE, cli_note.IN_USE: IN_USE}
    try:
        out(cli_note.note(_existing_paths(args), args, now))
    except cli_note.NoteError as error:
        raise CommandError(str(error), codes.get(error.reason, REFUSED)) from error
    return OK


def passphrase(args: argparse.Namespace, now: datetime) -> int:
    paths = _existing_paths(args)
    lock = _locked(paths)
    try:
        cli_passphrase.passphrase(paths, args, USAGE, out)
    finally:
        lock.release()
    return OK


def sync(args: argparse.Namespace, now: datetime) -> int:
    from mentordesk import cli_sync

    # Setting sync up where MentorDesk never ran makes the data folder (as import does).
    paths = _existing_paths(
        args, make=bool(args.folder) and Path(args.folder).expanduser().is_dir()
    )
    codes = {
        cli_sync.USAGE: USAGE,
        cli_sync.PAUSED: SYNC_PAUSED,
        cli_sync.IN_USE: IN_USE,
        cli_sync.PASSPHRASE: WRONG_PASSPHRASE,
    }
    in_use = _in_use(paths)  # then the open window owns the folder: it runs the round
    lock = None if in_use else _locked(paths)
    try:
        lines = cli_sync.open_app(paths, args) if in_use else cli_sync.sync(paths, args, now)
    except cli_sync.SyncError as error:
        raise CommandError(str(error), codes[error.reason]) from error
    finally:
        if lock is not None:
            lock.release()
    for line in lines:
        out(line)
    return OK


COMMANDS: dict[str, Callable[[argparse.Namespace, datetime], int]] = {
    "check": check,
    "backup": backup,
    "restore": restore,
    "export": export,
    "ics": ics,
    "import": import_,
    "note": note,
    "passphrase": passphrase,
    "sync": sync,
}


def run(args: argparse.Namespace) -> int:
    """Run the command in ``args``; report failures in plain words on stderr."""
    # The log's lines (meant for the window's log file) never reach the terminal:
    # each failure is said once, below, in the person's words.
    logging.getLogger().addHandler(logging.NullHandler())
    utf8_when_redirected()
    try:
        if args.command != "passphrase":  # with encryption on, the others read it first
            cli_passphrase.unlock_for_command(resolve_paths(args.data_dir))
        # The clock is read once, here: every service below is given this moment.
        return COMMANDS[args.command](args, datetime.now(UTC))
    except (CommandError, PassphraseError) as error:
        sys.stderr.write(f"mentordesk {args.command}: {error}\n")
        return error.code
    except WrongPassphraseError as error:
        sys.stderr.write(f"mentordesk {args.command}: {error}\n")
        return WRONG_PASSPHRASE
    except DatabaseError as error:
        sys.stderr.write(f"mentordesk {args.command}: {error}\n")
        return _storage_code(error)
    except AttachmentFileError as error:
        sys.stderr.write(f"mentordesk {args.command}: {describe(error)}; nothing was changed.\n")
        return UNUSABLE
    except OSError as error:
        sys.stderr.write(f"mentordesk {args.command}: {refused(error)}\n")
        return REFUSED
    except DataFolderError as error:
        sys.stderr.write(f"mentordesk {args.command}: {error}.\n")
        return UNUSABLE
    except Exception as error:  # SQLite's and SQLAlchemy's own errors; anything else is a bug
        if not is_storage_error(error):
            raise
        problem = classify(error)
        sys.stderr.write(
            f"mentordesk {args.command}: {DESCRIPTIONS[problem]}; nothing was changed.\n"
        )
        return _storage_code(error)
