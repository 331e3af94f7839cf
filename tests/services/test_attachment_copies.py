"""Attached files travel with the data: a JSON export carries them beside it and an
import into an empty folder brings back the same bytes; a backup keeps them and a
restore brings them back with the records; the Markdown export copies them beside the
pages; ``check`` lists a file deleted outside the app."""

from __future__ import annotations

import hashlib
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

from mentordesk.config import Paths, resolve_paths
from mentordesk.db.database import Database
from mentordesk.services import attachment_files, attachments, backup, check, importing
from mentordesk.services.attachment_copies import BESIDE
from mentordesk.services.exporting import export_to
from mentordesk.services.kinds import Kind, Ref
from mentordesk.services.mentors import MentorData, create_mentor

NOW = datetime(2026, 12, 7, 9, 0, tzinfo=UTC)


def sha(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def with_attachments(database: Database, paths: Paths, tmp_path: Path) -> dict[str, bytes]:
    """Ada with two files (one attached twice) and a link; returns the files by hash."""
    tmp_path.mkdir(exist_ok=True)
    files = {"plan.pdf": b"%PDF my plan" * 500, "photo.jpg": bytes(range(256)) * 300}
    with database.session() as session:
        ada = Ref(Kind.MENTOR, create_mentor(session, MentorData(name="Ada"), now=NOW).id)
        attachments.add_link(session, ada, "Her talk", "https://example.org/talk", now=NOW)
    for name, data in files.items():
        source = tmp_path / name
        source.write_bytes(data)
        stored = attachment_files.store_file(paths.attachments_dir, source, 10**8)
        with database.session() as session:
            attachments.add_file(session, ada, name, stored, now=NOW)
            attachments.add_file(session, ada, name, stored, now=NOW, title=f"{name} again")
    return {sha(data): data for data in files.values()}


def store_contents(paths: Paths) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in paths.attachments_dir.iterdir()}


def test_export_then_import_into_an_empty_folder_gives_the_same_files(
    database: Database, paths: Paths, tmp_path: Path
) -> None:
    files = with_attachments(database, paths, tmp_path / "sources")
    out = tmp_path / "out"
    out.mkdir()
    with database.session() as session:
        counts = export_to(session, "json", out / "export.json", attachments=paths.attachments_dir)
    assert counts["attachment"] == 5
    assert {p.name for p in (out / BESIDE).iterdir()} == set(files)
    elsewhere = resolve_paths(tmp_path / "new laptop")
    result = importing.import_file(elsewhere, out / "export.json", now=NOW)
    assert result.counts["attachment"] == 5 and result.files_missing == 0
    assert store_contents(elsewhere) == files
    assert all(sha(data) == name for name, data in store_contents(elsewhere).items())
    moved = Database(elsewhere)
    try:
        with moved.session() as session:
            rows = attachments.missing(session, elsewhere.attachments_dir)
        assert rows == []
    finally:
        moved.close()


def test_an_import_whose_file_was_tampered_with_changes_nothing(
    database: Database, paths: Paths, tmp_path: Path
) -> None:
    files = with_attachments(database, paths, tmp_path / "sources")
    out = tmp_path / "out"
    out.mkdir()
    with database.session() as session:
        export_to(session, "json", out / "export.json", attachments=paths.attachments_dir)
    first = sorted(files)[0]
    (out / BESIDE / first).chmod(0o600)
    (out / BESIDE / first).write_bytes(b"something else")
    elsewhere = resolve_paths(tmp_path / "new laptop")
    try:
        importing.import_file(elsewhere, out / "export.json", now=NOW)
    except attachment_files.AttachmentFileError as error:
        assert error.problem is attachment_files.FileProblem.DAMAGED
    else:
        raise AssertionError("a damaged file was imported")
    assert attachment_files.stored_hashes(elsewhere.attachments_dir) == set()
    moved = Database(elsewhere)
    try:
        with moved.session() as session:
            assert attachments.referenced(session) == set()
    finally:
        moved.close()


def test_a_restored_backup_brings_its_files_back(
    database: Database, paths: Paths, tmp_path: Path
) -> None:
    files = with_attachments(database, paths, tmp_path / "sources")
    made = backup.make_backup(paths, backup.Reason.MANUAL, NOW)
    assert {p.name for p in (paths.backups_dir / BESIDE).iterdir()} == set(files)
    with database.session() as session:
        for row in attachments.attachments_of(
            session, Ref(Kind.MENTOR, _only_mentor(session)), paths.attachments_dir
        ):
            attachments.delete_attachment(session, row.id)
        attachments.collect(session, paths.attachments_dir, now=time.time() + 3601)
    assert store_contents(paths) == {}
    database.close()
    result = backup.restore(paths, made, NOW + timedelta(minutes=1))
    assert result.files_missing == 0
    assert store_contents(paths) == files
    again = Database(paths)
    try:
        with again.session() as session:
            assert attachments.referenced(session) == set(files)
            assert attachments.missing(session, paths.attachments_dir) == []
    finally:
        again.close()


def _only_mentor(session: object) -> str:
    from sqlalchemy import select

    from mentordesk.db.models import Mentor

    return str(session.scalars(select(Mentor.id)).one())  # type: ignore[attr-defined]


