"""What the Goals area says before deleting a goal: exactly which links go, and what stays."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from mentordesk.services.kinds import Kind
from mentordesk.ui.formats import count_text


def delete_question(title: str, goes: dict[Kind, int]) -> str:
    """Say what deleting the goal ``title`` removes (``goes``: counts per kind) and keeps."""
    parts = [
        count_text(goes[kind], one, many)
        for kind, one, many in (
            (
                Kind.GOAL_PROGRESS,
                QCoreApplication.translate("goal_messages", "its progress update"),
                QCoreApplication.translate("goal_messages", "its {n} progress updates"),
            ),
            (
                Kind.GOAL_MENTOR,
                QCoreApplication.translate("goal_messages", "its link to 1 mentor"),
                QCoreApplication.translate("goal_messages", "its links to {n} mentors"),
            ),
            (
                Kind.GOAL_ACTION_ITEM,
                QCoreApplication.translate("goal_messages", "its link to 1 action item"),
                QCoreApplication.translate("goal_messages", "its links to {n} action items"),
            ),
            (
                Kind.CLOSURE_GOAL,
                QCoreApplication.translate("goal_messages", "its mention in 1 closure review"),
                QCoreApplication.translate("goal_messages", "its mention in {n} closure reviews"),
            ),
        )
        if goes.get(kind, 0)
    ]
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
