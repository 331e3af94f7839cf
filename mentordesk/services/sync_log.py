"""What sync decided by itself, and a way to undo each decision.

Every value that lost a concurrent edit is kept in ``sync_conflict`` (``sync_apply``);
a row an unseen edit brought back after a delete is logged there too. ``restore`` puts
a lost value back as an ordinary edit: it goes through the outbox to the other laptops.

A decision is data (kind, table, field, the two values, the two laptops, when), never
stored words: the window words it in the person's language (``ui/sync/decision_words``),
the command line in English (``english``).
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select, update
from sqlalchemy.orm import Session

from mentordesk.db import sync_store as store
from mentordesk.services.sync_folder import device_token
from mentordesk.services.sync_rows import row_where, stored_row

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


# The columns that name a record, in the order tried: the record a decision is about.
TITLES = ("name", "title", "idea", "text", "purpose", "description", "note")


@dataclass(frozen=True)
class Decision:
    """One decision. ``kept_on`` / ``lost_on`` are laptop names ("" when unknown);
    ``record`` is the record's name or title when it has one; ``restored`` is true while
    the restored value is still the stored one (an undone restore is not restored)."""

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
    record: str = ""
    here: str = ""  # which of kept_on / lost_on is this laptop: "kept", "lost" or ""

    @property
    def text(self) -> str:
        """The decision in English words (the command line's)."""
        return english(self)


def _laptops(session: Session) -> tuple[str, dict[str, str]]:
    """This laptop's device token, and laptop names by the start of their device id."""
    state = store.read_state(session.connection())
    own = device_token(str(state["device_id"]))
    names = {own: str(state["device_name"])}
    for device, name in session.execute(
        select(store.applied.c.device, store.applied.c.device_name)
    ):
        names[str(device)] = str(name or "")
    return own, names


def english(decision: Decision) -> str:
    """The decision in English, as ``mentordesk sync --log`` prints it."""
    what = KINDS.get(decision.table, decision.table.replace("_", " "))
    kept_on = decision.kept_on or ("this laptop" if decision.here == "kept" else "another laptop")
    lost_on = decision.lost_on or ("this laptop" if decision.here == "lost" else "another laptop")
    record = f" “{decision.record}”" if decision.record else ""
    if decision.kind == "revived":
        return (
            f"A {what}{record} deleted on one laptop had been edited on “{kept_on}” without "
            "knowing of the delete: it was kept, with the edit."
        )
    field_name = decision.field.replace("_", " ")
    if decision.kind == "note_deleted":
        return (
            f"A {what}{record} was deleted on one laptop while its field “{field_name}” was "
            f"edited on another; the edited text is kept here: “{decision.lost}”."
        )
    kept, lost = (
        "(empty)" if value is None or value == "" else value
        for value in (decision.kept, decision.lost)
    )
    return (
        f"On “{lost_on}” the {what}{record}'s {field_name} was changed to “{lost}”; on "
        f"“{kept_on}” to “{kept}”. The newer, “{kept}”, was kept. Restore “{lost}” if it "
        "was the right one."
    )


def _title(row: dict[str, Any] | None) -> str:
    for name in TITLES:
        value = (row or {}).get(name)
        if isinstance(value, str) and value.strip():
            line = value.strip().splitlines()[0]
            return line if len(line) <= 60 else line[:59] + "…"
    return ""


def decisions(session: Session, limit: int = 200) -> list[Decision]:
    """The newest decisions first."""
    own, names = _laptops(session)
    connection = session.connection()
    c = store.conflict
    found = []
    for row in session.execute(select(c).order_by(c.c.id.desc()).limit(limit)).mappings():
        kept = None if row["kept"] is None else json.loads(row["kept"])
        lost = None if row["lost"] is None else json.loads(row["lost"])
        kept_device = str(row["kept_device"])[:16]
        lost_device = str(row["lost_device"])[:16]
        table, key, name = str(row["tbl"]), str(row["row_key"]), str(row["field"])
        current = stored_row(connection, table, key) if table in store.raw_tables() else None
        restored = bool(row["restored"])
        if restored and current is not None and name in current:
            # Undo puts the kept value back without touching this log: the mark holds
            # only while the restored value is the one stored.
            restored = current[name] == lost
        found.append(
            Decision(
                id=int(row["id"]),
                at=str(row["at"]),
                kind=str(row["kind"]),
                table=table,
                key=key,
                field=name,
                kept=kept,
                lost=lost,
                kept_on=names.get(kept_device, ""),
                lost_on=names.get(lost_device, ""),
                restored=restored,
                record=_title(current),
                here="kept" if kept_device == own else "lost" if lost_device == own else "",
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
