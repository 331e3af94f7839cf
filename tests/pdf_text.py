"""The text of a PDF Qt wrote (``QPrinter`` with ``PdfFormat``), read back for tests.

Qt compresses each page's content (Flate) and draws text as glyph numbers of a
subset font; each font carries a ``ToUnicode`` map from glyph numbers to characters.
This reads just that much of PDF: objects, Flate streams, the fonts a page names
(``/F12 150 Tf``), their maps (``bfrange`` and ``bfchar``), and the glyphs each
``Tj`` shows, in order. Spaces are not drawn, so they do not come back.
"""

from __future__ import annotations

import re
import zlib
from pathlib import Path

_OBJECT = re.compile(rb"(\d+) 0 obj(.*?)endobj", re.S)
_STREAM = re.compile(rb"stream\r?\n(.*?)\r?\nendstream", re.S)
_HEX = re.compile(rb"<([0-9A-Fa-f]+)>")


def _objects(data: bytes) -> dict[int, bytes]:
    return {int(number): body for number, body in _OBJECT.findall(data)}


def _stream(body: bytes) -> bytes:
    found = _STREAM.search(body)
    if found is None:
        return b""
    raw = found.group(1)
    if b"FlateDecode" not in body[: found.start()]:
        return raw
    # A binary stream (an embedded font) may end in a byte the pattern took for the
    # line break before "endstream": take what inflates.
    return zlib.decompressobj().decompress(raw)


def _to_unicode(cmap: bytes) -> dict[int, str]:
    """A ToUnicode map: glyph number → character(s)."""
    chars: dict[int, str] = {}
    for block in re.findall(rb"beginbfrange(.*?)endbfrange", cmap, re.S):
        for line in block.strip().splitlines():
            codes = _HEX.findall(line)
            if len(codes) < 3:
                continue
            first, last = int(codes[0], 16), int(codes[1], 16)
            if b"[" in line:  # one target per glyph
                for offset, target in enumerate(codes[2:]):
                    chars[first + offset] = bytes.fromhex(target.decode()).decode("utf-16-be")
            else:  # consecutive targets from the first
                start = int(codes[2], 16)
                for offset in range(last - first + 1):
                    chars[first + offset] = chr(start + offset)
    for block in re.findall(rb"beginbfchar(.*?)endbfchar", cmap, re.S):
        for glyph, target in re.findall(rb"<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>", block):
            chars[int(glyph, 16)] = bytes.fromhex(target.decode()).decode("utf-16-be")
    return chars


def page_count(path: Path) -> int:
    return len(re.findall(rb"/Type\s*/Page\b(?!s)", path.read_bytes()))


def pdf_text(path: Path) -> list[str]:
    """Each text block (``BT`` … ``ET``) of every page, as the characters it shows."""
    objects = _objects(path.read_bytes())
    fonts: dict[bytes, dict[int, str]] = {}  # resource name → its map
    for body in objects.values():
        for name, number in re.findall(rb"/(F\d+)\s+(\d+) 0 R", body):
            font = objects.get(int(number), b"")
            to_unicode = re.search(rb"/ToUnicode\s+(\d+) 0 R", font)
            if to_unicode is not None:
                fonts[name] = _to_unicode(_stream(objects[int(to_unicode.group(1))]))
    blocks = []
    for body in objects.values():
        if b"/Length" not in body:
            continue
        content = _stream(body)
        for block in re.findall(rb"BT(.*?)ET", content, re.S):
            chars: dict[int, str] = {}
            text = []
            for token in re.finditer(rb"/(F\d+)\s+[\d.]+\s+Tf|<([0-9A-Fa-f]+)>\s*Tj", block):
                if token.group(1):
                    chars = fonts.get(token.group(1), {})
                else:
                    hex_glyphs = token.group(2).decode()
                    for i in range(0, len(hex_glyphs), 4):
                        text.append(chars.get(int(hex_glyphs[i : i + 4], 16), "?"))
            if text:
                blocks.append("".join(text))
    return blocks
