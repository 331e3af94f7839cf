"""The self-test behind ``mentordesk --self-test``: the real window, a throwaway folder.

Packaged builds run it as their smoke test, so it uses only what ships.
"""

from __future__ import annotations

import sys
import tempfile
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import TYPE_CHECKING, TextIO

from PySide6.QtCore import QLibraryInfo, Qt, QTimer, QTranslator
from PySide6.QtGui import QAction, QIcon, QImageReader, QKeySequence, QShortcut
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from mentordesk.config import resolve_paths
from mentordesk.resources_path import resource_path
from mentordesk.ui.i18n import language_shown

if TYPE_CHECKING:
    from mentordesk.ui.context import AppContext
    from mentordesk.ui.shell.main_window import MainWindow


class SelfTestError(AssertionError):
    """A step of the self-test did not do what a user would expect."""


class _ProblemBoxes:
    """Message boxes the app opens during the self-test: their words are kept and the
    box closed, so a problem fails the test with what it said instead of waiting
    for a click that never comes (no one watches a smoke test)."""

    def __init__(self) -> None:
        self.said: list[str] = []
        self._timer = QTimer()
        self._timer.timeout.connect(self._close)
        self._timer.start(100)

    def _close(self) -> None:
        box = QApplication.activeModalWidget()
        if isinstance(box, QMessageBox) and box.isVisible():
            self.said.append(box.text())
            box.reject()

    def check(self, step: str) -> None:
        _check(not self.said, f"{step}: the app said {' / '.join(self.said)!r}")

    def stop(self) -> None:
        self._timer.stop()


def _check(condition: bool, message: str) -> None:
    if not condition:
        raise SelfTestError(message)


# The platform plugins a user's desktop may ask for, per system.
PLATFORM_PLUGINS = {
    "linux": ("xcb", "wayland", "offscreen"),
    "win32": ("windows",),
    "darwin": ("cocoa",),
}


def check_qt_plugins() -> None:
    """The Qt plugins MentorDesk needs are there: a trimmed build must not lose them."""
    formats = {bytes(name.data()).decode() for name in QImageReader.supportedImageFormats()}
    _check("svg" in formats, f"the svg image format plugin is missing (formats: {sorted(formats)})")
    icon = QIcon(str(resource_path("icons/mentordesk.svg")))
    _check(not icon.pixmap(64, 64).isNull(), "the app icon does not render (svg icon engine)")
    folder = Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.PluginsPath)) / "platforms"
    found = {path.name for path in folder.glob("*")} if folder.is_dir() else set()
    for name in PLATFORM_PLUGINS.get(sys.platform, ()):
        _check(
            any(name in file for file in found),
            f"the {name} platform plugin is missing from {folder} (found: {sorted(found)})",
        )
    try:  # reminders without a tray go over D-Bus (ui/shell/notifications.py)
        from PySide6.QtDBus import QDBusMessage

        QDBusMessage.createMethodCall("org.example", "/", "org.example", "Ping")
    except ImportError as error:
        _check(False, f"QtDBus is missing: {error}")
    if sys.platform.startswith("linux"):  # the Linux build trims ICU's data (icu_data.py)
        from PySide6.QtCore import QCollator, QLocale, QTimeZone

        german = QLocale("de_DE")
        _check(QCollator(german).compare("Äpfel", "Apfelmus") < 0, "ICU's collation failed")
        name = QTimeZone(b"Europe/Berlin").displayName(
            QTimeZone.TimeType.StandardTime, QTimeZone.NameType.LongName, german
        )
        _check(name == "Mitteleuropäische Normalzeit", f"ICU's German zone name is {name!r}")


def _press(window: QWidget, keys: str) -> None:
    """Press a window's shortcut as a user would.

    A window only receives shortcuts once it is active. With no window manager
    (a bare X server) or where the compositor refuses (Wayland), it may never be:
    then the shortcut bound to ``keys`` is fired instead.
    """
    window.activateWindow()
    if QTest.qWaitForWindowActive(window, 2000):
        QTest.keySequence(QApplication.focusWidget() or window, QKeySequence(keys))
        return
    for shortcut in window.findChildren(QShortcut):
        if shortcut.key() == QKeySequence(keys):
            shortcut.activated.emit()
            return
    for action in window.findChildren(QAction):
        if QKeySequence(keys) in action.shortcuts():
            action.trigger()
            return
    raise SelfTestError(f"no {keys} shortcut in {window.objectName()}")


