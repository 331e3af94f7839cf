"""Export every record to JSON, and import such a file back: validated whole, then one transaction.

The format (docs/export-format.md, JSON Schema in ``export.schema.json``) holds
every row of every table of ``Base.metadata`` — the same tables, in the same
parent-first order, that ``services/records.py`` works from — under
``records.<table>``, one object per row with its columns. A new kind of record is
in the format as soon as it is in the models (a test keeps the schema file true).

An import is checked completely before anything is written (size, JSON, format
and version, the schema, then ids, references, dates against the file and the
database); any problem is reported with where it is and nothing changes. A
valid file goes in after a backup, in one transaction: killed half-way, none of
it is there.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, date, datetime
from importlib import resources
from typing import Any

from sqlalchemy import Boolean, Column, Date, Integer, Table, func, insert, select
from sqlalchemy.orm import Session

from mentordesk import __version__
from mentordesk.db.choices import (
    ActionStatus,
    Affiliation,
    AgreementStatus,
    AttachmentKind,
    Channel,
    GiveBackKind,
    GiveBackStatus,
    GoalStatus,
    IntervalUnit,
    MeetingFormat,
    MeetingStatus,
    MentorStatus,
    OutreachKind,
    ProgressMode,
    TopicStatus,
    TouchKind,
    TouchRule,
    WhereFound,
)
from mentordesk.db.models import Base
from mentordesk.db.types import UTCDateTime
from mentordesk.services import import_limits, private

FORMAT = "mentordesk-export"
SCHEMA_VERSION = 1
MAX_BYTES = 128 * 1024 * 1024
MAX_PROBLEMS = 50
SCHEMA_FILE = "export.schema.json"

# Columns that hold one of a fixed set of values (the models keep them as text).
ENUMS: dict[tuple[str, str], tuple[str, ...]] = {
    ("mentor", "status"): tuple(MentorStatus),
    ("mentor", "affiliation"): tuple(Affiliation),
    ("mentor", "where_found"): tuple(WhereFound),
    ("mentor", "preferred_channel"): tuple(Channel),
    ("mentor_status_change", "from_status"): tuple(MentorStatus),
    ("mentor_status_change", "to_status"): tuple(MentorStatus),
    ("meeting", "status"): tuple(MeetingStatus),
    ("meeting", "format"): tuple(MeetingFormat),
    ("action_item", "status"): tuple(ActionStatus),
    ("mentor", "cadence_unit"): tuple(IntervalUnit),
    ("agreement_version", "status"): tuple(AgreementStatus),
    ("agreement_version", "frequency_unit"): tuple(IntervalUnit),
    ("agreement_version", "format"): tuple(MeetingFormat),
    ("goal", "status"): tuple(GoalStatus),
    ("goal", "progress_mode"): tuple(ProgressMode),
    ("give_back", "kind"): tuple(GiveBackKind),
    ("give_back", "status"): tuple(GiveBackStatus),
    ("outreach_step", "kind"): tuple(OutreachKind),
    ("agreement_version", "touches_count"): tuple(TouchRule),
    ("topic", "status"): tuple(TopicStatus),
    ("touch", "kind"): tuple(TouchKind),
    ("attachment", "kind"): tuple(AttachmentKind),
}
# Columns whose text has a fixed shape: an attached file's name in the store is its hash.
PATTERNS: dict[tuple[str, str], str] = {("attachment", "sha256"): r"^[0-9a-f]{64}$"}
# Rows never exported: anything private never appears in anything copied or sent.
KEPT_HOME = private.PRIVATE_ROWS


def _needs_none_of(table: Table, row: dict[str, Any], dropped: dict[str, set[Any]]) -> bool:
    """False when the row needs a row kept home (a link to a private action item); a
    nullable reference to one is left empty instead."""
    for column in table.columns:
        for key in column.foreign_keys:
            gone = dropped.get(key.column.table.name)
            if gone and row[column.key] in gone:
                if not column.nullable:
                    return False
                row[column.key] = None
    return True


MOMENT_PATTERN = r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,6})?([+-]\d{2}:\d{2}|Z)$"
DATE_PATTERN = r"^\d{4}-\d{2}-\d{2}$"


def tables() -> list[Table]:
    """Every table whose rows are exported, parents before children."""
    return list(Base.metadata.sorted_tables)


def _key(table: Table) -> list[Column[Any]]:
    return list(table.primary_key.columns)


# -- values ----------------------------------------------------------------------------
def to_json(column: Column[Any], value: Any) -> Any:
    """A column value as JSON: moments as UTC ISO text (as stored), dates as YYYY-MM-DD."""
    if value is None:
        return None
    if isinstance(value, datetime):
        return value.astimezone(UTC).isoformat(timespec="microseconds")
    if isinstance(value, date):
        return value.isoformat()
    return value


def from_json(column: Column[Any], value: Any) -> Any:
    """A JSON value as the column takes it; ValueError when it is not one."""
    if value is None:
        return None
    if isinstance(column.type, UTCDateTime):
        moment = datetime.fromisoformat(str(value).replace("Z", "+00:00"))
        if moment.tzinfo is None:
            raise ValueError("a moment needs its time zone (+00:00)")
        return moment
    if isinstance(column.type, Date):
        return date.fromisoformat(str(value))
    return value


# -- export ----------------------------------------------------------------------------
def export_document(session: Session) -> dict[str, Any]:
    """Every record, as the export format's document."""
    records: dict[str, list[dict[str, Any]]] = {}
    flags = private.copy_flags(session)
    dropped: dict[str, set[Any]] = {}  # table -> keys of rows kept home
    for table in tables():
        result = session.execute(select(table).order_by(*_key(table)))
        columns = list(table.columns)
        kept: list[dict[str, Any]] = []
        for mapping in result.mappings():
            row = dict(mapping)
            if private.shared_record(table.name, row, flags) and _needs_none_of(
                table, row, dropped
            ):
                kept.append({column.key: to_json(column, row[column.key]) for column in columns})
            elif "id" in row:
                dropped.setdefault(table.name, set()).add(row["id"])
        records[table.name] = kept
    return {
        "format": FORMAT,
        "schema_version": SCHEMA_VERSION,
        "app_version": __version__,
        "records": records,
    }


