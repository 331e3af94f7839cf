"""Applying a batch: runs of whole new rows in bulk, everything else one by one.

A first sync (every row of another laptop) or a batch of new records is mostly rows
nobody here has seen: those are inserted by one statement per run of one table, and
their field versions by another. The outcome is the one ``Applier.apply`` would give
row by row, since nothing here knows those rows yet; a run the database refuses (a
parent not here yet, a name taken) goes row by row instead.
"""

from __future__ import annotations

import json

from sqlalchemy import insert, select
from sqlalchemy.exc import IntegrityError

from mentordesk.db import sync_store as store
from mentordesk.services import sync_text
from mentordesk.services.sync_apply import Applier, Change, key_text

BULK = 500  # new rows inserted by one statement


def apply_all(applier: Applier, changes: list[Change]) -> None:
    """Apply ``changes`` in order. Runs of whole new rows of one table (a first sync,
    a batch of new records) are inserted in one statement each: the same outcome
    as one by one, since nothing here knows those rows yet."""
    start = 0
    while start < len(changes):
        end = start + 1
        first = changes[start]
        while (
            end < len(changes)
            and end - start < BULK
            and changes[end].table == first.table
            and changes[end].op == "put"
        ):
            end += 1
        run = changes[start:end]
        fresh = _fresh(applier, run) if first.op == "put" else set()
        if fresh:
            _insert_fresh(applier, [c for c in run if c.key in fresh])
        for change in run:
            if change.key not in fresh:
                applier.apply(change)
        start = end


def _fresh(applier: Applier, run: list[Change]) -> set[str]:
    """Keys of ``run`` that are whole rows nobody here has seen (no versions, no
    shadow, not stored) and that appear once in it."""
    table = run[0].table
    if table not in applier.tables or len(store.key_columns(table)) != 1:
        return set()
    columns = set(applier.tables[table].c.keys())
    counts: dict[str, int] = {}
    for change in run:
        counts[change.key] = counts.get(change.key, 0) + 1
    keys = {c.key for c in run if counts[c.key] == 1 and columns <= set(c.changed) & set(c.data)}
    if not keys:
        return set()
    f, s = store.field, store.shadow
    listed = list(keys)
    known = set(
        applier.connection.scalars(
            select(f.c.row_key).where(f.c.tbl == table, f.c.row_key.in_(listed)).distinct()
        )
    )
    known |= set(
        applier.connection.scalars(
            select(s.c.row_key).where(s.c.tbl == table, s.c.row_key.in_(listed))
        )
    )
    raw = applier.tables[table]
    pk = raw.c[store.key_columns(table)[0]]
    ids = [json.loads(k)[0] for k in listed]
    known |= {key_text([i]) for i in applier.connection.scalars(select(pk).where(pk.in_(ids)))}
    return keys - known


def _insert_fresh(applier: Applier, run: list[Change]) -> None:
    table = run[0].table
    raw = applier.tables[table]
    columns = list(raw.c.keys())
    savepoint = applier.connection.begin_nested()
    try:
        applier.connection.execute(
            insert(raw), [{name: c.data[name] for name in columns} for c in run]
        )
    except IntegrityError:  # a parent not here yet, a name taken: one by one instead
        savepoint.rollback()
        for change in run:
            applier.apply(change)
        return
    savepoint.commit()
    for change in run:  # nothing here knew these notes: their updates are the documents
        for name, entries in change.texts.items():
            sync_text.keep(applier.connection, table, change.key, name, entries)
    f = store.field
    applier.connection.execute(
        insert(f),
        [
            {
                "tbl": table,
                "row_key": c.key,
                "field": name,
                "clock": c.clock,
                "device": c.device,
                "dead_clock": None,
                "dead_device": None,
            }
            for c in run
            for name in columns
        ],
    )
