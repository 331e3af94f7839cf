"""``mentordesk note`` while MentorDesk is open: the open window holds the data folder
and listens on its single-instance socket (as ``app.py`` sets it up); a real
``mentordesk note`` process sends the topic there, the window adds it through the same
operation as the Drop a topic dialog, and the mentor's Inbox tab shows it at once,
with no restart. Edit ▸ Undo takes it back."""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from mentordesk.config import Paths
from mentordesk.db.database import Database
from mentordesk.instance import SingleInstance
from mentordesk.services.kinds import Facet, Kind, Ref
from mentordesk.ui.between.remote import take_note
from mentordesk.ui.shell.main_window import MainWindow
from tests.e2e.helpers import app_env
from tests.ui.helpers import add_people, context_of, mentors_view

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def listening(window: MainWindow, paths: Paths) -> Iterator[SingleInstance]:
    instance = SingleInstance(paths)
    instance.acquire()  # the open app owns the folder: the command cannot write itself
    instance.listen(lambda: None, lambda payload: take_note(context_of(window), payload))
    yield instance
    instance.release()


def note(qtbot: QtBot, paths: Paths, *args: str) -> subprocess.CompletedProcess[str]:
    """Run ``mentordesk note`` while this process's event loop keeps answering."""
    process = subprocess.Popen(
        [sys.executable, "-m", "mentordesk", "note", *args],
        cwd=ROOT,
        env=app_env(paths.data_dir),
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    qtbot.waitUntil(lambda: process.poll() is not None, timeout=60000)
    out, err = process.communicate()
    return subprocess.CompletedProcess(process.args, process.returncode, out, err)


def test_the_open_app_shows_a_topic_sent_from_a_terminal(
    qtbot: QtBot, window: MainWindow, database: Database, paths: Paths, listening: SingleInstance
) -> None:
    ada = add_people(database, "Ada Lovelace")["Ada Lovelace"]
    context_of(window).open(Ref(Kind.MENTOR, ada, Facet.BETWEEN))
    topics = mentors_view(window).detail_tabs.inbox.topics
    assert topics.model.rowCount() == 0

    sent = note(qtbot, paths, "--mentor", "Ada Lovelace", "Ask", "about", "the", "rota")
    assert sent.returncode == 0, sent.stderr
    assert "Ada Lovelace's inbox. MentorDesk is open and shows it." in sent.stdout
    qtbot.waitUntil(lambda: topics.model.rowCount() == 1)
    assert topics.model.record_at(0).text == "Ask about the rota"
    assert "from the command line" in window.statusBar().currentMessage()

    refused = note(qtbot, paths, "--mentor", "Linus", "Hello")
    assert refused.returncode == 2
    assert "No mentor is called “Linus”." in refused.stderr

    window.undo_stack.undo()  # the topic sent is one undo step, as if typed here
    qtbot.waitUntil(lambda: topics.model.rowCount() == 0)
