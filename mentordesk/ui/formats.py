"""Dates and times as the user reads them: the one home of every format.

Everything follows the user's locale (QLocale): the short format in lists
and fields, the long one in headings. Stored moments are UTC; they become
local time only here.
"""

from __future__ import annotations

from datetime import date, datetime
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from PySide6.QtCore import QCoreApplication, QDate, QDateTime, QLocale, QTime


def to_qdate(value: date) -> QDate:
    return QDate(value.year, value.month, value.day)


def to_date(value: QDate) -> date:
    return date(value.year(), value.month(), value.day())


def to_qdatetime(moment: datetime) -> QDateTime:
    """A stored (aware) moment as a local QDateTime."""
    return QDateTime.fromMSecsSinceEpoch(round(moment.timestamp() * 1000))


def local_date(moment: datetime) -> date:
    """The calendar day of ``moment`` in the computer's time zone."""
    return moment.astimezone().date()


ISO_DATE, ISO_TIME = "yyyy-MM-dd", "HH:mm"


def _is_plain(locale: QLocale) -> bool:
    # The C/POSIX locale (no language set) has no real date format: use ISO 8601.
    return locale.language() == QLocale.Language.C


def date_pattern() -> str:
    """The short date pattern for lists and date fields (QDateEdit.setDisplayFormat)."""
    locale = QLocale()
    if _is_plain(locale):
        return ISO_DATE
    return locale.dateFormat(QLocale.FormatType.ShortFormat)


def time_pattern() -> str:
    locale = QLocale()
    if _is_plain(locale):
        return ISO_TIME
    return locale.timeFormat(QLocale.FormatType.ShortFormat)


def datetime_pattern(weekday: bool = True) -> str:
    """The short date and time; with the weekday where it helps planning (meetings)."""
    return ("ddd " if weekday else "") + date_pattern() + " " + time_pattern()


def short_date(value: date) -> str:
    """A calendar date in lists: the locale's short format."""
    return QLocale().toString(to_qdate(value), date_pattern())


def long_date(value: date) -> str:
    """A calendar date in headings: the locale's long format."""
    return QLocale().toString(to_qdate(value), QLocale.FormatType.LongFormat)


def short_time(moment: datetime) -> str:
    local = to_qdatetime(moment)
    return QLocale().toString(local.time(), time_pattern())


def short_datetime(moment: datetime) -> str:
    """A stored moment in lists: short date and time, in local time."""
    return QLocale().toString(to_qdatetime(moment), datetime_pattern(weekday=False))


def meeting_time(moment: datetime) -> str:
    """When a meeting is: the weekday, then the short date and time, in local time."""
    return QLocale().toString(to_qdatetime(moment), datetime_pattern())


def long_datetime(moment: datetime) -> str:
    """A stored moment in headings: long date and short time, local time."""
    locale = QLocale()
    local = to_qdatetime(moment)
    return (
        locale.toString(local.date(), QLocale.FormatType.LongFormat)
        + ", "
        + locale.toString(local.time(), QLocale.FormatType.ShortFormat)
    )


def from_qdatetime(value: QDateTime) -> datetime:
    """A local QDateTime from a field, as an aware moment."""
    return datetime.fromtimestamp(value.toMSecsSinceEpoch() / 1000).astimezone()


def their_time(moment: datetime, zone: str) -> str | None:
    """``moment`` in the mentor's time zone ("09:00 in America/New_York"), or None when
    they have none, it is unknown here, or it shows the same clock time as ours."""
    if not zone:
        return None
    try:
        theirs = moment.astimezone(ZoneInfo(zone))
    except (ZoneInfoNotFoundError, ValueError):
        return None
    ours = moment.astimezone()
    if theirs.utcoffset() == ours.utcoffset():
        return None
    local = QDateTime(
        QDate(theirs.year, theirs.month, theirs.day), QTime(theirs.hour, theirs.minute)
    )
    shown = QLocale().toString(
        local, ("ddd " if theirs.date() != ours.date() else "") + time_pattern()
    )
    return QCoreApplication.translate("formats", "{time} in {zone}").format(time=shown, zone=zone)


def clipped(text: str, limit: int) -> str:
    """``text`` on one line, at most ``limit`` characters: cut after a whole word, with "…"
    (a name in the status line reads "Send Ada the…", never "Send Ada th")."""
    line = " ".join(text.split())
    if len(line) <= limit:
        return line
    cut = line[: limit - 1]
    space = cut.rfind(" ")
    if line[limit - 1] != " " and space > limit // 2:  # the cut falls in a word
        cut = cut[:space]
    return cut.rstrip(" ,;:.-") + "…"


def count_text(n: int, one: str, many: str) -> str:
    """``one`` for 1, else ``many`` with its "{n}" filled in ("1 point", "3 points")."""
    return one if n == 1 else many.replace("{n}", str(n))


ISOLATES = ("\u2068", "\u2069")  # FIRST STRONG ISOLATE … POP DIRECTIONAL ISOLATE


def isolated(name: str) -> str:
    """``name`` set apart from the line around it for right-to-left scripts: a Hebrew or
    Arabic name at the start of a line no longer turns the whole line around."""
    return f"{ISOLATES[0]}{name}{ISOLATES[1]}" if name else name


def without_isolates(text: str) -> str:
    return text.replace(ISOLATES[0], "").replace(ISOLATES[1], "")
