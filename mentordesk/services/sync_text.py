"""Note bodies as Yjs documents (pycrdt), so two laptops' edits of one note both survive.

The note fields (``NOTE_FIELDS``) still hold their plain text: search, exports and every
screen read it as before. Beside each one, ``sync_text`` keeps every raw Yjs update
this laptop made or received (migration 0011), and the document is those updates
replayed. Nothing in the services changes: the outbox triggers record a note's new
value as for any field, and ``fold`` (run before a batch is made and before one is
applied) turns each unsent outbox row's new note text into a Yjs edit: the smallest
change from the document's text (common prefix and suffix), its positions converted to
pycrdt's, kept in ``sync_text`` and in the outbox row (``texts``), which the batch
carries beside the value.

Applying (``merge``): the arriving updates are kept, and each is applied to the
document only once what it was made on (``needs``: the state vector of the document that
made it) is here; one that depends on an update not here yet (a third laptop's) waits
outside the document, kept, so the text written to the field never holds half an edit
and a waiting update never writes over the stored text. It joins when the rest arrives.

Seeding: a note whose document does not exist yet (written before this version, or
before sync was on) is seeded by one insert of its whole text under a client id taken
from a hash of the table, the row, the field and the text, so two laptops that seed the
same text make the identical update and the merge holds the text once.

Compaction (``compact``) replaces a field's updates by one state update only after a
fresh document decoded from it reads the same text and state, in the caller's
transaction, and never while the document is incomplete.
"""

from __future__ import annotations

import base64
import hashlib
import json
from collections.abc import Iterable, Sequence
from functools import cache
from typing import TYPE_CHECKING, Any

from sqlalchemy import ColumnElement, Connection, and_, delete, func, insert, select, update

from mentordesk.db import sync_store as store
from mentordesk.services.agreements import LONG_TEXTS

if TYPE_CHECKING:
    from pycrdt import Doc, Text

# The note bodies: meeting notes and takeaways, the agreement's text, goal notes, a
# mentor's notes. Every other field keeps "newer wins, the loser kept".
NOTE_FIELDS: dict[str, frozenset[str]] = {
    "meeting": frozenset({"notes", "takeaways"}),
    "agreement_version": frozenset(LONG_TEXTS),
    "goal": frozenset({"why", "success_criteria"}),
    "mentor": frozenset({"notes"}),
}
ROOT = "text"  # the name of the one Text in each document
COMPACT_AFTER = 64  # updates kept for one field before a verified compaction is tried
_SEEDS = 1 << 52  # seed client ids are [2**52, 2**53); this laptop's are below

Entry = tuple[bytes, bytes]  # (update, the state vector it was made on: what it needs)
EMPTY_STATE = b"\x00"


def client_id(*parts: object) -> int:
    """This laptop's Yjs client id for one document in one fold: a hash of the device,
    the field, the first outbox row, its new text and every update the document holds.
    The same database makes the same bytes again (a round killed before its commit
    writes the same batch), and a database back from a backup, holding other updates,
    never reuses an id with other content."""
    digest = hashlib.sha256(repr(parts).encode("utf-8")).digest()
    return 1 + int.from_bytes(digest[:8], "big") % (_SEEDS - 1)


def is_note(table: str, name: str) -> bool:
    return name in NOTE_FIELDS.get(table, ())


def unseen_in_deleted(
    change: Any, before: dict[str, Any], after: dict[str, Any]
) -> list[tuple[str, str]]:
    """The note texts of a record ``change`` leaves deleted that hold words the deleting
    laptop never saw: (field, text). Merged notes carry no version of their own that
    could keep the record alive, so these are kept in the decisions log instead of
    vanishing with it. ``change`` (sync_apply.Change) is the delete, bringing the text
    the deleter had (another one here was not seen), or a note edit arriving in a record
    deleted here (its words are new to it); ``before`` and ``after`` are the record's
    values before and after the change."""
    deleting = change.op != "put"
    found = []
    for name in sorted(NOTE_FIELDS.get(change.table, ())):
        text = after.get(name)
        if not isinstance(text, str) or not text.strip():
            continue
        if (deleting and name in change.data and text != change.data[name]) or (
            not deleting and name in change.texts and text != before.get(name)
        ):
            found.append((name, text))
    return found


def _new(client_id: int | None = None) -> tuple[Doc[Text], Text]:
    # Imported here: pycrdt (with anyio) takes a noticeable moment to import, and only a
    # sync round that carries a note needs it.
    from pycrdt import Doc, Text

    doc: Doc[Text] = Doc(client_id=client_id)
    return doc, doc.get(ROOT, type=Text)


