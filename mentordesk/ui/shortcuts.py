"""Keyboard shortcuts a person changed (Preferences ▸ Shortcuts), kept in the declared
settings and laid over the shortcuts each action is made with.

An action is known by its place and object name: ``window/findAction`` (the main
window's menus), ``goals/newGoalAction`` (an area's key: its keys work while the area
has focus), ``meeting/endMeetingAction`` (meeting mode). The setting holds only the
changed ones, as ``key=keys`` (Qt's portable text, ``; `` between several, nothing for
none). ``apply`` is called on every action when its window or area is built and after
Preferences are saved; the action remembers the keys it was made with, so a reset or a
removed edit brings them back.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence

from mentordesk.ui import settings as setting
from mentordesk.ui.actions import set_keys
from mentordesk.ui.settings import Settings

WINDOW, MEETING = "window", "meeting"  # places that are not an area
DEFAULT_KEYS = "mentordeskDefaultKeys"  # the property keeping the keys it was made with
PORTABLE = QKeySequence.SequenceFormat.PortableText
NATIVE = QKeySequence.SequenceFormat.NativeText
# Keys few keyboards have (X11 binds New, Save, Undo, Find, Help and F14 beside Ctrl+N…).
_RARE_KEYS = range(Qt.Key.Key_F13.value, Qt.Key.Key_F35.value + 1)
_DEDICATED_FROM = Qt.Key.Key_Help.value


@dataclass(frozen=True)
class Entry:
    """One action as the palette and Preferences list it: its key, the action, and
    where it works (the place's name, for people)."""

    key: str
    action: QAction
    place: str

    @property
    def scope(self) -> str:
        return self.key.split("/", 1)[0]


def is_listed(action: QAction) -> bool:
    """An action a person can take by name: named, with text, not a menu of its own
    (Qt's own helper actions, a menu's title, the banner's toggle have no name)."""
    name = action.objectName()
    return bool(name) and not name.startswith("_q_") and bool(action.text()) and not action.menu()


def shown_keys(keys: Iterable[QKeySequence], separator: str) -> str:
    """The keys as a person reads them in a list: a keyboard's dedicated keys (New,
    Save, Undo, Find, Help, F14), which the system adds beside Ctrl+N and the like, are
    left out of the text (they still work), unless they are all there is."""
    given = [k for k in keys if not k.isEmpty()]
    typed = [k for k in given if not _dedicated(k)] or given
    return separator.join(k.toString(NATIVE) for k in typed)


def _dedicated(sequence: QKeySequence) -> bool:
    if sequence.count() != 1:
        return False
    combination = sequence[0]  # type: ignore[index]  # QKeySequence[i]: not in the stubs
    if combination.keyboardModifiers() != Qt.KeyboardModifier.NoModifier:
        return False
    key = combination.key().value
    return key in _RARE_KEYS or key >= _DEDICATED_FROM


def default_keys(action: QAction) -> list[QKeySequence]:
    stored = action.property(DEFAULT_KEYS)
    if isinstance(stored, str):
        return QKeySequence.listFromString(stored, PORTABLE) if stored else []
    return list(action.shortcuts())


def edited(settings: Settings) -> dict[str, list[QKeySequence]]:
    """The shortcuts changed in Preferences, by action key."""
    found: dict[str, list[QKeySequence]] = {}
    for line in settings.get(setting.SHORTCUTS):
        key, sep, keys = line.partition("=")
        if sep and "/" in key:
            found[key] = QKeySequence.listFromString(keys, PORTABLE) if keys else []
    return found


def store(settings: Settings, changes: Mapping[str, list[QKeySequence]]) -> None:
    """Keep ``changes`` (every edited action's keys) as the edited shortcuts."""
    lines = tuple(
        f"{key}={QKeySequence.listToString(keys, PORTABLE)}"
        for key, keys in sorted(changes.items())
    )
    settings.set(setting.SHORTCUTS, lines)
    settings.sync()


def apply(entries: Iterable[Entry], settings: Settings) -> None:
    """Give every action its edited keys, or back the ones it was made with."""
    changes = edited(settings)
    for entry in entries:
        action = entry.action
        if action.property(DEFAULT_KEYS) is None:
            keys = QKeySequence.listToString(list(action.shortcuts()), PORTABLE)
            action.setProperty(DEFAULT_KEYS, keys)
        set_keys(action, changes.get(entry.key, default_keys(action)))


def entries_of(actions: Iterable[QAction], place_key: str, place: str) -> list[Entry]:
    """The listed ``actions`` at one place (``WINDOW``, ``MEETING`` or an area's key)."""
    return [Entry(f"{place_key}/{a.objectName()}", a, place) for a in actions if is_listed(a)]


def overlaps(a: Entry, b: Entry) -> bool:
    """Whether the two actions' keys could both be live at once: the same place, or the
    main window's menus and one of its areas. Meeting mode is a window of its own."""
    if a.scope == b.scope:
        return True
    return WINDOW in (a.scope, b.scope) and MEETING not in (a.scope, b.scope)


def conflicts(keys: Mapping[str, list[QKeySequence]], entries: list[Entry]) -> list[str]:
    """Each clash in words ("Ctrl+E: Edit (Goals) and End Meeting (Meeting mode)"):
    two actions given the same keys where both could be live (``keys`` by entry key)."""
    found: list[str] = []
    for index, first in enumerate(entries):
        for second in entries[index + 1 :]:
            if not overlaps(first, second):
                continue
            mine = {k.toString(PORTABLE) for k in keys.get(first.key, [])}
            for shared in (k for k in keys.get(second.key, []) if k.toString(PORTABLE) in mine):
                found.append(
                    f"{shared.toString(QKeySequence.SequenceFormat.NativeText)}: "
                    f"{plain(first.action)} ({first.place}) and "
                    f"{plain(second.action)} ({second.place})"
                )
    return found


def plain(action: QAction) -> str:
    """An action's text as a person reads it (no mnemonic, no ellipsis)."""
    return action.text().replace("&&", "\0").replace("&", "").replace("\0", "&").rstrip("…")
