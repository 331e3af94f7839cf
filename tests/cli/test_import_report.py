"""An import that committed says so even when standard output refuses (issue 15, R11).

Before: ``mentordesk import FILE > /dev/full`` added every record, then exited 6 with
"No space left on device", as if nothing had happened; run again, it was refused as
"in your data already".
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from mentordesk.db.backup import list_backups
from tests.cli.test_commands import ROOT, mentor_names
from tests.cli.test_exchange_commands import with_sample
from tests.e2e.helpers import app_env

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(not Path("/dev/full").exists(), reason="needs /dev/full"),
]
__all__ = ["with_sample"]


def import_with_stdout(source: Path, data: Path, stdout: int) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "mentordesk", "import", str(source)],
        cwd=ROOT,
        env=app_env(data),
        stdout=stdout,
        stderr=subprocess.PIPE,
        text=True,
        encoding="utf-8",  # a redirected command writes UTF-8, on Windows too
        timeout=120,
        check=False,
    )


@pytest.mark.parametrize("refusal", ["full disk", "closed pipe"])
def test_a_committed_import_exits_0_and_says_what_it_did_on_stderr(
    with_sample: tuple[Path, dict[str, Any]], tmp_path: Path, refusal: str
) -> None:
    _, document = with_sample
    source = tmp_path / "export.json"
    data = tmp_path / "new"
    if refusal == "full disk":
        with open("/dev/full", "wb") as full:
            result = import_with_stdout(source, data, full.fileno())
        reason = "No space left on device"
    else:
        read_end, write_end = os.pipe()
        os.close(read_end)  # nobody will read: every write is EPIPE (EINVAL on Windows)
        try:
            result = import_with_stdout(source, data, write_end)
        finally:
            os.close(write_end)
        reason = "Invalid argument" if sys.platform == "win32" else "Broken pipe"
    assert result.returncode == 0, result.stderr
    assert "Traceback" not in result.stderr
    assert f"done, but standard output refused its report ({reason})" in result.stderr
    assert "Imported export.json: " in result.stderr
    [backup] = list_backups(data / "backups")
    assert backup.path.name in result.stderr
    names = sorted(row["name"] for row in document["records"]["mentor"])
    assert mentor_names(data / "mentordesk.sqlite3") == names
