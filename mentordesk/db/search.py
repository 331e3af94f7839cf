"""Full-text search over the FTS5 index that migration 0003 creates and its triggers fill.

The index (``search_index``) holds one entry per mentor, meeting (notes and
takeaways), agenda item, action item, agreement version, goal and give-back idea: a
``title`` (the item's headline: a mentor's name, "mentor name YYYY-MM-DD" for a
meeting, an agenda or action item's text, a goal's title, a give-back idea) and a
``body`` (everything else). It is tokenized with
``unicode61 remove_diacritics 2``, so matching ignores case and accents.

Users type words, not FTS5 syntax: :func:`match_expression` turns any text into a
query that cannot be a syntax error (every term is quoted), and :func:`find`
runs it with bm25 ranking and highlighted snippets.
"""

from __future__ import annotations

import sqlite3
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass

from sqlalchemy import text
from sqlalchemy.orm import Session

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
    """One entry of the index that matched, best first. Snippets carry the marks."""

    kind: str
    item_id: str
    mentor_id: str | None
    meeting_id: str | None
    title: str
    title_marked: str
    body_snippet: str
    rank: float


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


_QUERY = text(
    f"""
    SELECT kind, item_id, mentor_id, meeting_id, title,
           highlight(search_index, 4, :open, :close) AS title_marked,
           snippet(search_index, 5, :open, :close, :ellipsis, {SNIPPET_TOKENS}) AS body_snippet,
           rank
    FROM search_index
    WHERE search_index MATCH :expression
      AND rank MATCH 'bm25(0.0, 0.0, 0.0, 0.0, {TITLE_WEIGHT}, {BODY_WEIGHT})'
    ORDER BY rank
    LIMIT :limit
    """
)


def find(session: Session, user_text: str, limit: int = 50) -> list[IndexMatch]:
    """The entries matching ``user_text``, best first (at most ``limit``).

    ``ORDER BY rank ... LIMIT`` lets FTS5 rank every match but build snippets for
    the returned rows only.
    """
    expression = match_expression(user_text)
    if expression is None or limit <= 0:
        return []
    rows = session.execute(
        _QUERY,
        {
            "open": MARK_OPEN,
            "close": MARK_CLOSE,
            "ellipsis": ELLIPSIS,
            "expression": expression,
            "limit": limit,
        },
    )
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
