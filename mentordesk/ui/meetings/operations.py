"""What a person does with meetings, each said once (``ui/operation.py``): plan,
reschedule, correct, cancel, delete and end. The Meetings area, a mentor's Meetings
tab, the Dashboard, File ▸ Plan Meeting and meeting mode call these. Field errors
are raised (``MeetingValidationError``) for the dialog to show beside its fields."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from mentordesk.services import meeting_edits, meeting_queries, meetings, recaps, topics
from mentordesk.services import private as private_rule
from mentordesk.services.errors import NotFoundError
from mentordesk.services.kinds import Kind, Ref
from mentordesk.services.meeting_edits import AgendaItems
from mentordesk.services.meeting_queries import MeetingRow
from mentordesk.services.meetings import MeetingPlan
from mentordesk.ui.context import AppContext, Written
from mentordesk.ui.formats import clipped
from mentordesk.ui.operation import delete_question, perform, performed


def plan_meeting(
    context: AppContext,
    parent: QWidget | None,
    plan: MeetingPlan,
    mentor_name: str,
    topic_ids: tuple[str, ...] = (),
) -> Written[MeetingRow] | None:
    """Plan a meeting; the inbox topics ``topic_ids`` go on its plan."""
    now = context.now()
    return perform(
        context,
        parent,
        QCoreApplication.translate("meetings", "Plan meeting with {name}").format(name=mentor_name),
        Kind.MEETING,
        lambda s: topics.plan_with_topics(s, plan, topic_ids, now=now),
        created=lambda row: [Ref(Kind.MEETING, row.id)],
        refs=[Ref(Kind.TOPIC, topic_id) for topic_id in topic_ids],
    )


def reschedule(
    context: AppContext,
    parent: QWidget | None,
    meeting_id: str,
    mentor_name: str,
    *,
    when: datetime,
    minutes: int,
    format: str,
    location: str,
    agenda: AgendaItems | None,
) -> bool:
    """Move a planned meeting (and change its format, place or agenda)."""
    now = context.now()
    return performed(
        context,
        parent,
        QCoreApplication.translate("meetings", "Reschedule the meeting with {name}").format(
            name=mentor_name
        ),
        Ref(Kind.MEETING, meeting_id),
        lambda s: meeting_edits.reschedule(
            s,
            meeting_id,
            scheduled_start=when,
            planned_minutes=minutes,
            format=format,
            location=location,
            agenda=agenda,
            now=now,
        ),
    )


def correct_held(
    context: AppContext,
    parent: QWidget | None,
    meeting_id: str,
    mentor_name: str,
    *,
    when: datetime,
    minutes: int,
    rating: int | None,
) -> bool:
    """Correct when a held meeting took place, how long, and its rating."""
    now = context.now()
    return performed(
        context,
        parent,
        QCoreApplication.translate("meetings", "Correct the meeting with {name}").format(
            name=mentor_name
        ),
        Ref(Kind.MEETING, meeting_id),
        lambda s: meeting_edits.edit_held(
            s, meeting_id, held_start=when, actual_minutes=minutes, rating=rating, now=now
        ),
    )


def cancel_meeting(
    context: AppContext, parent: QWidget | None, meeting_id: str, label: str
) -> bool:
    """Mark a planned meeting cancelled (Edit ▸ Undo brings it back)."""
    now = context.now()
    return performed(
        context,
        parent,
        QCoreApplication.translate("meetings", "Cancel meeting {label}").format(label=label),
        Ref(Kind.MEETING, meeting_id),
        lambda s: meetings.cancel_meeting(s, meeting_id, now=now),
        done=QCoreApplication.translate("meetings", "Cancelled the meeting {label}.").format(
            label=label
        ),
    )


def delete_meeting(
    context: AppContext, parent: QWidget | None, meeting_id: str, label: str, *, ask: bool = True
) -> bool:
    """Delete a meeting after saying what goes with it (Edit ▸ Undo brings it back)."""
    question = None
    if ask:
        try:
            summary = context.read(meeting_queries.delete_summary, meeting_id)
        except NotFoundError:
            return False
        question = delete_question(
            Kind.MEETING,
            label,
            {},
            first=_what_goes(summary),
            keeps=_what_stays(summary.action_items),
            quoted=False,
        )
    return performed(
        context,
        parent,
        QCoreApplication.translate("meetings", "Delete meeting {label}").format(label=label),
        Ref(Kind.MEETING, meeting_id),
        lambda s: meetings.delete_meeting(s, meeting_id),
        dependents=True,
        ask=question,
    )


def _what_goes(summary: meeting_queries.DeleteSummary) -> list[str]:
    n = summary.agenda_points
    agenda = QCoreApplication.translate("meetings", "its agenda (%n point(s))", None, n)
    if not n:
        agenda = QCoreApplication.translate("meetings", "its (empty) agenda")
    n = summary.notes_characters
    notes = QCoreApplication.translate(
        "meetings", "its notes (%n character(s)) and their history", None, n
    )
    if not n:
        notes = QCoreApplication.translate("meetings", "its (empty) notes")
    parts = [agenda, notes]
    if summary.has_takeaways:
        parts.append(QCoreApplication.translate("meetings", "its takeaways"))
    return parts


def _what_stays(action_items: int) -> str:
    stays = (
        QCoreApplication.translate(
            "meetings",
            "Its %n action item(s) stay in the Action items area, no longer linked to a meeting.",
            None,
            action_items,
        )
        if action_items
        else ""
    )
    cancel = QCoreApplication.translate("meetings", "To keep the record, cancel it instead.")
    return f"{stays} {cancel}" if stays else cancel


def end_meeting(
    context: AppContext,
    parent: QWidget | None,
    meeting_id: str,
    mentor_name: str,
    *,
    actual_minutes: int,
    rating: int | None,
    next_start: datetime | None,
    carried_agenda_ids: Sequence[str],
    held_start: datetime | None,
) -> Written[meetings.Ended] | None:
    """Mark the meeting held (and plan the next one, carrying unticked points)."""
    now = context.now()
    return perform(
        context,
        parent,
        QCoreApplication.translate("meetings", "End meeting with {name}").format(name=mentor_name),
        Ref(Kind.MEETING, meeting_id),
        lambda s: meetings.end_and_plan_next(
            s,
            meeting_id,
            actual_minutes=actual_minutes,
            rating=rating,
            next_start=next_start,
            carried_agenda_ids=tuple(carried_agenda_ids),
            held_start=held_start,
            now=now,
        ),
        created=lambda ended: (
            [Ref(Kind.MEETING, ended.next_meeting_id)] if ended.next_meeting_id else []
        ),
        done=QCoreApplication.translate("meetings", "Meeting marked held."),
    )


def mark_recap_sent(
    context: AppContext,
    parent: QWidget | None,
    meeting_id: str,
    mentor_name: str,
    body: str,
    how: str,
) -> bool:
    """Record that the meeting's recap was copied, mailed or saved (undoable)."""
    now = context.now()
    return performed(
        context,
        parent,
        QCoreApplication.translate("meetings", "Send the recap to {name}").format(name=mentor_name),
        Ref(Kind.MEETING, meeting_id),
        lambda s: recaps.mark_sent(s, meeting_id, body, how, now=now),
    )


