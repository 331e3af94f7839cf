"""The Linux .tar.gz and the AppDir an AppImage is made from, and a read-only mount of it.

The final .AppImage is made in CI by a pinned, checksum-verified appimagetool
(it cannot be downloaded here); the AppDir is built and tested here the way an
AppImage runs: from a read-only squashfs mount.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import subprocess
import tarfile
import tempfile
from collections.abc import Iterator
from pathlib import Path

import linux_desktop

APPRUN = """#!/bin/sh
# AppImage entry point: run the bundled program from wherever the image is mounted.
HERE="$(dirname "$(readlink -f "$0")")"
exec "$HERE/usr/lib/mentordesk/mentordesk" "$@"
"""


def _normalise(info: tarfile.TarInfo) -> tarfile.TarInfo:
    # Owned by root, no build-machine user names: the same on every machine.
    info.uid = info.gid = 0
    info.uname = info.gname = "root"
    return info


def build_tarball(bundle: Path, version: str, arch: str, out_dir: Path) -> Path:
    """mentordesk-VERSION-linux-ARCH.tar.gz: the folder plus share/ (menu entry, icons)."""
    top = f"mentordesk-{version}"
    with tempfile.TemporaryDirectory() as scratch:
        share = Path(scratch) / "share"
        linux_desktop.install_desktop_files(share)
        target = out_dir / f"mentordesk-{version}-linux-{arch}.tar.gz"
        with tarfile.open(target, "w:gz", compresslevel=6) as tar:  # 9: +1 % smaller, 3x slower
            tar.add(bundle, arcname=top, filter=_normalise)
            tar.add(share, arcname=f"{top}/share", filter=_normalise)
    return target


def build_appdir(bundle: Path, out_dir: Path) -> Path:
    """MentorDesk.AppDir: AppRun, the desktop file and icon at the top, the bundle in usr/lib."""
    appdir = out_dir / "MentorDesk.AppDir"
    shutil.rmtree(appdir, ignore_errors=True)
    shutil.copytree(bundle, appdir / "usr" / "lib" / "mentordesk", symlinks=True)
    (appdir / "usr" / "bin").mkdir(parents=True)
    (appdir / "usr" / "bin" / "mentordesk").symlink_to("../lib/mentordesk/mentordesk")
    linux_desktop.install_desktop_files(appdir / "usr" / "share")
    apprun = appdir / "AppRun"
    apprun.write_text(APPRUN)
    apprun.chmod(0o755)
    # appimagetool wants the desktop file and its icon at the top of the AppDir.
    shutil.copy(linux_desktop.DESKTOP_FILE, appdir / linux_desktop.DESKTOP_FILE.name)
    icon = linux_desktop.RESOURCES / "icons" / "hicolor" / "256x256" / "apps" / "mentordesk.png"
    shutil.copy(icon, appdir / "mentordesk.png")
    (appdir / ".DirIcon").symlink_to("mentordesk.png")
    return appdir


def build_appimage(appdir: Path, version: str, tool: Path, runtime: Path, out_dir: Path) -> Path:
    """MentorDesk-VERSION-ARCH.AppImage from the AppDir, by the appimagetool CI downloaded
    (pinned and checksum-verified), with the pinned runtime instead of a download."""
    arch = os.uname().machine
    target = out_dir / f"MentorDesk-{version}-{arch}.AppImage"
    env = {**os.environ, "ARCH": arch, "APPIMAGE_EXTRACT_AND_RUN": "1"}  # no FUSE for the tool
    subprocess.run(
        [str(tool), "--runtime-file", str(runtime), str(appdir), str(target)],
        check=True,
        env=env,
    )
    return target


def make_squashfs(appdir: Path, image: Path) -> Path:
    """The AppDir as a squashfs image, as inside an AppImage (root-owned, zstd)."""
    image.unlink(missing_ok=True)
    subprocess.run(
        [
            "mksquashfs",
            str(appdir),
            str(image),
            "-all-root",
            "-comp",
            "zstd",
            "-noappend",
            "-quiet",
        ],
        check=True,
        capture_output=True,
    )
    return image


@contextlib.contextmanager
def mounted_read_only(image: Path) -> Iterator[Path]:
    """Mount ``image`` read-only (squashfuse without root, else a loop mount as root)."""
    with tempfile.TemporaryDirectory(prefix="mentordesk-appimage-") as folder:
        point = Path(folder)
        if shutil.which("squashfuse") and Path("/dev/fuse").exists():
            mount = ["squashfuse", "-o", "ro", str(image), str(point)]
            unmount = ["fusermount3" if shutil.which("fusermount3") else "fusermount", "-u"]
        elif os.geteuid() == 0:
            mount = ["mount", "-t", "squashfs", "-o", "loop,ro", str(image), str(point)]
            unmount = ["umount"]
        else:
            raise SystemExit("Mounting the AppDir needs squashfuse (apt-get install squashfuse)")
        subprocess.run(mount, check=True, capture_output=True)
        try:
            yield point
        finally:
            subprocess.run([*unmount, str(point)], check=True, capture_output=True)
