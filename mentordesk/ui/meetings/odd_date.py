"""A meeting's date that is likely a slip of the keyboard (the year 2147, or a plan for a
day gone by) is asked about before it is stored; a near date is stored without a word."""

from __future__ import annotations

from datetime import datetime, timedelta

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from mentordesk.ui import formats, messages

FAR_OFF = timedelta(days=2 * 365 + 1)  # "more than two years away"


def meant(parent: QWidget | None, when: datetime, now: datetime, *, plan: bool) -> bool:
    """True when ``when`` is an ordinary date, or the person says it is meant."""
    far = abs(when - now) > FAR_OFF
    past = plan and when < now
    if not far and not past:
        return True
    day = formats.long_date(formats.local_date(when))
    if far:
        text = QCoreApplication.translate(
            "meetings", "{day} is more than two years away. Is that the date you meant?"
        )
    else:
        text = QCoreApplication.translate(
            "meetings", "{day} is in the past. Plan the meeting for that day anyway?"
        )
    return messages.confirm(
        parent,
        QCoreApplication.translate("meetings", "Check the date"),
        text.format(day=day),
        QCoreApplication.translate("meetings", "&Keep this date"),
        name="oddDateBox",
        icon=QMessageBox.Icon.Warning,
        yes_name="keepDateButton",
    )
