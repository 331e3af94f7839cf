"""What an imported value may be: the limits of the forms, so a file cannot hold what no
person could have typed (issue 15, R4/R5/R8).

- Text: a line a form limits (a mentor's name, a goal's title) holds at most the form's
  limit; a long text a form limits (an agreement's terms, a goal's why) likewise; ids,
  choices and moments at most the length the model declares; a line no form limits
  (a role, an email, a place) at most ``LINE_MAX`` characters, and free notes at most
  ``FREE_TEXT_MAX``: generous, so any data the app has stored can be imported again.
- Numbers: the form's range (minutes 1–1440, rating 1–5, progress 0–100); any other
  whole number 0 to ``INT_MAX``, so SQLite never overflows.
- Dates and moments: years ``YEARS`` (1900–2200), which every time zone can show.
- The file as a whole: nested at most ``MAX_DEPTH`` levels, checked on the text before
  the JSON reader sees it (an export is nested four levels).
"""

from __future__ import annotations

import re
from itertools import accumulate

from mentordesk.services import (
    action_items,
    agreements,
    attachments,
    closure,
    givebacks,
    goals,
    meetings,
    mentor_interval,
    mentors,
    prospects,
    topics,
    touches,
)

FREE_TEXT_MAX = 1_000_000  # meeting notes, a mentor's notes: about 250 printed pages
LINE_MAX = 10_000  # a one-line field no form limits (role, organisation, email, place)
INT_MAX = 2**31 - 1
YEARS = (1900, 2200)
MAX_DEPTH = 10

# Texts whose form sets a limit; other typed lines get LINE_MAX, other long texts
# FREE_TEXT_MAX.
TEXT_LIMITS: dict[tuple[str, str], int] = {
    ("mentor", "name"): mentors.NAME_MAX,
    ("goal", "title"): goals.TITLE_MAX,
    ("action_item", "text"): action_items.TEXT_MAX,
    **{
        ("agreement_version", name): agreements.TEXT_MAX
        for name in (*agreements.LONG_TEXTS, "recurring_points")
    },
    ("closure", "learned"): closure.TEXT_MAX,
    ("closure", "thank_you"): closure.TEXT_MAX,
    ("goal", "why"): goals.TEXT_MAX,
    ("goal", "success_criteria"): goals.TEXT_MAX,
    ("goal_progress", "comment"): goals.TEXT_MAX,
    ("give_back", "idea"): givebacks.IDEA_MAX,
    ("give_back", "note"): givebacks.NOTE_MAX,
    ("outreach_step", "note"): prospects.NOTE_MAX,
    ("topic", "text"): topics.TEXT_MAX,
    ("touch", "note"): touches.NOTE_MAX,
    ("attachment", "title"): attachments.TITLE_MAX,
    ("attachment", "url"): attachments.URL_MAX,
}

# Text columns MentorDesk fills itself that are neither keys, choices nor moments.
WRITTEN_BY_APP = {("agenda_item", "carried_from_id"), ("note_snapshot", "reason")}

# Whole numbers, as the forms take them: (least, most).
NUMBER_RANGES: dict[tuple[str, str], tuple[int, int]] = {
    ("meeting", "planned_minutes"): (1, meetings.MAX_MINUTES),
    ("meeting", "actual_minutes"): (1, meetings.MAX_MINUTES),
    ("meeting", "rating"): (1, 5),
    ("goal", "progress"): (0, 100),
    ("goal_progress", "progress"): (0, 100),
    ("mentor", "cadence_every"): (1, mentor_interval.EVERY_MAX),
    ("agreement_version", "frequency_every"): (1, mentor_interval.EVERY_MAX),
    ("agreement_version", "duration_minutes"): (1, agreements.MINUTES_MAX),
    ("agreement_version", "number"): (1, INT_MAX),
    ("attachment", "size"): (0, 2**53),  # the size limit goes to 4 GB; JSON keeps 2**53
}

# Bytes other than brackets and quotes, and a JSON string once its escapes are gone.
_OTHER_BYTES = bytes(c for c in range(256) if c not in b'[]{}"')
_STRING = re.compile(rb'"[^"]*"')


def text_limit(table: str, column: str, declared: int | None, *, typed: bool) -> int:
    """The most characters ``table.column`` may hold. ``declared``: the model's length;
    ``typed``: a person types it (not an id, a choice or a moment MentorDesk writes)."""
    if (table, column) in TEXT_LIMITS:
        return TEXT_LIMITS[(table, column)]
    if declared and not typed:
        return declared
    return LINE_MAX if declared else FREE_TEXT_MAX


def number_range(table: str, column: str) -> tuple[int, int]:
    return NUMBER_RANGES.get((table, column), (0, INT_MAX))


def too_deep(raw: bytes) -> bool:
    """Whether the JSON in ``raw`` (UTF-8) is nested more than ``MAX_DEPTH`` levels;
    brackets inside strings do not count.

    C does the scanning (escaped backslashes and quotes dropped, then every byte but
    brackets and quotes, then the strings); Python only walks the brackets left, two
    for each record, and stops at the first level too deep. UTF-8 never uses these
    ASCII bytes inside another character.
    """
    plain = raw.replace(b"\\\\", b"").replace(b'\\"', b"")
    brackets = _STRING.sub(b"", plain.translate(None, _OTHER_BYTES))
    steps = (1 if c in b"[{" else -1 for c in brackets)
    return any(level > MAX_DEPTH for level in accumulate(steps))


def year_problem(year: int) -> str | None:
    """Why a date in ``year`` cannot be imported (None: it can)."""
    least, most = YEARS
    if least <= year <= most:
        return None
    return f"a year from {least} to {most} is needed (this is {year})"
