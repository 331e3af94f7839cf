"""One running copy per data folder: a second start brings the first to the front.

The lock (``mentordesk.lock``, Qt-free, shared with the command line) decides who
owns the folder, together with the local server: a lock file deleted under a
running copy does not let a second one in, since the first one's server answers
(``lock.server_answers``). The socket also lets the second copy ask the first to
show its window. The first answers only once it did, so a frozen first copy is reported
as frozen, not "switched to".
"""

from __future__ import annotations

import time
from collections.abc import Callable

from PySide6.QtCore import QObject
from PySide6.QtNetwork import QLocalServer, QLocalSocket

from mentordesk.config import Paths
from mentordesk.instance_name import ACTIVATE, ACTIVATED, NOTE, SYNC, server_name
from mentordesk.lock import DataFolderLock

__all__ = ["ACTIVATE", "ACTIVATED", "SingleInstance", "ask_running_copy_to_activate", "server_name"]


class SingleInstance(QObject):
    """Holds the data folder's lock and answers "activate" requests."""

    def __init__(self, paths: Paths, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.paths = paths
        self.lock = DataFolderLock(paths.lock_file)
        self._server: QLocalServer | None = None

    def acquire(self) -> None:
        """Own the data folder, or raise FolderInUseError / LockUnwritableError."""
        self.lock.acquire()

    def listen(
        self,
        on_activate: Callable[[], None],
        on_note: Callable[[bytes], bytes] | None = None,
        on_sync: Callable[[Callable[[bytes], None]], None] | None = None,
    ) -> None:
        """Call ``on_activate`` whenever another copy is started on this folder,
        ``on_note`` with a topic sent by ``mentordesk note`` (its answer goes back), and
        ``on_sync`` for ``mentordesk sync``: it answers later, through the function it is
        given, once the round it started has finished."""
        name = server_name(self.paths)
        QLocalServer.removeServer(name)  # a leftover socket from a crash
        server = QLocalServer(self)
        server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)

        def connection() -> None:
            socket = server.nextPendingConnection()
            if socket is None:
                return

            received = bytearray()

            def read() -> None:
                received.extend(bytes(socket.readAll().data()))
                if b"\n" not in received:
                    return  # the rest of the line is on its way
                line = bytes(received).split(b"\n", 1)[0]
                received.clear()
                if line == SYNC.strip() and on_sync is not None:
                    on_sync(answer)
                    return
                if line == ACTIVATE.strip():
                    on_activate()
                    socket.write(ACTIVATED)
                elif line.startswith(NOTE) and on_note is not None:
                    socket.write(on_note(line[len(NOTE) :]))
                answer(b"")

            def answer(reply: bytes) -> None:
                try:
                    connected = socket.state() == QLocalSocket.LocalSocketState.ConnectedState
                except RuntimeError:  # deleted: the command gave up waiting meanwhile
                    return
                if not connected:
                    return
                if reply:
                    socket.write(reply)
                socket.flush()
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
        self.lock.release()


def ask_running_copy_to_activate(paths: Paths, timeout_ms: int = 20000) -> bool:
    """Ask the copy that owns ``paths`` to show its window. False if it did not answer.

    The operating system accepts the connection even when the other copy is
    frozen, so only its reply counts. A copy that is still starting (it took the
    lock a moment ago, or is migrating a large database) answers late: wait for it
    up to ``timeout_ms`` in all.
    """
    deadline = time.monotonic() + timeout_ms / 1000

    def left_ms() -> int:
        return max(0, int((deadline - time.monotonic()) * 1000))

    socket = QLocalSocket()
    while True:
        socket.connectToServer(server_name(paths))
        if socket.waitForConnected(min(1000, left_ms())):
            break
        socket.abort()
        if not left_ms():
            return False
        time.sleep(0.1)  # the other copy has the lock but is not listening yet
    socket.write(ACTIVATE)
    if not socket.waitForBytesWritten(left_ms()):
        return False
    answer = b""
    while ACTIVATED not in answer and left_ms():
        if socket.waitForReadyRead(min(1000, left_ms())):
            answer += bytes(socket.readAll().data())
        elif socket.state() != QLocalSocket.LocalSocketState.ConnectedState:
            break
    socket.abort()
    return ACTIVATED in answer
