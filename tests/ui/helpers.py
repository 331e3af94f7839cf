"""Helpers for UI tests: read what the user sees, act like the user acts."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime
from typing import Any

import pytest
from PySide6.QtCore import QAbstractItemModel, QModelIndex, QPoint, Qt
from PySide6.QtGui import QInputMethodEvent, QKeyEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QDialog, QDialogButtonBox, QWidget
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from mentordesk.db.database import Database
from mentordesk.db.types import utc_now
from mentordesk.services import mentors
from mentordesk.services.kinds import Kind, Ref
from mentordesk.services.mentors import MentorData, MentorSnapshot, list_mentors
from mentordesk.ui.context import AppContext
from mentordesk.ui.mentors.area import MentorsView
from mentordesk.ui.mentors.table import OBJECT_ROLE, MentorTableModel
from mentordesk.ui.shell.main_window import MainWindow

# Typed stand-ins for qtbot.mouseClick / keyClick / keyClicks (the same QTest calls;
# pytest-qt's own are untyped, which mypy refuses here).


def click(widget: QWidget, pos: QPoint | None = None) -> None:
    """A left click, in the middle of ``widget`` unless ``pos`` is given."""
    QTest.mouseClick(
        widget, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, pos or QPoint()
    )


def press(
    widget: QWidget, key: Qt.Key, modifiers: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier
) -> None:
    """Press and release one key (with modifiers) on ``widget``, as if it had the focus.

    Window shortcuts see it too, unless ``widget`` claims the key for itself
    (a text field claims Ctrl+Z, for example).
    """
    QTest.keyClick(widget, key, modifiers)


def type_keys(widget: QWidget, text: str) -> None:
    """Type ASCII text. Anything else: ``type_text`` (QTest aborts on non-ASCII)."""
    assert text.isascii()
    QTest.keyClicks(widget, text)


def mentors_view(window: MainWindow) -> MentorsView:
    """The Mentors area of ``window`` (built when the database was attached)."""
    view = window.open_area("mentors")
    assert isinstance(view, MentorsView)
    return view


def context_of(window: MainWindow) -> AppContext:
    assert window.context is not None
    return window.context


def stored(database: Database) -> list[MentorSnapshot]:
    """Every mentor in the database, read without the UI, by name."""
    with database.session() as session:
        return list_mentors(session, today=date.today(), now=utc_now())


def stored_one(database: Database, name: str) -> MentorSnapshot:
    matches = [m for m in stored(database) if m.data.name == name]
    assert len(matches) == 1, f"expected one stored mentor named {name!r}, found {matches}"
    return matches[0]


def shown_names(view: MentorsView) -> list[str]:
    """The names in the mentors table, top to bottom, as the user sees them."""
    proxy = view.proxy
    return [
        str(proxy.index(row, MentorTableModel.COL_NAME).data()) for row in range(proxy.rowCount())
    ]


def selected_name(view: MentorsView) -> str | None:
    """The name in the table's highlighted row (None when no row is selected)."""
    rows = view.table.selectionModel().selectedRows()
    if len(rows) != 1:
        return None
    return str(rows[0].data(OBJECT_ROLE).data.name)


def row_index(view: MentorsView, name: str) -> QModelIndex:
    for row in range(view.proxy.rowCount()):
        index = view.proxy.index(row, MentorTableModel.COL_NAME)
        if index.data() == name:
            return index
    raise AssertionError(f"{name!r} is not shown in the table")


def click_row(view: MentorsView, name: str) -> None:
    """Click the table row of ``name`` with the mouse."""
    index = row_index(view, name)
    view.table.scrollTo(index)
    rect = view.table.visualRect(index)
    assert rect.isValid()
    click(view.table.viewport(), rect.center())


def type_text(widget: QWidget, text: str) -> None:
    """Type any text (accents, emoji, right-to-left), one character at a time, as key
    presses that carry it; "\\n" presses Enter.

    ``qtbot.keyClicks`` aborts the process on non-ASCII text (docs/ARCHITECTURE.md).
    """
    for character in text:
        if character == "\n":
            press(widget, Qt.Key.Key_Return)
            continue
        for kind in (QKeyEvent.Type.KeyPress, QKeyEvent.Type.KeyRelease):
            event = QKeyEvent(kind, Qt.Key.Key_unknown, Qt.KeyboardModifier.NoModifier, character)
            QApplication.sendEvent(widget, event)


def commit_text(widget: QWidget, text: str) -> None:
    """Enter text the way an input method (e.g. for Arabic or emoji) commits it."""
    event = QInputMethodEvent()
    event.setCommitString(text)
    QApplication.sendEvent(widget, event)


def select_all_and_type(widget: QWidget, text: str) -> None:
    """Replace a line edit's text from the keyboard: Ctrl+A, then type."""
    press(widget, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    if text:
        type_keys(widget, text)
    else:
        press(widget, Qt.Key.Key_Delete)


def add_mentor(window: MainWindow, data: MentorData) -> MentorSnapshot:
    """Add a mentor the way the app does (an undoable write; the lists hear of it)."""
    done = context_of(window).write(
        f"Add {data.name}",
        lambda s: mentors.create_mentor(s, data, now=utc_now()),
        created=lambda m: [Ref(Kind.MENTOR, m.id)],
    )
    assert done is not None
    QApplication.processEvents()  # the lists apply the news on the next turn of the loop
    return done.value


def activate(qtbot: QtBot, window: QWidget) -> None:
    """Make ``window`` active again, as the desktop does when a dialog closes.

    The offscreen platform leaves no window active after a modal dialog, and
    window shortcuts (Ctrl+Z...) only reach the active window.
    """
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)


def context_at(moment: datetime) -> Any:
    """A test module's ``context`` fixture: the shared context with its clock stopped
    at ``moment`` (write ``context = context_at(NOW)`` at the top of the module)."""

    @pytest.fixture(name="context")
    def stopped(context: AppContext) -> AppContext:
        context.set_clock(lambda: moment)
        return context

    return stopped


def delete_now(qtbot: QtBot, widget: QWidget) -> None:
    """Delete ``widget`` (and its timers) and return once it is gone: no wait for a
    time that a busy machine may not keep."""
    with qtbot.waitSignal(widget.destroyed, timeout=30_000):
        widget.deleteLater()


def check_model(tester: ModelTester, model: QAbstractItemModel) -> None:
    """``qtmodeltester.check(model)`` (pytest-qt leaves it untyped)."""
    check: Callable[[QAbstractItemModel], None] = tester.check
    check(model)


def add_people(database: Database, *people: str | tuple[str, str]) -> dict[str, str]:
    """Mentors written straight to the database: a name (active), or (name, status);
    their ids by name."""
    with database.session() as session:
        return {
            name: mentors.create_mentor(
                session, MentorData(name=name, status=status), now=utc_now()
            ).id
            for name, status in (
                (person, "active") if isinstance(person, str) else person for person in people
            )
        }


def save_preferences(dialog: QDialog) -> None:
    """Press OK in Preferences, as a person does."""
    buttons = dialog.findChild(QDialogButtonBox, "preferencesButtons")
    assert buttons is not None
    ok = buttons.button(QDialogButtonBox.StandardButton.Ok)
    assert ok is not None
    ok.click()
