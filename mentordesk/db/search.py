"""Full-text search over the FTS5 index that migration 0003 creates and its triggers fill.

The index (``search_index``) holds one entry per mentor, meeting (notes and
takeaways), agenda item, action item, agreement version, goal and give-back idea: a
``title`` (the item's headline: a mentor's name, "mentor name YYYY-MM-DD" for a
meeting, an agenda or action item's text, a goal's title, a give-back idea) and a
``body`` (everything else). It is tokenized with
``unicode61 remove_diacritics 2``, so matching ignores case and accents.

Users type words, not FTS5 syntax: :func:`match_expression` turns any text into a
query that cannot be a syntax error (every term is quoted), and :func:`find`
runs it with bm25 ranking and highlighted snippets. Only the most recent
``CANDIDATES`` matches are ranked, so a word found in every other note costs what
a rarer one does (issue 17); a word found less often is ranked in full.
"""

from __future__ import annotations

import sqlite3
import unicodedata
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import text
from sqlalchemy.exc import OperationalError
from sqlalchemy.orm import Session

from mentordesk.db.types import read_moment

# Around every matched word in a snippet. Control characters nobody types, so the
# UI can escape the text first and turn these into markup afterwards.
MARK_OPEN = "\x02"
MARK_CLOSE = "\x03"
ELLIPSIS = "…"

MAX_TERMS = 32
MAX_TERM_LENGTH = 64
MAX_INPUT_LENGTH = 2000
SNIPPET_TOKENS = 24

# bm25 weights per column: kind, item_id, mentor_id, meeting_id, title, body.
TITLE_WEIGHT = 10.0
BODY_WEIGHT = 1.0

# Operators a user may type out of habit; as words they would only narrow the search.
_OPERATORS = frozenset({"AND", "OR", "NOT", "NEAR"})


@dataclass(frozen=True)
class IndexMatch:
    """One entry of the index that matched, best first. Snippets carry the marks;
    ``mentor_name`` and ``meeting_start`` are those of the entry's mentor and meeting."""

    kind: str
    item_id: str
    mentor_id: str | None
    meeting_id: str | None
    title: str
    title_marked: str
    body_snippet: str
    rank: float
    mentor_name: str = ""
    meeting_start: datetime | None = None


class Interrupted(Exception):  # noqa: N818 - it reads as what happened
    """The search was called off (``cancelled`` said so) before it finished."""


def _is_word_character(character: str) -> bool:
    # unicode61 keeps letters, numbers and private-use characters in tokens; marks are
    # kept with their word here too (FTS5 splits them out of the quoted term the same
    # way it split the indexed text).
    category = unicodedata.category(character)
    return category[0] in "LNM" or category == "Co"


def words(user_text: str) -> list[str]:
    """The words of ``user_text``: runs of letters, digits and marks; the rest separates."""
    found: list[str] = []
    current: list[str] = []
    for character in unicodedata.normalize("NFC", user_text[:MAX_INPUT_LENGTH]):
        if _is_word_character(character):
            current.append(character)
        elif current:
            found.append("".join(current))
            current = []
    if current:
        found.append("".join(current))
    # A word of marks alone (a stray accent) has no token: FTS5 would match nothing.
    return [word for word in found if any(unicodedata.category(c)[0] != "M" for c in word)]


def match_expression(user_text: str) -> str | None:
    """A safe FTS5 query for what the user typed, or None when there is nothing to find.

    Every word becomes a quoted prefix term (``"lead"*`` finds "leadership" while it
    is being typed) and the terms are ANDed. Quotes, ``*``, ``^``, ``:``,
    parentheses and other punctuation never reach FTS5; upper-case AND/OR/NOT/NEAR
    typed between words are dropped rather than taken as operators.
    """
    terms = words(user_text)
    if len(terms) > 1:
        terms = [term for term in terms if term not in _OPERATORS] or terms
    terms = [term[:MAX_TERM_LENGTH] for term in terms[:MAX_TERMS]]
    if not terms:
        return None
    # Words hold no quote characters; the replace keeps that true if `words` changes.
    return " AND ".join('"{}"*'.format(term.replace('"', '""')) for term in terms)


