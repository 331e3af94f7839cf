#!/usr/bin/env python3
"""Make every icon file from the one SVG, resources/icons/mentordesk.svg.

    .venv/bin/pip install pillow          # once; only this script needs it
    .venv/bin/python scripts/make_icons.py

Writes (and the repository keeps) resources/icons/hicolor/NxN/apps/mentordesk.png
for Linux, mentordesk.ico (16-256) for Windows and mentordesk.icns for macOS.
The PNGs are rendered by Qt's own SVG renderer, so they look as the app draws
its icon; Pillow only packs them into .ico and .icns.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from PySide6.QtGui import QImage

ROOT = Path(__file__).resolve().parent.parent
ICONS = ROOT / "resources" / "icons"
SVG = ICONS / "mentordesk.svg"
# The sizes desktops look for in the hicolor theme.
HICOLOR_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)
ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)
ICNS_SIZES = (16, 32, 64, 128, 256, 512, 1024)


def hicolor_png(size: int) -> Path:
    return ICONS / "hicolor" / f"{size}x{size}" / "apps" / "mentordesk.png"


def render(size: int) -> QImage:
    """The SVG drawn into a transparent ``size`` x ``size`` image."""
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    renderer = QSvgRenderer(str(SVG))
    if not renderer.isValid():
        raise SystemExit(f"cannot read {SVG}")
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    renderer.render(painter)
    painter.end()
    return image


def main() -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    try:
        from PIL import Image
    except ImportError:
        print("Pillow is needed for .ico and .icns: .venv/bin/pip install pillow", file=sys.stderr)
        return 1
    from PySide6.QtGui import QGuiApplication

    _app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])
    rendered = {}
    for size in sorted(set(HICOLOR_SIZES) | set(ICO_SIZES) | set(ICNS_SIZES)):
        image = render(size)
        if size in HICOLOR_SIZES:
            target = hicolor_png(size)
            target.parent.mkdir(parents=True, exist_ok=True)
            if not image.save(str(target), "PNG"):
                raise SystemExit(f"could not write {target}")
            print(f"{target.relative_to(ROOT)}  {target.stat().st_size:,} bytes")
        scratch = ROOT / "build" / "icons" / f"{size}.png"
        scratch.parent.mkdir(parents=True, exist_ok=True)
        image.save(str(scratch), "PNG")
        rendered[size] = Image.open(scratch).convert("RGBA")

    # Each size is its own rendering (not a downscale of the largest), so small
    # icons stay sharp.
    ico = ICONS / "mentordesk.ico"
    largest = rendered[max(ICO_SIZES)]
    largest.save(
        ico,
        format="ICO",
        sizes=[(size, size) for size in ICO_SIZES],
        append_images=[rendered[size] for size in ICO_SIZES if size != max(ICO_SIZES)],
    )
    print(f"{ico.relative_to(ROOT)}  {ico.stat().st_size:,} bytes")
    icns = ICONS / "mentordesk.icns"
    rendered[max(ICNS_SIZES)].save(
        icns,
        format="ICNS",
        append_images=[rendered[size] for size in ICNS_SIZES if size != max(ICNS_SIZES)],
    )
    print(f"{icns.relative_to(ROOT)}  {icns.stat().st_size:,} bytes")
    return 0


if __name__ == "__main__":
    sys.exit(main())
