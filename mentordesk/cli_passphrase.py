"""``mentordesk passphrase set|change|remove`` and the passphrase every command asks for.

From a terminal the passphrase is asked without echo (a new one twice); when standard
input is not a terminal, one line is read per passphrase needed (``change``: the old,
then the new), so scripts and tests can drive it. A wrong one exits with
``WRONG_PASSPHRASE`` (7) and changes nothing. Qt-free.
"""

from __future__ import annotations

import argparse
import getpass
import sys
from collections.abc import Callable

from mentordesk.config import Paths
from mentordesk.db import cipher, encryption, key_file

WRONG_PASSPHRASE = 7


class PassphraseError(Exception):
    """No usable passphrase was given (``code`` is the exit code)."""

    def __init__(self, message: str, code: int) -> None:
        super().__init__(message)
        self.code = code


def _interactive() -> bool:
    return sys.stdin is not None and sys.stdin.isatty()


def ask(prompt: str) -> str:
    """One passphrase: asked without echo on a terminal, else one line of standard input."""
    if _interactive():
        return getpass.getpass(prompt)
    line = sys.stdin.readline() if sys.stdin is not None else ""
    if not line:
        raise PassphraseError("no passphrase was given on standard input.", WRONG_PASSPHRASE)
    return line.rstrip("\r\n")


def ask_new(usage: int) -> str:
    """A new passphrase: twice from a terminal (the same both times), once from a pipe."""
    first = ask("New passphrase: ")
    if not first:
        raise PassphraseError("a passphrase cannot be empty.", usage)
    if _interactive() and ask("The same passphrase again: ") != first:
        raise PassphraseError("the two passphrases differ; nothing was changed.", usage)
    return first


_given: list[str] = []


def unlock_for_command(paths: Paths) -> None:
    """Ask for the passphrase when the folder is encrypted, and unlock it (raises
    WrongPassphraseError, KeyFileDamagedError, PassphraseError)."""
    if encryption.is_on(paths):
        secret = ask("Passphrase (or recovery key): ")
        encryption.unlock(paths, secret)
        _given[:] = [secret]


def given() -> str | None:
    """The passphrase this command was unlocked with (``mentordesk sync`` makes the sync
    key with it the first time), or None."""
    return _given[0] if _given else None


RECOVERY_WORDS = (
    "Your recovery key (write it down or print it, and keep it away from this computer):",
    "It opens your data if you forget the passphrase. Without both, nothing can open it.",
)


def passphrase(
    paths: Paths, args: argparse.Namespace, usage: int, say: Callable[[str], None]
) -> None:
    """Run ``set``, ``change`` or ``remove``; the caller holds the folder's lock."""
    if args.action == "set":
        if encryption.is_on(paths):
            raise PassphraseError(
                "encryption is already on; use `mentordesk passphrase change`.", usage
            )
        recovery = encryption.turn_on(paths, ask_new(usage))
        say(
            "Encryption is on: the database, its backups, damaged copies and attached files "
            "are encrypted."
        )
        say(RECOVERY_WORDS[0])
        say(f"  {recovery}")
        say(RECOVERY_WORDS[1])
        _left(paths, say, "encrypted: it is still readable; move it away or delete it")
        return
    if not encryption.is_on(paths):
        raise PassphraseError("encryption is not on for this data folder.", usage)
    if args.action == "change":
        found = key_file.read(paths.data_dir)
        assert found is not None
        old = ask("Current passphrase (or recovery key): ")
        key_file.open_with(found, old)  # a wrong one is said before the new one is asked
        encryption.change(paths, old, ask_new(usage))
        say("The passphrase is changed. Your recovery key stays the same.")
        return
    encryption.turn_off(paths, ask("Passphrase (or recovery key): "))
    say("Encryption is off: the database and its backups are plain files again.")
    for path in encryption.database_files(paths):
        if cipher.is_plain(path) is False:
            say(f"{path.name} could not be decrypted (SQLite cannot read it); it stays so.")


def _left(paths: Paths, say: Callable[[str], None], what: str) -> None:
    for path in encryption.unconverted(paths):
        say(f"{path.name} could not be {what}.")
