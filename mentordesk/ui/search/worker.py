"""Searching off the UI thread (issue 17): the UI asks, a worker thread runs the query
with its own session and answers through a signal. Only the newest question
matters: asking again calls off a search still running (SQLite stops it) and
skips any that waited. The best few results come first, then the rest.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from typing import Any

from PySide6.QtCore import QObject, Signal

from mentordesk.db.errors import StorageError
from mentordesk.services.search import DEFAULT_LIMIT, Interrupted, SearchHit, search

log = logging.getLogger(__name__)

FIRST_PAGE = 10  # results shown before the rest: what a results list shows at once

Read = Callable[..., Any]


class Searcher(QObject):
    """Runs searches in its own thread. ``found(generation, hits, complete)`` answers
    ``ask``'s generation (first with the best ``FIRST_PAGE`` hits, then all of them);
    ``failed(generation)`` when the data could not be read. Not a child of its
    widget: a search still running when the widget goes finishes on its own."""

    found = Signal(int, object, bool)
    failed = Signal(int)

    def __init__(self, read: Read, presenting: Callable[[], bool] = lambda: False) -> None:
        super().__init__()
        self._read = read
        self._presenting = presenting  # read when asked: private items hidden then
        self._lock = threading.Lock()
        self._latest = 0
        self._wanted: tuple[int, str, bool] | None = None
        self._pool = ThreadPoolExecutor(max_workers=1, thread_name_prefix="search")

    def ask(self, text: str) -> int:
        """Search for ``text`` in the background; the generation its answers carry."""
        with self._lock:
            self._latest += 1
            self._wanted = (self._latest, text, self._presenting())
            generation = self._latest
        self._pool.submit(self._drain)
        return generation

    def forget(self) -> None:
        """Call off whatever is asked or running (the field was emptied)."""
        with self._lock:
            self._latest += 1
            self._wanted = None

    def _stale(self, generation: int) -> bool:
        return generation != self._latest  # a newer question was asked

    def _drain(self) -> None:
        with self._lock:
            job, self._wanted = self._wanted, None
        if job is None:
            return  # answered by an earlier turn
        generation, text, presenting = job
        try:
            for limit in (FIRST_PAGE, DEFAULT_LIMIT):
                hits: list[SearchHit] = self._read(
                    search,
                    text,
                    limit,
                    cancelled=lambda: self._stale(generation),
                    presenting=presenting,
                )
                if self._stale(generation):
                    return
                complete = limit == DEFAULT_LIMIT or len(hits) < limit
                self.found.emit(generation, hits, complete)
                if complete:
                    return
        except Interrupted:
            return
        except StorageError as error:
            # The error's text would include the query: log only what kind it was.
            log.warning("search failed: %s", type(error).__name__)
            if not self._stale(generation):
                self.failed.emit(generation)
        except Exception:  # a bug: the thread goes on, the log says where
            log.exception("search crashed")
            if not self._stale(generation):
                self.failed.emit(generation)