# -- positions ---------------------------------------------------------------------------
@cache
def unit() -> str:
    """What pycrdt's Text positions count in the installed version: "utf-8" (bytes, as in
    0.14), "utf-16" (code units, as Yjs), or "chars" (code points)."""
    _, probe = _new()
    probe += "é👍"
    return {6: "utf-8", 3: "utf-16"}.get(len(probe), "chars")


def offset(text: str, index: int) -> int:
    """The pycrdt position of the Python string index ``index`` in ``text``."""
    kind = unit()
    if kind == "utf-8":
        return len(text[:index].encode("utf-8"))
    if kind == "utf-16":
        return len(text[:index].encode("utf-16-le")) // 2
    return index


def edit_of(old: str, new: str) -> tuple[int, int, str]:
    """The smallest single edit from ``old`` to ``new`` (Python indices): where it
    starts, how many characters it removes, and what it inserts."""
    limit = min(len(old), len(new))
    start = 0
    while start < limit and old[start] == new[start]:
        start += 1
    end = 0
    while end < limit - start and old[len(old) - 1 - end] == new[len(new) - 1 - end]:
        end += 1
    return start, len(old) - start - end, new[start : len(new) - end]


def _apply_edit(text: Text, old: str, new: str) -> None:
    """Change ``text`` (reading ``old``) so it reads ``new``, converting positions."""
    start, removed, inserted = edit_of(old, new)
    at = offset(old, start)
    if removed:
        del text[at : offset(old, start + removed)]
    if inserted:
        text.insert(at, inserted)


# -- state vectors -----------------------------------------------------------------------
def _varuint(data: bytes, at: int) -> tuple[int, int]:
    value = shift = 0
    while True:
        byte = data[at]
        at += 1
        value |= (byte & 0x7F) << shift
        shift += 7
        if byte < 0x80:
            return value, at


def state_of(vector: bytes) -> dict[int, int]:
    """A Yjs state vector (v1 encoding) as {client id: clock}."""
    count, at = _varuint(vector, 0)
    found: dict[int, int] = {}
    for _ in range(count):
        client, at = _varuint(vector, at)
        clock, at = _varuint(vector, at)
        found[client] = clock
    return found


def covers(state: dict[int, int], needs: bytes) -> bool:
    return all(state.get(client, 0) >= clock for client, clock in state_of(needs).items())


# -- documents ---------------------------------------------------------------------------
def seed(table: str, key: str, name: str, value: str) -> Entry:
    """The update that writes ``value`` into an empty document, the same bytes on every
    laptop (its client id is a hash of where it is and what it says)."""
    digest = hashlib.sha256("\0".join((table, key, name, value)).encode("utf-8")).digest()
    doc, text = _new(_SEEDS + int.from_bytes(digest[:8], "big") % _SEEDS)
    text += value
    return doc.get_update(), EMPTY_STATE


class Document:
    """One note field's document, replayed from its kept updates. An update whose
    dependencies (``needs``: the state the document that made it had) are not all here
    waits outside the document, so the text never holds half of another laptop's edit."""

    def __init__(self, entries: Iterable[Entry], client_id: int | None = None) -> None:
        self.doc, self.text = _new(client_id)
        self.waiting: list[Entry] = []
        self.add(entries)

    def add(self, entries: Iterable[Entry]) -> bool:
        """Apply what can be applied; True when the text may have changed."""
        self.waiting.extend(entries)
        applied = False
        progress = True
        while progress and self.waiting:
            progress = False
            state = state_of(self.doc.get_state())
            for entry in list(self.waiting):
                if covers(state, entry[1]):
                    self.doc.apply_update(entry[0])
                    self.waiting.remove(entry)
                    state = state_of(self.doc.get_state())
                    applied = progress = True
        return applied

    @property
    def complete(self) -> bool:
        """No update waits for another that is not here yet."""
        return not self.waiting

    def value(self) -> str:
        return str(self.text)

    def edit(self, new: str) -> Entry | None:
        """Make the text read ``new``; the update that does it (None: already reads so)."""
        old = self.value()
        if old == new:
            return None
        before = self.doc.get_state()
        with self.doc.transaction():
            _apply_edit(self.text, old, new)
        return self.doc.get_update(before), before


def _where(table: str, key: str, name: str) -> ColumnElement[bool]:
    t = store.text
    return and_(t.c.tbl == table, t.c.row_key == key, t.c.field == name)


def kept(connection: Connection, table: str, key: str, name: str) -> list[Entry]:
    t = store.text
    rows = connection.execute(
        select(t.c.data, t.c.needs).where(_where(table, key, name)).order_by(t.c.id)
    )
    return [(bytes(data), bytes(needs)) for data, needs in rows]


def keep(connection: Connection, table: str, key: str, name: str, entries: Sequence[Entry]) -> None:
    if entries:
        connection.execute(
            insert(store.text),
            [
                {"tbl": table, "row_key": key, "field": name, "kind": "update"}
                | {"data": data, "needs": needs}
                for data, needs in entries
            ],
        )


