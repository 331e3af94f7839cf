"""Sample data: load the fictional mentors to look around, remove them in one step."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from mentordesk.services import sample
from mentordesk.services.kinds import Kind, Ref
from mentordesk.ui.area import area_title
from mentordesk.ui.context import AppContext


def has_sample(context: AppContext) -> bool:
    return context.read(sample.has_sample_data)


def load(context: AppContext, parent: QWidget | None = None) -> str | None:
    """Add the sample mentors (undoable); the first one's id, or None."""
    today = context.today()
    added = context.write(
        QCoreApplication.translate("sample_data", "Load sample data"),
        lambda session: sample.load_sample(session, today),
        created=lambda loaded: (
            [Ref(Kind.MENTOR, i) for i in loaded.mentor_ids]
            + [Ref(Kind.GOAL, i) for i in loaded.goal_ids]
        ),
        area=area_title("mentors"),
        parent=parent,
    )
    if added is None or not added.value.mentor_ids:
        return None
    context.say(
        QCoreApplication.translate(
            "sample_data",
            "Added {count} fictional mentors to explore. Edit ▸ Undo takes them away.",
        ).format(count=len(added.value.mentor_ids))
    )
    return added.value.mentor_ids[0]


def explore(context: AppContext, parent: QWidget | None = None) -> str | None:
    """File ▸ Explore with Sample Data: add the sample and show its first mentor."""
    if not context.finish_editing():
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
    if confirm:
        answer = QMessageBox.question(
            parent,
            QCoreApplication.translate("sample_data", "Remove sample data"),
            QCoreApplication.translate(
                "sample_data",
                "Remove the {count} fictional mentors, with their meetings and action "
                "items?\n\nYour own mentors and notes are not touched. "
                "Edit ▸ Undo brings the sample back.",
            ).format(count=len(ids)),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel,
        )
        if answer != QMessageBox.StandardButton.Yes:
            return 0
    removed = context.write(
        QCoreApplication.translate("sample_data", "Remove sample data"),
        sample.remove_sample_data,
        refs=[Ref(Kind.MENTOR, mentor_id) for mentor_id in ids]
        + [Ref(Kind.GOAL, goal_id) for goal_id in context.read(sample.sample_goal_ids)],
        dependents=True,
        area=area_title("mentors"),
        parent=parent,
    )
    if removed is None:
        return 0
    context.say(
        QCoreApplication.translate(
            "sample_data", "Removed the sample data. Edit ▸ Undo brings it back."
        )
    )
    return removed.value
