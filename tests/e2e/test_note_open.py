"""``mentordesk note`` beside a real running MentorDesk (another process, the real
app): the command hands the topic over the single-instance socket, the app writes it,
and after the app is closed the topic is in the database. The window showing it at
once is tested in tests/ui/test_note_open_app.py."""

from __future__ import annotations

import sqlite3
import time
from pathlib import Path

from mentordesk.lock import DataFolderLock, FolderInUseError
from tests.cli.test_commands import folder_with
from tests.e2e.helpers import run_cli, start_app


def held(data: Path) -> bool:
    lock = DataFolderLock(data / "mentordesk.lock")
    try:
        lock.acquire()
    except FolderInUseError:
        return True
    lock.release()
    return False


def test_note_reaches_a_running_app_which_saves_it(tmp_path: Path) -> None:
    data = tmp_path / "data"
    database = folder_with(data, "Ada Lovelace")
    app = start_app(data)
    try:
        deadline = time.monotonic() + 60
        while not held(data) and time.monotonic() < deadline:
            time.sleep(0.1)  # the app owns the folder: the command cannot write itself
        while True:  # the app answers "still opening its data" until its window is filled
            sent = run_cli(["note", "--mentor", "Ada", "Ask", "about", "rotas"], data)
            if sent.returncode == 0 or time.monotonic() > deadline:
                break
            assert "still opening" in sent.stderr or "did not answer" in sent.stderr, sent.stderr
            time.sleep(0.5)
        assert sent.returncode == 0, sent.stderr
        assert sent.stdout.strip() == (
            "Added the topic “Ask about rotas” to Ada Lovelace's inbox. "
            "MentorDesk is open and shows it."
        )
        assert app.poll() is None, "the app must keep running"
    finally:
        app.terminate()
        app.communicate(timeout=60)
    assert app.returncode == 0
    connection = sqlite3.connect(f"file:{database}?mode=ro", uri=True)
    try:
        assert connection.execute("SELECT text, private FROM topic").fetchall() == [
            ("Ask about rotas", 0)
        ]
    finally:
        connection.close()
