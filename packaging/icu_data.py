"""ICU's data library, trimmed to what Qt asks of it, for the Linux build.

PySide6's Qt links ICU, and ICU's data (``libicudata.so.NN``: one read-only symbol,
``icudtNN_dat``, holding a package of about 3,900 items) is 31 MiB, a quarter of the
frozen folder. Qt calls four parts of ICU (the ``_NN`` symbols libQt6Core imports):
collation (``ucol_*``: QCollator, the file dialog's sort), time zones (``ucal_*``:
canonical ids and display names), charset converters (``ucnv_*``: QStringConverter
for names it does not know itself) and case mapping (``u_strToUpper``/``Lower``).

So the package keeps every item those need, for the root locale and the languages
MentorDesk speaks, and loses the rest (see ``kept``): 8 MiB are left. The spec
calls ``trim_binaries``, which writes a new ``libicudata.so.NN`` holding it with
binutils (``as`` and ``ld``; PyInstaller needs binutils already). For English,
German, French and Spanish (every regional variant) Qt's answers are unchanged
(tests/packaging/test_icu_data.py compares them). A system locale outside
KEPT_LANGUAGES falls back as ICU does for any locale it has no data for: the file
dialog sorts in the root collation order (a Swede's Å, Ä, Ö sort beside A and O,
not after Z) and time zones have their English names.

The item format is ICU's "common data" package (what ``icupkg`` reads and writes):
a data header, a table of contents (count, then name and data offsets relative to
the table), the names, then each item aligned to 16 bytes.
"""

from __future__ import annotations

import re
import shutil
import struct
import subprocess
import tempfile
from collections.abc import Iterable
from pathlib import Path

# English (the source language) and the translations MentorDesk ships (bundle_rules.LANGUAGES).
KEPT_LANGUAGES = ("en", "de", "fr", "es")

# Whole trees of the package that none of Qt's ICU calls reads, with what they are.
DROPPED_TREES = {
    "unit": "measurement unit names (ICU's number formatter; Qt formats numbers itself)",
    "curr": "currency names and symbols (Qt uses its own CLDR tables)",
    "lang": "language display names (QLocale::nativeLanguageName is Qt's own)",
    "translit": "transliterators (Qt never transliterates)",
    "rbnf": "rule-based number spelling (Qt never spells numbers)",
    "brkitr": "word and line break rules and dictionaries (Qt breaks text itself)",
}
# Trees with a file per locale: only the kept languages' files stay (plus root,
# the pool of shared keys and the index). The package's top level is such a tree
# too (the locales' main data: calendars, number symbols), besides its
# locale-independent items (Unicode properties, normalisation, converters, time
# zone rules, likely subtags, plural rules), which all stay.
LOCALE_TREES = {"coll", "zone", "region"}

_LOCALE = re.compile(r"[a-z]{2,3}(?:_[A-Za-z0-9]+)*")
_NOT_LOCALES = {"root", "pool", "res_index"}
_ALIGNMENT = 16
_PADDING = b"\xaa"  # what icupkg writes between items


def _is_locale(stem: str) -> bool:
    return stem not in _NOT_LOCALES and _LOCALE.fullmatch(stem) is not None


def kept(item: str) -> bool:
    """Whether an item of the package (``coll/de.res``, ``ucadata.icu``…) stays."""
    tree, _, name = item.rpartition("/")
    if tree in DROPPED_TREES:
        return False
    stem, _, extension = name.rpartition(".")
    if extension == "res" and (tree in LOCALE_TREES or not tree) and _is_locale(stem):
        return stem.split("_")[0] in KEPT_LANGUAGES
    return True


class Package:
    """An ICU common data package: its header and its items, in the table's order."""

    def __init__(self, header: bytes, prefix: str, items: list[tuple[str, bytes]]) -> None:
        self.header = header
        self.prefix = prefix  # "icudt73l/": every name starts with it
        self.items = items

    @classmethod
    def parse(cls, data: bytes) -> Package:
        header_size = struct.unpack_from("<H", data, 0)[0]
        if data[2:4] != b"\xda\x27":
            raise ValueError("not an ICU data package")
        if data[12:16] != b"CmnD":
            raise ValueError("not an ICU common data package (CmnD)")
        toc = header_size
        count = struct.unpack_from("<I", data, toc)[0]
        entries = [struct.unpack_from("<II", data, toc + 4 + 8 * i) for i in range(count)]
        names = [data[toc + n : data.index(b"\0", toc + n)].decode("ascii") for n, _ in entries]
        starts = [toc + offset for _, offset in entries]
        ends = [*starts[1:], len(data)]
        prefix = names[0].split("/", 1)[0] + "/"
        items = [
            (name.removeprefix(prefix), data[start:end])
            for name, start, end in zip(names, starts, ends, strict=True)
        ]
        return cls(data[:header_size], prefix, items)

    def trimmed(self) -> Package:
        """The same package holding only the items ``kept`` keeps."""
        return Package(self.header, self.prefix, [item for item in self.items if kept(item[0])])

    def to_bytes(self) -> bytes:
        count = len(self.items)
        names = b"".join((self.prefix + name).encode("ascii") + b"\0" for name, _ in self.items)
        table = 4 + 8 * count
        offset = _aligned(table + len(names))
        entries = []
        body = bytearray()
        name_offset = table
        for name, item in self.items:
            entries.append(struct.pack("<II", name_offset, offset + len(body)))
            name_offset += len(self.prefix) + len(name) + 1
            body += item
            body += _PADDING * (_aligned(len(body)) - len(body))
        head = struct.pack("<I", count) + b"".join(entries) + names
        head += _PADDING * (offset - len(head))
        return self.header + head + bytes(body)


