"""The one action on sync's decisions: Restore the value an edit on another laptop lost.

It goes through ``ui/operation.perform`` like every change a person makes: one undo
step (Edit ▸ Undo puts the kept value back), change news for the record's screens,
and the restored value travels to the other laptops with the next round.
"""

from __future__ import annotations

import json

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from mentordesk.services import sync_log
from mentordesk.services.kinds import Change, Kind, Ref
from mentordesk.ui.context import AppContext
from mentordesk.ui.messages import tell
from mentordesk.ui.operation import performed
from mentordesk.ui.sync.decision_words import value_text


def _single_id(key: str) -> str:
    """The record's id when its key is one value (every record a screen shows)."""
    parts = json.loads(key)
    return str(parts[0]) if isinstance(parts, list) and len(parts) == 1 else ""


def restore(context: AppContext, parent: QWidget | None, decision: sync_log.Decision) -> bool:
    """Put back the value ``decision`` set aside; False if it could not be."""
    try:
        kind = Kind(decision.table)
    except ValueError:
        kind = None
    label = QCoreApplication.translate("sync", "Restore “{value}”").format(
        value=value_text(decision.lost)
    )
    key = _single_id(decision.key)
    target: Kind | Ref = Ref(kind, key) if kind is not None and key else (kind or Kind.MENTOR)

    try:
        done = performed(
            context, parent, label, target, lambda session: sync_log.restore(session, decision.id)
        )
    except sync_log.RestoreError as error:
        tell(parent, QCoreApplication.translate("sync", "Restore"), str(error), name="restoreBox")
        return False
    if done and (kind is None or not key):
        # A row with a key of several parts: no undo step, but the screens still follow.
        ids = [str(part) for part in json.loads(decision.key)]
        context.announce(Change(frozenset({kind} if kind else set(Kind)), frozenset(ids)))
    return done
