#!/usr/bin/env python3
"""Keep the translation files in step with the code.

    .venv/bin/python scripts/translations.py          # update the .ts files, compile .qm

English needs a translation only for counts: every string with ``%n`` ("%n
meeting(s)") gets its singular and plural forms in
``resources/translations/mentordesk_en.ts``. New ones are filled in by rule
("(s)" → "" / "s"); a form the rule cannot make (it has a "/", as in
"entry/entries") is written with its first and second choice, which is right for
every such string here (check new ones by eye). Then ``pyside6-lrelease`` compiles
the ``.qm`` the app loads (``mentordesk/ui/i18n.py``). ``tests/ui/test_plurals.py``
fails when a count has no English forms or the ``.qm`` is older than its ``.ts``.
"""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
FOLDER = ROOT / "resources" / "translations"
ENGLISH_TS = FOLDER / "mentordesk_en.ts"
ENGLISH_QM = FOLDER / "mentordesk_en.qm"


def tool(name: str) -> str:
    found = shutil.which(name, path=str(Path(sys.executable).parent)) or shutil.which(name)
    if not found:
        raise SystemExit(f"{name} comes with pyside6-essentials; run this with .venv/bin/python")
    return found


def sources() -> list[Path]:
    return sorted(
        path
        for path in (ROOT / "mentordesk").rglob("*.py")
        if "migrations" not in path.parts and "__pycache__" not in path.parts
    )


def extract() -> dict[tuple[str, str], None]:
    """Every (context, source) pyside6-lupdate finds, in order."""
    with tempfile.TemporaryDirectory() as folder:
        output = Path(folder) / "all.ts"
        subprocess.run(
            [
                tool("pyside6-lupdate"),
                *map(str, sources()),
                "-locations",
                "none",
                "-ts",
                str(output),
            ],
            check=True,
            capture_output=True,
        )
        tree = ET.parse(output)
    found: dict[tuple[str, str], None] = {}
    for context in tree.getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            found[(name, message.findtext("source") or "")] = None
    return found


def english_forms(source: str) -> tuple[str, str]:
    """Singular and plural of a "%n" source string, by rule."""

    def pick(index: int) -> str:
        text = re.sub(r"\((\w+)\)", lambda m: m.group(1) if index else "", source)
        return re.sub(r"(\w+)/(\w+)", lambda m: m.group(1 + index), text)

    return pick(0), pick(1)


def read_english() -> dict[tuple[str, str], tuple[str, str]]:
    """What the English file holds now: (context, source) → (singular, plural)."""
    if not ENGLISH_TS.exists():
        return {}
    held = {}
    for context in ET.parse(ENGLISH_TS).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            forms = [f.text or "" for f in message.iter("numerusform")]
            if len(forms) == 2 and all(forms):
                held[(name, message.findtext("source") or "")] = (forms[0], forms[1])
    return held


def write_english(
    counts: list[tuple[str, str]], held: dict[tuple[str, str], tuple[str, str]]
) -> None:
    root = ET.Element("TS", version="2.1", language="en")
    by_context: dict[str, list[str]] = {}
    for context, source in counts:
        by_context.setdefault(context, []).append(source)
    for context, texts in sorted(by_context.items()):
        element = ET.SubElement(root, "context")
        ET.SubElement(element, "name").text = context
        for source in texts:
            message = ET.SubElement(element, "message", numerus="yes")
            ET.SubElement(message, "source").text = source
            translation = ET.SubElement(message, "translation")
            for form in held.get((context, source)) or english_forms(source):
                ET.SubElement(translation, "numerusform").text = form
    ET.indent(root)
    text = ET.tostring(root, encoding="unicode")
    ENGLISH_TS.write_text(
        '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + text + "\n", encoding="utf-8"
    )


def compile_qm(ts: Path, qm: Path) -> None:
    subprocess.run([tool("pyside6-lrelease"), "-silent", str(ts), "-qm", str(qm)], check=True)


def main() -> int:
    FOLDER.mkdir(parents=True, exist_ok=True)
    counts = [key for key in extract() if "%n" in key[1]]
    write_english(counts, read_english())
    compile_qm(ENGLISH_TS, ENGLISH_QM)
    print(f"{len(counts)} counts with English plural forms in {ENGLISH_TS.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
