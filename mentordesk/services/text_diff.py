"""Two texts compared word by word, for showing two versions side by side.

Qt-free: the screen marks the pieces. Whitespace (line breaks included) stays with
the word before it, so each side reads as it was written.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from difflib import SequenceMatcher

_TOKENS = re.compile(r"\S+\s*|\s+")


@dataclass(frozen=True)
class Piece:
    """A run of text on one side: the same on both sides, or only on this one."""

    text: str
    changed: bool


def tokens(text: str) -> list[str]:
    return _TOKENS.findall(text)


def compare(old: str, new: str) -> tuple[tuple[Piece, ...], tuple[Piece, ...]]:
    """``old`` and ``new`` as pieces; the changed pieces are what differs."""
    if old == new:
        return (Piece(old, False),) if old else (), (Piece(new, False),) if new else ()
    before, after = tokens(old), tokens(new)
    words_before = [token.strip() for token in before]
    words_after = [token.strip() for token in after]
    matcher = SequenceMatcher(None, words_before, words_after, autojunk=False)
    left: list[Piece] = []
    right: list[Piece] = []
    for tag, i1, i2, j1, j2 in matcher.get_opcodes():
        same = tag == "equal"
        if i2 > i1:
            _add(left, "".join(before[i1:i2]), not same)
        if j2 > j1:
            _add(right, "".join(after[j1:j2]), not same)
    return tuple(left), tuple(right)


def _add(pieces: list[Piece], text: str, changed: bool) -> None:
    if pieces and pieces[-1].changed == changed:
        pieces[-1] = Piece(pieces[-1].text + text, changed)
    else:
        pieces.append(Piece(text, changed))
