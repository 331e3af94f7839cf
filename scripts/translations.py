#!/usr/bin/env python3
"""Keep the translation files in step with the code.

    .venv/bin/python scripts/translations.py          # update the .ts files, compile .qm

English needs a translation only for counts: every string with ``%n`` ("%n
meeting(s)") gets its singular and plural forms in
``resources/translations/mentordesk_en.ts``. New ones are filled in by rule
("(s)" → "" / "s"); a form the rule cannot make (it has a "/", as in
"entry/entries") is written with its first and second choice, which is right for
every such string here (check new ones by eye).

German, French and Spanish (``mentordesk_de.ts``, ``_fr``, ``_es``: standard Qt
Linguist files, as Weblate reads them) are written from the reviewable word lists
``resources/translations/words/<code>.json``: ``"strings"`` maps an English source
to its translation (a list of the singular and plural forms for a count), and
``"in_context"`` overrides one for a context where the same English needs other
words. A translation edited in the ``.ts`` (Weblate) is kept where the list has
none. A string neither has is written ``unfinished`` and counted.

The pseudo-locale ``en_XA`` (``mentordesk_en_XA.ts``) is made by rule: every string
accented and 40 % longer, in brackets, so a layout that cuts or crowds it shows.

Then ``pyside6-lrelease`` compiles each ``.qm`` the app loads
(``mentordesk/ui/i18n.py``). ``tests/ui/test_plurals.py`` and
``tests/ui/test_languages.py`` fail on a count without forms, a stale ``.qm``, an
unfinished or missing translation, or a placeholder a translation lost.
"""

from __future__ import annotations

import json
import math
import re
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
FOLDER = ROOT / "resources" / "translations"
WORDS = FOLDER / "words"
ENGLISH_TS = FOLDER / "mentordesk_en.ts"
ENGLISH_QM = FOLDER / "mentordesk_en.qm"
LANGUAGES = ("de", "fr", "es")
PSEUDO = "en_XA"


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


def write_ts(path: Path, root: ET.Element) -> None:
    ET.indent(root)
    text = ET.tostring(root, encoding="unicode")
    path.write_text(
        '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + text + "\n", encoding="utf-8"
    )


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
    write_ts(ENGLISH_TS, root)


def compile_qm(ts: Path, qm: Path) -> None:
    subprocess.run([tool("pyside6-lrelease"), "-silent", str(ts), "-qm", str(qm)], check=True)


# What a translation keeps as it is: the name, placeholders, Qt markers, markup, links.
KEPT = re.compile(r"MentorDesk|\{[^{}]*\}|%n|%L?\d|<[^>]+>|&\w+;|&&|\n|https?://\S+")
_ACCENTED = str.maketrans(
    "abcdeghiklmnoprstuwyzABCDEGHIKLNOPRSTUWYZ",
    "àƀçđéĝĥîķĺḿñöþŕšţûŵýžÅƁÇĐÉĜĤÎĶĹÑÖÞŘŠŢÛŴÝŽ",
)


def kept_parts(text: str) -> list[str]:
    """The placeholders and markers of ``text``, sorted (a translation keeps each)."""
    return sorted(KEPT.findall(text))


def pseudo(text: str) -> str:
    """``text`` accented and 40 % longer, in brackets; placeholders kept as they are."""
    pieces, last = [], 0
    for found in KEPT.finditer(text):
        pieces += [text[last : found.start()].translate(_ACCENTED), found.group()]
        last = found.end()
    pieces.append(text[last:].translate(_ACCENTED))
    body = "".join(pieces)
    extra = max(1, math.ceil(len(text) * 0.4) - 2)
    padding = " ".join("·" * min(5, extra - i) for i in range(0, extra, 6))
    return f"[{body} {padding}]"


