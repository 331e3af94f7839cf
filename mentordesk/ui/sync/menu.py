"""File ▸ Sync Now (Ctrl+Shift+Y) and File ▸ Sync… in a main window, and the window's
``SyncJob`` they drive (started once the window shows data: ``DataSession``)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from mentordesk.ui.actions import make_action
from mentordesk.ui.sync.job import SyncJob

if TYPE_CHECKING:
    from mentordesk.ui.shell.main_window import MainWindow


def _sync_now(job: SyncJob) -> None:
    from mentordesk.services import sync_status

    if job.context is None:
        return
    if not job.context.read(sync_status.overview).enabled:
        job.context.say(
            QCoreApplication.translate(
                "sync",
                "Sync is not set up: choose a sync folder in Edit ▸ Preferences ▸ Sync.",
            )
        )
        return
    if not job.run_now() and job.running:
        job.context.say(QCoreApplication.translate("sync", "Sync is running already."))


def _open_page(job: SyncJob, window: MainWindow) -> None:
    from mentordesk.ui.sync.page import show_sync_page

    show_sync_page(job, window)


def add_sync_actions(window: MainWindow) -> SyncJob:
    """The window's sync job, with its two File menu entries."""
    job = SyncJob(window)
    now = make_action(
        window,
        "syncNowAction",
        QCoreApplication.translate("sync", "S&ync Now"),
        lambda: _sync_now(job),
        "Ctrl+Shift+Y",
    )
    page = make_action(
        window,
        "syncPageAction",
        QCoreApplication.translate("sync", "Sy&nc…"),
        lambda: _open_page(job, window),
    )
    window.add_file_actions([now, page])
    return job
