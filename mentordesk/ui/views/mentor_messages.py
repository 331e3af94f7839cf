"""What the Mentors area says before a delete."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from mentordesk.services.kinds import Kind
from mentordesk.services.mentors import MentorSnapshot


def tr(text: str) -> str:
    return QCoreApplication.translate("mentor_messages", text)


def _count(n: int, one: str, many: str) -> str:
    return one if n == 1 else many.replace("{n}", str(n))


def delete_question(mentor: MentorSnapshot, goes: dict[Kind, int]) -> str:
    """Say exactly what deleting ``mentor`` removes (``goes``: counts per kind)."""
    parts = [tr("their profile and notes")]
    if mentor.data.tags:
        parts.append(tr("their tags ({tags})").format(tags=", ".join(mentor.data.tags)))
    history = len(mentor.history)
    parts.append(
        tr("their status history ({count})").format(
            count=_count(history, tr("1 entry"), tr("{n} entries"))
        )
    )
    meetings = goes.get(Kind.MEETING, 0)
    if meetings:
        parts.append(
            _count(
                meetings,
                tr("1 meeting with its agenda and notes"),
                tr("{n} meetings with their agendas and notes"),
            )
        )
    actions = goes.get(Kind.ACTION_ITEM, 0)
    if actions:
        parts.append(_count(actions, tr("1 action item"), tr("{n} action items")))
    return tr(
        "Delete {name}?\n\nThis removes {what}.\n\n"
        "Edit ▸ Undo brings it all back. To keep the record, use Archive instead."
    ).format(name=mentor.data.name, what=", ".join(parts[:-1]) + tr(" and ") + parts[-1])
