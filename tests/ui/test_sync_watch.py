"""Sync on the folder's news: another laptop (``mentordesk sync`` in a subprocess)
writes a batch into the shared folder and the running window applies it within
seconds, with the two-minute timer stopped, so only the folder's news can start the
round. The window's own batches start nothing (its folder is not watched), and a
laptop that appears later is watched from its first batch."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

from pytestqt.qtbot import QtBot

from mentordesk.db.models import Mentor
from mentordesk.services import mentors, sync_folder
from mentordesk.services import sync as rounds
from mentordesk.services.mentors import MentorData
from mentordesk.ui.shell.data_session import DataSession
from mentordesk.ui.sync.watch import SPACING_MS, FolderWatch
from tests.cli.test_sync_command import edit, new_folder, sync
from tests.ui.conftest import DialogAnswerer
from tests.ui.test_sync_window import (
    after_round,
    mentors_view,
    session,
    set_up_in_preferences,
    shared,
    started,
    work,
)

__all__ = ["session", "shared", "work"]  # the window's sync fixtures

NOW = datetime(2026, 12, 7, 9, tzinfo=UTC)
WAIT_MS = SPACING_MS + 60000  # the spacing after the last round, and a busy machine


def test_a_batch_another_laptop_writes_is_applied_without_waiting_for_the_timer(
    qtbot: QtBot, session: DataSession, work: Path, shared: Path, dialogs: DialogAnswerer
) -> None:
    window, job = started(qtbot, session)
    set_up_in_preferences(qtbot, window, job, dialogs, shared)
    job.timer.stop()  # only the folder's news can start a round now
    view = mentors_view(window)
    mentor = view.model.rows()[0]
    assert session.database is not None
    with session.database.session() as s:
        own = rounds.settings(s).token
    watched = job.watch.watched()
    assert str(shared / "MentorDesk" / "v1") in watched
    assert not any(path.endswith(own) for path in watched), "its own folder starts nothing"

    edit(work, lambda s: setattr(s.get(Mentor, mentor.id), "role", "Chief of Staff"))
    sync(work)

    def shown() -> bool:
        row = view.model.find(mentor.id)
        return row is not None and row.data.role == "Chief of Staff"

    qtbot.waitUntil(shown, timeout=WAIT_MS)
    assert job.on_news >= 1 and not job.timer.isActive()
    assert "from “Work laptop”" in window.statusBar().currentMessage()


def test_the_windows_own_batches_start_no_round(
    qtbot: QtBot, session: DataSession, work: Path, shared: Path, dialogs: DialogAnswerer
) -> None:
    window, job = started(qtbot, session)
    set_up_in_preferences(qtbot, window, job, dialogs, shared)
    job.timer.stop()
    assert session.database is not None
    mentor_id = mentors_view(window).model.rows()[0].id
    # the first batch makes this laptop's folder in v1, the second goes into it
    for typed in ("Typed at home", "Typed at home again"):
        with session.database.session() as s:
            s.get(Mentor, mentor_id).role = typed  # type: ignore[union-attr]
        sent = after_round(qtbot, job, job.run_now)
        assert sent.sent == 1
        qtbot.wait(1500)  # events from the write, had it been watched, arrive in this time
        assert not job.watch.quiet.isActive() and job.on_news == 0 and not job.running


def test_a_laptop_that_appears_later_is_watched_from_its_first_batch(
    qtbot: QtBot,
    session: DataSession,
    work: Path,
    shared: Path,
    dialogs: DialogAnswerer,
    tmp_path: Path,
) -> None:
    window, job = started(qtbot, session)
    set_up_in_preferences(qtbot, window, job, dialogs, shared)
    job.timer.stop()
    assert session.database is not None
    with session.database.session() as s:
        own = rounds.settings(s).token
    travel = tmp_path / "travel"
    new_folder(travel, with_sample=False)

    edit(
        travel,
        lambda s: mentors.create_mentor(s, MentorData(name="Met on the train"), now=NOW),
    )
    sync(travel, "--folder", str(shared), "--device", "Travel laptop")
    view = mentors_view(window)

    qtbot.waitUntil(
        lambda: any(row.data.name == "Met on the train" for row in view.model.rows()),
        timeout=WAIT_MS,
    )
    assert job.on_news >= 1
    versions = shared / "MentorDesk" / "v1"
    laptops = [path for path in versions.iterdir() if path.name != own]
    assert len(laptops) == 2  # the work laptop's and the travel laptop's
    assert job.watch.watched() == sorted(str(path) for path in [versions, *laptops])


def test_a_cloud_placeholder_is_said_on_the_page_and_read_once_downloaded(
    qtbot: QtBot, session: DataSession, work: Path, shared: Path, dialogs: DialogAnswerer
) -> None:
    """The work laptop's batch is still in the cloud (a placeholder, as iCloud Drive
    leaves it): the round asks for it and says so; once real, the next round reads it."""
    from mentordesk.ui.sync.page import SyncDialog, show_sync_page

    window, job = started(qtbot, session)
    evicted = set(shared.rglob("*.mdsync"))
    asked: list[Path] = []
    job.stop()  # the cloud is chosen before the job starts (``SyncJob.cloud``)
    job.cloud = sync_folder.Cloud(is_placeholder=evicted.__contains__, download=asked.append)
    assert window.context is not None
    with qtbot.waitSignal(job.finished, timeout=120000):  # its first round (sync off)
        job.start(window.context)

    outcome = set_up_in_preferences(qtbot, window, job, dialogs, shared)

    assert outcome.downloading == {"": 1} and outcome.changes_in == 0
    assert asked == sorted(evicted)
    said = "Waiting for 1 file to download from the cloud (another laptop)."
    assert said in window.statusBar().currentMessage()
    page = show_sync_page(job, window)
    assert isinstance(page, SyncDialog)
    assert said in page.waiting.text()
    assert mentors_view(window).model.rowCount() == 0
    evicted.clear()  # downloaded

    outcome = after_round(qtbot, job, job.run_now)

    assert outcome.downloading == {} and outcome.batches_in == {"Work laptop": 1}
    assert mentors_view(window).model.rowCount() == 5
    assert said not in page.waiting.text()
    page.close()


def test_the_first_batch_making_the_folders_starts_no_round(qtbot: QtBot, tmp_path: Path) -> None:
    """Before MentorDesk/v1 exists the watch is on the folder itself; this laptop's
    first batch making MentorDesk/v1/<own> is not news, another laptop's folder is.
    (The watcher's events are handed over by hand: whether one is delivered is the
    system's business, what it starts is the watch's.)"""
    folder = tmp_path / "Dropbox"
    folder.mkdir()
    watch = FolderWatch()
    watch.follow(str(folder), "thislaptop")
    assert watch.watched() == [str(folder)]
    (folder / "MentorDesk" / "v1" / "thislaptop").mkdir(parents=True)
    watch._changed(str(folder))
    assert not watch.quiet.isActive(), "its own first batch started a round"
    assert watch.watched() == [str(folder / "MentorDesk" / "v1")]
    (folder / "MentorDesk" / "v1" / "homelaptop").mkdir()
    watch._changed(str(folder / "MentorDesk" / "v1"))
    assert watch.quiet.isActive(), "another laptop's folder is news"
    watch.stop()
