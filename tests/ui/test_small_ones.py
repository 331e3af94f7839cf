"""Issue 18, item 10: the small things a demanding new user noticed."""

from __future__ import annotations

from datetime import timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QDialog,
    QLabel,
    QLineEdit,
    QMessageBox,
    QWidget,
)
from pytestqt.qtbot import QtBot

from mentordesk.db.database import Database
from mentordesk.db.types import utc_now
from mentordesk.services import meetings
from mentordesk.services.kinds import Kind
from mentordesk.services.meetings import MeetingPlan
from mentordesk.services.mentors import MentorData
from mentordesk.ui import formats
from mentordesk.ui.context import AppContext
from mentordesk.ui.dashboard.area import DashboardView
from mentordesk.ui.dashboard.section import row_texts
from mentordesk.ui.givebacks.idea_dialog import GiveBackDialog
from mentordesk.ui.lists.list_area import ListArea
from mentordesk.ui.meetings.area import MeetingsView
from mentordesk.ui.mentors.cadence_model import NEXT_DUE
from mentordesk.ui.shell.main_window import MainWindow
from mentordesk.ui.theme import apply_theme
from tests.ui.conftest import DialogAnswerer
from tests.ui.helpers import (
    activate,
    add_mentor,
    add_people,
    context_of,
    mentors_view,
    press,
    row_index,
    stored_one,
    type_keys,
)


@pytest.mark.parametrize("key", ["meetings", "goals", "giveback"])
def test_every_row_of_a_lists_context_menu_says_what_it_does(window: MainWindow, key: str) -> None:
    """Meetings' right-click menu ended with a row holding only "Del" (the Delete key's
    own action, which has no words)."""
    view = window.open_area(key)
    assert isinstance(view, ListArea)
    QApplication.processEvents()
    rows = [action for action in view.table.actions() if not action.isSeparator()]
    assert rows and all(action.text() for action in rows), [a.shortcut() for a in rows]


def test_the_delete_key_on_a_list_still_asks_to_delete(
    qtbot: QtBot, window: MainWindow, dialogs: DialogAnswerer
) -> None:
    window.load_sample_data()
    view = window.open_area("meetings")
    assert isinstance(view, ListArea)
    QApplication.processEvents()
    view.table.selectRow(0)
    activate(qtbot, window)
    view.table.setFocus()
    qtbot.waitUntil(view.table.hasFocus)
    dialogs.answer(QMessageBox.StandardButton.Cancel)
    press(view.table, Qt.Key.Key_Delete)
    assert dialogs.names == ["confirmBox"], dialogs.texts


def test_with_no_rhythm_agreed_the_dashboard_does_not_say_every_rhythm_is_close(
    window: MainWindow, database: Database
) -> None:
    ada = add_people(database, "Ada Lovelace")["Ada Lovelace"]
    context_of(window).notify(Kind.MENTOR, [ada])
    view = window.open_area("dashboard")
    assert isinstance(view, DashboardView)
    view.reload()
    text = view.drift.empty.text()
    assert view.drift.empty.isVisibleTo(view) and "Every rhythm" not in text, text
    assert "No rhythm" in text


def test_next_due_says_the_planned_day_once_a_first_meeting_is_planned(
    window: MainWindow, database: Database
) -> None:
    """It went from "No meeting yet" to "—" once a first meeting was planned."""
    add_mentor(window, MentorData(name="Ada Lovelace", status="active"))
    view = mentors_view(window)
    next_due = row_index(view, "Ada Lovelace").siblingAtColumn(NEXT_DUE)
    assert next_due.data() == "No meeting yet"
    ada = stored_one(database, "Ada Lovelace").id
    start = context_of(window).now() + timedelta(days=3)
    with database.session() as session:
        meeting = meetings.plan_meeting(session, MeetingPlan(ada, start), now=utc_now())
    context_of(window).notify(Kind.MEETING, [meeting.id, ada])
    QApplication.processEvents()
    day = formats.short_date(formats.local_date(start))
    assert row_index(view, "Ada Lovelace").siblingAtColumn(NEXT_DUE).data() == f"{day} · planned"


def test_a_right_to_left_name_is_isolated_in_the_dashboards_lines(
    window: MainWindow, database: Database
) -> None:
    """A Hebrew name at the start of "… — 12 days overdue" turned the whole line around."""
    name = "\u05d3\u05e0\u05d4 \u05dc\u05d5\u05d9"  # Dana Levi, in Hebrew
    mentor = add_people(database, name)[name]
    context_of(window).notify(Kind.MENTOR, [mentor])
    view = window.open_area("dashboard")
    assert isinstance(view, DashboardView)
    view.reload()
    [line] = view.due.shown_rows()
    label = line.findChild(QLabel, "dashboardRowText")
    assert label is not None
    assert f"\u2068{name}\u2069" in label.text()
    assert row_texts(line)[0].startswith(name)  # a screen reader hears the name alone


def test_a_new_give_back_idea_guesses_its_kind_from_its_words(
    qtbot: QtBot, context: AppContext, database: Database
) -> None:
    """As a line captured in meeting mode does; a kind the person picks stays."""
    add_people(database, "Ada Lovelace")
    dialog = GiveBackDialog(context)
    qtbot.addWidget(dialog)
    dialog.show()
    type_keys(dialog.idea, "Introduce her to Sam")
    assert dialog.kind.currentData() == "introduction"
    dialog.idea.clear()
    type_keys(dialog.idea, "Send her the article on rotas")
    assert dialog.kind.currentData() == "share_something"
    gift = dialog.kind.findData("gift")
    dialog.kind.setCurrentIndex(gift)
    dialog.kind.activated.emit(gift)  # as a person's pick does
    type_keys(dialog.idea, " and a thank-you note")
    assert dialog.kind.currentData() == "gift"


def test_the_chosen_meetings_scope_stands_out_in_dark(window: MainWindow) -> None:
    """Upcoming, Past or All: the checked one was barely told apart in the dark theme."""
    apply_theme("dark")
    try:
        view = window.open_area("meetings")
        assert isinstance(view, MeetingsView)
        window.grab()
        checked = next(b for b in view.scope_group.buttons() if b.isChecked())
        highlight = QApplication.palette().color(QPalette.ColorRole.Highlight)
        image = checked.grab().toImage()
        shown = [
            image.pixelColor(x, y)
            for x in range(0, image.width(), 2)
            for y in range(0, image.height(), 2)
        ]
        assert sum(c == highlight for c in shown) > len(shown) // 2  # filled with it
    finally:
        apply_theme("light")


def plain_fields_without_clear_button(root: QWidget) -> list[str]:
    return [
        field.objectName() or field.accessibleName()
        for field in root.findChildren(QLineEdit)
        if field.isVisible()
        and not field.isReadOnly()
        and not isinstance(field.parentWidget(), QAbstractSpinBox | QComboBox)
        and not field.isClearButtonEnabled()
    ]


def test_every_one_line_text_field_has_a_clear_button(
    window: MainWindow, dialogs: DialogAnswerer
) -> None:
    """Some fields had a clear button (ⓧ) and most did not."""
    window.load_sample_data()
    missing = []
    for key in window.area_keys():
        window.open_area(key)
        QApplication.processEvents()
        missing += [f"{key}: {name}" for name in plain_fields_without_clear_button(window)]

    def look(dialog: QDialog) -> None:
        missing.extend(f"plan: {n}" for n in plain_fields_without_clear_button(dialog))
        dialog.reject()

    dialogs.answer(look)
    window.plan_meeting_action.trigger()
    assert missing == []
