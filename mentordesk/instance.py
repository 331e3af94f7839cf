"""One running copy per data folder: a second start brings the first to the front.

The lock (QLockFile) decides who owns the folder; a local socket lets the
second copy ask the first to show its window, then quit.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable

from PySide6.QtCore import QLockFile, QObject
from PySide6.QtNetwork import QLocalServer, QLocalSocket

from mentordesk.config import Paths

ACTIVATE = b"activate\n"


def server_name(paths: Paths) -> str:
    digest = hashlib.sha256(str(paths.data_dir).encode()).hexdigest()[:16]
    return f"mentordesk-{digest}"


class SingleInstance(QObject):
    """Holds the data folder's lock and answers "activate" requests."""

    def __init__(self, paths: Paths, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.paths = paths
        self.lock = QLockFile(str(paths.lock_file))
        self.lock.setStaleLockTime(0)  # a crashed copy's lock is taken over
        self._server: QLocalServer | None = None

    def acquire(self) -> bool:
        """True if this process now owns the data folder."""
        return bool(self.lock.tryLock(200))

    def listen(self, on_activate: Callable[[], None]) -> None:
        """Call ``on_activate`` whenever another copy is started on this folder."""
        name = server_name(self.paths)
        QLocalServer.removeServer(name)  # a leftover socket from a crash
        server = QLocalServer(self)
        server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)

        def connection() -> None:
            socket = server.nextPendingConnection()
            if socket is None:
                return

            def read() -> None:
                if bytes(socket.readAll().data()).startswith(ACTIVATE.strip()):
                    on_activate()
                socket.disconnectFromServer()

            socket.readyRead.connect(read)
            socket.disconnected.connect(socket.deleteLater)

        server.newConnection.connect(connection)
        server.listen(name)
        self._server = server

    def release(self) -> None:
        if self._server is not None:
            self._server.close()
            self._server = None
        self.lock.unlock()


def ask_running_copy_to_activate(paths: Paths, timeout_ms: int = 2000) -> bool:
    """Ask the copy that owns ``paths`` to show its window. False if it did not answer."""
    socket = QLocalSocket()
    socket.connectToServer(server_name(paths))
    if not socket.waitForConnected(timeout_ms):
        return False
    socket.write(ACTIVATE)
    ok = socket.waitForBytesWritten(timeout_ms)
    socket.disconnectFromServer()
    return ok
