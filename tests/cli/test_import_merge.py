"""Add what is new, keep what I have (issue 18, item 9): importing an export again.

Before: every record already in the data was a problem ("records.goal[0]: this record
is in your data already") and the file could not be imported at all.
"""

from __future__ import annotations

import copy
import sqlite3
import uuid
from pathlib import Path
from typing import Any

import pytest

from mentordesk.db.backup import list_backups
from tests.cli.test_commands import mentor_names, mentordesk
from tests.cli.test_exchange_commands import (
    folder_fingerprint,
    target_with_one_mentor,
    with_sample,
    write,
)

pytestmark = pytest.mark.slow
__all__ = ["with_sample"]


def rename(database: Path, old: str, new: str) -> None:
    connection = sqlite3.connect(database)
    try:
        with connection:
            connection.execute("UPDATE mentor SET name = ? WHERE name = ?", (new, old))
    finally:
        connection.close()


def test_add_new_adds_what_is_new_and_keeps_what_i_have(
    with_sample: tuple[Path, dict[str, Any]], tmp_path: Path
) -> None:
    _, document = with_sample
    target = target_with_one_mentor(tmp_path)  # the export, imported once; no backups
    database = target / "mentordesk.sqlite3"
    first = document["records"]["mentor"][0]
    rename(database, first["name"], "Ada, as I call her")
    again = copy.deepcopy(document)
    newcomer = dict(first, id=str(uuid.uuid4()), name="Grace Hopper")
    again["records"]["mentor"].append(newcomer)
    source = write(tmp_path, "again.json", again)

    refused = mentordesk("import", str(source), data=target)
    assert refused.returncode == 5
    assert "run it again with --add-new" in refused.stderr

    before = mentor_names(database)
    merged = mentordesk("import", "--add-new", str(source), data=target)
    assert merged.returncode == 0, merged.stderr
    assert f"Imported {source.name}: 1 mentor." in merged.stdout
    assert "Kept as yours: " in merged.stdout
    assert "that the file has changed, kept as you have them:" in merged.stdout
    assert "mentor “Ada, as I call her”" in merged.stdout
    assert mentor_names(database) == sorted([*before, "Grace Hopper"])
    assert [b.reason for b in list_backups(target / "backups")] == ["before-import"]


def test_add_new_with_nothing_new_changes_nothing_and_makes_no_backup(
    with_sample: tuple[Path, dict[str, Any]], tmp_path: Path
) -> None:
    target = target_with_one_mentor(tmp_path)
    before = folder_fingerprint(target)
    result = mentordesk("import", "--add-new", str(tmp_path / "export.json"), data=target)
    assert result.returncode == 0, result.stderr
    assert "holds nothing new; nothing was changed." in result.stdout
    assert "already in your data, the same in the file." in result.stdout
    assert folder_fingerprint(target) == before
