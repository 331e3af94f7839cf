"""Meeting mode's actions, declared once: the window makes them (``add_actions``), the
command palette lists them (Ctrl+K, Ctrl+Shift+P, in the meeting window) and
Preferences ▸ Shortcuts edits them even when no meeting is open (``standing_entries``).
Their keys are those of ``ACTIONS`` unless Preferences changed them."""

from __future__ import annotations

from collections.abc import Callable, Mapping

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QObject, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QWidget

from mentordesk.ui import shortcuts
from mentordesk.ui.actions import key_bindings, make_action
from mentordesk.ui.settings import Settings
from mentordesk.ui.shortcuts import MEETING, Entry, entries_of
from mentordesk.ui.widgets.command_palette import CommandPalette

SAVE = QKeySequence.StandardKey.Save  # read when the actions are made (needs the app)
# (object name, text, keys): the meeting window's actions, in the palette's order.
ACTIONS: tuple[tuple[str, object, tuple[str | QKeySequence.StandardKey, ...]], ...] = (
    (
        "captureActionItemAction",
        QT_TRANSLATE_NOOP("meeting_keys", "Capture Action Item"),
        ("Ctrl+Shift+A",),
    ),
    (
        "captureGiveBackAction",
        QT_TRANSLATE_NOOP("meeting_keys", "Capture Give-back Idea"),
        ("Ctrl+Shift+G",),
    ),
    ("dropTopicAction", QT_TRANSLATE_NOOP("meeting_keys", "Drop a Topic…"), ("Ctrl+Shift+T",)),
    ("logTouchAction", QT_TRANSLATE_NOOP("meeting_keys", "Log a Touch…"), ()),
    ("startClockAction", QT_TRANSLATE_NOOP("meeting_keys", "Start the Meeting Clock"), ()),
    ("joinCallAction", QT_TRANSLATE_NOOP("meeting_keys", "Join the Call"), ()),
    ("rescheduleAction", QT_TRANSLATE_NOOP("meeting_keys", "Reschedule…"), ()),
    (
        "noteHistoryAction",
        QT_TRANSLATE_NOOP("meeting_keys", "Earlier Versions of the Notes…"),
        ("Ctrl+Shift+H",),
    ),
    ("endMeetingAction", QT_TRANSLATE_NOOP("meeting_keys", "End Meeting…"), ("Ctrl+Shift+E",)),
    ("sendRecapAction", QT_TRANSLATE_NOOP("meeting_keys", "Send Recap…"), ("Ctrl+Shift+R",)),
    (
        "privatePointAction",
        QT_TRANSLATE_NOOP("meeting_keys", "Mark Selected Point or Action Private"),
        ("Ctrl+Alt+L",),
    ),
    (
        "presentingMeetingAction",
        QT_TRANSLATE_NOOP("meeting_keys", "Presenting (Hide Private Items)"),
        ("Ctrl+Alt+P",),
    ),
    ("saveNowAction", QT_TRANSLATE_NOOP("meeting_keys", "Save Now"), (SAVE,)),
    ("closeMeetingAction", QT_TRANSLATE_NOOP("meeting_keys", "Close (Saving First)"), ("Ctrl+W",)),
    ("quitAppAction", QT_TRANSLATE_NOOP("meeting_keys", "Quit MentorDesk"), ("Ctrl+Q",)),
    (
        "meetingPaletteAction",
        QT_TRANSLATE_NOOP("meeting_keys", "Run Action…"),
        ("Ctrl+K", "Ctrl+Shift+P"),
    ),
)


def place() -> str:
    return QCoreApplication.translate("meeting_keys", "Meeting mode")


def add_actions(
    window: QWidget, slots: Mapping[str, Callable[[], object]], settings: Settings
) -> dict[str, QAction]:
    """Meeting mode's actions on ``window``, each calling its slot, with the edited keys."""
    made = {
        name: make_action(
            window,
            name,
            QCoreApplication.translate("meeting_keys", str(text)),
            slots[name],
            key_bindings(*keys),
        )
        for name, text, keys in ACTIONS
    }
    shortcuts.apply(entries_of(made.values(), MEETING, place()), settings)
    return made


def meeting_entries(window: QWidget) -> list[Entry]:
    """The actions of an open meeting window, as the palette and Preferences list them."""
    return entries_of(window.findChildren(QAction), MEETING, place())


def standing_entries(owner: QObject, settings: Settings) -> list[Entry]:
    """Meeting mode's actions when no meeting window is open (for Preferences and Help):
    made from ``ACTIONS`` on a holder owned by ``owner``, doing nothing, with the keys
    as edited."""
    holder = owner.findChild(QWidget, "meetingActionsHolder")
    if holder is None:
        holder = QWidget()
        holder.setObjectName("meetingActionsHolder")
        holder.setParent(owner if isinstance(owner, QWidget) else None)
        holder.hide()
        for name, text, keys in ACTIONS:
            action = QAction(QCoreApplication.translate("meeting_keys", str(text)), holder)
            action.setObjectName(name)
            action.setShortcuts(key_bindings(*keys))
            action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)  # never live
            holder.addAction(action)
    entries = entries_of(holder.findChildren(QAction), MEETING, place())
    shortcuts.apply(entries, settings)
    return entries


def show_palette(window: QWidget, search: Callable[[str], None]) -> CommandPalette:
    palette = CommandPalette(meeting_entries(window), search, window)
    palette.show()
    return palette
