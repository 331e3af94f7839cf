"""Issue 17's table: every figure beside its reference, measured in the same run. Figures only.

    .venv/bin/python scripts/heavy_user.py --data-dir /tmp/heavy1
    .venv/bin/python scripts/heavy_user.py --data-dir /tmp/heavy3 --scale 3
    .venv/bin/python scripts/bench_instant.py /tmp/heavy1 /tmp/heavy3 [--runs 3]

The successor of bench_platform.py (whose helpers it uses): one table with a column
per data folder (1x / 3x), each figure beside a reference program measured in the
same run, its ratio and the issue's target. Works on private copies of the
databases (it types notes and captures action items), offscreen unless
QT_QPA_PLATFORM says otherwise. Start-up and memory are measured in fresh
processes (median of --runs); a UI-thread stall is the longest gap between turns
of a 1 ms heartbeat, from the action until the loop is calm (bench_platform).

The capture of an action item in meeting mode is measured with every area on
screen in turn, as a user may have it: the worst of them is the table's figure.
A probe whose API is gone prints "n/a (why)" and the rest goes on.
"""

from __future__ import annotations

import argparse
import dataclasses
import json
import os
import platform
import resource
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

import bench_platform as bp
from bench_platform import (
    DATABASE_NAME,
    Unavailable,
    app,
    mib,
    ms,
    pump,
    wait_until,
)

AREAS = ("dashboard", "mentors", "meetings", "actions", "goals", "giveback", "prospects", "search")
KEYS = 300  # keystrokes timed per editor
RESET_ROWS = 60_000
COMMON_WORD = "the"

# The app's search SQL before issue 17 (every match ranked, then 50 taken): the
# reference the issue measured search against.
RAW_SEARCH = """
    SELECT kind, item_id, mentor_id, meeting_id, title,
           highlight(search_index, 4, char(2), char(3)),
           snippet(search_index, 5, char(2), char(3), '…', 24), rank
    FROM search_index
    WHERE search_index MATCH ?
      AND rank MATCH 'bm25(0.0, 0.0, 0.0, 0.0, 10.0, 1.0)'
    ORDER BY rank LIMIT 50
"""


# -- fresh processes ----------------------------------------------------------------------------
def child(probe: str, data: Path, *extra: str) -> dict[str, Any]:
    """Run ``probe`` in a fresh interpreter; its last line of output is JSON. Adds
    ``spawned``: the wall-clock moment the child was started."""
    spawned = time.time()
    result = subprocess.run(
        [sys.executable, __file__, str(data), "--probe", probe, *extra],
        capture_output=True,
        text=True,
        timeout=900,
    )
    lines = result.stdout.strip().splitlines()
    if result.returncode != 0 or not lines:
        reason = (result.stderr.strip().splitlines() or ["no output"])[-1]
        raise Unavailable(f"probe {probe} failed: {reason[:120]}")
    answer: dict[str, Any] = json.loads(lines[-1])
    if "unavailable" in answer:
        raise Unavailable(answer["unavailable"])
    answer["spawned"] = spawned
    return answer


def median_child(probe: str, data: Path, keys: tuple[str, ...], runs: int) -> dict[str, float]:
    """The median over ``runs`` fresh processes of each of ``keys`` (seconds since spawn)."""
    values: dict[str, list[float]] = {key: [] for key in keys}
    for _ in range(runs):
        answer = child(probe, data)
        for key in keys:
            if answer.get(key, -1) < 0:
                raise Unavailable(f"{probe}: {key} never happened")
            values[key].append(answer[key] - answer["spawned"])
    return {key: statistics.median(found) for key, found in values.items()}


def probe_start(data: Path) -> dict[str, Any]:
    """The real start (app.run): the first paint of the main window, then the first
    Dashboard section painted with rows. Wall-clock moments."""
    from PySide6.QtCore import QEvent, QObject, QTimer
    from PySide6.QtWidgets import QWidget

    from mentordesk import app as md_app

    marks: dict[str, float] = {}
    application = md_app.make_application()

    class Watch(QObject):
        def eventFilter(self, watched: QObject, event: QEvent) -> bool:
            if event.type() != QEvent.Type.Paint or not isinstance(watched, QWidget):
                return False
            window = watched.window()
            if window.objectName() != "mainWindow":
                return False
            marks.setdefault("paint", time.time())
            shown = getattr(watched, "shown_rows", None)
            if callable(shown) and watched.isVisible() and shown() and "rows" not in marks:
                marks["rows"] = time.time()
                QTimer.singleShot(0, window.close)
            return False

    watch = Watch()
    application.installEventFilter(watch)
    QTimer.singleShot(60_000, application.quit)
    md_app.run(str(data))
    return marks


