"""``@on_chosen``: a list's command that acts on the chosen row (``current()``), and
does nothing when no row is chosen (a key pressed on an empty list, a button clicked
as the row went away). Areas and mentor-page tabs write the action alone::

    @on_chosen
    def edit(self, item: GiveBackState) -> None:
        edit_give_back(self.context, self, item=item)
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, Protocol, TypeVar


class Choosing(Protocol):
    def current(self) -> Any: ...


ListT = TypeVar("ListT", bound=Choosing)
ItemT = TypeVar("ItemT")


def on_chosen(act: Callable[[ListT, ItemT], object]) -> Callable[[ListT], None]:
    """``act(self, item)`` as a slot without arguments, run only when a row is chosen."""

    def run(self: ListT) -> None:
        item = self.current()
        if item is not None:
            act(self, item)

    # Not functools.wraps: a slot's arguments are counted from its signature, and
    # ``__wrapped__`` would show the item as one.
    run.__name__, run.__qualname__, run.__doc__ = act.__name__, act.__qualname__, act.__doc__
    return run
