"""The main window: a sidebar of areas, menus with standard shortcuts, undo."""

from __future__ import annotations

import sys
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QByteArray, QSettings, QSize, Qt
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence, QUndoStack
from PySide6.QtWidgets import (
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QSplitter,
    QStackedWidget,
    QWidget,
)

from mentordesk.config import Paths
from mentordesk.ui.actions import key_bindings, make_action, undo_redo_actions
from mentordesk.ui.dialogs.about import AboutDialog
from mentordesk.ui.dialogs.preferences import PreferencesDialog
from mentordesk.ui.widgets.empty_state import EmptyState

if TYPE_CHECKING:
    # The data layer loads after the window is painted (DESIGN.md, start-up).
    from mentordesk.db.database import Database
    from mentordesk.ui.context import AppContext
    from mentordesk.ui.mentor_store import MentorStore
    from mentordesk.ui.views.action_items import ActionItemsView
    from mentordesk.ui.views.meetings import MeetingsView
    from mentordesk.ui.views.mentors import MentorsView
    from mentordesk.ui.views.search import SearchView

GEOMETRY_KEY = "window/geometry"
AREA_KEY = "window/area"

# (key, sidebar title, what the area will do: shown until it is built)
AREAS: tuple[tuple[str, str, str], ...] = (
    ("dashboard", "Dashboard", "Who is due for a meeting, what you promised, and what is overdue."),
    ("mentors", "Mentors", ""),
    ("meetings", "Meetings", "Plan meetings, prepare an agenda and take notes while you talk."),
    ("actions", "Action items", "The advice you decided to act on, with due dates and outcomes."),
    ("goals", "Goals", "Your career goals, and which mentors help with each."),
    ("giveback", "Give-back", "Ideas for giving back to each mentor, planned and done."),
    ("search", "Search", "Search everything you wrote: mentors, notes, agendas, action items."),
)
DEFAULT_AREA = "mentors"
DEFAULT_SIZE = QSize(1180, 740)


