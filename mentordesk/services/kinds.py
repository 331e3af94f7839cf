"""The kinds of records, references to one record, and news of a change.

Qt-free, so services, the command line and the UI all speak of records the
same way: ``Ref(Kind.MEETING, id)`` names a meeting wherever it is used.
"""

from __future__ import annotations

import enum
from collections.abc import Iterable
from dataclasses import dataclass


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


@dataclass(frozen=True)
class Ref:
    """One record: its kind and its id."""

    kind: Kind
    id: str


@dataclass(frozen=True)
class Change:
    """News that records changed: which kinds, and the ids of the changed records
    together with the records they belong to (their mentor, their meeting...)."""

    kinds: frozenset[Kind]
    ids: frozenset[str] = frozenset()

    @staticmethod
    def of(kind: Kind, ids: Iterable[str]) -> Change:
        return Change(frozenset({kind}), frozenset(ids))

    def touches(self, kinds: Iterable[Kind]) -> bool:
        """Whether any of ``kinds`` changed."""
        return not self.kinds.isdisjoint(kinds)
