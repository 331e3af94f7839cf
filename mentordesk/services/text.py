"""Text helpers shared by services and the UI's filters."""

from __future__ import annotations

import unicodedata
from functools import lru_cache


@lru_cache(maxsize=65536)  # lists sort and filter by the same names again and again
def fold(text: str) -> str:
    """Lower-case ``text`` and drop accents, for case- and accent-insensitive matching."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))
