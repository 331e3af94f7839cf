"""What the Goals area says before deleting a goal: exactly which links go, and what stays."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from mentordesk.services.kinds import Kind


def _count(n: int, one: str, many: str) -> str:
    return one if n == 1 else many.replace("{n}", str(n))


def delete_question(title: str, goes: dict[Kind, int]) -> str:
    """Say what deleting the goal ``title`` removes (``goes``: counts per kind) and keeps."""
    parts = []
    updates = goes.get(Kind.GOAL_PROGRESS, 0)
    if updates:
        parts.append(
            _count(
                updates,
                QCoreApplication.translate("goal_messages", "its progress update"),
                QCoreApplication.translate("goal_messages", "its {n} progress updates"),
            )
        )
    mentors = goes.get(Kind.GOAL_MENTOR, 0)
    if mentors:
        parts.append(
            _count(
                mentors,
                QCoreApplication.translate("goal_messages", "its link to 1 mentor"),
                QCoreApplication.translate("goal_messages", "its links to {n} mentors"),
            )
        )
    actions = goes.get(Kind.GOAL_ACTION_ITEM, 0)
    if actions:
        parts.append(
            _count(
                actions,
                QCoreApplication.translate("goal_messages", "its link to 1 action item"),
                QCoreApplication.translate("goal_messages", "its links to {n} action items"),
            )
        )
    closures = goes.get(Kind.CLOSURE_GOAL, 0)
    if closures:
        parts.append(
            _count(
                closures,
                QCoreApplication.translate("goal_messages", "its mention in 1 closure review"),
                QCoreApplication.translate("goal_messages", "its mention in {n} closure reviews"),
            )
        )
    if parts:
        what = (
            ", ".join(parts[:-1]) + QCoreApplication.translate("goal_messages", " and ") + parts[-1]
            if len(parts) > 1
            else parts[0]
        )
        removes = QCoreApplication.translate("goal_messages", "This also removes {what}.").format(
            what=what
        )
    else:
        removes = QCoreApplication.translate("goal_messages", "Nothing is linked to it.")
    return QCoreApplication.translate(
        "goal_messages",
        "Delete the goal “{title}”?\n\n{removes} The mentors, action items and meetings "
        "themselves stay.\n\nEdit ▸ Undo brings the goal and its links back.",
    ).format(title=title, removes=removes)
