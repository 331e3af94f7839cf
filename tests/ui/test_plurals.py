"""Every count is said with its plural forms: "1 meeting", "3 meetings", never "1 meeting(s)".

Counts are written once with Qt's ``%n``; the English forms live in
resources/translations/mentordesk_en.ts and its compiled .qm (scripts/translations.py).
"""

from __future__ import annotations

import importlib.util
import re
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


# A count written into a sentence by .format() before a plural noun: "{n} meetings" says
# "1 meetings" (issue 18, item 7). Counts go through %n, which has the forms.
_FORMATTED_COUNT = re.compile(
    r"\{(?:n|count|meetings|mentors|items|actions|weeks|days|months)\}"
    r"\s+(?:(?:open|more|unticked|agenda|things|pieces|of|advice|given)\s+)*"
    r"(?!was\b)(?:\w+s|times|advice)\b"
)


def test_no_count_is_formatted_into_a_plural_noun() -> None:
    script = translations_script()
    found = [
        f"{path.relative_to(ROOT)}:{line}: {text[:70]}"
        for path in script.sources()
        for line, text in _marked_sources(path)
        if _FORMATTED_COUNT.search(text)
    ]
    assert found == []


def test_a_long_name_in_the_status_line_ends_after_a_word_with_an_ellipsis() -> None:
    from mentordesk.ui.action_items.operations import short as item_name
    from mentordesk.ui.operation import short as idea_name

    idea = "Send Priya the conference recording and my notes on onboarding"
    assert idea_name(idea) == "Send Priya the conference recording and…"
    assert len(idea_name(idea)) <= 40
    assert item_name("Read **the** book") == "Read the book"
    assert item_name("word " * 20).endswith("word…")


def test_counts_read_right_in_the_singular(qapp: QApplication) -> None:
    """The three sentences the issue quoted: "1 open action items", "met 1 times",
    "1 meetings, 0 pieces of advice acted on"."""
    translate = QCoreApplication.translate
    assert translate("DashboardView", "%n open action item(s)", "", 1) == "1 open action item"
    assert translate("BalancePanel", "%n time(s)", "", 1) == "1 time"
    assert translate("ClosureReviewDialog", "%n meeting(s)", "", 1) == "1 meeting"
    assert (
        translate("ClosureReviewDialog", "%n piece(s) of advice acted on", "", 0)
        == "0 pieces of advice acted on"
    )
