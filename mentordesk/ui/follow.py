"""Following change news: a widget hears only of the kinds it shows, and while it is
hidden it does no work at all; the news waits until it is shown. A visible widget
applies the news at once, so after a change (or an undo) returns, what is on
screen is already true.

A widget that asks for it (``in_front=True``) also lets news wait while another of
the app's windows is the active one (meeting mode over the Dashboard): typing notes
or capturing advice there does not pay for re-reading it; it catches up when its
own window is active again.

News from far (a sync round brought another laptop's changes, ``Change.far``) can be
large, and it is nothing the person waits for: a widget that can read ahead
(``ahead``, a list) has its rows for that news read on a worker thread, a slice of
``FAR_SLICE`` ids at a time, and applies each slice in its own turn of the event loop,
so typing and painting go on while a day of edits arrives. News from this laptop
applies at once as ever, together with any far news still waiting or being read (the
read in flight is dropped: one read on the UI thread is right for both).

The follower is a child of its widget and connects with a bound method, so the
connection dies with the widget (no "C++ object already deleted" later).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import Any, Protocol

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QWidget

from mentordesk.services.kinds import Change, Kind
from mentordesk.ui import reading
from mentordesk.ui.context import AppContext

# Past this many ids, re-reading everything is cheaper than the targeted reads.
MAX_IDS = 500
# News from far is read and applied this many ids at a time.
FAR_SLICE = 20


class Ahead(Protocol):
    """A widget that can read the rows for some news off the UI thread."""

    def read_ahead(self, change: Change | None) -> Any:
        """The rows ``refresh(change)`` would read (on a worker thread: reads only)."""

    def apply_read(self, change: Change | None, rows: Any) -> None:
        """``refresh(change)`` with ``rows`` as read (on the UI thread)."""


def _joined(first: Change | None, second: Change) -> Change:
    if first is None:
        return second
    return Change(first.kinds | second.kinds, first.ids | second.ids, far=first.far and second.far)


class ChangeFollower(QObject):
    """Calls ``refresh(change)`` for news about ``kinds`` while the widget is visible,
    and once, with everything that waited, when it is shown again;
    ``refresh(None)`` means "read everything again"."""

    def __init__(
        self,
        widget: QWidget,
        context: AppContext,
        kinds: Iterable[Kind],
        refresh: Callable[[Change | None], None],
        *,
        in_front: bool = False,
        ahead: Ahead | None = None,
    ) -> None:
        super().__init__(widget)
        self.setObjectName("changeFollower")
        self._widget = widget
        self._kinds = frozenset(kinds)
        self._refresh = refresh
        self._in_front = in_front
        self._pending: Change | None = None
        self._everything = False
        self._applying = False
        self._ahead = ahead
        self._far: Change | None = None  # far news not read yet
        self._far_everything = False
        self._reading: reading.Read | None = None  # a slice of it being read
        context.changed.connect(self._heard)
        widget.installEventFilter(self)

    @property
    def waiting(self) -> bool:
        """News arrived that the widget has not applied yet."""
        return self._everything or self._pending is not None or self.far_waiting

    @property
    def settling(self) -> bool:
        """News waits that the widget applies by itself, without anything more from the
        person (it is on screen and in front): a slice of far news being read or next
        in turn, or news folded in while one was applied (tests and benchmarks wait
        for this to end)."""
        return self.waiting and self._widget.isVisible() and not self._behind()

    @property
    def far_waiting(self) -> bool:
        """News from far not applied yet (waiting, or being read)."""
        return self._far_everything or self._far is not None or self._reading is not None

    def _heard(self, change: Change) -> None:
        if not change.touches(self._kinds):
            return
        if change.far and self._ahead is not None:
            self._far = _joined(self._far, change)
            self._far_everything |= len(self._far.ids) > MAX_IDS
        else:
            self._pending = _joined(self._pending, change)
            self._everything |= len(self._pending.ids) > MAX_IDS
        if self._widget.isVisible() and not self._behind():
            self._resume()

    def _resume(self) -> None:
        """Go on with waiting news: this laptop's at once, far news read ahead."""
        if self._everything or self._pending is not None:
            self.flush()
        else:
            self._read_far()

    def everything_changed(self) -> None:
        """Read everything again when next shown (or now, if shown)."""
        self._everything = True
        if self._widget.isVisible():
            self.flush()

    def _behind(self) -> bool:
        """Another of the app's windows is active (not this one, nor a dialog of it),
        and this widget may wait for it."""
        active = QApplication.activeWindow()
        if not self._in_front or active is None:
            return False
        mine = self._widget.window()
        while active is not None:
            if active is mine:
                return False
            active = active.parentWidget()
        return True

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is not self._widget or not self.waiting:
            return False
        if event.type() == QEvent.Type.Show or (
            event.type() in (QEvent.Type.WindowActivate, QEvent.Type.ActivationChange)
            and self._widget.isVisible()
            and not self._behind()
        ):
            self.flush()  # shown (or in front) again: the person looks at it now
        return False

    def flush(self) -> None:
        """Apply waiting news now, far news too (news that arrives while applying waits
        its turn)."""
        self._fold_far()
        while (self._everything or self._pending is not None) and not self._applying:
            change = None if self._everything else self._pending
            self._pending, self._everything = None, False
            self._applying = True
            try:
                self._refresh(change)
            finally:
                self._applying = False
        if self.far_waiting:  # arrived while applying
            QTimer.singleShot(0, self, self._next)

    # -- news from far --------------------------------------------------------------------
    def _fold_far(self) -> None:
        """Far news joins this laptop's, to be read on the UI thread with it."""
        read, self._reading = self._reading, None
        if read is not None:
            read.drop()
            self._fold_back(read.change)
        if self._far_everything:
            self._everything = True
        if self._far is not None:
            self._pending = _joined(self._pending, self._far)
            self._everything |= len(self._pending.ids) > MAX_IDS
        self._far, self._far_everything = None, False

    def _read_far(self) -> None:
        """Read the next slice of far news on a worker thread."""
        ahead = self._ahead
        if ahead is None or self._reading is not None or self._applying:
            return
        if self._far_everything:
            part: Change | None = None
            self._far, self._far_everything = None, False
        elif self._far is not None:
            ids = sorted(self._far.ids)
            part = Change(self._far.kinds, frozenset(ids[:FAR_SLICE]), far=True)
            rest = frozenset(ids[FAR_SLICE:])
            self._far = Change(self._far.kinds, rest, far=True) if rest else None
        else:
            return
        self._reading = reading.start(part, ahead.read_ahead, self._read)

    def _read(self, read: reading.Read) -> None:
        """A slice was read (on the UI thread again): apply it, then read the next."""
        if read is not self._reading:
            return  # folded into a read on the UI thread meanwhile
        self._reading = None
        if not self._widget.isVisible() or self._behind():
            self._fold_back(read.change)  # read again when shown: it may be old by then
            return
        assert self._ahead is not None
        self._applying = True
        try:
            if read.failed:
                self._refresh(read.change)  # the read on this thread tells what failed
            else:
                self._ahead.apply_read(read.change, read.rows)
        finally:
            self._applying = False
        if self.waiting:
            QTimer.singleShot(0, self, self._next)

    def _next(self) -> None:
        if self._widget.isVisible() and not self._behind():
            self._resume()

    def _fold_back(self, change: Change | None) -> None:
        if change is None:
            self._far_everything = True
        else:
            self._far = _joined(self._far, change)
