"""The Sync page's log in the person's language: decisions are stored as data and worded
when shown, so a German window reads them in German while ``mentordesk sync --log``
keeps its English."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication

from mentordesk.config import resolve_paths
from mentordesk.db.database import Database
from mentordesk.db.models import Meeting, Mentor
from mentordesk.services import sync, sync_log
from mentordesk.ui.i18n import install_language
from mentordesk.ui.sync.decision_words import sentence

NOW = datetime(2026, 12, 7, 9, tzinfo=UTC)


@pytest.fixture
def logged(tmp_path: Path) -> Iterator[list[sync_log.Decision]]:
    """Two laptops typed a mentor's role and a meeting's place at once; the home
    laptop deleted a mentor the work laptop was editing. The work laptop's log."""
    shared = tmp_path / "shared"
    shared.mkdir()
    work = Database(resolve_paths(tmp_path / "work"))
    home = Database(resolve_paths(tmp_path / "home"))
    try:
        for database, name in ((work, "Work laptop"), (home, "Home laptop")):
            with database.session() as session:
                sync.configure(session, shared, name)
        with work.session() as session:
            dana = Mentor(name="Dana", created_at=NOW, updated_at=NOW, status_changed_at=NOW)
            grace = Mentor(name="Grace", created_at=NOW, updated_at=NOW, status_changed_at=NOW)
            session.add_all([dana, grace])
            session.flush()
            meeting = Meeting(
                mentor_id=dana.id,
                scheduled_start=NOW,
                location="Office",
                created_at=NOW,
                updated_at=NOW,
            )
            session.add(meeting)
            session.flush()
            ids = (dana.id, grace.id, meeting.id)
        for database in (work, home, work, home):
            sync.run_round(database, NOW)
        with home.session() as session:
            session.get(Mentor, ids[0]).role = "Director"  # type: ignore[union-attr]
            session.get(Meeting, ids[2]).location = "Café Einstein"  # type: ignore[union-attr]
            session.delete(session.get(Mentor, ids[1]))
        with work.session() as session:
            session.get(Mentor, ids[0]).role = "VP"  # type: ignore[union-attr]
            session.get(Meeting, ids[2]).location = ""  # type: ignore[union-attr]
            session.get(Mentor, ids[1]).role = "Coach"  # type: ignore[union-attr]
        for database in (work, home, work, home):
            sync.run_round(database, NOW)
        with home.session() as session:
            yield sync_log.decisions(session)
    finally:
        work.close()
        home.close()


def by_field(found: list[sync_log.Decision], field: str) -> sync_log.Decision:
    return next(d for d in found if d.field == field)


def test_the_log_is_worded_in_english_in_an_english_window(
    qapp: QApplication, logged: list[sync_log.Decision]
) -> None:
    role = by_field(logged, "role")
    assert sentence(role) == (
        "Role of the mentor “Dana”: changed to “Director” on “Home laptop” and to “VP” on "
        "“Work laptop”. The newer, “VP”, was kept; Restore brings back “Director”."
    )
    place = by_field(logged, "location")
    assert "Place (meeting): changed to “Café Einstein” on “Home laptop”" in sentence(place)
    assert "to “(empty)” on “Work laptop”" in sentence(place)
    revived = next(d for d in logged if d.kind == "revived")
    assert sentence(revived) == (
        "The mentor “Grace” was deleted on one laptop while it was edited on “Work laptop”: "
        "it was kept, with the edit."
    )


def test_the_log_is_worded_in_german_in_a_german_window(
    qapp: QApplication, logged: list[sync_log.Decision]
) -> None:
    install_language(qapp, "de")
    try:
        role = sentence(by_field(logged, "role"))
        place = sentence(by_field(logged, "location"))
    finally:
        install_language(qapp, "en")
    assert role.startswith("Rolle bei Mentor „Dana“: auf „Home laptop“ zu „Director“ geändert")
    assert "Wiederherstellen bringt „Director“ zurück." in role
    assert "„(leer)“" in place and place.startswith("Ort (Treffen)")
    # the command line's words stay English whatever the window shows
    assert by_field(logged, "role").text.startswith("On “Home laptop” the mentor “Dana”'s role")


def test_a_long_value_is_shortened_in_the_line_and_whole_in_the_tooltip(
    qapp: QApplication, logged: list[sync_log.Decision]
) -> None:
    from dataclasses import replace

    long = "A very long note about the meeting " * 10
    decision = replace(by_field(logged, "role"), lost=long)
    assert long.strip() not in sentence(decision) and "…" in sentence(decision)
    assert long in sentence(decision, whole=True)


def test_what_waits_is_said_in_the_windows_language_and_the_command_lines_english(
    qapp: QApplication, tmp_path: Path
) -> None:
    from mentordesk.services import mentors
    from mentordesk.services.mentors import MentorData
    from mentordesk.ui.sync.waiting_words import held_lines

    shared = tmp_path / "shared"
    shared.mkdir()
    work = Database(resolve_paths(tmp_path / "work"))
    home = Database(resolve_paths(tmp_path / "home"))
    try:
        for database, name in ((work, "Work laptop"), (home, "Home laptop")):
            with database.session() as session:
                sync.configure(session, shared, name)
        sent = []
        for name in ("Ada", "Grace", "Linus"):
            with work.session() as session:
                mentors.create_mentor(session, MentorData(name=name), now=NOW)
            sent.append(next(shared.rglob(sync.run_round(work, NOW).sent_file)))
        sent[1].unlink()  # the second has not arrived; the third has
        report = sync.run_round(home, NOW)
    finally:
        work.close()
        home.close()
    assert report.waiting == [
        "Waiting for batch 2 from Work laptop: later ones have arrived, this one has not yet."
    ]
    assert held_lines(report.held) == [
        "Waiting for batch 2 from “Work laptop”: later ones have arrived, this one has not yet."
    ]
    install_language(qapp, "de")
    try:
        german = held_lines(report.held)
    finally:
        install_language(qapp, "en")
    assert german == [
        "Warte auf Stapel 2 von „Work laptop“: Spätere sind angekommen, dieser noch nicht."
    ]


def test_the_command_lines_english_says_an_empty_value_is_empty(
    logged: list[sync_log.Decision],
) -> None:
    assert "on “Work laptop” to “(empty)”" in by_field(logged, "location").text


def test_a_note_kept_from_a_deleted_record_is_said_in_the_windows_language(
    qapp: QApplication,
) -> None:
    kept = sync_log.Decision(
        id=7,
        at="2026-12-07T09:00:00+00:00",
        kind="note_deleted",
        table="mentor",
        key='["x"]',
        field="notes",
        kept=None,
        lost="Typed at work: 日本語",
        kept_on="",
        lost_on="Work laptop",
        restored=False,
        record="Amara Okafor",
    )
    assert sentence(kept) == (
        "The mentor “Amara Okafor” was deleted on one laptop while its field “Notes” was "
        "edited on another; the edited text is kept here: “Typed at work: 日本語”."
    )
    install_language(qapp, "de")
    try:
        german = sentence(kept)
    finally:
        install_language(qapp, "en")
    assert german.startswith("Mentor „Amara Okafor“ wurde auf einem Laptop gelöscht")
    assert "„Typed at work: 日本語“" in german
