"""Row order by numbers alone: where a row goes and how rows sort, given each row's
"seq" (the order the rows came in) and a list of sort keys indexed by seq. No
record is read, so a sort or a placement touches only these lists (issue 17)."""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Iterable
from typing import Any


def place(positions: list[int], keys: list[Any] | None, seq: int, descending: bool) -> int:
    """Where the row ``seq`` goes among ``positions`` (the seqs of the rows in order,
    it not among them): bisection over (key, seq), which differs for every row; equal
    keys keep the order the rows came in, either way. ``keys`` None: by seq alone."""
    if keys is None:
        return bisect_left(positions, seq)
    key, low, high = keys[seq], 0, len(positions)
    while low < high:
        middle = (low + high) // 2
        other = positions[middle]
        other_key = keys[other]
        if other_key == key:
            before = other < seq
        elif descending:
            before = bool(key < other_key)
        else:
            before = bool(other_key < key)
        if before:
            low = middle + 1
        else:
            high = middle
    return low


def in_order(seqs: Iterable[int], keys: list[Any] | None, descending: bool) -> list[int]:
    """``seqs`` (ascending) in the sort order: one stable sort over their keys, so
    rows with equal keys keep the order they came in, either way."""
    if keys is None:
        return list(seqs)
    return sorted(seqs, key=keys.__getitem__, reverse=descending)
