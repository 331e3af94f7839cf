"""What a Linux bundle's ELF files ask of the system, read with binutils' objdump.

Used by the spec (to keep only the libraries something still needs) and by the
.deb builder (to compute ``Depends:``). PyInstaller needs binutils anyway.
"""

from __future__ import annotations

import re
import subprocess
from collections.abc import Iterable
from pathlib import Path

_NEEDED = re.compile(r"^\s*NEEDED\s+(\S+)", re.MULTILINE)
_GLIBC = re.compile(r"\bGLIBC_(\d+)\.(\d+)(?:\.(\d+))?\b")


def is_elf(path: Path) -> bool:
    """Whether ``path`` is an ELF file (a library, an extension module, an executable)."""
    try:
        with path.open("rb") as file:
            return file.read(4) == b"\x7fELF"
    except OSError:
        return False


def needed(path: Path) -> list[str]:
    """The sonames ``path`` links against directly (its DT_NEEDED entries)."""
    output = subprocess.run(
        ["objdump", "-p", str(path)], capture_output=True, text=True, check=True
    ).stdout
    return _NEEDED.findall(output)


def glibc_versions(path: Path) -> set[tuple[int, ...]]:
    """The GLIBC_x.y symbol versions ``path`` requires (from its dynamic symbols)."""
    output = subprocess.run(
        ["objdump", "-T", str(path)], capture_output=True, text=True, check=True
    ).stdout
    found: set[tuple[int, ...]] = set()
    for line in output.splitlines():
        # Only undefined symbols ("*UND*") are requirements; defined ones are offers.
        if "*UND*" not in line:
            continue
        match = _GLIBC.search(line)
        if match:
            found.add(tuple(int(part) for part in match.groups() if part is not None))
    return found


def elf_files(folder: Path) -> list[Path]:
    """Every ELF file under ``folder`` (symlinks skipped: their targets are listed)."""
    return sorted(p for p in folder.rglob("*") if p.is_file() and not p.is_symlink() and is_elf(p))


def unresolved(files: Iterable[Path]) -> dict[str, list[Path]]:
    """Sonames needed by ``files`` that none of them provides, with who needs each.

    These are what the system must supply (libc, libGL, ...).
    """
    files = list(files)
    provided = {path.name for path in files}
    wanted: dict[str, list[Path]] = {}
    for path in files:
        for soname in needed(path):
            if soname not in provided:
                wanted.setdefault(soname, []).append(path)
    return wanted


def highest_glibc(files: Iterable[Path]) -> tuple[int, ...]:
    """The newest glibc symbol version any of ``files`` needs: the oldest glibc it runs on."""
    versions: set[tuple[int, ...]] = set()
    for path in files:
        versions |= glibc_versions(path)
    return max(versions, default=(2, 17))
