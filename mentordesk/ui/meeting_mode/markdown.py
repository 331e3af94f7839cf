"""Markdown typing rules for the notes editor, as plain functions (easy to test)."""

from __future__ import annotations

import re

# Indent, then "- [ ] ", "- ", "* ", "+ " or "1. " / "1) ".
LIST_ITEM = re.compile(
    r"^(?P<indent>\s*)(?P<marker>[-*+] \[[ xX]\] |[-*+] |(?P<number>\d{1,9})(?P<dot>[.)]) )"
)
HEADING = re.compile(r"^\s{0,3}#{1,6}\s+")


def next_marker(line: str) -> tuple[str, bool] | None:
    """For Enter at the end of ``line``: (the next item's prefix, whether ``line`` is an
    empty item that ends the list). None when ``line`` is not a list item."""
    match = LIST_ITEM.match(line)
    if match is None:
        return None
    indent, marker = match.group("indent"), match.group("marker")
    empty = not line[match.end() :].strip()
    if match.group("number") is not None:
        marker = f"{int(match.group('number')) + 1}{match.group('dot')} "
    elif "[" in marker:
        marker = marker[0] + " [ ] "
    return indent + marker, empty


def strip_markers(line: str) -> str:
    """A line of notes without its list, checkbox or heading marker."""
    match = LIST_ITEM.match(line)
    if match is not None:
        line = line[match.end() :]
    return HEADING.sub("", line).strip()
