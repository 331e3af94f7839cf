"""What went wrong, in the user's words: the one place errors become sentences.

Storage failures arrive classified (``db/errors.py``); services raise
not-found, gone-with-parent and field errors. No raw SQLite or Python text
ever reaches the user, and nothing here decides anything from message text.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from mentordesk.db.errors import Problem, classify, is_storage_error
from mentordesk.services.errors import FieldValidationError, GoneWithParentError, NotFoundError
from mentordesk.services.kinds import Kind

CONTEXT = "messages"

# What happened, as a phrase that follows "Not saved: " or "Could not …: ".
PROBLEMS = {
    Problem.BUSY: QT_TRANSLATE_NOOP(
        "messages", "the database is busy (another program is using it)"
    ),
    Problem.FULL: QT_TRANSLATE_NOOP("messages", "the disk is full"),
    Problem.READ_ONLY: QT_TRANSLATE_NOOP("messages", "the data folder cannot be written to"),
    Problem.IO: QT_TRANSLATE_NOOP("messages", "the disk reported an error"),
    Problem.CORRUPT: QT_TRANSLATE_NOOP("messages", "the database file is damaged"),
    Problem.CONSTRAINT: QT_TRANSLATE_NOOP(
        "messages", "the change conflicts with other data (a mistake in MentorDesk)"
    ),
    Problem.BUG: QT_TRANSLATE_NOOP(
        "messages", "something unexpected went wrong (a mistake in MentorDesk; see the log)"
    ),
}

# What to do about it, for dialogs.
ADVICE = {
    Problem.BUSY: QT_TRANSLATE_NOOP("messages", "Close the other program, then try again."),
    Problem.FULL: QT_TRANSLATE_NOOP("messages", "Free some disk space, then try again."),
    Problem.READ_ONLY: QT_TRANSLATE_NOOP(
        "messages", "Check that the data folder is yours and not read-only (Help ▸ About)."
    ),
    Problem.IO: QT_TRANSLATE_NOOP("messages", "Check the disk, then try again."),
    Problem.CORRUPT: QT_TRANSLATE_NOOP(
        "messages", "Quit MentorDesk and restore a backup (see the README)."
    ),
    Problem.CONSTRAINT: QT_TRANSLATE_NOOP("messages", "Nothing was changed."),
    Problem.BUG: QT_TRANSLATE_NOOP("messages", "Nothing was changed."),
}

# The kind of record, as a person names it ("the meeting was deleted").
KIND_NAMES = {
    Kind.MENTOR: QT_TRANSLATE_NOOP("messages", "mentor"),
    Kind.TAG: QT_TRANSLATE_NOOP("messages", "tag"),
    Kind.MENTOR_TAG: QT_TRANSLATE_NOOP("messages", "tag"),
    Kind.STATUS_CHANGE: QT_TRANSLATE_NOOP("messages", "status change"),
    Kind.MEETING: QT_TRANSLATE_NOOP("messages", "meeting"),
    Kind.AGENDA_ITEM: QT_TRANSLATE_NOOP("messages", "agenda point"),
    Kind.ACTION_ITEM: QT_TRANSLATE_NOOP("messages", "action item"),
    Kind.NOTE_SNAPSHOT: QT_TRANSLATE_NOOP("messages", "earlier version of the notes"),
    Kind.AGREEMENT: QT_TRANSLATE_NOOP("messages", "agreement"),
    Kind.AGREEMENT_VERSION: QT_TRANSLATE_NOOP("messages", "agreement version"),
}


def kind_name(kind: Kind) -> str:
    return QCoreApplication.translate("messages", str(KIND_NAMES[kind]))


def is_expected(error: BaseException) -> bool:
    """Errors a user can meet in normal use (as opposed to bugs, which propagate)."""
    return isinstance(error, NotFoundError | FieldValidationError) or is_storage_error(error)


def problem_text(error: BaseException) -> str:
    """Why something failed, as a phrase that can follow "Could not save: "."""
    if isinstance(error, GoneWithParentError):
        return QCoreApplication.translate(
            "messages", "the {kind} it belongs to was deleted meanwhile"
        ).format(kind=kind_name(error.kind))
    if isinstance(error, NotFoundError):
        return QCoreApplication.translate("messages", "this {kind} was deleted meanwhile").format(
            kind=kind_name(error.kind)
        )
    if isinstance(error, FieldValidationError):
        return " ".join(error.errors.values())
    return QCoreApplication.translate("messages", str(PROBLEMS[classify(error)]))


def advice_text(error: BaseException) -> str:
    """What the user can do about ``error`` ("" when there is nothing to do)."""
    if isinstance(error, NotFoundError | FieldValidationError):
        return ""
    return QCoreApplication.translate("messages", str(ADVICE[classify(error)]))


def tell(parent: QWidget | None, title: str, text: str) -> None:
    """Show ``text`` in a message box over ``parent`` (the one way to say it)."""
    box = QMessageBox(parent)
    box.setObjectName("problemBox")
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(title)
    box.setText(text)
    box.exec()
