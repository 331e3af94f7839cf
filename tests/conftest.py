"""Shared fixtures: every test gets its own temporary data folder."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest

# Qt must never try to open a real screen in tests (docs/ARCHITECTURE.md). The offscreen screen is
# a 1366×768 laptop's, the smallest MentorDesk is made for (tests/ui/test_layout.py).
os.environ.setdefault(
    "QT_QPA_PLATFORM", f"offscreen:configfile={Path(__file__).with_name('laptop_screen.json')}"
)

from mentordesk.config import DATA_DIR_ENV, Paths, resolve_paths
from mentordesk.db.database import Database


@pytest.fixture(autouse=True)
def _private_data_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Point MentorDesk at a temporary folder, so no test can touch real user data."""
    folder = tmp_path / "data"
    monkeypatch.setenv(DATA_DIR_ENV, str(folder))
    return folder


@pytest.fixture(autouse=True)
def _private_config_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Start at login writes to the config folder (mentordesk/autostart.py): a temporary
    one, so no test adds MentorDesk to the login of the machine running it."""
    folder = tmp_path / "config"
    monkeypatch.setenv("XDG_CONFIG_HOME", str(folder))
    return folder


@pytest.fixture
def paths(_private_data_dir: Path) -> Paths:
    return resolve_paths(_private_data_dir)


@pytest.fixture
def database(paths: Paths) -> Iterator[Database]:
    """A fresh, migrated database in a temporary folder."""
    db = Database(paths)
    yield db
    db.close()
