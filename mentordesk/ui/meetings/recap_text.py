"""The recap after a meeting, in the user's language: thanks, what we discussed, what I
will do by when, what I will report back on, and the next meeting. Built from
``services/recaps.RecapFacts`` (private points are already left out there)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from mentordesk.db.choices import MeetingFormat
from mentordesk.services.recaps import RecapAction, RecapFacts
from mentordesk.ui import formats, labels


def first_name(name: str) -> str:
    return name.split()[0] if name.split() else name


def subject(facts: RecapFacts) -> str:
    return QCoreApplication.translate("recap", "Thank you – our meeting on {day}").format(
        day=formats.long_date(formats.local_date(facts.held_on))
    )


def _item(action: RecapAction) -> str:
    line = f"- {action.text}"
    if action.due_date is not None:
        line += " " + QCoreApplication.translate("recap", "(by {day})").format(
            day=formats.long_date(action.due_date)
        )
    if action.report_back:
        line += QCoreApplication.translate("recap", ", and I will report back to you on it")
    return line


def recap_body(facts: RecapFacts, my_name: str) -> str:
    """A short, specific recap the person edits before sending."""
    lines = [
        QCoreApplication.translate("recap", "Hi {name},").format(
            name=first_name(facts.mentor_name)
        ),
        "",
        QCoreApplication.translate(
            "recap", "Thank you for your time on {day}. It helped a lot."
        ).format(day=formats.long_date(formats.local_date(facts.held_on))),
    ]
    if facts.discussed:
        lines += ["", QCoreApplication.translate("recap", "What we discussed:")]
        lines += [f"- {point}" for point in facts.discussed]
    if facts.actions:
        lines += ["", QCoreApplication.translate("recap", "What I will do:")]
        lines += [_item(action) for action in facts.actions]
    if facts.report_back:
        lines += ["", QCoreApplication.translate("recap", "I will report back to you on:")]
        lines += [_item(action) for action in facts.report_back]
    lines.append("")
    following = facts.next_meeting
    if following is None:
        lines.append(
            QCoreApplication.translate("recap", "I will suggest a time for our next meeting soon.")
        )
    else:
        how = labels.label(MeetingFormat, following.format)
        place = f", {following.location}" if following.location.strip() else ""
        lines.append(
            QCoreApplication.translate("recap", "Our next meeting: {when} ({how}{place}).").format(
                when=formats.long_datetime(following.start), how=how, place=place
            )
        )
    lines += [
        "",
        QCoreApplication.translate("recap", "Best regards,"),
        my_name or QCoreApplication.translate("recap", "(your name)"),
    ]
    return "\n".join(lines) + "\n"
