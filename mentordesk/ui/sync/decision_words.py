"""What sync decided, in the person's language: the Sync page's log.

``services/sync_log`` hands each decision over as data (kind, record, field, the two
values, the two laptops); the sentence is made here with Qt's translations, so a
German window reads it in German. The command line keeps its English
(``sync_log.english``), as all its output does.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from mentordesk.services import sync_log
from mentordesk.services.kinds import Kind
from mentordesk.ui import vocabulary

LONGEST = 80  # characters of a value in the sentence; the whole value is in the tooltip

# A stored column's name as a person knows the field (forms' labels where there are).
FIELDS = {
    "actual_minutes": QT_TRANSLATE_NOOP("syncDecisions", "Actual length"),
    "affiliation": QT_TRANSLATE_NOOP("syncDecisions", "Affiliation"),
    "agreed_on": QT_TRANSLATE_NOOP("syncDecisions", "Agreed on"),
    "body": QT_TRANSLATE_NOOP("syncDecisions", "Text"),
    "boundaries": QT_TRANSLATE_NOOP("syncDecisions", "Boundaries"),
    "cadence_every": QT_TRANSLATE_NOOP("syncDecisions", "Meet every"),
    "cadence_unit": QT_TRANSLATE_NOOP("syncDecisions", "Meet every"),
    "comment": QT_TRANSLATE_NOOP("syncDecisions", "Comment"),
    "confidentiality": QT_TRANSLATE_NOOP("syncDecisions", "Confidentiality"),
    "day": QT_TRANSLATE_NOOP("syncDecisions", "Day"),
    "description": QT_TRANSLATE_NOOP("syncDecisions", "Description"),
    "done": QT_TRANSLATE_NOOP("syncDecisions", "Done"),
    "done_on": QT_TRANSLATE_NOOP("syncDecisions", "Done on"),
    "due_date": QT_TRANSLATE_NOOP("syncDecisions", "Due date"),
    "duration_minutes": QT_TRANSLATE_NOOP("syncDecisions", "Typical length"),
    "email": QT_TRANSLATE_NOOP("syncDecisions", "Email"),
    "end_date": QT_TRANSLATE_NOOP("syncDecisions", "End date"),
    "ended_on": QT_TRANSLATE_NOOP("syncDecisions", "Ended on"),
    "file_name": QT_TRANSLATE_NOOP("syncDecisions", "File name"),
    "fit_notes": QT_TRANSLATE_NOOP("syncDecisions", "Why they fit"),
    "follow_up_on": QT_TRANSLATE_NOOP("syncDecisions", "Follow up on"),
    "format": QT_TRANSLATE_NOOP("syncDecisions", "Format"),
    "frequency_every": QT_TRANSLATE_NOOP("syncDecisions", "Meeting frequency"),
    "frequency_unit": QT_TRANSLATE_NOOP("syncDecisions", "Meeting frequency"),
    "goals": QT_TRANSLATE_NOOP("syncDecisions", "Goals"),
    "idea": QT_TRANSLATE_NOOP("syncDecisions", "Idea"),
    "kind": QT_TRANSLATE_NOOP("syncDecisions", "Kind"),
    "learned": QT_TRANSLATE_NOOP("syncDecisions", "What I learned"),
    "link": QT_TRANSLATE_NOOP("syncDecisions", "Link"),
    "location": QT_TRANSLATE_NOOP("syncDecisions", "Place"),
    "mentor_commitments": QT_TRANSLATE_NOOP("syncDecisions", "The mentor commits to"),
    "my_commitments": QT_TRANSLATE_NOOP("syncDecisions", "I commit to"),
    "name": QT_TRANSLATE_NOOP("syncDecisions", "Name"),
    "note": QT_TRANSLATE_NOOP("syncDecisions", "Note"),
    "notes": QT_TRANSLATE_NOOP("syncDecisions", "Notes"),
    "notes_private": QT_TRANSLATE_NOOP("syncDecisions", "Private"),
    "organisation": QT_TRANSLATE_NOOP("syncDecisions", "Organisation"),
    "outcome": QT_TRANSLATE_NOOP("syncDecisions", "Outcome"),
    "phone": QT_TRANSLATE_NOOP("syncDecisions", "Phone"),
    "planned_minutes": QT_TRANSLATE_NOOP("syncDecisions", "Planned length"),
    "planned_on": QT_TRANSLATE_NOOP("syncDecisions", "Planned for"),
    "preferred_channel": QT_TRANSLATE_NOOP("syncDecisions", "Preferred channel"),
    "private": QT_TRANSLATE_NOOP("syncDecisions", "Private"),
    "profile_url": QT_TRANSLATE_NOOP("syncDecisions", "Profile link"),
    "progress": QT_TRANSLATE_NOOP("syncDecisions", "Progress"),
    "purpose": QT_TRANSLATE_NOOP("syncDecisions", "Purpose"),
    "questions": QT_TRANSLATE_NOOP("syncDecisions", "Questions"),
    "rating": QT_TRANSLATE_NOOP("syncDecisions", "Rating"),
    "reason": QT_TRANSLATE_NOOP("syncDecisions", "Reason"),
    "recurring_points": QT_TRANSLATE_NOOP("syncDecisions", "Recurring points"),
    "report_back": QT_TRANSLATE_NOOP("syncDecisions", "Report back"),
    "reported_on": QT_TRANSLATE_NOOP("syncDecisions", "Reported on"),
    "review_date": QT_TRANSLATE_NOOP("syncDecisions", "Review date"),
    "role": QT_TRANSLATE_NOOP("syncDecisions", "Role"),
    "scheduled_start": QT_TRANSLATE_NOOP("syncDecisions", "When"),
    "sections": QT_TRANSLATE_NOOP("syncDecisions", "Sections"),
    "sent_at": QT_TRANSLATE_NOOP("syncDecisions", "Sent"),
    "sent_how": QT_TRANSLATE_NOOP("syncDecisions", "Sent how"),
    "start_date": QT_TRANSLATE_NOOP("syncDecisions", "Start date"),
    "status": QT_TRANSLATE_NOOP("syncDecisions", "Status"),
    "success_criteria": QT_TRANSLATE_NOOP("syncDecisions", "Success criteria"),
    "takeaways": QT_TRANSLATE_NOOP("syncDecisions", "Takeaways"),
    "takeaways_private": QT_TRANSLATE_NOOP("syncDecisions", "Private"),
    "target_date": QT_TRANSLATE_NOOP("syncDecisions", "Target date"),
    "text": QT_TRANSLATE_NOOP("syncDecisions", "Text"),
    "thank_you": QT_TRANSLATE_NOOP("syncDecisions", "Thanks"),
    "time_zone": QT_TRANSLATE_NOOP("syncDecisions", "Time zone"),
    "title": QT_TRANSLATE_NOOP("syncDecisions", "Title"),
    "topics": QT_TRANSLATE_NOOP("syncDecisions", "Topics"),
    "url": QT_TRANSLATE_NOOP("syncDecisions", "Web address"),
    "where_found": QT_TRANSLATE_NOOP("syncDecisions", "Where found"),
    "where_found_detail": QT_TRANSLATE_NOOP("syncDecisions", "Where found"),
    "why": QT_TRANSLATE_NOOP("syncDecisions", "Why"),
}


def field_name(column: str) -> str:
    """The field as a person knows it ("Role"); an unknown column as it is stored."""
    label = FIELDS.get(column)
    if label is None:
        return column.replace("_", " ")
    return QCoreApplication.translate("syncDecisions", str(label))


def kind_name(table: str) -> str:
    """The record's kind as a word in a sentence ("mentor")."""
    try:
        return vocabulary.name(Kind(table))
    except (ValueError, KeyError):
        return table.replace("_", " ")


