#!/usr/bin/env python3
"""Write packaging/constraints-release.txt: the exact versions releases are built with.

    python3 dev.py test                                  # the versions pass here
    .venv/bin/python packaging/constraints.py --write    # then pin them

Every package ``mentordesk[test]`` needs (the app, the tests, PyInstaller) at
the version installed in this environment, where the tests just passed; pip
and the build backend likewise. Packages only Windows or macOS need (their
markers are false here: pefile, pywin32-ctypes, macholib, colorama) are pinned
at the versions pip resolves for those systems against these pins; the release
workflow runs the core tests on both systems with them before it builds.
Commit the file with the change that needed it; a test fails while the
committed file leaves something out (tests/packaging/test_release_constraints.py).
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
import tomllib
from importlib import metadata
from pathlib import Path

from packaging.markers import default_environment
from packaging.requirements import Requirement
from packaging.utils import canonicalize_name

ROOT = Path(__file__).resolve().parent.parent
CONSTRAINTS = ROOT / "packaging" / "constraints-release.txt"
PYTHON = "3.11"

# Marker values of the systems a release is built on.
SYSTEMS: dict[str, dict[str, str]] = {
    "linux": {"sys_platform": "linux", "platform_system": "Linux", "os_name": "posix"},
    "windows": {
        "sys_platform": "win32",
        "platform_system": "Windows",
        "os_name": "nt",
        "platform_machine": "AMD64",
    },
    "macos": {"sys_platform": "darwin", "platform_system": "Darwin", "os_name": "posix"},
}
# pip's names for them (a wheel for an older macOS installs on a newer one).
PIP_PLATFORMS: dict[str, list[str | None]] = {
    "windows": ["win_amd64"],
    "macos": ["macosx_15_0_arm64", "macosx_15_0_x86_64"],
}


def project() -> dict[str, object]:
    data: dict[str, object] = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    return data


def app_requirements() -> list[Requirement]:
    """What the app itself needs to run (pyproject's dependencies)."""
    project_table = project()["project"]
    assert isinstance(project_table, dict)
    return [Requirement(text) for text in project_table["dependencies"]]


def top_requirements() -> list[Requirement]:
    """The app's and the test extra's requirements, the build backend's, and pip."""
    table = project()
    project_table = table["project"]
    build_table = table["build-system"]
    assert isinstance(project_table, dict) and isinstance(build_table, dict)
    texts = [
        *project_table["optional-dependencies"]["test"],
        *build_table["requires"],
        "pip",
    ]
    return [*app_requirements(), *(Requirement(text) for text in texts)]


def _environment(system: str) -> dict[str, str]:
    environment = {key: str(value) for key, value in default_environment().items()}
    environment.update({"python_version": PYTHON, "python_full_version": f"{PYTHON}.0"})
    environment.update(SYSTEMS[system])
    return environment


def needed(
    system: str, requirements: list[Requirement] | None = None
) -> dict[str, Requirement | None]:
    """Every distribution a release needs on ``system``: {name: how it was asked for}.

    From ``requirements`` (default: all of :func:`top_requirements`), walking the
    installed packages' metadata; a package not installed here (one only
    another system needs) is listed without its own requirements.
    """
    found: dict[str, Requirement | None] = {}
    top = top_requirements() if requirements is None else requirements
    queue: list[tuple[Requirement, str]] = [(r, "") for r in top]
    while queue:
        requirement, extra = queue.pop()
        if requirement.marker and not requirement.marker.evaluate(
            {**_environment(system), "extra": extra}
        ):
            continue
        name = canonicalize_name(requirement.name)
        if name in found:
            continue
        found[name] = requirement
        try:
            requires = metadata.requires(requirement.name) or []
        except metadata.PackageNotFoundError:
            continue
        for text in requires:
            inner = Requirement(text)
            # A requirement's own extras (foo[bar]) bring the lines marked extra == "bar".
            for wanted in ["", *sorted(requirement.extras)]:
                queue.append((inner, wanted))
    return found


def installed_version(name: str) -> str | None:
    try:
        return metadata.version(name)
    except metadata.PackageNotFoundError:
        return None


def resolve(wanted: list[str], pins: dict[str, str], platform: str | None) -> dict[str, str]:
    """The versions pip picks for ``wanted`` on ``platform`` (None: here), held to ``pins``."""
    return {name: version for name, (version, _wheel) in _pick(wanted, pins, platform).items()}


def wheels(wanted: list[str], pins: dict[str, str], platform: str) -> dict[str, str]:
    """The file names of the wheels pip picks for ``wanted`` on ``platform``: {name: file}.

    ``wanted`` is the whole set already (``needed`` read its markers for that system),
    so pip is told not to add dependencies: it reads markers as this machine's, and
    would add Linux-only ones (keyring's SecretStorage, then cryptography) to a macOS set."""
    picked = _pick(wanted, pins, platform, deps=False)
    return {name: wheel for name, (_version, wheel) in picked.items()}


def _pick(
    wanted: list[str], pins: dict[str, str], platform: str | None, *, deps: bool = True
) -> dict[str, tuple[str, str]]:
    """{name: (version, wheel file name)} as pip would install them. Asks PyPI;
    downloads only the metadata, installs nothing."""
    elsewhere = [] if platform is None else ["--platform", platform]
    elsewhere += [] if deps else ["--no-deps"]
    with tempfile.TemporaryDirectory() as folder:
        constraints = Path(folder) / "pins.txt"
        constraints.write_text("".join(f"{n}=={v}\n" for n, v in sorted(pins.items())))
        report = Path(folder) / "report.json"
        subprocess.run(
            [
                sys.executable, "-m", "pip", "install", "--quiet", "--dry-run",
                "--ignore-installed", *elsewhere, "--python-version", PYTHON,
                "--implementation", "cp", "--target", str(Path(folder) / "target"),
                "--only-binary=:all:", "--report", str(report), "-c", str(constraints), *wanted,
            ],
            check=True,
        )  # fmt: skip
        answer = json.loads(report.read_text())
    return {
        canonicalize_name(item["metadata"]["name"]): (
            item["metadata"]["version"],
            item["download_info"]["url"].rsplit("/", 1)[-1],
        )
        for item in answer["install"]
    }


def pins() -> dict[str, str]:
    """{name: version} for everything a release installs on any of its systems."""
    pinned: dict[str, str] = {}
    missing: dict[str, list[str]] = {}
    for system in SYSTEMS:
        for name, requirement in needed(system).items():
            if name == "mentordesk" or requirement is None:
                continue
            version = installed_version(name)
            # The build backend is installed only in pip's build environment, not
            # here (a venv's own setuptools is older): ask pip which it would use.
            if version is not None and requirement.specifier.contains(version, prereleases=True):
                pinned[name] = version
            else:
                wanted = f"{requirement.name}{requirement.specifier}"
                missing.setdefault(system, []).append(wanted)
    for system, requirements in missing.items():
        for platform in PIP_PLATFORMS.get(system, [None]):
            for name, version in resolve(sorted(set(requirements)), pinned, platform).items():
                pinned.setdefault(name, version)
    return pinned


def render(pinned: dict[str, str]) -> str:
    lines = [
        "# The exact versions a release is built and tested with (pip -c / --build-constraint).",
        "# Made by packaging/constraints.py from an environment where the tests passed;",
        "# refresh with: .venv/bin/python packaging/constraints.py --write",
        *(f"{name}=={version}" for name, version in sorted(pinned.items())),
    ]
    return "\n".join(lines) + "\n"


def read(path: Path = CONSTRAINTS) -> dict[str, str]:
    """The pins in a constraints file: {canonical name: version}."""
    result: dict[str, str] = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        line = line.split("#")[0].strip()
        if line:
            name, separator, version = line.partition("==")
            if not separator or not version.strip():
                raise ValueError(f"not an exact pin: {line!r}")
            result[canonicalize_name(name.strip())] = version.strip()
    return result


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--write", action="store_true", help=f"write {CONSTRAINTS.name}")
    args = parser.parse_args()
    text = render(pins())
    if args.write:
        CONSTRAINTS.write_text(text, encoding="utf-8")
        print(f"wrote {CONSTRAINTS}")
    else:
        print(text, end="")
    return 0


if __name__ == "__main__":
    sys.exit(main())
