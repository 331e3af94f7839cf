"""The macOS packaging steps, run here against recording stand-ins for Apple's tools.

codesign, ditto, hdiutil, security, spctl and xcrun are small programs put first
on PATH (macos_standin.py) that write each call to a file: the real code runs
them as subprocesses on an app laid out as PyInstaller lays out MentorDesk.app,
and the tests read back what a Mac would have been asked to do, in which order.
What only a Mac can show (that Apple accepts the signature) is left to the
release workflow on the macOS runners.
"""

from __future__ import annotations

import base64
import json
import plistlib
import stat
import struct
import sys
from pathlib import Path

import macos_dmg
import macos_signing
import pytest
from macos_info_plist import MINIMUM_MACOS, info_plist

from mentordesk import __version__

HERE = Path(__file__).resolve().parent
TOOLS = ("codesign", "ditto", "hdiutil", "security", "spctl", "xcrun")
IDENTITY = "Developer ID Application: MentorDesk developers (TEAM123456)"
NOTARY = {
    "MACOS_NOTARY_APPLE_ID": "release@example.com",
    "MACOS_NOTARY_TEAM_ID": "TEAM123456",
    "MACOS_NOTARY_PASSWORD": "app-specific-password",
}
Call = dict[str, object]


def macho(minimum: tuple[int, int, int] = (11, 0, 0)) -> bytes:
    """A 64-bit Mach-O header with one LC_BUILD_VERSION for macOS ``minimum``."""
    major, minor, patch = minimum
    header = struct.pack("<IiiIIIII", 0xFEEDFACF, 0x0100000C, 0, 6, 1, 24, 0, 0)
    build = struct.pack("<IIIIII", 0x32, 24, 1, major << 16 | minor << 8 | patch, 15 << 16, 0)
    return header + build


def universal(*slices: bytes) -> bytes:
    """A universal (fat) binary of ``slices``, each at a 16 KiB boundary."""
    offsets = [0x4000 * (index + 1) for index in range(len(slices))]
    head = struct.pack(">II", 0xCAFEBABE, len(slices))
    for offset, data in zip(offsets, slices, strict=True):
        head += struct.pack(">iiIII", 0x0100000C, 0, offset, len(data), 14)
    image = bytearray(head.ljust(offsets[-1] + len(slices[-1]), b"\0"))
    for offset, data in zip(offsets, slices, strict=True):
        image[offset : offset + len(data)] = data
    return bytes(image)


def framework(lib: Path, name: str) -> None:
    """X.framework as PySide6's wheels ship it: Versions/A, Current and top-level links."""
    version = lib / f"{name}.framework" / "Versions" / "A"
    (version / "Resources").mkdir(parents=True)
    (version / name).write_bytes(universal(macho((13, 0, 0)), macho((13, 0, 0))))
    (version / "Resources" / "Info.plist").write_bytes(plistlib.dumps({"CFBundleName": name}))
    (version.parent / "Current").symlink_to("A")
    (version.parent.parent / name).symlink_to(f"Versions/Current/{name}")
    (version.parent.parent / "Resources").symlink_to("Versions/Current/Resources")


@pytest.fixture
def app(tmp_path: Path) -> Path:
    """MentorDesk.app laid out as PyInstaller 6 lays it out (code in Frameworks)."""
    app = tmp_path / "dist" / "MentorDesk.app"
    contents = app / "Contents"
    (contents / "MacOS").mkdir(parents=True)
    (contents / "MacOS" / "mentordesk").write_bytes(macho())
    (contents / "Info.plist").write_bytes(
        plistlib.dumps({**info_plist(__version__), "CFBundleExecutable": "mentordesk"})
    )
    frameworks = contents / "Frameworks"
    (frameworks / "PySide6" / "Qt" / "plugins" / "platforms").mkdir(parents=True)
    (frameworks / "libpython3.11.dylib").write_bytes(macho())
    (frameworks / "PySide6" / "QtCore.abi3.so").write_bytes(macho())
    (frameworks / "PySide6" / "Qt" / "plugins" / "platforms" / "libqcocoa.dylib").write_bytes(
        macho((13, 0, 0))
    )
    framework(frameworks / "PySide6" / "Qt" / "lib", "QtCore")
    framework(frameworks / "PySide6" / "Qt" / "lib", "QtGui")
    (frameworks / "base_library.zip").write_bytes(b"PK\x05\x06" + b"\0" * 18)
    (contents / "Resources").mkdir()
    (contents / "Resources" / "mentordesk.icns").write_bytes(b"icns")
    (contents / "Resources" / "PySide6").symlink_to("../Frameworks/PySide6")
    (frameworks / "Python").symlink_to("libpython3.11.dylib")
    return app


