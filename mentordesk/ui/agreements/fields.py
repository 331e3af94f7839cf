"""The agreement form's fields, listed once (as ``mentors/fields``, on the same record
editor): the form, its inline errors, the side-by-side comparison and the exports all
walk this table."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP

from mentordesk.db.choices import AgreementStatus, MeetingFormat, TouchRule
from mentordesk.ui.widgets.record_editor import CHOICE, LINE, TEXT, Field

FREQUENCY, MINUTES, DAY = "frequency", "minutes", "day"
__all__ = ["CHOICE", "DAY", "FIELDS", "FREQUENCY", "LINE", "MINUTES", "TEXT", "Field", "field"]


# An agreement's field: its words in the "AgreementForm" context; a long text unless
# said otherwise.
def _field(name: str, label: object, accessible: object, kind: str = TEXT, **more: object) -> Field:
    return Field(name, label, accessible, kind, context="AgreementForm", **{"height": 60, **more})  # type: ignore[arg-type]


FIELDS: tuple[Field, ...] = (
    _field(
        "status",
        QT_TRANSLATE_NOOP("AgreementForm", "S&tatus"),
        QT_TRANSLATE_NOOP("AgreementForm", "Agreement status"),
        CHOICE,
        choices=AgreementStatus,
    ),
    _field(
        "agreed_on",
        QT_TRANSLATE_NOOP("AgreementForm", "Agreed on"),
        QT_TRANSLATE_NOOP("AgreementForm", "Agreed on"),
        DAY,
    ),
    _field(
        "goals",
        QT_TRANSLATE_NOOP("AgreementForm", "&Goals"),
        QT_TRANSLATE_NOOP("AgreementForm", "Goals of the mentorship"),
        hint=QT_TRANSLATE_NOOP("AgreementForm", "What should be different when this ends?"),
        height=70,
        section=True,
    ),
    _field(
        "frequency_every",
        QT_TRANSLATE_NOOP("AgreementForm", "Meet &every"),
        QT_TRANSLATE_NOOP("AgreementForm", "Meeting frequency"),
        FREQUENCY,
        hint=QT_TRANSLATE_NOOP("AgreementForm", "e.g. 4"),
    ),
    _field(
        "duration_minutes",
        QT_TRANSLATE_NOOP("AgreementForm", "&Duration"),
        QT_TRANSLATE_NOOP("AgreementForm", "Typical duration in minutes"),
        MINUTES,
    ),
    _field(
        "format",
        QT_TRANSLATE_NOOP("AgreementForm", "&Format"),
        QT_TRANSLATE_NOOP("AgreementForm", "Meeting format"),
        CHOICE,
        choices=MeetingFormat,
    ),
    _field(
        "link",
        QT_TRANSLATE_NOOP("AgreementForm", "&Link"),
        QT_TRANSLATE_NOOP("AgreementForm", "Video or meeting link"),
        LINE,
        hint=QT_TRANSLATE_NOOP("AgreementForm", "https://meet.example.com/abc"),
    ),
    _field(
        "topics",
        QT_TRANSLATE_NOOP("AgreementForm", "T&opics"),
        QT_TRANSLATE_NOOP("AgreementForm", "Topics, one per line"),
        hint=QT_TRANSLATE_NOOP("AgreementForm", "One per line; offered when you plan a meeting"),
        height=80,
        section=True,
    ),
    _field(
        "recurring_points",
        QT_TRANSLATE_NOOP("AgreementForm", "Every &time"),
        QT_TRANSLATE_NOOP("AgreementForm", "Recurring points, one per line"),
        hint=QT_TRANSLATE_NOOP(
            "AgreementForm", "On every plan, e.g. Progress on my talk; one per line"
        ),
    ),
    _field(
        "touches_count",
        QT_TRANSLATE_NOOP("AgreementForm", "Tou&ches"),
        QT_TRANSLATE_NOOP("AgreementForm", "How an email or call between meetings counts"),
        CHOICE,
        choices=TouchRule,
    ),
    _field(
        "my_commitments",
        QT_TRANSLATE_NOOP("AgreementForm", "I commit to"),
        QT_TRANSLATE_NOOP("AgreementForm", "What I commit to"),
        section=True,
    ),
    _field(
        "mentor_commitments",
        QT_TRANSLATE_NOOP("AgreementForm", "My mentor commits to"),
        QT_TRANSLATE_NOOP("AgreementForm", "What my mentor commits to"),
        section=True,
    ),
    _field(
        "confidentiality",
        QT_TRANSLATE_NOOP("AgreementForm", "Confidentiality"),
        QT_TRANSLATE_NOOP("AgreementForm", "Confidentiality"),
        section=True,
    ),
    _field(
        "boundaries",
        QT_TRANSLATE_NOOP("AgreementForm", "Boundaries"),
        QT_TRANSLATE_NOOP("AgreementForm", "Boundaries: best times, response expectations"),
        hint=QT_TRANSLATE_NOOP(
            "AgreementForm", "Best times to meet, how quickly to expect replies"
        ),
        section=True,
    ),
    _field(
        "start_date",
        QT_TRANSLATE_NOOP("AgreementForm", "Start"),
        QT_TRANSLATE_NOOP("AgreementForm", "Start date"),
        DAY,
    ),
    _field(
        "review_date",
        QT_TRANSLATE_NOOP("AgreementForm", "Review"),
        QT_TRANSLATE_NOOP("AgreementForm", "Review date"),
        DAY,
    ),
    _field(
        "end_date",
        QT_TRANSLATE_NOOP("AgreementForm", "End"),
        QT_TRANSLATE_NOOP("AgreementForm", "End date"),
        DAY,
    ),
)


def field(name: str) -> Field:
    return next(f for f in FIELDS if f.name == name)
