"""The icon files the installers carry are the one SVG, at every size a desktop asks for."""

from __future__ import annotations

import importlib.util
from pathlib import Path
from types import ModuleType

import pytest
from PySide6.QtGui import QImage, QImageReader
from pytestqt.qtbot import QtBot

ROOT = Path(__file__).resolve().parents[2]
ICONS = ROOT / "resources" / "icons"


def make_icons() -> ModuleType:
    spec = importlib.util.spec_from_file_location("make_icons", ROOT / "scripts" / "make_icons.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.mark.parametrize("size", [16, 24, 32, 48, 64, 128, 256, 512])
def test_each_linux_icon_is_the_svg_drawn_at_its_size(qtbot: QtBot, size: int) -> None:
    committed = QImage(str(ICONS / "hicolor" / f"{size}x{size}" / "apps" / "mentordesk.png"))
    assert (committed.width(), committed.height()) == (size, size)
    fresh = make_icons().render(size).convertToFormat(committed.format())
    # Rerun scripts/make_icons.py after changing the SVG, or this fails.
    assert fresh == committed


def test_the_windows_icon_holds_every_size_from_16_to_256(qtbot: QtBot) -> None:
    reader = QImageReader(str(ICONS / "mentordesk.ico"))
    sizes = set()
    for index in range(reader.imageCount()):
        reader.jumpToImage(index)
        image = reader.read()
        assert not image.isNull()
        sizes.add(image.width())
    assert sizes == {16, 24, 32, 48, 64, 128, 256}


# .icns entry types and the pixel size of their PNG (Apple's icon family format).
ICNS_TYPES = {
    b"ic07": 128,
    b"ic08": 256,
    b"ic09": 512,
    b"ic10": 1024,
    b"ic11": 32,
    b"ic12": 64,
    b"ic13": 256,
    b"ic14": 512,
}


def test_the_macos_icon_holds_every_retina_size(qtbot: QtBot) -> None:
    data = (ICONS / "mentordesk.icns").read_bytes()
    assert data[:4] == b"icns"
    assert int.from_bytes(data[4:8], "big") == len(data)
    found = {}
    offset = 8
    while offset < len(data):
        kind, length = (
            data[offset : offset + 4],
            int.from_bytes(data[offset + 4 : offset + 8], "big"),
        )
        if kind in ICNS_TYPES:
            image = QImage.fromData(data[offset + 8 : offset + length])
            found[kind] = image.width()
        offset += length
    assert offset == len(data), "the entries do not add up to the file"
    assert found == ICNS_TYPES