class MainWindow(QMainWindow):
    """The application window. Shows at once; data arrives with ``attach_database``."""

    def __init__(self, paths: Paths, settings: QSettings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("mainWindow")
        self.setWindowTitle("MentorDesk")
        self.paths = paths
        self.settings = settings
        self.database: Database | None = None
        self.store: MentorStore | None = None
        self.context: AppContext | None = None
        self.undo_stack = QUndoStack(self)
        self.undo_stack.setObjectName("undoStack")
        self._areas: dict[str, QWidget] = {}
        self.mentors_view: MentorsView | None = None
        self.search_view: SearchView | None = None
        self.meetings_view: MeetingsView | None = None
        self.action_items_view: ActionItemsView | None = None

        self.sidebar = QListWidget()
        self.sidebar.setObjectName("areaList")
        self.sidebar.setAccessibleName(self.tr("Areas"))
        self.sidebar.setMinimumWidth(150)
        self.sidebar.setMaximumWidth(240)
        self.sidebar.setIconSize(QSize(0, 0))
        font = self.sidebar.font()
        font.setPointSizeF(font.pointSizeF() * 1.1)
        self.sidebar.setFont(font)
        self.sidebar.setSpacing(2)
        self.stack = QStackedWidget()
        self.stack.setObjectName("areaStack")
        for key, title, _ in AREAS:
            item = QListWidgetItem(self.tr(title))
            item.setData(Qt.ItemDataRole.UserRole, key)
            item.setSizeHint(QSize(140, 34))
            self.sidebar.addItem(item)
            placeholder = QLabel(self.tr("Opening your data…"))
            placeholder.setAlignment(Qt.AlignmentFlag.AlignCenter)
            self.stack.addWidget(placeholder)
        self.sidebar.currentRowChanged.connect(self._show_area_row)

        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(self.sidebar)
        splitter.addWidget(self.stack)
        splitter.setStretchFactor(1, 1)
        splitter.setChildrenCollapsible(False)
        splitter.setSizes([170, 1000])
        self.setCentralWidget(splitter)
        self._build_menus()
        self.statusBar().setObjectName("statusBar")

        self._restore_geometry()
        self.open_area(str(settings.value(AREA_KEY, DEFAULT_AREA)))

    def _restore_geometry(self) -> None:
        """Last size and place, if they still make sense on this screen.

        Qt shrinks a saved window that is larger than a smaller screen to a sliver
        (381x233 from 1200x780 on a 1024x600 screen), which was then saved again.
        """
        saved = self.settings.value(GEOMETRY_KEY)
        restored = isinstance(saved, QByteArray) and not saved.isEmpty()
        restored = restored and self.restoreGeometry(saved)
        area = self.screen().availableGeometry()
        usable = QSize(
            min(DEFAULT_SIZE.width(), area.width()), min(DEFAULT_SIZE.height(), area.height())
        )
        big_enough = self.width() >= usable.width() // 2 and self.height() >= usable.height() // 2
        if restored and big_enough and area.contains(self.frameGeometry()):
            return
        self.setWindowState(Qt.WindowState.WindowNoState)
        self.resize(usable)
        self.move(area.center() - self.rect().center())

    # -- menus --------------------------------------------------------------------
    def _action(
        self,
        name: str,
        text: str,
        slot: Callable[[], object],
        shortcuts: list[QKeySequence] | None = None,
    ) -> QAction:
        return make_action(self, name, text, slot, shortcuts or [])

    def _build_menus(self) -> None:
        menu = self.menuBar()
        file_menu = menu.addMenu(self.tr("&File"))
        self.new_action = self._action(
            "newMentorAction",
            self.tr("&New Mentor"),
            self.new_mentor,
            key_bindings(QKeySequence.StandardKey.New),
        )
        self.save_action = self._action(
            "saveAction",
            self.tr("&Save"),
            self.save,
            key_bindings(QKeySequence.StandardKey.Save),
        )
        self.load_sample_action = self._action(
            "loadSampleAction", self.tr("Explore with Sample Data"), self.load_sample_data
        )
        self.remove_sample_action = self._action(
            "removeSampleAction", self.tr("Remove Sample Data"), self.remove_sample_data
        )
        self.quit_action = self._action(
            "quitAction",
            self.tr("&Quit"),
            self.close,
            key_bindings(QKeySequence.StandardKey.Quit, "Ctrl+Q"),
        )
        self.quit_action.setMenuRole(QAction.MenuRole.QuitRole)
        self.plan_meeting_action = self._action(
            "planMeetingMenuAction",
            self.tr("&Plan Meeting…"),
            self.plan_meeting,
            key_bindings("Ctrl+Shift+N"),
        )
        for action in (self.new_action, self.plan_meeting_action, self.save_action):
            file_menu.addAction(action)
        file_menu.addSeparator()
        file_menu.addAction(self.load_sample_action)
        file_menu.addAction(self.remove_sample_action)
        file_menu.addSeparator()
        file_menu.addAction(self.quit_action)
        file_menu.aboutToShow.connect(self._update_sample_actions)

        edit_menu = menu.addMenu(self.tr("&Edit"))
        self.undo_action, self.redo_action = undo_redo_actions(self, self.undo_stack)
        edit_menu.addAction(self.undo_action)
        edit_menu.addAction(self.redo_action)
        edit_menu.addSeparator()
        self.find_action = self._action(
            "findAction",
            self.tr("&Find…"),
            self.find_text,
            key_bindings(QKeySequence.StandardKey.Find, "Ctrl+K"),
        )
        edit_menu.addAction(self.find_action)
        edit_menu.addSeparator()
        self.preferences_action = self._action(
            "preferencesAction",
            self.tr("&Preferences…"),
            self.show_preferences,
            key_bindings(QKeySequence.StandardKey.Preferences, "Ctrl+,"),
        )
        self.preferences_action.setMenuRole(QAction.MenuRole.PreferencesRole)
        edit_menu.addAction(self.preferences_action)

        view_menu = menu.addMenu(self.tr("&View"))
        for number, (key, title, _) in enumerate(AREAS, start=1):
            action = self._action(
                f"show_{key}_action",
                self.tr(title),
                lambda key=key: self.open_area(key),  # type: ignore[misc]
                key_bindings(f"Ctrl+{number}"),
            )
            view_menu.addAction(action)

        help_menu = menu.addMenu(self.tr("&Help"))
        self.about_action = self._action(
            "aboutAction", self.tr("&About MentorDesk"), self.show_about
        )
        self.about_action.setMenuRole(QAction.MenuRole.AboutRole)
        help_menu.addAction(self.about_action)

    def _update_sample_actions(self) -> None:
        has_sample = self.store is not None and self.store.has_sample()
        self.load_sample_action.setEnabled(self.store is not None and not has_sample)
        self.remove_sample_action.setEnabled(has_sample)

    # -- areas --------------------------------------------------------------------
    def area_keys(self) -> list[str]:
        return [key for key, _, _ in AREAS]

    def current_area(self) -> str:
        item = self.sidebar.currentItem()
        return str(item.data(Qt.ItemDataRole.UserRole)) if item else DEFAULT_AREA

    def open_area(self, key: str) -> None:
        """Show the area ``key`` (unknown keys open the default area)."""
        keys = self.area_keys()
        row = keys.index(key) if key in keys else keys.index(DEFAULT_AREA)
        if self.sidebar.currentRow() != row:
            self.sidebar.setCurrentRow(row)
        else:
            self._show_area_row(row)

    def _show_area_row(self, row: int) -> None:
        if row < 0:
            return
        key = AREAS[row][0]
        widget = self._area_widget(row)
        self.stack.setCurrentWidget(widget)
        self.settings.setValue(AREA_KEY, key)

    def _area_widget(self, row: int) -> QWidget:
        key, title, future = AREAS[row]
        if key in self._areas:
            return self._areas[key]
        old = self.stack.widget(row)
        assert old is not None
        if self.database is None:
            return old
        built = self._build_area(key)
        if built is not None:
            widget = built
        else:
            widget = EmptyState(
                self.tr(title),
                self.tr(
                    "Coming soon. {future}\n\nThis area is not built yet; "
                    "nothing here is sample or fake data."
                ).format(future=self.tr(future)),
            )
            widget.setObjectName(f"{key}ComingSoon")
        self.stack.insertWidget(row, widget)
        self.stack.removeWidget(old)
        old.deleteLater()
        self._areas[key] = widget
        return widget

    def _build_area(self, key: str) -> QWidget | None:
        """The real view of area ``key``, or None while it is not built yet."""
        assert self.context is not None and self.store is not None
        if key == "mentors":
            from mentordesk.ui.views.mentors import MentorsView

            self.mentors_view = MentorsView(self.store, self.undo_stack, context=self.context)
            return self.mentors_view
        if key == "meetings":
            from mentordesk.ui.views.meetings import MeetingsView

            self.meetings_view = MeetingsView(self.context)
            # File ▸ Plan Meeting owns Ctrl+Shift+N everywhere; two owners would cancel out.
            self.meetings_view.plan_action.setShortcut(QKeySequence())
            return self.meetings_view
        if key == "actions":
            from mentordesk.ui.views.action_items import ActionItemsView

            self.action_items_view = ActionItemsView(self.context)
            return self.action_items_view
        if key == "search":
            from mentordesk.ui.views.search import SearchView

            self.search_view = SearchView(self.context)
            return self.search_view
        return None

    # -- data ---------------------------------------------------------------------
    def attach_database(self, database: Database) -> None:
        """Fill the window from ``database`` (called right after the first paint)."""
        from mentordesk.ui.context import AppContext
        from mentordesk.ui.mentor_store import MentorStore

        self.database = database
        self.store = MentorStore(database, self)
        self.context = AppContext(database, self.undo_stack, self.store, self)
        self.context.status_message.connect(lambda text: self.statusBar().showMessage(text, 5000))
        self.context.show_mentor_requested.connect(self.show_mentor)
        self.context.open_meeting_mode_requested.connect(self.open_meeting_mode)
        self.context.show_meeting_requested.connect(self.show_meeting)
        self.context.show_action_item_requested.connect(self.show_action_item)
        self._show_area_row(max(0, self.sidebar.currentRow()))

    def _mentors(self) -> object | None:
        if self.database is None:
            return None
        self.open_area("mentors")
        return self.mentors_view

    def new_mentor(self) -> None:
        if self._mentors() is not None:
            assert self.mentors_view is not None
            self.mentors_view.new_mentor()

    def save(self) -> None:
        if self.mentors_view is not None and self.current_area() == "mentors":
            self.mentors_view.save()

    def load_sample_data(self) -> None:
        if self._mentors() is not None:
            assert self.mentors_view is not None
            self.mentors_view.load_sample_data()

    def remove_sample_data(self) -> None:
        if self._mentors() is not None:
            assert self.mentors_view is not None
            self.mentors_view.remove_sample_data()

    def find_text(self) -> None:
        """Find / Ctrl+K: the search field, over everything written."""
        if self.database is None:
            return
        self.open_area("search")
        if self.search_view is not None:
            self.search_view.focus_query()

    def open_meeting_mode(self, meeting_id: str) -> QWidget | None:
        """Open (or bring forward) the meeting's note-taking window."""
        if self.context is None:
            return None
        from mentordesk.ui.meeting_mode.window import open_meeting_window

        return open_meeting_window(self.context, meeting_id)

    def plan_meeting(self) -> None:
        """File ▸ Plan Meeting: for the mentor on screen, if one is."""
        if self.database is None:
            return
        mentor_id = None
        if self.current_area() == "mentors" and self.mentors_view is not None:
            mentor_id = self.mentors_view.form.mentor_id
        self.open_area("meetings")
        if self.meetings_view is not None:
            self.meetings_view.plan_meeting(mentor_id)

    def show_meeting(self, meeting_id: str) -> None:
        if self.database is None:
            return
        self.open_area("meetings")
        if self.meetings_view is not None:
            self.meetings_view.select_meeting(meeting_id)

    def show_action_item(self, item_id: str) -> None:
        if self.database is None:
            return
        self.open_area("actions")
        if self.action_items_view is not None:
            self.action_items_view.select_item(item_id)

    def show_mentor(self, mentor_id: str) -> None:
        if self._mentors() is not None:
            assert self.mentors_view is not None
            self.mentors_view.select(mentor_id)

    # -- dialogs --------------------------------------------------------------------
    def show_about(self) -> None:
        AboutDialog(self.paths, self).exec()

    def show_preferences(self) -> None:
        PreferencesDialog(self.settings, self).exec()

    # -- closing --------------------------------------------------------------------
    def _close_meeting_windows(self) -> bool:
        """Close every meeting window (each saves first). False if one stays open."""
        if "mentordesk.ui.meeting_mode.window" not in sys.modules:
            return True  # none was ever opened
        from mentordesk.ui.meeting_mode.window import open_meeting_windows

        return all(window.close() for window in open_meeting_windows())

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.mentors_view is not None and not self.mentors_view.finish_editing():
            event.ignore()
            return
        if not self._close_meeting_windows():
            event.ignore()
            return
        self.settings.setValue(GEOMETRY_KEY, self.saveGeometry())
        self.settings.sync()
        event.accept()
