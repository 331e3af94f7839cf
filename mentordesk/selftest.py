"""The self-test behind ``mentordesk --self-test``: the real window, a throwaway folder.

Packaged builds run it as their smoke test, so it uses only what ships.
"""

from __future__ import annotations

import tempfile
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from mentordesk.config import resolve_paths

if TYPE_CHECKING:
    from mentordesk.db.database import Database
    from mentordesk.ui.main_window import MainWindow


class SelfTestError(AssertionError):
    """A step of the self-test did not do what a user would expect."""


def _check(condition: bool, message: str) -> None:
    if not condition:
        raise SelfTestError(message)


def _meeting_and_search(window: MainWindow, database: Database, mentor_id: str) -> None:
    """Plan a meeting, type notes in meeting mode, capture an action item, search the notes."""
    from mentordesk.services import action_items, meetings
    from mentordesk.ui.meeting_mode.window import MeetingModeWindow

    when = datetime.now(UTC) + timedelta(hours=1)
    with database.session() as session:
        meeting_id = meetings.plan_meeting(
            session, meetings.MeetingPlan(mentor_id, when, agenda=("Career plan",))
        ).id
    meeting_window = window.open_meeting_mode(meeting_id)
    _check(meeting_window is not None and meeting_window.isVisible(), "meeting mode did not open")
    assert isinstance(meeting_window, MeetingModeWindow)
    QApplication.processEvents()
    meeting_window.notes.setFocus()
    QTest.keyClicks(meeting_window.notes, "Ask about the zephyrine roadmap")
    QTest.keyClick(
        meeting_window.notes,
        Qt.Key.Key_A,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    _check(meeting_window.flush(), "meeting notes were not saved")
    meeting_window.close()
    QApplication.processEvents()
    with database.session() as session:
        notes = meetings.get_meeting(session, meeting_id).notes
        items = [item.text for item in action_items.list_items(session, meeting_id=meeting_id)]
    _check(notes == "Ask about the zephyrine roadmap", f"notes not stored: {notes!r}")
    _check(items == ["Ask about the zephyrine roadmap"], f"action item not captured: {items}")

    window.find_text()
    search = window.search_view
    _check(
        search is not None and window.current_area() == "search" and search.field.isVisible(),
        "Find did not open the search field",
    )
    assert search is not None
    QTest.keyClicks(search.field, "zephyr")
    search.run_search()
    kinds = {hit.kind for hit in search.model.hits()}
    _check(
        {"meeting", "action_item"} <= kinds,
        f"search did not find the notes and the action item (found {sorted(kinds)})",
    )


def self_test() -> None:
    """Open every area; create, edit, delete and undo-delete a mentor. Raises on failure."""
    from mentordesk.app import open_settings
    from mentordesk.db.database import Database
    from mentordesk.ui.main_window import MainWindow

    with tempfile.TemporaryDirectory(prefix="mentordesk-selftest-") as folder:
        paths = resolve_paths(Path(folder))
        paths.ensure()
        database = Database(paths)
        window = MainWindow(paths, open_settings(paths))
        try:
            window.show()
            window.attach_database(database)
            QApplication.processEvents()
            for key in window.area_keys():
                window.open_area(key)
                QApplication.processEvents()
                _check(window.current_area() == key, f"area {key} did not open")
                shown = window.stack.currentWidget()
                _check(shown is not None and shown.isVisible(), f"area {key} is not visible")

            window.new_mentor()
            view = window.mentors_view
            _check(view is not None, "the Mentors area did not open")
            assert view is not None
            form = view.form
            QTest.keyClicks(form.name, "Self Test Mentor")
            QTest.keyClicks(form.email, "selftest@example.com")
            QTest.mouseClick(form.save_button, Qt.MouseButton.LeftButton)
            mentors = view.store.all()
            _check([m.data.name for m in mentors] == ["Self Test Mentor"], "create failed")

            form.organisation.setText("")
            QTest.keyClicks(form.organisation, "Example Org")
            QTest.mouseClick(form.save_button, Qt.MouseButton.LeftButton)
            _check(view.store.all()[0].data.organisation == "Example Org", "edit failed")

            view.delete(confirm=False)
            _check(view.store.all() == [], "delete failed")
            window.undo_stack.undo()
            restored = view.store.all()
            _check(
                [m.data.organisation for m in restored] == ["Example Org"],
                "undo of delete did not bring the mentor back",
            )
            _meeting_and_search(window, database, restored[0].id)

            # The shipped resources are there: sample data loads and goes in one step.
            from mentordesk.services.sample import sample_records

            view.load_sample_data()
            _check(len(view.store.all()) == 1 + len(sample_records()), "sample data did not load")
            view.remove_sample_data()
            _check(len(view.store.all()) == 1, "sample data was not removed")
        finally:
            window.undo_stack.clear()
            window.close()
            window.deleteLater()
            QApplication.processEvents()
            database.close()
