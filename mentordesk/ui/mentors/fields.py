"""The mentor form's fields, listed once: the form is built, filled, read and given
its inline errors from this table (``MentorForm`` over ``widgets/record_editor``)."""

from __future__ import annotations

from functools import partial

from PySide6.QtCore import QT_TRANSLATE_NOOP

from mentordesk.db.choices import Affiliation, Channel, MentorStatus, WhereFound
from mentordesk.ui.widgets.record_editor import CHOICE, LINE, TAGS, TEXT, Field

ZONE = "zone"  # an editable list of the world's time zones
__all__ = ["CHOICE", "FIELDS", "LINE", "TAGS", "TEXT", "ZONE", "Field"]

# A mentor's field: its words in the "MentorForm" context; problems show under the
# fields marked ``checked``.
_field = partial(Field, context="MentorForm", checked=False)

FIELDS: tuple[Field, ...] = (
    _field(
        "name",
        QT_TRANSLATE_NOOP("MentorForm", "&Name"),
        QT_TRANSLATE_NOOP("MentorForm", "Name"),
        hint=QT_TRANSLATE_NOOP("MentorForm", "Full name (required)"),
        checked=True,
    ),
    _field(
        "role",
        QT_TRANSLATE_NOOP("MentorForm", "&Role"),
        QT_TRANSLATE_NOOP("MentorForm", "Role"),
        hint=QT_TRANSLATE_NOOP("MentorForm", "e.g. VP of Engineering"),
    ),
    _field(
        "organisation",
        QT_TRANSLATE_NOOP("MentorForm", "Or&ganisation"),
        QT_TRANSLATE_NOOP("MentorForm", "Organisation"),
    ),
    _field(
        "affiliation",
        QT_TRANSLATE_NOOP("MentorForm", "Internal/External"),
        QT_TRANSLATE_NOOP("MentorForm", "Internal or external"),
        CHOICE,
        choices=Affiliation,
        checked=True,
    ),
    _field(
        "status",
        QT_TRANSLATE_NOOP("MentorForm", "S&tatus"),
        QT_TRANSLATE_NOOP("MentorForm", "Status"),
        CHOICE,
        choices=MentorStatus,
        checked=True,
    ),
    _field(
        "tags",
        QT_TRANSLATE_NOOP("MentorForm", "Ta&gs"),
        QT_TRANSLATE_NOOP("MentorForm", "Expertise tags"),
        TAGS,
        hint=QT_TRANSLATE_NOOP("MentorForm", "Comma-separated, e.g. leadership, design"),
    ),
    _field(
        "where_found",
        QT_TRANSLATE_NOOP("MentorForm", "Where found"),
        QT_TRANSLATE_NOOP("MentorForm", "Where found"),
        CHOICE,
        choices=WhereFound,
        checked=True,
    ),
    _field(
        "where_found_detail",
        QT_TRANSLATE_NOOP("MentorForm", "Details"),
        QT_TRANSLATE_NOOP("MentorForm", "Where found, details"),
        hint=QT_TRANSLATE_NOOP("MentorForm", "Which event, who introduced you…"),
    ),
    _field(
        "fit_notes",
        QT_TRANSLATE_NOOP("MentorForm", "Why they fit"),
        QT_TRANSLATE_NOOP("MentorForm", "Why they fit my goals and values"),
        TEXT,
        height=60,
    ),
    _field(
        "email",
        QT_TRANSLATE_NOOP("MentorForm", "&Email"),
        QT_TRANSLATE_NOOP("MentorForm", "Email"),
        hint="name@example.com",
        checked=True,
    ),
    _field(
        "phone",
        QT_TRANSLATE_NOOP("MentorForm", "&Phone"),
        QT_TRANSLATE_NOOP("MentorForm", "Phone"),
        hint="+44 20 7946 0018",
        checked=True,
    ),
    _field(
        "profile_url",
        QT_TRANSLATE_NOOP("MentorForm", "Profile &URL"),
        QT_TRANSLATE_NOOP("MentorForm", "Profile URL"),
        hint="https://example.com/profile",
        checked=True,
    ),
    _field(
        "preferred_channel",
        QT_TRANSLATE_NOOP("MentorForm", "Preferred channel"),
        QT_TRANSLATE_NOOP("MentorForm", "Preferred channel"),
        CHOICE,
        choices=Channel,
        checked=True,
    ),
    _field(
        "time_zone",
        QT_TRANSLATE_NOOP("MentorForm", "Time &zone"),
        QT_TRANSLATE_NOOP("MentorForm", "Time zone"),
        ZONE,
        checked=True,
    ),
    _field(
        "notes",
        QT_TRANSLATE_NOOP("MentorForm", "N&otes"),
        QT_TRANSLATE_NOOP("MentorForm", "Notes (Markdown)"),
        TEXT,
        height=160,
    ),
)
