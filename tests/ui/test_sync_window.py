"""Sync inside the running app, through the real window: two data folders share one
sync folder, the work laptop through ``mentordesk sync`` (a subprocess), the home
laptop being the running window, set up in Preferences ▸ Sync and synced with
File ▸ Sync Now. Rounds are driven deterministically: the test calls the slot the
timer calls (``SyncJob.run_now``, through the menu) and waits for ``finished``.
"""

from __future__ import annotations

import shutil
import sys
import threading
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QCheckBox, QDialog, QLabel, QLineEdit
from pytestqt.qtbot import QtBot

from mentordesk.config import Paths
from mentordesk.db.models import Mentor
from mentordesk.services import sync as rounds
from mentordesk.services.kinds import Kind, Ref
from mentordesk.ui.follow import ChangeFollower
from mentordesk.ui.i18n import install_language
from mentordesk.ui.mentors.area import MentorsView
from mentordesk.ui.settings import open_settings
from mentordesk.ui.shell import keyboard
from mentordesk.ui.shell.data_session import DataSession
from mentordesk.ui.shell.main_window import MainWindow
from mentordesk.ui.shell.preferences import PreferencesDialog
from mentordesk.ui.sync.job import HAND_OVER_S, Outcome, SyncJob, handing_over
from mentordesk.ui.sync.page import SyncDialog, show_sync_page
from mentordesk.ui.sync.settings_page import sync_settings_page
from tests.cli.test_sync_command import edit, exported, new_folder, sync
from tests.ui.column_check import columns_seen
from tests.ui.conftest import DialogAnswerer
from tests.ui.cut_check import literal_ampersands
from tests.ui.helpers import click, press


@pytest.fixture
def session(qtbot: QtBot, paths: Paths) -> Iterator[DataSession]:
    """The app's real data session (window, database, sync job) on the home laptop."""
    paths.ensure()
    data = DataSession(paths, open_settings(paths))
    yield data
    window = data.window
    if window is not None:
        window.undo_stack.clear()
        window.close()
    data.close()
    if window is not None:  # its timers go with it
        window.deleteLater()
    qtbot.wait(50)


@pytest.fixture
def shared(tmp_path: Path) -> Path:
    folder = tmp_path / "Dropbox"
    folder.mkdir()
    return folder


@pytest.fixture
def work(tmp_path: Path, shared: Path) -> Path:
    """The other laptop: sample data, set up and sent through the command line."""
    folder = tmp_path / "work"
    new_folder(folder, with_sample=True)
    said = sync(folder, "--folder", str(shared), "--device", "Work laptop")
    assert "Sent" in said
    return folder


def started(qtbot: QtBot, session: DataSession) -> tuple[MainWindow, SyncJob]:
    assert session.start()
    assert session.window is not None and session.window.context is not None
    # the round the window starts with (sync not set up yet: it does nothing)
    qtbot.waitUntil(lambda: session.sync.last is not None, timeout=60000)
    qtbot.waitUntil(far_news_applied, timeout=60000)
    return session.window, session.sync


def after_round(qtbot: QtBot, job: SyncJob, start: Callable[[], object]) -> Outcome:
    """Run ``start`` (which starts a round) and wait for that round's outcome."""
    qtbot.waitUntil(lambda: not job.running, timeout=60000)
    with qtbot.waitSignal(job.finished, timeout=120000) as blocker:
        start()
    outcome = blocker.args[0]
    assert isinstance(outcome, Outcome)
    qtbot.waitUntil(far_news_applied, timeout=60000)
    return outcome


def far_news_applied() -> bool:
    """Every list on screen shows what the round brought (its rows are read on a
    worker thread and applied a slice at a time: ``ui/follow.py``)."""
    return not any(
        follower.settling
        for window in QApplication.topLevelWidgets()
        for follower in window.findChildren(ChangeFollower)
    )


def sync_now(qtbot: QtBot, window: MainWindow, job: SyncJob) -> Outcome:
    """File ▸ Sync Now, as the person would choose it."""
    action = window.findChild(type(window.quit_action), "syncNowAction")
    assert action is not None and action.shortcut().toString() == "Ctrl+Shift+Y"
    return after_round(qtbot, job, action.trigger)


