"""Install the .deb as a user would (``apt-get install ./mentordesk_….deb``) and smoke-test it.

Either on this machine (CI runners) or in a bare Debian root made by
``debootstrap --variant=minbase``, which proves ``Depends:`` brings everything
the bundle needs and nothing from the build machine is assumed.
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

import smoke

APT_ENV = {**os.environ, "DEBIAN_FRONTEND": "noninteractive"}


@contextlib.contextmanager
def installed_here(deb: Path) -> Iterator[None]:
    """``apt-get install ./deb`` on this machine, removed again afterwards."""
    subprocess.run(["apt-get", "install", "-y", "-q", str(deb.resolve())], check=True, env=APT_ENV)
    try:
        yield
    finally:
        subprocess.run(["apt-get", "remove", "-y", "-q", "mentordesk"], check=True, env=APT_ENV)


@contextlib.contextmanager
def _bare_root(source: Path) -> Iterator[Path]:
    """A throwaway copy of a debootstrap root with /proc and /dev, ready for apt-get."""
    root = Path(tempfile.mkdtemp(prefix="mentordesk-debroot-", dir=source.parent))
    if source.is_dir():
        subprocess.run(["cp", "-a", f"{source}/.", str(root)], check=True)
    else:
        with tarfile.open(source) as tar:
            tar.extractall(root, filter="fully_trusted")  # our own debootstrap tarball
    # The network (and, in some sandboxes, its TLS proxy) as on this machine.
    shutil.copy("/etc/resolv.conf", root / "etc" / "resolv.conf")
    mounts: list[Path] = []
    try:
        for name in ("proc", "dev"):
            subprocess.run(["mount", "--bind", f"/{name}", str(root / name)], check=True)
            mounts.append(root / name)
        yield root
    finally:
        for point in reversed(mounts):
            subprocess.run(["umount", str(point)], check=False)
        # Never delete through a mount that is still there: it would reach the real /dev.
        still = [point for point in mounts if os.path.ismount(point)]
        if still:
            raise SystemExit(f"could not unmount {still}; left {root} in place")
        shutil.rmtree(root)


def self_test_in_root(deb: Path, source: Path) -> smoke.SmokeResult:
    """Install ``deb`` into a copy of the bare root ``source`` and run its self-test there.

    Returns the first failing smoke run, or the last one when all pass.
    """
    with _bare_root(source) as root:
        shutil.copy(deb, root / "tmp" / deb.name)
        for command in (
            ["apt-get", "update", "-q"],
            ["apt-get", "install", "-y", "-q", "--no-install-recommends", f"/tmp/{deb.name}"],
        ):
            result = subprocess.run(
                ["chroot", str(root), *command], env=APT_ENV, capture_output=True, text=True
            )
            if result.returncode != 0:
                return smoke.SmokeResult(
                    f"{' '.join(command[:2])} in the bare root",
                    result.returncode,
                    result.stdout,
                    result.stderr,
                    (),
                )
        runs = smoke.smoke_runs(
            ["/usr/bin/mentordesk"], "installed .deb in a bare Debian root", root
        )
        for run in runs:
            print(run.report(), flush=True)
        failed = [run for run in runs if not run.passed]
        return failed[0] if failed else runs[-1]