def set_point_private(
    context: AppContext,
    parent: QWidget | None,
    meeting_id: str,
    point_id: str,
    text: str,
    private: bool,
) -> bool:
    """Keep an agenda point on this laptop (never copied or sent), or share it again."""
    label = (
        QCoreApplication.translate("meetings", "Mark private: {text}")
        if private
        else QCoreApplication.translate("meetings", "Mark not private: {text}")
    )
    return performed(
        context,
        parent,
        label.format(text=clipped(text, 60)),
        Ref(Kind.MEETING, meeting_id),
        lambda s: private_rule.set_private(s, Kind.AGENDA_ITEM, point_id, private),
        refs=[Ref(Kind.AGENDA_ITEM, point_id)],
    )


def set_text_private(
    context: AppContext, parent: QWidget | None, meeting_id: str, field: str, private: bool
) -> bool:
    """Keep a meeting's whole notes (``field`` "notes") or takeaways private, or not."""
    labels = {
        ("notes", True): QCoreApplication.translate("meetings", "Make the notes private"),
        ("notes", False): QCoreApplication.translate("meetings", "Share the notes again"),
        ("takeaways", True): QCoreApplication.translate("meetings", "Make the takeaways private"),
        ("takeaways", False): QCoreApplication.translate("meetings", "Share the takeaways again"),
    }
    return performed(
        context,
        parent,
        labels[(field, private)],
        Ref(Kind.MEETING, meeting_id),
        lambda s: private_rule.set_meeting_text_private(s, meeting_id, field, private),
    )
