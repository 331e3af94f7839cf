"""Rows as sync keeps them: keys, the kept values of rows not in their table
(``sync_shadow``), the conflict log, and the links between rows."""

from __future__ import annotations

import json
from typing import Any

from sqlalchemy import Connection, and_, delete, func, insert, select, tuple_

from mentordesk.db import sync_store as store

Version = tuple[int, str]
ZERO: Version = (0, "")


def key_text(values: list[Any]) -> str:
    """A row's key as the triggers write it (SQLite's ``json_array``)."""
    return json.dumps(values, ensure_ascii=False, separators=(",", ":"))


def row_where(table: str, key: str) -> Any:
    """The condition that picks the row ``key`` (as the triggers write it) of ``table``."""
    raw = store.raw_tables()[table]
    values = json.loads(key)
    return and_(*(raw.c[k] == v for k, v in zip(store.key_columns(table), values, strict=True)))


def stored_row(connection: Connection, table: str, key: str) -> dict[str, Any] | None:
    """The row as stored (raw values), or None when it is not in the table."""
    found = connection.execute(select(store.raw_tables()[table]).where(row_where(table, key)))
    row = found.mappings().first()
    return None if row is None else dict(row)


# Rows looked up at once by ``stored_columns``: SQLite takes up to 32,766 bound values
# (999 before 3.32); a few hundred keep each statement short.
KEYS_AT_ONCE = 400


def stored_columns(
    connection: Connection, table: str, keys: list[str], columns: list[str]
) -> list[tuple[Any, ...]]:
    """``columns`` of the stored rows among ``keys`` (as the triggers write them): one
    statement per ``KEYS_AT_ONCE`` keys, where ``stored_row`` is one per row. Keys whose
    row is not in the table give nothing."""
    raw = store.raw_tables()[table]
    key_columns = [raw.c[name] for name in store.key_columns(table)]
    picked = [raw.c[name] for name in columns]
    found: list[tuple[Any, ...]] = []
    for start in range(0, len(keys), KEYS_AT_ONCE):
        values = [tuple(json.loads(key)) for key in keys[start : start + KEYS_AT_ONCE]]
        if len(key_columns) == 1:
            where = key_columns[0].in_([value[0] for value in values])
        else:
            where = tuple_(*key_columns).in_(values)
        found.extend(tuple(row) for row in connection.execute(select(*picked).where(where)))
    return found


def shadow_of(connection: Connection, table: str, key: str) -> dict[str, Any] | None:
    """The kept values of a row that is not in its table (deleted, or waiting)."""
    s = store.shadow
    data = connection.execute(select(s.c.data).where(s.c.tbl == table, s.c.row_key == key)).scalar()
    return None if data is None else dict(json.loads(data))


def set_shadow(
    connection: Connection, table: str, key: str, values: dict[str, Any], state: str, reason: str
) -> None:
    s = store.shadow
    connection.execute(delete(s).where(s.c.tbl == table, s.c.row_key == key))
    connection.execute(
        insert(s).values(
            tbl=table,
            row_key=key,
            data=json.dumps(values, ensure_ascii=False),
            state=state,
            reason=reason,
        )
    )


def drop_shadow(connection: Connection, table: str, key: str) -> None:
    s = store.shadow
    connection.execute(delete(s).where(s.c.tbl == table, s.c.row_key == key))


def record(
    connection: Connection,
    now: str,
    kind: str,
    table: str,
    key: str,
    name: str,
    kept: Any,
    lost: Any,
    kept_by: str,
    lost_by: str,
) -> None:
    """Keep a decision: the value kept and the one that lost (never erased)."""
    connection.execute(
        insert(store.conflict).values(
            at=now,
            kind=kind,
            tbl=table,
            row_key=key,
            field=name,
            kept=json.dumps(kept, ensure_ascii=False),
            lost=None if lost is None else json.dumps(lost, ensure_ascii=False),
            kept_device=kept_by,
            lost_device=lost_by,
            restored=0,
        )
    )


def parents(table: str, values: dict[str, Any]) -> list[tuple[str, str]]:
    """The rows ``values`` points at: (table, key) for each foreign key that is set."""
    tables = store.raw_tables()
    found = []
    for fk in store.model_table(table).foreign_keys:
        value = values.get(fk.parent.name)
        target = fk.column.table.name
        if value is None or target not in tables:
            continue
        found.append((target, key_text([value])))
    return found


def has_children(connection: Connection, table: str, stored: dict[str, Any]) -> bool:
    """Whether any stored row points at this one."""
    tables = store.raw_tables()
    for child in tables:
        for fk in store.model_table(child).foreign_keys:
            if fk.column.table.name != table:
                continue
            raw = tables[child]
            hit = connection.execute(
                select(func.count())
                .select_from(raw)
                .where(raw.c[fk.parent.name] == stored[fk.column.name])
            ).scalar_one()
            if hit:
                return True
    return False
