"""A mentor's give-back balance in words ("last gave back 74 days ago; 6 meetings
since"): said on the Dashboard, in the Give-back area and on the mentor's tab."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from mentordesk.services.givebacks import Balance


def balance_text(balance: Balance) -> str:
    """ "last gave back 74 days ago; 6 meetings since", or how it stands otherwise."""
    meetings = balance.meetings_since
    if balance.days_since is None:
        if meetings == 0:
            return QCoreApplication.translate("giveback", "nothing given back yet; no meeting yet")
        return QCoreApplication.translate(
            "giveback", "nothing given back yet; %n meeting(s) so far", None, meetings
        )
    days = balance.days_since
    if days == 0:
        when = QCoreApplication.translate("giveback", "gave back today")
    elif days == 1:
        when = QCoreApplication.translate("giveback", "last gave back yesterday")
    else:
        when = QCoreApplication.translate("giveback", "last gave back %n day(s) ago", None, days)
    since = QCoreApplication.translate("giveback", "%n meeting(s) since", None, meetings)
    return f"{when}; {since}"
