"""The agreement form's fields, listed once (like ``mentor_fields``): the form, its
inline errors, the side-by-side comparison and the exports all walk this table."""

from __future__ import annotations

import enum
from dataclasses import dataclass

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from mentordesk.db.choices import AgreementStatus, MeetingFormat

LINE, TEXT, CHOICE, FREQUENCY, MINUTES, DAY = (
    "line",
    "text",
    "choice",
    "frequency",
    "minutes",
    "day",
)


@dataclass(frozen=True)
class Field:
    """One field: the ``AgreementTerms`` attribute it edits (also its objectName), its
    label, the name a screen reader says, its widget, a hint, and a choice's enum."""

    name: str
    label: object
    accessible: object
    kind: str = TEXT
    hint: object = ""
    choices: type[enum.StrEnum] | None = None
    height: int = 60
    section: bool = False  # a heading of its own in documents (the longer texts)

    def label_text(self) -> str:
        return QCoreApplication.translate("AgreementForm", str(self.label)).replace("&", "")

    def accessible_text(self) -> str:
        return QCoreApplication.translate("AgreementForm", str(self.accessible))


FIELDS: tuple[Field, ...] = (
    Field(
        "status",
        QT_TRANSLATE_NOOP("AgreementForm", "S&tatus"),
        QT_TRANSLATE_NOOP("AgreementForm", "Agreement status"),
        CHOICE,
        choices=AgreementStatus,
    ),
    Field(
        "agreed_on",
        QT_TRANSLATE_NOOP("AgreementForm", "Agreed on"),
        QT_TRANSLATE_NOOP("AgreementForm", "Agreed on"),
        DAY,
    ),
    Field(
        "goals",
        QT_TRANSLATE_NOOP("AgreementForm", "&Goals"),
        QT_TRANSLATE_NOOP("AgreementForm", "Goals of the mentorship"),
        hint=QT_TRANSLATE_NOOP("AgreementForm", "What should be different when this ends?"),
        height=70,
        section=True,
    ),
    Field(
        "frequency_every",
        QT_TRANSLATE_NOOP("AgreementForm", "Meet &every"),
        QT_TRANSLATE_NOOP("AgreementForm", "Meeting frequency"),
        FREQUENCY,
        hint=QT_TRANSLATE_NOOP("AgreementForm", "e.g. 4"),
    ),
    Field(
        "duration_minutes",
        QT_TRANSLATE_NOOP("AgreementForm", "&Duration"),
        QT_TRANSLATE_NOOP("AgreementForm", "Typical duration in minutes"),
        MINUTES,
    ),
    Field(
        "format",
        QT_TRANSLATE_NOOP("AgreementForm", "&Format"),
        QT_TRANSLATE_NOOP("AgreementForm", "Meeting format"),
        CHOICE,
        choices=MeetingFormat,
    ),
    Field(
        "link",
        QT_TRANSLATE_NOOP("AgreementForm", "&Link"),
        QT_TRANSLATE_NOOP("AgreementForm", "Video or meeting link"),
        LINE,
        hint=QT_TRANSLATE_NOOP("AgreementForm", "https://meet.example.com/abc"),
    ),
    Field(
        "topics",
        QT_TRANSLATE_NOOP("AgreementForm", "T&opics"),
        QT_TRANSLATE_NOOP("AgreementForm", "Topics, one per line"),
        hint=QT_TRANSLATE_NOOP("AgreementForm", "One per line; offered when you plan a meeting"),
        height=80,
        section=True,
    ),
    Field(
        "my_commitments",
        QT_TRANSLATE_NOOP("AgreementForm", "I commit to"),
        QT_TRANSLATE_NOOP("AgreementForm", "What I commit to"),
        section=True,
    ),
    Field(
        "mentor_commitments",
        QT_TRANSLATE_NOOP("AgreementForm", "My mentor commits to"),
        QT_TRANSLATE_NOOP("AgreementForm", "What my mentor commits to"),
        section=True,
    ),
    Field(
        "confidentiality",
        QT_TRANSLATE_NOOP("AgreementForm", "Confidentiality"),
        QT_TRANSLATE_NOOP("AgreementForm", "Confidentiality"),
        section=True,
    ),
    Field(
        "boundaries",
        QT_TRANSLATE_NOOP("AgreementForm", "Boundaries"),
        QT_TRANSLATE_NOOP("AgreementForm", "Boundaries: best times, response expectations"),
        hint=QT_TRANSLATE_NOOP(
            "AgreementForm", "Best times to meet, how quickly to expect replies"
        ),
        section=True,
    ),
    Field(
        "start_date",
        QT_TRANSLATE_NOOP("AgreementForm", "Start"),
        QT_TRANSLATE_NOOP("AgreementForm", "Start date"),
        DAY,
    ),
    Field(
        "review_date",
        QT_TRANSLATE_NOOP("AgreementForm", "Review"),
        QT_TRANSLATE_NOOP("AgreementForm", "Review date"),
        DAY,
    ),
    Field(
        "end_date",
        QT_TRANSLATE_NOOP("AgreementForm", "End"),
        QT_TRANSLATE_NOOP("AgreementForm", "End date"),
        DAY,
    ),
)


def field(name: str) -> Field:
    return next(f for f in FIELDS if f.name == name)
