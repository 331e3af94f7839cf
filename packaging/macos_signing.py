"""What macOS needs of MentorDesk.app before Gatekeeper opens it, as data a test can read.

Rules (Apple's "Signing your apps for Gatekeeper", TN2206):

- Nested code is signed before what contains it, deepest first: every Mach-O
  library and program, then each ``.framework`` as a bundle (PySide6's Qt
  frameworks carry an Info.plist and resources that their signature must seal,
  which signing the binary inside does not do), then the app.
- Everything with the hardened runtime and a secure timestamp (notarization
  refuses code without them); the entitlements go on the app alone.
- Symlinks are never signed: PyInstaller's Contents/Resources links into
  Contents/Frameworks, and the file they point to is signed once, where it is.
- Every Mach-O file may ask for a newer macOS than the app's
  ``LSMinimumSystemVersion``; :func:`too_new_for` finds those, so the Info.plist
  never promises a system the libraries refuse to load on.
"""

from __future__ import annotations

import base64
import os
import re
import secrets
import struct
import subprocess
import sys
import tempfile
from pathlib import Path

ENTITLEMENTS = Path(__file__).resolve().parent / "macos" / "entitlements.plist"

_THIN = {0xFEEDFACE: 28, 0xFEEDFACF: 32}  # 32- and 64-bit headers, little-endian
_FAT = {0xCAFEBABE: False, 0xCAFEBABF: True}  # big-endian; True: 64-bit offsets
_LC_VERSION_MIN_MACOSX = 0x24
_LC_BUILD_VERSION = 0x32
_PLATFORM_MACOS = 1

Version = tuple[int, int, int]


def _thin_minimum(data: bytes, start: int) -> Version | None:
    (magic,) = struct.unpack_from("<I", data, start)
    header = _THIN.get(magic)
    if header is None:
        return None
    ncmds = struct.unpack_from("<I", data, start + 16)[0]
    offset = start + header
    found: Version | None = None
    for _ in range(ncmds):
        command, size = struct.unpack_from("<II", data, offset)
        if command == _LC_BUILD_VERSION:
            platform, packed = struct.unpack_from("<II", data, offset + 8)
            if platform == _PLATFORM_MACOS:
                found = (packed >> 16, (packed >> 8) & 0xFF, packed & 0xFF)
        elif command == _LC_VERSION_MIN_MACOSX:
            (packed,) = struct.unpack_from("<I", data, offset + 8)
            found = (packed >> 16, (packed >> 8) & 0xFF, packed & 0xFF)
        offset += size
    return found


def _is_fat(head: bytes) -> bool:
    """True if ``head`` (8 bytes or more) starts a universal binary."""
    if len(head) < 8:
        return False
    magic, count = struct.unpack_from(">II", head, 0)
    # 0xCAFEBABE also starts a Java class file, where a version (45 or more) follows.
    return magic in _FAT and 0 < count <= 20


def _fat_slices(data: bytes) -> list[int] | None:
    """The offsets of a universal binary's slices, or None if ``data`` is not one."""
    if not _is_fat(data):
        return None
    magic, count = struct.unpack_from(">II", data, 0)
    wide = _FAT[magic]
    entry = 32 if wide else 20
    fmt = ">Q" if wide else ">I"
    return [struct.unpack_from(fmt, data, 8 + i * entry + 8)[0] for i in range(count)]


def is_macho(path: Path) -> bool:
    """True for a Mach-O program or library (one architecture or universal)."""
    if path.is_symlink() or not path.is_file():
        return False
    with path.open("rb") as file:
        head = file.read(8)
    if len(head) < 8:
        return False
    return struct.unpack_from("<I", head)[0] in _THIN or _is_fat(head)


def minimum_macos(path: Path) -> Version | None:
    """The newest macOS any architecture of ``path`` asks for (LC_BUILD_VERSION's minos)."""
    data = path.read_bytes()
    slices = _fat_slices(data)
    found = [_thin_minimum(data, start) for start in (slices if slices is not None else [0])]
    versions = [version for version in found if version is not None]
    return max(versions) if versions else None


def parse_version(text: str) -> Version:
    """``(13, 0, 0)`` from ``13.0`` or ``13``."""
    parts = [int(part) for part in text.split(".")] + [0, 0]
    return parts[0], parts[1], parts[2]


def too_new_for(app: Path, minimum: str) -> list[str]:
    """The Mach-O files in ``app`` that need a newer macOS than ``minimum``, with what they need."""
    limit = parse_version(minimum)
    found = []
    for path in _files(app):
        if is_macho(path):
            version = minimum_macos(path)
            if version is not None and version > limit:
                needed = ".".join(str(part) for part in version)
                found.append(f"{path.relative_to(app)} needs macOS {needed}")
    return found


def _files(top: Path) -> list[Path]:
    """Every file under ``top``, symlinks (to files or folders) left out."""
    found = []
    for folder, folders, files in os.walk(top):
        folders[:] = [name for name in folders if not (Path(folder) / name).is_symlink()]
        found += [Path(folder) / name for name in files if not (Path(folder) / name).is_symlink()]
    return found


