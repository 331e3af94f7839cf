"""The apply rules on two real data folders, one rule a test: newer wins only between
concurrent edits and the loser is kept; an edit the deleter had not seen brings the
record back; one it had seen does not; a mentor deleted at home while a meeting was
planned with them at work is kept on both."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

from sqlalchemy import select

from mentordesk.config import resolve_paths
from mentordesk.db.database import Database
from mentordesk.db.models import Meeting, Mentor
from mentordesk.services import sync, sync_log

NOW = datetime(2026, 12, 7, 9, tzinfo=UTC)


class Pair:
    def __init__(self, root: Path) -> None:
        shared = root / "shared"
        shared.mkdir()
        self.work = Database(resolve_paths(root / "work"))
        self.home = Database(resolve_paths(root / "home"))
        for database, name in ((self.work, "Work"), (self.home, "Home")):
            with database.session() as session:
                sync.configure(session, shared, name)

    def both_ways(self) -> None:
        for database in (self.work, self.home, self.work, self.home):
            sync.run_round(database, NOW)

    def close(self) -> None:
        self.work.close()
        self.home.close()


def add_mentor(database: Database, name: str) -> str:
    with database.session() as session:
        mentor = Mentor(name=name, created_at=NOW, updated_at=NOW, status_changed_at=NOW)
        session.add(mentor)
        session.flush()
        return mentor.id


def mentor(database: Database, mentor_id: str) -> Mentor | None:
    with database.session() as session:
        return session.get(Mentor, mentor_id)


def set_role(database: Database, mentor_id: str, role: str) -> None:
    with database.session() as session:
        found = session.get(Mentor, mentor_id)
        assert found is not None
        found.role = role


def delete(database: Database, mentor_id: str) -> None:
    with database.session() as session:
        session.delete(session.get(Mentor, mentor_id))


def test_an_edit_made_after_seeing_another_replaces_it_without_a_conflict(
    tmp_path: Path,
) -> None:
    pair = Pair(tmp_path)
    try:
        dana = add_mentor(pair.work, "Dana")
        set_role(pair.work, dana, "Director")
        pair.both_ways()
        set_role(pair.home, dana, "VP")  # home saw "Director"
        pair.both_ways()
        assert mentor(pair.work, dana).role == mentor(pair.home, dana).role == "VP"  # type: ignore[union-attr]
        for database in (pair.work, pair.home):
            with database.session() as session:
                assert sync_log.decisions(session) == []
    finally:
        pair.close()


def test_concurrent_edits_keep_the_newer_and_log_the_other(tmp_path: Path) -> None:
    pair = Pair(tmp_path)
    try:
        dana = add_mentor(pair.work, "Dana")
        pair.both_ways()
        set_role(pair.work, dana, "Director")
        set_role(pair.home, dana, "VP")  # later: newer
        pair.both_ways()
        assert mentor(pair.work, dana).role == mentor(pair.home, dana).role == "VP"  # type: ignore[union-attr]
        for database in (pair.work, pair.home):
            with database.session() as session:
                (decision,) = sync_log.decisions(session)
            assert (decision.kept, decision.lost) == ("VP", "Director")
            assert (decision.kept_on, decision.lost_on) == ("Home", "Work")
    finally:
        pair.close()


def test_an_edit_the_deleter_had_not_seen_brings_the_record_back(tmp_path: Path) -> None:
    pair = Pair(tmp_path)
    try:
        dana = add_mentor(pair.work, "Dana")
        grace = add_mentor(pair.work, "Grace")
        pair.both_ways()
        delete(pair.home, dana)
        set_role(pair.work, dana, "Director")  # work has not seen the delete
        delete(pair.home, grace)  # nobody edits Grace: she stays deleted
        pair.both_ways()
        for database in (pair.work, pair.home):
            assert mentor(database, dana).role == "Director"  # type: ignore[union-attr]
            assert mentor(database, grace) is None
        with pair.home.session() as session:
            assert [d.kind for d in sync_log.decisions(session)] == ["revived"]
        # an edit made after seeing the delete is impossible: the record is gone; deleting
        # it again once both know it is final
        delete(pair.work, dana)
        pair.both_ways()
        assert mentor(pair.work, dana) is None and mentor(pair.home, dana) is None
    finally:
        pair.close()


def test_a_mentor_deleted_while_a_meeting_was_planned_elsewhere_is_kept(tmp_path: Path) -> None:
    pair = Pair(tmp_path)
    try:
        dana = add_mentor(pair.work, "Dana")
        pair.both_ways()
        delete(pair.home, dana)
        with pair.work.session() as session:
            session.add(
                Meeting(mentor_id=dana, scheduled_start=NOW, created_at=NOW, updated_at=NOW)
            )
        pair.both_ways()
        for database in (pair.work, pair.home):
            assert mentor(database, dana) is not None
            with database.session() as session:
                assert session.scalars(select(Meeting.mentor_id)).all() == [dana]
    finally:
        pair.close()


def test_autosaves_of_one_note_travel_as_one_change(tmp_path: Path) -> None:
    pair = Pair(tmp_path)
    try:
        dana = add_mentor(pair.work, "Dana")
        pair.both_ways()
        for typed in ("M", "Me", "Met", "Met at", "Met at the café ☕"):
            with pair.work.session() as session:
                found = session.get(Mentor, dana)
                assert found is not None
                found.notes = typed
        set_role(pair.work, dana, "Director")  # other fields: a change of its own
        report = sync.run_round(pair.work, NOW)
        assert report.sent == 2
        sync.run_round(pair.home, NOW)
        assert mentor(pair.home, dana).notes == "Met at the café ☕"  # type: ignore[union-attr]
        assert mentor(pair.home, dana).role == "Director"  # type: ignore[union-attr]
    finally:
        pair.close()


def test_a_restore_taken_back_is_no_longer_marked_restored(tmp_path: Path) -> None:
    """Undo of a restore puts the kept value back without touching the log: the log
    then offers Restore again, and says the record's name and the laptops."""
    pair = Pair(tmp_path)
    try:
        dana = add_mentor(pair.work, "Dana")
        pair.both_ways()
        set_role(pair.work, dana, "Director")
        set_role(pair.home, dana, "VP")  # later: newer
        pair.both_ways()
        with pair.work.session() as session:
            (decision,) = sync_log.decisions(session)
        assert decision.record == "Dana" and not decision.restored
        assert decision.text == (
            "On “Work” the mentor “Dana”'s role was changed to “Director”; on “Home” to "
            "“VP”. The newer, “VP”, was kept. Restore “Director” if it was the right one."
        )
        with pair.work.session() as session:
            sync_log.restore(session, decision.id)
        with pair.work.session() as session:
            assert sync_log.decisions(session)[0].restored
        set_role(pair.work, dana, "VP")  # what an undo of the restore writes
        with pair.work.session() as session:
            assert not sync_log.decisions(session)[0].restored
        with pair.work.session() as session:
            sync_log.restore(session, decision.id)  # restored again
        assert mentor(pair.work, dana).role == "Director"  # type: ignore[union-attr]
        with pair.work.session() as session:
            assert sync_log.decisions(session)[0].restored
    finally:
        pair.close()


