"""The main window: areas, standard shortcuts, dialogs, remembered state, accessibility."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QTableView,
    QWidget,
)
from pytestqt.qtbot import QtBot

import mentordesk
from mentordesk.config import Paths
from mentordesk.db.database import Database
from mentordesk.services.mentors import MentorData
from mentordesk.ui import settings as setting
from mentordesk.ui.settings import open_settings
from mentordesk.ui.shell.areas import AREAS
from mentordesk.ui.shell.coming_soon import ComingSoon
from mentordesk.ui.shell.main_window import MainWindow
from mentordesk.ui.theme import apply_theme, is_dark
from mentordesk.ui.widgets.empty_state import EmptyState
from tests.ui.conftest import DialogAnswerer
from tests.ui.helpers import (
    add_mentor,
    click,
    click_row,
    mentors_view,
    press,
    stored_one,
    type_keys,
)

CTRL = Qt.KeyboardModifier.ControlModifier
AREA_KEYS = [entry.key for entry in AREAS]
DIGIT_KEYS = [getattr(Qt.Key, f"Key_{n}") for n in range(1, 9)]


def shown_area(window: MainWindow) -> QWidget:
    widget = window.stack.currentWidget()
    assert widget is not None
    return widget


def check_area_is_shown(window: MainWindow, key: str) -> None:
    """``key`` is the current area and shows something honest: its view, or "Coming soon"."""
    assert window.current_area() == key
    widget = shown_area(window)
    assert widget.isVisible()
    assert not isinstance(widget, QLabel), f"{key} still shows the loading placeholder"
    assert widget is window.area_widget(key)
    if isinstance(widget, ComingSoon):
        # An area that is not built yet says so, and shows no pretend data.
        assert widget.objectName() == f"{key}ComingSoon"
        page = widget.findChild(EmptyState)
        assert page is not None
        assert "Coming soon" in page.text.text()
        title = next(entry.title_text() for entry in AREAS if entry.key == key)
        assert page.title.text() == title


# -- areas ----------------------------------------------------------------------------


def test_every_sidebar_area_opens_when_clicked(window: MainWindow) -> None:
    assert window.current_area() == "mentors"  # the first-run default
    for row, key in enumerate(AREA_KEYS):
        item = window.sidebar.item(row)
        assert item is not None
        rect = window.sidebar.visualItemRect(item)
        click(window.sidebar.viewport(), rect.center())
        check_area_is_shown(window, key)


def test_every_area_is_built_and_an_unbuilt_one_would_say_coming_soon(
    window: MainWindow,
) -> None:
    for key in AREA_KEYS:
        window.open_area(key)
        check_area_is_shown(window, key)
        assert not isinstance(shown_area(window), ComingSoon)  # Goals and Give-back too
    page = ComingSoon("later", "Later", "It will do more.")
    text = page.findChild(EmptyState)
    assert text is not None and "Coming soon. It will do more." in text.text.text()
    page.deleteLater()


def test_ctrl_and_a_digit_switch_areas(window: MainWindow) -> None:
    for key, digit in reversed(list(zip(AREA_KEYS, DIGIT_KEYS, strict=True))):
        press(window, digit, CTRL)
        check_area_is_shown(window, key)
        assert window.sidebar.currentItem().data(Qt.ItemDataRole.UserRole) == key


# -- standard shortcuts ---------------------------------------------------------------


def test_ctrl_n_opens_a_new_mentor_form_with_the_cursor_in_the_name(window: MainWindow) -> None:
    window.open_area("goals")
    press(window, Qt.Key.Key_N, CTRL)

    view = mentors_view(window)
    check_area_is_shown(window, "mentors")
    assert view.form.isVisible()
    assert view.form.mentor_id is None
    assert view.form.heading.text() == "New mentor"
    focused = QApplication.focusWidget()
    assert focused is view.form.line("name")
    type_keys(focused, "Typed straight away")
    assert view.form.line("name").text() == "Typed straight away"


def test_ctrl_n_first_saves_the_mentor_being_edited(window: MainWindow, database: Database) -> None:
    add_mentor(window, MentorData(name="Ada Lovelace"))
    view = mentors_view(window)
    click_row(view, "Ada Lovelace")
    type_keys(view.form.line("role"), "Analyst")

    press(window, Qt.Key.Key_N, CTRL)

    assert view.form.mentor_id is None
    assert view.form.line("name").text() == ""
    assert stored_one(database, "Ada Lovelace").data.role == "Analyst"  # saved, not lost


@pytest.mark.parametrize("letter", [Qt.Key.Key_F], ids=["Ctrl+F"])
def test_find_puts_the_cursor_in_the_search_field(window: MainWindow, letter: Qt.Key) -> None:
    """Find searches everything written (it used to filter the mentors list only). Ctrl+K
    runs any action or searches (tests/ui/test_command_palette.py)."""
    add_mentor(window, MentorData(name="Grace Hopper"))
    window.open_area("goals")

    press(window, letter, CTRL)

    check_area_is_shown(window, "search")
    field = QApplication.focusWidget()
    assert isinstance(field, QLineEdit)
    assert field.objectName() == "searchField"
    assert field.isVisible()
    assert shown_area(window).isAncestorOf(field)
    type_keys(field, "grace")
    assert field.text() == "grace"


def test_ctrl_comma_opens_preferences(window: MainWindow, dialogs: DialogAnswerer) -> None:
    dialogs.answer(lambda dialog: dialog.reject())
    press(window, Qt.Key.Key_Comma, CTRL)
    assert dialogs.names == ["preferencesDialog"]


def test_ctrl_q_closes_the_window(window: MainWindow) -> None:
    press(window, Qt.Key.Key_Q, CTRL)
    assert not window.isVisible()


def test_about_shows_the_version_and_the_data_folder(
    window: MainWindow, paths: Paths, dialogs: DialogAnswerer
) -> None:
    seen: dict[str, str] = {}

    def read_and_close(dialog: QDialog) -> None:
        for name in ("aboutVersion", "aboutDataFolder"):
            label = dialog.findChild(QLabel, name)
            assert label is not None and label.isVisible()
            seen[name] = label.text()
        dialog.reject()

    dialogs.answer(read_and_close)
    window.about_action.trigger()

    assert dialogs.names == ["aboutDialog"]
    assert mentordesk.__version__ in seen["aboutVersion"]
    assert str(paths.data_dir) in seen["aboutDataFolder"]


# -- remembered between runs ----------------------------------------------------------


def test_size_and_area_are_restored_at_the_next_start(
    qtbot: QtBot, window: MainWindow, paths: Paths, database: Database
) -> None:
    # 900 px is wider than the offscreen test screen (800 px), and a restored window
    # that does not fit its screen is rightly shrunk; so, the widest size that fits.
    screen = window.screen().availableGeometry()
    wanted = QSize(min(900, screen.width() - 10), min(600, screen.height() - 10))
    assert wanted != window.size()
    assert window.minimumSizeHint().width() <= wanted.width(), "window too wide for the screen"
    press(window, DIGIT_KEYS[AREA_KEYS.index("goals")], CTRL)
    window.resize(wanted)
    qtbot.waitUntil(lambda: window.size() == wanted)
    assert window.close()

    again = MainWindow(paths, open_settings(paths))
    qtbot.addWidget(again)
    again.show()
    qtbot.waitExposed(again)
    again.attach_database(database)

    assert again.size() == wanted
    check_area_is_shown(again, "goals")


def test_a_sliver_or_oversized_saved_window_opens_at_a_usable_size(
    qtbot: QtBot, paths: Paths
) -> None:
    """Qt shrank a window saved on a big screen to 381x233 on a small one, and that
    sliver was saved again; and a window larger than the screen hung off its edges."""
    settings = open_settings(paths)
    area = QGuiApplication.primaryScreen().availableGeometry()
    for saved_size in (QSize(300, 200), QSize(area.width() + 400, area.height() + 300)):
        old = MainWindow(paths, settings)
        qtbot.addWidget(old)
        old.setGeometry(area.x() + 40, area.y() + 40, saved_size.width(), saved_size.height())
        settings.set(setting.GEOMETRY, bytes(old.saveGeometry().data()))

        again = MainWindow(paths, settings)
        qtbot.addWidget(again)

        assert area.contains(again.frameGeometry()), saved_size
        # (window frames take a few pixels of the screen)
        assert again.width() >= 0.9 * min(900, area.width())
        assert again.height() >= 0.9 * min(600, area.height())


# -- preferences ----------------------------------------------------------------------


@pytest.fixture
def system_theme_afterwards() -> Iterator[None]:
    yield
    apply_theme("system")


def choose_theme(value: str, button: QDialogButtonBox.StandardButton) -> Callable[[QDialog], None]:
    """In Preferences: pick the theme ``value``, then click ``button`` (OK or Cancel)."""

    def act(dialog: QDialog) -> None:
        combo = dialog.findChild(QComboBox, "themeChoice")
        assert combo is not None
        combo.setCurrentIndex(combo.findData(value))
        box = dialog.findChild(QDialogButtonBox)
        assert box is not None
        box.button(button).click()

    return act


def test_dark_theme_is_stored_and_applied(
    qtbot: QtBot,
    window: MainWindow,
    paths: Paths,
    dialogs: DialogAnswerer,
    system_theme_afterwards: None,
) -> None:
    dialogs.answer(choose_theme("dark", QDialogButtonBox.StandardButton.Ok))
    window.preferences_action.trigger()

    window.settings.sync()
    assert open_settings(paths).get(setting.THEME) == "dark"
    scheme = QGuiApplication.styleHints().colorScheme()
    # Where the platform can switch (most desktops) Qt reports Dark; the offscreen
    # test platform cannot, and the app then applies its own dark palette.
    assert scheme == Qt.ColorScheme.Dark or is_dark(QApplication.palette())
    qtbot.waitUntil(lambda: is_dark(window.palette()))
    view = mentors_view(window)
    assert is_dark(view.palette())

    dialogs.answer(choose_theme("light", QDialogButtonBox.StandardButton.Ok))
    window.preferences_action.trigger()
    window.settings.sync()
    assert open_settings(paths).get(setting.THEME) == "light"
    qtbot.waitUntil(lambda: not is_dark(window.palette()))


def test_cancelled_preferences_change_nothing(
    window: MainWindow, paths: Paths, dialogs: DialogAnswerer, system_theme_afterwards: None
) -> None:
    dialogs.answer(choose_theme("dark", QDialogButtonBox.StandardButton.Cancel))
    window.preferences_action.trigger()
    window.settings.sync()
    assert open_settings(paths).get(setting.THEME) == "system"
    assert not is_dark(QApplication.palette())


# -- accessibility --------------------------------------------------------------------

INTERACTIVE = (QLineEdit, QPlainTextEdit, QComboBox, QPushButton, QTableView)


def interactive_widgets(window: MainWindow) -> list[QWidget]:
    view = mentors_view(window)
    found: list[QWidget] = []
    for kind in INTERACTIVE:
        found.extend(view.findChildren(kind))
    return found


def test_every_interactive_widget_has_a_name_for_tests_and_screen_readers(
    window: MainWindow,
) -> None:
    found = [
        widget
        for widget in interactive_widgets(window)
        # The text box inside an editable combo box (or a spin box) is Qt's; see the next test.
        if not isinstance(widget.parent(), QComboBox | QAbstractSpinBox)
    ]
    assert len(found) >= 25  # form fields and buttons, filter, table, first-run buttons
    unnamed = [
        f"{type(w).__name__} {w.objectName()!r} {w.accessibleName()!r}"
        for w in found
        if not w.objectName() or not w.accessibleName()
    ]
    assert unnamed == []
    names = [w.objectName() for w in found]
    assert len(names) == len(set(names)), "object names must tell widgets apart"


def test_the_time_zone_text_box_is_named(window: MainWindow) -> None:
    editor = mentors_view(window).form.combo("time_zone").lineEdit()
    assert editor is not None
    assert editor.objectName()
    assert editor.accessibleName()


# -- shortcuts on a real X11 desktop --------------------------------------------------

X11_SCRIPT = r"""
import json, sys, tempfile
from datetime import date
from pathlib import Path
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication
from mentordesk.ui.settings import open_settings
from mentordesk.config import resolve_paths
from mentordesk.db.database import Database
from mentordesk.db.types import utc_now
from mentordesk.services.mentors import MentorData, create_mentor, list_mentors
from mentordesk.ui.shell.main_window import MainWindow

