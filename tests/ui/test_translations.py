"""Every string a user sees can be translated: pyside6-lupdate finds it, in a context
the app also uses at run time, and no ``tr()`` is handed a variable."""

from __future__ import annotations

import ast
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
SOURCES = sorted(
    path
    for path in (ROOT / "mentordesk").rglob("*.py")
    if "migrations" not in path.parts and "__pycache__" not in path.parts
)


def lupdate() -> str:
    found = shutil.which("pyside6-lupdate", path=str(Path(sys.executable).parent))
    assert found, "pyside6-lupdate comes with pyside6-essentials"
    return found


def test_lupdate_extracts_every_string_into_a_named_context(tmp_path: Path) -> None:
    output = tmp_path / "mentordesk.ts"
    result = subprocess.run(
        [lupdate(), *map(str, SOURCES), "-ts", str(output)],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    text = output.read_text(encoding="utf-8")
    contexts = dict(
        (name, len(re.findall("<message", body)))
        for name, body in re.findall(r"<context>\s*<name>(.*?)</name>(.*?)</context>", text, re.S)
    )
    # A string in no context was marked by a helper lupdate cannot see through; the app
    # would look it up under another context and never find its translation.
    assert "" not in contexts, f"{contexts['']} strings have no context"
    assert sum(contexts.values()) > 400
    for expected in ("MentorForm", "labels", "messages", "undo", "MeetingsView", "areas"):
        assert contexts.get(expected, 0) > 0, f"nothing extracted for {expected}"


def _calls(tree: ast.AST) -> list[ast.Call]:
    return [node for node in ast.walk(tree) if isinstance(node, ast.Call)]


def _literal(node: ast.expr) -> bool:
    return isinstance(node, ast.Constant) and isinstance(node.value, str)


def _own_class(node: ast.expr) -> bool:
    # type(self).__name__: a table's HEADERS are marked under the class's own name;
    # spec.context: a form's field table (record_editor.Field) declares the context its
    # words are marked under, and each of those words is marked with QT_TRANSLATE_NOOP
    # in it (test_plurals checks that lupdate extracts every one).
    return ast.unparse(node) in ("type(self).__name__", "self.context", "spec.context")


def _marked_lookup(node: ast.expr) -> bool:
    # QCoreApplication.translate("ctx", str(LABELS[x])): text marked with QT_TRANSLATE_NOOP.
    return isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id == "str"


@pytest.mark.parametrize("path", SOURCES, ids=lambda p: str(p.relative_to(ROOT)))
def test_no_tr_of_a_variable(path: Path) -> None:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    problems = []
    for call in _calls(tree):
        func = call.func
        name = func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", "")
        where = f"{path.name}:{call.lineno}"
        if name == "tr" and (not call.args or not _literal(call.args[0])):
            problems.append(f"{where}: tr() of something that is not a literal string")
        if (
            name == "translate"
            and isinstance(func, ast.Attribute)
            and isinstance(func.value, ast.Name)
            and func.value.id == "QCoreApplication"
        ):
            if len(call.args) < 2 or not (_literal(call.args[0]) or _own_class(call.args[0])):
                problems.append(f"{where}: translate() needs a literal context")
            elif not (_literal(call.args[1]) or _marked_lookup(call.args[1])):
                problems.append(f"{where}: translate() of an unmarked variable")
    assert problems == []