def load(
    connection: Connection, table: str, key: str, name: str, client_id: int | None = None
) -> Document | None:
    """The field's document, or None when it has none yet."""
    entries = kept(connection, table, key, name)
    return Document(entries, client_id) if entries else None


def has_document(connection: Connection, table: str, key: str, name: str) -> bool:
    t = store.text
    return (
        connection.execute(select(t.c.id).where(_where(table, key, name)).limit(1)).first()
        is not None
    )


def merge(
    connection: Connection, table: str, key: str, name: str, entries: Sequence[Entry]
) -> str | None:
    """Keep the arriving updates and replay the document: its text, or None when the
    arriving updates changed nothing yet (they wait for an update not here yet: the
    stored text stays as it is)."""
    document = load(connection, table, key, name)
    keep(connection, table, key, name, entries)
    if document is None:
        document = Document(entries)
        changed = bool(entries) and len(document.waiting) < len(entries)
    else:
        changed = document.add(entries)
    if not changed:
        return None
    compact(connection, table, key, name, document)
    return document.value()


def compact(
    connection: Connection, table: str, key: str, name: str, document: Document | None = None
) -> bool:
    """Replace a field's kept updates by one state update, once there are many, only
    when the document is complete and a fresh document decoded from the state reads the
    same text and state. True when it did."""
    t = store.text
    count = connection.execute(
        select(func.count()).select_from(t).where(_where(table, key, name))
    ).scalar_one()
    if count < COMPACT_AFTER:
        return False
    document = document or load(connection, table, key, name)
    if document is None or not document.complete:
        return False
    state, vector = document.doc.get_update(), document.doc.get_state()
    check = Document([(state, EMPTY_STATE)])
    if check.value() != document.value() or state_of(check.doc.get_state()) != state_of(vector):
        return False
    savepoint = connection.begin_nested()
    connection.execute(delete(t).where(_where(table, key, name)))
    connection.execute(
        insert(t).values(
            tbl=table, row_key=key, field=name, kind="state", data=state, needs=EMPTY_STATE
        )
    )
    savepoint.commit()
    return True


# -- the outbox ---------------------------------------------------------------------------
def encode_entries(entries: Sequence[Entry]) -> list[list[str]]:
    return [
        [base64.b64encode(data).decode("ascii"), base64.b64encode(needs).decode("ascii")]
        for data, needs in entries
    ]


def decode_entries(items: Sequence[Sequence[str]]) -> tuple[Entry, ...]:
    return tuple((base64.b64decode(data), base64.b64decode(needs)) for data, needs in items)


def fold(connection: Connection) -> int:
    """Turn every unsent outbox row's new note text into Yjs updates, oldest first: kept
    in ``sync_text`` and written to the row's ``texts`` (a row without note text gets
    "{}"). Returns how many updates were made."""
    o = store.outbox
    rows = connection.execute(
        select(o.c.seq, o.c.tbl, o.c.row_key, o.c.data, o.c.changed)
        .where(
            o.c.batch.is_(None),
            o.c.texts.is_(None),
            o.c.op == "put",
            o.c.tbl.in_(list(NOTE_FIELDS)),
        )
        .order_by(o.c.seq)
    ).all()
    documents: dict[tuple[str, str, str], Document] = {}
    made = 0
    device = str(store.read_state(connection)["device_id"]) if rows else ""
    for seq, table, key, data, changed in rows:
        values = json.loads(data)
        carried: dict[str, list[list[str]]] = {}
        # an insert, or sync switched on: every column
        whole = set(json.loads(changed)) >= set(store.raw_tables()[table].c.keys())
        for name in sorted(set(json.loads(changed)) & NOTE_FIELDS[table]):
            value = values.get(name)
            if not isinstance(value, str):
                continue
            where = (table, key, name)
            document = documents.get(where)
            entry: Entry | None
            if document is None:
                entries = kept(connection, table, key, name)
                if not entries and not value:
                    continue
                if not entries:
                    entries = [seed(table, key, name, value)]
                    keep(connection, table, key, name, entries)
                    carried[name] = encode_entries(entries)
                    made += 1
                held = hashlib.sha256(b"".join(e[0] for e in entries)).hexdigest()
                document = Document(entries, client_id(device, *where, seq, value, held))
                documents[where] = document
            entry = document.edit(value)
            if entry is None:
                if whole and name not in carried:  # the whole row again: the document too
                    carried[name] = encode_entries(kept(connection, table, key, name))
                continue
            keep(connection, table, key, name, [entry])
            carried[name] = carried.get(name, []) + encode_entries([entry])
            made += 1
        connection.execute(
            update(o).where(o.c.seq == seq).values(texts=json.dumps(carried, sort_keys=True))
        )
    return made
