"""Import a JSON export: check the whole file first, then write it in one transaction.

Checks, in order, each reported with where it is: the file's size; that it is
UTF-8 JSON; that it is a MentorDesk export of a version this MentorDesk reads;
the JSON Schema (fields, types, enum values, date patterns); then what a schema
cannot say — real dates, no id twice, every reference pointing at a record in
the file or already in the database, no record that is already there. Tags are
shared by name: a tag the database has already is reused.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import Any

from sqlalchemy import Column, select
from sqlalchemy.orm import Session

from mentordesk.config import Paths
from mentordesk.db import fingerprint
from mentordesk.services import import_limits, import_merge, import_unique
from mentordesk.services.exchange import (
    FORMAT,
    MAX_BYTES,
    MAX_PROBLEMS,
    SCHEMA_VERSION,
    ImportRejectedError,
    Problem,
    from_json,
    shipped_schema,
    tables,
)
from mentordesk.services.import_merge import Kept

MB = 1024 * 1024
ALREADY = "this record is in your data already"


@dataclass(frozen=True)
class Checked:
    """A file that passed every check: its document (tags mapped onto the database's)."""

    document: dict[str, Any]
    counts: dict[str, int]
    kept: Kept | None = None  # keep_mine: the records left as the database has them


def _where(path: Iterable[Any]) -> str:
    text = ""
    for part in path:
        text += f"[{part}]" if isinstance(part, int) else (f".{part}" if text else str(part))
    return text


def read_document(source: Path) -> dict[str, Any]:
    """The file's document, checked on its own (no database). Raises ImportRejectedError."""
    size = source.stat().st_size
    if size > MAX_BYTES:
        raise ImportRejectedError(
            [
                Problem(
                    "",
                    f"the file is {size // MB} MB; MentorDesk imports files up to "
                    f"{MAX_BYTES // MB} MB",
                )
            ]
        )
    raw = source.read_bytes()
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        raise ImportRejectedError(
            [Problem(f"byte {error.start}", "this is not text, so not a MentorDesk export")]
        ) from None
    document = _parse(raw, text)
    if not isinstance(document, dict) or document.get("format") != FORMAT:
        raise ImportRejectedError([Problem("format", "this is not a MentorDesk export")])
    version = document.get("schema_version")
    if isinstance(version, int) and version > SCHEMA_VERSION:
        raise ImportRejectedError(
            [
                Problem(
                    "schema_version",
                    f"the file was written by a newer MentorDesk (format "
                    f"version {version}); update MentorDesk to import it",
                )
            ]
        )
    problems = _schema_problems(document)
    if not problems:
        problems = _content_problems(document)
    if problems:
        raise ImportRejectedError(problems[:MAX_PROBLEMS])
    return document


def _parse(raw: bytes, text: str) -> Any:
    """The JSON in ``text``; its nesting is measured first, so a file built to exhaust
    the reader (100,000 ``[``) is refused in words, never with a RecursionError."""
    if import_limits.too_deep(raw):
        raise ImportRejectedError(
            [
                Problem(
                    "file",
                    f"the data is nested more than {import_limits.MAX_DEPTH} levels deep; "
                    "a MentorDesk export never is",
                )
            ]
        )
    try:
        return json.loads(text)
    except json.JSONDecodeError as error:
        where = f"line {error.lineno}, column {error.colno}"
        raise ImportRejectedError(
            [Problem(where, f"this is not valid JSON ({error.msg})")]
        ) from None
    except (ValueError, RecursionError) as error:  # an integer of more than 4,300 digits
        raise ImportRejectedError(
            [Problem("file", f"a number too large for any MentorDesk value ({error})"[:300])]
        ) from None


def _schema_problems(document: dict[str, Any]) -> list[Problem]:
    """Problems with the schema, each with where it is (an empty list: none).

    fastjsonschema compiles the shipped schema and checks a heavy user's file in a
    tenth of a second; only when it finds a fault does jsonschema (thirty times
    slower) walk the file to list every problem with its place.
    """
    import fastjsonschema
    from jsonschema import Draft7Validator

    schema = shipped_schema()
    try:
        fastjsonschema.compile(schema)(document)
    except fastjsonschema.JsonSchemaException:
        pass
    else:
        return []
    validator = Draft7Validator(schema)
    found = sorted(validator.iter_errors(document), key=lambda e: [str(p) for p in e.absolute_path])
    problems = []
    for error in found[:MAX_PROBLEMS]:
        problems.append(Problem(_where(error.absolute_path) or "file", _words(error)))
    return problems


def _words(error: Any) -> str:
    """A schema fault in the forms' words, never quoting a huge value whole."""
    limit, value = error.validator_value, error.instance
    if error.validator == "maxLength":
        return f"at most {limit:,} characters, as in the form (this has {len(value):,})"
    if error.validator == "maximum":
        return f"at most {limit:,}, as in the form (this is {_short(value)})"
    if error.validator == "minimum":
        return f"at least {limit:,}, as in the form (this is {_short(value)})"
    message = str(error.message)
    return message if len(message) < 200 else message[:200] + "…"


def _short(value: Any) -> str:
    text = repr(value)
    return text if len(text) <= 40 else f"{text[:20]}… ({len(text)} digits)"


def _key_of(row: dict[str, Any], columns: list[Column[Any]]) -> tuple[Any, ...]:
    return tuple(row.get(c.key) for c in columns)


def _content_problems(document: dict[str, Any]) -> list[Problem]:
    problems: list[Problem] = []
    records = document["records"]
    for table in tables():
        key_columns = list(table.primary_key.columns)
        seen: dict[tuple[Any, ...], int] = {}
        for index, row in enumerate(records.get(table.name) or []):
            where = f"records.{table.name}[{index}]"
            key = _key_of(row, key_columns)
            if key in seen:
                problems.append(Problem(where, f"the same id as record {seen[key]}"))
            seen.setdefault(key, index)
            for column in table.columns:
                if column.key not in row:
                    continue
                try:
                    value = from_json(column, row[column.key])
                except (ValueError, TypeError) as error:
                    problems.append(Problem(f"{where}.{column.key}", f"not a real date ({error})"))
                    continue
                if isinstance(value, date):  # a datetime is a date too
                    wrong = import_limits.year_problem(value.year)
                    if wrong:
                        problems.append(Problem(f"{where}.{column.key}", wrong))
    problems += import_unique.in_file(records)
    names: dict[str, int] = {}
    for index, tag in enumerate(records.get("tag") or []):
        folded = str(tag.get("name", "")).casefold()
        if folded in names:
            problems.append(
                Problem(f"records.tag[{index}]", f"the tag name of record {names[folded]}")
            )
        names.setdefault(folded, index)
    return problems


def check_against(
    session: Session, document: dict[str, Any], *, keep_mine: bool = False
) -> Checked:
    """Check ``document`` against the database it goes into. Raises ImportRejectedError.

    ``keep_mine``: records the database has already are left as they are there
    (``import_merge``), instead of refusing the file.
    """
    records = {name: list(rows) for name, rows in document["records"].items()}
    problems: list[Problem] = []
    # Tags are shared by name: use the database's tag where one has the name already.
    existing_tags = {
        str(name).casefold(): str(tag_id)
        for tag_id, name in session.execute(select(_table("tag").c.id, _table("tag").c.name))
    }
    tag_ids: dict[str, str] = {}
    kept_tags = []
    for tag in records.get("tag", []):
        same = existing_tags.get(str(tag["name"]).casefold())
        if same is not None:
            tag_ids[tag["id"]] = same
        else:
            kept_tags.append(tag)
    if "tag" in records:
        records["tag"] = kept_tags
    for row in records.get("mentor_tag", []):
        row["tag_id"] = tag_ids.get(row["tag_id"], row["tag_id"])
    kept = import_merge.keep_mine(session, records) if keep_mine else None

    problems += import_unique.in_database(session, records)
    for table in tables():
        rows = records.get(table.name) or []
        if not rows:
            continue
        key_columns = list(table.primary_key.columns)
        if len(key_columns) == 1:
            ids = [row[key_columns[0].key] for row in rows]
            already = _present(session, key_columns[0], ids)
            for index, row in enumerate(rows):
                if row[key_columns[0].key] in already:
                    problems.append(Problem(f"records.{table.name}[{index}]", ALREADY))
        for foreign_key in table.foreign_keys:
            column, target = foreign_key.parent, foreign_key.column
            in_file = {row.get(target.key) for row in records.get(target.table.name) or []}
            wanted = {row.get(column.key) for row in rows} - in_file - {None}
            known = _present(session, target, wanted)
            for index, row in enumerate(rows):
                value = row.get(column.key)
                if value is not None and value not in in_file and value not in known:
                    problems.append(
                        Problem(
                            f"records.{table.name}[{index}].{column.key}",
                            f"refers to a {target.table.name} that is not there ({value})",
                        )
                    )
    if problems:
        raise ImportRejectedError(problems[:MAX_PROBLEMS])
    checked = dict(document, records=records)
    return Checked(checked, {name: len(rows) for name, rows in records.items() if rows}, kept)


def _table(name: str) -> Any:
    return next(t for t in tables() if t.name == name)


def _present(session: Session, column: Column[Any], values: Iterable[Any]) -> set[Any]:
    wanted = sorted({v for v in values if v is not None}, key=str)
    found: set[Any] = set()
    for start in range(0, len(wanted), 500):
        chunk = wanted[start : start + 500]
        found.update(session.scalars(select(column).where(column.in_(chunk))))
    return found


def _read_only_engine(path: Path) -> Any:
    """An engine that can only read ``path`` (and refuses a file it cannot trust)."""
    from sqlalchemy import create_engine
    from sqlalchemy.pool import NullPool

    from mentordesk.db.health import State, examine, open_read_only

    if examine(path).state is not State.CURRENT:
        from mentordesk.db.errors import DatabaseError

        raise DatabaseError(f"Start MentorDesk once on {path.parent} before a dry run.")
    return create_engine("sqlite://", creator=lambda: open_read_only(path), poolclass=NullPool)


@dataclass(frozen=True)
class ImportResult:
    """What an import added (or, dry run, would add), and the backup made before it."""

    counts: dict[str, int]
    backup: Path | None
    kept: Kept | None = None  # keep_mine: what was in the database already
    files_missing: int = 0  # attached files not found beside the file (they show as missing)


def import_file(
    paths: Paths, source: Path, *, now: datetime, dry_run: bool = False, keep_mine: bool = False
) -> ImportResult:
    """Check ``source`` whole, back up, then add its records in one transaction.

    ``keep_mine``: add what is new, keep what the database has (``import_merge``);
    when nothing is new, nothing is written and no backup is made.

    Raises ImportRejectedError (nothing changed, no backup made) or DatabaseError.
    """
    from mentordesk.db.database import Database
    from mentordesk.db.engine import make_atomic_engine
    from mentordesk.services import attachment_copies
    from mentordesk.services.backup import Reason, make_backup
    from mentordesk.services.exchange import insert_document

    document = read_document(source)
    if dry_run:  # read only: not even a new database is created
        if not paths.database.exists():
            rows = document["records"].items()
            return ImportResult({kind: len(r) for kind, r in rows if r}, None)
        engine = _read_only_engine(paths.database)
        try:
            with Session(engine) as session:
                found = check_against(session, document, keep_mine=keep_mine)
                return ImportResult(found.counts, None, found.kept)
        finally:
            engine.dispose()
    opened = Database(paths)  # sound and current (updated if need be), or DatabaseError
    opened.close()
    engine = _read_only_engine(paths.database)
    try:
        with Session(engine) as session:
            # Before the backup: a bad file costs nothing, nor does one with nothing new.
            first = check_against(session, document, keep_mine=keep_mine)
    finally:
        engine.dispose()
    if not first.counts:
        return ImportResult({}, None, first.kept)
    backup = make_backup(paths, Reason.BEFORE_IMPORT, now)
    # The attached files first (beside the file, services/attachment_copies.py), checked
    # against their hashes; they go again if the records do not come in.
    hashes = [row.get("sha256") for row in first.document["records"].get("attachment", [])]
    added, files_missing = attachment_copies.bring_back(
        paths.attachments_dir, [h for h in hashes if isinstance(h, str)], source
    )
    engine = make_atomic_engine(paths.database, large_cache=True)
    try:
        with Session(engine) as session, session.begin():  # BEGIN IMMEDIATE ... COMMIT
            checked = check_against(session, document, keep_mine=keep_mine)
            inserted = insert_document(session, checked.document)
    except BaseException:
        for path in added:
            path.unlink(missing_ok=True)
        raise
    finally:
        engine.dispose()
    # The write moved the file's time stamps past the record ``opened.close`` wrote:
    # record them again, or the next start would check the whole file for nothing.
    fingerprint.remember(paths.database, opened.checked_at)
    return ImportResult(inserted, backup, checked.kept, files_missing)
