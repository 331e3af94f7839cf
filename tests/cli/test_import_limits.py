"""Hostile imports (issue 15, R4/R5/R8): the limits of the forms, refused before any backup.

Each file is refused with exit 5 and the place of the bad value, never a traceback;
the data folder is unchanged byte for byte and no backup is made for it.
"""

from __future__ import annotations

import copy
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from tests.cli.test_commands import mentordesk
from tests.cli.test_exchange_commands import folder_fingerprint, with_sample, write

pytestmark = pytest.mark.slow
__all__ = ["with_sample"]  # the fixture, used by name below


def _meeting(document: dict[str, Any]) -> dict[str, Any]:
    held = [m for m in document["records"]["meeting"] if m["status"] == "held"]
    return held[0]  # type: ignore[no-any-return]


def _set(where: Callable[[dict[str, Any]], dict[str, Any]], **values: Any) -> Any:
    def change(document: dict[str, Any]) -> None:
        where(document).update(values)

    return change


def _mentor(document: dict[str, Any]) -> dict[str, Any]:
    return document["records"]["mentor"][0]  # type: ignore[no-any-return]


def _index(document: dict[str, Any], kind: str, row: dict[str, Any]) -> int:
    return next(i for i, r in enumerate(document["records"][kind]) if r is row)


# name: (change, the message's place, what it says)
CASES: dict[str, tuple[Callable[[dict[str, Any]], None], str, str]] = {
    "minutes 10^30": (_set(_meeting, planned_minutes=10**30), "planned_minutes", "at most 1,440"),
    "minutes -5": (_set(_meeting, planned_minutes=-5), "planned_minutes", "at least 1"),
    "rating 7": (_set(_meeting, rating=7), "rating", "at most 5"),
    "10 MB name": (_set(_mentor, name="N" * 10_000_000), "name", "at most 200 characters"),
    "201 characters": (_set(_mentor, name="N" * 201), "name", "at most 200 characters"),
    "year 1": (
        _set(_meeting, scheduled_start="0001-01-01T00:00:00.000000+00:00"),
        "scheduled_start",
        "a year from 1900 to 2200",
    ),
    "year 9999": (
        _set(_meeting, scheduled_start="9999-12-31T23:59:59.999999+00:00"),
        "scheduled_start",
        "a year from 1900 to 2200",
    ),
    "day in year 9999": (
        _set(_mentor, created_at="9999-12-31T23:59:59+00:00"),
        "created_at",
        "a year from 1900 to 2200",
    ),
}


@pytest.mark.parametrize("case", sorted(CASES))
def test_a_value_the_forms_would_refuse_is_refused_with_its_place(
    with_sample: tuple[Path, dict[str, Any]], tmp_path: Path, case: str
) -> None:
    data, document = with_sample
    change, field, says = CASES[case]
    bad = copy.deepcopy(document)
    change(bad)
    source = write(tmp_path, "bad.json", bad)
    before = folder_fingerprint(data)
    result = mentordesk("import", str(source), data=data)
    assert result.returncode == 5, result.stderr[-2000:]
    assert "Traceback" not in result.stderr
    lines = [line for line in result.stderr.splitlines() if f".{field}:" in line]
    assert lines and says in lines[0], result.stderr[-2000:]
    assert lines[0].strip().startswith("records.")
    assert folder_fingerprint(data) == before  # no backup either: backups/ is in the folder


@pytest.mark.parametrize("case", ["100,000 brackets", "5,000 digits"])
def test_a_file_built_to_break_the_reader_is_refused_in_words(
    with_sample: tuple[Path, dict[str, Any]], tmp_path: Path, case: str
) -> None:
    data, _ = with_sample
    source = tmp_path / "hostile.json"
    if case == "100,000 brackets":
        source.write_text("[" * 100_000 + "]" * 100_000, encoding="utf-8")
        says = "nested more than"
    else:
        head = '{"format": "mentordesk-export", "schema_version": 1, "records": {"meeting": [{'
        source.write_text(head + '"rating": ' + "9" * 5000 + "}]}}", encoding="utf-8")
        says = "a number too large"
    before = folder_fingerprint(data)
    result = mentordesk("import", str(source), data=data)
    assert result.returncode == 5, result.stderr[-2000:]
    assert "Traceback" not in result.stderr
    assert says in result.stderr
    assert folder_fingerprint(data) == before


def _second_version(document: dict[str, Any]) -> None:
    versions = document["records"]["agreement_version"]
    versions.append(dict(versions[0], id="0f0f0f0f-0000-4000-8000-000000000001"))


def _second_agreement(document: dict[str, Any]) -> None:
    agreements = document["records"]["agreement"]
    agreements.append(dict(agreements[0], id="0f0f0f0f-0000-4000-8000-000000000002"))


@pytest.mark.parametrize(
    "change, where",
    [
        (_second_version, "records.agreement_version[3]"),
        (_second_agreement, "records.agreement[2]"),
    ],
    ids=["version number twice", "two agreements for a mentor"],
)
def test_a_file_the_database_would_refuse_is_refused_before_any_backup(
    with_sample: tuple[Path, dict[str, Any]],
    tmp_path: Path,
    change: Callable[[dict[str, Any]], None],
    where: str,
) -> None:
    """Unique rules of the database (one agreement per mentor, each version number once):
    before, the backup was made and then the insert failed."""
    _, document = with_sample
    bad = copy.deepcopy(document)
    change(bad)
    source = write(tmp_path, "bad.json", bad)
    data = tmp_path / "empty"
    result = mentordesk("import", str(source), data=data)
    assert result.returncode == 5, result.stderr[-2000:]
    assert "Traceback" not in result.stderr
    assert f"{where}: the same " in result.stderr, result.stderr[-2000:]
    assert list(data.glob("backups/*.sqlite3")) == []  # no backup for a refused file


def test_a_long_line_no_form_limits_is_still_imported(
    with_sample: tuple[Path, dict[str, Any]], tmp_path: Path
) -> None:
    """The limits are the forms': a role or a place the app stored at any length (the
    forms do not limit them) moves to a new computer as it is."""
    from mentordesk.services.importing import read_document

    _, document = with_sample
    long = copy.deepcopy(document)
    _mentor(long).update(role="R" * 500, organisation="O" * 3000)
    _meeting(long).update(location="https://example.com/" + "x" * 2500)
    source = write(tmp_path, "long.json", long)
    assert read_document(source)["records"]["mentor"][0]["role"] == "R" * 500
