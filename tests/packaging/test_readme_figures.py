"""The README's Build section quotes no package size the build does not enforce.

Typed sizes drifted (".deb 35 MB" while the build made 38 MB): build.py prints
the sizes of what it made, and the only figure left in the README is the
budget, which must be the one build.py enforces.
"""

from __future__ import annotations

import re
from pathlib import Path

import build

README = (Path(__file__).resolve().parents[2] / "README.md").read_text()


def section(title: str) -> str:
    match = re.search(rf"^## {title}\n(.*?)(?=^## )", README, re.MULTILINE | re.DOTALL)
    assert match, title
    return match.group(1)


def test_the_only_size_in_the_build_section_is_the_budget_build_py_enforces() -> None:
    text = section("Build")
    sizes = re.findall(r"\d[\d.,]*\s*(?:MiB|MB|KiB|kB|GB|GiB)\b", text)
    budget = f"{build.FOLDER_BUDGET_MIB['linux']} MiB"
    assert sizes == [budget], "sizes come from build.py's closing list, not the README"
    assert f"the Linux folder may not pass {budget}" in text
