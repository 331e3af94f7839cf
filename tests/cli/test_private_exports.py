"""Exports are private and never written through a link (issue 15, R13/R14).

Real processes under the common umask 022: every export (JSON, the Markdown and
CSV folders, the .ics calendar, a backup copy) is readable by its owner only;
every ``-o`` refuses an existing target unless ``--force``, and never follows a
symbolic link, with or without ``--force``.
"""

from __future__ import annotations

import os
import stat
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy import text

from mentordesk.config import resolve_paths
from mentordesk.db.database import Database
from mentordesk.db.types import utc_now
from mentordesk.services import meetings
from tests.cli.test_commands import digest, folder_with, mentordesk

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(os.name == "nt", reason="POSIX modes and symbolic links"),
]


@pytest.fixture
def common_umask() -> Iterator[None]:
    """The umask most systems give a person: files 0644 and folders 0755 by default."""
    before = os.umask(0o022)
    try:
        yield
    finally:
        os.umask(before)


@pytest.fixture
def data(tmp_path: Path) -> Path:
    """A data folder with a mentor and one planned meeting (so the calendar has an event)."""
    folder = tmp_path / "data"
    folder_with(folder, "Ada Lovelace")
    database = Database(resolve_paths(folder))
    try:
        with database.session() as session:
            ada = session.execute(text("SELECT id FROM mentor")).scalar_one()
            start = datetime.now(UTC).replace(microsecond=0) + timedelta(days=3)
            meetings.plan_meeting(session, meetings.MeetingPlan(str(ada), start), now=utc_now())
    finally:
        database.close()
    return folder


def mode(path: Path) -> int:
    return stat.S_IMODE(path.lstat().st_mode)


def everything_under(folder: Path) -> list[Path]:
    return [folder, *sorted(folder.rglob("*"))]


def fingerprint(target: Path) -> dict[str, str]:
    return {str(p.relative_to(target)): digest(p) for p in everything_under(target) if p.is_file()}


RUNS = {
    "json": ("export", "--format", "json"),
    "markdown": ("export", "--format", "markdown"),
    "csv": ("export", "--format", "csv"),
    "ics": ("ics",),
    "backup": ("backup",),
}


@pytest.mark.usefixtures("common_umask")
@pytest.mark.parametrize("kind", sorted(RUNS))
def test_every_export_is_readable_by_its_owner_only(data: Path, tmp_path: Path, kind: str) -> None:
    target = tmp_path / "out" / f"export-{kind}"
    target.parent.mkdir()
    result = mentordesk(*RUNS[kind], "-o", str(target), data=data)
    assert result.returncode == 0, result.stderr
    written = everything_under(target)
    assert written
    for path in written:
        expected = 0o700 if path.is_dir() else 0o600
        assert mode(path) == expected, f"{path.relative_to(tmp_path)}: {oct(mode(path))}"
    assert sorted(p.name for p in target.parent.iterdir()) == [target.name]  # no leftovers


@pytest.mark.parametrize("kind", sorted(RUNS))
def test_an_existing_target_is_kept_unless_force(data: Path, tmp_path: Path, kind: str) -> None:
    target = tmp_path / f"export-{kind}"
    assert mentordesk(*RUNS[kind], "-o", str(target), data=data).returncode == 0
    if target.is_file():
        target.write_bytes(b"mine")
    before = fingerprint(target)
    again = mentordesk(*RUNS[kind], "-o", str(target), data=data)
    assert again.returncode == 5, again.stderr
    assert "exists" in again.stderr and "--force" in again.stderr
    assert fingerprint(target) == before
    forced = mentordesk(*RUNS[kind], "--force", "-o", str(target), data=data)
    assert forced.returncode == 0, forced.stderr
    if target.is_file():
        assert target.read_bytes() != b"mine"


@pytest.mark.parametrize("kind", sorted(RUNS))
@pytest.mark.parametrize("dangling", [True, False], ids=["dangling link", "link to a file"])
def test_a_symbolic_link_is_never_followed(
    data: Path, tmp_path: Path, kind: str, dangling: bool
) -> None:
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    victim = elsewhere / "victim"
    if not dangling:
        victim.write_text("someone else's file", encoding="utf-8")
    link = tmp_path / f"export-{kind}"
    link.symlink_to(victim)
    for force in ((), ("--force",)):
        result = mentordesk(*RUNS[kind], *force, "-o", str(link), data=data)
        assert result.returncode == 5, result.stderr
        assert "symbolic link" in result.stderr
        assert link.is_symlink() and os.readlink(link) == str(victim)
        if dangling:
            assert not victim.exists()
        else:
            assert victim.read_text(encoding="utf-8") == "someone else's file"
        assert [p.name for p in elsewhere.iterdir()] == ([] if dangling else ["victim"])


@pytest.mark.parametrize("kind", ["markdown", "csv"])
def test_force_never_replaces_a_folder_holding_other_files(
    data: Path, tmp_path: Path, kind: str
) -> None:
    folder = tmp_path / "Documents"
    folder.mkdir()
    (folder / "thesis.docx").write_bytes(b"years of work")
    result = mentordesk(*RUNS[kind], "--force", "-o", str(folder), data=data)
    assert result.returncode == 5, result.stderr
    assert "thesis.docx" in result.stderr or "other files" in result.stderr
    assert [p.name for p in folder.iterdir()] == ["thesis.docx"]
    assert (folder / "thesis.docx").read_bytes() == b"years of work"
