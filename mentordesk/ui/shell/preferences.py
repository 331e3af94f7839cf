"""Edit ▸ Preferences: the theme, reminders, your name on exported agreements, and when
the Dashboard nudges to give back."""

from __future__ import annotations

from PySide6.QtCore import QSettings
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

from mentordesk.ui import settings_keys
from mentordesk.ui.givebacks import nudge as giveback_nudge
from mentordesk.ui.theme import apply_theme

THEME_KEY = settings_keys.THEME


def reminders_enabled(settings: QSettings) -> bool:
    """Reminders are on unless switched off here (no data layer imported: start-up)."""
    return str(settings.value(settings_keys.REMINDERS, "true")).lower() in ("true", "1")


class PreferencesDialog(QDialog):
    """Preferences, saved in the settings file of the data folder."""

    def __init__(self, settings: QSettings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("preferencesDialog")
        self.setWindowTitle(self.tr("Preferences"))
        self._settings = settings
        self.theme = QComboBox()
        self.theme.setObjectName("themeChoice")
        self.theme.setAccessibleName(self.tr("Theme"))
        self.theme.addItem(self.tr("Follow the system"), "system")
        self.theme.addItem(self.tr("Light"), "light")
        self.theme.addItem(self.tr("Dark"), "dark")
        current = str(settings.value(THEME_KEY, "system"))
        self.theme.setCurrentIndex(max(0, self.theme.findData(current)))
        self.reminders = QCheckBox(
            self.tr("Remind me of meetings 15 minutes ahead and of mentors who become overdue")
        )
        self.reminders.setObjectName("remindersChoice")
        self.reminders.setAccessibleName(self.tr("Reminders while MentorDesk runs"))
        self.reminders.setChecked(reminders_enabled(settings))
        self.my_name = QLineEdit(str(settings.value(settings_keys.MY_NAME, "") or ""))
        self.my_name.setObjectName("myNameField")
        self.my_name.setAccessibleName(self.tr("Your name, on exported agreements"))
        self.my_name.setPlaceholderText(self.tr("As it should appear on agreements"))
        meetings, days = giveback_nudge.thresholds(settings)
        self.nudge_meetings = self._spin(
            "giveBackMeetings",
            self.tr("Meetings before a give-back nudge"),
            giveback_nudge.MEETINGS_RANGE,
            meetings,
        )
        self.nudge_days = self._spin(
            "giveBackDays",
            self.tr("Days without giving back before a nudge"),
            giveback_nudge.DAYS_RANGE,
            days,
        )
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

    def _spin(self, name: str, accessible: str, allowed: tuple[int, int], value: int) -> QSpinBox:
        spin = QSpinBox()
        spin.setObjectName(name)
        spin.setAccessibleName(accessible)
        spin.setRange(*allowed)
        spin.setValue(value)
        return spin

    def accept(self) -> None:
        choice = str(self.theme.currentData())
        self._settings.setValue(THEME_KEY, choice)
        self._settings.setValue(settings_keys.REMINDERS, self.reminders.isChecked())
        self._settings.setValue(settings_keys.MY_NAME, self.my_name.text().strip())
        self._settings.setValue(settings_keys.GIVE_BACK_MEETINGS, self.nudge_meetings.value())
        self._settings.setValue(settings_keys.GIVE_BACK_DAYS, self.nudge_days.value())
        # The window's lists showing the give-back nudge redraw with the new thresholds.
        context = getattr(self.parentWidget(), "context", None)
        if context is not None:
            from mentordesk.services.kinds import Change, Kind

            context.announce(Change(frozenset({Kind.GIVE_BACK})))
        apply_theme(choice)
        super().accept()
