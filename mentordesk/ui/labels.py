"""What the user sees for each stored choice: the one home of every enum's labels.

Labels are marked for translation here (``QT_TRANSLATE_NOOP``) and translated
when shown (``label``), so a language chosen at run time applies everywhere.
Stored values never change.
"""

from __future__ import annotations

import enum

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from mentordesk.db.choices import (
    ActionStatus,
    Affiliation,
    AgreementStatus,
    Channel,
    GiveBackKind,
    GiveBackStatus,
    GoalStatus,
    MeetingFormat,
    MeetingStatus,
    MentorStatus,
    OutreachKind,
    ProgressMode,
    WhereFound,
)
from mentordesk.services import note_history
from mentordesk.services.cadence import CadenceStatus

CONTEXT = "labels"

LABELS: dict[type[enum.StrEnum], dict[str, object]] = {
    MentorStatus: {
        MentorStatus.PROSPECT: QT_TRANSLATE_NOOP("labels", "Prospect"),
        MentorStatus.REQUESTED: QT_TRANSLATE_NOOP("labels", "Requested"),
        MentorStatus.ACTIVE: QT_TRANSLATE_NOOP("labels", "Active"),
        MentorStatus.PAUSED: QT_TRANSLATE_NOOP("labels", "Paused"),
        MentorStatus.ENDED: QT_TRANSLATE_NOOP("labels", "Ended"),
        MentorStatus.ALUMNI: QT_TRANSLATE_NOOP("labels", "Alumni"),
    },
    Affiliation: {
        Affiliation.INTERNAL: QT_TRANSLATE_NOOP("labels", "Internal"),
        Affiliation.EXTERNAL: QT_TRANSLATE_NOOP("labels", "External"),
    },
    WhereFound: {
        WhereFound.NETWORKING_EVENT: QT_TRANSLATE_NOOP("labels", "Networking event"),
        WhereFound.PROFESSIONAL_ASSOCIATION: QT_TRANSLATE_NOOP(
            "labels", "Professional association"
        ),
        WhereFound.SOCIAL_MEDIA: QT_TRANSLATE_NOOP("labels", "Social media"),
        WhereFound.COLLEAGUE_INTRODUCTION: QT_TRANSLATE_NOOP("labels", "Colleague introduction"),
        WhereFound.OTHER: QT_TRANSLATE_NOOP("labels", "Other"),
    },
    Channel: {
        Channel.EMAIL: QT_TRANSLATE_NOOP("labels", "Email"),
        Channel.PHONE: QT_TRANSLATE_NOOP("labels", "Phone"),
        Channel.VIDEO: QT_TRANSLATE_NOOP("labels", "Video call"),
        Channel.MESSAGING: QT_TRANSLATE_NOOP("labels", "Messaging"),
        Channel.IN_PERSON: QT_TRANSLATE_NOOP("labels", "In person"),
    },
    MeetingStatus: {
        MeetingStatus.PLANNED: QT_TRANSLATE_NOOP("labels", "Planned"),
        MeetingStatus.HELD: QT_TRANSLATE_NOOP("labels", "Held"),
        MeetingStatus.CANCELLED: QT_TRANSLATE_NOOP("labels", "Cancelled"),
    },
    MeetingFormat: {
        MeetingFormat.IN_PERSON: QT_TRANSLATE_NOOP("labels", "In person"),
        MeetingFormat.VIDEO: QT_TRANSLATE_NOOP("labels", "Video call"),
        MeetingFormat.PHONE: QT_TRANSLATE_NOOP("labels", "Phone"),
        MeetingFormat.CHAT: QT_TRANSLATE_NOOP("labels", "Chat"),
    },
    ActionStatus: {
        ActionStatus.OPEN: QT_TRANSLATE_NOOP("labels", "Open"),
        ActionStatus.DONE: QT_TRANSLATE_NOOP("labels", "Done"),
        ActionStatus.DROPPED: QT_TRANSLATE_NOOP("labels", "Dropped"),
    },
    AgreementStatus: {
        AgreementStatus.DRAFT: QT_TRANSLATE_NOOP("labels", "Draft"),
        AgreementStatus.AGREED: QT_TRANSLATE_NOOP("labels", "Agreed"),
        AgreementStatus.UNDER_REVIEW: QT_TRANSLATE_NOOP("labels", "Under review"),
        AgreementStatus.ENDED: QT_TRANSLATE_NOOP("labels", "Ended"),
    },
    GoalStatus: {
        GoalStatus.ACTIVE: QT_TRANSLATE_NOOP("labels", "Active"),
        GoalStatus.ACHIEVED: QT_TRANSLATE_NOOP("labels", "Achieved"),
        GoalStatus.DROPPED: QT_TRANSLATE_NOOP("labels", "Dropped"),
    },
    ProgressMode: {
        ProgressMode.MANUAL: QT_TRANSLATE_NOOP("labels", "Set by hand"),
        ProgressMode.ACTIONS: QT_TRANSLATE_NOOP("labels", "From its action items"),
    },
    GiveBackKind: {
        GiveBackKind.THANKS: QT_TRANSLATE_NOOP("labels", "Thanks"),
        GiveBackKind.SHARE: QT_TRANSLATE_NOOP("labels", "Share something"),
        GiveBackKind.INTRODUCTION: QT_TRANSLATE_NOOP("labels", "Introduction"),
        GiveBackKind.HELP: QT_TRANSLATE_NOOP("labels", "Help on their project"),
        GiveBackKind.RECOMMENDATION: QT_TRANSLATE_NOOP("labels", "Recommendation"),
        GiveBackKind.FEEDBACK: QT_TRANSLATE_NOOP("labels", "Feedback"),
        GiveBackKind.GIFT: QT_TRANSLATE_NOOP("labels", "Gift"),
        GiveBackKind.OTHER: QT_TRANSLATE_NOOP("labels", "Other"),
    },
    GiveBackStatus: {
        GiveBackStatus.IDEA: QT_TRANSLATE_NOOP("labels", "Idea"),
        GiveBackStatus.PLANNED: QT_TRANSLATE_NOOP("labels", "Planned"),
        GiveBackStatus.DONE: QT_TRANSLATE_NOOP("labels", "Done"),
    },
    OutreachKind: {
        OutreachKind.ASKED: QT_TRANSLATE_NOOP("labels", "Asked"),
        OutreachKind.FOLLOWED_UP: QT_TRANSLATE_NOOP("labels", "Followed up"),
        OutreachKind.ANSWERED: QT_TRANSLATE_NOOP("labels", "Answered"),
    },
    CadenceStatus: {
        CadenceStatus.OVERDUE: QT_TRANSLATE_NOOP("labels", "Overdue"),
        CadenceStatus.DUE_SOON: QT_TRANSLATE_NOOP("labels", "Due soon"),
        CadenceStatus.NO_MEETING_YET: QT_TRANSLATE_NOOP("labels", "No meeting yet"),
        CadenceStatus.SCHEDULED: QT_TRANSLATE_NOOP("labels", "Scheduled"),
        CadenceStatus.ON_TRACK: QT_TRANSLATE_NOOP("labels", "On track"),
        CadenceStatus.NO_INTERVAL: QT_TRANSLATE_NOOP("labels", "No rhythm set"),
        CadenceStatus.NOT_ACTIVE: QT_TRANSLATE_NOOP("labels", "Not active"),
    },
}

