"""The kinds of records, references to one record, and news of a change.

Qt-free, so services, the command line and the UI all speak of records the
same way: ``Ref(Kind.MEETING, id)`` names a meeting wherever it is used.
"""

from __future__ import annotations

import enum
from collections.abc import Iterable
from dataclasses import dataclass, field


class Kind(enum.StrEnum):
    """Every kind of record; the value is its table's name."""

    MENTOR = "mentor"
    TAG = "tag"
    MENTOR_TAG = "mentor_tag"
    STATUS_CHANGE = "mentor_status_change"
    MEETING = "meeting"
    AGENDA_ITEM = "agenda_item"
    ACTION_ITEM = "action_item"
    NOTE_SNAPSHOT = "note_snapshot"
    AGREEMENT = "agreement"
    AGREEMENT_VERSION = "agreement_version"
    GOAL = "goal"
    GOAL_PROGRESS = "goal_progress"
    GOAL_MENTOR = "goal_mentor"
    GOAL_ACTION_ITEM = "goal_action_item"
    GIVE_BACK = "give_back"
    OUTREACH_STEP = "outreach_step"
    CLOSURE = "closure"
    CLOSURE_GOAL = "closure_goal"
    TOPIC = "topic"
    TOUCH = "touch"
    MEETING_TEMPLATE = "meeting_template"
    MEETING_RECAP = "meeting_recap"
    CALENDAR_EVENT = "calendar_event"
    ATTACHMENT = "attachment"


class Facet(enum.StrEnum):
    """A part of a record's page to show (a mentor's tab), or another view of it."""

    PROFILE = "profile"
    MEETINGS = "meetings"
    ACTION_ITEMS = "action_items"
    AGREEMENT = "agreement"
    NEW_AGREEMENT = "new_agreement"  # the Agreement tab, filled from a template (detail: its path)
    GIVE_BACK = "give_back"
    GOALS = "goals"
    TIMELINE = "timeline"
    BETWEEN = "between"  # a mentor's topic inbox and touches
    PROSPECT = "prospect"  # a mentor as a prospect, in the Prospects area


@dataclass(frozen=True)
class Ref:
    """One record: its kind and its id; "" as the id stands for a new record.

    ``facet`` picks a part of the record's page (a mentor's Agreement tab) and
    ``detail`` a record inside it (the agreement version to show).
    """

    kind: Kind
    id: str
    facet: Facet | None = None
    detail: str | None = None

    @staticmethod
    def new(kind: Kind, facet: Facet | None = None) -> Ref:
        """A record of ``kind`` not written yet: showing it starts one."""
        return Ref(kind, "", facet)


@dataclass(frozen=True)
class Change:
    """News that records changed: which kinds, and the ids of the changed records
    together with the records they belong to (their mentor, their meeting...)."""

    kinds: frozenset[Kind]
    ids: frozenset[str] = frozenset()
    # Who made the change (the screen that wrote it), so it can skip reading its
    # own edit back; None for changes from undo, import or another window.
    initiator: object = field(default=None, compare=False)
    # Brought by a sync round from another laptop: nobody here waits for it, so a
    # list may read it off the UI thread and apply it a slice at a time (ui/follow.py).
    far: bool = field(default=False, compare=False)

    @staticmethod
    def of(kind: Kind, ids: Iterable[str], initiator: object = None) -> Change:
        return Change(frozenset({kind}), frozenset(ids), initiator)

    def touches(self, kinds: Iterable[Kind]) -> bool:
        """Whether any of ``kinds`` changed."""
        return not self.kinds.isdisjoint(kinds)
