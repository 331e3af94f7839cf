"""What the Mentors area asks before a delete, and before dropping unsaved changes."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from mentordesk.services.kinds import Kind
from mentordesk.services.mentors import MentorSnapshot
from mentordesk.ui.formats import count_text


def delete_question(mentor: MentorSnapshot, goes: dict[Kind, int]) -> str:
    """Say exactly what deleting ``mentor`` removes (``goes``: counts per kind)."""
    parts = [QCoreApplication.translate("mentor_messages", "their profile and notes")]
    if mentor.data.tags:
        parts.append(
            QCoreApplication.translate("mentor_messages", "their tags ({tags})").format(
                tags=", ".join(mentor.data.tags)
            )
        )
    history = len(mentor.history)
    parts.append(
        QCoreApplication.translate("mentor_messages", "their status history ({count})").format(
            count=count_text(
                history,
                QCoreApplication.translate("mentor_messages", "1 entry"),
                QCoreApplication.translate("mentor_messages", "{n} entries"),
            )
        )
    )
    meetings = goes.get(Kind.MEETING, 0)
    if meetings:
        parts.append(
            count_text(
                meetings,
                QCoreApplication.translate(
                    "mentor_messages", "1 meeting with its agenda and notes"
                ),
                QCoreApplication.translate(
                    "mentor_messages", "{n} meetings with their agendas and notes"
                ),
            )
        )
    versions = goes.get(Kind.AGREEMENT_VERSION, 0)
    if goes.get(Kind.AGREEMENT, 0):
        parts.append(
            count_text(
                versions,
                QCoreApplication.translate("mentor_messages", "their agreement"),
                QCoreApplication.translate("mentor_messages", "their agreement ({n} versions)"),
            )
        )
    actions = goes.get(Kind.ACTION_ITEM, 0)
    if actions:
        parts.append(
            count_text(
                actions,
                QCoreApplication.translate("mentor_messages", "1 action item"),
                QCoreApplication.translate("mentor_messages", "{n} action items"),
            )
        )
    for kind, one, many in (
        (
            Kind.GIVE_BACK,
            QCoreApplication.translate("mentor_messages", "1 give-back idea"),
            QCoreApplication.translate("mentor_messages", "{n} give-back ideas"),
        ),
        (
            Kind.OUTREACH_STEP,
            QCoreApplication.translate("mentor_messages", "1 outreach step"),
            QCoreApplication.translate("mentor_messages", "{n} outreach steps"),
        ),
        (
            Kind.GOAL_MENTOR,
            QCoreApplication.translate("mentor_messages", "their link to 1 goal (the goal stays)"),
            QCoreApplication.translate(
                "mentor_messages", "their links to {n} goals (the goals stay)"
            ),
        ),
        (
            Kind.CLOSURE,
            QCoreApplication.translate("mentor_messages", "the closure review"),
            QCoreApplication.translate("mentor_messages", "the closure review"),
        ),
    ):
        if goes.get(kind, 0):
            parts.append(count_text(goes[kind], one, many))
    return QCoreApplication.translate(
        "mentor_messages",
        "Delete {name}?\n\nThis removes {what}.\n\n"
        "Edit ▸ Undo brings it all back. To keep the record, use Archive instead.",
    ).format(
        name=mentor.data.name,
        what=", ".join(parts[:-1])
        + QCoreApplication.translate("mentor_messages", " and ")
        + parts[-1],
    )


def discard_unsaved(parent: QWidget, name: str, errors: dict[str, str]) -> bool:
    """The form's changes cannot be saved: True if the user chose to drop them."""
    who = name or QCoreApplication.translate("mentor_messages", "the new mentor")
    problem = (
        "\n".join(errors.values())
        if errors
        else QCoreApplication.translate("mentor_messages", "It could not be saved.")
    )
    answer = QMessageBox.warning(
        parent,
        QCoreApplication.translate("mentor_messages", "Unsaved changes"),
        QCoreApplication.translate(
            "mentor_messages", "Your changes to {who} are not saved yet:\n\n{problem}"
        ).format(who=who, problem=problem),
        QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel,
        QMessageBox.StandardButton.Cancel,
    )
    return answer == QMessageBox.StandardButton.Discard
