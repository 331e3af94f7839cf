"""The rules of the platform (docs/ARCHITECTURE.md), kept true by reading the code itself."""

from __future__ import annotations

import ast
import re
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


# -- The data layer (issue 16): no circles, SQL only in db/, the clock always passed. -----
def module_name(path: Path) -> str:
    parts = list(path.relative_to(ROOT).with_suffix("").parts)
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def _type_checking(test: ast.expr) -> bool:
    return ast.unparse(test) in {"TYPE_CHECKING", "typing.TYPE_CHECKING"}


def runtime_imports(path: Path, known: set[str]) -> set[str]:
    """The modules of ``known`` that ``path`` imports when it runs: at module level or
    inside a function, but not under ``if TYPE_CHECKING:`` (that never runs)."""
    name = module_name(path)
    package = name.split(".") if path.name == "__init__.py" else name.split(".")[:-1]
    found: set[str] = set()

    def visit(node: ast.AST) -> None:
        if isinstance(node, ast.If) and _type_checking(node.test):
            for branch in node.orelse:
                visit(branch)
            return
        if isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                parent = package[: len(package) - node.level + 1]
                base = ".".join([*parent, base] if base else parent)
            for alias in node.names:  # ``from package import module`` imports the module
                child = f"{base}.{alias.name}"
                found.add(child if child in known else base)
        for inner in ast.iter_child_nodes(node):
            visit(inner)

    visit(ast.parse(path.read_text(encoding="utf-8")))
    return (found & known) - {name}


def import_circles(graph: dict[str, set[str]]) -> list[list[str]]:
    """Every group of modules that import each other, directly or around a circle
    (Tarjan's strongly connected components of more than one module)."""
    order: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    circles: list[list[str]] = []

    def walk(module: str) -> None:
        order[module] = low[module] = len(order)
        stack.append(module)
        for imported in sorted(graph.get(module, ())):
            if imported not in order:
                walk(imported)
                low[module] = min(low[module], low[imported])
            elif imported in stack:
                low[module] = min(low[module], order[imported])
        if low[module] == order[module]:
            group = []
            while (member := stack.pop()) != module:
                group.append(member)
            if group:
                circles.append(sorted([module, *group]))

    for module in sorted(graph):
        if module not in order:
            walk(module)
    return circles


def test_the_circle_finder_finds_circles_and_nothing_else() -> None:
    graph = {"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": {"a"}, "e": {"e"}}
    assert import_circles(graph) == [["a", "b", "c"]]


def test_no_import_circle_in_db_and_services() -> None:
    paths = python_files(PACKAGE / "db") + python_files(PACKAGE / "services")
    modules = {module_name(path): path for path in paths}
    graph = {name: runtime_imports(path, set(modules)) for name, path in modules.items()}
    assert import_circles(graph) == []


# SQL statements, recognised by their shape so that "Delete…" or "Update progress" are not.
_SQL_SHAPE = re.compile(
    r"^\s*(SELECT\b.*\bFROM\b|INSERT\s+INTO\b|UPDATE\s+\w+\s+SET\b|DELETE\s+FROM\b"
    r"|WITH\s+(RECURSIVE\s+)?\w+\s+AS\s*\(|PRAGMA\s+\w+"
    r"|CREATE\s+(TABLE|INDEX|TRIGGER|VIEW|VIRTUAL|UNIQUE|TEMP))",
    re.IGNORECASE | re.DOTALL,
)


def is_sql(text: str) -> bool:
    """A statement, in any case but sentence case ("Select the rows from…" is for people)."""
    keyword = text.split(maxsplit=1)[0] if text.strip() else ""
    sentence = keyword[:1].isupper() and keyword[1:].islower()
    return bool(_SQL_SHAPE.match(text)) and not sentence


