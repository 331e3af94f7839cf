"""Sync on the folder's news: a ``QFileSystemWatcher`` on the sync folder, so a batch
another laptop wrote is applied within seconds instead of at the next two-minute round.

What is watched: ``MentorDesk/v1/`` in the sync folder and each other laptop's folder
in it (folders that appear are added at the next news; until ``v1`` exists, the
deepest folder on its way). Never this laptop's own folder: its own batches must not
start a round (no loop). The news is debounced: a round ``QUIET_MS`` after the last
event, and never sooner than ``SPACING_MS`` after the last round started, so a sync
client writing many files starts one round. The two-minute timer stays: watchers miss
events on network drives and with some sync clients.
"""

from __future__ import annotations

import contextlib
from pathlib import Path

from PySide6.QtCore import QElapsedTimer, QFileSystemWatcher, QObject, QTimer, Signal

from mentordesk.services.sync_folder import ROOT, versions_folder

QUIET_MS = 3000
SPACING_MS = 15000


class FolderWatch(QObject):
    """Watches one sync folder; ``news`` when a round should look at it."""

    news = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("syncFolderWatch")
        self.folder: Path | None = None
        self.own = ""
        self.watcher = QFileSystemWatcher(self)
        self.watcher.setObjectName("syncFolderWatcher")
        self.watcher.directoryChanged.connect(self._changed)
        self.quiet = QTimer(self)
        self.quiet.setObjectName("syncQuietTimer")
        self.quiet.setSingleShot(True)
        self.quiet.setInterval(QUIET_MS)
        self.quiet.timeout.connect(self._settled)
        self._since_round = QElapsedTimer()
        self._laptops: set[str] = set()  # the other laptops' folders in v1, last seen

    def follow(self, folder: str, own: str) -> None:
        """Watch ``folder`` (this laptop's device folder ``own`` left out); "" stops."""
        chosen = Path(folder) if folder else None
        if chosen != self.folder or own != self.own:
            self.stop()
            self.folder, self.own = chosen, own
        self._rewatch()

    def round_started(self) -> None:
        """A round began (whatever started it): the next news waits its spacing."""
        self._since_round.start()

    def stop(self) -> None:
        self.quiet.stop()
        watched = self.watcher.directories()
        if watched:
            self.watcher.removePaths(watched)
        self.folder = None

    def watched(self) -> list[str]:
        return sorted(self.watcher.directories())

    def _wanted(self) -> list[Path]:
        if self.folder is None:
            return []
        root = versions_folder(self.folder)
        if not root.is_dir():
            # The deepest folder there is, until MentorDesk/v1 comes (not the sync
            # folder's whole top level for ever: the person keeps other files there).
            parent = self.folder / ROOT
            return [parent] if parent.is_dir() else [self.folder] if self.folder.is_dir() else []
        wanted = [root]
        with contextlib.suppress(OSError):
            wanted += [
                path
                for path in root.iterdir()
                if path.is_dir() and path.name != self.own and not path.name.startswith(".")
            ]
        return [path for path in wanted if path.is_dir()]

    def _rewatch(self) -> None:
        have = set(self.watcher.directories())
        found = self._wanted()
        wanted = {str(path) for path in found}
        if self.folder is not None:
            root = versions_folder(self.folder)
            self._laptops = {path.name for path in found if path.parent == root}
        if have - wanted:
            self.watcher.removePaths(sorted(have - wanted))
        if wanted - have:
            self.watcher.addPaths(sorted(wanted - have))

    def _changed(self, path: str) -> None:
        before = self._laptops
        self._rewatch()  # a laptop's folder that just appeared
        in_laptop = self.folder is not None and Path(path).parent == versions_folder(self.folder)
        if not in_laptop and self._laptops == before:
            # v1 or a folder on its way to it changed, and no other laptop came or
            # went: this laptop's own first batch made its folders (no round for that)
            return
        self.quiet.start(QUIET_MS)  # restarted by every event: a round once it is quiet

    def _settled(self) -> None:
        if self._since_round.isValid():
            # Read once: read twice, the clock could pass the spacing in between and
            # leave a negative interval (Qt warns, and waits 1 ms instead).
            left = SPACING_MS - int(self._since_round.elapsed())
            if left > 0:
                self.quiet.start(left)
                return
        self.news.emit()
