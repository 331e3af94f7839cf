"""Search everything the user wrote: mentors, meeting notes, agendas, action items,
agreements, goals and give-back ideas.

Qt-free. Any text is a valid query: what is not a word is ignored (see
``mentordesk.db.search``), so the answer is a list of hits, possibly empty.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import datetime

from sqlalchemy.orm import Session

from mentordesk.db import search as index
from mentordesk.db.search import ELLIPSIS, MARK_CLOSE, MARK_OPEN, Interrupted
from mentordesk.services import private
from mentordesk.services.kinds import Kind

__all__ = [
    "ELLIPSIS",
    "MARK_CLOSE",
    "MARK_OPEN",
    "Interrupted",
    "SearchHit",
    "search",
    "searchable",
    "snippet_parts",
]

DEFAULT_LIMIT = 50

# The kinds of record the index holds (its ``kind`` column is the record's Kind):
# a mentor's name and notes, meeting notes (migration 0003), agenda and action items,
# agreement versions (0004), goals and give-back ideas (0005), topics and touches
# (0006_between_meetings), attachments' titles, file names and links (0008_attachments).
SEARCHED = frozenset(
    {
        Kind.MENTOR,
        Kind.MEETING,
        Kind.AGENDA_ITEM,
        Kind.ACTION_ITEM,
        Kind.AGREEMENT_VERSION,
        Kind.GOAL,
        Kind.GIVE_BACK,
        Kind.TOPIC,
        Kind.TOUCH,
        Kind.ATTACHMENT,
    }
)


@dataclass(frozen=True)
class SearchHit:
    """One thing that matched, with what the results list shows about it.

    ``snippet`` is one line of the matching text with ``MARK_OPEN`` / ``MARK_CLOSE``
    around the matched words (see ``snippet_parts``). ``rank`` is bm25: lower is
    better. ``meeting_id`` is the meeting itself for meeting notes, the meeting of
    an agenda item, and the meeting an action item came from (if any).
    """

    kind: Kind
    item_id: str
    mentor_id: str
    meeting_id: str | None
    mentor_name: str
    meeting_start: datetime | None
    title: str
    snippet: str
    rank: float


def search(
    session: Session,
    text: str,
    limit: int = DEFAULT_LIMIT,
    *,
    candidates: int | None = index.CANDIDATES,
    cancelled: Callable[[], bool] | None = None,
    presenting: bool = False,
) -> list[SearchHit]:
    """The best ``limit`` matches for ``text``, best first; [] when nothing matches.

    ``candidates`` and ``cancelled`` are ``db.search.find``'s: how many of the most
    recent matches are ranked, and what calls a search off (raising ``Interrupted``).
    ``presenting``: private items are left out, and a meeting whose notes or takeaways
    are private shows no snippet (``services/private.py``).
    """
    # bm25 alone may put a short meeting ("Grace Hopper 2026-03-02", few notes) above
    # the mentor of that name; someone typing a name wants the person first.
    found = index.find(session, text, limit, candidates=candidates, cancelled=cancelled)
    matches = sorted(found, key=_not_a_mentor_named)
    hits = []
    agreements_seen: set[str] = set()
    for match in matches:
        kind = Kind(match.kind) if match.kind in SEARCHED else None
        if kind is None:  # an entry of a kind a newer version added: not ours to show
            continue
        if kind is Kind.AGREEMENT_VERSION:
            # Versions repeat each other: the best match stands for the agreement.
            if match.mentor_id in agreements_seen:
                continue
            agreements_seen.add(match.mentor_id or "")
        hits.append(
            SearchHit(
                kind=kind,
                item_id=match.item_id,
                mentor_id=match.mentor_id or "",
                meeting_id=match.meeting_id,
                mentor_name=match.mentor_name,
                meeting_start=match.meeting_start,
                title=match.title,
                snippet=_snippet(kind, match),
                rank=match.rank,
            )
        )
    if presenting and hits:
        hidden = private.hidden_items(session, ((h.kind, h.item_id) for h in hits))
        # a private item goes; a meeting with private notes stays, without its words
        hits = [
            replace(hit, snippet="") if hit.kind is Kind.MEETING and hit.item_id in hidden else hit
            for hit in hits
            if hit.item_id not in hidden or hit.kind is Kind.MEETING
        ]
    return hits


def searchable(text: str) -> bool:
    """Whether ``text`` has anything to search for (a word); no search runs otherwise."""
    return index.match_expression(text) is not None


def _not_a_mentor_named(match: index.IndexMatch) -> bool:
    return not (match.kind == Kind.MENTOR and MARK_OPEN in match.title_marked)


def _snippet(kind: Kind, match: index.IndexMatch) -> str:
    body = one_line(match.body_snippet)
    if kind in (
        Kind.MENTOR,
        Kind.MEETING,
        Kind.AGREEMENT_VERSION,
        Kind.GOAL,
    ):
        # The heading names the mentor (and date); the body shows what was written,
        # its beginning when only the heading matched.
        return body
    # Agenda and action items, give-back ideas: their text is the title; an outcome (or
    # note) that matched follows.
    title = one_line(match.title_marked)
    if MARK_OPEN in body:
        return f"{title} — {body}"
    return title


def one_line(text: str) -> str:
    """Lines joined with " · ", blank lines and runs of spaces dropped."""
    lines = (" ".join(line.split()) for line in text.splitlines())
    return " · ".join(line for line in lines if line)


def snippet_parts(snippet: str) -> list[tuple[str, bool]]:
    """``snippet`` cut into (text, is a match) pieces, without the marks."""
    parts: list[tuple[str, bool]] = []
    highlighted = False
    piece: list[str] = []
    for character in snippet:
        if character in (MARK_OPEN, MARK_CLOSE):
            if piece:
                parts.append(("".join(piece), highlighted))
                piece = []
            highlighted = character == MARK_OPEN
        else:
            piece.append(character)
    if piece:
        parts.append(("".join(piece), highlighted))
    return parts
