"""File ▸ Export… and File ▸ Import… in the app (the work runs in the background job)."""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtWidgets import QDialog, QMessageBox, QPushButton
from pytestqt.qtbot import QtBot

from mentordesk.config import Paths
from mentordesk.db.backup import list_backups
from mentordesk.db.types import utc_now
from mentordesk.services.mentors import MentorData, create_mentor, list_mentors
from mentordesk.ui.settings import open_settings
from mentordesk.ui.shell.data_session import DataSession
from tests.ui.conftest import DialogAnswerer


@pytest.fixture
def session(qtbot: QtBot, paths: Paths) -> Iterator[DataSession]:
    paths.ensure()
    data = DataSession(paths, open_settings(paths))
    assert data.start()
    yield data
    if data.window is not None:
        data.window.undo_stack.clear()
        data.window.close()
    data.close()


def click(dialog: QDialog, name: str) -> None:
    button = dialog.findChild(QPushButton, name)
    assert button is not None, f"no {name} in {dialog.objectName()}"
    button.click()


def names(session: DataSession) -> list[str]:
    assert session.window is not None and session.window.context is not None
    return sorted(
        m.data.name
        for m in session.window.context.read(list_mentors, today=date.today(), now=utc_now())
    )


def test_export_then_import_elsewhere_through_the_menus(
    qtbot: QtBot, session: DataSession, tmp_path: Path, dialogs: DialogAnswerer
) -> None:
    assert session.window is not None and session.database is not None
    menu_names = [a.objectName() for a in session.window.file_menu.actions()]
    assert {"exportAction", "importAction", "backupsAction"} <= set(menu_names)
    with session.database.session() as db:
        create_mentor(db, MentorData(name="Ada Lovelace ✓"), now=utc_now())
    target = tmp_path / "export.json"
    with qtbot.waitSignal(session.job.exported, timeout=30000):
        session.exchange.export("json", target)
    exported = json.loads(target.read_text(encoding="utf-8"))
    assert [m["name"] for m in exported["records"]["mentor"]] == ["Ada Lovelace ✓"]

    # The same file into another data folder, as on a new computer.
    other = DataSession(
        Paths(tmp_path / "other", tmp_path / "other" / "logs"),
        open_settings(Paths(tmp_path / "other", tmp_path / "logs")),
    )
    try:
        assert other.start()
        dialogs.answer(lambda box: click(box, "confirmImportButton"))
        with qtbot.waitSignal(other.opened, timeout=30000):
            other.exchange.check_import(target)
        assert dialogs.names == ["confirmImportBox"]
        assert "1 mentor," in dialogs.texts[0]  # "1 mentors" before issue 18
        assert names(other) == ["Ada Lovelace ✓"]
        assert [b.reason for b in list_backups(other.paths.backups_dir)] == ["before-import"]
    finally:
        if other.window is not None:
            other.window.close()
        other.close()


def test_a_bad_file_is_explained_and_changes_nothing(
    qtbot: QtBot, session: DataSession, tmp_path: Path, dialogs: DialogAnswerer
) -> None:
    bad = tmp_path / "bad.json"
    bad.write_text(
        '{"format": "mentordesk-export", "schema_version": 1, "records": {"mentor": '
        '[{"id": "x"}]}}',
        encoding="utf-8",
    )
    database = session.paths.database
    before = hashlib.sha256(database.read_bytes()).hexdigest()
    seen: list[str] = []

    def read(box: QDialog) -> None:
        assert isinstance(box, QMessageBox)
        seen.append(box.text() + "\n" + box.informativeText())
        box.accept()

    dialogs.answer(read)
    with qtbot.waitSignal(session.job.rejected, timeout=30000):
        session.exchange.check_import(bad)
    qtbot.waitUntil(lambda: dialogs.pending == 0, timeout=10000)
    assert dialogs.names == ["importProblemsBox"]
    assert "Nothing was changed" in seen[0]
    assert "records.mentor[0]: 'name' is a required property" in seen[0]
    assert hashlib.sha256(database.read_bytes()).hexdigest() == before
    assert names(session) == []
