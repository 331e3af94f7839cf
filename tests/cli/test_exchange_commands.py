"""mentordesk export and import from outside: a bad file changes nothing, byte for byte."""

from __future__ import annotations

import copy
import csv
import hashlib
import json
import os
import random
import shutil
import subprocess
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from mentordesk.config import resolve_paths
from mentordesk.db.backup import list_backups
from mentordesk.db.database import Database
from mentordesk.services import sample
from tests.cli.test_commands import mentor_names, mentordesk
from tests.db.older import records

pytestmark = pytest.mark.slow


def folder_fingerprint(data: Path) -> dict[str, str]:
    """Every file of the data folder and its sha256: "unchanged" means all of them."""
    return {
        str(p.relative_to(data)): hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(data.rglob("*"))
        if p.is_file()
    }


@pytest.fixture
def with_sample(tmp_path: Path) -> tuple[Path, dict[str, Any]]:
    """A data folder holding the sample set, and its JSON export."""
    data = tmp_path / "data"
    database = Database(resolve_paths(data))
    with database.session() as session:
        sample.load_sample_data(session, today=date.today())
    database.close()
    out = tmp_path / "export.json"
    result = mentordesk("export", "-o", str(out), data=data)
    assert result.returncode == 0, result.stderr
    return data, json.loads(out.read_text(encoding="utf-8"))


def target_with_one_mentor(tmp_path: Path) -> Path:
    data = tmp_path / "target"
    assert mentordesk("import", str(tmp_path / "export.json"), data=data).returncode == 0
    for backup in list_backups(data / "backups"):
        backup.path.unlink()
    return data


def write(tmp_path: Path, name: str, document: dict[str, Any]) -> Path:
    path = tmp_path / name
    path.write_text(json.dumps(document, ensure_ascii=False), encoding="utf-8")
    return path


def edit(change: Callable[[dict[str, Any]], None]) -> Callable[[dict[str, Any]], dict[str, Any]]:
    def make(document: dict[str, Any]) -> dict[str, Any]:
        changed = copy.deepcopy(document)
        for row in changed["records"]["mentor"]:
            row["id"] = row["id"][:-4] + "beef"  # new records, so only the fault is wrong
        change(changed)
        return changed

    return make


def _meeting(doc: dict[str, Any]) -> dict[str, Any]:
    return doc["records"]["meeting"][0]  # type: ignore[no-any-return]


REJECTED: dict[str, tuple[Callable[[dict[str, Any]], dict[str, Any]], str]] = {
    "newer format": (edit(lambda d: d.update(schema_version=2)), "newer MentorDesk"),
    "missing field": (
        edit(lambda d: d["records"]["mentor"][1].pop("name")),
        "records.mentor[1]: 'name' is a required property",
    ),
    "bad date": (
        edit(lambda d: _meeting(d).update(scheduled_start="2026-02-30T10:00:00.000000+00:00")),
        "records.meeting[0].scheduled_start: not a real date",
    ),
    "unknown enum": (
        edit(lambda d: _meeting(d).update(status="postponed")),
        "records.meeting[0].status: 'postponed' is not one of",
    ),
    "duplicate id": (
        edit(lambda d: d["records"]["agenda_item"].append(dict(d["records"]["agenda_item"][0]))),
        "the same id as record 0",
    ),
    "reference to nothing": (
        edit(lambda d: _meeting(d).update(mentor_id="no-such-mentor")),
        "records.meeting[0].mentor_id: refers to a mentor that is not there",
    ),
}


@pytest.mark.parametrize("case", sorted(REJECTED))
def test_a_bad_file_is_reported_where_it_is_and_nothing_changes(
    with_sample: tuple[Path, dict[str, Any]], tmp_path: Path, case: str
) -> None:
    data, document = with_sample
    make, message = REJECTED[case]
    bad = write(tmp_path, "bad.json", make(document))
    before = folder_fingerprint(data)
    result = mentordesk("import", str(bad), data=data)
    assert result.returncode == 5, result.stderr
    assert "nothing was changed" in result.stderr
    assert message in result.stderr
    assert folder_fingerprint(data) == before


