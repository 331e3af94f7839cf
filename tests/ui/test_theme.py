"""Light and dark, switched while the app runs: everything on screen follows at once,
and every text reads at 4.5:1 or better in both themes (computed from the palette
and from every colour the app sets itself)."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QDialog, QWidget
from pytestqt.qtbot import QtBot

from mentordesk.db.choices import MeetingStatus
from mentordesk.db.database import Database
from mentordesk.services import meeting_queries
from mentordesk.ui.shell.main_window import MainWindow
from mentordesk.ui.shell.preferences import PreferencesDialog
from mentordesk.ui.theme import is_dark
from tests.ui.contrast_check import contrast_problems, palette_problems
from tests.ui.tour import visit_every_screen, while_modal


@pytest.fixture
def theme_restored(qapp: QApplication) -> Iterator[None]:
    """The theme is the application's: put back what the other tests run with."""
    palette, sheet = qapp.palette(), qapp.styleSheet()
    scheme = QGuiApplication.styleHints().colorScheme()
    yield
    QGuiApplication.styleHints().setColorScheme(scheme)
    qapp.setStyleSheet(sheet)
    qapp.setPalette(palette)


def choose_theme(window: MainWindow, label: str) -> None:
    """Edit ▸ Preferences, pick the theme, OK: as a person switches it."""

    def pick(dialog: QDialog) -> None:
        assert isinstance(dialog, PreferencesDialog)
        dialog.theme.setCurrentIndex(dialog.theme.findText(label))
        dialog.accept()

    assert while_modal(window.preferences_action.trigger, pick)
    QApplication.processEvents()


def test_switching_theme_live_keeps_every_text_readable_everywhere(
    qtbot: QtBot, window: MainWindow, database: Database, theme_restored: None
) -> None:
    window.load_sample_data()
    for key in window.area_keys():  # on screen before the switch, and never rebuilt
        window.open_area(key)
    with database.session() as session:
        planned = next(
            row.id
            for row in meeting_queries.meeting_rows(session)
            if row.status == MeetingStatus.PLANNED.value
        )
    meeting_window = window.open_meeting_mode(planned)
    assert meeting_window is not None
    qtbot.waitExposed(meeting_window)

    def inspect(_where: str, widget: QWidget) -> list[str]:
        return contrast_problems(widget)

    for label, dark in (("Dark", True), ("Light", False)):
        choose_theme(window, label)
        assert is_dark(QApplication.palette()) == dark
        problems = palette_problems(QApplication.palette()) + contrast_problems(meeting_window)
        problems += visit_every_screen(qtbot, window, database, inspect).problems
        assert problems == [], f"{label}:\n" + "\n".join(sorted(set(problems)))
