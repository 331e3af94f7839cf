"""German, French and Spanish: chosen in Preferences (the system's by default), shown
from the next start with Qt's own words and the language's date formats."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtWidgets import QDialog

from mentordesk.config import Paths
from mentordesk.ui import settings as setting
from mentordesk.ui.i18n import ENVIRONMENT, LANGUAGES, PSEUDO, chosen_language
from mentordesk.ui.settings import open_settings
from mentordesk.ui.shell.main_window import MainWindow
from mentordesk.ui.shell.preferences import PreferencesDialog
from tests.ui.conftest import DialogAnswerer
from tests.ui.helpers import save_preferences

ROOT = Path(__file__).resolve().parents[2]


def test_the_language_chosen_in_preferences_is_kept_and_said_to_come_at_the_next_start(
    window: MainWindow, dialogs: DialogAnswerer, paths: Paths
) -> None:
    def choose(dialog: QDialog) -> None:
        assert isinstance(dialog, PreferencesDialog)
        assert dialog.language.currentData() == ""  # the system's, until chosen
        names = [dialog.language.itemText(i) for i in range(dialog.language.count())]
        assert names[1:] == ["English", "Deutsch", "Français", "Español"]
        dialog.language.setCurrentIndex(dialog.language.findText("Deutsch"))
        dialogs.answer(lambda box: box.accept())
        save_preferences(dialog)

    dialogs.answer(choose)
    window.preferences_action.trigger()
    assert dialogs.names[-1] == "languageRestartBox"
    assert "Deutsch" in dialogs.texts[-1] and "next time" in dialogs.texts[-1]
    assert open_settings(paths).get(setting.LANGUAGE) == "de"


def test_the_preference_gives_way_to_the_environment_and_follows_the_system_when_unset(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.delenv(ENVIRONMENT, raising=False)
    assert chosen_language("fr") == "fr"
    assert chosen_language("") in LANGUAGES  # the system's, or English
    assert chosen_language("xx") == chosen_language("")  # a damaged value: the system's
    monkeypatch.setenv(ENVIRONMENT, PSEUDO)
    assert chosen_language("fr") == PSEUDO


STARTED = """
import os, sys
from datetime import date
from pathlib import Path
from PySide6.QtCore import QCoreApplication
from mentordesk.app import make_application
from mentordesk.config import resolve_paths
from mentordesk.ui import settings as setting
from mentordesk.ui.formats import long_date
from mentordesk.ui.i18n import chosen_language, install_language
from mentordesk.ui.settings import open_settings
app = make_application(["x"])
print(long_date(date(2026, 12, 6)))
settings = open_settings(resolve_paths(sys.argv[1]))
install_language(app, chosen_language(settings.get(setting.LANGUAGE)))
print(long_date(date(2026, 12, 6)))
print(QCoreApplication.translate("QPlatformTheme", "Cancel"))
from mentordesk.ui.mentors.cadence_text import length_text
print(length_text(45, "weeks"))
from mentordesk.services.mentors import phone_problem
print(phone_problem("12"))
"""


def test_a_start_with_a_language_chosen_shows_its_dates_and_qts_own_words(
    tmp_path: Path,
) -> None:
    folder = tmp_path / "data"
    folder.mkdir()
    (folder / setting.FILE_NAME).write_text("[appearance]\nlanguage=de\n", encoding="utf-8")
    env = {k: v for k, v in os.environ.items() if k != ENVIRONMENT}
    env.update(QT_QPA_PLATFORM="offscreen", LANG="en_US.UTF-8", LC_ALL="", LANGUAGE="")
    result = subprocess.run(
        [sys.executable, "-c", STARTED, str(folder)],
        capture_output=True,
        text=True,
        timeout=60,
        check=True,
        env=env,
        cwd=ROOT,
    )
    english, german, cancel, gap, problem = result.stdout.strip().splitlines()
    assert english == "Sunday, December 6, 2026"
    assert german == "Sonntag, 6. Dezember 2026"
    assert cancel == "Abbrechen"
    assert gap == "6,4 Wochen"  # a German decimal comma
    # A service's message (Qt-free) reaches the window in German too.
    assert problem == "Eine Telefonnummer hat mindestens 5 Ziffern, etwa +49 30 901820."


def test_the_command_line_says_a_services_message_in_english(tmp_path: Path) -> None:
    """No window, no translator: what the command line prints reads the same everywhere."""
    code = "from mentordesk.services.mentors import phone_problem; print(phone_problem('12'))"
    env = {k: v for k, v in os.environ.items() if k != ENVIRONMENT}
    env.update(LANG="de_DE.UTF-8")
    result = subprocess.run(
        [sys.executable, "-c", code],
        capture_output=True,
        text=True,
        timeout=60,
        check=True,
        env=env,
        cwd=ROOT,
    )
    assert result.stdout.strip() == "A phone number has at least 5 digits, like +44 20 7946 0018."
