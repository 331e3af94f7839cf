"""The command palette lists each command once: "Plan meeting" was there twice, as
File ▸ Plan Meeting and as the Meetings area's button, and both planned a meeting for
the mentor on screen. The menu's entry stays (it works everywhere, with its keys)."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from mentordesk.ui import shortcuts
from mentordesk.ui.shell import keyboard
from mentordesk.ui.shell.main_window import MainWindow
from tests.ui.helpers import type_text
from tests.ui.test_command_palette import open_palette


def rows_for(qtbot: QtBot, window: MainWindow, typed: str) -> list[tuple[str, str]]:
    """The palette's rows (action, place) after typing ``typed``."""
    palette = open_palette(qtbot, window)
    type_text(palette.field, typed)
    rows = [palette.list.topLevelItem(i) for i in range(palette.list.topLevelItemCount())]
    shown = [(r.text(0), r.text(1)) for r in rows if r is not None]
    palette.close()
    return shown


def test_plan_meeting_is_listed_once(qtbot: QtBot, window: MainWindow) -> None:
    window.open_area("meetings")
    plans = [
        r for r in rows_for(qtbot, window, "plan meeting") if r[0].casefold() == "plan meeting"
    ]
    assert plans == [("Plan Meeting", "File")]
    window.open_area("actions")
    new_items = [
        r for r in rows_for(qtbot, window, "new action") if r[0].casefold() == "new action item"
    ]
    assert new_items == [("New Action Item", "File")]


def test_no_command_of_the_menus_is_listed_twice(qtbot: QtBot, window: MainWindow) -> None:
    palette = open_palette(qtbot, window)
    shown = [shortcuts.plain(a).casefold() for a in palette.shown_actions()]
    palette.close()
    menus = {
        shortcuts.plain(e.action).casefold()
        for e in keyboard.main_entries(window)
        if e.key.startswith(f"{shortcuts.WINDOW}/")
    }
    assert [name for name in menus if shown.count(name) > 1] == []
