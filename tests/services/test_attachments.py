"""Attachments on a real database and a real data folder: a file is copied whole under its
hash (once however often attached, 0600), refused with a reason when it cannot be, a link
is checked, titles are renamed and found by search, a removed file stays until nothing
refers to it, and a file deleted outside the app shows as missing."""

from __future__ import annotations

import hashlib
import os
import stat
import sys
import time
from datetime import UTC, datetime
from pathlib import Path

import pytest

from mentordesk.config import Paths
from mentordesk.db.database import Database
from mentordesk.services import (
    attachment_files,
    attachment_reads,
    attachments,
    goals,
    meetings,
    search,
)
from mentordesk.services.attachment_files import AttachmentFileError, FileProblem
from mentordesk.services.attachments import AttachmentValidationError
from mentordesk.services.kinds import Kind, Ref
from mentordesk.services.mentors import MentorData, create_mentor

NOW = datetime(2026, 12, 7, 9, 0, tzinfo=UTC)
MB = 1024 * 1024


def mentor(database: Database, name: str = "Ada Lovelace") -> str:
    with database.session() as session:
        return create_mentor(session, MentorData(name=name), now=NOW).id


def attach(database: Database, paths: Paths, owner: Ref, source: Path, title: str = "") -> str:
    stored = attachment_files.store_file(paths.attachments_dir, source, 100 * MB)
    with database.session() as session:
        return attachments.add_file(session, owner, source.name, stored, now=NOW, title=title).id


def test_a_file_is_stored_once_under_its_hash_readable_by_me_only(
    database: Database, paths: Paths, tmp_path: Path
) -> None:
    ada = Ref(Kind.MENTOR, mentor(database))
    source = tmp_path / "CV draft.pdf"
    source.write_bytes(b"%PDF-1.4 my cv" * 1000)
    digest = hashlib.sha256(source.read_bytes()).hexdigest()
    first = attach(database, paths, ada, source)
    second = attach(database, paths, ada, source, title="The same CV again")
    stored = paths.attachments_dir / digest
    assert stored.read_bytes() == source.read_bytes()
    assert [p.name for p in paths.attachments_dir.iterdir()] == [digest]
    if sys.platform != "win32":
        assert stat.S_IMODE(stored.stat().st_mode) == 0o600
    with database.session() as session:
        rows = attachments.attachments_of(session, ada, paths.attachments_dir)
    assert {r.id for r in rows} == {first, second}
    assert {r.title for r in rows} == {"CV draft.pdf", "The same CV again"}
    assert all(r.sha256 == digest and r.size == source.stat().st_size for r in rows)
    assert not any(r.missing for r in rows)


def test_files_that_cannot_be_attached_are_refused_with_their_reason_and_nothing_is_left(
    paths: Paths, tmp_path: Path
) -> None:
    folder = paths.attachments_dir
    big = tmp_path / "big.bin"
    big.write_bytes(b"x" * (2 * MB + 1))
    cases: list[tuple[Path, FileProblem]] = [
        (big, FileProblem.TOO_LARGE),
        (tmp_path, FileProblem.FOLDER),
        (tmp_path / "not there.txt", FileProblem.NOT_FOUND),
    ]
    if sys.platform != "win32" and os.geteuid() != 0:
        locked = tmp_path / "locked.txt"
        locked.write_text("secret")
        locked.chmod(0)
        cases.append((locked, FileProblem.UNREADABLE))
    for source, problem in cases:
        with pytest.raises(AttachmentFileError) as raised:
            attachment_files.store_file(folder, source, 2 * MB)
        assert raised.value.problem is problem, source
        assert raised.value.limit == 2 * MB
    assert not folder.exists() or list(folder.iterdir()) == []


def test_a_file_that_grows_past_the_limit_while_copied_is_dropped(
    paths: Paths, tmp_path: Path
) -> None:
    source = tmp_path / "growing.log"
    source.write_bytes(b"a" * MB)

    def grow(done: int, total: int) -> None:
        with open(source, "ab") as more:
            more.write(b"b" * MB)

    with pytest.raises(AttachmentFileError) as raised:
        attachment_files.store_file(paths.attachments_dir, source, 3 * MB, progress=grow)
    assert raised.value.problem is FileProblem.TOO_LARGE
    assert list(paths.attachments_dir.iterdir()) == []


def test_a_file_removed_while_copied_leaves_nothing(paths: Paths, tmp_path: Path) -> None:
    source = tmp_path / "notes.txt"
    source.write_bytes(b"n" * (3 * MB))

    def vanish(done: int, total: int) -> None:
        source.unlink(missing_ok=True)

    if sys.platform == "win32":  # an open file cannot be removed there
        return
    with pytest.raises(AttachmentFileError) as raised:
        attachment_files.store_file(paths.attachments_dir, source, 10 * MB, progress=vanish)
    assert raised.value.problem is FileProblem.VANISHED
    assert list(paths.attachments_dir.iterdir()) == []