def test_files_no_backup_refers_to_any_more_are_thinned_out(
    database: Database, paths: Paths, tmp_path: Path
) -> None:
    with_attachments(database, paths, tmp_path / "sources")
    made = backup.make_backup(paths, backup.Reason.MANUAL, NOW)
    kept = paths.backups_dir / BESIDE
    assert len(list(kept.iterdir())) == 2
    made.unlink()  # as retention would
    backup.make_backup(paths, backup.Reason.MANUAL, NOW + timedelta(seconds=1))
    assert len(list(kept.iterdir())) == 2  # the newest still refers to them
    with database.session() as session:
        for row in attachments.attachments_of(
            session, Ref(Kind.MENTOR, _only_mentor(session)), paths.attachments_dir
        ):
            attachments.delete_attachment(session, row.id)
    for old in paths.backups_dir.glob("mentordesk-*.sqlite3"):
        old.unlink()
    backup.make_backup(paths, backup.Reason.MANUAL, NOW + timedelta(seconds=2))
    assert list(kept.iterdir()) == []


def test_the_markdown_export_copies_the_files_beside_the_pages(
    database: Database, paths: Paths, tmp_path: Path
) -> None:
    files = with_attachments(database, paths, tmp_path / "sources")
    with database.session() as session:
        export_to(session, "markdown", tmp_path / "archive", attachments=paths.attachments_dir)
    folder = tmp_path / "archive" / "attachments"
    copied = {p.name: p.read_bytes() for p in folder.iterdir()}
    assert sorted(copied) == ["photo (2).jpg", "photo.jpg", "plan (2).pdf", "plan.pdf"]
    assert {sha(data) for data in copied.values()} == set(files)
    page = (tmp_path / "archive" / "attachments.md").read_text(encoding="utf-8")
    assert "[Her talk](<https://example.org/talk>) — Mentor: Ada" in page
    assert "[plan.pdf again](<attachments/plan (2).pdf>)" in page


def test_check_lists_a_file_deleted_outside_the_app(
    database: Database, paths: Paths, tmp_path: Path
) -> None:
    files = with_attachments(database, paths, tmp_path / "sources")
    [finding] = [f for f in check.check(paths, now=NOW).findings if f.name == "Attached files"]
    assert finding.ok and finding.summary.startswith("all 4")
    gone = sorted(files)[0]
    (paths.attachments_dir / gone).unlink()
    [finding] = [f for f in check.check(paths, now=NOW).findings if f.name == "Attached files"]
    assert not finding.ok and finding.summary.startswith("2 of 4 missing")
    assert len(finding.details) == 2 and all(d.startswith("missing: “") for d in finding.details)


def test_an_import_naming_a_file_outside_the_folder_is_refused(
    database: Database, paths: Paths, tmp_path: Path
) -> None:
    import json

    from mentordesk.services.exchange import ImportRejectedError

    with_attachments(database, paths, tmp_path / "sources")
    out = tmp_path / "out"
    out.mkdir()
    with database.session() as session:
        export_to(session, "json", out / "export.json", attachments=paths.attachments_dir)
    document = json.loads((out / "export.json").read_text(encoding="utf-8"))
    document["records"]["attachment"][1]["sha256"] = "../../mentordesk.sqlite3"
    (out / "export.json").write_text(json.dumps(document), encoding="utf-8")
    elsewhere = resolve_paths(tmp_path / "new laptop")
    try:
        importing.import_file(elsewhere, out / "export.json", now=NOW)
    except ImportRejectedError as rejected:
        assert any("sha256" in str(problem) for problem in rejected.problems)
    else:
        raise AssertionError("a hash naming another file was imported")
    assert not elsewhere.attachments_dir.exists() or not any(elsewhere.attachments_dir.iterdir())


def test_a_restore_whose_kept_file_was_damaged_changes_nothing(
    database: Database, paths: Paths, tmp_path: Path
) -> None:
    files = with_attachments(database, paths, tmp_path / "sources")
    made = backup.make_backup(paths, backup.Reason.MANUAL, NOW)
    second = sorted(files)[1]
    kept = paths.backups_dir / BESIDE / second
    kept.unlink()  # a hard link to the store: replace it, never write through it
    kept.write_bytes(b"not what was attached")
    for name in files:
        (paths.attachments_dir / name).unlink()
    database.close()
    before = paths.database.read_bytes()
    try:
        backup.restore(paths, made, NOW + timedelta(minutes=1))
    except attachment_files.AttachmentFileError as error:
        assert error.problem is attachment_files.FileProblem.DAMAGED
    else:
        raise AssertionError("a damaged file was restored")
    assert store_contents(paths) == {}  # the first file, brought back, went again
    assert paths.database.read_bytes() == before


def test_the_backup_before_an_update_keeps_its_files_too(
    database: Database, paths: Paths, tmp_path: Path
) -> None:
    from mentordesk.db import opening

    files = with_attachments(database, paths, tmp_path / "sources")
    database.close()
    made = opening.back_up(paths, "0008_attachments")  # as the next update will
    assert made is not None and made.exists()
    assert {p.name for p in (paths.backups_dir / BESIDE).iterdir()} == set(files)
