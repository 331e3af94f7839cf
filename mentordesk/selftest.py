"""The self-test behind ``mentordesk --self-test``: the real window, a throwaway folder.

Packaged builds run it as their smoke test, so it uses only what ships.
"""

from __future__ import annotations

import tempfile
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from mentordesk.config import resolve_paths


class SelfTestError(AssertionError):
    """A step of the self-test did not do what a user would expect."""


def _check(condition: bool, message: str) -> None:
    if not condition:
        raise SelfTestError(message)


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
        finally:
            window.undo_stack.clear()
            window.close()
            window.deleteLater()
            QApplication.processEvents()
            database.close()
