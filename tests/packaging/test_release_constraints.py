"""packaging/constraints-release.txt pins everything a release installs, on every system.

Releases install with ``-c`` and ``--build-constraint`` on this file, so a
package it leaves out would come from whatever PyPI serves on release day.
"""

from __future__ import annotations

import re

import constraints
import pytest
from packaging.version import Version

SYSTEMS = sorted(constraints.SYSTEMS)


def test_every_line_is_one_exact_pin() -> None:
    lines = [
        line
        for line in constraints.CONSTRAINTS.read_text().splitlines()
        if line.strip() and not line.startswith("#")
    ]
    assert lines
    assert [line for line in lines if not re.fullmatch(r"[a-z0-9-]+==[\w.]+", line)] == []
    names = [line.split("==")[0] for line in lines]
    assert len(names) == len(set(names)), "a package is pinned twice"


@pytest.mark.parametrize("system", SYSTEMS)
def test_every_package_a_release_installs_is_pinned_at_a_version_it_accepts(system: str) -> None:
    pins = constraints.read()
    needed = constraints.needed(system)
    # The app's own dependencies, the tests', PyInstaller's and the build backend's,
    # down to the last transitive one that this system's markers select.
    for name in ("pyside6-essentials", "sqlalchemy", "pyinstaller", "setuptools", "pip"):
        assert name in needed
    unpinned = sorted(set(needed) - set(pins) - {"mentordesk"})
    assert unpinned == [], f"run packaging/constraints.py --write ({system})"
    refused = {
        name: f"{pins[name]} not in {requirement.specifier}"
        for name, requirement in needed.items()
        if requirement is not None
        and name in pins
        and not requirement.specifier.contains(pins[name], prereleases=True)
    }
    assert refused == {}


def test_the_windows_and_macos_only_packages_are_pinned_too() -> None:
    # Their markers are false on Linux, so only a walk for those systems finds them.
    pins = constraints.read()
    assert (
        {"pefile", "pywin32-ctypes"}
        <= set(constraints.needed("windows"))
        <= set(pins) | {"mentordesk"}
    )
    assert "macholib" in constraints.needed("macos")
    assert "macholib" in pins and "pefile" in pins


def test_the_pinned_pip_can_hold_build_dependencies_to_the_pins() -> None:
    # --build-constraint (pip 25.3) reaches the isolated environment that builds
    # MentorDesk's own wheel; -c alone does not.
    assert Version(constraints.read()["pip"]) >= Version("25.3")