def dumps(document: dict[str, Any]) -> str:
    """The document as text: UTF-8 as written (no \\u escapes), stable, one row a line."""
    lines = ["{"]
    head = {k: v for k, v in document.items() if k != "records"}
    for key, value in head.items():
        lines.append(f"  {json.dumps(key)}: {json.dumps(value, ensure_ascii=False)},")
    lines.append('  "records": {')
    kinds = list(document["records"].items())
    for number, (kind, rows) in enumerate(kinds):
        lines.append(f"    {json.dumps(kind)}: [")
        for index, row in enumerate(rows):
            comma = "," if index < len(rows) - 1 else ""
            lines.append("      " + json.dumps(row, ensure_ascii=False) + comma)
        lines.append("    ]" + ("," if number < len(kinds) - 1 else ""))
    lines.append("  }")
    lines.append("}")
    return "\n".join(lines) + "\n"


# -- the schema --------------------------------------------------------------------------
def _column_schema(table: Table, column: Column[Any]) -> dict[str, Any]:
    # Plain "type" lists, not anyOf: jsonschema checks 50,000 rows several times faster.
    kind: dict[str, Any]
    if isinstance(column.type, Boolean):
        kind = {"type": "boolean"}
    elif isinstance(column.type, Integer):
        least, most = import_limits.number_range(table.name, column.key)
        kind = {"type": "integer", "minimum": least, "maximum": most}
    else:  # the forms' limits (SQLite itself would keep any length)
        is_day = isinstance(column.type, Date)
        declared = 10 if is_day else getattr(column.type, "length", None)  # YYYY-MM-DD
        written_by_app = (
            column.primary_key
            or bool(column.foreign_keys)
            or (table.name, column.key) in ENUMS
            or (table.name, column.key) in import_limits.WRITTEN_BY_APP
            or isinstance(column.type, UTCDateTime)
            or is_day
        )
        limit = import_limits.text_limit(table.name, column.key, declared, typed=not written_by_app)
        kind = {"type": "string", "maxLength": limit}
    if (table.name, column.key) in ENUMS:
        kind["enum"] = [str(v) for v in ENUMS[(table.name, column.key)]]
    elif isinstance(column.type, UTCDateTime):
        kind["pattern"] = MOMENT_PATTERN
    elif isinstance(column.type, Date):
        kind["pattern"] = DATE_PATTERN
    elif (table.name, column.key) in PATTERNS:
        kind["pattern"] = PATTERNS[(table.name, column.key)]
    if column.nullable:
        kind["type"] = [kind["type"], "null"]
        if "enum" in kind:
            kind["enum"].append(None)
    return kind


