"""What a finished command says: its report on standard output, and the words it shares."""

from __future__ import annotations

import os
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from mentordesk.config import on_read_only_disk
from mentordesk.db.errors import Problem, classify

if TYPE_CHECKING:
    from mentordesk.services.import_merge import Kept


def out(text: str = "") -> None:
    sys.stdout.write(text + "\n")


def utf8_when_redirected() -> None:
    """Windows: output going to a file or a pipe is written in the ANSI code page, which
    has no Japanese, no emoji (a command printing a note with them died with
    UnicodeEncodeError); write UTF-8 there, and read a piped passphrase as UTF-8, as
    everywhere else. A console window takes Unicode as it is."""
    if sys.platform != "win32":
        return
    for stream in (sys.stdin, sys.stdout, sys.stderr):
        if stream is not None and not stream.isatty() and hasattr(stream, "reconfigure"):
            stream.reconfigure(encoding="utf-8")


def refused(error: OSError) -> str:
    """The disk's refusal in words: its cause and the folder it is about (never the
    name of a temporary file a copy was being written to)."""
    if not error.filename:
        return f"{error.strerror or error}."
    path = Path(os.fsdecode(error.filename))
    if path.name.startswith(".") or path.name.endswith(".partial"):
        path = path.parent  # a temporary beside the file being made: its folder matters
    folder = path if path.is_dir() else path.parent
    problem = classify(error)
    if problem is Problem.READ_ONLY and on_read_only_disk(folder):
        return f"The disk holding {folder} is mounted read-only, so nothing can be written there."
    if problem is Problem.READ_ONLY:
        return f"{path} cannot be written: check that it and its folder belong to you."
    if problem is Problem.FULL:
        return f"The disk holding {folder} is full. Free some space, then try again."
    if problem is Problem.IO:
        return f"The disk reported an error while reading or writing {path}."
    return f"{error.strerror or error} ({path})."


def files_missing(count: int, where: str) -> str:
    files = "1 attached file was" if count == 1 else f"{count} attached files were"
    return f"{files} not in {where}; they show as missing (mentordesk check lists them)."


def kept_lines(kept: Kept | None) -> list[str]:
    """What --add-new left as it was: how many, and each record the file had changed."""
    if kept is None or not kept.count:
        return []
    same = f"{kept.same} record{'s' if kept.same != 1 else ''}"
    lines = [f"Kept as yours: {same} already in your data, the same in the file."]
    if kept.changed:
        lines[0] = f"Kept as yours: {same} already in your data, the same in the file;"
        lines.append(f"and {len(kept.changed)} that the file has changed, kept as you have them:")
        lines += [f"  {label}" for label in kept.changed[:50]]
        if len(kept.changed) > 50:
            lines.append(f"  … and {len(kept.changed) - 50} more")
    return lines


def report(command: str, lines: list[str]) -> int:
    """Say what a finished command did; it is done (exit 0) even when standard output
    cannot take the words (a closed pipe, a full disk): they go to stderr instead."""
    try:
        for line in lines:
            out(line)
        sys.stdout.flush()
    except OSError as error:
        # What is still buffered goes nowhere, so the exit flush cannot fail again.
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        os.close(devnull)
        reason = error.strerror or str(error)
        try:
            sys.stderr.write(
                f"mentordesk {command}: done, but standard output refused its report "
                f"({reason}):\n" + "".join(f"  {line}\n" for line in lines)
            )
            sys.stderr.flush()
        except OSError:
            pass  # the exit code, 0, still says it is done
    return 0  # done
