"""A meeting as text: the agenda to send ahead, and the whole meeting to read back."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QCoreApplication

from mentordesk.db.choices import MeetingFormat, MeetingStatus
from mentordesk.services import private
from mentordesk.services.action_items import ActionItemState
from mentordesk.services.meeting_queries import MeetingDetail
from mentordesk.ui import formats, labels
from mentordesk.ui.privacy import lock_mark, marked


def agenda_text(meeting: MeetingDetail) -> str:
    """The agenda as plain text, ready to paste into an email to the mentor."""
    heading = QCoreApplication.translate("meeting_text", "Agenda for our meeting on {when}").format(
        when=formats.long_datetime(meeting.scheduled_start)
    )
    lines = [heading, ""]
    points = private.shared(meeting.agenda)  # a private point never leaves
    lines += [f"{number}. {point.text}" for number, point in enumerate(points, start=1)]
    if not points:
        lines.append(QCoreApplication.translate("meeting_text", "(no agenda points yet)"))
    return "\n".join(lines) + "\n"


def _escape(text: str) -> str:
    """Text shown as itself inside Markdown (no accidental headings or emphasis)."""
    special = "\\`*_{}[]()#+-.!|<>"
    return "".join(f"\\{ch}" if ch in special else ch for ch in text)


def meeting_markdown(
    meeting: MeetingDetail, items: list[ActionItemState], *, presenting: bool = False
) -> str:
    """The whole meeting as Markdown for the read view: when, how, agenda, notes
    (as written), takeaways and the action items that came out of it. Private points,
    items, notes and takeaways show a lock, and are left out while ``presenting``."""
    hidden = QCoreApplication.translate("meeting_text", "{lock} Private: hidden while presenting.")
    if presenting:
        meeting = replace(
            meeting,
            agenda=tuple(private.shared(meeting.agenda)),
            notes=hidden.format(lock=lock_mark()) if meeting.notes_private else meeting.notes,
            takeaways=hidden.format(lock=lock_mark())
            if meeting.takeaways_private
            else meeting.takeaways,
        )
        items = private.shared(items)
    status = labels.label(MeetingStatus, meeting.status)
    how = labels.label(MeetingFormat, meeting.format)
    parts = [
        f"# {_escape(meeting.mentor_name)}",
        f"**{_escape(formats.long_datetime(meeting.scheduled_start))}** · {status} · {how}",
    ]
    if meeting.held and meeting.actual_minutes:
        length = QCoreApplication.translate(
            "meeting_text", "took {actual} of {planned} planned minutes"
        ).format(actual=meeting.actual_minutes, planned=meeting.planned_minutes)
        parts.append(length + (" · " + "★" * meeting.rating if meeting.rating else ""))
    if meeting.location:
        parts.append(_escape(meeting.location))
    parts.append("## " + QCoreApplication.translate("meeting_text", "Agenda"))
    if meeting.agenda:
        parts.append(
            "\n".join(
                f"- [{'x' if point.done else ' '}] {marked(_escape(point.text), point.private)}"
                for point in meeting.agenda
            )
        )
    else:
        parts.append(QCoreApplication.translate("meeting_text", "No agenda."))
    parts.append(
        "## " + marked(QCoreApplication.translate("meeting_text", "Notes"), meeting.notes_private)
    )
    parts.append(meeting.notes.strip() or QCoreApplication.translate("meeting_text", "No notes."))
    parts.append(
        "## "
        + marked(QCoreApplication.translate("meeting_text", "Takeaways"), meeting.takeaways_private)
    )
    parts.append(
        meeting.takeaways.strip() or QCoreApplication.translate("meeting_text", "No takeaways.")
    )
    parts.append("## " + QCoreApplication.translate("meeting_text", "Action items"))
    if items:
        parts.append("\n".join(f"- {marked(_escape(i.text), i.private)}" for i in items))
    else:
        parts.append(QCoreApplication.translate("meeting_text", "None captured."))
    return "\n\n".join(parts) + "\n"
