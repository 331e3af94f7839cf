"""Column types shared by every table."""

from __future__ import annotations

import uuid
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import Dialect, String
from sqlalchemy.types import TypeDecorator


def new_id() -> str:
    """A new primary key: a random UUID, stable across export, import and sync."""
    return str(uuid.uuid4())


def utc_now() -> datetime:
    """The current moment as an aware UTC datetime."""
    return datetime.now(UTC)


def read_moment(value: Any) -> datetime | None:
    """A stored moment (UTC ISO-8601 text) as an aware datetime; None stays None."""
    if value is None:
        return None
    parsed = datetime.fromisoformat(value if type(value) is str else str(value))
    if parsed.tzinfo is UTC:  # as stored ("+00:00"): lists read thousands of these
        return parsed
    if parsed.tzinfo is None:
        return parsed.replace(tzinfo=UTC)
    return parsed.astimezone(UTC)


class UTCDateTime(TypeDecorator[datetime]):
    """A moment in time, stored as UTC ISO-8601 text, always read back aware.

    SQLite keeps no time zone, so naive values are refused rather than guessed.
    """

    impl = String(32)
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect: Dialect) -> str | None:
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError("UTCDateTime needs an aware datetime")
        return value.astimezone(UTC).isoformat(timespec="microseconds")

    def process_result_value(self, value: Any, dialect: Dialect) -> datetime | None:
        return read_moment(value)

    # What ``db/fast.py`` converts each stored value with (no wrapper around it).
    read_stored = staticmethod(read_moment)
