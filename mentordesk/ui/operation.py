"""One user action around a write, said once: its label, question and status text.

In the manner of Anki's ``qt/aqt/operations``: every action a person can take on
records (add, edit, mark done, delete…) is one function in its room's
``operations.py`` (``ui/goals/operations.py``...), called from every place that
offers it, so the question asked first, the undo step's name and the status line
are the same wherever it is done. Those functions run through ``perform`` here.

Rules:
- ``perform`` asks ``Question`` first (when given), writes through
  ``AppContext.write`` (one undo step, errors in plain words, change news that
  names its initiator), and names the area of ``kind`` for the undo step.
- A delete question says what goes with the record, from the records it takes
  (``services.records.what_goes``), in the vocabulary's words: ``delete_question``.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from typing import Any, TypeVar

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from mentordesk.services.kinds import Kind, Ref
from mentordesk.ui import messages, vocabulary
from mentordesk.ui.area import area_title
from mentordesk.ui.context import AppContext, Written
from mentordesk.ui.formats import clipped

T = TypeVar("T")


@dataclass(frozen=True)
class Question:
    """What to ask before an action: the box's title, the question, the yes button."""

    title: str
    text: str
    yes: str
    detail: str = ""


def perform(
    context: AppContext,
    parent: QWidget | None,
    label: str,
    target: Kind | Ref,
    change: Callable[[Any], T],
    *,
    refs: Iterable[Ref] = (),
    dependents: bool = False,
    created: Callable[[T], Iterable[Ref]] | None = None,
    ask: Question | None = None,
    done: str = "",
    initiator: object = None,
    area: str | None = None,
) -> Written[T] | None:
    """Ask (if ``ask``), then make the change named ``label`` to ``target``: a record
    (its ``Ref``, which the change is about) or a kind (records it adds, or several).

    The undo step names the area of the target's kind (or ``area``, the key of another
    one: a prospect's changes belong to Prospects).

    None when the person said no or the change failed (they were told why); field
    errors are raised for the form to show beside its fields.
    """
    if ask is not None and not messages.confirm(
        parent, ask.title, ask.text, ask.yes, detail=ask.detail, name="confirmBox"
    ):
        return None
    kind = target.kind if isinstance(target, Ref) else target
    if isinstance(target, Ref):
        refs = [target, *refs]
    if area is None:
        area = vocabulary.VOCABULARY[kind].area
    return context.write(
        label,
        change,
        refs=refs,
        dependents=dependents,
        created=created,
        area=area_title(area) if area else "",
        parent=parent,
        done=done,
        initiator=initiator,
    )


def nothing_to_save(context: AppContext, title: str) -> bool:
    """Save asked for a record whose form holds nothing new (Ctrl+S out of habit): no
    write, so no undo step that changes nothing; the status bar says so. True, as a
    save that needed nothing."""
    context.say(
        QCoreApplication.translate("operation", "Nothing to save: “{name}” is as stored.").format(
            name=title
        )
    )
    return True


def short(title: str) -> str:
    """A record's title as a label names it: at most 40 characters, cut after a word."""
    return clipped(title, 40)


def performed(
    context: AppContext,
    parent: QWidget | None,
    label: str,
    target: Kind | Ref,
    change: Callable[[Any], object],
    **options: Any,
) -> bool:
    """``perform`` an action whose only answer is whether it happened."""
    return perform(context, parent, label, target, change, **options) is not None


def delete_question(
    kind: Kind,
    title: str,
    goes: Mapping[Kind, int],
    *,
    first: Iterable[str] = (),
    keeps: str = "",
    quoted: bool = True,
) -> Question:
    """ "Delete the goal “Lead a team”? This also removes …" for any kind of record.

    ``goes`` counts what deleting takes (the record itself included, as
    ``what_goes`` gives it); ``first`` are parts to name before the counted ones
    ("their profile and notes"); ``keeps`` says what stays. ``quoted``: the title is a
    name ("“Lead a team”"), not a phrase ("with Ada on Monday").
    """
    parts = [*first, *vocabulary.goes(goes, owner=kind)]
    if parts:
        removes = QCoreApplication.translate("operation", "This also removes {what}.").format(
            what=vocabulary.listed(parts)
        )
    else:
        removes = QCoreApplication.translate("operation", "Nothing else goes with it.")
    text = (
        QCoreApplication.translate("operation", "Delete the {kind} “{title}”?")
        if quoted
        else QCoreApplication.translate("operation", "Delete the {kind} {title}?")
    ).format(kind=vocabulary.name(kind), title=title)
    undo = QCoreApplication.translate("operation", "Edit ▸ Undo brings it back.")
    body = " ".join(part for part in (removes, keeps, undo) if part)
    return Question(
        QCoreApplication.translate("operation", "Delete {kind}").format(kind=vocabulary.name(kind)),
        text,
        QCoreApplication.translate("operation", "Delete"),
        body,
    )