def _meeting_and_search(window: MainWindow, context: AppContext, mentor_id: str) -> None:
    """Plan a meeting, type notes in meeting mode, capture an action item, search the notes."""
    from mentordesk.services import action_items, meeting_queries, meetings
    from mentordesk.ui.meeting_mode.window import MeetingModeWindow
    from mentordesk.ui.search.area import SearchView

    when = datetime.now(UTC) + timedelta(hours=1)
    plan = meetings.MeetingPlan(mentor_id, when, agenda=("Career plan",))
    meeting_id = context.store(meetings.plan_meeting, plan, now=context.now()).id
    meeting_window = window.open_meeting_mode(meeting_id)
    _check(meeting_window is not None and meeting_window.isVisible(), "meeting mode did not open")
    assert isinstance(meeting_window, MeetingModeWindow)
    QApplication.processEvents()
    meeting_window.notes.setFocus()
    QTest.keyClicks(meeting_window.notes, "Ask about the zephyrine roadmap")
    _press(meeting_window, "Ctrl+Shift+A")
    _check(meeting_window.flush(), "meeting notes were not saved")
    meeting_window.close()
    QApplication.processEvents()
    notes = context.read(meeting_queries.detail, meeting_id).notes
    items = [item.text for item in context.read(action_items.list_items, meeting_id=meeting_id)]
    _check(notes == "Ask about the zephyrine roadmap", f"notes not stored: {notes!r}")
    _check(items == ["Ask about the zephyrine roadmap"], f"action item not captured: {items}")

    window.find_text()
    search = window.area_widget("search")
    _check(
        isinstance(search, SearchView)
        and window.current_area() == "search"
        and search.field.isVisible(),
        "Find did not open the search field",
    )
    assert isinstance(search, SearchView)
    QTest.keyClicks(search.field, "zephyr")
    search.run_search()
    kinds = {hit.kind for hit in search.model.hits()}
    _check(
        {"meeting", "action_item"} <= kinds,
        f"search did not find the notes and the action item (found {sorted(kinds)})",
    )


def _translators() -> list[QTranslator]:
    app = QApplication.instance()
    return app.findChildren(QTranslator) if app is not None else []


def _words_on_screen(window: MainWindow) -> None:
    """Print the window's title, menus and the Dashboard's words (a test reads them in
    each language); in a language other than English its own words must be loaded."""
    from PySide6.QtWidgets import QAbstractButton, QGroupBox, QLabel

    from mentordesk.ui.i18n import LANGUAGES, PSEUDO, qm_file

    code = language_shown()
    if code != "en":
        _check(
            any(not t.isEmpty() for t in _translators()),
            f"the {LANGUAGES.get(code, PSEUDO)} words are missing ({qm_file(code)})",
        )
    window.open_area("dashboard")
    QApplication.processEvents()
    dashboard = window.area_widget("dashboard")
    texts = [window.windowTitle()] + [a.text() for a in window.menuBar().actions()]
    if dashboard is not None:
        for widget in dashboard.findChildren(QWidget):
            if not widget.isVisible():
                continue
            if isinstance(widget, QLabel | QAbstractButton):
                texts.append(widget.text())
            elif isinstance(widget, QGroupBox):
                texts.append(widget.title())
    show_line(f"Language: {code}")
    for text in texts:
        if text.strip():
            show_line("Shown: " + " ".join(text.split()))


ISOLATES = dict.fromkeys(map(ord, "\u2066\u2067\u2068\u2069"))  # around names (rows.py)


def show_line(line: str, stream: TextIO | None = None) -> None:
    """One line of the self-test's report on standard output. The invisible isolates
    around names are left out, and a character the console cannot show (Windows'
    cp1252) becomes "?": a report line never fails the self-test."""
    out = stream or sys.stdout
    encoding = out.encoding or "utf-8"
    text = line.translate(ISOLATES)
    out.write(text.encode(encoding, errors="replace").decode(encoding) + "\n")


def encrypted_folder() -> None:
    """Encryption at rest works in this build: a folder turned on holds no readable name,
    the recovery key opens it, and search (FTS5) finds inside it. Raises on failure."""
    from mentordesk.db import cipher, encryption
    from mentordesk.db.database import Database
    from mentordesk.services import mentors, search

    name = "Encrypted Selftest Person"
    with tempfile.TemporaryDirectory(prefix="mentordesk-selftest-") as folder:
        paths = resolve_paths(Path(folder))
        paths.ensure()
        database = Database(paths)
        try:
            with database.session() as session:
                mentors.create_mentor(session, mentors.MentorData(name=name), now=datetime.now(UTC))
        finally:
            database.close()
        try:
            recovery = encryption.turn_on(paths, "self-test passphrase")
            _check(name.encode() not in paths.database.read_bytes(), "not encrypted")
            cipher.lock()
            encryption.unlock(paths, recovery)
            database = Database(paths)
            try:
                with database.session() as session:
                    hits = search.search(session, "Selftest")
                _check(len(hits) == 1, f"search in an encrypted folder found {len(hits)}")
            finally:
                database.close()
        finally:
            cipher.lock()


