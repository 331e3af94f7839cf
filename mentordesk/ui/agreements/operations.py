"""What a person does with an expectations agreement and a mentor's rhythm, each said
once (``ui/operation.py``). Field errors are raised for the form to show."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from mentordesk.services import agreements
from mentordesk.services.agreements import AgreementState, AgreementTerms, Saved
from mentordesk.services.kinds import Kind, Ref
from mentordesk.ui.context import AppContext, Written
from mentordesk.ui.operation import Question, perform, performed


def save_agreement(
    context: AppContext,
    parent: QWidget | None,
    mentor_id: str,
    mentor_name: str,
    terms: AgreementTerms,
    agreement: AgreementState | None,
    *,
    new_version: bool,
) -> Written[Saved] | None:
    """Save the terms: a new version once a version was agreed, else the draft itself."""
    today, now = context.today(), context.now()
    if new_version and agreement is not None:
        label = QCoreApplication.translate(
            "agreements", "Save agreement with {name} as version {n}"
        ).format(name=mentor_name, n=agreement.current.number + 1)
    else:
        label = QCoreApplication.translate("agreements", "Edit the agreement with {name}").format(
            name=mentor_name
        )
    written = perform(
        context,
        parent,
        label,
        Kind.AGREEMENT,
        lambda s: agreements.save(s, mentor_id, terms, today=today, now=now),
        refs=[Ref(Kind.AGREEMENT, agreement.id)] if agreement else [],
        created=lambda saved: [Ref(Kind.AGREEMENT, saved.agreement.id)],
    )
    if written is not None:
        context.say(
            QCoreApplication.translate(
                "agreements", "Saved version {n} of the agreement with {name}."
            ).format(n=written.value.number, name=mentor_name)
        )
    return written


def delete_agreement(
    context: AppContext,
    parent: QWidget | None,
    agreement: AgreementState,
    mentor_name: str,
    *,
    ask: bool = True,
) -> bool:
    """Delete the agreement with every version, after asking."""
    question = None
    if ask:
        n = len(agreement.versions)
        versions = QCoreApplication.translate(
            "agreements", "It has %n version(s). Edit ▸ Undo brings it back.", None, n
        )
        question = Question(
            QCoreApplication.translate("agreements", "Delete agreement"),
            QCoreApplication.translate(
                "agreements", "Delete the agreement with {name} and all its versions?"
            ).format(name=mentor_name),
            QCoreApplication.translate("agreements", "Delete"),
            versions,
        )
    return performed(
        context,
        parent,
        QCoreApplication.translate("agreements", "Delete the agreement with {name}").format(
            name=mentor_name
        ),
        Ref(Kind.AGREEMENT, agreement.id),
        lambda s: agreements.delete_agreement(s, agreement.id),
        dependents=True,
        ask=question,
    )


def set_rhythm(
    context: AppContext, parent: QWidget | None, mentor_id: str, every: int | None, unit: str
) -> bool:
    """The mentor's own meeting rhythm, used while no agreement sets a frequency."""
    now = context.now()
    return performed(
        context,
        parent,
        QCoreApplication.translate("agreements", "Set meeting rhythm"),
        Ref(Kind.MENTOR, mentor_id),
        lambda s: agreements.set_mentor_interval(s, mentor_id, every, unit, now=now),
    )
