"""The shipped files are found from a source checkout and inside a frozen build."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from mentordesk.resources_path import resource_path, resources_dir


def test_the_icon_and_the_sample_data_are_found_from_source() -> None:
    assert resource_path("icons/mentordesk.svg").read_text(encoding="utf-8").startswith("<")
    assert resource_path("sample/mentors.json").is_file()


def test_a_frozen_build_looks_in_its_unpacked_folder(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(sys, "_MEIPASS", str(tmp_path), raising=False)
    assert resources_dir() == tmp_path / "mentordesk" / "resources"
    assert resource_path("icons/mentordesk.svg") == (
        tmp_path / "mentordesk" / "resources" / "icons" / "mentordesk.svg"
    )