def test_links_are_checked_and_a_bare_address_becomes_https(database: Database) -> None:
    ada = Ref(Kind.MENTOR, mentor(database))
    with database.session() as session:
        link = attachments.add_link(session, ada, "", "example.org/talk", now=NOW)
        assert link.url == "https://example.org/talk" and link.title == link.url
        for bad in ("", "javascript:alert(1)", "file:///etc/passwd", "https://a b"):
            with pytest.raises(AttachmentValidationError) as raised:
                attachments.add_link(session, ada, "Bad", bad, now=NOW)
            assert "url" in raised.value.errors
        with pytest.raises(AttachmentValidationError):
            attachments.rename(session, link.id, "   ", now=NOW)


def test_attachments_on_a_meeting_an_agreement_and_a_goal_are_found_by_search(
    database: Database, paths: Paths, tmp_path: Path
) -> None:
    ada_id = mentor(database)
    with database.session() as session:
        plan = meetings.MeetingPlan(mentor_id=ada_id, scheduled_start=NOW)
        meeting = Ref(Kind.MEETING, meetings.plan_meeting(session, plan, now=NOW).id)
        goal = Ref(Kind.GOAL, goals.create_goal(session, goals.GoalData("Lead a team"), now=NOW).id)
    source = tmp_path / "quarterly-roadmap.xlsx"
    source.write_bytes(b"roadmap")
    on_meeting = attach(database, paths, meeting, source, title="Slides for Tuesday")
    with database.session() as session:
        on_goal = attachments.add_link(
            session, goal, "Leadership course", "https://learn.example.org/lead", now=NOW
        ).id
    with database.session() as session:
        assert [h.item_id for h in search.search(session, "roadmap")] == [on_meeting]
        hit = search.search(session, "Tuesday")[0]
        assert (hit.kind, hit.mentor_id, hit.meeting_id) == (
            Kind.ATTACHMENT,
            ada_id,
            meeting.id,
        )
        assert [h.item_id for h in search.search(session, "leadership course")] == [on_goal]
        attachments.rename(session, on_goal, "Management training", now=NOW)
    with database.session() as session:
        assert search.search(session, "leadership course") == []
        assert [h.item_id for h in search.search(session, "management")] == [on_goal]


def test_a_removed_file_stays_until_nothing_refers_to_it_and_a_deleted_one_is_missing(
    database: Database, paths: Paths, tmp_path: Path
) -> None:
    ada = Ref(Kind.MENTOR, mentor(database))
    grace = Ref(Kind.MENTOR, mentor(database, "Grace Hopper"))
    shared, alone = tmp_path / "shared.txt", tmp_path / "alone.txt"
    shared.write_text("both of them")
    alone.write_text("only Ada")
    first = attach(database, paths, ada, shared)
    attach(database, paths, grace, shared)
    only = attach(database, paths, ada, alone)
    with database.session() as session:
        attachments.delete_attachment(session, first)
        attachments.delete_attachment(session, only)
        # still there: an undo while the app runs finds it
        assert len(attachment_files.stored_hashes(paths.attachments_dir)) == 2
        # just stored: kept for an hour, its record may be on its way
        assert attachments.collect(session, paths.attachments_dir, now=time.time()) == []
        gone = attachments.collect(session, paths.attachments_dir, now=time.time() + 3601)
    assert gone == [hashlib.sha256(b"only Ada").hexdigest()]
    kept = paths.attachments_dir / hashlib.sha256(b"both of them").hexdigest()
    assert kept.exists()
    kept.unlink()  # deleted outside the app
    with database.session() as session:
        [row] = attachments.attachments_of(session, grace, paths.attachments_dir)
        assert row.missing
        assert [m.id for m in attachments.missing(session, paths.attachments_dir)] == [row.id]


def test_a_file_opens_from_a_read_only_copy_under_its_own_name(
    database: Database, paths: Paths, tmp_path: Path
) -> None:
    ada = Ref(Kind.MENTOR, mentor(database))
    source = tmp_path / "plan.txt"
    source.write_text("the plan")
    attach(database, paths, ada, source)
    digest = hashlib.sha256(b"the plan").hexdigest()
    # A name Windows cannot hold (attached on Linux, then imported there) is made safe.
    view = attachment_reads.view_copy(paths.attachments_dir, digest, "Plan: 2027?.txt")
    assert view.name == "Plan_ 2027_.txt" and view.read_text() == "the plan"
    if sys.platform != "win32" and os.geteuid() != 0:
        with pytest.raises(PermissionError):
            view.write_text("changed by an editor")
    assert (paths.attachments_dir / digest).read_text() == "the plan"
    with database.session() as session:
        attachments.collect(session, paths.attachments_dir, now=time.time())
    assert not view.exists()  # copies made for opening go at the next start
    assert (paths.attachments_dir / digest).exists()  # the attached file stays
    (paths.attachments_dir / digest).unlink()
    with pytest.raises(AttachmentFileError) as raised:
        attachment_reads.view_copy(paths.attachments_dir, digest, "Plan: 2027?.txt")
    assert raised.value.problem is FileProblem.NOT_FOUND
