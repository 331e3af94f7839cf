"""The .deb's control fields, checked on small trees built here (the real .deb: -m installers)."""

from __future__ import annotations

import os
from pathlib import Path

from linux_deb import installed_size_kib

KIB = 1024


def test_installed_size_counts_a_symlinked_library_once(tmp_path: Path) -> None:
    # The shape of the bundle: one big library and the versioned links to it
    # (libQt6Core.so.6 -> libQt6Core.so.6.11.3), and a linked folder.
    lib = tmp_path / "opt" / "mentordesk" / "_internal"
    lib.mkdir(parents=True)
    (lib / "libbig.so.6.11.3").write_bytes(b"\0" * (4 * 1024 * KIB))
    for name in ("libbig.so", "libbig.so.6", "libbig.so.6.11"):
        (lib / name).symlink_to("libbig.so.6.11.3")
    (tmp_path / "opt" / "linked").symlink_to("mentordesk", target_is_directory=True)
    (lib / "small.txt").write_bytes(b"x" * 10)

    # 4096 KiB of library, 1 KiB for the small file (rounded up), one each for
    # the three library links, the folder link and the three folders.
    assert installed_size_kib(tmp_path) == 4096 + 1 + 3 + 1 + 3


def test_installed_size_is_within_five_percent_of_what_the_files_take(tmp_path: Path) -> None:
    payload = 0
    for index in range(40):
        folder = tmp_path / f"folder{index % 5}"
        folder.mkdir(exist_ok=True)
        data = os.urandom(7000 + index * 3001)
        (folder / f"file{index}").write_bytes(data)
        payload += len(data)
        (folder / f"link{index}").symlink_to(f"file{index}")
    kib = installed_size_kib(tmp_path)
    assert abs(kib * KIB - payload) / payload < 0.05, (kib, payload // KIB)
