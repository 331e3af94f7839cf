"""What went wrong, and every question asked, in the user's words.

The one place errors become sentences, and the one place a message box is built:
``tell`` says something, ``confirm`` asks before doing it, ``ask`` offers several
answers. Nothing else in the app builds a ``QMessageBox`` (tests/test_architecture.py).

Storage failures arrive classified (``db/errors.py``); services raise
not-found, gone-with-parent and field errors. No raw SQLite or Python text
ever reaches the user, and nothing here decides anything from message text.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import NamedTuple

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from mentordesk.db.errors import Problem, classify, is_storage_error
from mentordesk.services.errors import FieldValidationError, GoneWithParentError, NotFoundError
from mentordesk.ui import vocabulary

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


def is_expected(error: BaseException) -> bool:
    """Errors a user can meet in normal use (as opposed to bugs, which propagate)."""
    return isinstance(error, NotFoundError | FieldValidationError) or is_storage_error(error)


def problem_text(error: BaseException) -> str:
    """Why something failed, as a phrase that can follow "Could not save: "."""
    if isinstance(error, GoneWithParentError):
        return QCoreApplication.translate(
            "messages", "the {kind} it belongs to was deleted meanwhile"
        ).format(kind=vocabulary.name(error.kind))
    if isinstance(error, NotFoundError):
        return QCoreApplication.translate("messages", "this {kind} was deleted meanwhile").format(
            kind=vocabulary.name(error.kind)
        )
    if isinstance(error, FieldValidationError):
        return " ".join(error.errors.values())
    return QCoreApplication.translate("messages", str(PROBLEMS[classify(error)]))


def advice_text(error: BaseException) -> str:
    """What the user can do about ``error`` ("" when there is nothing to do)."""
    if isinstance(error, NotFoundError | FieldValidationError):
        return ""
    return QCoreApplication.translate("messages", str(ADVICE[classify(error)]))


class Choice(NamedTuple):
    """One answer to a question: what it returns, its words, and its button.

    ``button`` is a standard button (its role and key are the platform's, and tests
    press it by that name) whose text is replaced by ``text`` when one is given.
    """

    key: str
    button: QMessageBox.StandardButton
    text: str = ""
    name: str = ""


def _box(
    parent: QWidget | None, name: str, icon: QMessageBox.Icon, title: str, text: str, detail: str
) -> QMessageBox:
    box = QMessageBox(parent)
    box.setObjectName(name)
    box.setIcon(icon)
    box.setWindowTitle(title)
    box.setText(text)
    if detail:
        box.setInformativeText(detail)
    return box


def tell(
    parent: QWidget | None,
    title: str,
    text: str,
    *,
    detail: str = "",
    name: str = "problemBox",
    icon: QMessageBox.Icon = QMessageBox.Icon.Warning,
    details: str = "",
) -> None:
    """Show ``text`` in a message box over ``parent`` (the one way to tell something).

    ``detail`` is shown under the text; ``details`` behind a "Show Details" button.
    """
    box = _box(parent, name, icon, title, text, detail)
    if details:
        box.setDetailedText(details)
    try:
        box.exec()
    finally:
        box.deleteLater()


def ask(
    parent: QWidget | None,
    title: str,
    text: str,
    choices: Sequence[Choice],
    *,
    detail: str = "",
    name: str = "questionBox",
    icon: QMessageBox.Icon = QMessageBox.Icon.Question,
    default: str = "",
) -> str:
    """Ask a question with several answers; the key of the chosen one.

    Escape (or closing the box) gives the last choice, which should be the one that
    changes nothing; ``default`` is the answer Enter gives (else the last choice too).
    """
    box = _box(parent, name, icon, title, text, detail)
    buttons = {}
    for choice in choices:
        button = box.addButton(choice.button)
        if choice.text:
            button.setText(choice.text)
        if choice.name:
            button.setObjectName(choice.name)
        button.setAccessibleName(button.text().replace("&", ""))
        buttons[choice.key] = button
    box.setEscapeButton(buttons[choices[-1].key])
    box.setDefaultButton(buttons[default or choices[-1].key])
    try:
        box.exec()
        clicked = box.clickedButton()
    finally:
        box.deleteLater()
    return next((key for key, button in buttons.items() if button is clicked), choices[-1].key)


def confirm(
    parent: QWidget | None,
    title: str,
    text: str,
    yes: str,
    *,
    detail: str = "",
    name: str = "confirmBox",
    icon: QMessageBox.Icon = QMessageBox.Icon.Question,
    yes_name: str = "confirmButton",
) -> bool:
    """Ask before doing something: True when the person chose ``yes`` (Cancel is the default)."""
    cancel = Choice("cancel", QMessageBox.StandardButton.Cancel, name="cancelButton")
    answer = ask(
        parent,
        title,
        text,
        [Choice("yes", QMessageBox.StandardButton.Yes, yes, yes_name), cancel],
        detail=detail,
        name=name,
        icon=icon,
    )
    return answer == "yes"


def discard_changes(parent: QWidget | None, who: str, problem: str) -> bool:
    """Typed changes cannot be saved: True when the person chose to drop them.

    The one unsaved-changes question of every form (a mentor, a goal, an agreement).
    """
    return (
        ask(
            parent,
            QCoreApplication.translate("messages", "Unsaved changes"),
            QCoreApplication.translate(
                "messages", "Your changes to {who} are not saved yet:"
            ).format(who=who),
            [
                Choice("discard", QMessageBox.StandardButton.Discard),
                Choice("cancel", QMessageBox.StandardButton.Cancel),
            ],
            detail=problem,
            name="unsavedChangesBox",
            icon=QMessageBox.Icon.Warning,
        )
        == "discard"
    )
