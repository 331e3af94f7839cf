"""Marks for tests of what one kind of system has and another lacks, each with its reason.

The core tests also run with the Windows Python under wine (``pytest -m windows``);
a test that cannot apply there says so here, never through a list of deselected names.
"""

from __future__ import annotations

import os

import pytest

posix_file_modes = pytest.mark.skipif(
    os.name == "nt",
    reason="Windows has no POSIX file modes (chmod sets only the read-only flag); there "
    "the data stays private through the ACL of the user's profile folder",
)