def _aligned(size: int) -> int:
    return (size + _ALIGNMENT - 1) // _ALIGNMENT * _ALIGNMENT


def data_symbol(library: Path) -> tuple[str, bytes]:
    """The name and bytes of the ``icudtNN_dat`` symbol of an ICU data library (ELF64)."""
    elf = library.read_bytes()
    if elf[:4] != b"\x7fELF" or elf[4] != 2 or elf[5] != 1:
        raise ValueError(f"{library} is not a little-endian 64-bit ELF file")
    (shoff,) = struct.unpack_from("<Q", elf, 0x28)
    shentsize, shnum = struct.unpack_from("<HH", elf, 0x3A)
    sections = [struct.unpack_from("<IIQQQQIIQQ", elf, shoff + i * shentsize) for i in range(shnum)]
    dynsym = next(s for s in sections if s[1] == 11)  # SHT_DYNSYM
    strings = sections[dynsym[6]]  # its sh_link: .dynstr
    for index in range(dynsym[5] // 24):
        name_at, _info, _other, _shndx, value, size = struct.unpack_from(
            "<IBBHQQ", elf, dynsym[4] + index * 24
        )
        start = strings[4] + name_at
        name = elf[start : elf.index(b"\0", start)].decode("ascii")
        if re.fullmatch(r"icudt\d+_dat", name):
            section = next(s for s in sections if s[3] <= value < s[3] + s[5] and s[1] == 1)
            offset = section[4] + value - section[3]
            return name, elf[offset : offset + size]
    raise ValueError(f"{library} has no icudtNN_dat symbol")


def trimmed_library(original: Path, folder: Path) -> Path:
    """Write ``folder/<original's name>``: ICU's data library holding the trimmed package."""
    symbol, data = data_symbol(original)
    package = Package.parse(data).trimmed()
    target = folder / original.name
    with tempfile.TemporaryDirectory(prefix="mentordesk-icu-") as work:
        dat = Path(work) / "icudata.dat"
        dat.write_bytes(package.to_bytes())
        source = Path(work) / "icudata.s"
        # What ICU's own genccode writes for gcc, reduced to one symbol.
        source.write_text(
            "\t.section .rodata\n"
            f"\t.globl {symbol}\n"
            f"\t.type {symbol}, @object\n"
            f"\t.balign {_ALIGNMENT}\n"
            f"{symbol}:\n"
            f'\t.incbin "{dat}"\n'
            f"\t.size {symbol}, . - {symbol}\n"
            '\t.section .note.GNU-stack,"",@progbits\n',
            encoding="utf-8",
        )
        obj = Path(work) / "icudata.o"
        missing = [tool for tool in ("as", "ld") if shutil.which(tool) is None]
        if missing:
            raise SystemExit(
                f"The Linux build needs binutils ({', '.join(missing)} not found) to make "
                "ICU's trimmed data library: sudo apt-get install binutils"
            )
        subprocess.run(["as", "-o", str(obj), str(source)], check=True)
        subprocess.run(
            [
                "ld",
                "-shared",
                "-soname",
                original.name,
                "-z",
                "noexecstack",
                "-o",
                str(target),
                str(obj),
            ],
            check=True,
        )
    return target


# PyInstaller's table-of-contents entry: (name in the bundle, source, type code).
Entry = tuple[str, str, str]


def trim_binaries(binaries: Iterable[Entry], folder: Path) -> list[Entry]:
    """The binaries, ICU's data library replaced by a trimmed one made in ``folder``."""
    result = []
    for name, source, kind in binaries:
        if re.fullmatch(r"libicudata\.so\.\d+", Path(name).name):
            source = str(trimmed_library(Path(source), folder))
        result.append((name, source, kind))
    return result
