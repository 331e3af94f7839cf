"""German, French and Spanish are complete: every string the code marks has a finished
translation in the shipped ``.ts`` (as Weblate reads them), keeps its placeholders and
mnemonic, counts have their plural forms, the ``.qm`` the app loads is made from its
``.ts``; and no text shown in the window is left unmarked for translation."""

from __future__ import annotations

import ast
import re
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from tests.ui.test_plurals import translations_script

ROOT = Path(__file__).resolve().parents[2]
SHIPPED = ("de", "fr", "es")


def messages(code: str) -> dict[tuple[str, str], ET.Element]:
    path = ROOT / "resources" / "translations" / f"mentordesk_{code}.ts"
    root = ET.parse(path).getroot()
    assert root.get("language") == code
    return {
        (context.findtext("name") or "", message.findtext("source") or ""): message
        for context in root.iter("context")
        for message in context.iter("message")
    }


def _mnemonics(text: str) -> int:
    return len(re.findall(r"&(?!&)\w", text.replace("&&", "")))


@pytest.mark.parametrize("code", SHIPPED)
def test_every_string_has_a_finished_translation_that_keeps_its_placeholders(
    code: str,
) -> None:
    script = translations_script()
    held = messages(code)
    problems = []
    for key in script.extract():
        context, source = key
        message = held.get(key)
        where = f"{context}: {source[:60]!r}"
        if message is None:
            problems.append(f"{where}: missing")
            continue
        translation = message.find("translation")
        assert translation is not None
        if translation.get("type") in ("unfinished", "vanished", "obsolete"):
            problems.append(f"{where}: {translation.get('type')}")
            continue
        forms = [f.text or "" for f in translation.iter("numerusform")]
        if "%n" in source:
            if message.get("numerus") != "yes" or len(forms) != 2 or not all(forms):
                problems.append(f"{where}: needs its two plural forms, has {forms}")
        else:
            forms = [translation.text or ""]
            if not forms[0].strip():
                problems.append(f"{where}: empty")
        wanted = [part for part in script.kept_parts(source) if part != "%n"]
        for form in forms:
            if [part for part in script.kept_parts(form) if part != "%n"] != wanted:
                problems.append(f"{where}: {form[:60]!r} changes {wanted}")
            if _mnemonics(source) != _mnemonics(form):
                problems.append(f"{where}: {form[:60]!r} loses or adds its & key")
    assert problems == [], f"{len(problems)} in {code}:\n" + "\n".join(problems[:40])


@pytest.mark.parametrize("code", (*SHIPPED, "en_XA"))
def test_each_compiled_language_is_made_from_its_source(code: str, tmp_path: Path) -> None:
    script = translations_script()
    folder = ROOT / "resources" / "translations"
    fresh = tmp_path / f"{code}.qm"
    script.compile_qm(folder / f"mentordesk_{code}.ts", fresh)
    shipped = (folder / f"mentordesk_{code}.qm").read_bytes()
    assert fresh.read_bytes() == shipped, "run scripts/translations.py"


def test_the_pseudo_locale_is_longer_and_accented_everywhere() -> None:
    script = translations_script()
    held = messages("en_XA")
    forms = script.read_english()
    for (context, source), message in held.items():
        translation = message.find("translation")
        assert translation is not None
        texts = [f.text or "" for f in translation.iter("numerusform")] or [translation.text or ""]
        english = forms[(context, source)] if "%n" in source else (source,)
        for text, said in zip(texts, english, strict=True):
            assert text and text.startswith("[") and text.endswith("]"), (context, source)
            assert len(text) >= 1.4 * len(said) - 2, (context, source, text)
    assert script.pseudo("Save {name}") == "[Šàvé {name} ···]"


# Calls whose first text argument is shown to the person (for tell(): title and text).
SHOWN = {
    *("setText", "setWindowTitle", "setToolTip", "setPlaceholderText", "setAccessibleName"),
    *("setAccessibleDescription", "setStatusTip", "setWhatsThis", "showMessage", "addItem"),
    *("addTab", "insertTab", "setTabText", "setTitle", "addMenu", "addAction", "addRow"),
    *("setHeaderLabels", "setLabelText", "setInformativeText", "setSuffix", "setPrefix"),
    *("setSpecialValueText", "QLabel", "QPushButton", "QCheckBox", "QRadioButton"),
    *("QGroupBox", "QAction", "QToolButton", "tell", "ask"),
}
_WORDS = re.compile(r"[A-Za-z]{2,}")
_NAMES = re.compile(r"<[^>]+>|MentorDesk|https?://\S+")


def _literal(node: ast.expr) -> str | None:
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return node.value
    if isinstance(node, ast.JoinedStr):  # an f-string: its words
        return "".join(
            part.value
            for part in node.values
            if isinstance(part, ast.Constant) and isinstance(part.value, str)
        )
    return None


UI_SOURCES = sorted(
    [*(ROOT / "mentordesk" / "ui").rglob("*.py"), ROOT / "mentordesk" / "app.py"],
)


@pytest.mark.parametrize("path", UI_SOURCES, ids=lambda p: str(p.relative_to(ROOT)))
def test_no_text_shown_in_the_window_is_left_unmarked(path: Path) -> None:
    problems = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if not isinstance(node, ast.Call):
            continue
        func = node.func
        name = func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", "")
        if name not in SHOWN or not node.args:
            continue
        shown = node.args[1:3] if name in ("tell", "ask") else node.args[:1]
        for argument in shown:
            text = _literal(argument)
            if text is not None and _WORDS.search(_NAMES.sub("", text)):
                problems.append(f"{path.name}:{node.lineno}: {name}({text[:50]!r})")
    assert problems == [], "wrap these in tr() / QCoreApplication.translate()"
