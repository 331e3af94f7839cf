"""The words a person reads for every stored choice, without Qt: one table for the
window (``ui/labels.py`` translates them when shown) and for what is read without
MentorDesk (the Markdown and CSV exports, the command line).

``QT_TRANSLATE_NOOP`` here only marks a label for ``pyside6-lupdate`` (context
"labels"), as Qt's own does: the table holds the English text.
"""

from __future__ import annotations

import enum

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
    RecapSent,
    TemplatePurpose,
    TopicStatus,
    TouchKind,
    TouchRule,
    WhereFound,
)
from mentordesk.services.cadence import CadenceStatus


# Named as Qt's, because that name is what pyside6-lupdate looks for.
def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    return text


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
    TopicStatus: {
        TopicStatus.OPEN: QT_TRANSLATE_NOOP("labels", "In the inbox"),
        TopicStatus.DISCUSSED: QT_TRANSLATE_NOOP("labels", "Discussed"),
        TopicStatus.DROPPED: QT_TRANSLATE_NOOP("labels", "Dropped"),
    },
    TouchKind: {
        TouchKind.EMAIL: QT_TRANSLATE_NOOP("labels", "Email"),
        TouchKind.MESSAGE: QT_TRANSLATE_NOOP("labels", "Message"),
        TouchKind.CALL: QT_TRANSLATE_NOOP("labels", "Call"),
        TouchKind.CHAT: QT_TRANSLATE_NOOP("labels", "Corridor chat"),
    },
    TouchRule: {
        TouchRule.OVERDUE: QT_TRANSLATE_NOOP("labels", "Reset “overdue”, not the rhythm"),
        TouchRule.RHYTHM: QT_TRANSLATE_NOOP("labels", "Count as meetings"),
        TouchRule.NONE: QT_TRANSLATE_NOOP("labels", "Do not count"),
    },
    TemplatePurpose: {
        TemplatePurpose.FIRST_MEETING: QT_TRANSLATE_NOOP("labels", "First meeting"),
        TemplatePurpose.CHECK_IN: QT_TRANSLATE_NOOP("labels", "Regular check-in"),
        TemplatePurpose.QUARTERLY_REVIEW: QT_TRANSLATE_NOOP("labels", "Quarterly review"),
        TemplatePurpose.AGREEMENT_REVIEW: QT_TRANSLATE_NOOP("labels", "Agreement review"),
        TemplatePurpose.CLOSING: QT_TRANSLATE_NOOP("labels", "Closing"),
        TemplatePurpose.OTHER: QT_TRANSLATE_NOOP("labels", "Other"),
    },
    RecapSent: {
        RecapSent.COPIED: QT_TRANSLATE_NOOP("labels", "copied"),
        RecapSent.MAIL: QT_TRANSLATE_NOOP("labels", "opened in the mail app"),
        RecapSent.MARKDOWN: QT_TRANSLATE_NOOP("labels", "saved as Markdown"),
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


def english(kind: type[enum.StrEnum], value: str) -> str:
    """The English label of ``value`` of ``kind``, as the window shows it untranslated."""
    text = LABELS[kind].get(value)
    return str(text) if text is not None else value
