"""Sample data: load the fictional mentors to look around, remove them in one step."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from mentordesk.services import sample
from mentordesk.services.kinds import Kind, Ref
from mentordesk.ui.context import AppContext
from mentordesk.ui.messages import confirm
from mentordesk.ui.operation import Question, perform


def has_sample(context: AppContext) -> bool:
    return context.read(sample.has_sample_data)


def load(context: AppContext, parent: QWidget | None = None) -> str | None:
    """Add the sample mentors (undoable); the first one's id, or None."""
    today, count = context.today(), len(sample.sample_records())
    added_text = QCoreApplication.translate(
        "sample_data", "Added %n fictional mentor(s) to explore.", None, count
    )
    added = perform(
        context,
        parent,
        QCoreApplication.translate("sample_data", "Load sample data"),
        Kind.MENTOR,
        lambda session: sample.load_sample(session, today),
        created=lambda loaded: (
            [Ref(Kind.MENTOR, i) for i in loaded.mentor_ids]
            + [Ref(Kind.GOAL, i) for i in loaded.goal_ids]
        ),
        done=added_text,
    )
    if added is None or not added.value.mentor_ids:
        return None
    return added.value.mentor_ids[0]


def explore(context: AppContext, parent: QWidget | None = None) -> str | None:
    """File ▸ Explore with Sample Data: add the sample and show its first mentor."""
    if not context.finish_editing():
        return None
    if context.read(sample.has_own_data) and not confirm(
        parent,
        QCoreApplication.translate("sample_data", "Add sample data?"),
        QCoreApplication.translate(
            "sample_data",
            "Add five fictional mentors, with meetings, goals and action items, beside your own?",
        ),
        QCoreApplication.translate("sample_data", "Add sample data"),
        detail=QCoreApplication.translate(
            "sample_data",
            "They are marked “sample” in the lists, and File ▸ Remove Sample Data takes "
            "them all away again; your own data is never touched.",
        ),
        name="sampleQuestion",
    ):
        return None
    mentor_id = load(context, parent)
    if mentor_id is not None:
        context.open(Ref(Kind.MENTOR, mentor_id))
    return mentor_id


def remove(context: AppContext, parent: QWidget | None = None, *, confirm: bool = True) -> int:
    """Remove every sample mentor with their meetings and action items, after asking."""
    ids = context.read(sample.sample_mentor_ids)
    if not ids:
        return 0
    question = None
    if confirm:
        n = len(ids)
        text = QCoreApplication.translate(
            "sample_data",
            "Remove the %n fictional mentor(s), with their meetings and action items?",
            None,
            n,
        )
        question = Question(
            QCoreApplication.translate("sample_data", "Remove sample data"),
            text,
            QCoreApplication.translate("sample_data", "Remove"),
            QCoreApplication.translate(
                "sample_data",
                "Your own mentors and notes are not touched. Edit ▸ Undo brings the sample back.",
            ),
        )
    removed = perform(
        context,
        parent,
        QCoreApplication.translate("sample_data", "Remove sample data"),
        Kind.MENTOR,
        sample.remove_sample_data,
        refs=[Ref(Kind.MENTOR, mentor_id) for mentor_id in ids]
        + [Ref(Kind.GOAL, goal_id) for goal_id in context.read(sample.sample_goal_ids)],
        dependents=True,
        ask=question,
        done=QCoreApplication.translate("sample_data", "Removed the sample data."),
    )
    return 0 if removed is None else removed.value
