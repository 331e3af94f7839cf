"""Every action of the main window and meeting mode, by name: the registry the command
palette (Edit ▸ Run Action…, Ctrl+K or Ctrl+Shift+P) and Preferences ▸ Shortcuts read,
and what lays the edited shortcuts over them (``ui/shortcuts.py``).

The list is read from the windows' own QActions (the menus', every area's, meeting
mode's), so it cannot go stale. Help ▸ Keyboard Shortcuts can read the same list:
``every_entry(window)`` gives each action with its place and its keys as they are now.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu, QWidget

from mentordesk.ui import shortcuts
from mentordesk.ui.actions import key_bindings, make_action
from mentordesk.ui.area import area_title
from mentordesk.ui.meeting_mode.open_windows import open_windows
from mentordesk.ui.shortcuts import WINDOW, Entry, entries_of

if TYPE_CHECKING:
    from mentordesk.ui.shell.main_window import MainWindow
    from mentordesk.ui.widgets.command_palette import CommandPalette

PALETTE_KEYS = ("Ctrl+K", "Ctrl+Shift+P")


def add_palette_action(window: MainWindow, menu: QMenu) -> QAction:
    """Edit ▸ Run Action… (Ctrl+K, Ctrl+Shift+P)."""
    action = make_action(
        window,
        "commandPaletteAction",
        QCoreApplication.translate("keyboard", "&Run Action…"),
        lambda: show_palette(window),
        key_bindings(*PALETTE_KEYS),
    )
    menu.addAction(action)
    return action


def _menu_places(window: MainWindow) -> dict[int, str]:
    """The menu each of the window's own actions is in, by id: its place's name."""
    places = {}
    for top in window.menuBar().actions():
        menu = top.menu()
        if isinstance(menu, QMenu):
            title = top.text().replace("&", "")
            for action in menu.actions():
                places[id(action)] = title
    return places


def main_entries(window: MainWindow, build: bool = True) -> list[Entry]:
    """The main window's actions: its menus', then every area's (``build``: areas not
    opened yet are built now, so all are listed)."""
    places = _menu_places(window)
    own = [a for a in window.findChildren(QAction) if a.parent() is window]
    found = [
        Entry(e.key, e.action, places.get(id(e.action), e.place))
        for e in entries_of(own, WINDOW, QCoreApplication.translate("keyboard", "Everywhere"))
    ]
    if build:
        areas: dict[str, QWidget] = window.build_all_areas()
    else:  # the areas opened so far
        built = ((key, window.area_widget(key)) for key in window.area_keys())
        areas = {key: widget for key, widget in built if widget is not None}
    for key, widget in areas.items():
        found += entries_of(widget.findChildren(QAction), key, area_title(key))
    return found


def every_entry(window: MainWindow) -> list[Entry]:
    """Every action a person can give a shortcut: the main window's and meeting mode's
    (from an open meeting window, else from meeting mode's own list), each with its keys
    as they are now (``entry.action.shortcuts()``, edits included)."""
    from mentordesk.ui.meeting_mode.keys import meeting_entries, standing_entries

    windows = open_windows()
    meeting = meeting_entries(windows[0]) if windows else standing_entries(window, window.settings)
    return main_entries(window) + meeting


def apply_shortcuts(window: MainWindow) -> None:
    """The edited shortcuts on the main window's actions (built areas) and every open
    meeting window's."""
    from mentordesk.ui.meeting_mode.keys import meeting_entries

    entries = main_entries(window, build=False)
    for meeting in open_windows():
        entries += meeting_entries(meeting)
    shortcuts.apply(entries, window.settings)


def palette_entries(entries: list[Entry]) -> list[Entry]:
    """Each command once: an area's action named as a menu's (the Meetings area's "Plan
    meeting" beside File ▸ Plan Meeting) does what the menu's does for the mentor on
    screen, so only the menu's is listed, with its keys. Preferences lists both."""
    menus = {
        shortcuts.plain(e.action).casefold() for e in entries if e.key.startswith(f"{WINDOW}/")
    }
    return [
        e
        for e in entries
        if e.key.startswith(f"{WINDOW}/") or shortcuts.plain(e.action).casefold() not in menus
    ]


def show_palette(window: MainWindow) -> CommandPalette:
    """The command palette over the main window: its actions and a search of the data
    (imported when first asked for: the window paints sooner)."""
    from mentordesk.ui.widgets.command_palette import CommandPalette

    palette = CommandPalette(palette_entries(main_entries(window)), window.find_text, window)
    palette.show()
    return palette
