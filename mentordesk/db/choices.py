"""The stored choices: every value a status, kind or unit column may hold.

Plain enums, without SQLAlchemy, so the UI can name and label them without loading
the data layer; the models store their values as text.
"""

from __future__ import annotations

import enum


class MentorStatus(enum.StrEnum):
    """Where a relationship stands: prospect → requested → active → paused → ended → alumni."""

    PROSPECT = "prospect"
    REQUESTED = "requested"
    ACTIVE = "active"
    PAUSED = "paused"
    ENDED = "ended"
    # Ended, keeping in touch now and then (their own interval: services/cadence.py).
    ALUMNI = "alumni"


# People I might ask, or have asked: not mentors yet.
PROSPECTIVE = (MentorStatus.PROSPECT, MentorStatus.REQUESTED)


class Affiliation(enum.StrEnum):
    """Whether the mentor works inside or outside my organisation."""

    INTERNAL = "internal"
    EXTERNAL = "external"


class WhereFound(enum.StrEnum):
    """Where I found the mentor (the article's suggestions, plus the usual others)."""

    NETWORKING_EVENT = "networking_event"
    PROFESSIONAL_ASSOCIATION = "professional_association"
    SOCIAL_MEDIA = "social_media"
    COLLEAGUE_INTRODUCTION = "colleague_introduction"
    OTHER = "other"


class Channel(enum.StrEnum):
    """How the mentor prefers to be contacted."""

    EMAIL = "email"
    PHONE = "phone"
    VIDEO = "video"
    MESSAGING = "messaging"
    IN_PERSON = "in_person"


class MeetingStatus(enum.StrEnum):
    """Whether a meeting is still ahead, took place, or was called off."""

    PLANNED = "planned"
    HELD = "held"
    CANCELLED = "cancelled"


class MeetingFormat(enum.StrEnum):
    """How we meet."""

    IN_PERSON = "in_person"
    VIDEO = "video"
    PHONE = "phone"
    CHAT = "chat"


class ActionStatus(enum.StrEnum):
    """Where a piece of advice to act on stands."""

    OPEN = "open"
    DONE = "done"
    DROPPED = "dropped"


class AgreementStatus(enum.StrEnum):
    """Where an expectations agreement stands."""

    DRAFT = "draft"
    AGREED = "agreed"
    UNDER_REVIEW = "under_review"
    ENDED = "ended"


class IntervalUnit(enum.StrEnum):
    """The unit of a meeting frequency: every N days, weeks or months."""

    DAYS = "days"
    WEEKS = "weeks"
    MONTHS = "months"


class GoalStatus(enum.StrEnum):
    """Where a career goal stands."""

    ACTIVE = "active"
    ACHIEVED = "achieved"
    DROPPED = "dropped"


class ProgressMode(enum.StrEnum):
    """How a goal's progress is known: set by hand, or counted from its action items."""

    MANUAL = "manual"
    ACTIONS = "actions"


class GiveBackKind(enum.StrEnum):
    """What kind of giving back an idea is."""

    THANKS = "thanks"
    SHARE = "share_something"
    INTRODUCTION = "introduction"
    HELP = "help_on_project"
    RECOMMENDATION = "recommendation"
    FEEDBACK = "feedback"
    GIFT = "gift"
    OTHER = "other"


class GiveBackStatus(enum.StrEnum):
    """Where a give-back idea stands."""

    IDEA = "idea"
    PLANNED = "planned"
    DONE = "done"


class OutreachKind(enum.StrEnum):
    """A step in asking someone to mentor me."""

    ASKED = "asked"
    FOLLOWED_UP = "followed_up"
    ANSWERED = "answered"


class TopicStatus(enum.StrEnum):
    """Where a topic of a mentor's inbox stands: it stays until discussed or dropped."""

    OPEN = "open"
    DISCUSSED = "discussed"
    DROPPED = "dropped"


class TouchKind(enum.StrEnum):
    """A contact with a mentor outside a meeting."""

    EMAIL = "email"
    MESSAGE = "message"
    CALL = "call"
    CHAT = "chat"  # a corridor chat


class TouchRule(enum.StrEnum):
    """Whether touches count toward an agreement's cadence."""

    OVERDUE = "overdue"  # they reset "overdue" but not the meeting rhythm (the default)
    RHYTHM = "rhythm"  # they count as meetings
    NONE = "none"  # only meetings count


class TemplatePurpose(enum.StrEnum):
    """What a meeting template is for (the five that ship, and any other)."""

    FIRST_MEETING = "first_meeting"
    CHECK_IN = "check_in"
    QUARTERLY_REVIEW = "quarterly_review"
    AGREEMENT_REVIEW = "agreement_review"
    CLOSING = "closing"
    OTHER = "other"


class RecapSent(enum.StrEnum):
    """How a meeting's recap left the app."""

    COPIED = "copied"
    MAIL = "mail"
    MARKDOWN = "markdown"


class AttachmentKind(enum.StrEnum):
    """What an attachment holds: a file copied into the data folder, or a link."""

    FILE = "file"
    LINK = "link"
