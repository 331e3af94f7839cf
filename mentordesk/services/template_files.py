"""What every template file (agreement and meeting templates) starts with: JSON, a
``format`` naming its kind and a ``version`` this MentorDesk can read. A file that is
not one raises ``TemplateError`` with a sentence for the user, nothing half-read."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

MAX_BYTES = 1_000_000


class TemplateError(ValueError):
    """A template file cannot be used; the message says why, for the user."""


def damaged(path: Path, why: str) -> TemplateError:
    return TemplateError(f"The template {path.name} cannot be used: {why}.")


def read_text(path: Path) -> str:
    """The text of the template file at ``path``; TemplateError if it cannot be read,
    is far too large or is not UTF-8."""
    try:
        if path.stat().st_size > MAX_BYTES:
            raise damaged(path, "it is far too large for a template")
        raw = path.read_bytes()
    except OSError as error:
        raise TemplateError(
            f"The template {path.name} cannot be read ({error.strerror or error})."
        ) from None
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError:
        raise damaged(path, "it is damaged (not UTF-8 text)") from None


def read_template(
    text: str, path: Path, file_format: str, version: int, what: str
) -> dict[str, Any]:
    """The JSON object in ``text`` if it is a ``what`` ("agreement template") of
    ``file_format`` at a version up to ``version``; TemplateError if not."""
    try:
        data = json.loads(text)
    except json.JSONDecodeError as error:
        raise damaged(path, f"it is damaged (not valid JSON at line {error.lineno})") from None
    if not isinstance(data, dict) or data.get("format") != file_format:
        raise damaged(path, f"it is not a MentorDesk {what}")
    found = data.get("version")
    if not isinstance(found, int) or found > version:
        raise damaged(path, "it was made by a newer MentorDesk")
    return data
