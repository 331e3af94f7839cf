""" "Remember on this computer": the passphrase of a data folder in the system's keyring.

Off unless the person ticks it in the unlock dialog. Through the ``keyring`` package
(Secret Service on Linux, Credential Manager on Windows, Keychain on macOS); when this
computer has no keyring service (``available`` is False) the dialog says so instead
of offering it. Every failure of the service is logged and means "not remembered".
Qt-free.
"""

from __future__ import annotations

import logging
from typing import Any

from mentordesk.config import Paths

log = logging.getLogger(__name__)

SERVICE = "MentorDesk"


def _keyring() -> Any:
    try:
        import keyring
    except ImportError:  # pragma: no cover - a build without it
        return None
    return keyring


def _account(paths: Paths) -> str:
    return str(paths.data_dir.resolve())


def available() -> bool:
    """Whether a keyring service can keep a passphrase here."""
    keyring = _keyring()
    if keyring is None:
        return False
    try:
        from keyring.backends import fail

        return not isinstance(keyring.get_keyring(), fail.Keyring)
    except Exception as error:
        log.warning("The keyring service cannot be used: %s", type(error).__name__)
        return False


def recall(paths: Paths) -> str | None:
    if not available():
        return None
    try:
        found = _keyring().get_password(SERVICE, _account(paths))
    except Exception as error:
        log.warning("Could not read the keyring: %s", type(error).__name__)
        return None
    return found if isinstance(found, str) and found else None


def remember(paths: Paths, passphrase: str) -> bool:
    if not available():
        return False
    try:
        _keyring().set_password(SERVICE, _account(paths), passphrase)
    except Exception as error:
        log.warning("Could not write to the keyring: %s", type(error).__name__)
        return False
    return True


def forget(paths: Paths) -> None:
    if not available():
        return
    try:
        _keyring().delete_password(SERVICE, _account(paths))
    except Exception as error:  # not there, or the service refused
        log.info("Nothing removed from the keyring: %s", type(error).__name__)
