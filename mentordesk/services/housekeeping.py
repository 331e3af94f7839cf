"""Housekeeping once the app has started, in its background job (never on the UI thread)."""

from __future__ import annotations

from datetime import datetime

from mentordesk.db.database import Database
from mentordesk.services import attachments, note_history


def tidy(database: Database, now: datetime) -> int:
    """Old note versions go (``note_history.prune``); returns how many. Attached files no
    record refers to any more go too (removed in an earlier run: undo could bring them
    back only while that run lasted)."""
    with database.session() as session:
        attachments.collect(session, database.paths.attachments_dir, now=now.timestamp())
        return note_history.prune(session, now)
