"""Where the running MentorDesk of a data folder listens (Qt-free: the command line
talks to it too, ``mentordesk note``).

Qt's ``QLocalServer`` listens on a Unix socket named ``server_name`` in Qt's temporary
folder (``$TMPDIR``, else ``/tmp``), or on the Windows named pipe of that name.
"""

from __future__ import annotations

from mentordesk import lock
from mentordesk.config import Paths

ACTIVATE = b"activate\n"
ACTIVATED = b"activated\n"
NOTE = b"note "  # + a JSON object {"mentor", "text", "private"} + newline
NOTED = b"noted "  # + a JSON object {"mentor": the mentor's name} + newline
REFUSED = b"refused "  # + why, in words, + newline
SYNC = b"sync\n"  # ``mentordesk sync`` with the window open: run a round now
SYNCED = b"synced "  # + a JSON object: how that round went (``ui/sync/remote.py``) + newline


def server_name(paths: Paths) -> str:
    return lock.server_name(paths.data_dir)


def socket_address(paths: Paths) -> str:
    """The address a client connects to (what ``QLocalServer.fullServerName`` gives)."""
    return lock.server_address(paths.data_dir)
