"""scripts/heavy_user.py at a tiny scale: it writes what it says, the same for a seed."""

from __future__ import annotations

import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from mentordesk.config import DATABASE_NAME

SCRIPT = Path(__file__).resolve().parents[2] / "scripts" / "heavy_user.py"

# Each printed count, and the query that finds it in the file.
COUNT_QUERIES = {
    "mentors": "SELECT count(*) FROM mentor",
    "status_changes": "SELECT count(*) FROM mentor_status_change",
    "meetings": "SELECT count(*) FROM meeting",
    "meetings_held": "SELECT count(*) FROM meeting WHERE status = 'held'",
    "meetings_cancelled": "SELECT count(*) FROM meeting WHERE status = 'cancelled'",
    "meetings_planned": "SELECT count(*) FROM meeting WHERE status = 'planned'",
    "agenda_items": "SELECT count(*) FROM agenda_item",
    "agenda_ticked": "SELECT count(*) FROM agenda_item WHERE done",
    "action_items": "SELECT count(*) FROM action_item",
    "actions_open": "SELECT count(*) FROM action_item WHERE status = 'open'",
    "actions_done": "SELECT count(*) FROM action_item WHERE status = 'done'",
    "actions_dropped": "SELECT count(*) FROM action_item WHERE status = 'dropped'",
    "actions_report_back": "SELECT count(*) FROM action_item WHERE report_back",
    "notes_bytes": "SELECT coalesce(sum(length(CAST(notes AS BLOB))), 0) FROM meeting",
    "takeaways": "SELECT count(*) FROM meeting WHERE takeaways != ''",
    "ratings": "SELECT count(*) FROM meeting WHERE rating IS NOT NULL",
    "agreements": "SELECT count(*) FROM agreement",
    "agreement_versions": "SELECT count(*) FROM agreement_version",
    "mentor_intervals": "SELECT count(*) FROM mentor WHERE cadence_every IS NOT NULL",
    "goals": "SELECT count(*) FROM goal",
    "goal_mentors": "SELECT count(*) FROM goal_mentor",
    "goal_actions": "SELECT count(*) FROM goal_action_item",
    "goal_progress": "SELECT count(*) FROM goal_progress",
    "give_backs": "SELECT count(*) FROM give_back",
    "give_backs_done": "SELECT count(*) FROM give_back WHERE status = 'done'",
}


def generate(folder: Path, *extra: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, str(SCRIPT), "--data-dir", str(folder), "--scale", "0.01", *extra],
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )


def printed(output: str) -> dict[str, str]:
    return dict(line.split(": ", 1) for line in output.splitlines() if ": " in line)


def query(folder: Path, sql: str) -> list[tuple[object, ...]]:
    connection = sqlite3.connect(f"file:{folder / DATABASE_NAME}?mode=ro", uri=True)
    try:
        return connection.execute(sql).fetchall()
    finally:
        connection.close()


@pytest.mark.slow
def test_the_file_holds_what_was_printed_and_a_seed_gives_the_same_texts(tmp_path: Path) -> None:
    first, second, other = tmp_path / "first", tmp_path / "second", tmp_path / "other"
    runs = [generate(first), generate(second), generate(other, "--seed", "7")]
    for run in runs:
        assert run.returncode == 0, run.stderr
    said = printed(runs[0].stdout)

    for name, sql in COUNT_QUERIES.items():
        assert int(said[name]) == query(first, sql)[0][0], name
    assert int(said["meetings"]) == 60  # 6,000 at scale 1
    assert int(said["action_items"]) == 150  # 15,000 at scale 1
    assert int(said["agreement_versions"]) == 3 * int(said["mentors"])
    assert int(said["file_bytes"]) == (first / DATABASE_NAME).stat().st_size

    names = "SELECT name FROM mentor ORDER BY name"
    lengths = "SELECT length(notes) FROM meeting ORDER BY length(notes)"
    agenda = "SELECT text FROM agenda_item ORDER BY text"
    for sql in (names, lengths, agenda):
        assert query(first, sql) == query(second, sql), sql
    assert query(first, names) != query(other, names)


@pytest.mark.slow
def test_a_folder_with_a_database_is_refused_unless_forced(tmp_path: Path) -> None:
    folder = tmp_path / "data"
    assert generate(folder, "--seed", "1").returncode == 0
    names = "SELECT name FROM mentor ORDER BY name"
    before = query(folder, names)

    refused = generate(folder, "--seed", "2")
    assert refused.returncode != 0
    assert "--force" in refused.stderr
    assert query(folder, names) == before

    assert generate(folder, "--seed", "2", "--force").returncode == 0
    after = query(folder, names)
    assert after != before
    assert len(after) == len(before)