def value_text(value: Any, *, whole: bool = False) -> str:
    """A stored value as the sentence quotes it: empty said so, long text shortened."""
    if value is None or value == "":
        return QCoreApplication.translate("syncDecisions", "(empty)")
    if isinstance(value, bool):
        return (
            QCoreApplication.translate("syncDecisions", "yes")
            if value
            else QCoreApplication.translate("syncDecisions", "no")
        )
    text = str(value)
    if whole:
        return text
    text = " ".join(text.split())
    return text if len(text) <= LONGEST else text[: LONGEST - 1] + "…"


def laptop(decision: sync_log.Decision, side: str) -> str:
    """The name of the laptop where the ``side`` ("kept" or "lost") value was typed."""
    name = decision.kept_on if side == "kept" else decision.lost_on
    if name:
        return name
    return (
        QCoreApplication.translate("syncDecisions", "this laptop")
        if decision.here == side
        else QCoreApplication.translate("syncDecisions", "another laptop")
    )


def sentence(decision: sync_log.Decision, *, whole: bool = False) -> str:
    """The decision in the person's language (``whole``: values not shortened)."""
    kind = kind_name(decision.table)
    if decision.kind == "revived":
        if decision.record:
            text = QCoreApplication.translate(
                "syncDecisions",
                "The {kind} “{record}” was deleted on one laptop while it was edited on "
                "“{laptop}”: it was kept, with the edit.",
            )
        else:
            text = QCoreApplication.translate(
                "syncDecisions",
                "A record ({kind}) was deleted on one laptop while it was edited on "
                "“{laptop}”: it was kept, with the edit.",
            )
        return text.format(kind=kind, record=decision.record, laptop=laptop(decision, "kept"))
    if decision.kind == "note_deleted":
        text = QCoreApplication.translate(
            "syncDecisions",
            "The {kind} “{record}” was deleted on one laptop while its field “{field}” was "
            "edited on another; the edited text is kept here: “{lost}”.",
        )
        return text.format(
            kind=kind,
            record=decision.record or kind,
            field=field_name(decision.field),
            lost=value_text(decision.lost, whole=whole),
        )
    if decision.record:
        text = QCoreApplication.translate(
            "syncDecisions",
            "{field} of the {kind} “{record}”: changed to “{lost}” on “{lost_laptop}” and "
            "to “{kept}” on “{kept_laptop}”. The newer, “{kept}”, was kept; Restore brings "
            "back “{lost}”.",
        )
    else:
        text = QCoreApplication.translate(
            "syncDecisions",
            "{field} ({kind}): changed to “{lost}” on “{lost_laptop}” and to “{kept}” on "
            "“{kept_laptop}”. The newer, “{kept}”, was kept; Restore brings back “{lost}”.",
        )
    return text.format(
        field=field_name(decision.field),
        kind=kind,
        record=decision.record,
        lost=value_text(decision.lost, whole=whole),
        kept=value_text(decision.kept, whole=whole),
        lost_laptop=laptop(decision, "lost"),
        kept_laptop=laptop(decision, "kept"),
    )