def test_a_record_kept_for_its_child_takes_the_newer_values_the_delete_carried(
    tmp_path: Path,
) -> None:
    """Travel saw home change Dana's organisation, then deleted Dana. The work laptop,
    which planned a meeting with Dana meanwhile, gets the delete before home's edit: it
    keeps Dana for the meeting, and must keep her with the organisation the deleter
    last saw, which home's edit (arriving later, already that version) never brings
    again (simulation seed 214, encrypted)."""
    shared = tmp_path / "shared"
    shared.mkdir()
    laptops = {}
    for name in ("work", "home", "travel"):
        laptops[name] = Database(resolve_paths(tmp_path / name))
        with laptops[name].session() as session:
            sync.configure(session, shared, name)
    work, home, travel = laptops["work"], laptops["home"], laptops["travel"]
    try:
        dana = add_mentor(home, "Dana")
        for database in (home, work, travel):
            sync.run_round(database, NOW)
        with work.session() as session:
            session.add(
                Meeting(mentor_id=dana, scheduled_start=NOW, created_at=NOW, updated_at=NOW)
            )
        with home.session() as session:
            found = session.get(Mentor, dana)
            assert found is not None
            found.organisation = "Acme"
        edit_file = Path(sync.run_round(home, NOW).sent_file)
        sync.run_round(travel, NOW)  # travel sees "Acme"
        delete(travel, dana)
        sync.run_round(travel, NOW)
        [edit] = [p for p in shared.rglob(edit_file.name)]
        hidden = tmp_path / edit.name
        edit.rename(hidden)  # the service has not brought home's edit to work yet
        sync.run_round(work, NOW)
        hidden.rename(edit)
        for _ in range(2):
            for database in (work, home, travel):
                sync.run_round(database, NOW)
        for database in (work, home, travel):
            kept = mentor(database, dana)
            assert kept is not None and kept.organisation == "Acme", database.paths.data_dir.name
    finally:
        for database in laptops.values():
            database.close()
