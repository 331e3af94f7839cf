"""Edit ▸ Preferences: the theme, the language (from the next start), your name on
exported agreements and when the Dashboard nudges to give back (General); reminders,
start at login and the calendar file (Reminders); the keyboard shortcuts (Shortcuts,
``ui/shell/shortcuts_page.py``); the sync folder and this laptop's name (Sync,
``ui/sync/settings_page.py``); encryption at rest (Privacy, ``privacy_page.py``)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from mentordesk import autostart
from mentordesk.config import Paths
from mentordesk.ui import login_start
from mentordesk.ui import settings as setting
from mentordesk.ui.i18n import LANGUAGES
from mentordesk.ui.messages import tell
from mentordesk.ui.settings import Setting, Settings
from mentordesk.ui.shell.privacy_page import privacy_page
from mentordesk.ui.shell.shortcuts_page import ShortcutsPage
from mentordesk.ui.shortcuts import Entry
from mentordesk.ui.theme import apply_theme
from mentordesk.ui.widgets.parts import buddy_label


def _label(declared: Setting[int] | Setting[str] | Setting[bool]) -> str:
    return QCoreApplication.translate("settings", str(declared.label))


class PreferencesDialog(QDialog):
    """Preferences, saved in the settings file of the data folder."""

    def __init__(
        self,
        settings: Settings,
        parent: QWidget | None = None,
        after_save: Callable[[], None] | None = None,
        paths: Paths | None = None,
        actions: list[Entry] | None = None,
    ) -> None:
        super().__init__(parent)
        self._after_save = after_save
        self._paths = paths
        self.setObjectName("preferencesDialog")
        self.setWindowTitle(self.tr("Preferences"))
        self._settings = settings
        self.theme = QComboBox()
        self.theme.setObjectName("themeChoice")
        self.theme.setAccessibleName(_label(setting.THEME))
        self.theme.addItem(self.tr("Follow the system"), "system")
        self.theme.addItem(self.tr("Light"), "light")
        self.theme.addItem(self.tr("Dark"), "dark")
        current = settings.get(setting.THEME)
        self.theme.setCurrentIndex(max(0, self.theme.findData(current)))
        self.language = QComboBox()
        self.language.setObjectName("languageChoice")
        self.language.setAccessibleName(_label(setting.LANGUAGE))
        self.language.addItem(self.tr("Follow the system"), "")
        for code, name in LANGUAGES.items():  # each in its own words
            self.language.addItem(name, code)
        self.language.setCurrentIndex(
            max(0, self.language.findData(settings.get(setting.LANGUAGE)))
        )
        self.my_name = QLineEdit(settings.get(setting.MY_NAME))
        self.my_name.setObjectName("myNameField")
        self.my_name.setAccessibleName(_label(setting.MY_NAME))
        self.my_name.setPlaceholderText(self.tr("As it should appear on agreements"))
        self.nudge_meetings = self._spin("giveBackMeetings", setting.GIVE_BACK_MEETINGS)
        self.nudge_days = self._spin("giveBackDays", setting.GIVE_BACK_DAYS)
        nudge = QHBoxLayout()
        nudge.addWidget(QLabel(self.tr("after")))
        nudge.addWidget(self.nudge_meetings)
        nudge.addWidget(QLabel(self.tr("meetings and")))
        nudge.addWidget(self.nudge_days)
        nudge.addWidget(QLabel(self.tr("days with nothing given back")))
        nudge.addStretch(1)
        general = QWidget()
        general.setObjectName("generalPage")
        form = QFormLayout(general)
        form.addRow(self.tr("&Theme"), self.theme)
        form.addRow(self.tr("&Language"), self.language)
        form.addRow(self.tr("Your &name"), self.my_name)
        form.addRow(self.tr("Give-back nudge"), nudge)
        self.attachment_limit = self._spin("attachmentLimit", setting.ATTACHMENT_LIMIT_MB)
        self.attachment_limit.setSuffix(self.tr(" MB"))
        form.addRow(self.tr("Largest &attachment"), self.attachment_limit)

        self.tabs = QTabWidget()
        self.tabs.setObjectName("preferencesTabs")
        self.tabs.addTab(general, self.tr("General"))
        self.tabs.addTab(self._reminders_page(), self.tr("Reminders"))
        self.shortcuts = ShortcutsPage(actions, settings) if actions else None
        if self.shortcuts is not None:
            self.tabs.addTab(self.shortcuts, self.tr("Shortcuts"))
        # Imported here: the sync service loads SQLAlchemy, which the window's first
        # paint must not wait for (tests/e2e/test_start.py).
        from mentordesk.ui.sync.settings_page import sync_settings_page

        self.sync = sync_settings_page(parent)  # with data open: the folder, this laptop
        if self.sync is not None:
            self.tabs.addTab(self.sync, self.tr("Sync"))
        privacy = privacy_page(self, paths, actions or [], settings)
        if privacy is not None:
            self.tabs.addTab(privacy, self.tr("Privacy"))
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.setObjectName("preferencesButtons")
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(420)

    def _reminders_page(self) -> QWidget:
        page = QWidget()
        page.setObjectName("remindersPage")
        self.reminders = QCheckBox(
            self.tr("Remind me of meetings 15 minutes ahead and of mentors who become overdue")
        )
        self.reminders.setObjectName("remindersChoice")
        self.reminders.setAccessibleName(_label(setting.REMINDERS))
        self.reminders.setChecked(self._settings.get(setting.REMINDERS))
        self.login_start = QCheckBox(self.tr("Start MentorDesk minimized when I log in"))
        self.login_start.setObjectName("loginStartChoice")
        self.login_start.setAccessibleName(self.tr("Start at login, minimized"))
        self.login_start.setToolTip(
            self.tr("So reminders reach you on days you do not open MentorDesk")
        )
        self.login_start.setChecked(autostart.is_enabled())
        self.login_start.setEnabled(self._paths is not None)
        self.calendar_folder = QLineEdit(self._settings.get(setting.CALENDAR_FOLDER))
        self.calendar_folder.setObjectName("calendarFolderField")
        self.calendar_folder.setAccessibleName(_label(setting.CALENDAR_FOLDER))
        self.calendar_folder.setReadOnly(True)
        self.calendar_folder.setPlaceholderText(self.tr("No calendar file"))
        choose = QPushButton(self.tr("Choose…"))
        choose.setObjectName("calendarFolderChoose")
        choose.setAccessibleName(self.tr("Choose the calendar file's folder"))
        choose.clicked.connect(self._choose_calendar_folder)
        stop = QPushButton(self.tr("No File"))
        stop.setObjectName("calendarFolderClear")
        stop.setAccessibleName(self.tr("Keep no calendar file"))
        stop.clicked.connect(self.calendar_folder.clear)
        folder_row = QHBoxLayout()
        folder_row.addWidget(self.calendar_folder, 1)
        folder_row.addWidget(choose)
        folder_row.addWidget(stop)
        about = QLabel(
            self.tr(
                "MentorDesk keeps mentordesk-meetings.ics in this folder up to date with "
                "your planned meetings, for a calendar app that subscribes to the file."
            )
        )
        about.setWordWrap(True)
        self.calendar_alarm = self._spin("calendarAlarm", setting.CALENDAR_ALARM)
        self.calendar_alarm.setSuffix(self.tr(" min before"))
        self.calendar_alarm.setSpecialValueText(self.tr("At the start"))
        self.calendar_alarm.setToolTip(
            self.tr("Every event in the calendar file and the exported .ics carries this alarm")
        )
        form = QFormLayout(page)
        form.addRow(self.tr("While open"), self.reminders)
        form.addRow(self.tr("At login"), self.login_start)
        form.addRow(buddy_label(self.tr("&Calendar file"), self.calendar_folder), folder_row)
        form.addRow("", about)
        form.addRow(self.tr("Calendar &alarm"), self.calendar_alarm)
        return page

    def _choose_calendar_folder(self) -> None:
        start = self.calendar_folder.text() or str(Path.home())
        chosen = QFileDialog.getExistingDirectory(self, self.tr("Calendar file's folder"), start)
        if chosen:
            self.calendar_folder.setText(chosen)

    def _spin(self, name: str, declared: Setting[int]) -> QSpinBox:
        spin = QSpinBox()
        spin.setObjectName(name)
        spin.setAccessibleName(_label(declared))
        spin.setRange(*(declared.allowed or (0, 9999)))
        spin.setValue(self._settings.get(declared))
        return spin

    def accept(self) -> None:
        if self.shortcuts is not None:
            if self.shortcuts.check():  # two actions on the same keys: not saved
                self.tabs.setCurrentWidget(self.shortcuts)
                return
            self.shortcuts.save(self._settings)
        if self.sync is not None and not self.sync.save():  # said why; the tab stays
            self.tabs.setCurrentWidget(self.sync)
            return
        choice = str(self.theme.currentData())
        self._settings.set(setting.THEME, choice)
        language = str(self.language.currentData())
        if language != self._settings.get(setting.LANGUAGE):
            self._settings.set(setting.LANGUAGE, language)
            tell(
                self,
                self.tr("Language"),
                self.tr("MentorDesk shows {language} the next time it starts.").format(
                    language=self.language.currentText()
                ),
                name="languageRestartBox",
                icon=QMessageBox.Icon.Information,
            )
        self._settings.set(setting.REMINDERS, self.reminders.isChecked())
        self._settings.set(setting.MY_NAME, self.my_name.text().strip())
        self._settings.set(setting.GIVE_BACK_MEETINGS, self.nudge_meetings.value())
        self._settings.set(setting.GIVE_BACK_DAYS, self.nudge_days.value())
        self._settings.set(setting.ATTACHMENT_LIMIT_MB, self.attachment_limit.value())
        self._settings.set(setting.CALENDAR_FOLDER, self.calendar_folder.text().strip())
        self._settings.set(setting.CALENDAR_ALARM, self.calendar_alarm.value())
        if self._paths is not None and self.login_start.isChecked() != autostart.is_enabled():
            problem = login_start.switch(self._paths, self.login_start.isChecked())
            if problem:
                tell(self, self.tr("Start at login"), problem, name="loginStartProblemBox")
            self._settings.set(setting.LOGIN_START_ASKED, True)  # chosen: no need to ask
        if self._after_save is not None:
            self._after_save()
        apply_theme(choice)
        super().accept()
