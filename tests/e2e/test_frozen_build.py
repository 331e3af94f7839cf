"""The packaged app works: build it with PyInstaller and run its --self-test."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


@pytest.mark.slow
def test_the_frozen_build_passes_its_self_test(tmp_path: Path) -> None:
    result = subprocess.run(
        [sys.executable, str(ROOT / "packaging" / "build.py"), str(tmp_path / "dist")],
        capture_output=True,
        text=True,
        timeout=900,
        check=False,
    )
    assert result.returncode == 0, result.stdout[-3000:] + result.stderr[-3000:]
    assert "self-test passed" in result.stdout
    frozen = sorted((tmp_path / "dist").glob("mentordesk-*/mentordesk*"))
    assert frozen, "no executable in the build folder"
