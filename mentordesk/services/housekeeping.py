"""Housekeeping once the app has started, in its background job (never on the UI thread)."""

from __future__ import annotations

from datetime import datetime

from mentordesk.db.database import Database
from mentordesk.services import note_history


def tidy(database: Database, now: datetime) -> int:
    """Old note versions go (``note_history.prune``); returns how many."""
    with database.session() as session:
        return note_history.prune(session, now)
