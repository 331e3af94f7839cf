"""What the Mentors area says before a delete and when the database refuses a change."""

from __future__ import annotations

from PySide6.QtCore import QObject

from mentordesk.services.mentors import MentorSnapshot


def _count(n: int, one: str, many: str) -> str:
    return one if n == 1 else many.format(n=n)


def delete_question(view: QObject, mentor: MentorSnapshot, meetings: int, actions: int) -> str:
    """Say exactly what deleting ``mentor`` removes (``view`` translates)."""
    tr = view.tr
    parts = [tr("their profile and notes")]
    if mentor.data.tags:
        parts.append(tr("their tags ({tags})").format(tags=", ".join(mentor.data.tags)))
    parts.append(
        tr("their status history ({count})").format(
            count=_count(len(mentor.history), tr("1 entry"), tr("{n} entries"))
        )
    )
    if meetings:
        parts.append(
            _count(
                meetings,
                tr("1 meeting with its agenda and notes"),
                tr("{n} meetings with their agendas and notes"),
            )
        )
    if actions:
        parts.append(_count(actions, tr("1 action item"), tr("{n} action items")))
    return tr(
        "Delete {name}?\n\nThis removes {what}.\n\n"
        "Edit ▸ Undo brings it all back. To keep the record, use Archive instead."
    ).format(name=mentor.data.name, what=", ".join(parts[:-1]) + tr(" and ") + parts[-1])


def database_problem(view: QObject, error: Exception) -> str:
    """A failed save in plain words; the typing stays in the form."""
    tr = view.tr
    reason = str(getattr(error, "orig", None) or error).splitlines()[0]
    if "locked" in reason or "busy" in reason:
        reason = tr("the database is busy (another program is using it)")
    elif "disk" in reason or "full" in reason:
        reason = tr("the disk is full")
    return tr("Could not save: {reason}. What you typed is still in the form.").format(
        reason=reason
    )