def bare_window_painted(mark: str) -> dict[str, Any]:
    """Show an empty QMainWindow; ``{mark: when it first painted}`` (wall clock)."""
    from PySide6.QtCore import QEvent, QObject
    from PySide6.QtWidgets import QMainWindow, QWidget

    marks: dict[str, float] = {}
    app()
    window = QMainWindow()

    class Watch(QObject):
        def eventFilter(self, watched: QObject, event: QEvent) -> bool:
            if event.type() == QEvent.Type.Paint and isinstance(watched, QWidget):
                marks.setdefault(mark, time.time())
            return False

    watch = Watch()
    app().installEventFilter(watch)
    window.resize(1180, 740)
    window.show()
    wait_until(lambda: mark in marks, 10)
    return marks


def probe_start_reference(data: Path) -> dict[str, Any]:
    """A bare QMainWindow painted (import, show, first paint)."""
    return bare_window_painted("paint")


def probe_floor(data: Path) -> dict[str, Any]:
    """The floor of "data on screen": import Qt and SQLAlchemy's ORM, open the file,
    run one query, paint an empty window."""
    from PySide6.QtWidgets import QMainWindow  # noqa: F401 - Qt's import is part of it
    from sqlalchemy import create_engine, text
    from sqlalchemy.orm import Session

    engine = create_engine(f"sqlite:///{data / DATABASE_NAME}")
    with Session(engine) as session:
        session.execute(text("SELECT id, name FROM mentor ORDER BY name")).all()
    return bare_window_painted("rows")


def peak_kib() -> int:
    """This process's peak resident memory (KiB). /proc's VmHWM is the process's own;
    ru_maxrss would report a larger parent's (Linux keeps it across fork and exec)."""
    status = Path("/proc/self/status")
    if status.exists():
        for line in status.read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1])
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss


def probe_memory(data: Path) -> dict[str, Any]:
    """Peak memory of the real window with every area opened in turn (a search shown)."""
    app()
    with tempfile.TemporaryDirectory() as scratch:
        window = bp.build_window(data, Path(scratch) / "settings.ini")
        pump()
        bp.attach(window, data)
        pump(0.2)
        for key in AREAS:
            bp.open_area(window, key)
            pump(0.1)
        bp.search_for(window, "leadership")
        pump(0.5)
        bp.open_area(window, "dashboard")
        pump(0.3)
    return {"peak": peak_kib()}


def probe_memory_bare(data: Path) -> dict[str, Any]:
    from PySide6.QtWidgets import QMainWindow

    app()
    window = QMainWindow()
    window.resize(1180, 740)
    window.show()
    pump(0.3)
    return {"peak": peak_kib()}


def probe_import(data: Path) -> dict[str, Any]:
    """``mentordesk import`` of this data's export into an empty folder (seconds)."""
    with tempfile.TemporaryDirectory() as scratch:
        exported = Path(scratch) / "export.json"
        target = Path(scratch) / "target"
        command = [sys.executable, "-m", "mentordesk", "--data-dir"]
        root = Path(__file__).resolve().parents[1]  # this checkout's package, not another's
        subprocess.run([*command, str(data), "export", "-o", str(exported)], check=True, cwd=root)
        started = time.perf_counter()
        subprocess.run(
            [*command, str(target), "import", str(exported)],
            check=True,
            capture_output=True,
            cwd=root,
        )
        return {"seconds": time.perf_counter() - started}


PROBES: dict[str, Callable[[Path], dict[str, Any]]] = {
    "start": probe_start,
    "start-reference": probe_start_reference,
    "floor": probe_floor,
    "memory": probe_memory,
    "memory-bare": probe_memory_bare,
    "import": probe_import,
}


def run_probe(name: str, data: Path) -> int:
    try:
        answer = PROBES[name](data)
    except Unavailable as missing:
        answer = {"unavailable": str(missing)}
    print(json.dumps(answer))
    sys.stdout.flush()
    os._exit(0)  # Qt's teardown is not what is measured


