"""Add what is new, keep what I have (issue 18, item 9): importing a file whose records are
partly in the database already, such as an export made elsewhere and imported again.

Records are matched by id (link records by their pair of ids). A record the database
has already is left exactly as it is there; when the file's copy differs, it is listed
("changed in the file, kept as yours"), so the person sees what was not taken. Only the
records that are new are added, checked as any import is.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import Table, select
from sqlalchemy.orm import Session

from mentordesk.services.exchange import from_json, tables, to_json
from mentordesk.services.record_words import RECORD_WORDS

LABELS = ("name", "title", "text", "idea", "scheduled_start", "day", "number")
SHOWN = 60  # characters of a changed record's label


@dataclass
class Kept:
    """The file's records that were in the database already, left as they are there."""

    same: int = 0
    changed: list[str] = field(default_factory=list)  # "mentor “Ada Lovelace”"

    @property
    def count(self) -> int:
        return self.same + len(self.changed)


def keep_mine(session: Session, records: dict[str, list[dict[str, Any]]]) -> Kept:
    """Take out of ``records`` (in place) every row the database has already."""
    kept = Kept()
    for table in tables():
        rows = records.get(table.name)
        if not rows:
            continue
        mine = _rows_there(session, table, rows)
        if not mine:
            continue
        new = []
        for row in rows:
            there = mine.get(_key(table, row))
            if there is None:
                new.append(row)
            elif _differs(table, row, there):
                kept.changed.append(_label(table, there))
            else:
                kept.same += 1
        records[table.name] = new
    return kept


def _key(table: Table, row: dict[str, Any]) -> tuple[Any, ...]:
    return tuple(row.get(column.key) for column in table.primary_key.columns)


def _rows_there(
    session: Session, table: Table, rows: list[dict[str, Any]]
) -> dict[tuple[Any, ...], dict[str, Any]]:
    """The database's rows with the keys of ``rows``, by key, as the export writes them."""
    first = next(iter(table.primary_key.columns))
    wanted = sorted({row.get(first.key) for row in rows} - {None}, key=str)
    keys = {_key(table, row) for row in rows}
    found: dict[tuple[Any, ...], dict[str, Any]] = {}
    for start in range(0, len(wanted), 500):
        chunk = wanted[start : start + 500]
        for there in session.execute(select(table).where(first.in_(chunk))).mappings():
            as_json = {c.key: to_json(c, there[c.key]) for c in table.columns}
            key = _key(table, as_json)
            if key in keys:
                found[key] = as_json
    return found


def _differs(table: Table, row: dict[str, Any], there: dict[str, Any]) -> bool:
    for column in table.columns:
        if column.key in row and to_json(column, from_json(column, row[column.key])) != there.get(
            column.key
        ):
            return True
    return False


def _label(table: Table, row: dict[str, Any]) -> str:
    kind = RECORD_WORDS.get(table.name, (table.name, table.name))[0]
    for name in LABELS:
        value = row.get(name)
        if value not in (None, ""):
            text = " ".join(str(value).split())
            text = text if len(text) <= SHOWN else text[: SHOWN - 1] + "…"
            return f"{kind} “{text}”"
    return kind
