"""The Debian package: the bundle in /opt/mentordesk, a /usr/bin link, menu entry and icons.

``Depends:`` is computed from the bundle itself: every library its ELF files
need that it does not carry, mapped to the package that provides it here (the
build machine), plus libc6 at the newest glibc symbol version used.
"""

from __future__ import annotations

import gzip
import hashlib
import os
import shutil
import stat
import subprocess
from pathlib import Path

import elf_deps
import linux_desktop
from identity import HOMEPAGE

ROOT = Path(__file__).resolve().parent.parent
LINUX = ROOT / "packaging" / "linux"
PACKAGE = "mentordesk"
# GitHub's no-reply address of the project's account (github.com/mentordesk), on
# a domain that exists and names the project's home. It receives no mail: the
# project has no mailbox yet, and reports go to the issue tracker (Homepage).
# Put a real mailbox here, once, when there is one.
MAINTAINER = "MentorDesk developers <mentordesk@users.noreply.github.com>"

# Fallback for libraries the build machine lacks (same names on Debian 12 and
# Ubuntu 22.04). The loader's own libraries belong to libc6.
KNOWN_PACKAGES = {
    "libGL.so.1": "libgl1",
    "libEGL.so.1": "libegl1",
    "libX11.so.6": "libx11-6",
    "libX11-xcb.so.1": "libx11-xcb1",
    "libxcb.so.1": "libxcb1",
    "libxcb-render.so.0": "libxcb-render0",
    "libxcb-shm.so.0": "libxcb-shm0",
    "libfontconfig.so.1": "libfontconfig1",
    "libfreetype.so.6": "libfreetype6",
    "libglib-2.0.so.0": "libglib2.0-0",
    "libgthread-2.0.so.0": "libglib2.0-0",
    "libdbus-1.so.3": "libdbus-1-3",
    "libstdc++.so.6": "libstdc++6",
    "libgcc_s.so.1": "libgcc-s1",
    "libwayland-client.so.0": "libwayland-client0",
    "libwayland-cursor.so.0": "libwayland-cursor0",
    "libwayland-egl.so.1": "libwayland-egl1",
}
LIBC = {
    "libc.so.6",
    "libm.so.6",
    "libdl.so.2",
    "libpthread.so.0",
    "librt.so.1",
    "libresolv.so.2",
    "libutil.so.1",
    "ld-linux-x86-64.so.2",
    "ld-linux-aarch64.so.1",
}


def _ldconfig_paths() -> dict[str, str]:
    output = subprocess.run(
        ["/sbin/ldconfig", "-p"], capture_output=True, text=True, check=True
    ).stdout
    paths: dict[str, str] = {}
    for line in output.splitlines()[1:]:
        name, _, path = line.strip().partition(" => ")
        paths.setdefault(name.split(" (")[0], path)
    return paths


def _owner(path: str) -> str | None:
    """The package owning ``path`` (tries the /usr-merged spelling too)."""
    candidates = [path, os.path.realpath(path)]
    candidates += ["/usr" + p for p in candidates if not p.startswith("/usr/")]
    for candidate in candidates:
        result = subprocess.run(["dpkg", "-S", candidate], capture_output=True, text=True)
        if result.returncode == 0:
            return result.stdout.split(":")[0].strip()
    return None


def depends(bundle: Path) -> list[str]:
    """The Depends: entries of ``bundle`` (sorted, libc6 with its minimum version)."""
    files = elf_deps.elf_files(bundle)
    wanted = elf_deps.unresolved(files)
    glibc = ".".join(str(part) for part in elf_deps.highest_glibc(files))
    where = _ldconfig_paths()
    packages = {f"libc6 (>= {glibc})"}
    unknown = []
    for soname in sorted(wanted):
        if soname in LIBC:
            continue
        package = (_owner(where[soname]) if soname in where else None) or KNOWN_PACKAGES.get(soname)
        if package is None:
            unknown.append(f"{soname} (needed by {wanted[soname][0].relative_to(bundle)})")
        elif package != "libc6":
            packages.add(package)
    if unknown:
        raise SystemExit(
            "Cannot tell which Debian package provides: "
            + ", ".join(unknown)
            + ". Install the library on this machine (or add it to KNOWN_PACKAGES)."
        )
    return sorted(packages)


def _architecture() -> str:
    return subprocess.run(
        ["dpkg", "--print-architecture"], capture_output=True, text=True, check=True
    ).stdout.strip()


def _gzip(source: bytes, target: Path) -> None:
    # mtime=0: the same input gives the same bytes (lintian wants no timestamp).
    target.parent.mkdir(parents=True, exist_ok=True)
    with (
        target.open("wb") as raw,
        gzip.GzipFile(fileobj=raw, mode="wb", compresslevel=9, mtime=0) as gz,
    ):
        gz.write(source)


