"""The app's translations: English plural forms always, a language's own on top.

Counts are written once with Qt's ``%n`` ("%n meeting(s)"); the shipped English
translation (``resources/translations/mentordesk_en.qm``, made from its ``.ts`` by
``scripts/translations.py``) turns them into "1 meeting" and "3 meetings". Without
it a count would read "1 meeting(s)", so it is installed on every QApplication the
app makes, and the tests install it too.

A language (German, French, Spanish) is installed on top of it: MentorDesk's own
``mentordesk_<code>.qm`` and Qt's ``qtbase_<code>.qm`` (the words of Qt's own
buttons and dialogs). Qt asks the translator installed last first, so a string a
language lacks falls back to the English forms. Which language: the one chosen in
Preferences (``settings.LANGUAGE``), else the first of the system's languages
MentorDesk ships, else English. ``MENTORDESK_LANGUAGE`` overrides both (tests,
screenshots, the pseudo-locale ``en_XA`` whose every string is longer and accented).
"""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from mentordesk.resources_path import resource_path
from mentordesk.services import words

ENGLISH = "translations/mentordesk_en.qm"
_INSTALLED = "mentordeskTranslations"
_LANGUAGE = "mentordeskLanguage"
ENVIRONMENT = "MENTORDESK_LANGUAGE"
PSEUDO = "en_XA"  # +40 % longer, accented: what a long language does to the layout

# The languages MentorDesk ships, named in their own words (never translated).
LANGUAGES: dict[str, str] = {
    "en": "English",
    "de": "Deutsch",
    "fr": "Français",
    "es": "Español",
}


def install_translations(app: QCoreApplication) -> bool:
    """Install the English plural forms on ``app`` (once); False if the file is missing."""
    if app.property(_INSTALLED):
        return True
    translator = QTranslator(app)  # a child of the app: it lives as long as the app
    if not translator.load(str(resource_path(ENGLISH))):
        return False
    app.installTranslator(translator)
    app.setProperty(_INSTALLED, True)
    # The services' messages (a field's problem) are said through Qt's translators too.
    words.install(QCoreApplication.translate)
    return True


def system_language() -> str:
    """The first of the system's languages MentorDesk ships ("en" if none)."""
    for name in QLocale.system().uiLanguages():
        code = name.replace("-", "_").split("_")[0].lower()
        if code in LANGUAGES:
            return code
    return "en"


def chosen_language(preference: str = "") -> str:
    """The language to show: ``MENTORDESK_LANGUAGE``, else ``preference`` (a code of
    LANGUAGES, "" for the system's), else the system's."""
    forced = os.environ.get(ENVIRONMENT, "").strip()
    if forced == PSEUDO or forced in LANGUAGES:
        return forced
    if preference in LANGUAGES:
        return preference
    return system_language()


def qm_file(code: str) -> str:
    """The shipped file of MentorDesk's own words in ``code``."""
    return str(resource_path(f"translations/mentordesk_{code}.qm"))


def qt_translations() -> str:
    """The folder of Qt's own ``.qm`` files: Qt's answer, else PySide6's own folder (a
    frozen build keeps them there, ``packaging/bundle_rules.py``)."""
    folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    if list(Path(folder).glob("qtbase_*.qm")):
        return folder
    import PySide6

    return str(Path(PySide6.__file__).parent / "Qt" / "translations")


def install_language(app: QCoreApplication, code: str) -> str:
    """Show ``code``'s words (on top of the English forms) and its date formats; the
    language of ``app`` before. Installing the one already shown does nothing."""
    install_translations(app)
    before = str(app.property(_LANGUAGE) or "en")
    if code == before:
        return before
    for old in app.findChildren(QTranslator, _LANGUAGE):
        app.removeTranslator(old)
        old.deleteLater()
    if code != "en":
        base = code.split("_")[0]
        for name, folder in ((f"qtbase_{base}", qt_translations()), (qm_file(code), "")):
            translator = QTranslator(app)
            translator.setObjectName(_LANGUAGE)
            if translator.load(name, folder):
                app.installTranslator(translator)
            else:
                translator.deleteLater()
    # Dates and numbers in the language shown: the system's own locale when it speaks
    # that language (de_AT stays Austrian), else the language's (chosen in Preferences).
    system = QLocale.system()
    spoken = system.name().split("_")[0]
    if code == PSEUDO or spoken == code or (code == "en" and spoken not in LANGUAGES):
        QLocale.setDefault(system)  # (English words keep an Italian system's dates)
    else:
        QLocale.setDefault(QLocale(code))
    app.setProperty(_LANGUAGE, code)
    return before


def language_shown() -> str:
    """The language the running app shows (its code)."""
    app = QCoreApplication.instance()
    return str(app.property(_LANGUAGE) or "en") if app is not None else "en"
