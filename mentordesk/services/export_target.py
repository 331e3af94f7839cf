"""Where an export goes: private, whole or not at all, never through a link (issue 15, R13/R14).

- A file (JSON, .ics, a backup copy) is written by ``db.files.write_text_file`` or the
  backup copy: a temporary name beside it, then a rename; mode 0600.
- A folder (Markdown, CSV) is written into a new temporary folder beside the target
  (``mkdtemp``: 0700, made by this process), then renamed to the target's name.
- ``check_file``/``check_folder`` come first: a target that exists is refused unless
  ``force``; a symbolic link is refused even with ``force`` (the last part of the
  path is never resolved, so a link planted there is never followed); ``force``
  replaces a folder only when it holds nothing but an earlier export's files.

A rename replaces a link that appears after the check, never what it points to.
"""

from __future__ import annotations

import os
import shutil
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import TypeVar

from mentordesk.db.files import sync_folder

T = TypeVar("T")
EXPORT_SUFFIXES = (".md", ".csv")  # what the Markdown and CSV exports write


class TargetRefusedError(Exception):
    """The target cannot be written; the message says why and what to do."""


def absolute(given: str | Path) -> Path:
    """``given`` as an absolute path, ``~`` expanded, its last part not resolved (a link
    there stays a link, to be refused)."""
    return Path(os.path.abspath(os.path.expanduser(str(given))))


def _refuse_link(target: Path) -> None:
    if target.is_symlink():
        raise TargetRefusedError(
            f"{target} is a symbolic link; MentorDesk never writes through one. "
            "Give the path of the file or folder itself."
        )


def check_file(target: Path, *, force: bool) -> None:
    """Refuse a link, a folder, a missing parent folder, or an existing file without ``force``."""
    _refuse_link(target)
    if target.is_dir():
        raise TargetRefusedError(f"{target} exists and is a folder; give the name of a new file.")
    if not target.parent.is_dir():
        raise TargetRefusedError(f"There is no folder {target.parent}.")
    if target.exists() and not force:
        raise TargetRefusedError(
            f"{target} exists; choose a new name, or add --force to replace it."
        )


def check_folder(target: Path, *, force: bool) -> None:
    """Refuse a link, a file, or a folder holding anything (``force``: anything but an
    earlier export's files)."""
    _refuse_link(target)
    if target.exists() and not target.is_dir():
        raise TargetRefusedError(f"{target} is a file; give the name of a new folder.")
    if not target.parent.is_dir():
        raise TargetRefusedError(f"There is no folder {target.parent}.")
    if not target.is_dir() or not any(target.iterdir()):
        return
    if not force:
        raise TargetRefusedError(
            f"{target} exists; choose a new name, or add --force to replace an earlier export."
        )
    other = _not_an_export(target)
    if other is not None:
        raise TargetRefusedError(
            f"{target} holds other files ({other.name}); --force replaces only an earlier "
            "MentorDesk export. Choose a new folder name."
        )


def _not_an_export(folder: Path) -> Path | None:
    """The first thing in ``folder`` an export does not write (None: it is an export)."""
    for path in folder.rglob("*"):
        if path.is_symlink() or len(path.relative_to(folder).parts) > 2:
            return path
        if path.is_file() and path.suffix not in EXPORT_SUFFIXES:
            return path
        if not path.is_file() and not path.is_dir():
            return path
    return None


def write_folder(target: Path, write: Callable[[Path], T]) -> T:
    """Run ``write`` on a new private folder beside ``target``, then put it in its place
    (an earlier export there, already checked, is removed once the new one is in)."""
    work = Path(tempfile.mkdtemp(prefix=f".{target.name}.", suffix=".partial", dir=target.parent))
    aside: Path | None = None
    try:
        result = write(work)
        if target.is_dir() and not target.is_symlink():
            aside = Path(
                tempfile.mkdtemp(prefix=f".{target.name}.", suffix=".old", dir=target.parent)
            )
            os.replace(target, aside / "earlier")
        os.replace(work, target)
        sync_folder(target.parent)
    except BaseException:
        shutil.rmtree(work, ignore_errors=True)
        if aside is not None and not target.exists():
            os.replace(aside / "earlier", target)  # the earlier export, back in its place
            aside.rmdir()
        raise
    if aside is not None:
        shutil.rmtree(aside, ignore_errors=True)
    return result
