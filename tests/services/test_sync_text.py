"""Note bodies as Yjs documents (services/sync_text.py): positions converted for the
pinned pycrdt, concurrent edits of one note both kept, deterministic seeds, an update
whose dependency is missing never written over the stored text, verified compaction."""

from __future__ import annotations

import shutil
from datetime import UTC, datetime
from pathlib import Path

import pytest
from pycrdt import Doc, Text

from mentordesk.config import Paths, resolve_paths
from mentordesk.db.database import Database
from mentordesk.db.models import Mentor
from mentordesk.services import sync, sync_folder, sync_status, sync_text
from mentordesk.services.sync_text import Document

KEY = '["a3c1e0a2-0000-4000-8000-000000000001"]'
SAMPLES = {
    "emoji": "ab👍🏽cd 🎉",
    "cjk": "会議のメモ 日本語",
    "combining": "e\u0301te\u0301 cafe\u0301",
    "rtl": "שלום עולם مرحبا",
    "mixed": "Dana 👍 日本語 שלום e\u0301 🎉 end",
}


def test_the_pinned_pycrdt_counts_utf8_bytes() -> None:
    # The behaviour the conversion exists for (pycrdt #379): a Python index used as is
    # lands inside the emoji and the text goes at the end.
    doc: Doc[Text] = Doc()
    text = doc.get("t", type=Text)
    text += "ab👍cd"
    text.insert(3, "X")
    assert str(text) == "ab👍cdX"
    assert sync_text.unit() == "utf-8"
    assert sync_text.offset("ab👍cd", 3) == 6


@pytest.mark.parametrize("name", sorted(SAMPLES))
def test_an_insert_at_every_position_lands_where_it_was_typed(name: str) -> None:
    sample = SAMPLES[name]
    for index in range(len(sample) + 1):
        document = Document([sync_text.seed("meeting", KEY, "notes", sample)])
        typed = sample[:index] + "X✓" + sample[index:]
        document.edit(typed)
        assert document.value() == typed, (name, index)


@pytest.mark.parametrize("name", sorted(SAMPLES))
def test_deleting_and_replacing_any_range_reads_as_the_field(name: str) -> None:
    sample = SAMPLES[name]
    for start in range(len(sample)):
        for end in range(start + 1, min(len(sample), start + 4) + 1):
            document = Document([sync_text.seed("meeting", KEY, "notes", sample)])
            for target in (sample[:start] + sample[end:], sample[:start] + "新" + sample[end:]):
                document.edit(target)
                assert document.value() == target, (name, start, end)


def test_the_edit_is_the_smallest_one() -> None:
    assert sync_text.edit_of("hello world", "hello brave world") == (6, 0, "brave ")
    assert sync_text.edit_of("café 👍", "café") == (4, 2, "")
    assert sync_text.edit_of("aaa", "aaaa") == (3, 0, "a")
    assert sync_text.edit_of("", "日本") == (0, 0, "日本")


def laptops(start: str) -> tuple[Document, Document]:
    seeded = sync_text.seed("meeting", KEY, "notes", start)
    return Document([seeded], client_id=11), Document([seeded], client_id=22)


def exchange(one: Document, other: Document, a: sync_text.Entry, b: sync_text.Entry) -> None:
    one.add([b])
    other.add([a])


def test_concurrent_edits_at_different_places_both_stay() -> None:
    work, home = laptops("Agenda: 日本語 review\nNext: ")
    a = work.edit("Agenda: 日本語 review 👍🏽\nNext: ")
    b = home.edit("Agenda: 日本語 review\nNext: שלום e\u0301")
    assert a is not None and b is not None
    exchange(work, home, a, b)
    assert work.value() == home.value() == "Agenda: 日本語 review 👍🏽\nNext: שלום e\u0301"


def test_concurrent_edits_at_the_same_place_both_stay() -> None:
    work, home = laptops("ab👍cd")
    a = work.edit("ab👍 work 日本 cd")
    b = home.edit("ab👍 home שלום cd")
    assert a is not None and b is not None
    exchange(work, home, a, b)
    assert work.value() == home.value()
    assert " work 日本" in work.value() and " home שלום" in work.value()
    assert work.value().startswith("ab👍") and work.value().endswith("cd")


