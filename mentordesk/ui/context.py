"""What every area and window of the UI shares: data access, undo, change news,
navigation and the clock.

The UI never opens a session: it calls ``read`` with a service function, or
``write`` with a labelled change, which has ``services/access`` capture the
records before and after, pushes one undo command, turns errors into plain
words and announces the change. Areas listen to ``changed`` (a typed ``Change``) with
bound methods, so a connection never outlives its receiver.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, replace
from datetime import date, datetime
from typing import TYPE_CHECKING, Any, Generic, TypeVar

from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtGui import QKeySequence, QUndoStack
from PySide6.QtWidgets import QWidget

from mentordesk.db.types import utc_now
from mentordesk.services.access import DataAccess
from mentordesk.services.errors import FieldValidationError
from mentordesk.services.kinds import Change, Kind, Ref
from mentordesk.services.records import Delta
from mentordesk.ui import messages
from mentordesk.ui.messages import is_expected, problem_text, tell
from mentordesk.ui.settings import Settings, open_settings
from mentordesk.ui.undo import RecordCommand

if TYPE_CHECKING:
    from mentordesk.db.database import Database

T = TypeVar("T")


@dataclass(frozen=True)
class Written(Generic[T]):
    """A change that was made: ``value`` is what the service returned."""

    value: T


class AppContext(QObject):
    """Handed to every view and window.

    ``changed(Change)`` tells which records changed; ``open_requested(Ref)`` asks
    the main window to show a record; ``meeting_mode_requested(id)`` to open a
    meeting's note-taking window; ``message(text)`` is a note for the status bar;
    ``quit_requested`` asks to quit the app (Ctrl+Q in another window);
    ``find_requested(text)`` to search the data for ``text`` (the command palette);
    ``presenting_changed(on)`` when View ▸ Presenting hides private items on screen.
    """

    changed = Signal(object)
    open_requested = Signal(object)
    meeting_mode_requested = Signal(str)
    message = Signal(str)
    quit_requested = Signal()
    find_requested = Signal(str)
    presenting_changed = Signal(bool)

    def __init__(
        self,
        database: Database,
        undo_stack: QUndoStack,
        parent: QObject | None = None,
        settings: Settings | None = None,
    ) -> None:
        super().__init__(parent)
        self.database = database
        # The data folder's own settings (``ui/settings.py``), declared once, typed.
        self.settings = settings or open_settings(database.paths)
        self.access = DataAccess(database)
        self.undo_stack = undo_stack
        self._now: Callable[[], datetime] = utc_now
        self._finish_editing: Callable[[], bool] = lambda: True
        # Sharing the screen: private items are hidden wherever they would show.
        self.presenting = False

    # -- the clock --------------------------------------------------------------------
    def now(self) -> datetime:
        """The current moment (UTC, aware): services get it from here."""
        return self._now()

    def today(self) -> date:
        """Today in the computer's time zone."""
        return self._now().astimezone().date()

    def set_clock(self, now: Callable[[], datetime] | None) -> None:
        """Fix the clock (tests, benchmarks); None follows the real one."""
        self._now = now or utc_now

    # -- data -------------------------------------------------------------------------
    def read(self, query: Callable[..., T], *args: Any, **kwargs: Any) -> T:
        """Run the service function ``query(session, *args)`` and return its frozen result.

        Storage failures arrive as ``StorageError`` (classified); a record that is
        not there as the service's not-found error. Safe from any thread.
        """
        return self.access.run(query, *args, **kwargs)

    def store(self, change: Callable[..., T], *args: Any, **kwargs: Any) -> T:
        """Write without an undo step (autosave of typing); errors as ``read``.

        The caller announces the change (from the UI thread). Safe from any thread.
        """
        return self.read(change, *args, **kwargs)

    def write(
        self,
        label: str,
        change: Callable[[Any], T],
        *,
        refs: Iterable[Ref] = (),
        dependents: bool = False,
        created: Callable[[T], Iterable[Ref]] | None = None,
        area: str = "",
        parent: QWidget | None = None,
        done: str = "",
        initiator: object = None,
    ) -> Written[T] | None:
        """Make an undoable change named ``label`` and announce it.

        ``change(session)`` runs in one transaction; ``refs`` are the records it
        changes (``dependents``: it may delete them), ``created`` names the records
        it adds. Field errors are raised for the caller to show beside the fields;
        any other expected failure is shown to the user here and gives None. The
        status bar says ``done`` (else the label) with how to undo it; the news of the
        change names ``initiator``, the screen that made it.

        User actions call this through ``ui/operation.perform``, which asks first
        where the action needs it and names the area for the undo step.
        """
        try:
            result, delta = self.access.change(change, refs, dependents=dependents, created=created)
        except FieldValidationError:
            raise
        except Exception as error:
            if not is_expected(error):
                raise
            self.say(label + ": " + problem_text(error))
            tell(parent, label, _could_not(label, error))
            return None
        if delta:
            self.undo_stack.push(RecordCommand(self, label, area, delta))
            self.announce(replace(delta.change(), initiator=initiator))
            self.say(_done(label, done))
        return Written(result)

    def apply_delta(self, delta: Delta) -> Delta:
        """Replay ``delta`` (undo/redo) in one transaction and announce it."""
        happened = self.access.replay(delta)
        self.announce(happened.change() if happened else delta.change())
        return happened

    def finish_editing(self) -> bool:
        """Save what is being typed in every area before a change to many records (the
        sample data); False when something could not be saved and the person stays."""
        return self._finish_editing()

    def set_finish_editing(self, finish: Callable[[], bool]) -> None:
        """The main window's way to finish editing in all its areas."""
        self._finish_editing = finish

    # -- news and navigation ----------------------------------------------------------
    def announce(self, change: Change) -> None:
        """Tell every area that these records changed."""
        self.changed.emit(change)

    def notify(self, kind: Kind, ids: Iterable[str]) -> None:
        self.announce(Change.of(kind, ids))

    def open(self, ref: Ref) -> None:
        """Show ``ref`` in the area that shows its kind."""
        self.open_requested.emit(ref)

    def open_meeting_mode(self, meeting_id: str) -> None:
        self.meeting_mode_requested.emit(meeting_id)

    def find(self, text: str) -> None:
        """Search everything written for ``text`` (in the main window's Search area)."""
        self.find_requested.emit(text)

    def set_presenting(self, on: bool) -> None:
        """Hide (or show again) private items on every screen (View ▸ Presenting)."""
        if on != self.presenting:
            self.presenting = on
            self.presenting_changed.emit(on)

    def say(self, text: str) -> None:
        """A short note for the status bar."""
        self.message.emit(text)


def _done(label: str, said: str = "") -> str:
    """What the status bar says after a change: what happened (``said``, or the label
    with "done") and how to take it back."""
    keys = QKeySequence(QKeySequence.StandardKey.Undo).toString(
        QKeySequence.SequenceFormat.NativeText
    )
    if said:
        return QCoreApplication.translate(
            "messages", "{what} Edit ▸ Undo ({keys}) takes it back."
        ).format(what=said, keys=keys)
    return QCoreApplication.translate(
        "messages", "{what} — done. Edit ▸ Undo ({keys}) takes it back."
    ).format(what=label, keys=keys)


def _could_not(label: str, error: BaseException) -> str:
    text = QCoreApplication.translate("messages", "Could not do “{what}”: {reason}.").format(
        what=label, reason=problem_text(error)
    )
    advice = messages.advice_text(error)
    return f"{text}\n\n{advice}" if advice else text