def _required(column: Column[Any]) -> bool:
    """Keys, and columns that may not be empty and have no default, must be in a row."""
    return column.primary_key or (not column.nullable and column.default is None)


def json_schema() -> dict[str, Any]:
    """The JSON Schema of the export format, made from the models."""
    kinds: dict[str, Any] = {}
    for table in tables():
        columns = list(table.columns)
        kinds[table.name] = {
            "type": "array",
            "items": {
                "type": "object",
                "additionalProperties": False,
                "required": [c.key for c in columns if _required(c)],
                "properties": {c.key: _column_schema(table, c) for c in columns},
            },
        }
    return {
        "$schema": "http://json-schema.org/draft-07/schema#",
        "title": "MentorDesk export",
        "description": "Every record of a MentorDesk database (docs/export-format.md).",
        "type": "object",
        "required": ["format", "schema_version", "records"],
        "additionalProperties": False,
        "properties": {
            "format": {"const": FORMAT},
            "schema_version": {"const": SCHEMA_VERSION},
            "app_version": {"type": "string"},
            # Only in the shipped sample: the day its dates were written for.
            "dates_relative_to": {"type": "string", "format": "date"},
            "records": {"type": "object", "additionalProperties": False, "properties": kinds},
        },
    }


def shipped_schema() -> dict[str, Any]:
    """The schema file shipped beside this module (what imports are checked against)."""
    text = resources.files("mentordesk.services").joinpath(SCHEMA_FILE).read_text("utf-8")
    loaded: dict[str, Any] = json.loads(text)
    return loaded


# -- counting ------------------------------------------------------------------------------
def counts(session: Session) -> dict[str, int]:
    """How many rows of each kind the database holds."""
    return {
        table.name: int(session.scalar(select(func.count()).select_from(table)) or 0)
        for table in tables()
    }


def rows_to_insert(document: dict[str, Any]) -> Iterator[tuple[Table, list[dict[str, Any]]]]:
    """Each table's rows as the database takes them, parents first; defaults filled in."""
    for table in tables():
        rows = document["records"].get(table.name) or []
        if not rows:
            continue
        prepared = []
        for row in rows:
            values: dict[str, Any] = {}
            for column in table.columns:
                if column.key in row:
                    values[column.key] = from_json(column, row[column.key])
                else:
                    values[column.key] = _default(column)
            prepared.append(values)
        yield table, prepared


def _default(column: Column[Any]) -> Any:
    """What a new row gets in ``column`` when the file leaves it out."""
    default: Any = column.default
    if default is None:
        return None
    if default.is_callable:
        return default.arg(None)  # SQLAlchemy wraps the model's callable to take a context
    return default.arg


def insert_document(session: Session, document: dict[str, Any]) -> dict[str, int]:
    """Insert every row of a checked ``document``; returns how many of each kind."""
    inserted: dict[str, int] = {}
    for table, rows in rows_to_insert(document):
        session.execute(insert(table), rows)
        inserted[table.name] = len(rows)
    return inserted


@dataclass(frozen=True)
class Problem:
    """One thing wrong with an import file: where it is, and what."""

    where: str
    what: str

    def __str__(self) -> str:
        return f"{self.where}: {self.what}" if self.where else self.what


class ImportRejectedError(Exception):
    """The file cannot be imported; ``problems`` says where and why. Nothing changed."""

    def __init__(self, problems: list[Problem]) -> None:
        shown = "; ".join(str(p) for p in problems[:3])
        super().__init__(f"The file cannot be imported: {shown}")
        self.problems = problems
