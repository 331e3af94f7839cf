"""How the app speaks of each kind of record: one entry per ``Kind``, used everywhere.

A kind's entry gives its name in a sentence ("the meeting was deleted"), its count
with Qt's plural forms ("%n meeting(s)" becomes "1 meeting", "3 meetings", or a
translation's own forms), its label as a heading ("Meeting notes" in search
results), what a delete question says goes with it, and the area that shows it.

Rules:
- Every ``Kind`` has an entry (tests/ui/test_vocabulary.py), so an error about any
  record has words and adding a kind is one entry here.
- Counts go through ``count`` (Qt's ``%n`` numerus forms), never "one"/"many" pairs.
- Where a record is shown is said once: ``area_of(ref)``; a ``Ref``'s facet picks a
  part of the record's page (a mentor's tab) or another area (a prospect).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from mentordesk.services.kinds import Facet, Kind, Ref


@dataclass(frozen=True)
class Words:
    """What the app calls one kind of record, and where it shows it.

    ``one``: the name in a sentence; ``count``: "%n …" with plural forms; ``label``:
    a heading; ``goes``: "%n …" as a part of what a delete removes; ``area``: the key
    of the area that shows it ("" when it is shown as part of another record).
    """

    one: str
    count: str
    label: str
    goes: str
    area: str = ""


def _words(one: object, count: object, label: object, goes: object, area: str = "") -> Words:
    return Words(str(one), str(count), str(label), str(goes), area)


VOCABULARY: Mapping[Kind, Words] = {
    Kind.MENTOR: _words(
        QT_TRANSLATE_NOOP("vocabulary", "mentor"),
        QT_TRANSLATE_NOOP("vocabulary", "%n mentor(s)"),
        QT_TRANSLATE_NOOP("vocabulary", "Mentor"),
        QT_TRANSLATE_NOOP("vocabulary", "%n mentor(s)"),
        "mentors",
    ),
    Kind.TAG: _words(
        QT_TRANSLATE_NOOP("vocabulary", "tag"),
        QT_TRANSLATE_NOOP("vocabulary", "%n tag(s)"),
        QT_TRANSLATE_NOOP("vocabulary", "Tag"),
        QT_TRANSLATE_NOOP("vocabulary", "%n tag(s)"),
    ),
    Kind.MENTOR_TAG: _words(
        QT_TRANSLATE_NOOP("vocabulary", "tag"),
        QT_TRANSLATE_NOOP("vocabulary", "%n tag(s)"),
        QT_TRANSLATE_NOOP("vocabulary", "Tag"),
        QT_TRANSLATE_NOOP("vocabulary", "their %n tag(s)"),
    ),
    Kind.STATUS_CHANGE: _words(
        QT_TRANSLATE_NOOP("vocabulary", "status change"),
        QT_TRANSLATE_NOOP("vocabulary", "%n status change(s)"),
        QT_TRANSLATE_NOOP("vocabulary", "Status change"),
        QT_TRANSLATE_NOOP("vocabulary", "their status history (%n entry/entries)"),
    ),
    Kind.MEETING: _words(
        QT_TRANSLATE_NOOP("vocabulary", "meeting"),
        QT_TRANSLATE_NOOP("vocabulary", "%n meeting(s)"),
        QT_TRANSLATE_NOOP("vocabulary", "Meeting notes"),
        QT_TRANSLATE_NOOP("vocabulary", "%n meeting(s) with agenda and notes"),
        "meetings",
    ),
    Kind.AGENDA_ITEM: _words(
        QT_TRANSLATE_NOOP("vocabulary", "agenda point"),
        QT_TRANSLATE_NOOP("vocabulary", "%n agenda point(s)"),
        QT_TRANSLATE_NOOP("vocabulary", "Agenda item"),
        QT_TRANSLATE_NOOP("vocabulary", "%n agenda point(s)"),
        "meetings",
    ),
    Kind.ACTION_ITEM: _words(
        QT_TRANSLATE_NOOP("vocabulary", "action item"),
        QT_TRANSLATE_NOOP("vocabulary", "%n action item(s)"),
        QT_TRANSLATE_NOOP("vocabulary", "Action item"),
        QT_TRANSLATE_NOOP("vocabulary", "%n action item(s)"),
        "actions",
    ),
    Kind.NOTE_SNAPSHOT: _words(
        QT_TRANSLATE_NOOP("vocabulary", "earlier version of the notes"),
        QT_TRANSLATE_NOOP("vocabulary", "%n earlier version(s) of the notes"),
        QT_TRANSLATE_NOOP("vocabulary", "Earlier notes"),
        QT_TRANSLATE_NOOP("vocabulary", "%n earlier version(s) of the notes"),
    ),
    Kind.AGREEMENT: _words(
        QT_TRANSLATE_NOOP("vocabulary", "agreement"),
        QT_TRANSLATE_NOOP("vocabulary", "%n agreement(s)"),
        QT_TRANSLATE_NOOP("vocabulary", "Agreement"),
        QT_TRANSLATE_NOOP("vocabulary", "%n agreement(s)"),
    ),
    Kind.AGREEMENT_VERSION: _words(
        QT_TRANSLATE_NOOP("vocabulary", "agreement version"),
        QT_TRANSLATE_NOOP("vocabulary", "%n agreement version(s)"),
        QT_TRANSLATE_NOOP("vocabulary", "Agreement"),
        QT_TRANSLATE_NOOP("vocabulary", "their agreement (%n version(s))"),
    ),
    Kind.GOAL: _words(
        QT_TRANSLATE_NOOP("vocabulary", "goal"),
        QT_TRANSLATE_NOOP("vocabulary", "%n goal(s)"),
        QT_TRANSLATE_NOOP("vocabulary", "Goal"),
        QT_TRANSLATE_NOOP("vocabulary", "%n goal(s)"),
        "goals",
    ),
    Kind.GOAL_PROGRESS: _words(
        QT_TRANSLATE_NOOP("vocabulary", "progress update"),
        QT_TRANSLATE_NOOP("vocabulary", "%n progress update(s)"),
        QT_TRANSLATE_NOOP("vocabulary", "Progress update"),
        QT_TRANSLATE_NOOP("vocabulary", "its %n progress update(s)"),
    ),
    Kind.GOAL_MENTOR: _words(
        QT_TRANSLATE_NOOP("vocabulary", "link between a goal and a mentor"),
        QT_TRANSLATE_NOOP("vocabulary", "%n link(s) between goals and mentors"),
        QT_TRANSLATE_NOOP("vocabulary", "Goal and mentor"),
        QT_TRANSLATE_NOOP("vocabulary", "%n link(s) between a goal and a mentor"),
    ),
    Kind.GOAL_ACTION_ITEM: _words(
        QT_TRANSLATE_NOOP("vocabulary", "link between a goal and an action item"),
        QT_TRANSLATE_NOOP("vocabulary", "%n link(s) between goals and action items"),
        QT_TRANSLATE_NOOP("vocabulary", "Goal and action item"),
        QT_TRANSLATE_NOOP("vocabulary", "%n link(s) between a goal and an action item"),
    ),
    Kind.GIVE_BACK: _words(
        QT_TRANSLATE_NOOP("vocabulary", "give-back idea"),
        QT_TRANSLATE_NOOP("vocabulary", "%n give-back idea(s)"),
        QT_TRANSLATE_NOOP("vocabulary", "Give-back"),
        QT_TRANSLATE_NOOP("vocabulary", "%n give-back idea(s)"),
        "giveback",
    ),
    Kind.OUTREACH_STEP: _words(
        QT_TRANSLATE_NOOP("vocabulary", "outreach step"),
        QT_TRANSLATE_NOOP("vocabulary", "%n outreach step(s)"),
        QT_TRANSLATE_NOOP("vocabulary", "Outreach step"),
        QT_TRANSLATE_NOOP("vocabulary", "%n outreach step(s)"),
        "prospects",
    ),
    Kind.CLOSURE: _words(
        QT_TRANSLATE_NOOP("vocabulary", "closure review"),
        QT_TRANSLATE_NOOP("vocabulary", "%n closure review(s)"),
        QT_TRANSLATE_NOOP("vocabulary", "Closure review"),
        QT_TRANSLATE_NOOP("vocabulary", "the closure review"),
    ),
    Kind.CLOSURE_GOAL: _words(
        QT_TRANSLATE_NOOP("vocabulary", "goal named in a closure review"),
        QT_TRANSLATE_NOOP("vocabulary", "%n goal(s) named in closure reviews"),
        QT_TRANSLATE_NOOP("vocabulary", "Closure review"),
        QT_TRANSLATE_NOOP("vocabulary", "its mention in %n closure review(s)"),
    ),
    Kind.TOPIC: _words(
        QT_TRANSLATE_NOOP("vocabulary", "topic"),
        QT_TRANSLATE_NOOP("vocabulary", "%n topic(s)"),
        QT_TRANSLATE_NOOP("vocabulary", "Topic"),
        QT_TRANSLATE_NOOP("vocabulary", "%n topic(s) in the inbox"),
        "mentors",
    ),
    Kind.TOUCH: _words(
        QT_TRANSLATE_NOOP("vocabulary", "touch"),
        QT_TRANSLATE_NOOP("vocabulary", "%n touch(es)"),
        QT_TRANSLATE_NOOP("vocabulary", "Touch"),
        QT_TRANSLATE_NOOP("vocabulary", "%n logged touch(es)"),
        "mentors",
    ),
    Kind.MEETING_TEMPLATE: _words(
        QT_TRANSLATE_NOOP("vocabulary", "meeting template"),
        QT_TRANSLATE_NOOP("vocabulary", "%n meeting template(s)"),
        QT_TRANSLATE_NOOP("vocabulary", "Meeting template"),
        QT_TRANSLATE_NOOP("vocabulary", "%n meeting template(s)"),
    ),
    Kind.MEETING_RECAP: _words(
        QT_TRANSLATE_NOOP("vocabulary", "recap"),
        QT_TRANSLATE_NOOP("vocabulary", "%n recap(s)"),
        QT_TRANSLATE_NOOP("vocabulary", "Recap"),
        QT_TRANSLATE_NOOP("vocabulary", "%n recap(s) sent"),
    ),
    Kind.CALENDAR_EVENT: _words(
        QT_TRANSLATE_NOOP("vocabulary", "calendar event"),
        QT_TRANSLATE_NOOP("vocabulary", "%n calendar event(s)"),
        QT_TRANSLATE_NOOP("vocabulary", "Calendar event"),
        QT_TRANSLATE_NOOP("vocabulary", "%n calendar event(s)"),
    ),
    Kind.ATTACHMENT: _words(
        QT_TRANSLATE_NOOP("vocabulary", "attachment"),
        QT_TRANSLATE_NOOP("vocabulary", "%n attachment(s)"),
        QT_TRANSLATE_NOOP("vocabulary", "Attachment"),
        QT_TRANSLATE_NOOP("vocabulary", "%n attached file(s) and link(s)"),
        "mentors",
    ),
}

# What a delete removes, as said from the record being deleted where the kind's own
# phrase would be vague: a mentor's links to goals are "their links to 2 goals".
SEEN_FROM: Mapping[tuple[Kind | None, Kind], str] = {
    (Kind.MENTOR, Kind.MEETING): str(
        QT_TRANSLATE_NOOP("vocabulary", "%n meeting(s) with their agendas and notes")
    ),
    (Kind.MENTOR, Kind.GOAL_MENTOR): str(
        QT_TRANSLATE_NOOP("vocabulary", "their link(s) to %n goal(s) (the goals stay)")
    ),
    (Kind.GOAL, Kind.GOAL_MENTOR): str(
        QT_TRANSLATE_NOOP("vocabulary", "its link(s) to %n mentor(s)")
    ),
    (Kind.GOAL, Kind.GOAL_ACTION_ITEM): str(
        QT_TRANSLATE_NOOP("vocabulary", "its link(s) to %n action item(s)")
    ),
    (Kind.GOAL, Kind.CLOSURE_GOAL): str(
        QT_TRANSLATE_NOOP("vocabulary", "its mention in %n closure review(s)")
    ),
    (Kind.GOAL, Kind.GOAL_PROGRESS): str(
        QT_TRANSLATE_NOOP("vocabulary", "its %n progress update(s)")
    ),
}

# A facet that is an area of its own rather than a part of the record's page.
FACET_AREAS: Mapping[Facet, str] = {Facet.PROSPECT: "prospects"}


def _tr(text: str, n: int = -1) -> str:
    return QCoreApplication.translate("vocabulary", str(text), None, n)


def name(kind: Kind) -> str:
    """The kind as a word in a sentence: "meeting"."""
    return _tr(VOCABULARY[kind].one)


def label(kind: Kind) -> str:
    """The kind as a heading: "Meeting notes"."""
    return _tr(VOCABULARY[kind].label)


def count(kind: Kind, n: int) -> str:
    """ "1 meeting", "3 meetings" (in the translation's own plural forms)."""
    return _tr(VOCABULARY[kind].count, n)


def goes(counts: Mapping[Kind, int], owner: Kind | None = None) -> list[str]:
    """What a delete removes, kind by kind ("3 meetings with agenda and notes"), said
    from ``owner``, the kind of record deleted where that reads better (``SEEN_FROM``).

    Kinds with a count of 0 are left out; the order is the vocabulary's.
    """
    return [
        _tr(SEEN_FROM.get((owner, kind), VOCABULARY[kind].goes), counts[kind])
        for kind in VOCABULARY
        if counts.get(kind, 0) > 0 and kind is not owner
    ]


def listed(parts: list[str]) -> str:
    """ "a, b and c" (parts as they are; "" for none)."""
    if len(parts) <= 1:
        return "".join(parts)
    return QCoreApplication.translate("vocabulary", "{first} and {last}").format(
        first=", ".join(parts[:-1]), last=parts[-1]
    )


def area_of(ref: Ref) -> str:
    """The key of the area that shows ``ref`` ("" when no area shows that kind)."""
    if ref.facet is not None and ref.facet in FACET_AREAS and ref.id:
        return FACET_AREAS[ref.facet]
    return VOCABULARY[ref.kind].area
