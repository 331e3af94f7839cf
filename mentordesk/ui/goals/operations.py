"""What a person does with goals, each said once (``ui/operation.py``): the Goals area,
its dialogs and a goal's board call these. Field errors are raised
(``GoalValidationError``) for the form to show beside its fields."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from mentordesk.services import goal_links, goals, records
from mentordesk.services.goals import GoalData, GoalRow
from mentordesk.services.kinds import Kind, Ref
from mentordesk.ui.context import AppContext, Written
from mentordesk.ui.operation import delete_question, perform, performed


def add_goal(
    context: AppContext, parent: QWidget | None, data: GoalData, mentor_ids: Sequence[str]
) -> Written[GoalRow] | None:
    now = context.now()
    return perform(
        context,
        parent,
        QCoreApplication.translate("goals", "Add goal {title}").format(title=data.title.strip()),
        Kind.GOAL,
        lambda s: goals.create_goal(s, data, mentor_ids=list(mentor_ids), now=now),
        created=lambda g: [Ref(Kind.GOAL, g.id)],
    )


def edit_goal(
    context: AppContext,
    parent: QWidget | None,
    goal_id: str,
    data: GoalData,
    mentor_ids: Sequence[str],
) -> Written[GoalRow] | None:
    """Change the goal and which mentors are on its board."""
    now = context.now()

    def change(s: Any) -> GoalRow:
        goals.update_goal(s, goal_id, data, now=now)
        return goal_links.set_mentors(s, goal_id, list(mentor_ids), now=now)

    return perform(
        context,
        parent,
        QCoreApplication.translate("goals", "Edit goal {title}").format(title=data.title.strip()),
        Ref(Kind.GOAL, goal_id),
        change,
    )


def set_progress(
    context: AppContext,
    parent: QWidget | None,
    goal: GoalRow,
    value: int,
    *,
    comment: str,
    day: date,
) -> bool:
    today, now = context.today(), context.now()
    return performed(
        context,
        parent,
        QCoreApplication.translate("goals", "Progress of {goal}: {value} %").format(
            goal=goal.title, value=value
        ),
        Ref(Kind.GOAL, goal.id),
        lambda s: goals.set_progress(
            s, goal.id, value, comment=comment, day=day, today=today, now=now
        ),
    )


def link_actions(
    context: AppContext, parent: QWidget | None, goal: GoalRow, action_ids: Sequence[str]
) -> bool:
    """The action items that serve the goal are exactly ``action_ids``."""
    now = context.now()
    return performed(
        context,
        parent,
        QCoreApplication.translate("goals", "Link action items to {goal}").format(goal=goal.title),
        Ref(Kind.GOAL, goal.id),
        lambda s: goal_links.set_actions(s, goal.id, list(action_ids), now=now),
        done=QCoreApplication.translate("goals", "Linked the advice to “{goal}”.").format(
            goal=goal.title
        ),
    )


def delete_goal(
    context: AppContext, parent: QWidget | None, goal: GoalRow, *, ask: bool = True
) -> bool:
    """Delete the goal after saying which links go with it; its mentors, action items and
    meetings stay."""
    ref = Ref(Kind.GOAL, goal.id)
    question = None
    if ask:
        question = delete_question(
            Kind.GOAL,
            goal.title,
            context.read(records.what_goes, ref),
            keeps=QCoreApplication.translate(
                "goals", "The mentors, action items and meetings themselves stay."
            ),
        )
    return performed(
        context,
        parent,
        QCoreApplication.translate("goals", "Delete goal {title}").format(title=goal.title),
        Kind.GOAL,
        lambda s: goals.delete_goal(s, goal.id),
        refs=[ref],
        dependents=True,
        ask=question,
    )
