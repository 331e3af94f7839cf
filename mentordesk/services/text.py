"""Text helpers shared by services and the UI's filters."""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache


@lru_cache(maxsize=65536)  # lists sort and filter by the same names again and again
def fold(text: str) -> str:
    """Lower-case ``text`` and drop accents, for case- and accent-insensitive matching."""
    if text.isascii():  # nothing to decompose: the same as below, many times faster
        return text.lower()
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


# Inline Markdown a note-taker types: **bold**, __bold__, *italic*, _italic_,
# ~~struck~~, `code`. A marker counts only when it hugs text on both inner sides
# and stands outside a word, so "snake_case", "5 * 3" and "2*3*4" stay as typed.
_INLINE = re.compile(
    r"(?<![\w*_~`])(?P<mark>\*\*|__|~~|\*|_|`)(?=\S)(?P<body>.+?)(?<=\S)(?P=mark)(?![\w*_~`])"
)
_LINK = re.compile(r"\[(?P<label>[^\]\n]+)\]\((?P<url>[^)\s]+)\)")
_LINE_MARKER = re.compile(r"^\s*(?:[-*+] \[[ xX]\] |[-*+] |\d{1,9}[.)] |#{1,6}\s+|>\s*)")


def plain_line(text: str) -> str:
    """``text`` as one plain line: Markdown list, checkbox, heading and quote markers
    and inline emphasis removed, a link kept as "label (address)", spaces collapsed."""
    lines = []
    for line in text.splitlines():
        line = _LINE_MARKER.sub("", line)
        line = _LINK.sub(
            lambda m: m["label"] if m["label"] == m["url"] else f"{m['label']} ({m['url']})",
            line,
        )
        previous = None
        while previous != line:  # nested: **_both_**
            previous, line = line, _INLINE.sub(lambda m: m["body"], line)
        lines.append(line)
    return " ".join(" ".join(lines).split())
