"""Typed fast reads: SQLAlchemy Core selects run straight on SQLite's cursor.

The ORM and SQLAlchemy's result processing cost about four times what SQLite
itself does on a 15,000-row list. A ``FastSelect`` keeps what SQLAlchemy is good
at (a select built from the models' columns, enum members as values, never SQL
text) and drops the rest: the statement is compiled once, run on the driver's
cursor inside the session's transaction, and each value is converted by its own
column's type (dates, aware UTC moments, booleans), so the services that read
thousands of rows hold no SQL, no date parser and no stored value written out.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any, Generic, TypeVar, TypeVarTuple

from sqlalchemy import BindParameter, CompoundSelect, Dialect, Select, bindparam
from sqlalchemy.orm import Session

Ts = TypeVarTuple("Ts")
T = TypeVar("T")
# More ids than this and one read of everything beats the IN lists; a longer list is
# read in chunks of this size (older SQLite allows 999 values in one statement).
IN_LIMIT = 500
Convert = Callable[[Any], Any]
Rows = tuple[Any, ...]

# Where SQLAlchemy leaves an IN list to be filled at execution ("expanding" parameters).
_EXPANDED = re.compile(r"__\[POSTCOMPILE_(\w+)\]")
# What SQLAlchemy renders for an empty IN list: false for IN, true for NOT IN.
_EMPTY_SET = "SELECT 1 FROM (SELECT 1) WHERE 1!=1"


class FastSelect(Generic[*Ts]):
    """A Core select for lists of thousands of rows (see the module's docstring).

    Values are ``bindparam(name)`` in the statement and given by name to ``rows``
    (or ``made``);
    ``bindparam(name, expanding=True)`` takes a list for ``IN`` (an empty list
    matches nothing). Values written in the statement itself (an enum member, a
    tuple for ``IN``) are bound from there. Compiled at its first run, against the
    dialect of the session's connection.
    """

    def __init__(self, statement: Select[*Ts] | CompoundSelect[*Ts]) -> None:
        self.statement = statement
        self._plan: _Plan | None = None

    def rows(self, session: Session, **values: Any) -> list[tuple[*Ts]]:
        """The rows for ``values``, each value converted by its column's type."""
        return self._run(session, None, values)

    def made(self, session: Session, make: Callable[[*Ts], T], **values: Any) -> list[T]:
        """``make(*row)`` for each row (a frozen dataclass, say): as ``rows``, without a
        tuple in between, which on 15,000 rows is time and garbage to collect."""
        return self._run(session, make, values)

    def _run(self, session: Session, make: Callable[..., Any] | None, values: Any) -> list[Any]:
        connection = session.connection()
        plan = self._plan
        if plan is None:
            plan = self._plan = _Plan.of(self.statement, connection.dialect)
        sql, parameters = plan.bind(values)
        driver = connection.connection.driver_connection
        assert driver is not None
        cursor = driver.cursor()
        try:
            found: list[Any] = cursor.execute(sql, parameters).fetchall()
        finally:
            cursor.close()
        convert = plan.row_function(make)
        return found if convert is None else list(map(convert, found))


@dataclass(frozen=True)
class DataVersion:
    """What the database held when read, as far as one connection can tell: equal
    versions from the same connection mean no row changed in between. SQLite counts
    the rows this connection changed (``total_changes``, rolled-back ones included) and
    moves ``data_version`` when another connection commits (a background save, a sync
    round). The connection itself is held (not its id, which a later one may reuse)."""

    connection: object
    own_changes: int
    others: int


def data_version(session: Session) -> DataVersion:
    driver = session.connection().connection.driver_connection
    assert driver is not None
    cursor = driver.cursor()
    try:
        others = int(cursor.execute("PRAGMA data_version").fetchone()[0])
    finally:
        cursor.close()
    return DataVersion(driver, int(driver.total_changes), others)


def in_list(name: str) -> BindParameter[str]:
    """A list of ids for ``IN``, given to ``FastSelect.rows`` as ``name=[...]``."""
    return bindparam(name, expanding=True)


def chunks(ids: Sequence[str]) -> list[Sequence[str]]:
    """``ids`` in slices of at most ``IN_LIMIT``, for one IN list each."""
    return [ids[start : start + IN_LIMIT] for start in range(0, len(ids), IN_LIMIT)]


@dataclass(frozen=True)
class _Parameter:
    """One ``?`` (or, expanding, one ``?`` per item) in the compiled text."""

    name: str
    expanding: bool
    process: Convert | None
    default: Any  # the value written in the statement; _REQUIRED when none was


_REQUIRED = object()


@dataclass(frozen=True)
class _Plan:
    """A statement compiled for one dialect: its text, parameters and converters."""

    pieces: tuple[str, ...]  # text, name, text, name, ..., text (names of expanding lists)
    parameters: tuple[_Parameter, ...]  # in the order of the ``?`` in the text
    converters: tuple[Convert | None, ...]  # one a column; None: read as SQLite gives it
    functions: dict[Callable[..., Any] | None, Convert | None]  # by ``make``, as made

    @classmethod
    def of(cls, statement: Select[*Rows] | CompoundSelect[*Rows], dialect: Dialect) -> _Plan:
        compiled = statement.compile(dialect=dialect)
        assert compiled.positiontup is not None, "a dialect with positional parameters"
        parameters = []
        for name in compiled.positiontup:
            bind = compiled.binds[name]
            process = bind.type.dialect_impl(dialect).bind_processor(dialect)
            parameters.append(
                _Parameter(
                    name,
                    bind.expanding,
                    process,
                    bind.value if bind.value is not None or not bind.required else _REQUIRED,
                )
            )
        converters = [
            # A type may name a plain function for this (UTCDateTime), else its own processor.
            getattr(column.type, "read_stored", None)
            or column.type.dialect_impl(dialect).result_processor(dialect, None)
            for column in statement.selected_columns
        ]
        return cls(
            tuple(_EXPANDED.split(compiled.string)), tuple(parameters), tuple(converters), {}
        )

    def bind(self, values: Mapping[str, Any]) -> tuple[str, list[Any]]:
        """The text with every IN list written out, and the values in order."""
        bound: list[Any] = []
        counts: dict[str, int] = {}
        for parameter in self.parameters:
            value = values.get(parameter.name, parameter.default)
            if value is _REQUIRED:
                raise KeyError(f"the select needs a value for {parameter.name!r}")
            process = parameter.process
            if parameter.expanding:
                items: Sequence[Any] = list(value)
                counts[parameter.name] = len(items)
                bound += [process(item) for item in items] if process else items
            else:
                bound.append(process(value) if process else value)
        if len(self.pieces) == 1:
            return self.pieces[0], bound
        text = list(self.pieces)
        for index in range(1, len(text), 2):
            count = counts[text[index]]
            text[index] = ", ".join("?" * count) if count else _EMPTY_SET
        return "".join(text), bound

    def row_function(self, make: Callable[..., Any] | None) -> Convert | None:
        """What turns one driver row into a result (None: the row as it is)."""
        if make not in self.functions:
            self.functions[make] = _row_function(self.converters, make)
        return self.functions[make]


def _row_function(converters: Sequence[Convert | None], make: Convert | None) -> Convert | None:
    """One function for a whole row, written out for the columns at hand, as
    ``lambda r: make(r[0], c1(r[1]), r[2])`` (a tuple without ``make``).

    A loop over the columns of each row cost as much as the conversions themselves on
    lists of thousands of rows.
    """
    if make is None and not any(converters):
        return None
    values = ", ".join(
        f"r[{i}]" if c is None else f"c{i}(r[{i}])" for i, c in enumerate(converters)
    )
    names: dict[str, Any] = {f"c{i}": c for i, c in enumerate(converters) if c is not None}
    names["make"] = make
    source = f"lambda r: make({values})" if make is not None else f"lambda r: ({values},)"
    function: Convert = eval(source, names)
    return function
