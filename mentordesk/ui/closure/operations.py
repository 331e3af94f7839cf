"""Ending a mentorship well, said once (``ui/operation.py``): the closure review's
End mentorship. Field errors are raised (``ClosureValidationError``) for the review
to show beside its fields."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from mentordesk.services import closure
from mentordesk.services.closure import ClosureDraft, KeepInTouch
from mentordesk.services.kinds import Kind, Ref
from mentordesk.ui.context import AppContext
from mentordesk.ui.operation import performed


def end_mentorship(
    context: AppContext,
    parent: QWidget | None,
    draft: ClosureDraft,
    *,
    learned: str,
    goal_ids: Sequence[str],
    thank_you: str,
    ended_on: date,
    keep_in_touch: KeepInTouch | None,
) -> bool:
    """Record what was learned and which goals it served; the mentor becomes "ended", or
    "alumni" with a keep-in-touch rhythm."""
    today, now = context.today(), context.now()
    refs = [Ref(Kind.MENTOR, draft.mentor_id)] + [Ref(Kind.GOAL, g.id) for g in draft.goals]
    if draft.existing is not None:
        refs.append(Ref(Kind.CLOSURE, draft.existing.id))
    return performed(
        context,
        parent,
        QCoreApplication.translate("closure", "End the mentorship with {name}").format(
            name=draft.mentor_name
        ),
        Kind.MENTOR,
        lambda s: closure.close(
            s,
            draft.mentor_id,
            learned=learned,
            goal_ids=tuple(goal_ids),
            thank_you=thank_you,
            ended_on=ended_on,
            keep_in_touch=keep_in_touch,
            today=today,
            now=now,
        ),
        refs=refs,
        created=lambda state: [Ref(Kind.CLOSURE, state.id)],
        done=QCoreApplication.translate("closure", "Ended the mentorship with {name}.").format(
            name=draft.mentor_name
        ),
    )
