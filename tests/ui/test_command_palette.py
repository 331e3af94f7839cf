"""Every action from the keyboard (issue 22, part 3): Ctrl+K (or Ctrl+Shift+P) lists every
QAction of the main window and of meeting mode with its place and keys, and each is
reached from it by typing its name and Enter; text that names no action searches the
data. Preferences ▸ Shortcuts changes keys, refuses two actions on the same keys, and
a change works at once and after a restart."""

from __future__ import annotations

from collections.abc import Callable

import shiboken6
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QDialog, QDialogButtonBox, QListView, QWidget
from pytestqt.qtbot import QtBot

from mentordesk.config import Paths
from mentordesk.db.database import Database
from mentordesk.ui import shortcuts
from mentordesk.ui.meeting_mode import keys as meeting_keys
from mentordesk.ui.meeting_mode.window import MeetingModeWindow
from mentordesk.ui.settings import open_settings
from mentordesk.ui.shell import keyboard
from mentordesk.ui.shell.main_window import MainWindow
from mentordesk.ui.shell.preferences import PreferencesDialog
from mentordesk.ui.widgets.command_palette import CommandPalette
from tests.ui.conftest import DialogAnswerer
from tests.ui.helpers import add_people, type_text
from tests.ui.test_meeting_mode_keys import open_meeting

PALETTES = ("commandPaletteAction", "meetingPaletteAction")


def press_in(qtbot: QtBot, window: QWidget, keys: str) -> None:
    """Press ``keys`` in ``window`` once it is the active window, as a person does."""
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    press_keys(window, keys)


def press_keys(window: QWidget, keys: str) -> None:
    focused = QApplication.focusWidget()
    target = focused if focused is not None and focused.window() is window else window
    QTest.keySequence(target, QKeySequence(keys))


def open_palette(qtbot: QtBot, window: QWidget, keys: str = "Ctrl+K") -> CommandPalette:
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    press_keys(window, keys)
    shown = [p for p in window.findChildren(CommandPalette) if p.isVisible()]
    assert len(shown) == 1, f"{keys} opened no palette"
    return shown[0]


def reach_each(qtbot: QtBot, window: QWidget, entries: list[shortcuts.Entry]) -> None:
    """Type each action's name in the palette and press Enter: that action runs. Its own
    slots are let go first (the rest of the suite runs them): this is about reaching."""
    ran: list[QAction] = []
    for entry in entries:
        action = entry.action
        if action.objectName() not in PALETTES:  # the palette itself keeps opening
            action.triggered.disconnect()
        action.triggered.connect(lambda _c=False, a=action: ran.append(a))
        action.setEnabled(True)
    for entry in entries:
        palette = open_palette(qtbot, window)
        type_text(palette.field, shortcuts.plain(entry.action))
        shown = palette.shown_actions()
        assert entry.action in shown, (entry.key, [a.text() for a in shown])
        for _ in range(shown.index(entry.action)):  # Down to it, as a person would
            QTest.keyClick(palette.field, Qt.Key.Key_Down)
        before = len(ran)
        QTest.keyClick(palette.field, Qt.Key.Key_Return)
        qtbot.waitUntil(lambda a=entry.action, n=before: ran[n:] == [a])  # type: ignore[misc]
        assert not shiboken6.isValid(palette) or not palette.isVisible()
        for again in (p for p in window.findChildren(CommandPalette) if p.isVisible()):
            again.close()  # the palette, chosen from itself, opened again
    # Each reached once and in turn (opening the palette with its keys runs it too).
    assert [a for a in ran if a.objectName() not in PALETTES] == [
        e.action for e in entries if e.action.objectName() not in PALETTES
    ]


def test_every_action_of_the_main_window_is_reached_from_the_palette(
    qtbot: QtBot, window: MainWindow
) -> None:
    listed = keyboard.main_entries(window)
    every = [
        a
        for a in window.findChildren(QAction)
        if a.objectName() and a.text() and not a.menu() and not a.objectName().startswith("_q_")
    ]
    assert {id(e.action) for e in listed} == {id(a) for a in every}
    assert len({e.key for e in listed}) == len(listed), "one key per action"
    assert len(listed) > 40  # the menus and every area's buttons
    palette = open_palette(qtbot, window, "Ctrl+Shift+P")
    once = keyboard.palette_entries(listed)  # an area's "Plan meeting" is File's
    assert 0 < len(listed) - len(once) < 5
    assert len(palette.shown_actions()) == len(once)
    row = palette.shown_actions().index(window.preferences_action)
    item = palette.list.topLevelItem(row)
    assert item is not None
    assert (item.text(1), item.text(2)) == ("Edit", "Ctrl+,")
    palette.close()
    reach_each(qtbot, window, once)


def test_every_action_of_meeting_mode_is_reached_from_its_palette(
    qtbot: QtBot, window: MainWindow, database: Database
) -> None:
    meeting = open_meeting(qtbot, window, database)
    listed = meeting_keys.meeting_entries(meeting)
    assert [e.action.objectName() for e in listed] == [name for name, _, _ in meeting_keys.ACTIONS]
    assert {e.place for e in listed} == {"Meeting mode"}
    reach_each(qtbot, meeting, listed)
    meeting.close()


def test_text_that_names_no_action_searches_the_data(
    qtbot: QtBot, window: MainWindow, database: Database
) -> None:
    add_people(database, "Ada Lovelace")
    # Ctrl+Shift+P works in a text field too (a field takes Ctrl+K: delete to the end).
    palette = open_palette(qtbot, window, "Ctrl+Shift+P")
    type_text(palette.field, "Lovelace")
    assert palette.shown_actions() == []
    QTest.keyClick(palette.field, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.current_area() == "search")
    search = window.area_widget("search")
    assert search is not None
    assert search.query() == "Lovelace"  # type: ignore[attr-defined]
    results = search.findChild(QListView, "searchResults")
    assert results is not None
    qtbot.waitUntil(lambda: results.model().rowCount() > 0)
    assert "Ada Lovelace" in str(results.model().index(0, 0).data())


