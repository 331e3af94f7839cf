"""The app's sense of time passing: a tick every half minute, and news when the date
changes while the app is open (a laptop woken the next morning).

One ticker per context (``ticker(context)``). The timer only calls ``check``; tests
call ``check`` themselves after moving the context's clock, so no test waits for a
timer.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QObject, Qt, QTimer, Signal
from PySide6.QtGui import QGuiApplication

from mentordesk.services import mentors
from mentordesk.services.kinds import Change, Kind
from mentordesk.ui.context import AppContext

TICK_MS = 30_000


class Ticker(QObject):
    """Emits ``tick`` on every check and ``day_changed(date)`` when the date moved on."""

    tick = Signal()
    day_changed = Signal(object)

    def __init__(self, context: AppContext) -> None:
        super().__init__(context)
        self.setObjectName("ticker")
        self.context = context
        self.day: date = context.today()
        self.timer = QTimer(self)
        self.timer.setInterval(TICK_MS)
        self.timer.timeout.connect(self.check)
        self.timer.start()
        app = QGuiApplication.instance()
        if isinstance(app, QGuiApplication):
            app.applicationStateChanged.connect(self._state_changed)

    def _state_changed(self, state: Qt.ApplicationState) -> None:
        if state == Qt.ApplicationState.ApplicationActive:
            self.check()  # back from sleep or another window: look at the clock now

    def check(self) -> None:
        """Look at the clock: tick, and if the date changed, say so and tell every list
        that shows mentors (their cadence depends on the day)."""
        today = self.context.today()
        if today != self.day:
            self.day = today
            self.day_changed.emit(today)
            ids = [m.id for m in self.context.read(mentors.choices)]
            self.context.announce(Change(frozenset({Kind.MENTOR}), frozenset(ids)))
        self.tick.emit()


def ticker(context: AppContext) -> Ticker:
    """The context's ticker (made the first time it is asked for)."""
    found = context.findChild(Ticker, "ticker")
    return found if isinstance(found, Ticker) else Ticker(context)