NOTE_VERSION_REASONS = {
    note_history.PERIODIC: QT_TRANSLATE_NOOP("labels", "Saved while typing"),
    note_history.BEFORE_LARGE_DELETION: QT_TRANSLATE_NOOP("labels", "Before a large deletion"),
    note_history.BEFORE_RESTORE: QT_TRANSLATE_NOOP("labels", "Before restoring a version"),
}


def translate(text: str) -> str:
    return QCoreApplication.translate("labels", str(text))


def label(kind: type[enum.StrEnum], value: str) -> str:
    """The label of ``value`` of the enum ``kind``, in the user's language."""
    text = LABELS[kind].get(value)
    return translate(str(text)) if text is not None else value


def choices(kind: type[enum.StrEnum]) -> list[tuple[str, str]]:
    """(value, label) for every member of ``kind``, in the enum's order."""
    return [(str(value), translate(str(text))) for value, text in LABELS[kind].items()]


def order(kind: type[enum.StrEnum], value: str) -> int:
    """Where ``value`` comes in the enum's own order (prospect → ended); unknown last."""
    values = list(LABELS[kind])
    return values.index(value) if value in values else len(values)


def note_reason(reason: str) -> str:
    text = NOTE_VERSION_REASONS.get(reason)
    return translate(str(text)) if text is not None else reason
