"""The Mentors list's cadence columns: Last met, Next due and Cadence.

Sorting Next due ascending puts the most overdue mentor first, then those due
soonest; mentors never met, without a rhythm, or not active come after.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QColor, QPalette

from mentordesk.services import mentors
from mentordesk.services.cadence import Cadence, CadenceStatus, IntervalSource
from mentordesk.services.kinds import Kind
from mentordesk.services.mentors import MentorSnapshot
from mentordesk.ui import formats, labels
from mentordesk.ui.mentors import cadence_text
from mentordesk.ui.theme import error_colour

if TYPE_CHECKING:
    from mentordesk.ui.context import AppContext

NEXT_DUE, LAST_MET, CADENCE = COLUMN_NUMBERS = (2, 3, 4)  # MentorTableModel's columns
COLUMNS = frozenset(COLUMN_NUMBERS)
KINDS = frozenset({Kind.MEETING, Kind.AGREEMENT, Kind.AGREEMENT_VERSION, Kind.TOUCH})
NONE = "—"
# After every dated row: never met, no rhythm, not active (never due).
_LATER = {
    CadenceStatus.NO_MEETING_YET: 1,
    CadenceStatus.NO_INTERVAL: 2,
    CadenceStatus.NOT_ACTIVE: 3,
}


def listed(context: AppContext, touching: frozenset[str] | None) -> list[MentorSnapshot]:
    """The Mentors list's rows (all, or those ``touching`` names) with today's cadence."""
    return context.read(mentors.list_mentors, touching, today=context.today(), now=context.now())


def display(item: Cadence | None, column: int) -> str:
    if item is None:
        return ""
    if column == LAST_MET:
        return formats.short_date(item.last_met) if item.last_met else NONE
    if column == NEXT_DUE:
        return next_due_text(item)
    if item.interval is None:
        return NONE
    text = cadence_text.interval_text(item.interval)
    if item.source == IntervalSource.AGREEMENT:
        return QCoreApplication.translate("mentor_cadence", "{interval} (agreed)").format(
            interval=text
        )
    return text


def next_due_text(item: Cadence) -> str:
    if item.status == CadenceStatus.NO_MEETING_YET:
        return labels.label(CadenceStatus, item.status)
    if item.next_due is None:
        return NONE
    day = formats.short_date(item.next_due)
    if item.status in (CadenceStatus.OVERDUE, CadenceStatus.DUE_SOON):
        return cadence_text.standing_text(item)  # "5 days overdue" (the day is in the tip)
    if item.status == CadenceStatus.SCHEDULED:
        return QCoreApplication.translate("mentor_cadence", "{day} · planned").format(day=day)
    return day


def tooltip(item: Cadence | None) -> str:
    if item is None:
        return ""
    parts = [labels.label(CadenceStatus, item.status)]
    if item.next_due is not None:
        parts.append(
            QCoreApplication.translate("mentor_cadence", "next due {day}").format(
                day=formats.short_date(item.next_due)
            )
        )
    standing = cadence_text.standing_text(item)
    if standing:
        parts.append(standing)
    if item.drift is not None and item.drift.is_large:
        parts.append(cadence_text.drift_text(item.drift))
    return " · ".join(parts)


def sort_key(item: Cadence | None, column: int) -> Any:
    if item is None:
        return (9, 0)
    if column == LAST_MET:
        return (0, item.last_met.toordinal()) if item.last_met else (1, 0)
    if column == NEXT_DUE:
        if item.next_due is not None and item.status not in _LATER:
            return (0, item.next_due.toordinal())
        return (_LATER.get(item.status, 4), 0)
    return (0, item.interval.approx_days()) if item.interval else (1, 0)


def foreground(item: Cadence | None, palette: QPalette) -> QColor | None:
    """Overdue in the theme's warning red; everything else in the normal text colour."""
    if item is not None and item.status == CadenceStatus.OVERDUE:
        return error_colour(palette)
    return None