def read_ts(path: Path) -> dict[tuple[str, str], str | list[str]]:
    """The finished translations of a ``.ts``: (context, source) → text or forms."""
    if not path.exists():
        return {}
    held: dict[tuple[str, str], str | list[str]] = {}
    for context in ET.parse(path).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            if translation is None or translation.get("type") in ("unfinished", "obsolete"):
                continue
            forms = [f.text or "" for f in translation.iter("numerusform")]
            key = (name, message.findtext("source") or "")
            held[key] = forms if message.get("numerus") == "yes" else translation.text or ""
    return held


def read_words(code: str) -> tuple[dict[str, object], dict[str, dict[str, object]]]:
    path = WORDS / f"{code}.json"
    if not path.exists():
        return {}, {}
    data = json.loads(path.read_text(encoding="utf-8"))
    return data.get("strings", {}), data.get("in_context", {})


def write_language(
    code: str, keys: list[tuple[str, str]], translate: dict[tuple[str, str], object]
) -> int:
    """Write ``mentordesk_<code>.ts`` for ``keys``; the number left unfinished."""
    root = ET.Element("TS", version="2.1", language=code, sourcelanguage="en")
    unfinished = 0
    by_context: dict[str, list[str]] = {}
    for context, source in keys:
        by_context.setdefault(context, []).append(source)
    for context, texts in sorted(by_context.items()):
        element = ET.SubElement(root, "context")
        ET.SubElement(element, "name").text = context
        for source in texts:
            numerus = "%n" in source
            message = (
                ET.SubElement(element, "message", numerus="yes")
                if numerus
                else (ET.SubElement(element, "message"))
            )
            ET.SubElement(message, "source").text = source
            translation = ET.SubElement(message, "translation")
            found = translate.get((context, source))
            if numerus:
                forms = list(found) if isinstance(found, list) else []
                if len(forms) != 2 or not all(forms):
                    forms, found = ["", ""], None
                for form in forms:
                    ET.SubElement(translation, "numerusform").text = form
            elif isinstance(found, str) and found:
                translation.text = found
            else:
                found = None
            if found is None:
                translation.set("type", "unfinished")
                unfinished += 1
    write_ts(FOLDER / f"mentordesk_{code}.ts", root)
    return unfinished


def language_translations(code: str, keys: list[tuple[str, str]]) -> dict[tuple[str, str], object]:
    """What each key reads in ``code``: the word list, else the ``.ts`` as it is."""
    strings, in_context = read_words(code)
    held: dict[tuple[str, str], object] = dict(read_ts(FOLDER / f"mentordesk_{code}.ts"))
    for context, source in keys:
        found = in_context.get(context, {}).get(source, strings.get(source))
        if found:
            held[(context, source)] = found
    return held


def pseudo_translations(
    keys: list[tuple[str, str]], english: dict[tuple[str, str], tuple[str, str]]
) -> dict[tuple[str, str], object]:
    return {
        key: [pseudo(form) for form in english.get(key) or english_forms(key[1])]
        if "%n" in key[1]
        else pseudo(key[1])
        for key in keys
    }


def main() -> int:
    FOLDER.mkdir(parents=True, exist_ok=True)
    keys = list(extract())
    counts = [key for key in keys if "%n" in key[1]]
    write_english(counts, read_english())
    compile_qm(ENGLISH_TS, ENGLISH_QM)
    print(f"{len(counts)} counts with English plural forms in {ENGLISH_TS.relative_to(ROOT)}")
    english = read_english()
    write_language(PSEUDO, keys, pseudo_translations(keys, english))
    compile_qm(FOLDER / f"mentordesk_{PSEUDO}.ts", FOLDER / f"mentordesk_{PSEUDO}.qm")
    for code in LANGUAGES:
        left = write_language(code, keys, language_translations(code, keys))
        compile_qm(FOLDER / f"mentordesk_{code}.ts", FOLDER / f"mentordesk_{code}.qm")
        print(f"{code}: {len(keys) - left} of {len(keys)} strings translated, {left} unfinished")
    return 0


if __name__ == "__main__":
    sys.exit(main())
