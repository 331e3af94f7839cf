#!/usr/bin/env python3
"""The release workflow's own checks, runnable (and tested) anywhere.

    python packaging/release.py check-tag v0.1.0    # fails unless the tag is v + __version__
    python packaging/release.py checksums FOLDER    # every artefact there, then SHA256SUMS

A tag that names another version than the code would publish installers whose
About box, file names and package versions contradict the release page; a
release missing one system's installer would tell that system's users nothing.
"""

from __future__ import annotations

import hashlib
import sys
from pathlib import Path

import identity

SUMS = "SHA256SUMS"


def check_tag(tag: str, version: str = identity.VERSION) -> None:
    """Exit with a message unless ``tag`` is ``v`` followed by ``version``."""
    if tag != f"v{version}":
        raise SystemExit(
            f"The tag {tag} does not name the version being built, {version} "
            f"(mentordesk/__init__.py): tag v{version}, or change __version__ and tag again."
        )
    print(f"Tag {tag} matches __version__ {version}.")


def expected_files(version: str = identity.VERSION) -> list[str]:
    """What a release publishes: one download per system and processor, as the README lists."""
    return sorted(
        [
            f"MentorDesk-{version}-setup.exe",  # Windows 10/11, x64
            f"MentorDesk-{version}-macos-arm64.dmg",  # Apple silicon
            f"MentorDesk-{version}-macos-x86_64.dmg",  # Intel Macs
            f"mentordesk_{version}_amd64.deb",
            f"MentorDesk-{version}-x86_64.AppImage",
            f"mentordesk-{version}-linux-x86_64.tar.gz",
        ]
    )


def write_checksums(folder: Path, version: str = identity.VERSION) -> Path:
    """Check ``folder`` holds exactly the release's files; write SHA256SUMS beside them.

    The format is sha256sum's, so ``sha256sum -c SHA256SUMS`` checks a download.
    """
    present = sorted(p.name for p in folder.iterdir() if p.name != SUMS)
    wanted = expected_files(version)
    missing = sorted(set(wanted) - set(present))
    unexpected = sorted(set(present) - set(wanted))
    if missing or unexpected:
        raise SystemExit(
            f"The release would not be what the README promises. Missing: {missing or 'none'}; "
            f"not expected: {unexpected or 'none'}."
        )
    lines = []
    for name in wanted:
        digest = hashlib.sha256()
        with (folder / name).open("rb") as file:
            for block in iter(lambda: file.read(1 << 20), b""):
                digest.update(block)
        lines.append(f"{digest.hexdigest()}  {name}\n")
    sums = folder / SUMS
    sums.write_text("".join(lines), encoding="ascii")
    return sums


def main(argv: list[str]) -> int:
    if len(argv) == 2 and argv[0] == "check-tag":
        check_tag(argv[1])
        return 0
    if len(argv) == 2 and argv[0] == "checksums":
        print(write_checksums(Path(argv[1])).read_text(), end="")
        return 0
    print(__doc__, file=sys.stderr)
    return 2


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