def string_literals(tree: ast.AST) -> list[tuple[int, str]]:
    """Every string in the code but docstrings; an f-string with ``_`` for its values."""
    docstrings = {
        id(node.body[0].value)
        for node in ast.walk(tree)
        if isinstance(node, ast.Module | ast.ClassDef | ast.FunctionDef | ast.AsyncFunctionDef)
        and node.body
        and isinstance(node.body[0], ast.Expr)
    }
    found = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Constant) and isinstance(node.value, str):
            if id(node) not in docstrings:
                found.append((node.lineno, node.value))
        elif isinstance(node, ast.JoinedStr):
            parts = [v.value if isinstance(v, ast.Constant) else "_" for v in node.values]
            found.append((node.lineno, "".join(str(part) for part in parts)))
    return found


def test_the_sql_finder_tells_statements_from_words() -> None:
    tree = ast.parse(
        'a = "SELECT id FROM mentor"\nb = f" pragma {name}"\nc = "Delete mentor"\n'
        'd = "Update progress…"\ne = "Select the rows from the list"\n'
        'f = "delete from goal where id = ?"\n'
    )
    assert [line for line, text in string_literals(tree) if is_sql(text)] == [1, 2, 6]


@pytest.mark.parametrize(
    "path",
    [p for p in python_files(PACKAGE) if p.relative_to(PACKAGE).parts[0] != "db"],
    ids=lambda p: str(p.relative_to(ROOT)),
)
def test_sql_is_written_only_in_db(path: Path) -> None:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    found = [line for line, text in string_literals(tree) if is_sql(text)]
    assert found == [], f"{path.name} writes SQL at lines {found}: build a select in db/"


CLOCK = {"now", "today"}


@pytest.mark.parametrize(
    "path", python_files(PACKAGE / "services"), ids=lambda p: str(p.relative_to(ROOT))
)
def test_services_are_given_the_clock(path: Path) -> None:
    defaulted = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef):
            arguments = node.args
            positional = arguments.posonlyargs + arguments.args
            with_default = positional[len(positional) - len(arguments.defaults) :] + [
                argument
                for argument, default in zip(
                    arguments.kwonlyargs, arguments.kw_defaults, strict=True
                )
                if default is not None
            ]
            defaulted += [f"{node.name}({a.arg}=…)" for a in with_default if a.arg in CLOCK]
    assert defaulted == [], "pass the caller's clock (context.now()/today()), never a default"


def test_the_stored_choices_load_without_sqlalchemy() -> None:
    """The UI names statuses and kinds from db/choices.py without loading the ORM."""
    assert imported_modules(PACKAGE / "db" / "choices.py") <= {"__future__", "enum"}


# -- the ring above the records platform: rooms, operations, messages ----------------
MODULES = {module_name(p): p for p in python_files(PACKAGE)}


def test_no_import_circle_in_mentordesk() -> None:
    """Not in db/ and services/ only: in the whole package (the ui's settings once tied
    15 modules into one circle through app.py)."""
    graph = {name: runtime_imports(path, set(MODULES)) for name, path in MODULES.items()}
    assert import_circles(graph) == []


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
        for other in runtime_imports(path, set(MODULES))
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


# The places that may watch every event of the application: the main window's one
# filter (ui/shell/app_filter.py) and the app lock (only while locked or counting
# idle minutes). Each application-wide filter is a call into Python for every event.
APP_FILTERS = {
    PACKAGE / "ui" / "shell" / "main_window.py",
    PACKAGE / "ui" / "shell" / "app_lock.py",
}


@pytest.mark.parametrize(
    "path", python_files(PACKAGE / "ui"), ids=lambda p: str(p.relative_to(ROOT))
)
def test_only_two_places_filter_every_event_of_the_application(path: Path) -> None:
    app_wide = [
        ast.unparse(call.args[0])
        for call in _calls(path)
        if isinstance(call.func, ast.Attribute)
        and call.func.attr == "installEventFilter"
        and ast.unparse(call.func.value) in {"app", "QApplication.instance()", "application"}
    ]
    if path in APP_FILTERS:
        assert app_wide in (["self._app_filter"], ["self"]), "one application-wide filter"
    else:
        assert app_wide == [], "add to ui/shell/app_filter.AppFilter instead"