def edit_shortcut(key: str, keys: str, then: str = "ok") -> Callable[[QDialog], None]:
    """Preferences ▸ Shortcuts: give the action ``key`` these keys, then OK."""

    def answer(dialog: QDialog) -> None:
        assert isinstance(dialog, PreferencesDialog) and dialog.shortcuts is not None
        page = dialog.shortcuts
        dialog.tabs.setCurrentWidget(page)
        page.table.setCurrentCell(page.row_of(key), 0)
        entry = page.current()
        page.set_keys(entry, [QKeySequence(keys)] if keys else [])
        buttons = dialog.findChild(QDialogButtonBox, "preferencesButtons")
        assert buttons is not None
        ok = buttons.button(QDialogButtonBox.StandardButton.Ok)
        assert ok is not None
        ok.click()
        if then == "conflict":
            assert dialog.isVisible(), "saved with two actions on one key"
            assert page.problems.isVisible()
            assert "Ctrl+F: Find (Edit) and Dashboard (View)" in page.problems.text()
            page.set_keys(entry, shortcuts.default_keys(entry.action) if entry else [])
            assert not page.check()
            ok.click()
        assert not dialog.isVisible()

    return answer


def test_the_shortcuts_as_made_have_no_conflict(window: MainWindow) -> None:
    entries = keyboard.every_entry(window)
    keys = {e.key: shortcuts.default_keys(e.action) for e in entries}
    assert shortcuts.conflicts(keys, entries) == []


def test_a_shortcut_changed_in_preferences_works_at_once_and_after_a_restart(
    qtbot: QtBot,
    window: MainWindow,
    database: Database,
    dialogs: DialogAnswerer,
    paths: Paths,
) -> None:
    dialogs.answer(edit_shortcut("window/show_dashboard_action", "Ctrl+Alt+D"))
    window.show_preferences()
    window.open_area("goals")
    press_in(qtbot, window, "Ctrl+Alt+D")
    assert window.current_area() == "dashboard"
    window.open_area("goals")
    press_in(qtbot, window, "Ctrl+1")  # the old keys are free again
    assert window.current_area() == "goals"
    assert window.findChild(QAction, "show_dashboard_action").toolTip() == (  # type: ignore[union-attr]
        "Dashboard (Ctrl+Alt+D)"
    )

    # A meeting window open now, and one opened later, take an edit of meeting mode's keys.
    meeting = open_meeting(qtbot, window, database)
    dialogs.answer(edit_shortcut("meeting/captureActionItemAction", "Ctrl+Alt+A"))
    window.show_preferences()
    action = meeting.key_actions["captureActionItemAction"]
    assert action.shortcuts() == [QKeySequence("Ctrl+Alt+A")]
    meeting.close()

    window.undo_stack.clear()
    window.close()  # quit; the next start reads the edits back
    again = MainWindow(paths, open_settings(paths))
    qtbot.addWidget(again)
    again.show()
    qtbot.waitExposed(again)
    again.activateWindow()
    qtbot.waitUntil(again.isActiveWindow)
    again.attach_database(database)
    again.open_area("goals")
    press_in(qtbot, again, "Ctrl+Alt+D")
    assert again.current_area() == "dashboard"
    # What Help ▸ Keyboard Shortcuts reads, with no meeting open: the edited keys.
    listed = {e.key: e.action.shortcuts() for e in keyboard.every_entry(again)}
    assert listed["meeting/captureActionItemAction"] == [QKeySequence("Ctrl+Alt+A")]
    assert listed["window/show_dashboard_action"] == [QKeySequence("Ctrl+Alt+D")]
    reopened = open_meeting(qtbot, again, database)
    assert isinstance(reopened, MeetingModeWindow)
    assert reopened.key_actions["captureActionItemAction"].shortcuts() == [
        QKeySequence("Ctrl+Alt+A")
    ]
    reopened.close()


def test_two_actions_on_one_key_are_refused_until_one_changes(
    window: MainWindow, dialogs: DialogAnswerer, paths: Paths
) -> None:
    dialogs.answer(edit_shortcut("window/show_dashboard_action", "Ctrl+F", then="conflict"))
    window.show_preferences()
    assert shortcuts.edited(open_settings(paths)) == {}


def test_the_shortcuts_page_shows_keys_a_keyboard_has(
    window: MainWindow, dialogs: DialogAnswerer
) -> None:
    """New Mentor reads "Ctrl+N", not "Ctrl+N; New": the system's extra binding to a
    dedicated New key (which few keyboards have) still works but is not listed."""
    new_mentor = window.findChild(QAction, "newMentorAction")
    assert new_mentor is not None  # bound to every key the system gives New (here: 2)
    assert len(new_mentor.shortcuts()) == len(
        QKeySequence.keyBindings(QKeySequence.StandardKey.New)
    )
    seen: list[str] = []

    def read(dialog: QDialog) -> None:
        assert isinstance(dialog, PreferencesDialog) and dialog.shortcuts is not None
        page = dialog.shortcuts
        item = page.table.item(page.row_of("window/newMentorAction"), 2)
        assert item is not None
        seen.append(item.text())
        dialog.reject()

    dialogs.answer(read)
    window.show_preferences()
    assert seen == [QKeySequence("Ctrl+N").toString(QKeySequence.SequenceFormat.NativeText)]
