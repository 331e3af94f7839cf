"""``mentordesk sync`` between two real data folders sharing one sync folder, driven
through the command line as a person would: sample data on the work laptop, synced to
an empty home laptop, then edited on both (different fields of one mentor and one
meeting, the same field on both, the same note on both, an edit against a delete),
synced both ways: the JSON exports are equal, both laptops' edits are there (both
edits of the note merged), and the value that lost is kept.
"""

from __future__ import annotations

import json
import shutil
import sqlite3
from datetime import date
from pathlib import Path

from mentordesk.config import resolve_paths
from mentordesk.db.database import Database
from mentordesk.db.models import ActionItem, Goal, Meeting, Mentor
from mentordesk.services import sample
from tests.cli.test_commands import app_holding, mentor_names, mentordesk


def new_folder(data: Path, *, with_sample: bool) -> None:
    database = Database(resolve_paths(data))
    try:
        if with_sample:
            with database.session() as session:
                sample.load_sample(session, date(2026, 12, 7))
    finally:
        database.close()


def exported(data: Path, target: Path) -> dict[str, list[dict[str, object]]]:
    result = mentordesk("export", "-o", str(target), data=data)
    assert result.returncode == 0, result.stderr
    records: dict[str, list[dict[str, object]]] = json.loads(target.read_text("utf-8"))["records"]
    return records


def sync(data: Path, *args: str) -> str:
    result = mentordesk("sync", *args, data=data)
    assert result.returncode == 0, result.stderr
    return result.stdout


def kept_conflicts(data: Path) -> list[tuple[str, object, object]]:
    connection = sqlite3.connect(f"file:{data / 'mentordesk.sqlite3'}?mode=ro", uri=True)
    try:
        return [
            (str(f), json.loads(k), json.loads(lost) if lost else None)
            for f, k, lost in connection.execute("SELECT field, kept, lost FROM sync_conflict")
        ]
    finally:
        connection.close()


def test_two_laptops_sync_through_one_folder(tmp_path: Path) -> None:
    work, home, shared = tmp_path / "work", tmp_path / "home", tmp_path / "Dropbox"
    shared.mkdir()
    new_folder(work, with_sample=True)
    new_folder(home, with_sample=False)

    said = sync(work, "--folder", str(shared), "--device", "Work laptop")
    assert "Sent" in said and "“Work laptop”" in said
    said = sync(home, "--folder", str(shared), "--device", "Home laptop")
    assert "Received 1 batch from “Work laptop”" in said
    first = exported(work, tmp_path / "work-1.json")
    assert first == exported(home, tmp_path / "home-1.json")
    assert len(first["mentor"]) == 5 and len(first["meeting"]) == 8

    mentor_id = str(first["mentor"][0]["id"])
    meeting_id = str(next(m for m in first["meeting"] if m["status"] == "held")["id"])
    item_id = str(first["action_item"][0]["id"])
    goal_id = str(first["goal"][0]["id"])
    # the work laptop first, then the home laptop: home's same-field edit is the newer
    edit(work, lambda s: setattr(s.get(Mentor, mentor_id), "role", "Director"))
    edit(work, lambda s: setattr(s.get(Mentor, mentor_id), "email", "dana@work.example"))
    edit(work, lambda s: setattr(s.get(Meeting, meeting_id), "notes", "Work: 日本語 and 👍🏽"))
    edit(work, lambda s: setattr(s.get(ActionItem, item_id), "outcome", "Done at work"))
    edit(home, lambda s: setattr(s.get(Mentor, mentor_id), "organisation", "Acme"))
    edit(home, lambda s: setattr(s.get(Mentor, mentor_id), "email", "dana@home.example"))
    edit(home, lambda s: setattr(s.get(Meeting, meeting_id), "takeaways", "Home: ask Dana"))
    edit(home, lambda s: s.delete(s.get(ActionItem, item_id)))
    edit(home, lambda s: s.delete(s.get(Goal, goal_id)))
    # the same note on both laptops: a note body merges (Yjs), both edits stay
    other_id = str(next(m for m in first["meeting"] if m["notes"] and m["id"] != meeting_id)["id"])
    notes = str(next(m for m in first["meeting"] if m["id"] == other_id)["notes"])
    edit(work, lambda s: setattr(s.get(Meeting, other_id), "notes", "Work 👍🏽 日本語\n" + notes))
    edit(home, lambda s: setattr(s.get(Meeting, other_id), "notes", notes + "\nHome: שלום e\u0301"))

    sync(work)
    sync(home)
    sync(work)
    sync(home)
    after_work = exported(work, tmp_path / "work-2.json")
    assert after_work == exported(home, tmp_path / "home-2.json")
    mentor = next(m for m in after_work["mentor"] if m["id"] == mentor_id)
    assert (mentor["role"], mentor["organisation"]) == ("Director", "Acme")
    assert mentor["email"] == "dana@home.example"
    meeting = next(m for m in after_work["meeting"] if m["id"] == meeting_id)
    assert (meeting["notes"], meeting["takeaways"]) == ("Work: 日本語 and 👍🏽", "Home: ask Dana")
    both = next(m for m in after_work["meeting"] if m["id"] == other_id)
    assert both["notes"] == "Work 👍🏽 日本語\n" + notes + "\nHome: שלום e\u0301"
    # an edit the deleting laptop had not seen brings the action item back, edited
    item = next(i for i in after_work["action_item"] if i["id"] == item_id)
    assert item["outcome"] == "Done at work"
    assert goal_id not in {g["id"] for g in after_work["goal"]}
    for laptop in (work, home):
        assert ("email", "dana@home.example", "dana@work.example") in kept_conflicts(laptop)

    log = sync(work, "--log")
    line = next(li for li in log.splitlines() if "dana@work.example" in li)
    assert "On “Work laptop” the mentor “" in line  # the mentor's name, as stored
    assert (
        "'s email was changed to “dana@work.example”; on “Home "
        "laptop” to “dana@home.example”. The newer, “dana@home.example”, was kept." in line
    )
    assert "Restored “dana@work.example”." in sync(work, "--restore", line.split(".")[0])
    sync(work)
    sync(home)
    restored = exported(home, tmp_path / "home-3.json")
    assert next(m for m in restored["mentor"] if m["id"] == mentor_id)["email"] == (
        "dana@work.example"
    )
    assert restored == exported(work, tmp_path / "work-3.json")


