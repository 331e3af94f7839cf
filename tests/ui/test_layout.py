"""Usable at the default window size and on a 1366×768 laptop: no column a person
needs is cut, nothing scrolls sideways, the least wanted columns give way first,
meeting mode opens within the screen, dialogs fit and cut no text."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QApplication, QDialog, QTableView, QWidget
from pytestqt.qtbot import QtBot

from mentordesk.db.database import Database
from mentordesk.ui.i18n import PSEUDO
from mentordesk.ui.lists.list_area import ListArea
from mentordesk.ui.meeting_mode.window import MeetingModeWindow
from mentordesk.ui.shell.main_window import DEFAULT_SIZE, MainWindow
from tests.ui.column_check import column_problems, scrolls_sideways
from tests.ui.cut_check import cut_texts, literal_ampersands
from tests.ui.pseudo import both_languages, shown
from tests.ui.tour import visit_every_screen

language = both_languages()

SIZES = [(DEFAULT_SIZE.width(), DEFAULT_SIZE.height()), (1366, 768)]

# (area, columns needed in full, the others from most to least wanted, free text)
TABLES = [
    (
        "mentors",
        ("Name", "Status", "Next due", "Last met", "Cadence"),
        ("Organisation", "Role", "Tags", "Internal/External", "Last updated"),
        "",
    ),
    (
        "meetings",
        ("When", "Mentor", "Status", "Length", "Rating", "Agenda"),
        ("Format",),
        "",
    ),
    (
        "actions",
        ("Action", "Due", "Mentor", "Status"),
        ("Report back", "Done on", "Outcome"),
        "Action",
    ),
    ("goals", ("Goal", "Progress", "Target"), ("Status", "Mentors", "Action items"), "Goal"),
    ("giveback", ("Idea", "Mentor", "Status", "When"), ("Kind", "Note"), "Idea"),
    ("prospects", ("Name", "Status", "Follow up"), ("Last step", "Fits", "Where found"), ""),
]


@pytest.fixture(autouse=True)
def _laptop_screen(qapp: QApplication) -> None:
    screen = qapp.primaryScreen().availableGeometry()
    assert (screen.width(), screen.height()) == (1366, 768), (
        "run with tests/conftest.py's offscreen laptop screen (QT_QPA_PLATFORM unset)"
    )


def area_table(window: MainWindow, key: str) -> QTableView:
    view = window.open_area(key)
    assert isinstance(view, ListArea)
    QApplication.processEvents()
    return view.table


@pytest.mark.parametrize(("width", "height"), SIZES, ids=lambda n: str(n))
def test_list_columns_fit_the_window_with_nothing_needed_cut(
    qtbot: QtBot, window: MainWindow, width: int, height: int, language: str
) -> None:
    window.load_sample_data()
    window.resize(width, height)
    problems = []
    for key, needed, optional, free_text in TABLES:
        table = area_table(window, key)
        if key == "meetings":  # every kind of row: held, cancelled, not held, planned
            view = window.area_widget("meetings")
            view.set_scope("all")  # type: ignore[union-attr]
            QApplication.processEvents()
        needed, optional = tuple(map(shown, needed)), tuple(map(shown, optional))
        free_text = shown(free_text) if free_text else ""
        crowded = language == PSEUDO  # 40 % longer: needed columns may end in "…"
        problems += [
            f"{key}: {p}" for p in column_problems(table, needed, optional, free_text, crowded)
        ]
    assert problems == [], "\n".join(problems)


# A 1366×768 laptop keeps about 40 px of its height for the desktop's own panel.
LAPTOP = (1366, 768 - 40)


@pytest.mark.parametrize(("width", "height"), SIZES, ids=lambda n: str(n))
def test_every_screen_and_dialog_fits_and_cuts_no_text(
    qtbot: QtBot, window: MainWindow, database: Database, width: int, height: int
) -> None:
    window.resize(width, height)

    def inspect(where: str, widget: QWidget) -> list[str]:
        problems = cut_texts(widget) + literal_ampersands(widget)
        problems += [
            f"{table.objectName()} scrolls sideways"
            for table in widget.findChildren(QTableView)
            if table.isVisible() and scrolls_sideways(table)
        ]
        if isinstance(widget, QDialog) and (
            widget.width() > LAPTOP[0] or widget.height() > LAPTOP[1]
        ):
            problems.append(f"{widget.width()}×{widget.height()} is larger than a laptop")
        if isinstance(widget, MeetingModeWindow):  # it chooses its own size
            screen = QApplication.primaryScreen().availableGeometry()
            if not screen.contains(widget.frameGeometry()):
                problems.append(f"{widget.frameGeometry()} is not within the screen {screen}")
        return problems

    tour = visit_every_screen(qtbot, window, database, inspect)
    assert tour.problems == [], "\n".join(tour.problems)
