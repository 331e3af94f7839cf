"""The main window: a sidebar of areas (``ui/shell/areas.py``), menus with standard
shortcuts, undo, the status bar. It routes ``open(Ref)`` to the area that shows
that kind of record; it knows no area's insides."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QByteArray, QCoreApplication, QSize, Qt
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence, QUndoStack
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QSplitter,
    QStackedWidget,
    QWidget,
)

from mentordesk.config import Paths
from mentordesk.services.kinds import Change, Kind, Ref
from mentordesk.ui import settings as setting
from mentordesk.ui import vocabulary
from mentordesk.ui.actions import key_bindings, make_action, undo_redo_actions
from mentordesk.ui.area import DEFAULT_AREA, AreaWidget
from mentordesk.ui.meeting_mode.open_windows import open_windows
from mentordesk.ui.memory import forget_module_sources, keep_no_module_sources, settle
from mentordesk.ui.settings import Settings
from mentordesk.ui.shell import keyboard, presenting
from mentordesk.ui.shell.app_filter import AppFilter
from mentordesk.ui.shell.areas import AREAS, area
from mentordesk.ui.shell.coming_soon import ComingSoon
from mentordesk.ui.shell.help import add_help_menu
from mentordesk.ui.window_size import restore_geometry

if TYPE_CHECKING:
    # The data layer loads after the window is painted (docs/ARCHITECTURE.md, Layers).
    from mentordesk.db.database import Database
    from mentordesk.ui.context import AppContext

DEFAULT_SIZE = QSize(1180, 740)


class MainWindow(QMainWindow):
    """The application window. Shows at once; data arrives with ``attach_database``."""

    def __init__(self, paths: Paths, settings: Settings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        keep_no_module_sources()  # before the data layer is imported
        self.setObjectName("mainWindow")
        self.setWindowTitle("MentorDesk")
        self.paths = paths
        self.settings = settings
        self.database: Database | None = None
        self.context: AppContext | None = None
        self.undo_stack = QUndoStack(self)
        self.undo_stack.setObjectName("undoStack")
        self._areas: dict[str, AreaWidget] = {}
        # Application-wide while the window is open: undo keys stay in text fields,
        # fields get clear buttons and Qt's parts of controls names (ui/shell/app_filter.py).
        self._app_filter = AppFilter(self)
        app = QCoreApplication.instance()
        if isinstance(app, QApplication):
            app.installEventFilter(self._app_filter)

        self.sidebar = QListWidget()
        self.sidebar.setObjectName("areaList")
        self.sidebar.setAccessibleName(self.tr("Areas"))
        self.sidebar.setMinimumWidth(150)
        self.sidebar.setMaximumWidth(240)
        font = self.sidebar.font()
        font.setPointSizeF(font.pointSizeF() * 1.1)
        self.sidebar.setFont(font)
        self.sidebar.setSpacing(2)
        self.stack = QStackedWidget()
        self.stack.setObjectName("areaStack")
        for entry in AREAS:
            item = QListWidgetItem(entry.title_text())
            item.setData(Qt.ItemDataRole.UserRole, entry.key)
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

        keyboard.apply_shortcuts(self)  # as edited in Preferences ▸ Shortcuts
        restore_geometry(self, QByteArray(settings.get(setting.GEOMETRY)), DEFAULT_SIZE)
        self.open_area(settings.get(setting.AREA))

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
        self.plan_meeting_action = self._action(
            "planMeetingMenuAction",
            self.tr("&Plan Meeting…"),
            self.plan_meeting,
            key_bindings("Ctrl+Shift+N"),
        )
        self.new_item_action = self._action(
            "newActionItemMenuAction",
            self.tr("New &Action Item…"),
            self.add_action_item,
            key_bindings("Ctrl+Shift+A"),
        )
        self.save_action = self._action(
            "saveAction", self.tr("&Save"), self.save, key_bindings(QKeySequence.StandardKey.Save)
        )
        self.calendar_action = self._action(
            "exportCalendarAction", self.tr("Export &Calendar…"), self.export_calendar
        )
        self.load_sample_action = self._action(
            "loadSampleAction", self.tr("Explore with Sample Data"), self.load_sample_data
        )
        self.remove_sample_action = self._action(
            "removeSampleAction", self.tr("Remove Sample Data…"), self.remove_sample_data
        )
        self.quit_action = self._action(
            "quitAction",
            self.tr("&Quit"),
            self.close,
            key_bindings(QKeySequence.StandardKey.Quit, "Ctrl+Q"),
        )
        self.quit_action.setMenuRole(QAction.MenuRole.QuitRole)
        file_menu.addActions(
            [self.new_action, self.plan_meeting_action, self.new_item_action, self.save_action]
        )
        file_menu.addAction(self.calendar_action)
        file_menu.addSeparator()
        file_menu.addActions([self.load_sample_action, self.remove_sample_action])
        file_menu.addSeparator()
        file_menu.addAction(self.quit_action)
        file_menu.aboutToShow.connect(self._update_sample_actions)
        self.file_menu = file_menu

        edit_menu = menu.addMenu(self.tr("&Edit"))
        self.undo_action, self.redo_action = undo_redo_actions(self, self.undo_stack)
        edit_menu.addActions([self.undo_action, self.redo_action])
        edit_menu.addSeparator()
        self.find_action = self._action(
            "findAction",
            self.tr("&Find…"),
            self.find_text,
            key_bindings(QKeySequence.StandardKey.Find),
        )
        edit_menu.addAction(self.find_action)
        self.palette_action = keyboard.add_palette_action(self, edit_menu)  # Ctrl+K
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
        for number, entry in enumerate(AREAS, start=1):
            action = self._action(
                f"show_{entry.key}_action",
                entry.title_text(),
                lambda key=entry.key: self.open_area(key),  # type: ignore[misc]
                key_bindings(f"Ctrl+{number}"),
            )
            view_menu.addAction(action)
        presenting.add_action(self, view_menu)  # Ctrl+Alt+P: private items hidden
        self.guide_action, self.shortcuts_action, self.about_action = add_help_menu(self, menu)

    def add_file_actions(self, actions: list[QAction]) -> None:
        """File menu entries added from outside (Backups…, Export…), above Quit."""
        self.file_menu.insertActions(self.quit_action, actions)
        self.file_menu.insertSeparator(self.quit_action)

    def _update_sample_actions(self) -> None:
        from mentordesk.ui.data import sample_dialog as sample_data

        has_sample = self.context is not None and sample_data.has_sample(self.context)
        self.load_sample_action.setEnabled(self.context is not None and not has_sample)
        self.remove_sample_action.setEnabled(has_sample)

    # -- areas --------------------------------------------------------------------
    def area_keys(self) -> list[str]:
        return [entry.key for entry in AREAS]

    def current_area(self) -> str:
        item = self.sidebar.currentItem()
        return str(item.data(Qt.ItemDataRole.UserRole)) if item else DEFAULT_AREA

    def build_all_areas(self) -> dict[str, QWidget]:
        """Every area's widget, built now if it was not yet (Help lists all their keys)."""
        return {e.key: self._area_widget(i) for i, e in enumerate(AREAS)} if self.context else {}

    def area_widget(self, key: str) -> AreaWidget | None:
        """The area ``key``'s widget, if it was built (it is built when first opened)."""
        return self._areas.get(key)

    def open_area(self, key: str) -> AreaWidget | None:
        """Show the area ``key`` (unknown keys open the default area); its widget."""
        row = self.area_keys().index(area(key).key)
        if self.sidebar.currentRow() != row:
            self.sidebar.setCurrentRow(row)
        else:
            self._show_area_row(row)
        return self._areas.get(area(key).key)

    def _show_area_row(self, row: int) -> None:
        if row < 0:
            return
        widget = self._area_widget(row)
        self.stack.setCurrentWidget(widget)
        self.settings.set(setting.AREA, AREAS[row].key)

    def _area_widget(self, row: int) -> QWidget:
        entry = AREAS[row]
        if entry.key in self._areas:
            return self._areas[entry.key]
        old = self.stack.widget(row)
        assert old is not None
        if self.context is None:
            return old
        if entry.build is not None:
            widget = entry.build(self.context)
            forget_module_sources()  # the area's modules are imported now (ui/memory.py)
        else:
            widget = ComingSoon(entry.key, entry.title_text(), entry.about_text())
        self.stack.insertWidget(row, widget)
        self.stack.removeWidget(old)
        old.deleteLater()
        self._areas[entry.key] = widget
        keyboard.apply_shortcuts(self)
        return widget

    def reveal(self, ref: Ref) -> None:
        """Show the record ``ref`` in the area that shows its kind."""
        key = vocabulary.area_of(ref)
        if not key or self.context is None:
            return
        widget = self.open_area(key)
        if widget is not None:
            widget.reveal(ref)

    # -- data ---------------------------------------------------------------------
    def attach_database(self, database: Database) -> None:
        """Fill the window from ``database`` (called right after the first paint)."""
        from mentordesk.ui.context import AppContext

        settle()  # what lives as long as the app leaves every collection (ui/memory.py)
        self.database = database
        self.context = AppContext(database, self.undo_stack, self, self.settings)
        self.context.message.connect(self.show_message)
        self.context.open_requested.connect(self.reveal)
        self.context.meeting_mode_requested.connect(self.open_meeting_mode)
        self.context.quit_requested.connect(self.close)
        self.context.find_requested.connect(self.find_text)
        self.context.set_finish_editing(self._finish_editing)
        presenting.follow(self, self.context)
        from mentordesk.ui.shell.reminders import open_the_day

        self.reminders = open_the_day(self)  # the Dashboard (once there is data), reminders

    def show_message(self, text: str) -> None:
        self.statusBar().showMessage(text, 10000)

    def new_mentor(self) -> None:
        if self.context is not None:
            self.context.open(Ref.new(Kind.MENTOR))

    def save(self) -> None:
        if (widget := self._areas.get(self.current_area())) is not None:
            widget.save()

    def load_sample_data(self) -> None:
        from mentordesk.ui.data import sample_dialog as sample_data

        if self.context is not None:
            sample_data.explore(self.context, self)

    def remove_sample_data(self) -> None:
        from mentordesk.ui.data import sample_dialog as sample_data

        if self.context is not None and self._finish_editing():
            sample_data.remove(self.context, self)

    def export_calendar(self) -> None:
        from mentordesk.ui.meetings.calendar_file import export_calendar

        if self.context is not None:
            export_calendar(self.context, self)

    def find_text(self, text: str = "") -> None:
        """Find (Ctrl+F): the search field, over everything written (searching ``text``)."""
        widget = self.open_area("search") if self.context is not None else None
        if widget is not None:
            widget.look_for(text) if text else widget.focus_main()

    def open_meeting_mode(self, meeting_id: str) -> QWidget | None:
        """Open (or bring forward) the meeting's note-taking window."""
        if self.context is None:
            return None
        from mentordesk.ui.meeting_mode.window import open_meeting_window

        return open_meeting_window(self.context, meeting_id)

    def plan_meeting(self) -> None:
        """File ▸ Plan Meeting: with the mentor on screen, if one is."""
        if self.context is None:
            return
        from mentordesk.ui.meetings import plan_dialog as plan_meeting

        plan_meeting.plan_meeting(self.context, self.mentor_on_screen(), self)

    def mentor_on_screen(self) -> str | None:
        shown = self._areas.get(self.current_area())
        return shown.mentor_on_screen() if shown is not None else None

    def add_action_item(self) -> None:
        """File ▸ New Action Item: advice to act on, for the mentor on screen if one is."""
        from mentordesk.ui.action_items.item_dialog import add_action_item

        if self.context is not None:
            add_action_item(self.context, self.mentor_on_screen(), self)

    # -- dialogs --------------------------------------------------------------------
    def show_about(self) -> None:  # dialogs are imported when opened, after the first paint
        from mentordesk.ui.shell.about import AboutDialog

        self.run_dialog(AboutDialog(self.paths, self))

    def show_preferences(self) -> None:
        from mentordesk.ui.shell.preferences import PreferencesDialog  # encryption, app lock

        self.run_dialog(
            PreferencesDialog(
                self.settings, self, self._preferences_saved, self.paths, keyboard.every_entry(self)
            )
        )

    def _preferences_saved(self) -> None:
        keyboard.apply_shortcuts(self)  # edited keys work at once, here and in meetings
        # The lists showing the give-back nudge redraw with the new thresholds.
        if self.context is not None:
            self.context.announce(Change(frozenset({Kind.GIVE_BACK})))

    @staticmethod
    def run_dialog(dialog: QDialog) -> None:
        """Show ``dialog`` until it closes, then let it go (not one hidden copy per use)."""
        try:
            dialog.exec()
        finally:
            dialog.deleteLater()

    # -- closing --------------------------------------------------------------------
    def _finish_editing(self) -> bool:
        return all(widget.finish_editing() for widget in self._areas.values())

    def closeEvent(self, event: QCloseEvent) -> None:
        if not self._finish_editing() or not all(w.close() for w in open_windows()):
            event.ignore()
            return
        self.settings.set(setting.GEOMETRY, bytes(self.saveGeometry().data()))
        self.settings.sync()
        app = QCoreApplication.instance()
        if app is not None:
            app.removeEventFilter(self._app_filter)
        event.accept()
