"""Issue 18, item 11: Help ▸ Keyboard Shortcuts is made from the window's actions, so
it cannot go stale, and F1 opens an offline guide to how MentorDesk follows the article."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QDialog

from mentordesk.ui.actions import make_action
from mentordesk.ui.shell.help_dialogs import GuideDialog, ShortcutsDialog
from mentordesk.ui.shell.main_window import MainWindow
from tests.ui.conftest import DialogAnswerer
from tests.ui.helpers import press


def native(keys: str) -> str:
    return QKeySequence(keys).toString(QKeySequence.SequenceFormat.NativeText)


def test_keyboard_shortcuts_lists_every_action_with_keys(
    window: MainWindow, dialogs: DialogAnswerer
) -> None:
    make_action(window, "laterAction", "A &Later Command", lambda: None, "Ctrl+Shift+L")
    rows: list[tuple[str, str]] = []

    def read(dialog: QDialog) -> None:
        assert isinstance(dialog, ShortcutsDialog)
        table = dialog.table
        for row in range(table.rowCount()):
            keys, what = table.item(row, 0), table.item(row, 1)
            assert keys is not None and what is not None
            rows.append((keys.text(), what.text()))
        dialog.reject()

    dialogs.answer(read)
    window.shortcuts_action.trigger()
    found = dict((what, keys) for keys, what in rows)
    assert found["Plan Meeting"] == native("Ctrl+Shift+N")
    assert found["Find"] == native("Ctrl+F")  # not "Ctrl+F / Find": no Find key listed
    assert native("Ctrl+K") in found["Run Action"]  # the palette took Ctrl+K
    assert found["A Later Command"] == native("Ctrl+Shift+L")  # added after: listed
    assert found["Action items: Mark done"] == native("Ctrl+D")  # an area's, not yet built
    assert found["Give-back: Mark done"] == native("Ctrl+D")
    assert any(what == "Meeting mode: capture an action item" for _keys, what in rows)


def test_f1_opens_the_guide_without_a_browser(window: MainWindow, dialogs: DialogAnswerer) -> None:
    seen: list[str] = []

    def read(dialog: QDialog) -> None:
        assert isinstance(dialog, GuideDialog)
        seen.append(dialog.text.toPlainText())
        dialog.reject()

    dialogs.answer(read)
    press(window, Qt.Key.Key_F1)
    assert seen and "How MentorDesk follows the article" in seen[0]
    for tip in ("Set clear expectations", "A two-way street: give back", "Prospects (Ctrl+7)"):
        assert tip in seen[0]
