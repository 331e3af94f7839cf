"""Changing a meeting after it was planned: reschedule it (time, length, format,
place, agenda) or correct a held meeting's time, length and rating."""

from __future__ import annotations

from datetime import datetime, timedelta

from sqlalchemy.orm import Session

from mentordesk.db.choices import MeetingFormat, MeetingStatus
from mentordesk.services._loaded import meeting as get_meeting
from mentordesk.services.meeting_queries import MeetingDetail, detail_of
from mentordesk.services.meetings import (
    MAX_MINUTES,
    MeetingValidationError,
    check_held,
    set_agenda,
)
from mentordesk.services.words import translate

AgendaItems = list[tuple[str | None, str, bool]]  # (existing id or None, text, done)


def reschedule(
    session: Session,
    meeting_id: str,
    *,
    scheduled_start: datetime,
    planned_minutes: int,
    format: str,
    location: str,
    agenda: AgendaItems | None = None,
    now: datetime,
) -> MeetingDetail:
    """Change when and how a planned (or cancelled) meeting happens, and its agenda.

    A cancelled meeting given a new time is planned again.
    """
    meeting = get_meeting(session, meeting_id)
    errors: dict[str, str] = {}
    if meeting.status == MeetingStatus.HELD.value:
        errors["status"] = translate(
            "services", "This meeting was held; correct its time with Edit instead."
        )
    if scheduled_start.tzinfo is None:
        errors["scheduled_start"] = translate("services", "The meeting time needs a time zone.")
    if not 1 <= planned_minutes <= MAX_MINUTES:
        errors["planned_minutes"] = translate("services", "Plan between 1 minute and 24 hours.")
    if format not in {f.value for f in MeetingFormat}:
        errors["format"] = translate("services", "Choose a format from the list.")
    if errors:
        raise MeetingValidationError(errors)
    meeting.scheduled_start = scheduled_start
    meeting.planned_minutes = planned_minutes
    meeting.format = format
    meeting.location = location.strip()
    meeting.status = MeetingStatus.PLANNED.value
    meeting.updated_at = now
    session.flush()
    if agenda is not None:
        set_agenda(session, meeting_id, agenda, now=now)
    session.refresh(meeting)
    return detail_of(meeting)


def edit_held(
    session: Session,
    meeting_id: str,
    *,
    held_start: datetime,
    actual_minutes: int,
    rating: int | None,
    now: datetime,
) -> MeetingDetail:
    """Correct when a held meeting took place, how long it took, and its rating."""
    meeting = get_meeting(session, meeting_id)
    if meeting.status != MeetingStatus.HELD.value:
        raise MeetingValidationError(
            {"status": translate("services", "Only a held meeting has a held time.")}
        )
    check_held(actual_minutes, rating)
    if held_start.tzinfo is None:
        raise MeetingValidationError(
            {"held_start": translate("services", "The time needs a time zone.")}
        )
    meeting.started_at = meeting.scheduled_start = held_start
    meeting.ended_at = held_start + timedelta(minutes=actual_minutes)
    meeting.actual_minutes = actual_minutes
    meeting.rating = rating
    meeting.updated_at = now
    session.flush()
    return detail_of(meeting)
