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
