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


def channel_bytes(image: QImage) -> bytes:
    """The image's pixels as straight (not premultiplied) RGBA bytes, row after row."""
    rgba = image.convertToFormat(QImage.Format.Format_RGBA8888)
    return bytes(rgba.constBits())[: rgba.sizeInBytes()]


# Qt's rasteriser rounds differently with the CPU's vector instructions (AVX-512
# machines differ from others by 1 in a channel of a few pixels), so a drawing
# of the same SVG may differ by one step per channel and no more.
TOLERANCE = 1


def differing_channels(first: QImage, second: QImage) -> int:
    """How many colour channels differ by more than TOLERANCE between two images."""
    return sum(
        abs(a - b) > TOLERANCE
        for a, b in zip(channel_bytes(first), channel_bytes(second), strict=True)
    )


@pytest.mark.parametrize("size", [16, 24, 32, 48, 64, 128, 256, 512])
def test_each_linux_icon_is_the_svg_drawn_at_its_size(qtbot: QtBot, size: int) -> None:
    committed = QImage(str(ICONS / "hicolor" / f"{size}x{size}" / "apps" / "mentordesk.png"))
    assert (committed.width(), committed.height()) == (size, size)
    fresh = make_icons().render(size)
    # Rerun scripts/make_icons.py after changing the SVG, or this fails.
    assert differing_channels(fresh, committed) == 0


def test_an_icon_drawn_from_another_picture_is_told_apart(qtbot: QtBot) -> None:
    """The tolerance forgives rounding, not a changed drawing: one pixel moved shows."""
    committed = QImage(str(ICONS / "hicolor" / "48x48" / "apps" / "mentordesk.png"))
    rounded = committed.convertToFormat(QImage.Format.Format_RGBA8888)
    colour = rounded.pixelColor(24, 24)
    colour.setRed(colour.red() ^ 1)  # one step off: rounding
    rounded.setPixelColor(24, 24, colour)
    assert differing_channels(rounded, committed) == 0
    changed = rounded.copy()
    colour.setRed(255 - colour.red())
    changed.setPixelColor(24, 24, colour)
    assert differing_channels(changed, committed) == 1


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
