"""The mentor form's fields, listed once: the form is built, filled, read and given
its inline errors from this table (``MentorForm``)."""

from __future__ import annotations

import enum
from dataclasses import dataclass

from PySide6.QtCore import QT_TRANSLATE_NOOP

from mentordesk.db.choices import Affiliation, Channel, MentorStatus, WhereFound

LINE, TEXT, CHOICE, ZONE, TAGS = "line", "text", "choice", "zone", "tags"


@dataclass(frozen=True)
class Field:
    """One field: the ``MentorData`` attribute it edits (also its objectName), its
    label (with a mnemonic), the name a screen reader says, its kind of widget, a
    placeholder, the enum of a choice, and whether problems show under it."""

    name: str
    label: object
    accessible: object
    kind: str = LINE
    placeholder: object = ""
    choices: type[enum.StrEnum] | None = None
    checked: bool = False
    height: int = 0


FIELDS: tuple[Field, ...] = (
    Field(
        "name",
        QT_TRANSLATE_NOOP("MentorForm", "&Name"),
        QT_TRANSLATE_NOOP("MentorForm", "Name"),
        placeholder=QT_TRANSLATE_NOOP("MentorForm", "Full name (required)"),
        checked=True,
    ),
    Field(
        "role",
        QT_TRANSLATE_NOOP("MentorForm", "&Role"),
        QT_TRANSLATE_NOOP("MentorForm", "Role"),
        placeholder=QT_TRANSLATE_NOOP("MentorForm", "e.g. VP of Engineering"),
    ),
    Field(
        "organisation",
        QT_TRANSLATE_NOOP("MentorForm", "Or&ganisation"),
        QT_TRANSLATE_NOOP("MentorForm", "Organisation"),
    ),
    Field(
        "affiliation",
        QT_TRANSLATE_NOOP("MentorForm", "Internal/External"),
        QT_TRANSLATE_NOOP("MentorForm", "Internal or external"),
        CHOICE,
        choices=Affiliation,
        checked=True,
    ),
    Field(
        "status",
        QT_TRANSLATE_NOOP("MentorForm", "S&tatus"),
        QT_TRANSLATE_NOOP("MentorForm", "Status"),
        CHOICE,
        choices=MentorStatus,
        checked=True,
    ),
    Field(
        "tags",
        QT_TRANSLATE_NOOP("MentorForm", "Ta&gs"),
        QT_TRANSLATE_NOOP("MentorForm", "Expertise tags"),
        TAGS,
        placeholder=QT_TRANSLATE_NOOP("MentorForm", "Comma-separated, e.g. leadership, design"),
    ),
    Field(
        "where_found",
        QT_TRANSLATE_NOOP("MentorForm", "Where found"),
        QT_TRANSLATE_NOOP("MentorForm", "Where found"),
        CHOICE,
        choices=WhereFound,
        checked=True,
    ),
    Field(
        "where_found_detail",
        QT_TRANSLATE_NOOP("MentorForm", "Details"),
        QT_TRANSLATE_NOOP("MentorForm", "Where found, details"),
        placeholder=QT_TRANSLATE_NOOP("MentorForm", "Which event, who introduced you…"),
    ),
    Field(
        "fit_notes",
        QT_TRANSLATE_NOOP("MentorForm", "Why they fit"),
        QT_TRANSLATE_NOOP("MentorForm", "Why they fit my goals and values"),
        TEXT,
        height=60,
    ),
    Field(
        "email",
        QT_TRANSLATE_NOOP("MentorForm", "&Email"),
        QT_TRANSLATE_NOOP("MentorForm", "Email"),
        placeholder="name@example.com",
        checked=True,
    ),
    Field(
        "phone",
        QT_TRANSLATE_NOOP("MentorForm", "&Phone"),
        QT_TRANSLATE_NOOP("MentorForm", "Phone"),
        placeholder="+44 20 7946 0018",
        checked=True,
    ),
    Field(
        "profile_url",
        QT_TRANSLATE_NOOP("MentorForm", "Profile &URL"),
        QT_TRANSLATE_NOOP("MentorForm", "Profile URL"),
        placeholder="https://example.com/profile",
        checked=True,
    ),
    Field(
        "preferred_channel",
        QT_TRANSLATE_NOOP("MentorForm", "Preferred channel"),
        QT_TRANSLATE_NOOP("MentorForm", "Preferred channel"),
        CHOICE,
        choices=Channel,
        checked=True,
    ),
    Field(
        "time_zone",
        QT_TRANSLATE_NOOP("MentorForm", "Time &zone"),
        QT_TRANSLATE_NOOP("MentorForm", "Time zone"),
        ZONE,
        checked=True,
    ),
    Field(
        "notes",
        QT_TRANSLATE_NOOP("MentorForm", "N&otes"),
        QT_TRANSLATE_NOOP("MentorForm", "Notes (Markdown)"),
        TEXT,
        height=160,
    ),
)
