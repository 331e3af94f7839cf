"""The app as a person starts it: real child processes on temporary data folders."""

from __future__ import annotations

import json
import os
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

from mentordesk import __version__
from mentordesk.qtcheck import explain_missing, library_in_error, missing_libraries
from tests.e2e.helpers import app_env, run_cli, start_app


def _wait_for(condition: object, timeout: float = 30) -> bool:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if callable(condition) and condition():
            return True
        time.sleep(0.1)
    return False


def test_version_is_printed(tmp_path: Path) -> None:
    result = run_cli(["--version"], tmp_path / "data")
    assert result.returncode == 0
    assert result.stdout.strip() == f"MentorDesk {__version__}"


def test_self_test_passes_and_leaves_the_data_folder_alone(tmp_path: Path) -> None:
    data = tmp_path / "data"
    result = run_cli(["--self-test"], data, timeout=120)
    assert result.returncode == 0, result.stderr
    assert "self-test passed" in result.stdout
    # The self-test uses a throwaway folder, never the user's data folder.
    assert not (data / "mentordesk.sqlite3").exists()


def test_app_starts_creates_a_private_database_and_a_second_copy_defers(tmp_path: Path) -> None:
    data = tmp_path / "data"
    first = start_app(data)
    try:
        database = data / "mentordesk.sqlite3"

        def migrated() -> bool:
            if not database.exists():
                return False
            try:
                with sqlite3.connect(f"file:{database}?mode=ro", uri=True) as conn:
                    return bool(conn.execute("SELECT version_num FROM alembic_version").fetchone())
            except sqlite3.Error:
                return False

        assert _wait_for(migrated), "the app did not create its database"
        assert (database.stat().st_mode & 0o777) == 0o600
        assert (data.stat().st_mode & 0o777) == 0o700

        second = run_cli([], data, timeout=30)
        assert second.returncode == 0
        assert "already running" in second.stderr
        assert first.poll() is None, "the first copy must keep running"
    finally:
        first.terminate()
        first.communicate(timeout=30)  # waits, and closes the pipes
    # SIGTERM closes the window the normal way: a clean exit, lock released.
    assert first.returncode == 0
    assert not (data / "mentordesk.lock").exists()


def test_missing_system_library_is_named_with_its_package() -> None:
    assert missing_libraries({"libmentordesk-nothere.so.9": "x"}) == ["libmentordesk-nothere.so.9"]
    message = explain_missing(["libEGL.so.1", "libxcb-cursor.so.0"])
    assert "apt-get install libegl1 libxcb-cursor0" in message
    # root (a bare Debian root has no sudo) is told the line it can run as it is
    assert ("sudo apt-get" in message) == (os.geteuid() != 0)
    error = "libEGL.so.1: cannot open shared object file: No such file or directory"
    assert library_in_error(error) == "libEGL.so.1"


_FIRST_PAINT_PROBE = r"""
import json, sys
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QWidget
from mentordesk import app
from mentordesk.ui.shell import main_window

seen = {}

class FirstPaint(QObject):
    def eventFilter(self, watched, event):
        if event.type() == QEvent.Type.Paint and "paint" not in seen:
            if isinstance(watched, QWidget) and watched.window().objectName() == "mainWindow":
                seen["paint"] = sorted(m for m in ("sqlalchemy", "alembic") if m in sys.modules)
        return False

application = app.make_application()
probe = FirstPaint()
application.installEventFilter(probe)
attach = main_window.MainWindow.attach_database

def attach_then_close(self, database):
    attach(self, database)
    seen["attached"] = sorted(m for m in ("sqlalchemy", "alembic") if m in sys.modules)
    QTimer.singleShot(0, self.close)

main_window.MainWindow.attach_database = attach_then_close
app.run(sys.argv[1])
print(json.dumps(seen))
"""


def test_window_paints_before_the_data_layer_loads(tmp_path: Path) -> None:
    """docs/ARCHITECTURE.md: paint the real window first; import Alembic only when migrating."""
    data = tmp_path / "data"

    def start() -> dict[str, list[str]]:
        result = subprocess.run(
            [sys.executable, "-c", _FIRST_PAINT_PROBE, str(data)],
            env=app_env(data),
            capture_output=True,
            text=True,
            timeout=60,
            check=False,
        )
        assert result.returncode == 0, result.stderr
        seen: dict[str, list[str]] = json.loads(result.stdout.strip().splitlines()[-1])
        return seen

    first = start()  # a new database: migrations run, so Alembic loads after the paint
    assert first["paint"] == []
    assert first["attached"] == ["alembic", "sqlalchemy"]
    usual = start()  # an up-to-date database: no Alembic at all
    assert usual["paint"] == []
    assert usual["attached"] == ["sqlalchemy"]


def test_two_copies_started_at_once_end_as_one_window_and_no_problem_message(
    tmp_path: Path,
) -> None:
    """A double-click that fires twice: the second copy starts while the first is
    still opening its database. It must switch to the first, not call it frozen."""
    data = tmp_path / "data"
    first = start_app(data)
    try:
        assert _wait_for(lambda: (data / "mentordesk.lock").exists()), "no lock taken"
        second = run_cli([], data, timeout=60)
        assert second.returncode == 0, second.stderr
        assert "switched to it" in second.stderr
        assert first.poll() is None, "the first copy must keep running"
    finally:
        first.terminate()
        first.communicate(timeout=30)
    assert first.returncode == 0
