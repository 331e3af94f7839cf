"""The log: a rotating file in the log folder, or the terminal when that cannot be written.

Logging never stops MentorDesk: a log file left by a ``sudo`` run, a full disk or
a read-only folder sends the log to standard error instead (with one line saying
why), and a write that fails later is reported there by ``logging`` itself.
Nothing a user typed is ever logged.
"""

from __future__ import annotations

import logging
import logging.handlers
import sys
from pathlib import Path

from mentordesk.config import DataFolderError, Paths, make_private_dir

LOG_NAME = "mentordesk.log"
FORMAT = "%(asctime)s %(levelname)s %(name)s: %(message)s"


def log_file(paths: Paths) -> Path:
    return paths.log_dir / LOG_NAME


def setup_logging(paths: Paths) -> Path | None:
    """Send MentorDesk's log to its file; returns that file, or None when it fell back."""
    root = logging.getLogger("mentordesk")
    target = log_file(paths)
    handler: logging.Handler
    problem = ""
    try:
        make_private_dir(paths.log_dir)
        handler = logging.handlers.RotatingFileHandler(
            target, maxBytes=1_000_000, backupCount=3, encoding="utf-8"
        )
    except (OSError, DataFolderError) as error:
        problem = getattr(error, "strerror", None) or str(error)
        handler = logging.StreamHandler(sys.stderr) if sys.stderr else logging.NullHandler()
    handler.setFormatter(logging.Formatter(FORMAT))
    for old in root.handlers:
        old.close()
    root.handlers[:] = [handler]
    root.setLevel(logging.INFO)
    if problem:
        root.warning("Cannot write the log file %s (%s); logging here instead.", target, problem)
        return None
    return target