def edit(data: Path, change: object) -> None:
    database = Database(resolve_paths(data))
    try:
        with database.session() as session:
            change(session)  # type: ignore[operator]
    finally:
        database.close()


def test_a_missing_sync_folder_pauses_and_an_open_app_is_named(tmp_path: Path) -> None:
    data, shared = tmp_path / "data", tmp_path / "Dropbox"
    shared.mkdir()
    new_folder(data, with_sample=True)
    unset = mentordesk("sync", data=data)
    assert unset.returncode == 2 and "--folder PATH" in unset.stderr
    nowhere = mentordesk("sync", "--folder", str(tmp_path / "nope"), data=data)
    assert nowhere.returncode == 2 and "There is no folder at" in nowhere.stderr
    sync(data, "--folder", str(shared), "--device", "Work")
    shutil.rmtree(shared)
    gone = mentordesk("sync", data=data)
    assert gone.returncode == 8 and "Sync is paused; nothing was changed." in gone.stderr
    shared.mkdir()  # an emptied folder (a sync service that lost it) pauses too
    emptied = mentordesk("sync", data=data)
    assert emptied.returncode == 8 and "no longer holds MentorDesk's files" in emptied.stderr
    chosen = mentordesk("sync", "--folder", str(shared), data=data)  # chosen again: a start
    assert chosen.returncode == 0, chosen.stderr
    with app_holding(data):
        held = mentordesk("sync", data=data)
        assert held.returncode == 4 and "Close MentorDesk first" in held.stderr


def test_sync_never_imports_qt(tmp_path: Path) -> None:
    data, shared = tmp_path / "data", tmp_path / "Dropbox"
    shared.mkdir()
    new_folder(data, with_sample=False)
    result = mentordesk(
        "sync", "--folder", str(shared), "--device", "Work", data=data, importtime=True
    )
    assert result.returncode == 0, result.stderr
    imported = [line.split("|")[-1].strip() for line in result.stderr.splitlines()]
    assert not [name for name in imported if name.startswith("PySide6")]


