"""What a person does with a prospect, each said once (``ui/operation.py``): the goals
they fit, outreach steps and promotion. Their undo steps belong to Prospects."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from mentordesk.db.choices import OutreachKind
from mentordesk.services import goal_links, prospects
from mentordesk.services.kinds import Kind, Ref
from mentordesk.ui import labels
from mentordesk.ui.context import AppContext
from mentordesk.ui.operation import performed

AREA = "prospects"


def set_goals(
    context: AppContext,
    parent: QWidget | None,
    prospect_id: str,
    name: str,
    goal_ids: Sequence[str],
    offered: Sequence[str],
) -> bool:
    """The goals the prospect fits are exactly ``goal_ids`` (``offered``: every goal the
    list showed, whose links may change)."""
    return performed(
        context,
        parent,
        QCoreApplication.translate("prospects", "Goals {name} fits").format(name=name),
        Kind.GOAL,
        lambda s: goal_links.set_goals_of_mentor(s, prospect_id, list(goal_ids)),
        refs=[Ref(Kind.GOAL, goal_id) for goal_id in offered],
        area=AREA,
    )


def add_step(
    context: AppContext,
    parent: QWidget | None,
    prospect_id: str,
    name: str,
    kind: str,
    day: date,
    *,
    note: str,
    follow_up_on: date | None,
) -> bool:
    """Record an outreach step (asking a prospect makes them "requested")."""
    today, now = context.today(), context.now()
    return performed(
        context,
        parent,
        QCoreApplication.translate("prospects", "{step} {name}").format(
            step=labels.label(OutreachKind, kind), name=name
        ),
        Kind.OUTREACH_STEP,
        lambda s: prospects.add_step(
            s,
            prospect_id,
            kind,
            day,
            note=note,
            follow_up_on=follow_up_on,
            today=today,
            now=now,
        ),
        refs=[Ref(Kind.MENTOR, prospect_id)],
        created=lambda step: [Ref(Kind.OUTREACH_STEP, step.id)],
        area=AREA,
    )


def delete_step(context: AppContext, parent: QWidget | None, step_id: str) -> bool:
    return performed(
        context,
        parent,
        QCoreApplication.translate("prospects", "Delete an outreach step"),
        Ref(Kind.OUTREACH_STEP, step_id),
        lambda s: prospects.delete_step(s, step_id),
        dependents=True,
        area=AREA,
    )


def promote(context: AppContext, parent: QWidget | None, mentor_id: str, name: str) -> bool:
    """The prospect agreed: an active mentor now, with everything recorded kept."""
    now = context.now()
    return performed(
        context,
        parent,
        QCoreApplication.translate("prospects", "Promote {name} to active mentor").format(
            name=name
        ),
        Ref(Kind.MENTOR, mentor_id),
        lambda s: prospects.promote(s, mentor_id, now=now),
        done=QCoreApplication.translate("prospects", "{name} is an active mentor now.").format(
            name=name
        ),
        area=AREA,
    )
