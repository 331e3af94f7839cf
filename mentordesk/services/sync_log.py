"""What sync decided by itself, in plain words, and a way to undo each decision.

Every value that lost a concurrent edit is kept in ``sync_conflict`` (``sync_apply``);
a row an unseen edit brought back after a delete is logged there too. ``restore`` puts
a lost value back as an ordinary edit: it goes through the outbox to the other laptops.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select, update
from sqlalchemy.orm import Session

from mentordesk.db import sync_store as store
from mentordesk.services.sync_apply import row_where, stored_row
from mentordesk.services.sync_folder import device_token

KINDS = {
    "mentor": "mentor",
    "meeting": "meeting",
    "action_item": "action item",
    "agenda_item": "agenda point",
    "goal": "goal",
    "give_back": "give-back idea",
    "agreement": "agreement",
    "agreement_version": "agreement",
    "topic": "topic",
    "touch": "touch",
}


@dataclass(frozen=True)
class Decision:
    id: int
    at: str
    kind: str
    table: str
    key: str
    field: str
    kept: Any
    lost: Any
    kept_on: str
    lost_on: str
    restored: bool
    text: str


def _laptops(session: Session) -> dict[str, str]:
    """Laptop names by the start of their device id (this one's and each sender's)."""
    state = store.read_state(session.connection())
    names = {device_token(str(state["device_id"])): str(state["device_name"]) or "this laptop"}
    for device, name in session.execute(
        select(store.applied.c.device, store.applied.c.device_name)
    ):
        names[str(device)] = str(name) or "another laptop"
    return names


def _words(
    kind: str, table: str, name: str, kept: Any, lost: Any, kept_on: str, lost_on: str
) -> str:
    what = KINDS.get(table, table.replace("_", " "))
    if kind == "revived":
        return (
            f"A {what} deleted on one laptop had been edited on “{kept_on}” without knowing "
            "of the delete: it was kept, with the edit."
        )
    field_name = name.replace("_", " ")
    return (
        f"On “{lost_on}” the {what}'s {field_name} was changed to “{lost}”; on “{kept_on}” to "
        f"“{kept}”. The newer, “{kept}”, was kept. Restore “{lost}” if it was the right one."
    )


def decisions(session: Session, limit: int = 200) -> list[Decision]:
    """The newest decisions first."""
    names = _laptops(session)
    c = store.conflict
    found = []
    for row in session.execute(select(c).order_by(c.c.id.desc()).limit(limit)).mappings():
        kept = None if row["kept"] is None else json.loads(row["kept"])
        lost = None if row["lost"] is None else json.loads(row["lost"])
        kept_on = names.get(str(row["kept_device"])[:16], "another laptop")
        lost_on = names.get(str(row["lost_device"])[:16], "another laptop")
        found.append(
            Decision(
                id=int(row["id"]),
                at=str(row["at"]),
                kind=str(row["kind"]),
                table=str(row["tbl"]),
                key=str(row["row_key"]),
                field=str(row["field"]),
                kept=kept,
                lost=lost,
                kept_on=kept_on,
                lost_on=lost_on,
                restored=bool(row["restored"]),
                text=_words(
                    str(row["kind"]),
                    str(row["tbl"]),
                    str(row["field"]),
                    kept,
                    lost,
                    kept_on,
                    lost_on,
                ),
            )
        )
    return found


class RestoreError(Exception):
    """The value cannot be put back; the message says why."""


def restore(session: Session, decision_id: int) -> str:
    """Put a kept value back, as an edit made here now (the other laptops follow)."""
    c = store.conflict
    row = session.execute(select(c).where(c.c.id == decision_id)).mappings().first()
    if row is None or row["kind"] != "field" or row["lost"] is None:
        raise RestoreError(f"There is no kept value numbered {decision_id}.")
    connection = session.connection()
    table, key, name = str(row["tbl"]), str(row["row_key"]), str(row["field"])
    if table not in store.raw_tables() or stored_row(connection, table, key) is None:
        raise RestoreError("The record it belonged to is no longer there.")
    value = json.loads(row["lost"])
    raw = store.raw_tables()[table]
    connection.execute(update(raw).where(row_where(table, key)).values({name: value}))
    connection.execute(update(c).where(c.c.id == decision_id).values(restored=1))
    return f"Restored “{value}”."
