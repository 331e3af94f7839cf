"""Cadence in words: intervals ("every 4 weeks"), drift and where a mentor stands.

One home for these sentences, so the Mentors list, the agreement, the dashboard and
the reminders say the same thing the same way.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication

from mentordesk.db.choices import IntervalUnit, TouchRule
from mentordesk.services.cadence import (
    AVERAGE_MONTH_DAYS,
    Cadence,
    CadenceStatus,
    Drift,
    Interval,
)
from mentordesk.ui import formats


def unit_choices() -> list[tuple[str, str]]:
    """(value, label) for the unit of a frequency: days, weeks, months."""
    return [
        (IntervalUnit.DAYS.value, QCoreApplication.translate("cadence", "days")),
        (IntervalUnit.WEEKS.value, QCoreApplication.translate("cadence", "weeks")),
        (IntervalUnit.MONTHS.value, QCoreApplication.translate("cadence", "months")),
    ]


def interval_text(interval: Interval | None) -> str:
    """ "every 4 weeks", "every month"; "" for no interval."""
    if interval is None:
        return ""
    n = interval.every
    if interval.unit == IntervalUnit.MONTHS:
        if n == 1:
            return QCoreApplication.translate("cadence", "every month")
        return QCoreApplication.translate("cadence", "every %n month(s)", "", n)
    if interval.unit == IntervalUnit.WEEKS:
        if n == 1:
            return QCoreApplication.translate("cadence", "every week")
        return QCoreApplication.translate("cadence", "every %n week(s)", "", n)
    if n == 1:
        return QCoreApplication.translate("cadence", "every day")
    return QCoreApplication.translate("cadence", "every %n day(s)", "", n)


def length_text(days: float, unit: str) -> str:
    """A length of time in the interval's own unit: "7 weeks", "1.5 months", "10 days".

    An amount with a fraction is not a count, so it cannot take Qt's %n plural forms."""
    if unit == IntervalUnit.MONTHS:
        value = days / AVERAGE_MONTH_DAYS
        return QCoreApplication.translate("cadence", "{amount} months").format(
            amount=_number(value)
        )
    if unit == IntervalUnit.WEEKS:
        value = days / 7
        if round(value, 1) == 1:
            return QCoreApplication.translate("cadence", "1 week")
        return QCoreApplication.translate("cadence", "{amount} weeks").format(amount=_number(value))
    if round(days) == 1:
        return QCoreApplication.translate("cadence", "1 day")
    return QCoreApplication.translate("cadence", "{amount} days").format(amount=_number(days))


def _number(value: float) -> str:
    rounded = round(value, 1)
    return str(int(rounded)) if rounded == int(rounded) else f"{rounded:.1f}"


def days_text(days: int) -> str:
    return QCoreApplication.translate("cadence", "%n day(s)", "", days)


def drift_text(drift: Drift) -> str:
    """ "Agreed every 4 weeks; the last 3 gaps averaged 7 weeks (longest 8 weeks)."""
    unit = drift.interval.unit
    gaps = len(drift.gaps)  # a plain name: pyside6-lupdate reads the plural then
    return QCoreApplication.translate(
        "cadence",
        "Agreed {interval}; the last %n gap(s) averaged {mean} (longest {longest}).",
        "",
        gaps,
    ).format(
        interval=interval_text(drift.interval),
        mean=length_text(drift.mean_days, unit),
        longest=length_text(drift.longest_days, unit),
    )


def standing_text(item: Cadence) -> str:
    """Where the mentor stands, in a few words: "5 days overdue", "due in 3 days"."""
    status = item.status
    if status == CadenceStatus.OVERDUE:
        return QCoreApplication.translate("cadence", "{days} overdue").format(
            days=days_text(item.days_overdue)
        )
    if status == CadenceStatus.DUE_SOON:
        if item.days_left == 0:
            return QCoreApplication.translate("cadence", "due today")
        return QCoreApplication.translate("cadence", "due in {days}").format(
            days=days_text(item.days_left or 0)
        )
    if status == CadenceStatus.SCHEDULED and item.next_planned is not None:
        return QCoreApplication.translate("cadence", "next meeting {when}").format(
            when=formats.meeting_time(item.next_planned.start)
        )
    if status == CadenceStatus.NO_MEETING_YET:
        return QCoreApplication.translate("cadence", "no meeting yet")
    if status == CadenceStatus.ON_TRACK and item.next_due is not None:
        return QCoreApplication.translate("cadence", "on track, next due {day}").format(
            day=formats.short_date(item.next_due)
        )
    if status == CadenceStatus.NO_INTERVAL:
        return QCoreApplication.translate("cadence", "no rhythm agreed")
    return ""


def last_met_text(item: Cadence, today: date) -> str:
    if item.last_met is None:
        return QCoreApplication.translate("cadence", "not met yet")
    weeks = (today - item.last_met).days // 7
    if weeks >= 2:
        return QCoreApplication.translate("cadence", "last met %n week(s) ago", "", weeks)
    return QCoreApplication.translate("cadence", "last met {day}").format(
        day=formats.short_date(item.last_met)
    )


def touch_text(item: Cadence) -> str:
    """How the last touch counted, as the agreement (or the default) says; "" without one.

    "last touch 3 Dec reset “overdue” (touches do not change the rhythm)"."""
    if item.last_touch is None:
        return ""
    day = formats.short_date(item.last_touch)
    if item.touch_rule == TouchRule.RHYTHM:
        return QCoreApplication.translate(
            "cadence", "last touch {day}, counted as a meeting (as agreed)"
        ).format(day=day)
    if item.touch_rule == TouchRule.NONE:
        return QCoreApplication.translate(
            "cadence", "last touch {day}, not counted: only meetings count (as agreed)"
        ).format(day=day)
    if item.touch_reset:
        return QCoreApplication.translate(
            "cadence", "last touch {day} reset “overdue”; the rhythm counts meetings only"
        ).format(day=day)
    return QCoreApplication.translate(
        "cadence", "last touch {day}, before the last meeting"
    ).format(day=day)
