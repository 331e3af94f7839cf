"""One MentorDesk at a time per data folder: the window, or a command that writes.

The lock is the operating system's own (``flock`` on Unix, ``msvcrt.locking`` on
Windows) on ``mentordesk.lock``: it goes with the process, so a copy killed with
-9 or a power cut never leaves a stale lock behind. No Qt, so the command line
uses the very same lock as the window.

The file can be deleted while a copy holds it (a person tidying up, a sync tool):
a new start would then lock a new file. So a lock taken is also checked against
the running window's local server (``instance.py`` listens on ``server_name``):
when it answers, the folder is in use all the same (issue 15, F14). The check is
Qt-free (a Unix socket where Qt keeps it); on Windows the lock file cannot be
deleted while it is open, so the lock alone holds.

Two different failures, told apart: another copy holds the folder
(``FolderInUseError``), or the lock file cannot be written at all (``LockUnwritableError``:
full disk, a file left by ``sudo``, a read-only folder).
"""

from __future__ import annotations

import contextlib
import errno
import hashlib
import os
import socket
import sys
from pathlib import Path

from mentordesk.config import on_read_only_disk
from mentordesk.db.errors import Problem, classify

_WINDOWS_LOCK_OFFSET = 1 << 20  # locked byte; the process id stays readable at 0


class FolderInUseError(Exception):
    """Another MentorDesk (window or command) holds the data folder."""

    def __init__(self, path: Path, pid: int | None) -> None:
        holder = f" (process {pid})" if pid else ""
        super().__init__(f"Another MentorDesk{holder} is using the data folder {path.parent}.")
        self.pid = pid


class LockUnwritableError(Exception):
    """The lock file cannot be created or locked: ``problem`` says why."""

    def __init__(self, path: Path, error: OSError) -> None:
        self.problem = classify(error)
        reason = {
            Problem.FULL: "the disk is full",
            Problem.READ_ONLY: "permission denied (is the file or folder owned by another user?)",
        }.get(self.problem, error.strerror or str(error))
        # A read-only disk is nobody's file permissions: the window's test too
        # (ui/shell/startup_problem.lock_unwritable_text).
        if error.errno == errno.EROFS or on_read_only_disk(path):
            reason = "the disk holding it is mounted read-only"
        super().__init__(f"MentorDesk cannot write its lock file {path}: {reason}.")
        self.path = path
        self.error = error


def server_name(data_dir: Path) -> str:
    """The name the window's local server listens on for ``data_dir`` (one per folder)."""
    digest = hashlib.sha256(str(data_dir).encode()).hexdigest()[:16]
    return f"mentordesk-{digest}"


def server_address(data_dir: Path) -> str:
    """Where the window's local server listens (what ``QLocalServer.fullServerName``
    gives): a named pipe on Windows, else a socket in Qt's temporary folder ($TMPDIR,
    else /tmp)."""
    name = server_name(data_dir)
    if sys.platform == "win32":
        return rf"\\.\pipe\{name}"
    folder = os.environ.get("TMPDIR") or "/tmp"
    return os.path.join(folder.rstrip("/") or "/", name)


def server_answers(data_dir: Path) -> bool:
    """Whether a running window answers on ``data_dir``'s local server (POSIX).

    Qt puts a plain-named server in its temporary folder ($TMPDIR, else /tmp). A
    socket left by a copy that died refuses the connection, so only a live copy counts;
    a socket of another user's is none of ours.
    """
    if sys.platform == "win32":  # pragma: no cover - the open lock file cannot be deleted
        return False
    path = server_address(data_dir)
    try:
        if os.stat(path).st_uid != os.getuid():
            return False
    except OSError:
        return False
    probe = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    probe.settimeout(2)
    try:
        return probe.connect_ex(path) == 0
    except OSError:
        return False
    finally:
        probe.close()


def holder_pid(path: Path) -> int | None:
    """The process id written in the lock file, if one can be read."""
    try:
        first = path.read_text(encoding="ascii", errors="replace").split("\n", 1)[0]
        return int(first.strip()) if first.strip().isdigit() else None
    except OSError:
        return None


class DataFolderLock:
    """The lock on one data folder's ``mentordesk.lock``."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self._fd: int | None = None

    @property
    def held(self) -> bool:
        return self._fd is not None

    def acquire(self) -> None:
        """Take the lock, or raise FolderInUseError / LockUnwritableError."""
        if self._fd is not None:
            return
        for _ in range(10):  # a copy closing may remove the file between open and lock
            try:
                fd = os.open(self.path, os.O_RDWR | os.O_CREAT | getattr(os, "O_CLOEXEC", 0), 0o600)
            except OSError as error:
                raise LockUnwritableError(self.path, error) from error
            try:
                _lock(fd)
            except BlockingIOError:
                os.close(fd)
                raise FolderInUseError(self.path, holder_pid(self.path)) from None
            except OSError as error:
                os.close(fd)
                # Held by another process: EACCES or EDEADLOCK from Windows' C runtime;
                # Wine's (where the Windows tests run here) sets no errno at all.
                if sys.platform == "win32" and error.errno in (0, 13, 36):
                    raise FolderInUseError(self.path, holder_pid(self.path)) from None
                raise LockUnwritableError(self.path, error) from error
            if _same_file(fd, self.path):
                self._fd = fd
                if server_answers(self.path.parent):  # the file was deleted under a copy
                    self.release()
                    raise FolderInUseError(self.path, None)
                _write_pid(fd)
                return
            os.close(fd)
        raise LockUnwritableError(self.path, OSError(11, "the lock file keeps changing"))

    def release(self) -> None:
        """Give the folder back; the lock file goes (while still locked, so no one races)."""
        if self._fd is None:
            return
        fd, self._fd = self._fd, None
        if sys.platform != "win32":
            with contextlib.suppress(OSError):
                self.path.unlink()
        os.close(fd)
        if sys.platform == "win32":
            # Windows removes no open file: the lock file goes once closed, unless
            # another copy opened it meanwhile (then it stays, and is theirs).
            with contextlib.suppress(OSError):
                self.path.unlink()


def _lock(fd: int) -> None:
    if sys.platform == "win32":  # pragma: no cover - Windows only
        import msvcrt

        os.lseek(fd, _WINDOWS_LOCK_OFFSET, os.SEEK_SET)
        msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)
    else:
        import fcntl

        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)


def _same_file(fd: int, path: Path) -> bool:
    """Whether ``fd`` is still the file at ``path`` (a closing copy unlinks it)."""
    if sys.platform == "win32":  # pragma: no cover - Windows never unlinks an open file
        return True
    try:
        now = os.stat(path)
    except FileNotFoundError:
        return False
    mine = os.fstat(fd)
    return (mine.st_dev, mine.st_ino) == (now.st_dev, now.st_ino)


def _write_pid(fd: int) -> None:
    # For messages only ("process 1234"): a full disk must not stop the lock working.
    with contextlib.suppress(OSError):
        if sys.platform != "win32":
            os.ftruncate(fd, 0)
        os.lseek(fd, 0, os.SEEK_SET)
        os.write(fd, f"{os.getpid()}\n".encode("ascii"))
