"""File ▸ Import… of an export already imported: add what is new, keep mine (issue 18, item 9).

Before: every record already there was listed as a problem ("this record is in your
data already") and nothing could be imported.
"""

from __future__ import annotations

import json
import uuid
from pathlib import Path

from PySide6.QtWidgets import QDialog, QMessageBox
from pytestqt.qtbot import QtBot

from mentordesk.db.backup import list_backups
from mentordesk.db.types import utc_now
from mentordesk.services.mentors import MentorData, create_mentor, update_mentor
from mentordesk.ui.shell.data_session import DataSession
from tests.ui.conftest import DialogAnswerer
from tests.ui.test_exchange_ui import click, names, session

__all__ = ["session"]


def test_an_export_imported_again_adds_only_what_is_new_and_keeps_mine(
    qtbot: QtBot, session: DataSession, tmp_path: Path, dialogs: DialogAnswerer
) -> None:
    assert session.database is not None
    with session.database.session() as db:
        ada = create_mentor(db, MentorData(name="Ada Lovelace"), now=utc_now()).id
    target = tmp_path / "export.json"
    with qtbot.waitSignal(session.job.exported, timeout=30000):
        session.exchange.export("json", target)
    with session.database.session() as db:  # changed here since the export
        update_mentor(db, ada, MentorData(name="Ada, as I call her"), now=utc_now())
    document = json.loads(target.read_text(encoding="utf-8"))
    grace = dict(document["records"]["mentor"][0], id=str(uuid.uuid4()), name="Grace Hopper")
    document["records"]["mentor"].append(grace)
    target.write_text(json.dumps(document), encoding="utf-8")

    seen: list[str] = []

    def keep_mine(box: QDialog) -> None:
        assert isinstance(box, QMessageBox)
        seen.append(box.text())
        click(box, "keepMineButton")

    def confirm(box: QDialog) -> None:
        assert isinstance(box, QMessageBox)
        seen.append(box.informativeText())
        click(box, "confirmImportButton")

    dialogs.answer(keep_mine)
    dialogs.answer(confirm)
    with qtbot.waitSignal(session.opened, timeout=60000):
        session.exchange.check_import(target)
    assert dialogs.names == ["keepMineBox", "confirmImportBox"]
    assert "you have already" in seen[0]
    assert "yours are kept" in seen[1] and "mentor “Ada, as I call her”" in seen[1]
    assert names(session) == ["Ada, as I call her", "Grace Hopper"]
    assert [b.reason for b in list_backups(session.paths.backups_dir)] == ["before-import"]
