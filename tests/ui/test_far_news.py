"""News from another laptop (a sync round's, ``Change.far``) on a list on screen: the
rows are read on a worker thread and applied a slice at a time, so announcing it holds
the UI thread for no read; news from this laptop still applies at once, with every far
change still waiting, and a read made before it never overwrites it afterwards; a list
opened after the news shows it at once; a form typed in while a round changes other
fields of its record saves only what was typed, and shows the record as stored once
the typing is undone."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from mentordesk.db.choices import MentorStatus
from mentordesk.db.database import Database
from mentordesk.db.models import Mentor
from mentordesk.services import mentors
from mentordesk.services.kinds import Change, Kind
from mentordesk.services.mentors import MentorData, MentorSnapshot
from mentordesk.ui import reading
from mentordesk.ui.follow import FAR_SLICE
from mentordesk.ui.mentors import operations
from mentordesk.ui.mentors.area import MentorsView
from mentordesk.ui.shell.main_window import MainWindow
from tests.ui.helpers import context_of, mentors_view, press, select_all_and_type, stored_one

NOW = datetime(2026, 12, 7, 9, tzinfo=UTC)
COUNT = 3 * FAR_SLICE + 5  # four slices


def add_mentors(database: Database) -> list[str]:
    with database.session() as session:
        return [
            mentors.create_mentor(
                session, MentorData(name=f"Mentor {n:02d}", role="Engineer"), now=NOW
            ).id
            for n in range(COUNT)
        ]


def listed(window: MainWindow, database: Database) -> tuple[MentorsView, list[str]]:
    """COUNT mentors, "Engineer" each, on the Mentors list."""
    ids = add_mentors(database)
    view = mentors_view(window)
    view.reload()  # the window opened before they were added
    return view, ids


def set_roles(database: Database, ids: list[str], role: str) -> None:
    """What a sync round does: rows written on another connection, no news yet."""
    with database.session() as session:
        for mentor_id in ids:
            found = session.get(Mentor, mentor_id)
            assert found is not None
            found.role = role


def roles(view: MentorsView) -> list[str]:
    return [row.data.role for row in view.model.rows()]


def far(ids: list[str]) -> Change:
    return Change(frozenset({Kind.MENTOR}), frozenset(ids), far=True)


def test_news_from_far_is_read_off_the_ui_thread_and_shown_a_slice_at_a_time(
    qtbot: QtBot, window: MainWindow, database: Database
) -> None:
    view, ids = listed(window, database)
    assert roles(view) == ["Engineer"] * COUNT
    set_roles(database, ids, "Director")
    seen: list[int] = []  # how many rows showed "Director" after each slice
    original = view.apply_read

    def counted(change: Change | None, rows: list[MentorSnapshot]) -> None:
        original(change, rows)
        seen.append(roles(view).count("Director"))

    view.apply_read = counted  # type: ignore[method-assign]

    context_of(window).announce(far(ids))

    assert roles(view) == ["Engineer"] * COUNT, "nothing was read on the UI thread"
    assert view.follower.far_waiting
    qtbot.waitUntil(lambda: not view.follower.far_waiting, timeout=30000)
    assert roles(view) == ["Director"] * COUNT
    assert seen == [FAR_SLICE, 2 * FAR_SLICE, 3 * FAR_SLICE, COUNT]


def test_an_edit_here_shows_at_once_with_every_far_change_and_no_older_read_undoes_it(
    qtbot: QtBot, window: MainWindow, database: Database
) -> None:
    view, ids = listed(window, database)
    set_roles(database, ids, "Director")
    context = context_of(window)
    context.announce(far(ids))
    # The first slice is read ("Director" for the first mentor); its rows wait for the
    # UI thread, which is busy with the person's edit of that mentor.
    assert reading.wait_idle()
    first = view.model.find(sorted(ids)[0])
    assert first is not None
    data = replace(first.data, role="Chief of Staff")
    assert operations.edit_mentor(context, view, first.id, data) is not None

    shown = {row.id: row.data.role for row in view.model.rows()}
    assert shown.pop(first.id) == "Chief of Staff"
    assert set(shown.values()) == {"Director"}, "every far change came with the edit"
    assert not view.follower.far_waiting
    QApplication.processEvents()  # the read made before the edit arrives now
    assert reading.wait_idle()
    QApplication.processEvents()
    assert view.model.find(first.id).data.role == "Chief of Staff"  # type: ignore[union-attr]


def test_a_list_opened_after_news_from_far_shows_it_at_once(
    qtbot: QtBot, window: MainWindow, database: Database
) -> None:
    view, ids = listed(window, database)
    window.open_area("dashboard")
    assert not view.isVisible()
    set_roles(database, ids, "Director")
    context_of(window).announce(far(ids))

    assert mentors_view(window) is view
    assert roles(view) == ["Director"] * COUNT
    assert not view.follower.far_waiting


def typing_in_role_while_a_round_pauses_the_mentor(
    qtbot: QtBot, window: MainWindow, database: Database
) -> tuple[MentorsView, str]:
    view, ids = listed(window, database)
    mentor_id = ids[0]  # "Mentor 00"
    assert view.select(mentor_id)
    assert view.form.mentor_id == mentor_id
    select_all_and_type(view.form.line("role"), "Head of Platform")
    assert view.form.is_dirty()
    with database.session() as session:  # the other laptop paused the mentor
        found = session.get(Mentor, mentor_id)
        assert found is not None
        found.status = MentorStatus.PAUSED.value
    context_of(window).announce(far([mentor_id]))
    qtbot.waitUntil(lambda: not view.follower.far_waiting, timeout=30000)
    row = view.model.find(mentor_id)
    assert row is not None and row.data.status == MentorStatus.PAUSED.value
    assert view.form.line("role").text() == "Head of Platform", "typing is never replaced"
    return view, mentor_id


def test_saving_a_form_typed_in_during_a_round_keeps_what_the_round_changed(
    qtbot: QtBot, window: MainWindow, database: Database
) -> None:
    view, mentor_id = typing_in_role_while_a_round_pauses_the_mentor(qtbot, window, database)

    assert view.save()

    saved = stored_one(database, "Mentor 00")
    assert saved.id == mentor_id
    assert saved.data.role == "Head of Platform"
    assert saved.data.status == MentorStatus.PAUSED.value, "the round's change was kept"


def test_typing_undone_after_a_round_shows_the_mentor_as_stored(
    qtbot: QtBot, window: MainWindow, database: Database
) -> None:
    view, _mentor_id = typing_in_role_while_a_round_pauses_the_mentor(qtbot, window, database)
    role = view.form.line("role")

    for _ in range(3):  # Ctrl+Z out of habit
        press(role, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)

    qtbot.waitUntil(lambda: view.form.data().status == MentorStatus.PAUSED.value)
    assert role.text() == "Engineer"
    assert not view.form.is_dirty()