def test_a_new_laptop_is_set_up_from_the_command_line_before_the_app_ever_ran(
    tmp_path: Path,
) -> None:
    """The second laptop, MentorDesk just installed: ``sync --folder --device`` makes the
    data folder (as ``import`` does) and brings the other laptop's data into it; without
    ``--folder`` a missing data folder is still refused, and nothing is made."""
    home, work, shared = tmp_path / "home", tmp_path / "work", tmp_path / "Dropbox"
    shared.mkdir()
    new_folder(home, with_sample=True)
    sync(home, "--folder", str(shared), "--device", "Home laptop")
    plain = mentordesk("sync", data=work)
    assert plain.returncode == 5 and f"There is no data folder at {work}" in plain.stderr
    assert not work.exists()
    said = sync(work, "--folder", str(shared), "--device", "Work laptop")
    assert "This laptop is “Work laptop”" in said
    assert "Received 1 batch from “Home laptop”." in said
    assert exported(work, tmp_path / "work.json") == exported(home, tmp_path / "home.json")
    edit(work, lambda s: setattr(s.query(Mentor).first(), "role", "Head of Design"))
    one = sync(work)
    assert "Sent 1 change (" in one, one  # not "1 changes"
    assert "Applied 1 change." in sync(home)


def test_a_note_typed_into_a_record_deleted_elsewhere_is_kept_in_the_log(
    tmp_path: Path,
) -> None:
    """Work types into Amara's notes, offline; home, later, edits the same notes and then
    deletes Amara. Home's newer edit and its delete win, so Amara goes on both laptops;
    the words typed at work, which home never saw, are kept in the log on both laptops
    (they vanished with the record before: a merged note has no version of its own)."""
    home, work, shared = tmp_path / "home", tmp_path / "work", tmp_path / "Dropbox"
    shared.mkdir()
    new_folder(home, with_sample=True)
    sync(home, "--folder", str(shared), "--device", "Home laptop")
    sync(work, "--folder", str(shared), "--device", "Work laptop")

    def amara(session: object) -> Mentor:
        found = session.query(Mentor).filter(Mentor.name == "Amara Okafor").one()  # type: ignore[attr-defined]
        assert isinstance(found, Mentor)
        return found

    edit(
        work, lambda s: setattr(amara(s), "notes", amara(s).notes + "\nTyped at work: 日本語 👍🏽")
    )
    edit(home, lambda s: setattr(amara(s), "notes", amara(s).notes + "\nTyped at home"))
    edit(home, lambda s: s.delete(amara(s)))
    sync(home)
    sync(work)
    sync(home)
    for data in (home, work):
        assert "Amara Okafor" not in mentor_names(data / "mentordesk.sqlite3")
        log = sync(data, "--log")
        assert "deleted on one laptop while its field “notes” was edited on another" in log, log
        assert "Typed at work: 日本語 👍🏽" in log


def test_a_third_laptop_starts_from_the_snapshot_the_first_wrote(tmp_path: Path) -> None:
    """More than a megabyte of batches (a long pasted note): the work laptop's round
    writes a snapshot, and a new travel laptop starts from that one file."""
    work, home, travel = tmp_path / "work", tmp_path / "home", tmp_path / "travel"
    shared = tmp_path / "Dropbox"
    shared.mkdir()
    new_folder(work, with_sample=True)
    first = exported(work, tmp_path / "work-0.json")
    meeting_id = str(first["meeting"][0]["id"])
    pasted = "A long transcript, pasted. 会議 🙂\n" * 40_000  # about 1.4 MB
    edit(work, lambda s: setattr(s.get(Meeting, meeting_id), "notes", pasted))

    said = sync(work, "--folder", str(shared), "--device", "Work laptop")
    assert "Wrote a snapshot" in said
    assert len(list(shared.rglob("*.mdsnap"))) == 1
    said = sync(travel, "--folder", str(shared), "--device", "Travel laptop")
    assert "started from the snapshot “Work laptop” wrote" in said
    assert "Received" not in said  # no batch was replayed
    assert exported(travel, tmp_path / "travel.json") == exported(work, tmp_path / "work.json")

    # A laptop that joins with data of its own replays the batches instead.
    new_folder(home, with_sample=True)
    said = sync(home, "--folder", str(shared), "--device", "Home laptop")
    assert "Received 1 batch from “Work laptop”" in said and "snapshot" not in said
