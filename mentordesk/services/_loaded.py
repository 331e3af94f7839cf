"""Mapped objects loaded for the services that change them (never handed out)."""

from __future__ import annotations

from sqlalchemy.orm import Session, selectinload

from mentordesk.db.models import Meeting
from mentordesk.services.errors import NotFoundError
from mentordesk.services.kinds import Kind


class MeetingNotFoundError(NotFoundError):
    """The meeting is gone (deleted elsewhere)."""

    kind = Kind.MEETING


def meeting(session: Session, meeting_id: str) -> Meeting:
    """The meeting with its agenda (MeetingNotFoundError if it is gone)."""
    found = session.get(Meeting, meeting_id, options=[selectinload(Meeting.agenda)])
    if found is None:
        raise MeetingNotFoundError(meeting_id)
    return found