# -- in one window ------------------------------------------------------------------------------
def stall_text(stalls: list[bp.Stall]) -> float:
    return max(s.longest for s in stalls)


def capture_with_areas(window: Any, held: str, runs: int) -> dict[str, float]:
    """The longest UI stall of a capture in meeting mode with each area on screen."""
    found: dict[str, float] = {}
    meeting_window, _took = bp.open_meeting(window, held)
    pump(0.3)
    try:
        for key in AREAS:
            try:
                bp.open_area(window, key)
            except Unavailable:
                continue
            pump(0.3)
            meeting_window.activateWindow()
            pump(0.1)
            found[key] = stall_text(bp.capture_stalls(meeting_window, runs))
    finally:
        meeting_window.close()
        pump(0.2)
    return found


def autosave_with_actions(window: Any, planned: str) -> float:
    bp.open_area(window, "actions")
    pump(0.3)
    meeting_window, _took = bp.open_meeting(window, planned)
    pump(0.3)
    try:
        bp.autosave_stall(meeting_window, "Ask about budget")
        return bp.autosave_stall(meeting_window, " and the plan").longest
    finally:
        meeting_window.close()
        pump(0.2)


def list_reload(
    window: Any, plain: bp.PlainList, area: bp.ListArea, runs: int
) -> tuple[float, float]:
    """Reload with the All filter, the app's and the plain reference's (medians)."""
    bp.open_area(window, area.key)
    area.all_filter(bp.area_view(window, area))
    pump(0.2)
    mine = statistics.median(bp.reload_time(window, area) for _ in range(runs))
    theirs = statistics.median(plain.reload(area.sql) for _ in range(runs))
    return mine, theirs


def header_sort(window: Any, area: bp.ListArea, runs: int) -> float:
    bp.open_area(window, area.key)
    area.all_filter(bp.area_view(window, area))
    pump(0.2)
    return statistics.median(bp.sort_time(window, area)[0] for _ in range(runs))


def big_reset(window: Any) -> tuple[float, float]:
    """Set 60,000 action items into the Action items list (All), and the plain model."""
    area = next(a for a in bp.LIST_AREAS if a.key == "actions")
    bp.open_area(window, "actions")
    view = bp.area_view(window, area)
    area.all_filter(view)
    pump(0.2)
    model = view.model
    rows = model.rows()
    if not rows:
        raise Unavailable("no action items")
    many = [
        dataclasses.replace(rows[n % len(rows)], id=f"{rows[n % len(rows)].id}-{n}")
        for n in range(RESET_ROWS)
    ]
    mine = bp.timed(lambda: model.set_rows(many))
    plain = bp.PlainList(Path("/nonexistent"))
    tuples = [
        (r.text, r.mentor_name, str(r.due_date), r.status, str(r.done_on), r.outcome) for r in many
    ]
    theirs = bp.timed(lambda: plain.model.set_rows(tuples))
    plain.close()
    view.reload()
    pump(0.2)
    return mine, theirs


def rare_word(database: Path) -> str:
    """A word in 3 to 12 entries of the index (the same one for the same data)."""
    connection = sqlite3.connect(database)
    try:
        connection.execute(
            "CREATE VIRTUAL TABLE temp.words USING fts5vocab(main, search_index, 'row')"
        )
        found = connection.execute(
            "SELECT term FROM temp.words WHERE doc BETWEEN 3 AND 12 AND length(term) >= 7 "
            "AND term GLOB '[a-z]*' ORDER BY term LIMIT 1"
        ).fetchone()
    finally:
        connection.close()
    if found is None:
        raise Unavailable("no rare word in the index")
    return str(found[0])


def search_times(window: Any, database: Path, word: str, runs: int) -> tuple[float, float]:
    """The app's search (the service through the context, as the UI asks it) and the
    old SQL run raw on sqlite3."""
    from mentordesk.services.search import search

    context = bp.window_context(window)
    context.read(search, word)  # warm
    mine = statistics.median(
        _seconds(lambda: context.read(search, word)) for _ in range(max(runs, 5))
    )
    connection = sqlite3.connect(f"file:{database}?mode=ro", uri=True)
    try:
        connection.execute(RAW_SEARCH, (f'"{word}"*',)).fetchall()
        theirs = statistics.median(
            _seconds(lambda: connection.execute(RAW_SEARCH, (f'"{word}"*',)).fetchall())
            for _ in range(max(runs, 5))
        )
    finally:
        connection.close()
    return mine, theirs