def test_a_delete_and_a_concurrent_insert_keep_the_insert() -> None:
    work, home = laptops("one two three")
    a = work.edit("one three")  # "two " removed
    b = home.edit("one two 🎉 three")
    assert a is not None and b is not None
    exchange(work, home, a, b)
    # the smallest edit of "one two three" to "one three" removes "wo t" (the common
    # prefix takes the first "t"): the words are gone, the insert stays, both agree
    assert work.value() == home.value()
    assert "🎉" in work.value() and "two" not in work.value()


def test_two_laptops_seeding_the_same_text_hold_it_once() -> None:
    one = sync_text.seed("goal", KEY, "why", "Lead a team 👍")
    two = sync_text.seed("goal", KEY, "why", "Lead a team 👍")
    assert one == two
    assert Document([one, two]).value() == "Lead a team 👍"
    other = sync_text.seed("goal", KEY, "why", "Lead a team")  # another text: both kept
    assert Document([one, other]).value() in {
        "Lead a team 👍Lead a team",
        "Lead a teamLead a team 👍",
    }


def test_an_update_whose_dependency_is_missing_waits(paths: Paths) -> None:
    database = Database(paths)
    try:
        work = Document([sync_text.seed("meeting", KEY, "notes", "Notes")], client_id=11)
        first = work.edit("Notes: 日本語")
        second = work.edit("Notes: 日本語 👍🏽")
        assert first is not None and second is not None
        with database.session() as session:
            connection = session.connection()
            seeded = sync_text.seed("meeting", KEY, "notes", "Notes")
            assert sync_text.merge(connection, "meeting", KEY, "notes", [seeded]) == "Notes"
            # the second edit arrives before the first (a third laptop passed it on)
            assert sync_text.merge(connection, "meeting", KEY, "notes", [second]) is None
            document = sync_text.load(connection, "meeting", KEY, "notes")
            assert document is not None and not document.complete
            assert document.value() == "Notes"
            assert len(sync_text.kept(connection, "meeting", KEY, "notes")) == 2  # kept
            merged = sync_text.merge(connection, "meeting", KEY, "notes", [first])
            assert merged == "Notes: 日本語 👍🏽"
    finally:
        database.close()


def test_compaction_keeps_the_text_and_replaces_the_updates(paths: Paths) -> None:
    database = Database(paths)
    try:
        with database.session() as session:
            connection = session.connection()
            document = Document([sync_text.seed("mentor", KEY, "notes", "日")], client_id=5)
            entries: list[sync_text.Entry] = []
            text = "日"
            for word in ("本", "語", " 👍🏽", " שלום") * 20:
                text += word
                entry = document.edit(text)
                assert entry is not None
                entries.append(entry)
            seeded = sync_text.seed("mentor", KEY, "notes", "日")
            sync_text.keep(connection, "mentor", KEY, "notes", [seeded, *entries[:-1]])
            assert sync_text.merge(connection, "mentor", KEY, "notes", entries[-1:]) == text
            kept = sync_text.kept(connection, "mentor", KEY, "notes")
            assert len(kept) == 1  # replaced by one state update, verified
            assert Document(kept).value() == text
            # and an edit made on top of the state still joins
            later = document.edit(text + " end")
            assert later is not None
            assert sync_text.merge(connection, "mentor", KEY, "notes", [later]) == text + " end"
    finally:
        database.close()


def test_the_same_database_makes_the_same_batch_bytes(tmp_path: Path) -> None:
    # A round killed before its commit runs again on the database as it was: the note's
    # updates (and so the batch file) must be the same bytes, or the edit would travel
    # twice under two client ids and appear twice.
    original = tmp_path / "a"
    database = Database(resolve_paths(original))
    try:
        with database.session() as session:
            sync.configure(session, None, "Work")
            mentor = Mentor(name="Dana", notes="Met at the 日本 meetup 👍🏽")
            session.add(mentor)
        with database.session() as session:
            stored = session.get(Mentor, mentor.id)
            assert stored is not None
            stored.notes = "Met at the 日本 meetup 👍🏽, asked about שלום e\u0301"
    finally:
        database.close()
    copy = tmp_path / "b"
    shutil.copytree(original, copy)
    bodies = []
    for data in (original, copy):
        folder = tmp_path / f"{data.name}-folder"
        folder.mkdir()
        database = Database(resolve_paths(data))
        try:
            with database.session() as session:
                sent, name = sync.send(session, folder)
            assert sent
            bodies.append((name, next(folder.rglob(name)).read_bytes()))
        finally:
            database.close()
    assert bodies[0] == bodies[1]
    assert b'"y"' in bodies[0][1]


