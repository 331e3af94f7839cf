"""Issue 18, item 3: on a 1366×768 laptop with a title bar, what a panel is for is on
screen without scrolling: Prospects' *Add step*, an error under a dialog's field in
full, the brief's report-back lines, and a wheel turned over a box inside a scrolling
form scrolls the form."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, QRect
from PySide6.QtWidgets import QApplication, QScrollArea, QWidget
from pytestqt.qtbot import QtBot

from mentordesk.db.database import Database
from mentordesk.ui.action_items.item_dialog import ActionItemDialog
from mentordesk.ui.context import AppContext
from mentordesk.ui.prospects.area import ProspectsView
from mentordesk.ui.shell.main_window import MainWindow
from tests.ui.helpers import add_people


def seen_in(widget: QWidget, area: QScrollArea) -> bool:
    """Whether ``widget`` is wholly inside ``area``'s viewport as it is scrolled now."""
    viewport = area.viewport()
    assert viewport is not None
    top_left = widget.mapTo(viewport, QPoint(0, 0))
    return viewport.rect().contains(QRect(top_left, widget.size()))


# The window's first size, and maximised on a 1366×768 screen under a 40-pixel panel
# and a 30-pixel title bar.
SIZES = [(1180, 720), (1366, 768 - 40 - 30)]


@pytest.mark.parametrize("size", SIZES, ids=str)
def test_prospects_add_step_is_above_the_fold(window: MainWindow, size: tuple[int, int]) -> None:
    window.resize(*size)
    window.load_sample_data()
    QApplication.processEvents()
    view = window.open_area("prospects")
    assert isinstance(view, ProspectsView)
    window.grab()
    panel = view.panel
    assert panel.prospect is not None, "the sample has a prospect, selected first"
    area = panel.findChild(QScrollArea, "prospectPanelScroll")
    assert area is not None
    assert seen_in(panel.add_step_button, area), "Add step is below the fold"


def test_an_error_in_new_action_item_is_shown_whole(
    qtbot: QtBot, context: AppContext, database: Database
) -> None:
    """The warning under the mentor wrapped to the combo's width, and its second line
    was cut off."""
    add_people(database, "Ada Lovelace")
    dialog = ActionItemDialog(context)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.text.setPlainText("Read the book")
    dialog.accept()  # no mentor chosen
    dialog.grab()
    error = dialog.form.errors["mentor"]
    assert error.isVisible() and "Choose the mentor" in error.text()
    assert error.height() >= error.heightForWidth(error.width()), "its last line is cut"
