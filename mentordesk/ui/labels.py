"""What the user sees for each stored choice: the one home of every enum's labels.

The labels are written once, Qt-free, in ``services/choice_labels.py`` (the exports
read them too), marked for translation there and translated when shown
(``label``), so a language chosen at run time applies everywhere.
Stored values never change.
"""

from __future__ import annotations

import enum

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from mentordesk.services import note_history
from mentordesk.services.choice_labels import LABELS

CONTEXT = "labels"

NOTE_VERSION_REASONS = {
    note_history.PERIODIC: QT_TRANSLATE_NOOP("labels", "Saved while typing"),
    note_history.BEFORE_LARGE_DELETION: QT_TRANSLATE_NOOP("labels", "Before a large deletion"),
    note_history.BEFORE_RESTORE: QT_TRANSLATE_NOOP("labels", "Before restoring a version"),
    note_history.RECOVERED: QT_TRANSLATE_NOOP("labels", "Recovered after a crash"),
}


def translate(text: str) -> str:
    return QCoreApplication.translate("labels", str(text))


def label(kind: type[enum.StrEnum], value: str) -> str:
    """The label of ``value`` of the enum ``kind``, in the user's language."""
    text = LABELS[kind].get(value)
    return translate(str(text)) if text is not None else value


def choices(kind: type[enum.StrEnum]) -> list[tuple[str, str]]:
    """(value, label) for every member of ``kind``, in the enum's order."""
    return [(str(value), translate(str(text))) for value, text in LABELS[kind].items()]


def order(kind: type[enum.StrEnum], value: str) -> int:
    """Where ``value`` comes in the enum's own order (prospect → ended); unknown last."""
    values = list(LABELS[kind])
    return values.index(value) if value in values else len(values)


def note_reason(reason: str) -> str:
    text = NOTE_VERSION_REASONS.get(reason)
    return translate(str(text)) if text is not None else reason
