"""Edit ▸ Preferences: the theme (more settings arrive with later areas)."""

from __future__ import annotations

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QComboBox, QDialog, QDialogButtonBox, QFormLayout, QWidget

from mentordesk.ui import settings_keys
from mentordesk.ui.theme import apply_theme

THEME_KEY = settings_keys.THEME


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
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QFormLayout(self)
        layout.addRow(self.tr("&Theme"), self.theme)
        layout.addRow(buttons)
        self.setMinimumWidth(360)

    def accept(self) -> None:
        choice = str(self.theme.currentData())
        self._settings.setValue(THEME_KEY, choice)
        apply_theme(choice)
        super().accept()
