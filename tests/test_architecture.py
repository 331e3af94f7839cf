"""The rules of the platform (DESIGN.md), kept true by reading the code itself."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
PACKAGE = ROOT / "mentordesk"


def python_files(folder: Path) -> list[Path]:
    return sorted(p for p in folder.rglob("*.py") if "__pycache__" not in p.parts)


def imported_modules(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    found: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module:
            found.add(node.module)
    return found


@pytest.mark.parametrize(
    "path", python_files(PACKAGE / "ui"), ids=lambda p: str(p.relative_to(ROOT))
)
def test_the_ui_neither_imports_sqlalchemy_nor_opens_a_session(path: Path) -> None:
    source = path.read_text(encoding="utf-8")
    assert not any(m.split(".")[0] == "sqlalchemy" for m in imported_modules(path))
    assert ".session(" not in source, "the UI reads and writes through its context"


@pytest.mark.parametrize(
    "path",
    python_files(PACKAGE / "db") + python_files(PACKAGE / "services"),
    ids=lambda p: str(p.relative_to(ROOT)),
)
def test_the_data_layer_never_imports_qt(path: Path) -> None:
    assert not any(m.split(".")[0] == "PySide6" for m in imported_modules(path))
    assert "mentordesk.ui" not in {".".join(m.split(".")[:2]) for m in imported_modules(path)}


def test_there_is_one_undo_command() -> None:
    commands = []
    for path in python_files(PACKAGE):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.ClassDef) and any(
                ast.unparse(base).endswith("QUndoCommand") for base in node.bases
            ):
                commands.append(f"{path.name}:{node.name}")
    assert commands == ["undo.py:RecordCommand"]


def _reads_error_text(node: ast.AST) -> bool:
    """``str(error)`` or ``error.args`` inside a comparison or ``in`` test."""
    for inner in ast.walk(node):
        if (
            isinstance(inner, ast.Call)
            and isinstance(inner.func, ast.Name)
            and inner.func.id == "str"
            and inner.args
            and isinstance(inner.args[0], ast.Name)
            and inner.args[0].id in {"error", "exc", "exception", "err"}
        ):
            return True
    return False


@pytest.mark.parametrize(
    "path",
    [p for p in python_files(PACKAGE) if "db" not in p.relative_to(PACKAGE).parts],
    ids=lambda p: str(p.relative_to(ROOT)),
)
def test_nothing_outside_db_decides_from_an_error_message(path: Path) -> None:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    deciding = [
        node.lineno
        for node in ast.walk(tree)
        if isinstance(node, ast.If | ast.IfExp | ast.Compare) and _reads_error_text(node)
    ]
    assert deciding == [], f"{path.name} decides from error text at lines {deciding}"


@pytest.mark.parametrize(
    "path",
    # A migration is one step of history, kept whole.
    [p for p in python_files(PACKAGE) if "migrations" not in p.parts],
    ids=lambda p: str(p.relative_to(ROOT)),
)
def test_no_module_is_past_400_lines(path: Path) -> None:
    lines = len(path.read_text(encoding="utf-8").splitlines())
    assert lines <= 400, f"{path.name} has {lines} lines: split it"
