"""A due date said in the words of a captured line: "…by Friday", "tomorrow", "next
week", "by the 15th". Pure: the day it was said is given, nothing else is read.

English only, like the words a person types in their notes; a line that names no
day gives None and the item is captured without a due date.
"""

from __future__ import annotations

import re
from datetime import date, timedelta

_WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
_WEEKDAY = re.compile(r"\b(?:by|on|before|this|next)?\s*(" + "|".join(_WEEKDAYS) + r")\b", re.I)
_NTH = re.compile(r"\b(?:by|on|before)\s+(?:the\s+)?(\d{1,2})(?:st|nd|rd|th)\b", re.I)


def due_from_words(text: str, today: date) -> date | None:
    """The day ``text`` names as its due date, counted from ``today`` (None if none)."""
    words = text.casefold()
    if re.search(r"\btomorrow\b", words):
        return today + timedelta(days=1)
    if re.search(r"\b(?:today|tonight)\b", words):
        return today
    if re.search(r"\bnext week\b", words):
        return today + timedelta(days=7 - today.weekday())  # next Monday
    if re.search(r"\b(?:end of (?:the )?week|this week)\b", words):
        return today + timedelta(days=(4 - today.weekday()) % 7)  # Friday
    found = _WEEKDAY.search(text)
    if found:
        ahead = (_WEEKDAYS.index(found.group(1).casefold()) - today.weekday()) % 7
        return today + timedelta(days=ahead or 7)  # "by Friday" on a Friday: next week's
    nth = _NTH.search(text)
    if nth:
        return _next_day_of_month(int(nth.group(1)), today)
    return None


def _next_day_of_month(day: int, today: date) -> date | None:
    """The next ``day`` of a month on or after ``today`` (None for a day no month has)."""
    if not 1 <= day <= 31:
        return None
    year, month = today.year, today.month
    for _ in range(13):
        try:
            candidate = date(year, month, day)
        except ValueError:  # the 31st of a 30-day month: the next month that has it
            candidate = None
        if candidate is not None and candidate >= today:
            return candidate
        year, month = (year + 1, 1) if month == 12 else (year, month + 1)
    return None
