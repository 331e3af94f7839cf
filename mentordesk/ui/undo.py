"""The one undo command: every record change, replayed through ``services/records``.

A change is made first and pushed afterwards, so the stack's first ``redo``
does nothing. Undo and redo each run in one transaction; when one cannot be
applied (the record or its mentor was deleted since, the disk is full...),
nothing is written, the user is told why, and the step leaves Edit ▸ Undo.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtGui import QUndoCommand
from PySide6.QtWidgets import QApplication, QMessageBox

from mentordesk.services.records import Delta
from mentordesk.ui.messages import is_expected, problem_text, tell

if TYPE_CHECKING:
    from mentordesk.ui.context import AppContext


class RecordCommand(QUndoCommand):
    """A change to records that already happened; ``area`` names where it belongs."""

    def __init__(self, context: AppContext, label: str, area: str, delta: Delta) -> None:
        super().__init__(label)
        self._context = context
        self.area = area
        self.delta = delta
        self._first = True

    def redo(self) -> None:
        if self._first:
            self._first = False
            return
        self._replay(undoing=False)

    def undo(self) -> None:
        self._replay(undoing=True)

    def _replay(self, *, undoing: bool) -> None:
        step = self.delta.reversed() if undoing else self.delta
        try:
            happened = self._context.apply_delta(step)
        except Exception as error:
            if not is_expected(error):
                raise
            self._failed(error, undoing=undoing)
            return
        self.delta = happened.reversed() if undoing else happened
        where = f" ({self.area})" if self.area else ""
        text = (
            QCoreApplication.translate("undo", "Undid: {what}")
            if undoing
            else QCoreApplication.translate("undo", "Redid: {what}")
        )
        self._context.say(text.format(what=self.text()) + where)

    def _failed(self, error: BaseException, *, undoing: bool) -> None:
        # The stack deletes an obsolete command once undo()/redo() returns.
        self.setObsolete(True)
        text = (
            QCoreApplication.translate("undo", "Could not undo “{what}”: {reason}.")
            if undoing
            else QCoreApplication.translate("undo", "Could not redo “{what}”: {reason}.")
        ).format(what=self.text(), reason=problem_text(error))
        self._context.say(text)

        def show() -> None:
            tell(
                QApplication.activeWindow(),
                QCoreApplication.translate("undo", "Undo")
                if undoing
                else QCoreApplication.translate("undo", "Redo"),
                text,
                detail=QCoreApplication.translate(
                    "undo", "Nothing was changed. The step is removed from Edit ▸ Undo."
                ),
                icon=QMessageBox.Icon.Information,
                name="undoFailedBox",
            )

        # Not inside the stack's own call: a modal loop there would re-enter it.
        QTimer.singleShot(0, show)