# The best ``limit`` of the entries from ``cutoff`` on (by rowid), with the names the
# results show. ``ORDER BY rank ... LIMIT`` lets FTS5 build snippets, and SQLite run
# the two lookups, for the returned rows only.
_QUERY = text(
    f"""
    SELECT kind, item_id, mentor_id, meeting_id, title,
           highlight(search_index, 4, :open, :close) AS title_marked,
           snippet(search_index, 5, :open, :close, :ellipsis, {SNIPPET_TOKENS}) AS body_snippet,
           rank,
           (SELECT name FROM mentor WHERE mentor.id = search_index.mentor_id) AS mentor_name,
           (SELECT scheduled_start FROM meeting WHERE meeting.id = search_index.meeting_id)
               AS meeting_start
    FROM search_index
    WHERE search_index MATCH :expression
      AND rank MATCH 'bm25(0.0, 0.0, 0.0, 0.0, {TITLE_WEIGHT}, {BODY_WEIGHT})'
      AND rowid >= :cutoff
    ORDER BY rank
    LIMIT :limit
    """
)
# The rowid of the ``skip``+1-th newest entry that matches (entries are written anew
# on every change, so a higher rowid is a more recent one). FTS5 walks the matches
# in rowid order and stops there: no ranking, no snippet.
_CUTOFF = text(
    """
    SELECT rowid FROM search_index WHERE search_index MATCH :expression
    ORDER BY rowid DESC LIMIT 1 OFFSET :skip
    """
)
# How many of the newest matches are ranked: a word in every other note ("the")
# costs what a word in this many entries does, and a rarer one is ranked in full.
CANDIDATES = 2000
# SQLite instructions between two looks at ``cancelled``.
_CHECK_EVERY = 2000


def find(
    session: Session,
    user_text: str,
    limit: int = 50,
    *,
    candidates: int | None = CANDIDATES,
    cancelled: Callable[[], bool] | None = None,
) -> list[IndexMatch]:
    """The entries matching ``user_text``, best first (at most ``limit``), ranked
    among the ``candidates`` most recent matches (None: among all of them).

    ``cancelled`` is asked while the query runs; once it says True the query stops
    and ``Interrupted`` is raised (a newer search replaces this one).
    """
    expression = match_expression(user_text)
    if expression is None or limit <= 0:
        return []
    connection = session.connection()
    driver = connection.connection.dbapi_connection
    if cancelled is not None and driver is not None:
        driver.set_progress_handler(lambda: 1 if cancelled() else 0, _CHECK_EVERY)
    try:
        cutoff = 0
        if candidates is not None:
            found = connection.execute(
                _CUTOFF, {"expression": expression, "skip": max(0, candidates - 1)}
            ).first()
            cutoff = 0 if found is None else int(found[0])
        rows = connection.execute(
            _QUERY,
            {
                "open": MARK_OPEN,
                "close": MARK_CLOSE,
                "ellipsis": ELLIPSIS,
                "expression": expression,
                "cutoff": cutoff,
                "limit": limit,
            },
        ).all()
    except OperationalError as error:
        if cancelled is not None and cancelled():
            raise Interrupted from error
        raise
    finally:
        if cancelled is not None and driver is not None:
            driver.set_progress_handler(None, 0)
    return [
        IndexMatch(
            kind=str(row.kind),
            item_id=str(row.item_id),
            mentor_id=None if row.mentor_id is None else str(row.mentor_id),
            meeting_id=None if row.meeting_id is None else str(row.meeting_id),
            title=str(row.title or ""),
            title_marked=str(row.title_marked or ""),
            body_snippet=str(row.body_snippet or ""),
            rank=float(row.rank),
            mentor_name=str(row.mentor_name or ""),
            meeting_start=None if row.meeting_start is None else read_moment(row.meeting_start),
        )
        for row in rows
    ]


def integrity_check(session: Session) -> None:
    """Ask FTS5 to compare the index with its stored content; raises if they differ."""
    session.execute(text("INSERT INTO search_index (search_index) VALUES ('integrity-check')"))


@dataclass(frozen=True)
class Coverage:
    """How the index covers the records of the tables it indexes."""

    records: int
    unindexed: int  # records without an entry
    entries: int

    @property
    def stale(self) -> int:
        """Entries left over for records that are gone."""
        return self.entries - (self.records - self.unindexed)


def coverage(connection: sqlite3.Connection, tables: Iterable[str]) -> Coverage:
    """Count the records of ``tables`` (indexed ones, present in the file) and their entries."""
    records = unindexed = 0
    for table in tables:
        # Table names come from the schema, never from a user.
        records += int(connection.execute(f"SELECT count(*) FROM {table}").fetchone()[0])
        unindexed += int(
            connection.execute(
                f"SELECT count(*) FROM {table} AS r WHERE NOT EXISTS (SELECT 1 FROM search_key "
                "AS k WHERE k.kind = ? AND k.item_id = r.id)",
                (table,),
            ).fetchone()[0]
        )
    entries = int(connection.execute("SELECT count(*) FROM search_key").fetchone()[0])
    return Coverage(records, unindexed, entries)
