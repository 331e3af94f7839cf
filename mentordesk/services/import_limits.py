"""What an imported value may be: the limits of the forms, so a file cannot hold what no
person could have typed (issue 15, R4/R5/R8).

- Text: a column the model declares with a length (``String(200)``) holds at most that
  many characters; a long text a form limits (an agreement's terms, a goal's why) holds
  at most the form's limit; free notes hold at most ``FREE_TEXT_MAX`` characters.
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
    closure,
    givebacks,
    goals,
    meetings,
    prospects,
)

FREE_TEXT_MAX = 1_000_000  # meeting notes, a mentor's notes: about 250 printed pages
INT_MAX = 2**31 - 1
YEARS = (1900, 2200)
MAX_DEPTH = 10

# Long texts (``Text`` columns) whose form sets a limit; the others are free notes.
TEXT_LIMITS: dict[tuple[str, str], int] = {
    ("action_item", "text"): action_items.TEXT_MAX,
    **{
        ("agreement_version", name): agreements.TEXT_MAX
        for name in (
            "goals",
            "topics",
            "my_commitments",
            "mentor_commitments",
            "confidentiality",
            "boundaries",
        )
    },
    ("closure", "learned"): closure.TEXT_MAX,
    ("closure", "thank_you"): closure.TEXT_MAX,
    ("goal", "why"): goals.TEXT_MAX,
    ("goal", "success_criteria"): goals.TEXT_MAX,
    ("goal_progress", "comment"): goals.TEXT_MAX,
    ("give_back", "idea"): givebacks.IDEA_MAX,
    ("give_back", "note"): givebacks.NOTE_MAX,
    ("outreach_step", "note"): prospects.NOTE_MAX,
}

# Whole numbers, as the forms take them: (least, most).
NUMBER_RANGES: dict[tuple[str, str], tuple[int, int]] = {
    ("meeting", "planned_minutes"): (1, meetings.MAX_MINUTES),
    ("meeting", "actual_minutes"): (1, meetings.MAX_MINUTES),
    ("meeting", "rating"): (1, 5),
    ("goal", "progress"): (0, 100),
    ("goal_progress", "progress"): (0, 100),
    ("mentor", "cadence_every"): (1, agreements.EVERY_MAX),
    ("agreement_version", "frequency_every"): (1, agreements.EVERY_MAX),
    ("agreement_version", "duration_minutes"): (1, agreements.MINUTES_MAX),
    ("agreement_version", "number"): (1, INT_MAX),
}

# Bytes other than brackets and quotes, and a JSON string once its escapes are gone.
_OTHER_BYTES = bytes(c for c in range(256) if c not in b'[]{}"')
_STRING = re.compile(rb'"[^"]*"')


def text_limit(table: str, column: str, declared: int | None) -> int:
    """The most characters ``table.column`` may hold (``declared``: the model's length)."""
    if declared:
        return declared
    return TEXT_LIMITS.get((table, column), FREE_TEXT_MAX)


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
