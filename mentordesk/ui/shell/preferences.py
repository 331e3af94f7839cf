"""Edit ▸ Preferences: the theme, reminders, your name on exported agreements, and when
the Dashboard nudges to give back."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QWidget,
)

from mentordesk.ui import settings as setting
from mentordesk.ui.settings import Setting, Settings
from mentordesk.ui.theme import apply_theme


def _label(declared: Setting[int] | Setting[str] | Setting[bool]) -> str:
    return QCoreApplication.translate("settings", str(declared.label))


class PreferencesDialog(QDialog):
    """Preferences, saved in the settings file of the data folder."""

    def __init__(
        self,
        settings: Settings,
        parent: QWidget | None = None,
        after_save: Callable[[], None] | None = None,
    ) -> None:
        super().__init__(parent)
        self._after_save = after_save
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
        self.reminders = QCheckBox(
            self.tr("Remind me of meetings 15 minutes ahead and of mentors who become overdue")
        )
        self.reminders.setObjectName("remindersChoice")
        self.reminders.setAccessibleName(_label(setting.REMINDERS))
        self.reminders.setChecked(settings.get(setting.REMINDERS))
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
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QFormLayout(self)
        layout.addRow(self.tr("&Theme"), self.theme)
        layout.addRow(self.tr("Reminders"), self.reminders)
        layout.addRow(self.tr("Your &name"), self.my_name)
        layout.addRow(self.tr("Give-back nudge"), nudge)
        layout.addRow(buttons)
        self.setMinimumWidth(360)

    def _spin(self, name: str, declared: Setting[int]) -> QSpinBox:
        spin = QSpinBox()
        spin.setObjectName(name)
        spin.setAccessibleName(_label(declared))
        spin.setRange(*(declared.allowed or (0, 9999)))
        spin.setValue(self._settings.get(declared))
        return spin

    def accept(self) -> None:
        choice = str(self.theme.currentData())
        self._settings.set(setting.THEME, choice)
        self._settings.set(setting.REMINDERS, self.reminders.isChecked())
        self._settings.set(setting.MY_NAME, self.my_name.text().strip())
        self._settings.set(setting.GIVE_BACK_MEETINGS, self.nudge_meetings.value())
        self._settings.set(setting.GIVE_BACK_DAYS, self.nudge_days.value())
        if self._after_save is not None:
            self._after_save()
        apply_theme(choice)
        super().accept()
