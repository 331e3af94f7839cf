"""What each kind of stored record is called when a person reads a count of them
(the command line's "Imported … 5 mentors, 6 expertise tags"), instead of its table
name. The window says its counts through Qt's plural forms (``ui/vocabulary.py``)."""

from __future__ import annotations

from collections.abc import Mapping

# table name: (one, many)
RECORD_WORDS: dict[str, tuple[str, str]] = {
    "mentor": ("mentor", "mentors"),
    "tag": ("expertise tag", "expertise tags"),
    "mentor_tag": ("tag on a mentor", "tags on mentors"),
    "mentor_status_change": ("status change", "status changes"),
    "meeting": ("meeting", "meetings"),
    "agenda_item": ("agenda point", "agenda points"),
    "note_snapshot": ("earlier version of notes", "earlier versions of notes"),
    "action_item": ("action item", "action items"),
    "agreement": ("agreement", "agreements"),
    "agreement_version": ("agreement version", "agreement versions"),
    "goal": ("goal", "goals"),
    "goal_progress": ("progress update", "progress updates"),
    "goal_mentor": ("link between a goal and a mentor", "links between goals and mentors"),
    "goal_action_item": (
        "link between a goal and an action item",
        "links between goals and action items",
    ),
    "give_back": ("give-back idea", "give-back ideas"),
    "outreach_step": ("outreach step", "outreach steps"),
    "closure": ("closure review", "closure reviews"),
    "closure_goal": ("goal a closed mentorship served", "goals closed mentorships served"),
    "meeting_template": ("meeting template", "meeting templates"),
    "meeting_recap": ("recap sent", "recaps sent"),
    "calendar_event": ("calendar event version", "calendar event versions"),
    "topic": ("topic", "topics"),
    "touch": ("touch", "touches"),
    # The files of a CSV export.
    "mentors.csv": ("mentor in mentors.csv", "mentors in mentors.csv"),
    "meetings.csv": ("meeting in meetings.csv", "meetings in meetings.csv"),
    "action-items.csv": ("action item in action-items.csv", "action items in action-items.csv"),
    "topics.csv": ("topic in topics.csv", "topics in topics.csv"),
    "touches.csv": ("touch in touches.csv", "touches in touches.csv"),
}


def counted(kind: str, count: int) -> str:
    """ "1 mentor", "6 expertise tags": a count in words (an unknown kind keeps its name)."""
    one, many = RECORD_WORDS.get(kind, (kind.replace("_", " "), kind.replace("_", " ")))
    return f"{count} {one if count == 1 else many}"


def summary(counts: Mapping[str, int], nothing: str = "nothing") -> str:
    """Every non-zero count in words, in the order given: "5 mentors, 8 meetings"."""
    return ", ".join(counted(kind, n) for kind, n in counts.items() if n) or nothing