@pytest.mark.parametrize("case", ["200 MB", "not JSON", "broken JSON"])
def test_a_file_that_is_no_export_at_all_changes_nothing(
    with_sample: tuple[Path, dict[str, Any]], tmp_path: Path, case: str
) -> None:
    data, _ = with_sample
    bad = tmp_path / "bad.json"
    if case == "200 MB":
        with open(bad, "wb") as file:
            file.truncate(200 * 1024 * 1024)  # sparse: quick to make, 200 MB to MentorDesk
        expected = "the file is 200 MB"
    elif case == "not JSON":
        bad.write_bytes(random.Random(7).randbytes(5000))
        expected = "not a MentorDesk export"
    else:
        text = (tmp_path / "export.json").read_text(encoding="utf-8")
        bad.write_text(text[: len(text) // 2], encoding="utf-8")
        expected = "not valid JSON"
    before = folder_fingerprint(data)
    result = mentordesk("import", str(bad), data=data)
    assert result.returncode == 5
    assert expected in result.stderr
    assert folder_fingerprint(data) == before


def test_the_same_file_twice_is_refused_the_second_time(
    with_sample: tuple[Path, dict[str, Any]], tmp_path: Path
) -> None:
    target = target_with_one_mentor(tmp_path)
    before = folder_fingerprint(target)
    again = mentordesk("import", str(tmp_path / "export.json"), data=target)
    assert again.returncode == 5 and "is in your data already" in again.stderr
    assert folder_fingerprint(target) == before


def test_dry_run_says_what_it_would_add_and_adds_nothing(
    with_sample: tuple[Path, dict[str, Any]], tmp_path: Path
) -> None:
    data = tmp_path / "empty"
    Database(resolve_paths(data)).close()
    before = folder_fingerprint(data)
    result = mentordesk("import", "--dry-run", str(tmp_path / "export.json"), data=data)
    assert result.returncode == 0
    assert "would add: " in result.stdout and " 5 mentors," in result.stdout
    # Counts in words, not table names (issue 18, item 2).
    assert "links between goals and mentors" in result.stdout
    assert "goal_mentor" not in result.stdout and " tag," not in result.stdout
    assert folder_fingerprint(data) == before


@pytest.mark.skipif(shutil.which("strace") is None, reason="needs strace")
@pytest.mark.skipif(
    os.name == "nt", reason="the full disk is made by strace, which traces Linux processes"
)
def test_an_import_that_fails_half_way_leaves_none_of_it(
    with_sample: tuple[Path, dict[str, Any]], tmp_path: Path
) -> None:
    """A full disk during the import's transaction: not one record of the file is there."""
    data = tmp_path / "half"
    Database(resolve_paths(data)).close()
    before = records(data / "mentordesk.sqlite3")
    source = str(tmp_path / "export.json")
    wal = data / "mentordesk.sqlite3-wal"
    # The fifth page written into the -wal, long before the transaction's last (commit) one.
    failing = [
        "strace",
        "-f",
        "-qq",
        "-o",
        "/dev/null",
        "-P",
        str(wal),
        "-e",
        "trace=pwrite64",
        "-e",
        "inject=pwrite64:error=ENOSPC:when=5+",
    ]
    result = subprocess.run(
        [*failing, *mentordesk_argv("import", source, data)],
        capture_output=True,
        text=True,
        encoding="utf-8",  # a redirected command writes UTF-8, on Windows too
        check=False,
    )
    assert result.returncode == 6, result.stderr
    assert records(data / "mentordesk.sqlite3") == before
    assert mentor_names(data / "mentordesk.sqlite3") == []


def mentordesk_argv(command: str, source: str, data: Path) -> list[str]:
    import sys

    return [sys.executable, "-m", "mentordesk", command, source, "--data-dir", str(data)]


def test_markdown_and_csv_can_be_read_without_mentordesk(
    with_sample: tuple[Path, dict[str, Any]], tmp_path: Path
) -> None:
    data, document = with_sample
    assert (
        mentordesk(
            "export", "--format", "markdown", "-o", str(tmp_path / "md"), data=data
        ).returncode
        == 0
    )
    assert (
        mentordesk("export", "--format", "csv", "-o", str(tmp_path / "csv"), data=data).returncode
        == 0
    )
    names = sorted(row["name"] for row in document["records"]["mentor"])
    folders = sorted(p.name for p in (tmp_path / "md").iterdir() if p.is_dir())
    assert folders == names
    for folder in folders:
        assert {"profile.md", "meetings.md", "action-items.md"} <= {
            p.name for p in (tmp_path / "md" / folder).iterdir()
        }
    assert (tmp_path / "md" / "goals.md").is_file()
    with open(tmp_path / "csv" / "mentors.csv", encoding="utf-8-sig", newline="") as file:
        assert sorted(row["Name"] for row in csv.DictReader(file)) == names
    for name in ("topics.csv", "touches.csv"):  # between meetings (issue 19)
        with open(tmp_path / "csv" / name, encoding="utf-8-sig", newline="") as file:
            assert {row["Mentor"] for row in csv.DictReader(file)} <= set(names)
    again = mentordesk("export", "-o", str(tmp_path / "csv"), data=data)
    assert again.returncode == 5 and "exists" in again.stderr
