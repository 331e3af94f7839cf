"""Following change news: a widget hears only of the kinds it shows, and while it is
hidden it does no work at all; the news waits until it is shown. A visible widget
applies the news at once, so after a change (or an undo) returns, what is on
screen is already true.

A widget that asks for it (``in_front=True``) also lets news wait while another of
the app's windows is the active one (meeting mode over the Dashboard): typing notes
or capturing advice there does not pay for re-reading it; it catches up when its
own window is active again.

The follower is a child of its widget and connects with a bound method, so the
connection dies with the widget (no "C++ object already deleted" later).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QApplication, QWidget

from mentordesk.services.kinds import Change, Kind
from mentordesk.ui.context import AppContext

# Past this many ids, re-reading everything is cheaper than the targeted reads.
MAX_IDS = 500


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
        context.changed.connect(self._heard)
        widget.installEventFilter(self)

    @property
    def waiting(self) -> bool:
        """News arrived that the widget has not applied yet."""
        return self._everything or self._pending is not None

    def _heard(self, change: Change) -> None:
        if not change.touches(self._kinds):
            return
        if self._pending is None:
            self._pending = change
        else:
            self._pending = Change(
                self._pending.kinds | change.kinds, self._pending.ids | change.ids
            )
        if len(self._pending.ids) > MAX_IDS:
            self._everything = True
        if self._widget.isVisible() and not self._behind():
            self.flush()

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
            self.flush()
        return False

    def flush(self) -> None:
        """Apply waiting news now (news that arrives while applying waits its turn)."""
        while self.waiting and not self._applying:
            change = None if self._everything else self._pending
            self._pending, self._everything = None, False
            self._applying = True
            try:
                self._refresh(change)
            finally:
                self._applying = False