@pytest.fixture
def record(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """The stand-ins first on PATH; returns the file they record their calls in."""
    tools = tmp_path / "bin"
    tools.mkdir()
    for tool in TOOLS:
        script = tools / tool
        script.write_text(
            f'#!/bin/sh\nexec "{sys.executable}" "{HERE / "macos_standin.py"}" {tool} "$@"\n'
        )
        script.chmod(script.stat().st_mode | stat.S_IXUSR)
    record = tmp_path / "calls.jsonl"
    record.touch()
    monkeypatch.setenv("PATH", f"{tools}:/usr/bin:/bin")
    monkeypatch.setenv("STANDIN_RECORD", str(record))
    monkeypatch.setenv("RUNNER_TEMP", str(tmp_path))
    for name in ("MACOS_SIGN_IDENTITY", *NOTARY, "STANDIN_NOTARY_STATUS"):
        monkeypatch.delenv(name, raising=False)
    return record


def calls(record: Path) -> list[Call]:
    return [json.loads(line) for line in record.read_text().splitlines()]


def argv(call: Call) -> list[str]:
    args = call["args"]
    assert isinstance(args, list)
    return [str(call["tool"]), *map(str, args)]


def index_of(found: list[Call], *start: str, last: str | None = None) -> int:
    """The position of the first call beginning with ``start`` (and ending in ``last``)."""
    for index, call in enumerate(found):
        command = argv(call)
        if command[: len(start)] == list(start) and (last is None or command[-1] == last):
            return index
    raise AssertionError(f"no call {start} ... {last} in {[argv(c) for c in found]}")


def signed(found: list[Call], app: Path) -> list[str]:
    """What was signed (not verified), relative to the app's parent, in order."""
    return [
        Path(argv(call)[-1]).relative_to(app.parent).as_posix()
        for call in found
        if call["tool"] == "codesign" and "--verify" not in argv(call)
    ]


def test_a_signed_and_notarized_release_signs_inside_out_and_staples_the_app_before_the_dmg(
    app: Path, record: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("MACOS_SIGN_IDENTITY", IDENTITY)
    for name, value in NOTARY.items():
        monkeypatch.setenv(name, value)

    dmg = macos_dmg.package(app, __version__, app.parent)

    found = calls(record)
    lib = "MentorDesk.app/Contents/Frameworks/PySide6/Qt/lib"
    # Deepest first: the plugin before the frameworks that hold none of it; each
    # framework as a bundle, never its binary alone; no symlink; the app last.
    assert signed(found, app) == [
        "MentorDesk.app/Contents/Frameworks/PySide6/Qt/plugins/platforms/libqcocoa.dylib",
        f"{lib}/QtCore.framework",
        f"{lib}/QtGui.framework",
        "MentorDesk.app/Contents/Frameworks/PySide6/QtCore.abi3.so",
        "MentorDesk.app/Contents/Frameworks/libpython3.11.dylib",
        "MentorDesk.app",
        dmg.name,
    ]
    for call in found:
        command = argv(call)
        if command[0] == "codesign" and "--verify" not in command:
            assert command[command.index("--sign") + 1] == IDENTITY
            assert "--timestamp" in command and "--force" in command
            if not command[-1].endswith(".dmg"):
                assert command[command.index("--options") + 1] == "runtime"
            # The entitlements belong to the app's program alone.
            assert ("--entitlements" in command) == command[-1].endswith("MentorDesk.app")
    verify_app = index_of(found, "codesign", "--verify", "--deep", "--strict", last=str(app))

    # The app is notarized (zipped) and stapled before it goes into the image.
    submit_app = index_of(found, "xcrun", "notarytool", "submit")
    assert argv(found[submit_app])[3].endswith("MentorDesk.zip")
    staple_app = index_of(found, "xcrun", "stapler", "staple", last=str(app))
    validate_app = index_of(found, "xcrun", "stapler", "validate", last=str(app))
    assess_app = index_of(found, "spctl", "--assess", "--type", "execute", last=str(app))
    create = index_of(found, "hdiutil", "create", last=str(dmg))
    assert verify_app < submit_app < staple_app < validate_app < assess_app < create
    assert found[create]["app_in_image_stapled"] is True

    # Then the image: signed, notarized, stapled, validated, assessed.
    sign_dmg = index_of(found, "codesign", "--force", last=str(dmg))
    submit_dmg = index_of(found, "xcrun", "notarytool", "submit", str(dmg))
    staple_dmg = index_of(found, "xcrun", "stapler", "staple", last=str(dmg))
    validate_dmg = index_of(found, "xcrun", "stapler", "validate", last=str(dmg))
    assess_dmg = index_of(found, "spctl", "--assess", "--type", "open", last=str(dmg))
    assert create < sign_dmg < submit_dmg < staple_dmg < validate_dmg < assess_dmg

    for index in (submit_app, submit_dmg):
        command = argv(found[index])
        # --wait, and an answer the build reads: the exit code says nothing of the verdict.
        assert "--wait" in command
        assert command[command.index("--output-format") + 1] == "json"
        assert command[command.index("--team-id") + 1] == "TEAM123456"
    assert dmg.read_bytes() == b"a disk image"


def test_a_refused_notarization_fetches_apples_log_and_stops_before_the_dmg(
    app: Path, record: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("MACOS_SIGN_IDENTITY", IDENTITY)
    for name, value in NOTARY.items():
        monkeypatch.setenv(name, value)
    monkeypatch.setenv("STANDIN_NOTARY_STATUS", "Invalid")

    with pytest.raises(SystemExit, match="Invalid") as refused:
        macos_dmg.package(app, __version__, app.parent)

    assert "not signed" in str(refused.value)  # the log's words, for whoever reads CI
    found = calls(record)
    log = index_of(found, "xcrun", "notarytool", "log")
    assert argv(found[log])[3] == "2efe2717-52ef-43a5-96dc-0797e4ca1041"
    assert not [c for c in found if argv(c)[:3] == ["xcrun", "stapler", "staple"]]
    assert not [c for c in found if argv(c)[:2] == ["hdiutil", "create"]]
    assert list(app.parent.glob("*.dmg")) == []


def test_without_secrets_nothing_is_signed_and_the_dmg_is_still_made(
    app: Path, record: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    dmg = macos_dmg.package(app, __version__, app.parent)

    assert [argv(call)[:2] for call in calls(record)] == [
        ["ditto", str(app)],
        ["hdiutil", "create"],
    ]
    assert dmg.name == f"MentorDesk-{__version__}-macos-{dmg.name.split('-')[-1]}"
    assert "not signed" in capsys.readouterr().out


def test_a_library_that_needs_a_newer_macos_than_the_plist_says_fails_the_build(
    app: Path, record: Path
) -> None:
    newer = (int(MINIMUM_MACOS.split(".")[0]) + 1, 2, 0)
    plugin = app / "Contents" / "Frameworks" / "PySide6" / "libnew.dylib"
    plugin.write_bytes(universal(macho((11, 0, 0)), macho(newer)))

    with pytest.raises(SystemExit, match=r"PySide6/libnew\.dylib needs macOS \d+\.2\.0"):
        macos_dmg.package(app, __version__, app.parent)
    assert calls(record) == []


def test_the_minimum_macos_is_read_from_every_slice_of_a_universal_binary(tmp_path: Path) -> None:
    binary = tmp_path / "lib.dylib"
    binary.write_bytes(universal(macho((11, 0, 0)), macho((14, 2, 1))))
    assert macos_signing.minimum_macos(binary) == (14, 2, 1)
    assert macos_signing.is_macho(binary)
    java = tmp_path / "Old.class"  # the same first four bytes, not a Mach-O file
    java.write_bytes(struct.pack(">IHH", 0xCAFEBABE, 0, 52) + b"\0" * 16)
    assert not macos_signing.is_macho(java)


def test_the_certificate_goes_into_a_temporary_keychain_codesign_may_use_unasked(
    record: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("MACOS_CERTIFICATE_BASE64", base64.b64encode(b"p12 bytes").decode())
    monkeypatch.setenv("MACOS_CERTIFICATE_PASSWORD", "p12-password")

    macos_signing.import_certificate()

    found = calls(record)
    keychain = str(tmp_path / "mentordesk.keychain-db")
    assert [argv(call)[1] for call in found] == [
        "create-keychain",
        "set-keychain-settings",
        "unlock-keychain",
        "import",
        "set-key-partition-list",
        "list-keychains",
        "list-keychains",
    ]
    imported = found[3]
    assert imported["certificate"] == "p12 bytes"
    assert argv(imported)[argv(imported).index("-P") + 1] == "p12-password"
    assert argv(imported)[argv(imported).index("-k") + 1] == keychain
    partition = argv(found[4])
    assert "apple-tool:,apple:,codesign:" in partition and partition[-1] == keychain
    # Searched first, and the runner's own keychains stay in the list.
    assert argv(found[6])[-3:] == [
        "-s",
        keychain,
        "/Users/runner/Library/Keychains/login.keychain-db",
    ]
    assert not (tmp_path / "certificate.p12").exists()  # the key is not left on disk

    macos_signing.delete_keychain()
    assert argv(calls(record)[-1]) == ["security", "delete-keychain", keychain]
    assert not Path(keychain).exists()


def test_without_a_certificate_the_keychain_is_left_alone(record: Path) -> None:
    macos_signing.import_certificate()
    macos_signing.delete_keychain()
    assert calls(record) == []
