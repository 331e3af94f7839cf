"""What a person does with give-back ideas, each said once (``ui/operation.py``):
the Give-back area, a mentor's Give-back tab, the Dashboard's nudge and meeting
mode all call these."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from mentordesk.services import givebacks
from mentordesk.services.givebacks import GiveBackData, GiveBackState
from mentordesk.services.kinds import Kind, Ref
from mentordesk.ui.context import AppContext, Written
from mentordesk.ui.operation import delete_question, perform, performed, short


def add_idea(
    context: AppContext, parent: QWidget | None, data: GiveBackData
) -> Written[GiveBackState] | None:
    """A new idea (field errors are raised for the dialog to show)."""
    today, now = context.today(), context.now()
    return perform(
        context,
        parent,
        QCoreApplication.translate("giveback", "Add give-back idea {idea}").format(
            idea=short(data.idea)
        ),
        Kind.GIVE_BACK,
        lambda s: givebacks.create(s, data, today=today, now=now),
        created=lambda g: [Ref(Kind.GIVE_BACK, g.id)],
    )


def edit_idea(
    context: AppContext, parent: QWidget | None, item_id: str, data: GiveBackData
) -> Written[GiveBackState] | None:
    today, now = context.today(), context.now()
    return perform(
        context,
        parent,
        QCoreApplication.translate("giveback", "Edit give-back idea {idea}").format(
            idea=short(data.idea)
        ),
        Ref(Kind.GIVE_BACK, item_id),
        lambda s: givebacks.update(s, item_id, data, today=today, now=now),
    )


def capture_idea(
    context: AppContext, parent: QWidget | None, mentor_id: str, text: str, meeting_id: str
) -> Written[GiveBackState] | None:
    """A line of meeting notes as an idea, its kind guessed from the words."""
    today, now = context.today(), context.now()
    return perform(
        context,
        parent,
        QCoreApplication.translate("giveback", "Capture give-back idea “{idea}”").format(
            idea=short(text)
        ),
        Kind.GIVE_BACK,
        lambda s: givebacks.capture(
            s, mentor_id, text, meeting_id=meeting_id, today=today, now=now
        ),
        created=lambda state: [Ref(Kind.GIVE_BACK, state.id)],
    )


def mark_done(context: AppContext, parent: QWidget | None, item: GiveBackState, on: date) -> bool:
    """The idea was done on ``on`` (undoable)."""
    today, now = context.today(), context.now()
    return performed(
        context,
        parent,
        QCoreApplication.translate("giveback", "Gave back: {idea}").format(idea=short(item.idea)),
        Ref(Kind.GIVE_BACK, item.id),
        lambda s: givebacks.mark_done(s, item.id, on=on, today=today, now=now),
        done=QCoreApplication.translate("giveback", "Marked done: {idea}.").format(
            idea=short(item.idea)
        ),
    )


def delete_idea(context: AppContext, parent: QWidget | None, item: GiveBackState) -> bool:
    """Remove an idea after asking (Edit ▸ Undo brings it back)."""
    ref = Ref(Kind.GIVE_BACK, item.id)
    return performed(
        context,
        parent,
        QCoreApplication.translate("giveback", "Delete give-back idea {idea}").format(
            idea=short(item.idea)
        ),
        Kind.GIVE_BACK,
        lambda s: givebacks.delete(s, item.id),
        refs=[ref],
        dependents=True,
        ask=delete_question(Kind.GIVE_BACK, item.idea, {}),
    )