def _normalise_permissions(tree: Path) -> None:
    """Folders 755, programs 755, everything else 644 (libraries need no x bit)."""
    for path in tree.rglob("*"):
        if path.is_symlink():
            continue
        if path.is_dir():
            path.chmod(0o755)
        elif path.suffix in {".so"} or ".so." in path.name or not elf_deps.is_elf(path):
            path.chmod(0o644)
        else:
            path.chmod(0o755)


def _changelog(version: str, date: str) -> bytes:
    return (
        f"{PACKAGE} ({version}) stable; urgency=medium\n\n"
        f"  * MentorDesk {version}.\n\n"
        f" -- {MAINTAINER}  {date}\n"
    ).encode()


def _release_date() -> str:
    """RFC 2822 date of the commit being packaged (reproducible), else now."""
    result = subprocess.run(
        ["git", "-C", str(ROOT), "log", "-1", "--format=%aD"],
        capture_output=True,
        text=True,
        check=False,
    )
    if result.returncode == 0 and result.stdout.strip():
        return result.stdout.strip()
    from email.utils import formatdate

    return formatdate()


def installed_size_kib(tree: Path) -> int:
    """Installed-Size: what the tree takes on disk in KiB, as dpkg-gencontrol counts it.

    Each file rounded up to a KiB, every folder and symlink one more. lstat, never
    stat: the bundle's symlinks (libQt6Core.so.6 -> ...) would otherwise count the
    library they point to once more each.
    """
    total = 0
    for folder, folders, files in os.walk(tree):
        for name in [*folders, *files]:
            info = (Path(folder) / name).lstat()
            total += (info.st_size + 1023) // 1024 if stat.S_ISREG(info.st_mode) else 1
    return total


def build_deb(bundle: Path, version: str, out_dir: Path) -> Path:
    """Package ``bundle`` (the PyInstaller folder) as out_dir/mentordesk_VERSION_ARCH.deb."""
    arch = _architecture()
    staging = out_dir / "deb-staging"
    shutil.rmtree(staging, ignore_errors=True)
    opt = staging / "opt" / PACKAGE
    shutil.copytree(bundle, opt, symlinks=True)
    (staging / "usr" / "bin").mkdir(parents=True)
    # Absolute: /usr/bin and /opt are different top-level folders (Debian policy 10.5).
    (staging / "usr" / "bin" / PACKAGE).symlink_to(f"/opt/{PACKAGE}/{PACKAGE}")
    linux_desktop.install_desktop_files(staging / "usr" / "share")

    doc = staging / "usr" / "share" / "doc" / PACKAGE
    doc.mkdir(parents=True)
    shutil.copy(LINUX / "copyright", doc / "copyright")
    _gzip(_changelog(version, _release_date()), doc / "changelog.gz")
    _gzip((LINUX / "mentordesk.1").read_bytes(), staging / "usr/share/man/man1/mentordesk.1.gz")
    overrides = staging / "usr" / "share" / "lintian" / "overrides" / PACKAGE
    overrides.parent.mkdir(parents=True)
    shutil.copy(LINUX / "lintian-overrides", overrides)
    _normalise_permissions(staging)

    installed_kib = installed_size_kib(staging)
    control = staging / "DEBIAN" / "control"
    control.parent.mkdir()
    control.write_text(
        f"Package: {PACKAGE}\n"
        f"Version: {version}\n"
        f"Architecture: {arch}\n"
        f"Maintainer: {MAINTAINER}\n"
        f"Homepage: {HOMEPAGE}\n"
        f"Installed-Size: {installed_kib}\n"
        f"Depends: {', '.join(depends(opt))}\n"
        "Section: misc\n"
        "Priority: optional\n"
        "Description: run all of your mentor relationships on your own computer\n"
        " MentorDesk keeps a career's worth of mentor relationships in one place:\n"
        " several mentors at once, how often to meet each, what was agreed, meeting\n"
        " notes that save as you type, the advice to act on, and how to give back.\n"
        " .\n"
        " Everything works offline; the data is one local database that you own.\n"
    )
    sums = []
    for path in sorted(staging.rglob("*")):
        if path.is_file() and not path.is_symlink() and "DEBIAN" not in path.parts:
            digest = hashlib.md5(path.read_bytes()).hexdigest()  # dpkg's format
            sums.append(f"{digest}  {path.relative_to(staging).as_posix()}\n")
    (staging / "DEBIAN" / "md5sums").write_text("".join(sums))
    for path in (control, staging / "DEBIAN" / "md5sums"):
        path.chmod(0o644)
    (staging / "DEBIAN").chmod(0o755)

    deb = out_dir / f"{PACKAGE}_{version}_{arch}.deb"
    subprocess.run(
        ["dpkg-deb", "--root-owner-group", "-Zxz", "--build", str(staging), str(deb)],
        check=True,
        capture_output=True,
        text=True,
    )
    shutil.rmtree(staging)
    return deb
