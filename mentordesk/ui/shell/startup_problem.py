"""What a person sees when MentorDesk cannot start on its data: the real cause, and a way on.

A damaged database gets a choice (the newest good backup, with its date and
counts, or an empty start); every other problem a message naming the cause —
full disk with the space needed, busy, permissions, newer version — and what
to do. Nothing here writes or deletes anything; the caller acts on the choice.
"""

from __future__ import annotations

import errno
import os
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLocale
from PySide6.QtWidgets import QMessageBox, QWidget

from mentordesk import APP_NAME
from mentordesk.config import Paths, on_read_only_disk
from mentordesk.db.errors import DatabaseError, Problem
from mentordesk.db.files import megabytes
from mentordesk.db.health import DamagedDatabaseError, NewerDatabaseError
from mentordesk.lock import FolderInUseError, LockUnwritableError
from mentordesk.services.backup import BackupSummary
from mentordesk.ui.messages import Choice, ask, tell

RESTORE, EMPTY, QUIT = "restore", "empty", "quit"


def local_time(summary: BackupSummary) -> str:
    """The backup's date and time, in the local time zone and the user's format."""
    from PySide6.QtCore import QDateTime

    moment = QDateTime.fromSecsSinceEpoch(int(summary.taken_at.timestamp()))
    return QLocale().toString(moment, QLocale.FormatType.LongFormat)


def backup_label(summary: BackupSummary) -> str:
    return QCoreApplication.translate(
        "StartupProblem", "Restore the backup of {when} ({mentors}, {meetings})"
    ).format(when=local_time(summary), **_counts(summary))


def _counts(summary: BackupSummary) -> dict[str, str]:
    """ "3 mentors", "1 meeting": a backup's contents, in the translation's plural forms."""
    mentors, meetings = summary.mentors, summary.meetings  # plain names for pyside6-lupdate
    return {
        "mentors": QCoreApplication.translate("StartupProblem", "%n mentor(s)", "", mentors),
        "meetings": QCoreApplication.translate("StartupProblem", "%n meeting(s)", "", meetings),
    }


def ask_about_damage(
    parent: QWidget | None, error: DamagedDatabaseError, backup: BackupSummary | None
) -> str:
    """RESTORE (``backup``), EMPTY or QUIT. The damaged file is never changed by asking."""
    text = QCoreApplication.translate(
        "StartupProblem", "MentorDesk cannot use its database: it is damaged ({detail})."
    ).format(detail=error.detail)
    if backup is not None:
        choice = QCoreApplication.translate(
            "StartupProblem",
            "You can go back to your newest good backup, from {when}: {mentors} and "
            "{meetings}. Or start with an empty database.",
        ).format(when=local_time(backup), **_counts(backup))
    else:
        choice = QCoreApplication.translate(
            "StartupProblem",
            "There is no backup to go back to. You can start with an empty database.",
        )
    detail = (
        choice
        + "\n\n"
        + QCoreApplication.translate(
            "StartupProblem",
            "Either way the damaged file is kept, renamed to mentordesk.sqlite3.damaged-<time>, "
            "in {folder}. Quit leaves everything as it is.",
        ).format(folder=error.path.parent)
    )
    choices = [
        Choice(
            EMPTY,
            QMessageBox.StandardButton.Discard,
            QCoreApplication.translate("StartupProblem", "Start empty"),
            "startEmptyButton",
        ),
        Choice(
            QUIT,
            QMessageBox.StandardButton.Cancel,
            QCoreApplication.translate("StartupProblem", "Quit"),
            "quitButton",
        ),
    ]
    if backup is not None:
        restore = Choice(
            RESTORE,
            QMessageBox.StandardButton.Ok,
            QCoreApplication.translate("StartupProblem", "Restore this backup"),
            "restoreBackupButton",
        )
        choices.insert(0, restore)
    return ask(
        parent,
        QCoreApplication.translate("StartupProblem", "Your data needs attention"),
        text,
        choices,
        detail=detail,
        name="damagedDatabaseBox",
        icon=QMessageBox.Icon.Warning,
        default=RESTORE if backup is not None else QUIT,
    )


