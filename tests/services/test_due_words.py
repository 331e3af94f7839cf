"""Issue 18, item 6: a due date said in a captured line becomes the item's due date."""

from __future__ import annotations

from datetime import date

import pytest

from mentordesk.services.due_words import due_from_words

WEDNESDAY = date(2026, 3, 4)


@pytest.mark.parametrize(
    ("text", "due"),
    [
        ("Send Ada the draft by Friday", date(2026, 3, 6)),
        ("Call the recruiter tomorrow", date(2026, 3, 5)),
        ("Book the workshop next week", date(2026, 3, 9)),
        ("Finish the packet by the 15th", date(2026, 3, 15)),
        ("Pay the fee by the 2nd", date(2026, 4, 2)),
        ("Review on Wednesday", date(2026, 3, 11)),
        ("Read the book", None),
        ("Ask about the 2nd edition", None),
    ],
)
def test_the_words_name_the_due_date(text: str, due: date | None) -> None:
    assert due_from_words(text, WEDNESDAY) == due
