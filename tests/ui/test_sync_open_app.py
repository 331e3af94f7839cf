"""``mentordesk sync`` while MentorDesk is open (issue 21, item 5: "with the app open or
closed"). The window owns the data folder and listens on its single-instance socket,
as ``app.py`` sets it up; a real ``mentordesk sync`` process asks it to sync, the
window's own job runs the round, and the command prints what that round did. Setting
sync up from the terminal while the window is open is refused with words."""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from mentordesk.config import Paths
from mentordesk.instance import SingleInstance
from mentordesk.ui.shell.data_session import DataSession
from mentordesk.ui.sync.remote import take_sync
from tests.cli.test_sync_command import new_folder, sync
from tests.e2e.helpers import app_env
from tests.ui.conftest import DialogAnswerer
from tests.ui.test_sync_window import mentors_view, session, set_up_in_preferences, started

__all__ = ["session"]  # the fixture, shared with test_sync_window.py
ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def listening(session: DataSession, paths: Paths) -> Iterator[SingleInstance]:
    instance = SingleInstance(paths)
    instance.acquire()  # the open app owns the folder: the command cannot sync itself
    instance.listen(lambda: None, None, lambda answer: take_sync(session.sync, answer))
    yield instance
    instance.release()


def command(qtbot: QtBot, paths: Paths, *args: str) -> subprocess.CompletedProcess[str]:
    """Run ``mentordesk sync`` while this process's event loop keeps answering."""
    process = subprocess.Popen(
        [sys.executable, "-m", "mentordesk", "sync", *args],
        cwd=ROOT,
        env=app_env(paths.data_dir),
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    qtbot.waitUntil(lambda: process.poll() is not None, timeout=180000)
    out, err = process.communicate()
    return subprocess.CompletedProcess(process.args, process.returncode, out, err)


def test_sync_from_a_terminal_with_the_app_open_runs_the_round_in_the_window(
    qtbot: QtBot,
    session: DataSession,
    listening: SingleInstance,
    paths: Paths,
    tmp_path: Path,
    dialogs: DialogAnswerer,
) -> None:
    shared = tmp_path / "Dropbox"
    shared.mkdir()
    work = tmp_path / "work"
    new_folder(work, with_sample=False)
    sync(work, "--folder", str(shared), "--device", "Work laptop")

    window, job = started(qtbot, session)
    unset = command(qtbot, paths)
    assert unset.returncode == 4, unset.stderr
    assert "Sync is not set up in the open MentorDesk" in unset.stderr

    set_up_in_preferences(qtbot, window, job, dialogs, shared)
    view = mentors_view(window)
    assert view.model.rowCount() == 0
    new_folder(work, with_sample=True)  # the work laptop adds the sample, and sends it
    assert "Sent" in sync(work)

    done = command(qtbot, paths)

    assert done.returncode == 0, done.stderr
    assert "MentorDesk is open on this data folder: it ran the round." in done.stdout
    assert "Received 1 batch from “Work laptop”." in done.stdout
    qtbot.waitUntil(lambda: view.model.rowCount() == 5, timeout=60000)

    setting_up = command(qtbot, paths, "--device", "Other name")
    assert setting_up.returncode == 4
    assert "set sync up in its Edit ▸ Preferences ▸ Sync" in setting_up.stderr
    again = command(qtbot, paths)
    assert again.returncode == 0 and "Nothing new from the other laptops." in again.stdout
