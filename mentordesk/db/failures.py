"""Storage failures while opening a data folder, named by their real cause."""

from __future__ import annotations

import shutil
from pathlib import Path

from mentordesk.config import make_yours_hint, on_read_only_disk
from mentordesk.db.errors import DatabaseError, Problem, classify
from mentordesk.db.files import MB, companions, megabytes
from mentordesk.db.health import DamagedDatabaseError


def space_needed_for_update(path: Path) -> int:
    """Free space an update needs: its safety copy, and room for the changed pages."""
    size = sum(p.stat().st_size for p in (path, *companions(path)) if p.exists())
    return 2 * size + MB


def storage_failure(path: Path, error: BaseException, needed: int) -> DatabaseError:
    """A DatabaseError naming the real cause of ``error`` and what to do."""
    problem = classify(error)
    folder = path.parent
    free = shutil.disk_usage(folder).free if folder.exists() else 0
    if problem is Problem.IO and free < needed:
        problem = Problem.FULL  # SQLite reports some writes to a full disk as I/O errors
    if problem is Problem.FULL:
        return DatabaseError(
            f"The disk holding {folder} is full: MentorDesk needs about {megabytes(needed)} MB "
            f"free to open your database safely, and {free // MB} MB is free. Free some "
            "space, then start MentorDesk again. Nothing was changed.",
            problem,
            needed,
        )
    if problem is Problem.BUSY:
        message = (
            f"Another program is using the database {path} (a database browser, or a sync "
            "or backup tool). Close it, then start MentorDesk again. Nothing was changed."
        )
    elif problem is Problem.READ_ONLY and on_read_only_disk(folder):
        message = (
            f"The disk holding {folder} is mounted read-only, so MentorDesk cannot write "
            "its data there. Mount it read-write, or start MentorDesk with another data "
            "folder (--data-dir). Nothing was changed."
        )
    elif problem is Problem.READ_ONLY:
        message = (
            f"MentorDesk cannot write to {path} or its folder. Check that both belong to you "
            f"and can be written ({make_yours_hint(folder)}), or start MentorDesk with "
            "another data folder (--data-dir)."
        )
    elif problem is Problem.IO:
        message = (
            f"The disk reported an error while reading or writing {path}. Copy the data "
            "folder to a safe place, then check the disk."
        )
    elif problem is Problem.CORRUPT:
        return DamagedDatabaseError(path, "SQLite found damage while updating it")
    else:
        message = (
            f"Updating the database {path} failed unexpectedly ({type(error).__name__}); "
            "it was undone and nothing was changed. Details are in the log."
        )
    return DatabaseError(message, problem)
