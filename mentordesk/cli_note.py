"""``mentordesk note --mentor NAME "text"``: drop a topic in a mentor's inbox from a
terminal, with MentorDesk closed or open.

Closed: the command takes the data folder's lock and writes the topic itself. Open:
the open MentorDesk owns the folder, so the topic goes to it over its local socket
(``instance_name``) and it adds the topic itself, as if typed there: its lists show
it at once and Edit ▸ Undo takes it back. Qt-free, like every command.
"""

from __future__ import annotations

import argparse
import json
import socket
import sys
from collections.abc import Callable
from datetime import datetime

from mentordesk.config import Paths
from mentordesk.instance_name import NOTE, NOTED, REFUSED, socket_address
from mentordesk.lock import DataFolderLock, FolderInUseError, LockUnwritableError

TIMEOUT_S = 20.0  # an open MentorDesk still starting answers late


# Why a topic was not added; cli.py turns each into its exit code.
USAGE, IN_USE, REFUSED_BY_SYSTEM = "usage", "in_use", "refused"


class NoteError(Exception):
    """The topic was not added; ``reason`` says why (USAGE, IN_USE, REFUSED_BY_SYSTEM)."""

    def __init__(self, message: str, reason: str) -> None:
        super().__init__(message)
        self.reason = reason


def note(paths: Paths, args: argparse.Namespace, now: datetime) -> str:
    """Add the topic; what to tell the person. NoteError when it was not added."""
    text = " ".join(args.text).strip()
    if not text:
        raise NoteError("Write the topic after the mentor's name.", USAGE)
    lock = DataFolderLock(paths.lock_file)
    try:
        lock.acquire()
    except FolderInUseError:
        return _to_open_app(paths, args.mentor, text, args.private)
    except LockUnwritableError as error:
        raise NoteError(str(error), REFUSED_BY_SYSTEM) from error
    try:
        return _write(paths, args.mentor, text, args.private, now)
    finally:
        lock.release()


def _write(paths: Paths, mentor: str, text: str, private: bool, now: datetime) -> str:
    from mentordesk.db.database import Database
    from mentordesk.services import topics

    database = Database(paths)
    try:
        with database.session() as session:
            try:
                mentor_id, name = topics.find_mentor(session, mentor)
            except topics.UnknownMentorError as error:
                raise NoteError(topics.unknown_mentor_text(error), USAGE) from error
            try:
                topics.add_topic(session, mentor_id, text, private=private, now=now)
            except topics.TopicValidationError as error:
                raise NoteError(" ".join(error.errors.values()), USAGE) from error
    finally:
        database.close()
    return _added(name, text, private)


def _added(name: str, text: str, private: bool) -> str:
    kind = "private topic" if private else "topic"
    return f"Added the {kind} “{text}” to {name}'s inbox."


def _to_open_app(paths: Paths, mentor: str, text: str, private: bool) -> str:
    message = NOTE + json.dumps({"mentor": mentor, "text": text, "private": private}).encode()
    try:
        answer = _exchange(paths, message + b"\n")
    except OSError as error:
        raise NoteError(
            f"MentorDesk is open on {paths.data_dir} but did not answer ({error}). "
            "Add the topic in its window, or try again once it is ready.",
            IN_USE,
        ) from error
    if answer.startswith(NOTED):
        name = str(json.loads(answer[len(NOTED) :]).get("mentor", mentor))
        return _added(name, text, private) + " MentorDesk is open and shows it."
    if answer.startswith(REFUSED):
        raise NoteError(answer[len(REFUSED) :].decode("utf-8", "replace").strip(), USAGE)
    raise NoteError(f"MentorDesk is open on {paths.data_dir} but did not answer.", IN_USE)


def _exchange(paths: Paths, message: bytes, timeout_s: float = TIMEOUT_S) -> bytes:
    """Send ``message`` to the open MentorDesk and read its one-line answer."""
    address = socket_address(paths)
    if sys.platform == "win32":  # a named pipe is opened as a file
        with open(address, "r+b", buffering=0) as pipe:
            pipe.write(message)
            return _line(pipe.read)
    with socket.socket(socket.AF_UNIX, socket.SOCK_STREAM) as client:
        client.settimeout(timeout_s)
        client.connect(address)
        client.sendall(message)
        return _line(lambda size: client.recv(size))


def _line(read: Callable[[int], bytes]) -> bytes:
    received = b""
    while b"\n" not in received:
        chunk = read(4096)
        if not chunk:
            break
        received += chunk
    return received.split(b"\n", 1)[0]
