"""The release workflow runs the local build script on every system, with pinned actions."""

from __future__ import annotations

import re
from pathlib import Path

WORKFLOW = (
    Path(__file__).resolve().parents[2] / ".github" / "workflows" / "release.yml"
).read_text()


def test_every_action_is_pinned_to_a_commit() -> None:
    uses = re.findall(r"uses:\s*(\S+)", WORKFLOW)
    assert uses
    # A tag can be moved to other code; a commit cannot.
    assert [u for u in uses if not re.fullmatch(r"[\w.-]+/[\w.-]+@[0-9a-f]{40}", u)] == []


def test_it_builds_on_the_four_release_systems_with_the_local_script() -> None:
    for runner in ("ubuntu-22.04", "windows-2022", "macos-15", "macos-15-intel"):
        assert re.search(rf"os:\s*{re.escape(runner)}\s", WORKFLOW), runner
    assert WORKFLOW.count("packaging/build.py") >= 3


def test_the_appimage_tools_are_verified_before_use() -> None:
    sums = re.findall(r"_SHA256:\s*([0-9a-f]+)", WORKFLOW)
    assert len(sums) == 2 and all(len(s) == 64 for s in sums)
    assert WORKFLOW.count("sha256sum -c") == 2