app = QApplication([])
paths = resolve_paths(Path(sys.argv[1]))
paths.ensure()
database = Database(paths)
window = MainWindow(paths, open_settings(paths))
window.show()
window.activateWindow()
active = QTest.qWaitForWindowActive(window, 3000)
window.attach_database(database)
with database.session() as session:
    create_mentor(session, MentorData(name="Ada"), now=utc_now())
view = window.open_area("mentors")
view.follower.flush()
view.reload()
view.delete(confirm=False)
view.table.setFocus()
ctrl = Qt.KeyboardModifier.ControlModifier
def names():
    with database.session() as session:
        return [m.data.name for m in list_mentors(session, today=date.today(), now=utc_now())]
QTest.keyClick(window, Qt.Key.Key_Z, ctrl)
after_undo = names()
QTest.keyClick(window, Qt.Key.Key_Z, ctrl | Qt.KeyboardModifier.ShiftModifier)
after_redo = names()
QTest.keyClick(window, Qt.Key.Key_Q, ctrl)
app.processEvents()
print(json.dumps({"active": active, "after_undo": after_undo, "after_redo": after_redo,
                  "open_after_quit": window.isVisible()}))
window.undo_stack.clear()
database.close()
"""


@pytest.mark.slow
@pytest.mark.skipif(
    not sys.platform.startswith("linux") or shutil.which("xvfb-run") is None,
    reason="needs Xvfb (xvfb-run) to run the real X11 platform",
)
def test_ctrl_q_and_ctrl_shift_z_work_on_an_x11_desktop(tmp_path: Path) -> None:
    env = dict(os.environ, QT_QPA_PLATFORM="xcb")
    env.pop("QT_QPA_PLATFORMTHEME", None)
    result = subprocess.run(
        ["xvfb-run", "-a", sys.executable, "-c", X11_SCRIPT, str(tmp_path / "x11")],
        capture_output=True,
        text=True,
        env=env,
        timeout=60,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    outcome = json.loads(result.stdout.strip().splitlines()[-1])
    assert outcome["active"]
    assert outcome["after_undo"] == ["Ada"]  # Ctrl+Z works: the delete is undone
    assert "Ambiguous shortcut" not in result.stderr, result.stderr
    assert outcome["after_redo"] == [], "Ctrl+Shift+Z did not redo the delete"
    assert not outcome["open_after_quit"], "Ctrl+Q did not close the window"