def set_up_in_preferences(
    qtbot: QtBot, window: MainWindow, job: SyncJob, dialogs: DialogAnswerer, shared: Path
) -> Outcome:
    """Edit ▸ Preferences ▸ Sync: sync on, the folder, this laptop's name, OK."""

    def fill(dialog: QDialog) -> None:
        page = dialog.findChild(QLineEdit, "syncFolderField")
        assert page is not None, "no Sync tab in Preferences"
        choice = dialog.findChild(QCheckBox, "syncChoice")
        assert choice is not None and not choice.isChecked()
        choice.setChecked(True)
        page.setText(str(shared))
        name = dialog.findChild(QLineEdit, "syncDeviceField")
        assert name is not None
        name.setText("Home laptop")
        dialog.accept()

    dialogs.answer(fill)
    return after_round(qtbot, job, window.preferences_action.trigger)


def click_restore(qtbot: QtBot, page: SyncDialog, row: int) -> None:
    """A click in the middle of a decision's Restore cell, where its button is drawn;
    then the events it queued (the restore runs after the click's own handling)."""
    cell = page.decisions.visualRect(page.decisions.model().index(row, 2))
    click(page.decisions.viewport(), cell.center())
    QApplication.processEvents()


def mentors_view(window: MainWindow) -> MentorsView:
    view = window.open_area("mentors")
    assert isinstance(view, MentorsView)
    return view


def test_set_up_in_preferences_brings_the_other_laptops_data_on_screen(
    qtbot: QtBot, session: DataSession, work: Path, shared: Path, dialogs: DialogAnswerer
) -> None:
    window, job = started(qtbot, session)
    assert job.last is not None and job.last.off  # not set up: the first round did nothing
    view = mentors_view(window)
    assert view.model.rowCount() == 0

    outcome = set_up_in_preferences(qtbot, window, job, dialogs, shared)

    assert outcome.batches_in == {"Work laptop": 1} and outcome.changes_in > 0
    assert "from “Work laptop”" in window.statusBar().currentMessage()
    assert view.model.rowCount() == 5, "the other laptop's mentors show without a restart"
    assert (shared / "MentorDesk" / "v1").is_dir()
    # the same settings as ``mentordesk sync --folder --device``
    assert session.database is not None
    with session.database.session() as s:
        current = rounds.settings(s)
    assert (current.folder, current.device_name, current.enabled) == (
        str(shared),
        "Home laptop",
        True,
    )


def test_a_round_runs_off_the_ui_thread_and_never_two_at_once(
    qtbot: QtBot, session: DataSession, work: Path, shared: Path, dialogs: DialogAnswerer
) -> None:
    window, job = started(qtbot, session)
    seen: list[int] = []
    handed: list[float] = []
    before = sys.getswitchinterval()
    original = rounds.run_round

    def recording(*args: object, **kwargs: object) -> rounds.RoundReport:
        seen.append(threading.get_ident())
        handed.append(sys.getswitchinterval())
        return original(*args, **kwargs)  # type: ignore[arg-type]

    rounds.run_round = recording
    try:
        set_up_in_preferences(qtbot, window, job, dialogs, shared)
        with qtbot.waitSignal(job.finished, timeout=120000):
            assert job.run_now()
            assert not job.run_now(), "a second round while one runs"
    finally:
        rounds.run_round = original
    assert len(seen) == 2 and threading.get_ident() not in seen
    # While a round runs the UI thread gets the interpreter back within a millisecond;
    # afterwards threads take turns as Python's default has them.
    assert handed == [HAND_OVER_S, HAND_OVER_S]
    assert sys.getswitchinterval() == before


