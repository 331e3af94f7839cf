"""Reads off the UI thread: a read function runs on one worker thread, and its rows come
back to the UI thread (a courier object that lives there for the whole run delivers
them), where the asker applies them. Used for news from far (``ui/follow.py``): a sync
round's news is read while the person goes on typing.

A read may be dropped (the asker read on the UI thread instead): its rows are then
never delivered. A failed read is delivered as failed; the asker reads again on the
UI thread, where a storage error is shown as every other one is.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any

import shiboken6
from PySide6.QtCore import QObject, QThreadPool, Signal, Slot

log = logging.getLogger(__name__)


class Read:
    """One read: what it is for (``change``), and once back, its ``rows`` or ``failed``."""

    def __init__(self, change: Any, owner: QObject, done: Callable[[Read], None]) -> None:
        self.change = change
        self.rows: Any = None
        self.failed = False
        self.dropped = False
        self._owner = owner
        self._done = done

    def drop(self) -> None:
        """Its rows are no longer wanted."""
        self.dropped = True

    def deliver(self) -> None:
        if not self.dropped and shiboken6.isValid(self._owner):
            self._done(self)


class _Courier(QObject):
    """Lives on the UI thread: a read's ``arrived`` from the worker is queued to it."""

    arrived = Signal(object)

    def __init__(self) -> None:
        super().__init__()
        self.arrived.connect(self._deliver)

    @Slot(object)
    def _deliver(self, read: Read) -> None:
        read.deliver()


_courier: _Courier | None = None
_pool: QThreadPool | None = None


def start(change: Any, read: Callable[[Any], Any], done: Callable[[Read], None]) -> Read:
    """Run ``read(change)`` on the worker thread; ``done`` (a bound method of a QObject,
    called only while it lives) gets the ``Read`` back on the UI thread."""
    global _courier, _pool
    if _courier is None:  # made on the UI thread, where it delivers
        _courier = _Courier()
        _pool = QThreadPool()
        _pool.setObjectName("readsAhead")
        _pool.setMaxThreadCount(1)  # one read at a time, in the order asked
    owner = getattr(done, "__self__", None)
    assert isinstance(owner, QObject)
    job = Read(change, owner, done)
    courier = _courier
    assert _pool is not None

    def run() -> None:
        if not job.dropped:
            try:
                job.rows = read(change)
            except Exception:  # the asker reads again on the UI thread, which says why
                log.debug("A read ahead failed; read again on the UI thread", exc_info=True)
                job.failed = True
        courier.arrived.emit(job)

    _pool.start(run)
    return job


def wait_idle(msecs: int = 10_000) -> bool:
    """Wait for the reads under way (before the database closes): True once none is."""
    return _pool is None or _pool.waitForDone(msecs)
