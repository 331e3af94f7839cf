"""Screen readers and tests both find controls by name: every node a person acts on,
in every area, dialog and meeting mode, says what it is in Qt's accessibility tree
(what AT-SPI, UI Automation and NSAccessibility export); live values read as values."""

from __future__ import annotations

import re
from datetime import timedelta

from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from mentordesk.db.database import Database
from mentordesk.db.types import utc_now
from mentordesk.ui.shell.main_window import MainWindow
from tests.ui.accessible_tree import unnamed
from tests.ui.test_meeting_mode_fixtures import make_setup, type_text
from tests.ui.tour import visit_every_screen


def test_every_control_on_every_screen_has_a_name(
    qtbot: QtBot, window: MainWindow, database: Database
) -> None:
    def inspect(_where: str, widget: QWidget) -> list[str]:
        return unnamed(widget)

    tour = visit_every_screen(qtbot, window, database, inspect)
    assert {
        *(f"area {key}" for key in window.area_keys()),
        "plan meeting",
        "read meeting",
        "edit meeting",
        "mark done",
        "end meeting",
        "backups",
        "meeting mode, planned",
        "closure review",
        "goals area, a goal chosen",
        "update progress",
        "link action items",
        "goal board",
        "new goal",
        "give-back area, an idea chosen",
        "new give-back idea",
        "edit give-back idea",
        "prospects area, a prospect chosen",
        "promote",
        "meeting mode, give-back capture",
    } <= set(tour.seen)
    assert tour.problems == []


def heard(widget: QWidget) -> str:
    """What a screen reader announces as ``widget``'s name."""
    interface = QAccessible.queryAccessibleInterface(widget)
    assert interface is not None
    return interface.text(QAccessible.Text.Name)


def test_the_saved_state_and_the_clock_are_heard_as_their_readings(
    qtbot: QtBot, database: Database
) -> None:
    mm = make_setup(qtbot, database)
    window = mm.open()
    header = window.header
    assert heard(header.save_state) == "Notes saved"
    type_text(window.notes, "First point")
    assert header.save_state.text() == "Saving…"
    assert heard(header.save_state) == "Saving the notes…"
    qtbot.waitUntil(lambda: header.save_state.text() == "Saved", timeout=5000)
    assert heard(header.save_state) == "Notes saved"

    header.set_times(utc_now() - timedelta(minutes=12, seconds=5), None)
    assert header.timer_label.text().startswith("12:")
    assert re.fullmatch(r"Meeting clock: 12 min \d+ s of 45 min planned", heard(header.timer_label))
    header.show_held(52, utc_now())
    assert header.timer_label.text() == "52:00 / 45:00"
    assert heard(header.timer_label) == "Meeting clock: 52 min 0 s, over the 45 min planned"