def typing_search_stall(window: Any, text: str) -> float:
    """Type ``text`` into the Search field a key every 60 ms: the longest UI stall."""
    from PySide6.QtCore import QTimer
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QLineEdit, QWidget

    bp.open_area(window, "search")
    view = bp.find(window, QWidget, "searchView")
    field = bp.find(view, QLineEdit, "searchField")
    field.clear()
    pump(0.3)
    keys = list(text)
    done = {"yes": False}

    def type_next() -> None:
        if not keys:
            done["yes"] = True
            return
        QTest.keyClicks(field, keys.pop(0))
        QTimer.singleShot(60, type_next)

    found = bp.watch_stalls(type_next, done=lambda: done["yes"], calm=1.0)
    return found.longest


def keystrokes(editor: Any) -> float:
    """p95 of one typed key and the paint it causes, at the end of the text."""
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QTextCursor
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication

    editor.setFocus()
    cursor = editor.textCursor()
    cursor.movePosition(QTextCursor.MoveOperation.End)
    editor.setTextCursor(cursor)
    pump(0.2)
    took = []
    text = "the quick brown fox asks about the budget " * 10
    for number in range(KEYS):
        character = text[number % len(text)]
        started = time.perf_counter()
        QTest.keyClick(editor, character, Qt.KeyboardModifier.NoModifier)
        QApplication.processEvents()
        took.append(time.perf_counter() - started)
    took.sort()
    return took[int(len(took) * 0.95)]


def typing_p95(window: Any, big: str) -> tuple[float, float]:
    from PySide6.QtWidgets import QPlainTextEdit

    meeting_window, _took = bp.open_meeting(window, big)
    pump(0.5)
    try:
        editor = bp.notes_editor(meeting_window)
        text = editor.toPlainText()
        mine = keystrokes(editor)
    finally:
        meeting_window.close()
        pump(0.3)
    bare = QPlainTextEdit()
    bare.resize(800, 600)
    bare.setPlainText(text)
    bare.show()
    pump(0.3)
    theirs = keystrokes(bare)
    bare.close()
    return mine, theirs


def journal_cost(window: Any, big: str) -> tuple[float, float]:
    """p95 of the typing journal's share of a keystroke in meeting mode (the
    ``JournalLink.record`` the notes' document calls on each edit: the edited text, a
    splice of the journal's copy, one ``write``), and p95 of the whole keystroke in the
    same typing."""
    meeting_window, _took = bp.open_meeting(window, big)
    pump(0.5)
    link = getattr(meeting_window, "journal_link", None)
    if link is None:
        raise Unavailable("no typing journal")
    original = link.record
    spent: list[float] = []

    def timed(*args: Any) -> None:
        started = time.perf_counter()
        original(*args)
        spent.append(time.perf_counter() - started)

    link.record = timed
    try:
        whole = keystrokes(bp.notes_editor(meeting_window))
    finally:
        link.record = original
        meeting_window.close()
        pump(0.3)
    if not spent:
        raise Unavailable("the journal saw no edit")
    spent.sort()
    return spent[int(len(spent) * 0.95)], whole


def big_note(database: Path) -> str:
    connection = sqlite3.connect(f"file:{database}?mode=ro", uri=True)
    try:
        found = connection.execute(
            "SELECT id FROM meeting WHERE length(notes) > 80000 ORDER BY length(notes) LIMIT 1"
        ).fetchone()
    finally:
        connection.close()
    if found is None:
        raise Unavailable("no meeting with about 100 KB of notes")
    return str(found[0])


def _seconds(action: Callable[[], object]) -> float:
    started = time.perf_counter()
    action()
    return time.perf_counter() - started


# -- the table ----------------------------------------------------------------------------------
@dataclasses.dataclass
class Figure:
    """One line of the table: per data folder, the measured value and the reference."""

    name: str
    target: str
    unit: str = "ms"  # ms, MiB or s
    measured: list[str] = dataclasses.field(default_factory=list)
    reference: list[str] = dataclasses.field(default_factory=list)
    ratio: list[str] = dataclasses.field(default_factory=list)


