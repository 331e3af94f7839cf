"""Reading an autostart entry back as the desktop does (tests only)."""

from __future__ import annotations


def exec_arguments(line: str) -> list[str]:
    """The arguments of a desktop entry's Exec value, read as the specification says:
    string escapes first (``\\\\`` is one backslash), then double quotes with ``\\``
    before ``"``, `` ` ``, ``$`` and ``\\``."""
    value = line.replace("\\\\", "\0")
    arguments: list[str] = []
    current: list[str] = []
    quoted = started = False
    index = 0
    while index < len(value):
        char = value[index].replace("\0", "\\")
        if quoted and char == "\\" and index + 1 < len(value):
            index += 1
            current.append(value[index].replace("\0", "\\"))
        elif char == '"':
            quoted, started = not quoted, True
        elif char == " " and not quoted:
            if current or started:
                arguments.append("".join(current))
            current, started = [], False
        else:
            current.append(char)
        index += 1
    if current or started:
        arguments.append("".join(current))
    return [a.replace("%%", "%") for a in arguments]
