"""The database's "only one" rules, checked on an import before anything is written.

One agreement per mentor, one closure review per mentor, each agreement version
number once: a file breaking one of them, within itself or beside a record the
database has, is refused with the place of the row, before the backup (issue 15:
no backup for a file that will be refused). A tag's name is matched by name
instead (``importing.check_against``), so it is not one of these rules.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import Column, Table, UniqueConstraint, select
from sqlalchemy.orm import Session

from mentordesk.services.exchange import Problem, tables


def _key_of(row: dict[str, Any], columns: list[Column[Any]]) -> tuple[Any, ...]:
    return tuple(row.get(c.key) for c in columns)


def unique_rules(table: Table) -> list[list[Column[Any]]]:
    """The database's rules "only one row with these values" of ``table`` (a tag's name
    is matched by name instead, so it is not one of them)."""
    found = []
    for constraint in table.constraints:
        if isinstance(constraint, UniqueConstraint) and table.name != "tag":
            found.append(list(constraint.columns))
    return found


def _same(columns: list[Column[Any]]) -> str:
    return " and ".join(c.key.removesuffix("_id") for c in columns)


def in_file(records: dict[str, Any]) -> list[Problem]:
    """Two rows of the file that the database would refuse together (one agreement per
    mentor, each version number once): found now, not after the backup."""
    problems: list[Problem] = []
    for table in tables():
        for columns in unique_rules(table):
            seen: dict[tuple[Any, ...], int] = {}
            for index, row in enumerate(records.get(table.name) or []):
                key = _key_of(row, columns)
                if None in key:
                    continue
                if key in seen:
                    problems.append(
                        Problem(
                            f"records.{table.name}[{index}]",
                            f"the same {_same(columns)} as record {seen[key]}",
                        )
                    )
                seen.setdefault(key, index)
    return problems


def in_database(session: Session, records: dict[str, Any]) -> list[Problem]:
    """Rows the database would refuse beside one it has (a second agreement for a mentor)."""
    problems: list[Problem] = []
    for table in tables():
        rows = records.get(table.name) or []
        key_columns = list(table.primary_key.columns)
        for columns in unique_rules(table) if rows else []:
            first = columns[0]
            there = {
                _key_of(dict(found), columns): _key_of(dict(found), key_columns)
                for found in session.execute(
                    select(table).where(
                        first.in_(sorted({r.get(first.key) for r in rows} - {None}, key=str))
                    )
                ).mappings()
            }
            for index, row in enumerate(rows):
                other = there.get(_key_of(row, columns))
                if other is not None and other != _key_of(row, key_columns):
                    problems.append(
                        Problem(
                            f"records.{table.name}[{index}]",
                            f"the same {_same(columns)} as a record in your data",
                        )
                    )
    return problems
