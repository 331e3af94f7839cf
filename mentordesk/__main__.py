"""Entry point: ``mentordesk`` and ``python -m mentordesk``.

Arguments are read before anything else is imported: ``--help``, ``--version``
and every command (``check``, ``backup``, ``restore``, ``export``, ``ics``, ``import``,
``note``, ``passphrase``) run without Qt (``mentordesk/cli.py``); only the window imports PySide6.
"""

from __future__ import annotations

import argparse
import sys

from mentordesk import __version__

DATA_DIR_HELP = (
    "keep the database, backups and settings in DIR "
    "(default: the system's user data folder; also MENTORDESK_DATA_DIR)"
)


def _data_dir(parser: argparse.ArgumentParser, default: object) -> None:
    parser.add_argument("--data-dir", metavar="DIR", default=default, help=DATA_DIR_HELP)


def _force(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--force",
        action="store_true",
        help="replace an existing file (or an earlier export's folder); "
        "a symbolic link is never followed",
    )


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="mentordesk",
        description="MentorDesk: run all of your mentor relationships on your own laptop. "
        "Without a command, opens the window.",
        epilog="Exit codes: 0 done (check: nothing wrong), 1 check found problems, "
        "2 wrong arguments, 3 system libraries for the window are missing, "
        "4 another MentorDesk is using the data folder, 5 the database or the given file "
        "cannot be used (missing, damaged, not MentorDesk's, newer version, not valid), "
        "6 the disk or file system refused (full, permissions, busy, I/O error), "
        "7 wrong passphrase (or none given) for an encrypted data folder. "
        "With encryption on, every command reads the passphrase: it asks from a terminal, "
        "else reads one line from standard input.",
    )
    parser.add_argument("--version", action="version", version=f"MentorDesk {__version__}")
    _data_dir(parser, None)
    parser.add_argument(
        "--self-test",
        action="store_true",
        help="open every area and create, edit and delete a mentor in a temporary "
        "database, then exit 0 on success",
    )
    parser.add_argument(
        "--minimized",
        action="store_true",
        help="start with the window minimized (as at login, for reminders)",
    )
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")

    check = commands.add_parser(
        "check",
        help="check the database and backups thoroughly; changes nothing",
        description="Run SQLite's integrity and foreign key checks, compare the schema with "
        "the revision the file says it is at, check the search index, attached files and "
        "backups. Changes nothing; may run while MentorDesk is open. "
        "Exit 0: nothing wrong; 1: problems found (listed).",
    )
    _data_dir(check, argparse.SUPPRESS)

    backup = commands.add_parser(
        "backup",
        help="back up the database now (may run while MentorDesk is open)",
        description="Copy the database with SQLite's backup API, check the copy, and keep it "
        "in the backups folder (old backups are thinned as usual), or write it to FILE.",
    )
    _data_dir(backup, argparse.SUPPRESS)
    backup.add_argument(
        "-o", "--output", metavar="FILE", help="write the backup to FILE (a new file)"
    )
    _force(backup)

    restore = commands.add_parser(
        "restore",
        help="put a backup in place of the database (MentorDesk must be closed)",
        description="Check FILE, back up the current database (or set it aside when it is "
        "damaged), then put FILE in its place. Refuses to run while MentorDesk is open.",
    )
    _data_dir(restore, argparse.SUPPRESS)
    restore.add_argument("file", metavar="FILE", help="a backup (.sqlite3) to restore")

    export = commands.add_parser(
        "export",
        help="write every record to JSON, a Markdown folder or CSV files",
        description="JSON holds every record (docs/export-format.md) and can be imported "
        "again; Markdown is a folder per mentor to read without MentorDesk; CSV is mentors, "
        "meetings and action items for spreadsheets. May run while MentorDesk is open.",
    )
    _data_dir(export, argparse.SUPPRESS)
    export.add_argument("--format", choices=("json", "markdown", "csv"), default="json")
    export.add_argument(
        "-o",
        "--output",
        metavar="PATH",
        required=True,
        help="the file (JSON) or folder (Markdown, CSV) to create; it must not exist yet",
    )
    _force(export)

    ics = commands.add_parser(
        "ics",
        help="write the planned meetings as a calendar file (.ics)",
        description="Write every planned meeting (and ones cancelled or passed in the last "
        "30 days) to FILE for Google Calendar, Outlook or Apple Calendar. Importing a newer "
        "file updates the events instead of adding copies; an existing FILE is replaced "
        "whole with --force. "
        "May run while MentorDesk is open.",
    )
    _data_dir(ics, argparse.SUPPRESS)
    ics.add_argument(
        "-o", "--output", metavar="FILE", required=True, help="the .ics file (a new file)"
    )
    _force(ics)
    ics.add_argument(
        "--alarm",
        metavar="MINUTES",
        type=int,
        default=30,
        help="each event's reminder, in minutes before it starts (default 30)",
    )

    import_ = commands.add_parser(
        "import",
        help="add the records of a JSON export (MentorDesk must be closed)",
        description="Check FILE completely; if anything is wrong, list where and change "
        "nothing. Otherwise back up the database and add every record in one transaction.",
    )
    _data_dir(import_, argparse.SUPPRESS)
    import_.add_argument("file", metavar="FILE", help="a MentorDesk JSON export")
    import_.add_argument(
        "--dry-run", action="store_true", help="only check FILE and say what it would add"
    )
    import_.add_argument(
        "--add-new",
        action="store_true",
        help="add what is new, keep what you have: records already in your data stay as "
        "they are (those the file changed are listed)",
    )

    note = commands.add_parser(
        "note",
        help="drop a topic in a mentor's inbox (MentorDesk open or closed)",
        description="Add TEXT to the topic inbox of the mentor called NAME (the whole name in "
        "any case, or a part only they have); the next Plan meeting offers it ticked. With "
        "MentorDesk open, it adds the topic itself and shows it at once.",
    )
    _data_dir(note, argparse.SUPPRESS)
    note.add_argument("--mentor", metavar="NAME", required=True, help="the mentor's name")
    note.add_argument("--private", action="store_true", help="never in anything copied or sent")
    note.add_argument("text", metavar="TEXT", nargs="+", help="the topic")

    passphrase = commands.add_parser(
        "passphrase",
        help="turn encryption on (set), change the passphrase, or turn it off (remove)",
        description="set: encrypt the database, its backups, damaged copies and attached files "
        "under a new passphrase and print a recovery key; change: a new passphrase (the "
        "old one, or the recovery key, first); remove: decrypt everything. From a "
        "terminal it asks (twice for a new passphrase); otherwise it reads one line "
        "from standard input per passphrase (change: the old, then the new). "
        "MentorDesk must be closed.",
    )
    _data_dir(passphrase, argparse.SUPPRESS)
    passphrase.add_argument("action", choices=("set", "change", "remove"))
    sync = commands.add_parser(
        "sync",
        help="one sync round with your other laptops (MentorDesk open or closed)",
        description="Send this laptop's changes to the sync folder and apply what your other "
        "laptops left there. The first time, give --folder (a folder your sync service "
        "keeps) and --device (this laptop's name). With encryption on, batches are "
        "encrypted with a key made from the passphrase the sync folder was set up with. "
        "Exit 8: the sync folder is missing or emptied, so sync is paused and nothing "
        "changed; exit 7: the passphrase differs from the sync folder's (nothing applied).",
    )
    _data_dir(sync, argparse.SUPPRESS)
    sync.add_argument("--folder", metavar="PATH", help="the sync folder (set once)")
    sync.add_argument("--device", metavar="NAME", help="this laptop's name (set once)")
    sync.add_argument(
        "--log", action="store_true", help="list what sync decided by itself, newest first"
    )
    sync.add_argument(
        "--sync-passphrase",
        action="store_true",
        help="with encryption on: ask (after this laptop's passphrase) for the passphrase the "
        "sync folder was set up with, when it differs from this laptop's (asked once)",
    )
    sync.add_argument(
        "--restore",
        metavar="N",
        type=int,
        help="put back the value that decision N did not keep (an edit made here now)",
    )
    return parser


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(sys.argv[1:] if argv is None else argv)
    if args.command:
        from mentordesk import cli

        return cli.run(args)
    from mentordesk.qtcheck import check_qt_can_load, explain_missing, library_in_error

    problem = check_qt_can_load()
    if problem:
        sys.stderr.write(problem)
        return 3
    try:
        from mentordesk import app
    except ImportError as error:
        library = library_in_error(str(error))
        if library is None:
            raise
        sys.stderr.write(explain_missing([library]))
        return 3
    if args.self_test:
        return app.run_self_test()
    return app.run(args.data_dir, minimized=args.minimized)


if __name__ == "__main__":
    sys.exit(main())