class Table:
    def __init__(self, only: tuple[str, ...] = ()) -> None:
        self.figures: dict[str, Figure] = {}
        self.only = only  # measure only the figures whose name holds one of these

    def put(
        self,
        name: str,
        target: str,
        column: int,
        measure: Callable[[], tuple[float | None, float | None, str]],
        unit: str = "ms",
    ) -> None:
        """``measure()`` gives (value, reference value or None, reference's name)."""
        if self.only and not any(part in name for part in self.only):
            return
        figure = self.figures.setdefault(name, Figure(name, target, unit))
        while len(figure.measured) < column:
            figure.measured.append("—")
            figure.reference.append("—")
            figure.ratio.append("—")
        try:
            value, reference, what = measure()
        except Unavailable as missing:
            value, reference, what = None, None, f"n/a ({missing})"
        except Exception as error:  # a reshaped UI may fail anywhere: say so, go on
            value, reference, what = None, None, f"n/a ({type(error).__name__}: {error})"[:140]
        figure.measured.append(self._format(value, unit) if value is not None else what)
        if reference is None:
            figure.reference.append(what if value is not None and what else "—")
            figure.ratio.append("—")
        else:
            figure.reference.append(f"{what} {self._format(reference, unit)}".strip())
            figure.ratio.append(f"{value / reference:.2f}" if value and reference else "—")
        print(f"  {name}: {figure.measured[-1]}  [{figure.reference[-1]}]", flush=True)

    @staticmethod
    def _format(value: float, unit: str) -> str:
        if unit == "MiB":
            return mib(value)
        if unit == "s":
            return f"{value:.1f} s"
        return ms(value)

    def print(self, scales: list[str]) -> None:
        head = (
            f"| figure ({' / '.join(scales)}) | MentorDesk | reference, same run | ratio | target |"
        )
        print()
        print(head)
        print("| --- | --- | --- | --- | --- |")
        for figure in self.figures.values():
            print(
                f"| {figure.name} | {' / '.join(figure.measured)} | "
                f"{' / '.join(figure.reference)} | {' / '.join(figure.ratio)} | {figure.target} |"
            )


