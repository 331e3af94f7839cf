"""What a person does with a mentor's record, each said once (``ui/operation.py``):
add, edit and delete. Field errors are raised (``MentorValidationError``) for the form
to show beside its fields."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from mentordesk.services import mentors, records
from mentordesk.services.kinds import Kind, Ref
from mentordesk.services.mentors import MentorData, MentorSnapshot
from mentordesk.ui.context import AppContext, Written
from mentordesk.ui.operation import delete_question, perform, performed


def add_mentor(
    context: AppContext, parent: QWidget | None, data: MentorData
) -> Written[MentorSnapshot] | None:
    now = context.now()
    return perform(
        context,
        parent,
        QCoreApplication.translate("mentors", "Add {name}").format(name=data.name.strip()),
        Kind.MENTOR,
        lambda s: mentors.create_mentor(s, data, now=now),
        created=lambda m: [Ref(Kind.MENTOR, m.id)],
    )


def edit_mentor(
    context: AppContext, parent: QWidget | None, mentor_id: str, data: MentorData
) -> Written[MentorSnapshot] | None:
    now = context.now()
    return perform(
        context,
        parent,
        QCoreApplication.translate("mentors", "Edit {name}").format(name=data.name.strip()),
        Ref(Kind.MENTOR, mentor_id),
        lambda s: mentors.update_mentor(s, mentor_id, data, now=now),
    )


def delete_mentor(
    context: AppContext, parent: QWidget | None, mentor: MentorSnapshot, *, ask: bool = True
) -> bool:
    """Delete the mentor with everything recorded about them, after saying what goes."""
    ref = Ref(Kind.MENTOR, mentor.id)
    question = None
    if ask:
        goes = dict(context.read(records.what_goes, ref))
        first = [QCoreApplication.translate("mentors", "their profile and notes")]
        if goes.pop(Kind.MENTOR_TAG, 0):
            first.append(
                QCoreApplication.translate("mentors", "their tags ({tags})").format(
                    tags=", ".join(mentor.data.tags)
                )
            )
        question = delete_question(
            Kind.MENTOR,
            mentor.data.name,
            goes,
            first=first,
            keeps=QCoreApplication.translate("mentors", "To keep the record, use Archive instead."),
        )
    return performed(
        context,
        parent,
        QCoreApplication.translate("mentors", "Delete {name}").format(name=mentor.data.name),
        Kind.MENTOR,
        lambda s: mentors.delete_mentor(s, mentor.id),
        refs=[ref],
        dependents=True,
        ask=question,
    )
