"""The tables, as typed SQLAlchemy models: one module per record family.

Importing this package puts every table in ``Base.metadata`` (Alembic's env, the
models-match-migrations test and ``services/records.py`` rely on it). The stored
choices (statuses, kinds, units) are plain enums in ``db/choices.py``.
"""

from mentordesk.db.models.action_items import ActionItem
from mentordesk.db.models.agreements import Agreement, AgreementVersion
from mentordesk.db.models.attachments import Attachment
from mentordesk.db.models.base import Base
from mentordesk.db.models.between import Topic, Touch
from mentordesk.db.models.closure import Closure, ClosureGoal
from mentordesk.db.models.givebacks import GiveBack
from mentordesk.db.models.goals import Goal, GoalActionItem, GoalMentor, GoalProgress
from mentordesk.db.models.meetings import AgendaItem, Meeting, NoteSnapshot
from mentordesk.db.models.mentors import Mentor, MentorStatusChange, MentorTag, Tag
from mentordesk.db.models.prospects import OutreachStep
from mentordesk.db.models.templates import CalendarEvent, MeetingRecap, MeetingTemplate

__all__ = [
    "ActionItem",
    "AgendaItem",
    "Agreement",
    "AgreementVersion",
    "Attachment",
    "Base",
    "CalendarEvent",
    "Closure",
    "ClosureGoal",
    "GiveBack",
    "Goal",
    "GoalActionItem",
    "GoalMentor",
    "GoalProgress",
    "Meeting",
    "MeetingRecap",
    "MeetingTemplate",
    "Mentor",
    "MentorStatusChange",
    "MentorTag",
    "NoteSnapshot",
    "OutreachStep",
    "Tag",
    "Topic",
    "Touch",
]
