"""Errors the services raise, for the UI to show in the user's words.

Storage failures are classified in ``db/errors.py``; these are the others:
a record that is not there, a record whose parent is gone, invalid fields.
"""

from __future__ import annotations

from mentordesk.services.kinds import Kind


class NotFoundError(LookupError):
    """A record is not there (deleted in another window, or by undo)."""

    kind: Kind = Kind.MENTOR

    def __init__(self, record_id: str = "", kind: Kind | None = None) -> None:
        super().__init__(record_id)
        if kind is not None:
            self.kind = kind
        self.record_id = record_id


class GoneWithParentError(NotFoundError):
    """A record cannot be written because the record it belongs to (``kind``) is gone."""


class FieldValidationError(ValueError):
    """Some fields are invalid; ``errors`` maps field name to a message for the user."""

    def __init__(self, errors: dict[str, str]) -> None:
        super().__init__("; ".join(errors.values()))
        self.errors = errors
