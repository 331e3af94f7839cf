"""What a person does with action items, each said once (``ui/operation.py``): the
Action items area, a mentor's tab, the Dashboard, the brief and meeting mode call
these. Field errors are raised (``ActionItemValidationError``) for the caller to show
beside its fields."""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from mentordesk.db.choices import ActionStatus
from mentordesk.services import action_items as service
from mentordesk.services import goal_links
from mentordesk.services import private as private_rule
from mentordesk.services.action_items import ActionItemState
from mentordesk.services.kinds import Kind, Ref
from mentordesk.services.text import plain_line
from mentordesk.ui.context import AppContext, Written
from mentordesk.ui.formats import clipped
from mentordesk.ui.operation import perform, performed


def short(text: str) -> str:
    """An item as a label names it: one line of plain text (no Markdown marks), at most
    60 characters."""
    return clipped(plain_line(text), 60)


def _item(item_id: str) -> list[Ref]:
    return [Ref(Kind.ACTION_ITEM, item_id)]


def add_item(
    context: AppContext,
    parent: QWidget | None,
    mentor_id: str,
    text: str,
    *,
    due: date | None = None,
    report_back: bool = False,
    meeting_id: str | None = None,
    goal_id: str | None = None,
    private: bool = False,
) -> Written[ActionItemState] | None:
    """Advice to act on, for ``mentor_id`` (from ``meeting_id``, for ``goal_id``)."""
    now = context.now()

    def add(session: Any) -> ActionItemState:
        state = service.capture(
            session,
            mentor_id,
            text,
            meeting_id=meeting_id,
            due_date=due,
            report_back=report_back,
            private=private,
            now=now,
        )
        if goal_id is not None:
            goal_links.link_action(session, goal_id, state.id)
        return state

    label = (
        QCoreApplication.translate("action_items", "Capture “{text}”")
        if meeting_id is not None
        else QCoreApplication.translate("action_items", "Add action item: {text}")
    )
    return perform(
        context,
        parent,
        label.format(text=short(text)),
        Kind.ACTION_ITEM,
        add,
        refs=[Ref(Kind.GOAL, goal_id)] if goal_id is not None else [],
        created=lambda state: _item(state.id),
    )


def edit_item(
    context: AppContext,
    parent: QWidget | None,
    item: ActionItemState,
    *,
    text: str | None = None,
    due: date | None = None,
    clear_due: bool = False,
    report_back: bool | None = None,
    outcome: str | None = None,
    private: bool | None = None,
) -> Written[ActionItemState] | None:
    """Change what is given of the item's text, due date, report-back, outcome and
    privacy."""
    now = context.now()
    only_due = text is None and report_back is None and outcome is None and private is None
    label = (
        QCoreApplication.translate("action_items", "Set due date: {text}")
        if only_due
        else QCoreApplication.translate("action_items", "Edit action item: {text}")
    )
    return perform(
        context,
        parent,
        label.format(text=short(item.text)),
        Kind.ACTION_ITEM,
        lambda s: service.update(
            s,
            item.id,
            text=text,
            due_date=due,
            clear_due_date=clear_due,
            report_back=report_back,
            outcome=outcome,
            private=private,
            now=now,
        ),
        refs=_item(item.id),
    )


def toggle_report_back(context: AppContext, parent: QWidget | None, item: ActionItemState) -> bool:
    """Promise to tell the mentor how it went, or take the promise back."""
    now = context.now()
    label = (
        QCoreApplication.translate("action_items", "No report back: {text}")
        if item.report_back
        else QCoreApplication.translate("action_items", "Report back: {text}")
    )
    return performed(
        context,
        parent,
        label.format(text=short(item.text)),
        Kind.ACTION_ITEM,
        lambda s: service.update(s, item.id, report_back=not item.report_back, now=now),
        refs=_item(item.id),
    )


def set_private(
    context: AppContext, parent: QWidget | None, item: ActionItemState, private: bool
) -> bool:
    """Keep the item on this laptop (never in anything copied or sent), or share it again."""
    label = (
        QCoreApplication.translate("action_items", "Mark private: {text}")
        if private
        else QCoreApplication.translate("action_items", "Mark not private: {text}")
    )
    return performed(
        context,
        parent,
        label.format(text=short(item.text)),
        Kind.ACTION_ITEM,
        lambda s: private_rule.set_private(s, Kind.ACTION_ITEM, item.id, private),
        refs=_item(item.id),
    )


def mark_done(
    context: AppContext,
    parent: QWidget | None,
    item: ActionItemState,
    *,
    outcome: str,
    on: date,
    report_back: bool,
) -> bool:
    """It is done, with how it turned out."""
    now = context.now()
    return performed(
        context,
        parent,
        QCoreApplication.translate("action_items", "Mark done: {text}").format(
            text=short(item.text)
        ),
        Kind.ACTION_ITEM,
        lambda s: service.mark_done(
            s, item.id, outcome=outcome, on=on, report_back=report_back, now=now
        ),
        refs=_item(item.id),
        done=QCoreApplication.translate("action_items", "Marked done: {text}.").format(
            text=short(item.text)
        ),
    )


def set_status(
    context: AppContext, parent: QWidget | None, item: ActionItemState, status: ActionStatus
) -> bool:
    """Reopen or drop the item (done goes through ``mark_done``, with its outcome)."""
    now = context.now()
    label = (
        QCoreApplication.translate("action_items", "Reopen: {text}")
        if status is ActionStatus.OPEN
        else QCoreApplication.translate("action_items", "Drop: {text}")
    )
    return performed(
        context,
        parent,
        label.format(text=short(item.text)),
        Kind.ACTION_ITEM,
        lambda s: service.set_status(s, item.id, status.value, now=now),
        refs=_item(item.id),
    )


def mark_reported(context: AppContext, parent: QWidget | None, item_id: str, text: str) -> bool:
    """I told the mentor how it went (from the Dashboard or the brief)."""
    today, now = context.today(), context.now()
    return performed(
        context,
        parent,
        QCoreApplication.translate("action_items", "Reported back: {text}").format(
            text=short(text)
        ),
        Kind.ACTION_ITEM,
        lambda s: service.mark_reported(s, item_id, today, now=now),
        refs=_item(item_id),
    )


def remove_item(context: AppContext, parent: QWidget | None, item: ActionItemState) -> bool:
    """Take back an item captured by mistake (meeting mode; Edit ▸ Undo restores it)."""
    return performed(
        context,
        parent,
        QCoreApplication.translate("action_items", "Remove “{text}”").format(text=short(item.text)),
        Kind.ACTION_ITEM,
        lambda s: service.delete(s, item.id),
        refs=_item(item.id),
        dependents=True,
    )
