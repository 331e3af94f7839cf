"""The Linux packages, built and installed for real (``pytest -m installers``; needs root).

One build.py run makes the folder, the .tar.gz, the .deb and the AppDir, and
smoke-tests the folder, the AppDir from a read-only squashfs mount, and the
.deb installed with apt-get into a bare Debian 12 root made by debootstrap.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tarfile
from pathlib import Path

import pytest

from mentordesk import APP_ID, __version__

ROOT = Path(__file__).resolve().parents[2]
pytestmark = [pytest.mark.installers, pytest.mark.slow]


def bare_debian_root() -> Path:
    """A debootstrap --variant=minbase root of Debian 12, made once and kept as a .tar."""
    cache = Path(os.environ.get("XDG_CACHE_HOME", Path.home() / ".cache")) / "mentordesk-build"
    tar = Path(os.environ.get("MENTORDESK_DEBIAN_ROOT", cache / "bookworm-minbase.tar"))
    if tar.exists():
        return tar
    assert os.geteuid() == 0, "the installer tests need root (debootstrap, chroot, mount)"
    assert shutil.which("debootstrap"), "apt-get install debootstrap"
    folder = cache / "bookworm-minbase"
    shutil.rmtree(folder, ignore_errors=True)
    subprocess.run(
        ["debootstrap", "--variant=minbase", "bookworm", str(folder)],
        check=True,
        capture_output=True,
    )
    subprocess.run(["tar", "-C", str(folder), "-cf", str(tar), "."], check=True)
    shutil.rmtree(folder)
    return tar


@pytest.fixture(scope="module")
def packages(tmp_path_factory: pytest.TempPathFactory) -> tuple[str, Path]:
    dist = tmp_path_factory.mktemp("dist")
    result = subprocess.run(
        [
            sys.executable,
            str(ROOT / "packaging" / "build.py"),
            "--dist",
            str(dist),
            "--deb-root",
            str(bare_debian_root()),
        ],
        capture_output=True,
        text=True,
        timeout=1800,
        check=False,
    )
    print(result.stdout)  # the artefact sizes and step timings (pytest -s shows them)
    assert result.returncode == 0, result.stdout[-5000:] + result.stderr[-3000:]
    return result.stdout, dist


@pytest.mark.parametrize(
    "copy",
    [
        "built folder, offscreen",
        "built folder, X11",
        "AppDir from a read-only squashfs mount, offscreen",
        "AppDir from a read-only squashfs mount, X11",
        "installed .deb in a bare Debian root, offscreen",
        "installed .deb in a bare Debian root, X11",
    ],
)
def test_every_copy_passes_its_self_test(packages: tuple[str, Path], copy: str) -> None:
    output, _dist = packages
    assert f"smoke test PASSED: {copy}" in output


def the_deb(dist: Path) -> Path:
    debs = list(dist.glob(f"mentordesk_{__version__}_*.deb"))
    assert len(debs) == 1
    return debs[0]


def test_the_deb_is_lintian_clean(packages: tuple[str, Path]) -> None:
    _output, dist = packages
    result = subprocess.run(
        ["lintian", "--fail-on", "error,warning", str(the_deb(dist))],
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stdout + result.stderr


def test_the_deb_installs_the_program_menu_entry_icons_and_metadata(
    packages: tuple[str, Path],
) -> None:
    _output, dist = packages
    listing = subprocess.run(
        ["dpkg-deb", "--contents", str(the_deb(dist))], capture_output=True, text=True, check=True
    ).stdout
    assert "./usr/bin/mentordesk -> /opt/mentordesk/mentordesk" in listing
    assert "./opt/mentordesk/_internal/" in listing
    assert f"./usr/share/applications/{APP_ID}.desktop" in listing
    for size in ("16x16", "48x48", "256x256", "512x512", "scalable"):
        assert f"./usr/share/icons/hicolor/{size}/apps/mentordesk." in listing
    assert f"./usr/share/metainfo/{APP_ID}.metainfo.xml" in listing
    depends = subprocess.run(
        ["dpkg-deb", "--field", str(the_deb(dist)), "Depends"],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    # Computed from the bundle: the libraries it does not carry, and its glibc.
    assert "libc6 (>= 2." in depends
    for package in ("libgl1", "libfontconfig1", "libx11-6", "libglib2.0-0", "libstdc++6"):
        assert package in depends


def test_the_debs_installed_size_is_what_its_files_take(packages: tuple[str, Path]) -> None:
    """apt shows Installed-Size before installing; it once counted every library
    symlink as another copy of its library (60 % too large)."""
    _output, dist = packages
    deb = the_deb(dist)
    field = subprocess.run(
        ["dpkg-deb", "--field", str(deb), "Installed-Size"],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    listing = subprocess.run(
        ["dpkg-deb", "--contents", str(deb)], capture_output=True, text=True, check=True
    ).stdout
    # "-rw-r--r-- root/root   12345 2026-01-01 00:00 ./path": the size of regular files.
    payload = sum(int(line.split()[2]) for line in listing.splitlines() if line.startswith("-"))
    installed = int(field) * 1024
    print(f"Installed-Size {int(field)} KiB, payload {payload / 1024:.0f} KiB")
    assert abs(installed - payload) / payload < 0.05, (installed, payload)


def test_the_tarball_holds_the_program_and_its_menu_entry(packages: tuple[str, Path]) -> None:
    _output, dist = packages
    tarball = next(dist.glob(f"mentordesk-{__version__}-linux-*.tar.gz"))
    with tarfile.open(tarball) as tar:
        names = set(tar.getnames())
    top = f"mentordesk-{__version__}"
    assert f"{top}/mentordesk" in names
    assert f"{top}/share/applications/{APP_ID}.desktop" in names
    assert f"{top}/share/icons/hicolor/256x256/apps/mentordesk.png" in names


def test_the_appdir_has_what_appimagetool_wants_at_its_top(packages: tuple[str, Path]) -> None:
    _output, dist = packages
    appdir = dist / "MentorDesk.AppDir"
    assert os.access(appdir / "AppRun", os.X_OK)
    assert (appdir / f"{APP_ID}.desktop").is_file()
    assert (appdir / "mentordesk.png").is_file()
    assert (appdir / ".DirIcon").resolve() == (appdir / "mentordesk.png").resolve()