def _framework_of(path: Path) -> Path | None:
    """The ``.framework`` whose main binary ``path`` is (X.framework/Versions/A/X)."""
    framework = path.parent.parent.parent
    if (
        framework.suffix == ".framework"
        and path.parent.parent.name == "Versions"
        and path.name == framework.stem
    ):
        return framework
    return None


def nested_code(app: Path) -> list[Path]:
    """What to sign inside ``app``, in order: deepest first, frameworks as bundles.

    A framework's main binary is signed by signing its bundle; the app's own
    program by signing the app. Both are left out here.
    """
    main_program = app / "Contents" / "MacOS" / "mentordesk"
    items: set[Path] = set()
    for path in _files(app):
        if path == main_program or not is_macho(path):
            continue
        framework = _framework_of(path)
        items.add(framework if framework is not None else path)
    for folder, folders, _files_here in os.walk(app):
        for name in folders:
            bundle = Path(folder) / name
            if bundle.suffix == ".framework" and not bundle.is_symlink():
                items.add(bundle)
    # Deepest first; at one depth, by name, so the order is the same on every run.
    return sorted(items, key=lambda p: (-len(p.relative_to(app).parts), p.as_posix()))


def sign_commands(app: Path, identity: str, entitlements: Path = ENTITLEMENTS) -> list[list[str]]:
    """The codesign commands that sign ``app`` for notarization, in the order to run them."""
    base = ["codesign", "--force", "--timestamp", "--options", "runtime", "--sign", identity]
    return [
        *([*base, str(path)] for path in nested_code(app)),
        [*base, "--entitlements", str(entitlements), str(app)],
        ["codesign", "--verify", "--deep", "--strict", "--verbose=2", str(app)],
    ]


def keychain_commands(
    keychain: Path, keychain_password: str, certificate: Path, certificate_password: str
) -> list[list[str]]:
    """Put a Developer ID certificate (.p12) in a new keychain that codesign may use unasked.

    Run before signing on a CI runner; ``security delete-keychain`` afterwards.
    The keychain's list is set separately (it needs the current list first).
    """
    import_p12 = [
        "security", "import", str(certificate), "-k", str(keychain), "-P", certificate_password,
        "-f", "pkcs12", "-t", "cert", "-T", "/usr/bin/codesign", "-T", "/usr/bin/security",
    ]  # fmt: skip
    # Without this, codesign stops at an "allow access to the key" prompt nobody answers.
    allow_codesign = [
        "security", "set-key-partition-list", "-S", "apple-tool:,apple:,codesign:",
        "-s", "-k", keychain_password, str(keychain),
    ]  # fmt: skip
    return [
        ["security", "create-keychain", "-p", keychain_password, str(keychain)],
        # Stay unlocked for six hours (a build), not the default five minutes.
        ["security", "set-keychain-settings", "-lut", "21600", str(keychain)],
        ["security", "unlock-keychain", "-p", keychain_password, str(keychain)],
        import_p12,
        allow_codesign,
    ]


def _keychain() -> Path:
    return Path(os.environ.get("RUNNER_TEMP") or tempfile.gettempdir()) / "mentordesk.keychain-db"


def import_certificate() -> None:
    """CI: the certificate from MACOS_CERTIFICATE_BASE64 into a temporary keychain.

    Does nothing without the secret (the build is then unsigned, as locally).
    """
    encoded = os.environ.get("MACOS_CERTIFICATE_BASE64", "")
    if not encoded:
        print("MACOS_CERTIFICATE_BASE64 not set: no certificate imported (unsigned build).")
        return
    keychain = _keychain()
    certificate = keychain.with_name("certificate.p12")
    certificate.write_bytes(base64.b64decode(encoded))
    certificate.chmod(0o600)
    try:
        commands = keychain_commands(
            keychain,
            secrets.token_urlsafe(24),  # only this job needs it, and only for a moment
            certificate,
            os.environ.get("MACOS_CERTIFICATE_PASSWORD", ""),
        )
        for command in commands:
            subprocess.run(command, check=True, capture_output=True)
    finally:
        certificate.unlink()
    listed = subprocess.run(
        ["security", "list-keychains", "-d", "user"], capture_output=True, text=True, check=True
    ).stdout
    # codesign searches the user's keychain list: add ours, keep the others.
    others = [name for name in re.findall(r'"([^"]+)"', listed) if name != str(keychain)]
    subprocess.run(
        ["security", "list-keychains", "-d", "user", "-s", str(keychain), *others], check=True
    )
    print(f"Certificate imported into {keychain}.")


def delete_keychain() -> None:
    """CI, always at the end: the temporary keychain and the key in it go."""
    keychain = _keychain()
    if keychain.exists():
        subprocess.run(["security", "delete-keychain", str(keychain)], check=True)


if __name__ == "__main__":
    actions = {"import-certificate": import_certificate, "delete-keychain": delete_keychain}
    if len(sys.argv) != 2 or sys.argv[1] not in actions:
        sys.exit(f"usage: {sys.argv[0]} {' | '.join(actions)}")
    actions[sys.argv[1]]()
