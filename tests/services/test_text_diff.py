"""Word-by-word comparison of two versions' texts."""

from __future__ import annotations

from mentordesk.services.text_diff import Piece, compare


def joined(pieces: tuple[Piece, ...]) -> str:
    return "".join(piece.text for piece in pieces)


def changed(pieces: tuple[Piece, ...]) -> list[str]:
    return [piece.text.strip() for piece in pieces if piece.changed]


def test_each_side_reads_as_written_with_only_the_changes_marked() -> None:
    old = "Meet every four weeks on Tuesday mornings.\nBring an agenda."
    new = "Meet every two weeks on Tuesday mornings.\nBring an agenda and notes."
    left, right = compare(old, new)
    assert joined(left) == old and joined(right) == new
    assert changed(left) == ["four", "agenda."]
    assert changed(right) == ["two", "agenda and notes."]


def test_equal_texts_have_no_changes_and_empty_sides_are_empty() -> None:
    assert compare("Same text", "Same text") == ((Piece("Same text", False),),) * 2
    left, right = compare("", "Added later")
    assert left == () and right == (Piece("Added later", True),)
    left, right = compare("Dropped", "")
    assert left == (Piece("Dropped", True),) and right == ()


def test_a_change_of_spacing_alone_is_no_change() -> None:
    left, right = compare("one two", "one  two")
    assert changed(left) == [] and changed(right) == []
