"""What the window's Sync page shows: this laptop, its folder, the last batch sent and
received per laptop, and how many records wait; and switching sync off.

Qt-free, read through the UI's context like every service. Setting sync up is
``services/sync.configure`` (the same code path as ``mentordesk sync --folder``).
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import func, select, update
from sqlalchemy.orm import Session

from mentordesk.db import sync_store as store
from mentordesk.db.models import Base
from mentordesk.services.kinds import Change, Kind
from mentordesk.services.sync_rows import stored_columns


@dataclass(frozen=True)
class Laptop:
    """Another laptop this one has received from: its name, its last batch, when."""

    name: str
    last_batch: int
    applied_at: datetime | None


@dataclass(frozen=True)
class Overview:
    enabled: bool
    folder: str
    device_name: str
    last_sent: int  # this laptop's last batch number; 0 when none was sent
    sent_at: datetime | None  # the moment of the newest change in it
    pending: int  # changes made here that have not been sent yet
    waiting: int  # records from other laptops that cannot be stored yet
    laptops: tuple[Laptop, ...]


def _moment(text: str | None) -> datetime | None:
    if not text:
        return None
    try:
        moment = datetime.fromisoformat(text)
    except ValueError:
        return None
    return moment if moment.tzinfo else moment.replace(tzinfo=UTC)


def overview(session: Session) -> Overview:
    connection = session.connection()
    state = store.read_state(connection)
    o = store.outbox
    last_sent = int(state["next_seq"] or 1) - 1
    newest = None
    if last_sent > 0:
        newest = connection.execute(
            select(func.max(o.c.clock)).where(o.c.batch == last_sent)
        ).scalar()
    pending = connection.execute(
        select(func.count()).select_from(o).where(o.c.batch.is_(None))
    ).scalar()
    s = store.shadow
    waiting = connection.execute(
        select(func.count()).select_from(s).where(s.c.state == "waiting")
    ).scalar()
    a = store.applied
    laptops = tuple(
        Laptop(str(name or device), int(last), _moment(at))
        for device, name, last, at in connection.execute(
            select(a.c.device, a.c.device_name, a.c.last_seq, a.c.applied_at).order_by(
                a.c.device_name, a.c.device
            )
        )
    )
    return Overview(
        enabled=bool(state["enabled"]),
        folder=str(state["folder"] or ""),
        device_name=str(state["device_name"] or ""),
        last_sent=max(last_sent, 0),
        sent_at=datetime.fromtimestamp(int(newest) / 1_000_000, UTC) if newest else None,
        pending=int(pending or 0),
        waiting=int(waiting or 0),
        laptops=laptops,
    )


def switch_off(session: Session) -> None:
    """Sync off: changes stop going into the outbox and rounds stop. The folder and the
    name are kept, so switching on again (``sync.configure``) needs no new choice;
    switching on puts every row in the outbox again, so nothing made meanwhile is lost."""
    s = store.state
    session.connection().execute(update(s).where(s.c.id == 1).values(enabled=0))


def news(session: Session, touched: Mapping[tuple[str, str], Mapping[str, Any]]) -> Change:
    """The change news of what a round applied: the kinds it touched, and the ids of the
    rows with every record they point at (their mentor, their meeting...), before and
    after, as an undo's news names them (``records.Delta.ids``). The rows as stored now
    are read a few hundred at a time (a first sync touches tens of thousands). It is
    news from far: lists apply it off the UI thread, a slice at a time."""
    connection = session.connection()
    kinds: set[Kind] = set()
    ids: set[str] = set()
    keys: dict[str, list[str]] = {}
    for (table, key), carried in touched.items():
        try:
            kinds.add(Kind(table))
        except ValueError:
            continue  # a table no screen shows
        ids.update(str(part) for part in json.loads(key))
        for foreign_key in Base.metadata.tables[table].foreign_keys:
            value = carried.get(foreign_key.parent.key)
            if value is not None:
                ids.add(str(value))
        keys.setdefault(table, []).append(key)
    for table, listed in keys.items():
        columns = sorted({fk.parent.key for fk in Base.metadata.tables[table].foreign_keys})
        if columns:
            for row in stored_columns(connection, table, listed, columns):
                ids.update(str(value) for value in row if value is not None)
    return Change(frozenset(kinds), frozenset(ids), far=True)
