"""The app's translations: English plural forms always, a language's own on top.

Counts are written once with Qt's ``%n`` ("%n meeting(s)"); the shipped English
translation (``resources/translations/mentordesk_en.qm``, made from its ``.ts`` by
``scripts/translations.py``) turns them into "1 meeting" and "3 meetings". Without
it a count would read "1 meeting(s)", so it is installed on every QApplication the
app makes, and the tests install it too.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QTranslator

from mentordesk.resources_path import resource_path

ENGLISH = "translations/mentordesk_en.qm"
_INSTALLED = "mentordeskTranslations"


def install_translations(app: QCoreApplication) -> bool:
    """Install the English plural forms on ``app`` (once); False if the file is missing."""
    if app.property(_INSTALLED):
        return True
    translator = QTranslator(app)  # a child of the app: it lives as long as the app
    if not translator.load(str(resource_path(ENGLISH))):
        return False
    app.installTranslator(translator)
    app.setProperty(_INSTALLED, True)
    return True
