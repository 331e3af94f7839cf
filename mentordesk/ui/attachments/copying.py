"""Copying files into the data folder off the UI thread, one after another, with progress;
and what went wrong, in the person's words.

The copy itself is ``services/attachment_files.store_file`` (whole or nothing, under the
file's hash). A Python thread runs it; its news reaches the window through signals, so
the window stays responsive while a large file is read. Only the copy happens there: the
attachment's record is written on the UI thread once the file is in (an undoable step).
"""

from __future__ import annotations

import contextlib
import logging
import threading
from collections import deque
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, Signal

from mentordesk.services.attachment_files import AttachmentFileError, FileProblem, store_file

log = logging.getLogger(__name__)

MB = 1024 * 1024


def problem_words(error: AttachmentFileError) -> str:
    """Why a file could not be attached, as a whole sentence naming it."""
    name = error.path.name or str(error.path)
    words = {
        FileProblem.TOO_LARGE: QCoreApplication.translate(
            "attachments",
            "“{name}” is larger than {limit} MB, the largest file MentorDesk attaches. "
            "Attach a link to it instead, or raise the limit in Preferences.",
        ),
        FileProblem.FOLDER: QCoreApplication.translate(
            "attachments",
            "“{name}” is a folder. Attach the files in it, or a compressed copy of it.",
        ),
        FileProblem.NOT_A_FILE: QCoreApplication.translate(
            "attachments", "“{name}” is not a file MentorDesk can copy."
        ),
        FileProblem.NOT_FOUND: QCoreApplication.translate(
            "attachments", "“{name}” is not there any more. Was it moved or renamed?"
        ),
        FileProblem.UNREADABLE: QCoreApplication.translate(
            "attachments", "You do not have permission to read “{name}”. Nothing was attached."
        ),
        FileProblem.VANISHED: QCoreApplication.translate(
            "attachments",
            "“{name}” was moved, changed or disconnected while it was being copied. "
            "Nothing was attached; try again.",
        ),
        FileProblem.FULL: QCoreApplication.translate(
            "attachments",
            "The disk is full: “{name}” could not be copied into the data folder. "
            "Free some space and try again; nothing was attached.",
        ),
        FileProblem.READ_ONLY: QCoreApplication.translate(
            "attachments", "The data folder cannot be written, so “{name}” could not be copied."
        ),
        FileProblem.IO: QCoreApplication.translate(
            "attachments",
            "The disk could not be read or written while copying “{name}”. Nothing was attached.",
        ),
        FileProblem.DAMAGED: QCoreApplication.translate(
            "attachments", "The copy of “{name}” does not match the file that was saved."
        ),
    }
    return words[error.problem].format(name=name, limit=max(1, error.limit // MB))


class FileCopier(QObject):
    """Copies the files it is given, in order, in one thread at a time."""

    progressed = Signal(str, int, int)  # file name, bytes done, bytes in all
    copied = Signal(str, object, object)  # the file's name, its Stored, what it is for
    failed = Signal(object)  # AttachmentFileError
    finished = Signal()  # nothing more to copy

    def __init__(self, folder: Path, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.folder = folder
        self._waiting: deque[tuple[Path, int, object]] = deque()
        self._lock = threading.Lock()
        self._running = False

    @property
    def busy(self) -> bool:
        with self._lock:
            return self._running

    def copy(self, sources: list[Path], limit: int, tag: object) -> None:
        """Copy ``sources`` (each at most ``limit`` bytes), after any still waiting;
        ``copied`` gives ``tag`` back with each (the record they are for)."""
        with self._lock:
            self._waiting.extend((source, limit, tag) for source in sources)
            if self._running or not self._waiting:
                return
            self._running = True
        threading.Thread(target=self._run, name="attachment-copy", daemon=True).start()

    def _run(self) -> None:
        while True:
            with self._lock:
                if not self._waiting:
                    self._running = False
                    break
                source, limit, tag = self._waiting.popleft()
            name = source.name

            def progress(done: int, total: int, name: str = name) -> None:
                self.progressed.emit(name, done, total)

            try:
                try:
                    stored = store_file(self.folder, source, limit, progress=progress)
                except AttachmentFileError as error:
                    log.info("Attaching a file failed: %s", error.problem.value)
                    self.failed.emit(error)
                    continue
                except RuntimeError:
                    raise  # the window is gone (below)
                except Exception:  # a bug: logged and said, never lost in a thread
                    log.exception("Attaching a file failed")
                    self.failed.emit(AttachmentFileError(FileProblem.IO, source, limit))
                    continue
                self.copied.emit(name, stored, tag)
            except RuntimeError:
                # The window closed (its data swapped by a restore): nobody is left to
                # attach it. The partial file is gone; a whole one waits for nothing
                # and goes at a later start.
                log.info("Attaching a file stopped: the window is gone")
                with self._lock:
                    self._waiting.clear()
                    self._running = False
                return
        with contextlib.suppress(RuntimeError):  # the window is gone: nobody to tell
            self.finished.emit()
