"""What the start-up check may take on trust: the database as the app left it.

SQLite's ``quick_check`` reads and (encrypted) decrypts every page: on a heavy user's
file it was most of the time to the Dashboard, and SQLCipher's bundled SQLite runs it
about 4x slower than Python's. It is there to catch what happened to the file while
MentorDesk was closed. So after a clean close (the last connection gone, the -wal
checkpointed and deleted) ``remember`` writes the file's fingerprint beside it, in
``mentordesk.sqlite3.checked``: size, modification and change times, inode (file id),
device, and when the last full check passed. At the next start ``unchanged`` says the
check may be skipped only if all of that is identical, no -wal with frames lies beside
the file, and the last full check is under ``CHECK_EVERY`` old. Anything else (no
record, a garbage one, a copied-in or restored file, a -wal left by a crash) runs the
full check as before.

Why the stamps cannot be faked by accident:
- a write in place changes the change time (``st_ctime`` on Linux and macOS; on Windows,
  where ``st_ctime`` is the creation time, NTFS's ChangeTime read below), and no
  program sets it back (``os.utime`` sets only the access and modification times);
- a copy or a restore makes a new file (another inode or file id, another change time);
- ``remember`` waits until the clock has moved ``TICK`` past the file's last write, so
  a write straight after a close cannot get the same (coarse) time stamp.
What a fingerprint cannot see (the disk itself changing bytes) is met by the weekly full
check, by SQLCipher's per-page HMAC on every page it reads (encrypted files), and by
``forget``: any damage SQLite reports while the app runs removes the record, so the
next start runs the full check and offers a backup.
"""

from __future__ import annotations

import json
import logging
import os
import sys
import time
from dataclasses import asdict, dataclass
from pathlib import Path

from mentordesk.db.files import companions, write_text_file

log = logging.getLogger(__name__)

CHECK_EVERY = 7 * 24 * 3600  # seconds: the full check runs at least this often
TICK = 0.03  # seconds: longer than a file clock's step (Windows: 15.6 ms), FAT's 2 s aside
WAL_HEADER = 32  # bytes: a -wal no longer than its header holds no frames
VERSION = 1


@dataclass(frozen=True)
class Fingerprint:
    """The database file's identity and time stamps (nanoseconds)."""

    size: int
    mtime_ns: int
    ctime_ns: int
    inode: int
    device: int


_FIELDS = tuple(Fingerprint.__dataclass_fields__)


def record_path(path: Path) -> Path:
    return path.with_name(path.name + ".checked")


def take(path: Path) -> Fingerprint:
    """The fingerprint of ``path`` now (raises OSError)."""
    found = os.stat(path)
    return Fingerprint(
        size=found.st_size,
        mtime_ns=found.st_mtime_ns,
        ctime_ns=_change_time_ns(path, found),
        inode=found.st_ino,
        device=found.st_dev,
    )


def has_frames(path: Path) -> bool:
    """Whether a -wal beside ``path`` may hold changes (longer than its header)."""
    try:
        return companions(path).wal.stat().st_size > WAL_HEADER
    except FileNotFoundError:
        return False


def unchanged(path: Path, now: float | None = None) -> float | None:
    """When the last full check of ``path`` passed, if nothing changed since the app
    closed it cleanly and that check is under ``CHECK_EVERY`` old; else None (check it).

    Never raises: a missing, unreadable or garbage record means "check".
    """
    now = time.time() if now is None else now
    try:
        stored = json.loads(record_path(path).read_text(encoding="utf-8"))
        checked_at = float(stored["checked_at"])
        recorded = Fingerprint(**{key: int(stored[key]) for key in _FIELDS})
        if stored.get("version") != VERSION or has_frames(path):
            return None
        if not 0 <= now - checked_at < CHECK_EVERY:  # a clock set back counts as old
            return None
        return checked_at if take(path) == recorded else None
    except (OSError, ValueError, TypeError, KeyError, AttributeError):
        return None


def remember(path: Path, checked_at: float) -> bool:
    """After a clean close: record ``path``'s fingerprint and when it was last checked.

    Writes nothing (and returns False) if the close was not clean: a -wal or -shm is
    still there (another connection is open), or the file is gone. A record that cannot
    be written is logged: the next start simply runs the full check.
    """
    wal, shm, _journal = companions(path)
    if wal.exists() or shm.exists() or not path.exists():
        return False
    try:
        _wait_past_last_write(path)
        text = json.dumps({"version": VERSION, "checked_at": checked_at, **asdict(take(path))})
        write_text_file(record_path(path), text + "\n")
    except OSError as error:
        log.warning("Could not record the database's fingerprint: %s", type(error).__name__)
        forget(path)
        return False
    return True


def forget(path: Path) -> None:
    """Remove the record: the next start runs the full check."""
    try:
        record_path(path).unlink(missing_ok=True)
    except OSError as error:
        log.warning("Could not remove the database's fingerprint: %s", type(error).__name__)


def _wait_past_last_write(path: Path) -> None:
    """Sleep until the clock is ``TICK`` past ``path``'s last write (at most ``TICK``):
    file systems stamp writes with a clock that moves in steps (about 16 ms on Windows),
    so a write later than this always gets a later stamp than the one recorded."""
    wait = os.stat(path).st_mtime_ns / 1e9 + TICK - time.time()
    if wait > 0:
        time.sleep(min(wait, TICK))


def _change_time_ns(path: Path, found: os.stat_result) -> int:
    """When ``path``'s contents or attributes last changed, in nanoseconds."""
    if sys.platform == "win32":
        return _windows_change_time_ns(path)
    return found.st_ctime_ns


if sys.platform == "win32":
    import ctypes
    import msvcrt
    from ctypes import wintypes

    class _BasicInfo(ctypes.Structure):
        _fields_ = [
            ("creation", ctypes.c_int64),
            ("access", ctypes.c_int64),
            ("write", ctypes.c_int64),
            ("change", ctypes.c_int64),
            ("attributes", wintypes.DWORD),
        ]

    _FILE_BASIC_INFO = 0  # FILE_INFO_BY_HANDLE_CLASS.FileBasicInfo

    def _windows_change_time_ns(path: Path) -> int:
        """NTFS's ChangeTime (``st_ctime`` is the creation time on Windows): set by every
        write and by ``SetFileTime`` itself, never by a program on its own."""
        with open(path, "rb") as file:
            info = _BasicInfo()
            handle = msvcrt.get_osfhandle(file.fileno())
            call = ctypes.windll.kernel32.GetFileInformationByHandleEx
            if not call(handle, _FILE_BASIC_INFO, ctypes.byref(info), ctypes.sizeof(info)):
                raise ctypes.WinError()
        return int(info.change) * 100
