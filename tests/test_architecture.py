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


# -- the ring above the records platform: rooms, operations, messages ----------------


def module_name(path: Path) -> str:
    parts = list(path.relative_to(ROOT).with_suffix("").parts)
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


MODULES = {module_name(p): p for p in python_files(PACKAGE)}


def runtime_imports(path: Path) -> set[str]:
    """The package's modules ``path`` imports when it runs (at module level or inside a
    function); imports under ``if TYPE_CHECKING:`` are for the type checker only."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    typing_only = {
        id(inner)
        for node in ast.walk(tree)
        if isinstance(node, ast.If) and "TYPE_CHECKING" in ast.unparse(node.test)
        for inner in ast.walk(node)
    }
    found = set()
    for node in ast.walk(tree):
        if id(node) in typing_only:
            continue
        if isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            for alias in node.names:
                child = f"{node.module}.{alias.name}"
                found.add(child if child in MODULES else node.module)
        elif isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
    return {name for name in found if name in MODULES}


def import_circles(prefix: str) -> list[list[str]]:
    """Groups of modules under ``prefix`` that import each other, directly or around."""
    graph = {
        name: {m for m in runtime_imports(path) if m.startswith(prefix) and m != name}
        for name, path in MODULES.items()
        if name.startswith(prefix)
    }
    order: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    circles = []

    def visit(name: str) -> None:  # Tarjan's strongly connected components
        order[name] = low[name] = len(order)
        stack.append(name)
        for other in graph[name]:
            if other not in order:
                visit(other)
                low[name] = min(low[name], low[other])
            elif other in stack:
                low[name] = min(low[name], order[other])
        if low[name] == order[name]:
            group = []
            while True:
                member = stack.pop()
                group.append(member)
                if member == name:
                    break
            if len(group) > 1:
                circles.append(sorted(group))

    for name in graph:
        if name not in order:
            visit(name)
    return circles


def test_no_import_circle_in_the_ui() -> None:
    assert import_circles("mentordesk.ui") == []


# The ui's folders by height: a module imports only from its own height or below.
# The platform (ui/*.py: context, messages, vocabulary, operation...) is the floor;
# small widgets sit on it, then the list platform, then the rooms of each feature,
# then the shell (main window, areas, app-level dialogs) that holds them all.
UI_HEIGHTS = {"widgets": 1, "lists": 2, "shell": 4}


def ui_height(module: str) -> int:
    parts = module.split(".")[2:]
    if len(parts) <= 1:
        return 0
    return UI_HEIGHTS.get(parts[0], 3)


@pytest.mark.parametrize(
    "path", python_files(PACKAGE / "ui"), ids=lambda p: str(p.relative_to(ROOT))
)
def test_no_ui_module_imports_from_a_higher_folder(path: Path) -> None:
    name = module_name(path)
    higher = sorted(
        other
        for other in runtime_imports(path)
        if other.startswith("mentordesk.ui") and ui_height(other) > ui_height(name)
    )
    assert higher == []


def _calls(path: Path) -> list[ast.Call]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    return [node for node in ast.walk(tree) if isinstance(node, ast.Call)]


@pytest.mark.parametrize(
    "path", python_files(PACKAGE / "ui"), ids=lambda p: str(p.relative_to(ROOT))
)
def test_nothing_reaches_into_a_window_by_attribute_name(path: Path) -> None:
    """A record is shown with ``context.open(Ref(kind, id, facet))``, not by looking up
    a window's attributes by name (which breaks silently when one is renamed)."""
    reaching = [
        call.lineno
        for call in _calls(path)
        if isinstance(call.func, ast.Name)
        and call.func.id == "getattr"
        and "window" in ast.unparse(call.args[0]).lower()
    ]
    assert reaching == []


@pytest.mark.parametrize(
    "path",
    [p for p in python_files(PACKAGE) if p != PACKAGE / "ui" / "messages.py"],
    ids=lambda p: str(p.relative_to(ROOT)),
)
def test_only_ui_messages_builds_a_message_box(path: Path) -> None:
    boxes = [
        call.lineno
        for call in _calls(path)
        if ast.unparse(call.func).startswith("QMessageBox")
        and ast.unparse(call.func).split(".")[-1]
        in {"QMessageBox", "question", "warning", "information", "critical", "about"}
    ]
    assert boxes == [], "use ui/messages.tell, ask or confirm"


@pytest.mark.parametrize(
    "path",
    [p for p in python_files(PACKAGE / "ui") if p.name != "operation.py"],
    ids=lambda p: str(p.relative_to(ROOT)),
)
def test_every_undoable_change_is_a_named_operation(path: Path) -> None:
    """A change a person makes goes through ``ui/operation.perform`` from its room's
    operations.py, so its question, undo text and status are said once."""
    writes = [
        call.lineno
        for call in _calls(path)
        if isinstance(call.func, ast.Attribute)
        and call.func.attr == "write"
        and ast.unparse(call.func.value).endswith("context")
    ]
    assert writes == []
