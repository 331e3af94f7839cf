"""New action item…, Edit… and Mark done… as the Action items area and a mentor's
Action items tab both offer them: the same dialogs, the new item chosen in the list."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QWidget

from mentordesk.services.action_items import ActionItemState
from mentordesk.ui.action_items.done_dialog import mark_item_done
from mentordesk.ui.action_items.item_dialog import add_action_item, edit_action_item
from mentordesk.ui.lists.chosen import on_chosen

if TYPE_CHECKING:
    from mentordesk.ui.context import AppContext

    _Widget = QWidget
else:
    _Widget = object  # a mixin beside a list widget, which brings QWidget itself


class ItemCommands(_Widget):
    """Mixed into a list of action items; it says who a new item is for
    (``new_item_mentor``: None leaves the choice to the dialog) and shows it
    (``show_item``)."""

    if TYPE_CHECKING:
        context: AppContext

        def current(self) -> ActionItemState | None: ...

    def new_item_mentor(self) -> str | None:
        raise NotImplementedError

    def show_item(self, item_id: str) -> None:
        raise NotImplementedError

    def add_item(self) -> None:
        item_id = add_action_item(self.context, self.new_item_mentor(), self)
        if item_id is not None:
            self.show_item(item_id)

    @on_chosen
    def edit_item(self, item: ActionItemState) -> None:
        edit_action_item(self.context, item.id, self)

    @on_chosen
    def mark_done(self, item: ActionItemState) -> None:
        """Ask how it turned out, then mark the chosen item done."""
        mark_item_done(self.context, item, self)