def test_a_round_never_writes_half_an_edit_and_says_what_waits(tmp_path: Path) -> None:
    # Work edits a note, home edits it further on top; travel receives home's batch
    # before work's: travel keeps the note as it was and says why, then takes both.
    now = datetime(2026, 12, 7, 9, tzinfo=UTC)
    names = ("work", "home", "travel")
    views = {name: tmp_path / f"{name}-view" for name in names}
    databases = {name: Database(resolve_paths(tmp_path / name)) for name in names}

    def deliver(source: str, target: str, *, skip: str = "") -> None:
        """Copy the batches ``source`` wrote (not what it received) to ``target``'s view."""
        own = sync_folder.versions_folder(views[source])
        with databases[source].session() as session:
            token = sync.settings(session).token
        for path in own.rglob(f"{token}-*.mdsync"):
            if skip and path.name.startswith(skip):
                continue
            copy = sync_folder.versions_folder(views[target]) / path.relative_to(own)
            copy.parent.mkdir(parents=True, exist_ok=True)
            if not copy.exists():
                shutil.copyfile(path, copy)

    def notes(name: str, mentor_id: str) -> str:
        with databases[name].session() as session:
            mentor = session.get(Mentor, mentor_id)
            assert mentor is not None
            return mentor.notes

    def write(name: str, mentor_id: str, text: str) -> None:
        with databases[name].session() as session:
            mentor = session.get(Mentor, mentor_id)
            assert mentor is not None
            mentor.notes = text

    try:
        for name in names:
            views[name].mkdir()
            with databases[name].session() as session:
                sync.configure(session, views[name], name.title())
        with databases["work"].session() as session:
            mentor = Mentor(name="Dana", notes="First: 日本語")
            session.add(mentor)
        mentor_id = mentor.id
        sync.run_round(databases["work"], now)
        for name in ("home", "travel"):
            deliver("work", name)
            sync.run_round(databases[name], now)
            assert notes(name, mentor_id) == "First: 日本語"
        write("work", mentor_id, "First: 日本語 👍🏽")
        sync.run_round(databases["work"], now)
        deliver("work", "home")
        sync.run_round(databases["home"], now)
        write("home", mentor_id, "First: 日本語 👍🏽 then שלום")
        sync.run_round(databases["home"], now)
        with databases["work"].session() as session:
            token = sync.settings(session).token
        deliver("work", "travel", skip=f"{token}-000000000002")  # work's edit held back
        deliver("home", "travel")
        report = sync.run_round(databases["travel"], now)
        assert notes("travel", mentor_id) == "First: 日本語"  # nothing half-written
        assert any("wait for an earlier edit of the same note" in line for line in report.waiting)
        deliver("work", "travel")
        sync.run_round(databases["travel"], now)
        assert notes("travel", mentor_id) == "First: 日本語 👍🏽 then שלום"
    finally:
        for database in databases.values():
            database.close()


def test_switching_sync_on_again_never_undoes_a_note_edit(tmp_path: Path) -> None:
    # Switching sync off and on sends every row again, notes with their documents: the
    # other laptop's newer edit of the note stays on both (a bare value would have won).
    now = datetime(2026, 12, 7, 9, tzinfo=UTC)
    shared = tmp_path / "Dropbox"
    shared.mkdir()
    work = Database(resolve_paths(tmp_path / "work"))
    home = Database(resolve_paths(tmp_path / "home"))
    try:
        with work.session() as session:
            sync.configure(session, shared, "Work")
            mentor = Mentor(name="Dana", notes="Met at the 日本 meetup")
            session.add(mentor)
        with home.session() as session:
            sync.configure(session, shared, "Home")
        sync.run_round(work, now)
        sync.run_round(home, now)
        with home.session() as session:
            stored = session.get(Mentor, mentor.id)
            assert stored is not None
            stored.notes = "Met at the 日本 meetup; home: שלום 👍🏽"
        sync.run_round(home, now)
        with work.session() as session:
            sync_status.switch_off(session)
        with work.session() as session:
            sync.configure(session, None, None)  # on again: every row goes out again
        for database in (work, home, work):
            sync.run_round(database, now)
        for database in (work, home):
            with database.session() as session:
                stored = session.get(Mentor, mentor.id)
                assert stored is not None
                assert stored.notes == "Met at the 日本 meetup; home: שלום 👍🏽"
    finally:
        work.close()
        home.close()
