"""``fold``: case- and accent-insensitive text for sorting and matching; plain ASCII
takes a short way (issue 17: sorting 45,000 action items by their text) that must
give what the long way gives."""

from __future__ import annotations

import unicodedata

import pytest

from mentordesk.services.text import fold


def the_long_way(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


def test_every_ascii_character_folds_as_the_long_way_folds_it() -> None:
    everything = "".join(map(chr, range(128)))
    assert fold(everything) == the_long_way(everything)
    assert all(fold(chr(code)) == the_long_way(chr(code)) for code in range(128))


@pytest.mark.parametrize(
    ("text", "folded"),
    [
        ("Émilie du Châtelet", "emilie du chatelet"),
        ("Straße", "strasse"),
        ("ÅNGSTRÖM", "angstrom"),
        ("Ask ABOUT the Budget", "ask about the budget"),
        ("ﬁve ①", "five 1"),
    ],
)
def test_accents_and_case_go_whatever_the_text(text: str, folded: str) -> None:
    assert fold(text) == folded == the_long_way(text)
