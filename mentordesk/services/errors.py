"""Errors the services raise for the UI to show in the user's words."""

from __future__ import annotations


class FieldValidationError(ValueError):
    """Some fields are invalid; ``errors`` maps field name to a message for the user."""

    def __init__(self, errors: dict[str, str]) -> None:
        super().__init__("; ".join(errors.values()))
        self.errors = errors