def database_problem_text(error: DatabaseError, paths: Paths) -> str:
    """The cause of a database that cannot be opened, and what to do, in plain words."""
    folder = paths.data_dir
    if isinstance(error, NewerDatabaseError):
        return QCoreApplication.translate(
            "StartupProblem",
            "This data was last used by a newer version of MentorDesk. Update MentorDesk to "
            "open it. Nothing was changed.\n\nData folder: {folder}",
        ).format(folder=folder)
    if error.problem is Problem.FULL:
        return QCoreApplication.translate(
            "StartupProblem",
            "The disk is full. MentorDesk needs about {needed} MB of free space to open your "
            "data safely. Free some space, then start MentorDesk again. Nothing was changed."
            "\n\nData folder: {folder}",
        ).format(needed=megabytes(error.needed_bytes or 0), folder=folder)
    if error.problem is Problem.BUSY:
        return QCoreApplication.translate(
            "StartupProblem",
            "Another program is using MentorDesk's database (a database browser, or a sync or "
            "backup tool). Close it, then start MentorDesk again. Nothing was changed."
            "\n\nDatabase: {database}",
        ).format(database=paths.database)
    if error.problem is Problem.READ_ONLY and on_read_only_disk(folder):
        return read_only_disk_text(folder)
    if error.problem is Problem.READ_ONLY:
        if os.name == "nt":
            return QCoreApplication.translate(
                "StartupProblem",
                "MentorDesk is not allowed to read or write its data. In File Explorer, "
                "right-click the data folder, choose Properties ▸ Security and give your "
                "account Full control, or start MentorDesk with another data folder "
                "(--data-dir).\n\nData folder: {folder}",
            ).format(folder=folder)
        return QCoreApplication.translate(
            "StartupProblem",
            "MentorDesk is not allowed to read or write its data. Check that the data folder "
            "and the files in it belong to you (a run with sudo can leave files you cannot "
            "write), or start MentorDesk with another data folder (--data-dir)."
            "\n\nData folder: {folder}",
        ).format(folder=folder)
    if error.problem is Problem.IO:
        return QCoreApplication.translate(
            "StartupProblem",
            "The disk reported an error while reading your data. Copy the data folder to a "
            "safe place, then check the disk.\n\nData folder: {folder}",
        ).format(folder=folder)
    return str(error)


def folder_in_use_text(error: FolderInUseError, paths: Paths) -> str:
    holder = (
        QCoreApplication.translate("StartupProblem", " (process {pid})").format(pid=error.pid)
        if error.pid
        else ""
    )
    return QCoreApplication.translate(
        "StartupProblem",
        "MentorDesk is already open with this data folder{holder}, but it does not answer. "
        "If a MentorDesk command is running (restore, import), wait until it ends; if a "
        "MentorDesk window is frozen, close it. Two copies writing the same notes could lose "
        "some of them.\n\nData folder: {folder}",
    ).format(holder=holder, folder=paths.data_dir)


def read_only_disk_text(folder: Path) -> str:
    return QCoreApplication.translate(
        "StartupProblem",
        "The disk holding MentorDesk's data is mounted read-only, so MentorDesk cannot "
        "write there. Mount it read-write, or start MentorDesk with another data folder "
        "(--data-dir). Nothing was changed.\n\nData folder: {folder}",
    ).format(folder=folder)


def lock_unwritable_text(error: LockUnwritableError) -> str:
    if error.error.errno == errno.EROFS or on_read_only_disk(error.path):
        return read_only_disk_text(error.path.parent)
    if error.problem is Problem.FULL:
        cause = QCoreApplication.translate(
            "StartupProblem", "the disk is full. Free some space, then start MentorDesk again."
        )
    elif error.problem is Problem.READ_ONLY:
        cause = (
            QCoreApplication.translate(
                "StartupProblem",
                "it is not allowed (the file or its folder may belong to another user). Make "
                "them yours again in the folder's Properties ▸ Security, or use another data "
                "folder.",
            )
            if os.name == "nt"
            else QCoreApplication.translate(
                "StartupProblem",
                "it is not allowed (the file or its folder may belong to another user, for "
                "example after a run with sudo). Make them yours again, or use another data "
                "folder.",
            )
        )
    else:
        cause = QCoreApplication.translate(
            "StartupProblem", "the disk reported an error ({reason})."
        ).format(reason=error.error.strerror or error.error)
    return QCoreApplication.translate(
        "StartupProblem", "MentorDesk cannot write its lock file {path}: {cause}"
    ).format(path=error.path, cause=cause)


def show_problem(parent: QWidget | None, text: str) -> None:
    """A start-up problem, as a dialog a person must read."""
    tell(parent, APP_NAME, text, icon=QMessageBox.Icon.Critical, name="startupProblemBox")
