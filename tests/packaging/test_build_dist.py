"""build.py --dist DIR never deletes what a build did not make there.

It once ran shutil.rmtree(DIR) first: ``--dist ~/Downloads`` wiped the folder.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from build import DIST_MARKER, prepare_dist, record_dist

ROOT = Path(__file__).resolve().parents[2]


def test_a_folder_of_someone_elses_files_is_refused_and_left_as_it_was(tmp_path: Path) -> None:
    downloads = tmp_path / "Downloads"
    downloads.mkdir()
    (downloads / "holiday.jpg").write_bytes(b"a photo")
    (downloads / "taxes").mkdir()
    (downloads / "taxes" / "2025.pdf").write_bytes(b"a form")

    result = subprocess.run(
        [sys.executable, str(ROOT / "packaging" / "build.py"), "--dist", str(downloads)],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )

    assert result.returncode != 0
    assert "Nothing was deleted" in result.stderr, result.stderr
    assert "holiday.jpg" in result.stderr
    assert sorted(p.relative_to(downloads).as_posix() for p in downloads.rglob("*")) == [
        "holiday.jpg",
        "taxes",
        "taxes/2025.pdf",
    ]
    assert (downloads / "holiday.jpg").read_bytes() == b"a photo"


def test_an_earlier_builds_artefacts_go_and_a_file_put_beside_them_stays(tmp_path: Path) -> None:
    dist = tmp_path / "dist"
    assert prepare_dist(dist) == set()  # new: created, and marked as a build's folder
    (dist / "mentordesk-0.0.9").mkdir()
    (dist / "mentordesk-0.0.9" / "mentordesk").write_bytes(b"ELF")
    (dist / "mentordesk_0.0.9_amd64.deb").write_bytes(b"deb")
    record_dist(dist, kept=set())  # what the build does after each step
    (dist / "notes.txt").write_text("my release notes")  # added by hand afterwards

    kept = prepare_dist(dist)

    assert kept == {"notes.txt"}
    assert sorted(p.name for p in dist.iterdir()) == [DIST_MARKER, "notes.txt"]
    assert (dist / "notes.txt").read_text() == "my release notes"
    # The next build's record still leaves the file out, so it survives the build after too.
    (dist / "mentordesk-0.1.0").mkdir()
    record_dist(dist, kept)
    assert (dist / DIST_MARKER).read_text().split() == ["mentordesk-0.1.0"]
    assert prepare_dist(dist) == {"notes.txt"}
    assert sorted(p.name for p in dist.iterdir()) == [DIST_MARKER, "notes.txt"]


def test_an_empty_folder_is_used(tmp_path: Path) -> None:
    assert prepare_dist(tmp_path) == set()
    assert (tmp_path / DIST_MARKER).is_file()


def test_a_file_named_as_the_folder_is_refused(tmp_path: Path) -> None:
    target = tmp_path / "dist"
    target.write_text("not a folder")
    with pytest.raises(SystemExit, match="is a file"):
        prepare_dist(target)
    assert target.read_text() == "not a folder"
