"""At start: replay the typing journals a crash left (services/typing_recovery.py) and
say in plain words what came back."""

from __future__ import annotations

import contextlib
import logging
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from mentordesk.services.kinds import Kind
from mentordesk.ui.context import AppContext
from mentordesk.ui.messages import is_expected

if TYPE_CHECKING:
    from mentordesk.services.typing_recovery import Recovery

log = logging.getLogger(__name__)


def recover_typing(context: AppContext) -> list[Recovery]:
    """Replay every journal in the data folder, oldest first; each in its own transaction.

    A journal that was replayed (or whose meeting is gone) is removed; one that could not
    be read is renamed ``….damaged`` and logged; one whose replay failed (the disk) stays
    for the next start. Never raises for a journal.
    """
    folder = context.database.paths.journal_dir
    if not folder.is_dir():
        return []
    from mentordesk.services import typing_journal, typing_recovery

    for spare in folder.glob("*.journal.new"):  # a rewrite cut short: the old file is whole
        with contextlib.suppress(OSError):
            spare.unlink()
    done: list[Recovery] = []
    for journal in typing_journal.journal_files(folder):
        try:
            result = context.store(typing_recovery.replay, journal, now=context.now())
        except Exception as error:
            if not is_expected(error):
                log.exception("Replaying the typing journal %s failed", journal.path.name)
            else:
                log.warning("Replaying the typing journal %s failed: %s", journal.path.name, error)
            continue
        log.info(
            "Typing journal %s: %s (%d characters)",
            journal.path.name,
            result.outcome,
            result.characters,
        )
        _put_away(journal.path, damaged=result.outcome == typing_recovery.UNREADABLE)
        done.append(result)
    changed = [
        r.record_id
        for r in done
        if r.outcome in (typing_recovery.RECOVERED, typing_recovery.KEPT_AS_VERSION)
    ]
    if changed:
        context.notify(Kind.MEETING, changed)
    return done


def _put_away(path: Path, damaged: bool) -> None:
    try:
        if damaged:
            path.replace(path.with_name(path.name + ".damaged"))
        else:
            path.unlink(missing_ok=True)
    except OSError as error:
        log.warning("Cannot remove the typing journal %s: %s", path.name, error)


def recovered_words(results: list[Recovery]) -> str:
    """What the person is told ("" when there is nothing to tell)."""
    from mentordesk.services.typing_recovery import KEPT_AS_VERSION, RECOVERED

    said = []
    recovered = [r.title for r in results if r.outcome == RECOVERED]
    if recovered:
        count = len(recovered)  # a plain name: pyside6-lupdate reads the plural then
        said.append(
            QCoreApplication.translate(
                "TypingRecovery",
                "MentorDesk closed before the last notes you typed were saved. They are back: "
                "the notes of %n meeting(s) were recovered ({names}).",
                "",
                count,
            ).format(names=", ".join(recovered))
        )
    kept = [r.title for r in results if r.outcome == KEPT_AS_VERSION]
    if kept:
        count = len(kept)
        said.append(
            QCoreApplication.translate(
                "TypingRecovery",
                "Notes typed before MentorDesk closed were kept as an earlier version of "
                "%n meeting(s) whose notes changed since ({names}): see History in the meeting.",
                "",
                count,
            ).format(names=", ".join(kept))
        )
    return " ".join(said)


def recover_at_start(context: AppContext, say: Callable[[str], None]) -> None:
    """Replay what a crash left and tell the person; quiet when there was nothing."""
    words = recovered_words(recover_typing(context))
    if words:
        say(words)