def test_an_edit_from_the_other_laptop_shows_and_a_conflict_is_restored_from_the_log(
    qtbot: QtBot,
    session: DataSession,
    work: Path,
    shared: Path,
    dialogs: DialogAnswerer,
    tmp_path: Path,
) -> None:
    window, job = started(qtbot, session)
    set_up_in_preferences(qtbot, window, job, dialogs, shared)
    view = mentors_view(window)
    mentor = view.model.rows()[0]
    assert window.context is not None
    window.context.open(Ref(Kind.MENTOR, mentor.id))
    assert view.form.mentor_id == mentor.id
    assert session.database is not None

    # the same field on both laptops: home first, then work (work's is the newer)
    with session.database.session() as s:
        home_mentor = s.get(Mentor, mentor.id)
        assert home_mentor is not None
        home_mentor.role = "Director"
    edit(work, lambda s: setattr(s.get(Mentor, mentor.id), "role", "VP"))
    edit(work, lambda s: setattr(s.get(Mentor, mentor.id), "organisation", "Acme"))
    sync(work)

    outcome = sync_now(qtbot, window, job)

    assert outcome.batches_in == {"Work laptop": 1} and outcome.conflicts == 1
    row = view.model.find(mentor.id)
    assert row is not None and (row.data.role, row.data.organisation) == ("VP", "Acme")
    assert view.form.line("role").text() == "VP"
    assert window.statusBar().currentMessage().startswith("2 changes from “Work laptop”.")

    page_action = window.findChild(type(window.quit_action), "syncPageAction")
    assert page_action is not None
    page_action.trigger()
    page = window.findChild(SyncDialog, "syncDialog")
    assert page is not None and page.isVisible()
    assert "“Home laptop”" in page.laptop.text()
    laptops, decisions = page.laptops.model(), page.decisions.model()
    assert laptops.index(0, 0).data() == "Work laptop"
    text = decisions.index(0, 1).data()
    assert "“Director”" in text and "“VP”" in text
    when = decisions.index(0, 0).data()
    assert "T" not in when, "a moment as the lists show it"
    assert decisions.index(0, 2).data() == "Restore"
    assert decisions.index(0, 2).data(Qt.ItemDataRole.AccessibleTextRole) == (
        "Restore: Restore “Director”"
    )

    click_restore(qtbot, page, 0)

    row = view.model.find(mentor.id)
    assert row is not None and row.data.role == "Director"
    assert view.form.line("role").text() == "Director"
    assert decisions.index(0, 2).data() == "Restored"
    click_restore(qtbot, page, 0)  # the word, not a button: nothing happens
    assert view.model.find(mentor.id).data.role == "Director"  # type: ignore[union-attr]
    # undoable like any edit, with Ctrl+Z on the page itself, and the log follows: an
    # undone restore offers Restore again
    press(page.decisions, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert view.model.find(mentor.id).data.role == "VP"  # type: ignore[union-attr]
    assert decisions.index(0, 2).data() == "Restore"
    shift_control = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    press(page.decisions, Qt.Key.Key_Z, shift_control)
    assert view.model.find(mentor.id).data.role == "Director"  # type: ignore[union-attr]
    assert decisions.index(0, 2).data() == "Restored"

    # the restored value travels to the other laptop with the next round
    sync_now(qtbot, window, job)
    sync(work)
    mentors = {m["id"]: m for m in exported(work, tmp_path / "work.json")["mentor"]}
    assert mentors[mentor.id]["role"] == "Director"
    page.close()


def test_a_paused_folder_is_a_message_not_an_error_box(
    qtbot: QtBot, session: DataSession, work: Path, shared: Path, dialogs: DialogAnswerer
) -> None:
    window, job = started(qtbot, session)
    set_up_in_preferences(qtbot, window, job, dialogs, shared)
    shutil.rmtree(shared / "MentorDesk")  # the sync service emptied the folder

    for _ in range(2):  # the timer's next rounds say it again, quietly
        outcome = after_round(qtbot, job, job.run_now)
        assert outcome.paused
        assert QApplication.activeModalWidget() is None
        assert window.statusBar().currentMessage().startswith("Sync is paused:")

    page_action = window.findChild(type(window.quit_action), "syncPageAction")
    assert page_action is not None
    page_action.trigger()
    page = window.findChild(SyncDialog, "syncDialog")
    assert page is not None
    assert "Sync is paused:" in page.waiting.text()
    page.close()
    assert not (shared / "MentorDesk").exists(), "a paused round writes nothing"


def test_sync_now_before_set_up_says_where_to_set_it_up(qtbot: QtBot, session: DataSession) -> None:
    window, job = started(qtbot, session)
    action = window.findChild(type(window.quit_action), "syncNowAction")
    assert action is not None
    action.trigger()
    assert not job.running
    assert "Preferences ▸ Sync" in window.statusBar().currentMessage()


def test_a_folder_that_is_not_there_is_refused_with_the_settings_kept(
    qtbot: QtBot, session: DataSession, tmp_path: Path, dialogs: DialogAnswerer
) -> None:
    window, _job = started(qtbot, session)
    missing = tmp_path / "not-there"
    preferences = PreferencesDialog(
        window.settings, window, None, window.paths, keyboard.every_entry(window)
    )
    qtbot.addWidget(preferences)
    preferences.show()
    choice = preferences.findChild(QCheckBox, "syncChoice")
    folder = preferences.findChild(QLineEdit, "syncFolderField")
    assert choice is not None and folder is not None
    # "Sync &folder" reads "Sync folder", and Alt+F goes to the folder.
    assert literal_ampersands(preferences) == []
    [label] = [w for w in preferences.findChildren(QLabel) if w.text() == "Sync &folder"]
    assert label.buddy() is folder
    choice.setChecked(True)
    folder.setText(str(missing))
    dialogs.answer(lambda box: box.accept())

    preferences.accept()  # OK

    assert dialogs.names == ["syncSettingsBox"]
    assert f"There is no folder at {missing}" in dialogs.texts[0]
    assert preferences.isVisible() and folder.text() == str(missing), "the choice stays"
    assert preferences.tabs.currentWidget() is preferences.sync
    assert session.database is not None
    with session.database.session() as s:
        assert not rounds.settings(s).enabled
    preferences.reject()


def encrypted_laptops(
    paths: Paths, shared: Path, tmp_path: Path, work_passphrase: str, home_passphrase: str
) -> None:
    """The work laptop, encrypted with ``work_passphrase``, set the sync folder up through
    the command line; this data folder (the home laptop) is set up on it as "Home
    laptop" and encrypted with ``home_passphrase``, its key left active."""
    from mentordesk.db import encryption
    from mentordesk.db.database import Database
    from tests.cli.test_sync_encrypted import encrypted_folder, synced

    work = tmp_path / "work"
    encrypted_folder(work, work_passphrase, with_sample=True)
    synced(work, "--folder", str(shared), "--device", "Work laptop", stdin=work_passphrase + "\n")
    paths.ensure()
    database = Database(paths)
    try:
        with database.session() as s:
            rounds.configure(s, shared, "Home laptop")
    finally:
        database.close()
    encryption.turn_on(paths, home_passphrase)


def test_with_encryption_on_the_window_seals_its_batches_once_given_the_passphrase(
    qtbot: QtBot, paths: Paths, shared: Path, tmp_path: Path
) -> None:
    """The work laptop (encrypted, through the command line) set the sync folder up;
    the home laptop's window, encrypted with another passphrase, is told so, is given
    the sync folder's passphrase in Preferences ▸ Sync once, and receives."""
    from mentordesk.db import cipher
    from tests.cli.test_sync_encrypted import readable_anywhere

    # the key stays active: no unlock, no offer
    encrypted_laptops(paths, shared, tmp_path, "the work passphrase", "home's own")
    data = DataSession(paths, open_settings(paths))
    try:
        window, job = started(qtbot, data)
        assert job.last is not None
        assert "Sync needs this laptop's passphrase once" in job.last.refused
        assert "Sync did not run" in window.statusBar().currentMessage()

        page = sync_settings_page(window)
        assert page is not None and page.passphrase.isVisibleTo(page)
        page.passphrase.setText("home's own")  # this laptop's: not the sync folder's
        outcome = after_round(qtbot, job, page.save)
        assert "The other laptop's passphrase is different" in outcome.refused
        assert page.passphrase.text() == "", "not kept in the field"
        dialog = SyncDialog(job, window)
        waiting = dialog.findChild(QLabel, "syncWaiting")
        assert waiting is not None and "passphrase is different" in waiting.text()
        dialog.close()

        page = sync_settings_page(window)
        assert page is not None
        page.passphrase.setText("the work passphrase")
        outcome = after_round(qtbot, job, page.save)
        assert not outcome.refused and outcome.batches_in == {"Work laptop": 1}
        assert len(mentors_view(window).model.rows()) == 5
        # kept: the next round needs nothing typed, and what it sends is sealed
        assert data.database is not None
        with data.database.session() as s:
            mentor = s.get(Mentor, mentors_view(window).model.rows()[0].id)
            assert mentor is not None
            mentor.notes = "Typed at home: Zanzibar-quokka"
        outcome = sync_now(qtbot, window, job)
        assert not outcome.refused and outcome.failed is None and outcome.sent >= 1
        assert readable_anywhere(shared, "Zanzibar-quokka") == []
        assert all(p.read_bytes().startswith(b"MDSS ") for p in shared.rglob("*.mdsync"))
    finally:
        shown = data.window
        if shown is not None:
            shown.close()
        data.close()
        if shown is not None:  # its timers go with it, before the key is forgotten
            shown.deleteLater()
        qtbot.wait(50)
        cipher.lock()


def test_unlocked_with_the_same_passphrase_the_window_syncs_with_nothing_more_typed(
    qtbot: QtBot, paths: Paths, shared: Path, tmp_path: Path, dialogs: DialogAnswerer
) -> None:
    """The passphrase typed in the unlock dialog makes the sync key at the first round."""
    from mentordesk.db import cipher
    from mentordesk.services import sync_key

    encrypted_laptops(paths, shared, tmp_path, "both laptops", "both laptops")
    cipher.lock()

    def unlock(dialog: QDialog) -> None:
        assert dialog.objectName() == "unlockDialog"
        field = dialog.findChild(QLineEdit, "unlockPassphrase")
        assert field is not None
        field.setText("both laptops")
        dialog.accept()

    dialogs.answer(unlock)
    data = DataSession(paths, open_settings(paths))
    try:
        window, job = started(qtbot, data)
        last = job.last
        assert last is not None
        assert not last.refused, last.refused
        assert last.batches_in == {"Work laptop": 1}
        assert len(mentors_view(window).model.rows()) == 5
        assert (paths.data_dir / sync_key.LOCAL_FILE).exists()
    finally:
        shown = data.window
        if shown is not None:
            shown.close()
        data.close()
        if shown is not None:
            shown.deleteLater()
        qtbot.wait(50)
        cipher.lock()


def test_switched_off_in_preferences_no_round_sends_or_receives(
    qtbot: QtBot, session: DataSession, work: Path, shared: Path, dialogs: DialogAnswerer
) -> None:
    from mentordesk.services import sync_status

    window, job = started(qtbot, session)
    set_up_in_preferences(qtbot, window, job, dialogs, shared)
    page = sync_settings_page(window)
    assert page is not None and page.enabled.isChecked()
    page.enabled.setChecked(False)
    assert page.save()
    assert session.database is not None
    with session.database.session() as s:
        mentor = s.get(Mentor, mentors_view(window).model.rows()[0].id)
        assert mentor is not None
        mentor.role = "Changed while sync is off"
    sent_before = sorted(shared.rglob("*.mdsync"))

    outcome = after_round(qtbot, job, job.run_now)

    assert outcome.off and window.context is not None
    overview = window.context.read(sync_status.overview)
    assert not overview.enabled and overview.pending == 0
    assert (overview.folder, overview.device_name) == (str(shared), "Home laptop"), "kept"
    assert sorted(shared.rglob("*.mdsync")) == sent_before


def test_the_sync_page_with_nothing_decided_keeps_its_lines_together(
    qtbot: QtBot, session: DataSession
) -> None:
    """With no decisions (no table) the page spread its few lines over its whole height."""
    window, _job = started(qtbot, session)
    page_action = window.findChild(type(window.quit_action), "syncPageAction")
    assert page_action is not None
    page_action.trigger()
    page = window.findChild(SyncDialog, "syncDialog")
    assert page is not None and page.isVisible()
    qtbot.waitExposed(page)
    assert page.decisions.isHidden()
    line = page.fontMetrics().lineSpacing()
    # Each one-line text sits in a box about its own height, not a share of the page.
    for label in (page.laptop, page.sent):
        assert label.height() < 3 * line, f"{label.text()!r} in a box {label.height()} px high"
    page.close()


def test_the_sync_pages_headings_are_whole_in_german(
    qtbot: QtBot,
    qapp: QApplication,
    session: DataSession,
    work: Path,
    shared: Path,
    dialogs: DialogAnswerer,
) -> None:
    """'Letzter empfangener Stapel' was cut to 'r empfangener S' in a column of the
    default width; the other laptops' and the decisions' columns fit their headings."""
    window, job = started(qtbot, session)
    set_up_in_preferences(qtbot, window, job, dialogs, shared)
    install_language(qapp, "de")
    try:
        page = show_sync_page(job, window)
        assert page is not None
        qtbot.waitExposed(page)
        laptops = columns_seen(page.laptops)
        assert [column.title for column in laptops] == [
            "Laptop",
            "Letzter empfangener Stapel",
            "Empfangen",
        ]
        assert [column.title for column in laptops if column.cut] == []
        page.close()
    finally:
        install_language(qapp, "en")


def test_a_round_that_fails_leaves_the_threads_taking_turns_as_before() -> None:
    before = sys.getswitchinterval()
    with pytest.raises(OSError), handing_over():
        assert sys.getswitchinterval() == HAND_OVER_S
        raise OSError("the sync folder went away")
    assert sys.getswitchinterval() == before