def keyring_backend() -> None:
    """Linux: keyring's Secret Service backend is in this build and its cipher works: a
    passphrase sealed as secretstorage hands it to the service (a Diffie-Hellman session,
    AES-128-CBC from cryptography) opens on the service's side. No service needs to run
    (without one the unlock dialog says so). Raises on failure."""
    if not sys.platform.startswith("linux"):
        return
    from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes
    from keyring.backends import SecretService
    from secretstorage.dhcrypto import Session
    from secretstorage.util import format_secret

    _check(hasattr(SecretService, "secretstorage"), "keyring cannot load secretstorage")
    ours, service = Session(), Session()
    ours.set_server_public_key(service.my_public_key)
    service.set_server_public_key(ours.my_public_key)
    ours.object_path = "/org/freedesktop/secrets/session/selftest"
    _path, iv, sealed, _type = format_secret(ours, b"self-test passphrase", "text/plain")
    assert service.aes_key is not None
    decryptor = Cipher(algorithms.AES(service.aes_key), modes.CBC(iv)).decryptor()
    opened = decryptor.update(sealed) + decryptor.finalize()
    _check(opened[: -opened[-1]] == b"self-test passphrase", "the keyring's cipher failed")


def self_test() -> None:
    """Open every area; create, edit, delete and undo-delete a mentor; an encrypted
    folder (``encrypted_folder``); the keyring's backend (``keyring_backend``). Raises
    on failure."""
    from mentordesk.db.database import Database
    from mentordesk.services import mentors as mentor_service
    from mentordesk.ui.mentors.area import MentorsView
    from mentordesk.ui.settings import open_settings
    from mentordesk.ui.shell.main_window import MainWindow

    check_qt_plugins()
    encrypted_folder()
    keyring_backend()
    with tempfile.TemporaryDirectory(prefix="mentordesk-selftest-") as folder:
        paths = resolve_paths(Path(folder))
        paths.ensure()
        database = Database(paths)
        window = MainWindow(paths, open_settings(paths))
        problems = _ProblemBoxes()
        try:
            window.show()
            window.attach_database(database)
            QApplication.processEvents()
            for key in window.area_keys():
                window.open_area(key)
                QApplication.processEvents()
                _check(window.current_area() == key, f"area {key} did not open")
                shown = window.stack.currentWidget()
                _check(shown is not None and shown.isVisible(), f"area {key} is not visible")

            context = window.context
            assert context is not None

            def stored() -> list[mentor_service.MentorSnapshot]:
                return context.read(
                    mentor_service.list_mentors, today=context.today(), now=context.now()
                )

            window.new_mentor()
            view = window.area_widget("mentors")
            _check(isinstance(view, MentorsView), "the Mentors area did not open")
            assert isinstance(view, MentorsView)
            form = view.form
            QTest.keyClicks(form.line("name"), "Self Test Mentor")
            QTest.keyClicks(form.line("email"), "selftest@example.com")
            QTest.mouseClick(form.save_button, Qt.MouseButton.LeftButton)
            _check([m.data.name for m in stored()] == ["Self Test Mentor"], "create failed")

            form.line("organisation").setText("")
            QTest.keyClicks(form.line("organisation"), "Example Org")
            QTest.mouseClick(form.save_button, Qt.MouseButton.LeftButton)
            _check(stored()[0].data.organisation == "Example Org", "edit failed")

            view.delete(confirm=False)
            _check(stored() == [], "delete failed")
            window.undo_stack.undo()
            restored = stored()
            _check(
                [m.data.organisation for m in restored] == ["Example Org"],
                "undo of delete did not bring the mentor back",
            )
            _meeting_and_search(window, context, restored[0].id)
            # The calendar export's package (icalendar) is in the build and works.
            from mentordesk.services.calendar_export import calendar_bytes

            ics, _count = context.read(calendar_bytes, context.now())
            _check(ics.startswith(b"BEGIN:VCALENDAR"), "the calendar export failed")

            # The plural forms ship with the app: "1 meeting", "2 meetings".
            from mentordesk.services.kinds import Kind
            from mentordesk.ui import vocabulary

            counts = [vocabulary.count(Kind.MEETING, n) for n in (1, 2)]
            if language_shown() == "en":
                _check(counts == ["1 meeting", "2 meetings"], f"counts read {counts}")
            _check(counts[0] != counts[1] and "(s)" not in "".join(counts), f"counts read {counts}")
            _words_on_screen(window)

            # The shipped resources are there: sample data loads and goes in one step.
            from mentordesk.services.sample import sample_records
            from mentordesk.ui.data import sample_dialog as sample_data

            # (Loaded as such: File ▸ Explore would first ask, beside the mentor added above.)
            sample_data.load(context, view)
            problems.check("loading the sample data")
            _check(len(stored()) == 1 + len(sample_records()), "sample data did not load")
            sample_data.remove(context, view, confirm=False)
            _check(len(stored()) == 1, "sample data was not removed")
            problems.check("the self-test")
        finally:
            problems.stop()
            window.undo_stack.clear()
            window.close()
            window.deleteLater()
            QApplication.processEvents()
            database.close()