def measure_folder(table: Table, column: int, source: Path, runs: int, imports: bool) -> None:
    with bp.data_copy(source) as data:
        database = data / DATABASE_NAME
        print(f"\n{source}: " + "; ".join(bp.describe(database)), flush=True)

        def start_up() -> dict[str, float]:
            return median_child("start", data, ("paint", "rows"), runs)

        starts: dict[str, dict[str, float]] = {}

        def first_paint() -> tuple[float, float, str]:
            starts["app"] = start_up()
            bare = median_child("start-reference", data, ("paint",), runs)
            return starts["app"]["paint"], bare["paint"], "bare QMainWindow"

        def dashboard() -> tuple[float, float, str]:
            if "app" not in starts:
                raise Unavailable("the start did not run")
            floor = median_child("floor", data, ("rows",), runs)
            return starts["app"]["rows"], floor["rows"], "Qt + SQLAlchemy, one query, empty window"

        table.put("first window painted", "≤ 1.3×", column, first_paint)
        table.put("Dashboard painted with data", "≤ 1.4× / 1.5×", column, dashboard)

        def memory() -> tuple[float, float, str]:
            mine = statistics.median(child("memory", data)["peak"] for _ in range(max(1, runs - 1)))
            bare = child("memory-bare", data)["peak"]
            return mine, bare, "bare window"

        table.put("peak memory, every area opened", "< 120 / 140 MiB", column, memory, "MiB")

        app()
        bp.STATEMENTS.listen()
        scratch = Path(tempfile.mkdtemp(prefix="mentordesk-bench17-"))
        window = bp.build_window(data, scratch / "settings.ini")
        pump(0.1)
        bp.attach(window, data)
        pump(0.5)
        picked = bp.pick_meetings(database)
        held = picked["held"][0] if picked["held"] else None
        planned = picked["planned"][0] if picked["planned"] else None
        captures: dict[str, float] = {}

        def capture_worst() -> tuple[float, None, str]:
            if held is None:
                raise Unavailable("no held meeting with ordinary notes")
            captures.update(capture_with_areas(window, held, runs))
            worst = max(captures, key=lambda key: captures[key])
            return captures[worst], None, f"worst with {worst} on screen"

        table.put(
            "capture in meeting mode, every area on screen in turn (UI stall)",
            "< 16 ms",
            column,
            capture_worst,
        )

        def capture_with(key: str) -> Callable[[], tuple[float, None, str]]:
            def measure() -> tuple[float, None, str]:
                if key not in captures:
                    raise Unavailable("not measured")
                return captures[key], None, ""

            return measure

        for key in ("actions", "meetings", "mentors"):
            table.put(f"  … with {key} on screen", "< 16 ms", column, capture_with(key))

        def autosave() -> tuple[float, None, str]:
            if planned is None:
                raise Unavailable("no planned meeting ahead")
            return autosave_with_actions(window, planned), None, ""

        table.put("autosave with Action items on screen (UI stall)", "< 16 ms", column, autosave)

        plain = bp.PlainList(database)
        for area in bp.LIST_AREAS[1:]:
            table.put(
                f"{area.title} reload (All)",
                "≤ 1.5× and < 100 ms at 1x",
                column,
                lambda area=area: (
                    *list_reload(window, plain, area, runs),
                    "sqlite3 + plain model",
                ),
            )
        plain.close()
        actions = next(a for a in bp.LIST_AREAS if a.key == "actions")
        table.put(
            "header-click sort, Action items (Mentor, All)",
            "< 50 ms at 3x",
            column,
            lambda: (header_sort(window, actions, runs), None, ""),
        )
        table.put(
            f"{RESET_ROWS:,}-row list reset (Action items)",
            "< 50 ms",
            column,
            lambda: (*big_reset(window), "plain model"),
        )
        word = {"rare": ""}

        def rare() -> tuple[float, float, str]:
            word["rare"] = rare_word(database)
            return (*search_times(window, database, word["rare"], runs), "raw FTS5, old SQL")

        table.put("search, rare word (service)", "≤ 1.5×", column, rare)
        table.put(
            f'search, "{COMMON_WORD}" (service)',
            "< 30 ms at 3x",
            column,
            lambda: (*search_times(window, database, COMMON_WORD, runs), "raw FTS5, old SQL"),
        )
        table.put(
            f'typing "{COMMON_WORD}" in Search (UI stall)',
            "never on the UI thread",
            column,
            lambda: (typing_search_stall(window, COMMON_WORD), None, ""),
        )
        table.put(
            "keystroke p95, 100 KB note, meeting mode",
            "≤ 1.5×",
            column,
            lambda: (*typing_p95(window, big_note(database)), "bare QPlainTextEdit"),
        )
        table.put(
            "typing journal's UI-thread cost per keystroke p95, 100 KB note",
            "< 1 ms",
            column,
            lambda: (*journal_cost(window, big_note(database)), "whole keystroke p95"),
        )
        bp.close_window(window, scratch)

        if imports:

            def imported() -> tuple[float, None, str]:
                return child("import", data)["seconds"], None, "(i15's)"

            table.put("import of this data's export", "< 3 / 9 s", column, imported, "s")


def main() -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("data_dirs", type=Path, nargs="+", help="folders made by heavy_user.py")
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--no-import", action="store_true", help="skip the import figure")
    parser.add_argument(
        "--only",
        action="append",
        default=[],
        help="measure only figures whose name has this (may be given again: any of them)",
    )
    parser.add_argument("--probe", choices=sorted(PROBES), help=argparse.SUPPRESS)
    args = parser.parse_args()
    folders = [d.expanduser().resolve() for d in args.data_dirs]
    if args.probe:
        return run_probe(args.probe, folders[0])
    print("MentorDesk, issue 17's figures")
    print(
        f"  Python {platform.python_version()}, {platform.platform()}, {os.cpu_count()} CPUs, "
        f"QT_QPA_PLATFORM={os.environ.get('QT_QPA_PLATFORM')}; load average at the start: "
        f"{bp.load_average()}"
    )
    table = Table(tuple(args.only))
    for column, folder in enumerate(folders):
        measure_folder(table, column, folder, max(1, args.runs), not args.no_import)
    table.print([folder.name for folder in folders])
    print(f"\nload average at the end: {bp.load_average()} (runs: {args.runs}; medians)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
