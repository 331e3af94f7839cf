"""Every count is said with its plural forms: "1 meeting", "3 meetings", never "1 meeting(s)".

Counts are written once with Qt's ``%n``; the English forms live in
resources/translations/mentordesk_en.ts and its compiled .qm (scripts/translations.py).
"""

from __future__ import annotations

import importlib.util
import subprocess
from pathlib import Path
from types import ModuleType

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication

ROOT = Path(__file__).resolve().parents[2]


def translations_script() -> ModuleType:
    path = ROOT / "scripts" / "translations.py"
    spec = importlib.util.spec_from_file_location("translations", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_every_count_in_the_code_has_english_forms() -> None:
    script = translations_script()
    counts = {key for key in script.extract() if "%n" in key[1]}
    held = script.read_english()
    missing = sorted(f"{context}: {source}" for context, source in counts - held.keys())
    assert missing == [], "run scripts/translations.py, then check the new forms"
    for (context, source), (one, many) in held.items():
        assert "(s)" not in one + many and "/" not in one + many, (context, source)


def test_the_compiled_translation_is_made_from_its_source(tmp_path: Path) -> None:
    script = translations_script()
    fresh = tmp_path / "en.qm"
    script.compile_qm(script.ENGLISH_TS, fresh)
    assert fresh.read_bytes() == script.ENGLISH_QM.read_bytes(), "run scripts/translations.py"


def test_the_app_shows_counts_in_english_plural_forms(qapp: QApplication) -> None:
    def shown(n: int) -> str:
        return QCoreApplication.translate("vocabulary", "%n meeting(s)", None, n)

    assert [shown(n) for n in (0, 1, 2, 21)] == [
        "0 meetings",
        "1 meeting",
        "2 meetings",
        "21 meetings",
    ]


def test_a_fresh_python_finds_the_translation_the_app_installs() -> None:
    """The running app (not only the tests) loads the plural forms."""
    code = (
        "import os; os.environ['QT_QPA_PLATFORM']='offscreen'\n"
        "from mentordesk.app import make_application\n"
        "from mentordesk.services.kinds import Kind\n"
        "from mentordesk.ui import vocabulary\n"
        "app = make_application(['x'])\n"
        "print(vocabulary.count(Kind.ACTION_ITEM, 1))\n"
    )
    import sys

    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, timeout=60, check=True
    )
    assert result.stdout.strip() == "1 action item"


def _marked_sources(path: Path) -> list[tuple[int, str]]:
    """The literal source strings of translate()/tr()/QT_TRANSLATE_NOOP calls in ``path``."""
    import ast

    found = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if not isinstance(node, ast.Call):
            continue
        func = node.func
        name = func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", "")
        position = {"translate": 1, "QT_TRANSLATE_NOOP": 1, "tr": 0, "QT_TR_NOOP": 0}.get(name)
        if position is None or len(node.args) <= position:
            continue
        text = node.args[position]
        if isinstance(text, ast.Constant) and isinstance(text.value, str):
            found.append((node.lineno, text.value))
    return found


def test_every_marked_string_reaches_the_translators() -> None:
    """pyside6-lupdate skips some expressions (a translate() inside ``a if c else b`` in a
    list, say): such a string could never be translated, nor get its plural forms."""
    script = translations_script()
    extracted = {source for _context, source in script.extract()}
    missing = [
        f"{path.relative_to(ROOT)}:{line}: {text[:60]}"
        for path in script.sources()
        for line, text in _marked_sources(path)
        if text not in extracted
    ]
    assert missing == []
