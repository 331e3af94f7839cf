"""How the real window feels on a heavy user's data (issue 6, point 12). Figures only.

    .venv/bin/python scripts/heavy_user.py --data-dir /tmp/heavy
    .venv/bin/python scripts/bench_platform.py /tmp/heavy [--runs 3]

Works on a copy of DATA_DIR's database in a temporary folder (the benchmark types
notes and captures action items), with the offscreen platform unless
QT_QPA_PLATFORM says otherwise. Prints one table: each figure beside a reference
measured in the same run (plain sqlite3 into a plain Qt model, a bare window, the
service call alone, an idle event loop) and the target from issue 6.

A UI-thread stall is the longest gap between turns of a 1 ms heartbeat timer,
from the action until the event loop has been calm for a moment: what a user
feels as a frozen window. Start-up and memory are measured in fresh processes.

Every probe is a small function that reaches the app through one or two public
names (an objectName, a view method); when the UI changes shape, a missing name
prints "n/a (reason)" and the rest goes on. Point a probe at the new API there.
"""

from __future__ import annotations

import argparse
import itertools
import json
import os
import platform
import resource
import shutil
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
import traceback
from collections.abc import Callable, Iterator
from contextlib import contextmanager, suppress
from dataclasses import dataclass, field
from datetime import UTC, datetime
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING, Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

if TYPE_CHECKING:
    from PySide6.QtCore import QAbstractItemModel, QObject
    from PySide6.QtWidgets import QApplication, QTableView, QWidget

DATABASE_NAME = "mentordesk.sqlite3"
CALM_MS = 400  # the loop counts as settled after this long without a stall
STALL_MS = 30  # a gap longer than this is a stall (a heartbeat turn is 1 ms)
SEARCH_WORD = "leadership"

TARGET_BLOCK = "< 50 ms"
TARGET_RELOAD = "< 150 ms"
TARGET_SORT = "< 100 ms"
TARGET_MEMORY = "< 160 MB"


class Unavailable(Exception):  # noqa: N818 - it reads as a figure's reason
    """The API a probe uses is not there (the UI changed shape); the message says which."""


# -- the table ---------------------------------------------------------------------------------
Measured = str | tuple[str, str]  # the figure, or the figure and details


@dataclass
class Row:
    figure: str
    measured: str
    reference: str = ""
    target: str = ""
    details: str = ""


@dataclass
class Report:
    rows: list[Row] = field(default_factory=list)

    def add(self, row: Row) -> None:
        self.rows.append(row)
        reference = f"  [reference: {row.reference}]" if row.reference else ""
        details = f"  ({row.details})" if row.details else ""
        print(f"  {row.figure}: {row.measured}{reference}{details}", flush=True)

    def probe(
        self, figure: str, measure: Callable[[], Measured], reference: str = "", target: str = ""
    ) -> None:
        """Add ``figure`` as ``measure()`` gives it, or n/a with the reason it could not run."""
        details = ""
        try:
            measured = measure()
        except Unavailable as missing:
            measured = f"n/a ({missing})"
        except Exception as error:  # a reshaped UI may fail anywhere; report and go on
            traceback.print_exc(limit=3, file=sys.stderr)
            measured = f"n/a ({type(error).__name__}: {str(error)[:80]})"
        if isinstance(measured, tuple):
            measured, details = measured
        self.add(Row(figure, measured, reference, target, details))

    def section(self, title: str) -> None:
        self.rows.append(Row(f"-- {title}", ""))
        print(f"-- {title}", flush=True)

    def print(self) -> None:
        headers = ("Figure", "Measured", "Reference (same run)", "Target", "Details")
        table = [
            headers,
            *((r.figure, r.measured, r.reference, r.target, r.details) for r in self.rows),
        ]
        widths = [max(len(line[i]) for line in table) for i in range(len(headers))]
        print()
        for number, line in enumerate(table):
            print("  ".join(cell.ljust(w) for cell, w in zip(line, widths, strict=True)).rstrip())
            if number == 0:
                print("  ".join("-" * w for w in widths))


def ms(seconds: float) -> str:
    return f"{seconds * 1000:.0f} ms" if seconds >= 0.0095 else f"{seconds * 1000:.1f} ms"


def mib(kib: float) -> str:
    return f"{kib / 1024:.0f} MiB"


# -- the event loop: waiting, heartbeats, stalls ------------------------------------------------
def app() -> QApplication:
    from PySide6.QtCore import qInstallMessageHandler
    from PySide6.QtWidgets import QApplication

    existing = QApplication.instance()
    if isinstance(existing, QApplication):
        return existing

    def quiet(_kind: object, _context: object, message: str) -> None:
        if "This plugin does not support" not in message:  # the offscreen platform's chatter
            print(message, file=sys.stderr)

    qInstallMessageHandler(quiet)
    return QApplication([sys.argv[0]])


def pump(seconds: float = 0.0) -> None:
    """Run the event loop for ``seconds`` (at least one turn)."""
    from PySide6.QtCore import QEventLoop, QTimer

    loop = QEventLoop()
    QTimer.singleShot(max(0, int(seconds * 1000)), loop.quit)
    loop.exec()


def wait_until(condition: Callable[[], bool], timeout: float = 60.0) -> bool:
    deadline = time.perf_counter() + timeout
    while not condition():
        if time.perf_counter() > deadline:
            return False
        pump(0.005)
    return True


@dataclass
class Stall:
    """The longest UI-thread stall seen from an action until the loop settled."""

    longest: float  # seconds
    call: float  # how long the action's own call took
    after: float  # the longest stall after a marked moment (say, the last keystroke)
    total: float  # every stall (gap over STALL_MS) added up
    statements: int  # SQL statements run meanwhile (any thread)
    settled: bool


def watch_stalls(
    action: Callable[[], object],
    done: Callable[[], bool] = lambda: True,
    calm: float = CALM_MS / 1000,
    timeout: float = 90.0,
    mark: Callable[[], float | None] = lambda: None,
) -> Stall:
    """Run ``action`` from the event loop with a 1 ms heartbeat; wait until ``done()``
    and then ``calm`` seconds without a stall. ``mark()`` may name a moment (a
    perf_counter value) after which stalls are reported separately."""
    from PySide6.QtCore import QEventLoop, Qt, QTimer

    beats: list[float] = []
    heartbeat = QTimer()
    heartbeat.setTimerType(Qt.TimerType.PreciseTimer)
    heartbeat.setInterval(1)
    heartbeat.timeout.connect(lambda: beats.append(time.perf_counter()))
    call = {"took": -1.0}

    def run() -> None:
        started = time.perf_counter()
        beats.append(started)
        action()
        call["took"] = time.perf_counter() - started
        beats.append(time.perf_counter())

    loop = QEventLoop()
    started = time.perf_counter()
    settled = {"yes": False}
    done_at: list[float] = []
    statements = STATEMENTS.count

    def check() -> None:
        now = time.perf_counter()
        if now - started > timeout:
            loop.quit()
            return
        if call["took"] < 0 or not done():
            return
        if not done_at:
            done_at.append(now)
        if now - done_at[0] < calm:
            return  # what ``done`` sets off (a queued reload, say) must fall inside the watch
        recent = [b for b in beats if b >= now - calm]
        gaps = [b - a for a, b in itertools.pairwise(recent)]
        calm_enough = recent and recent[0] - (now - calm) < STALL_MS / 1000
        if calm_enough and (not gaps or max(gaps) < STALL_MS / 1000):
            settled["yes"] = True
            loop.quit()

    checker = QTimer()
    checker.setInterval(20)
    checker.timeout.connect(check)
    heartbeat.start()
    checker.start()
    QTimer.singleShot(0, run)
    loop.exec()
    beats.append(time.perf_counter())  # a stall just before the loop ended counts too
    heartbeat.stop()
    checker.stop()
    gaps = [(b - a, b) for a, b in itertools.pairwise(beats)]
    longest = max((g for g, _ in gaps), default=0.0)
    moment = mark()
    after = max((g for g, end in gaps if moment is not None and end > moment), default=0.0)
    total = sum(g for g, _ in gaps if g > STALL_MS / 1000)
    return Stall(longest, call["took"], after, total, STATEMENTS.count - statements, settled["yes"])


class StatementCounter:
    """Counts the SQL statements every engine runs (a list that re-reads per row shows)."""

    def __init__(self) -> None:
        self.count = 0
        self.listening = False

    def listen(self) -> None:
        if self.listening:
            return
        try:
            from sqlalchemy import event
            from sqlalchemy.engine import Engine
        except ImportError:
            return
        event.listen(Engine, "before_cursor_execute", self._seen)
        self.listening = True

    def _seen(self, *_args: object) -> None:
        self.count += 1

    @contextmanager
    def counting(self) -> Iterator[dict[str, int]]:
        """``with STATEMENTS.counting() as seen:`` then ``seen["n"]``."""
        seen = {"n": 0}
        before = self.count
        try:
            yield seen
        finally:
            seen["n"] = self.count - before


STATEMENTS = StatementCounter()


# -- reaching the app (the names a reshaped UI may move) ----------------------------------------
def find(parent: QObject, kind: type[Any], name: str) -> Any:
    found = parent.findChild(kind, name)
    if found is None:
        raise Unavailable(f"no {kind.__name__} named {name!r}")
    return found


def call(obj: object, method: str, *args: object) -> Any:
    function = getattr(obj, method, None)
    if not callable(function):
        raise Unavailable(f"{type(obj).__name__}.{method}() is gone")
    return function(*args)


def build_window(data: Path, settings_file: Path) -> Any:
    """The real main window on ``data``, shown, as app.run() builds it (no lock, no log)."""
    from PySide6.QtCore import QSettings

    from mentordesk.config import resolve_paths
    from mentordesk.ui.settings import Settings
    from mentordesk.ui.shell.main_window import MainWindow

    settings = Settings(QSettings(str(settings_file), QSettings.Format.IniFormat))
    window = MainWindow(resolve_paths(data), settings)
    window.show()
    return window


def attach(window: Any, data: Path) -> None:
    from mentordesk.config import resolve_paths
    from mentordesk.db.database import Database

    window.attach_database(Database(resolve_paths(data)))


def open_area(window: Any, key: str) -> None:
    call(window, "open_area", key)
    pump()


def window_context(window: Any) -> Any:
    context = getattr(window, "context", None)
    if context is None:
        raise Unavailable("MainWindow.context is gone")
    return context


@dataclass(frozen=True)
class ListArea:
    """A list area and the names its probes use."""

    key: str  # for MainWindow.open_area
    title: str
    view: str  # objectName of the area's widget
    table: str  # objectName of its QTableView
    all_filter: Callable[[QWidget], None]
    default_filter: Callable[[QWidget], None]
    sort_header: str  # the header a user clicks (a text column: the slowest sort)
    sql: str  # the rows, as a plain reference reads them
    sql_sort_column: int  # where the clicked column is in ``sql``


def combo_choice(name: str, text: str) -> Callable[[QWidget], None]:
    def choose(view: QWidget) -> None:
        from PySide6.QtWidgets import QComboBox

        combo = find(view, QComboBox, name)
        index = combo.findText(text)
        if index < 0:
            raise Unavailable(f"{name} has no choice {text!r}")
        combo.setCurrentIndex(index)

    return choose


def button_click(name: str) -> Callable[[QWidget], None]:
    def click(view: QWidget) -> None:
        from PySide6.QtWidgets import QAbstractButton

        find(view, QAbstractButton, name).click()

    return click


LIST_AREAS = (
    ListArea(
        "mentors",
        "Mentors",
        "mentorsView",
        "mentorTable",
        combo_choice("mentorStatusFilter", "All statuses"),
        combo_choice("mentorStatusFilter", "All statuses"),  # the default shows every status
        "Organisation",
        """SELECT m.name, m.role, m.organisation, m.affiliation, m.status,
                  (SELECT group_concat(t.name, ', ') FROM mentor_tag mt JOIN tag t
                     ON t.id = mt.tag_id WHERE mt.mentor_id = m.id), m.updated_at
           FROM mentor m ORDER BY m.name""",
        2,
    ),
    ListArea(
        "meetings",
        "Meetings",
        "meetingsView",
        "meetingTable",
        button_click("allScopeButton"),
        button_click("upcomingScopeButton"),
        "Mentor",
        """SELECT mt.scheduled_start, me.name, mt.status, mt.format,
                  coalesce(mt.actual_minutes, mt.planned_minutes), mt.rating,
                  (SELECT sum(a.done) || '/' || count(*) FROM agenda_item a
                     WHERE a.meeting_id = mt.id)
           FROM meeting mt JOIN mentor me ON me.id = mt.mentor_id
           ORDER BY mt.scheduled_start DESC""",
        1,
    ),
    ListArea(
        "actions",
        "Action items",
        "actionItemsView",
        "actionTable",
        combo_choice("actionStatusFilter", "All"),
        combo_choice("actionStatusFilter", "Open"),
        "Mentor",
        """SELECT a.text, me.name, a.due_date, a.status, a.done_on, a.outcome, a.report_back
           FROM action_item a JOIN mentor me ON me.id = a.mentor_id
           ORDER BY a.due_date IS NULL, a.due_date, a.created_at""",
        1,
    ),
)


def area_view(window: Any, area: ListArea) -> QWidget:
    from PySide6.QtWidgets import QWidget

    return find(window, QWidget, area.view)  # type: ignore[no-any-return]


def area_table(window: Any, area: ListArea) -> QTableView:
    from PySide6.QtWidgets import QTableView

    return find(window, QTableView, area.table)  # type: ignore[no-any-return]


def header_column(model: QAbstractItemModel, text: str) -> int:
    from PySide6.QtCore import Qt

    for column in range(model.columnCount()):
        if model.headerData(column, Qt.Orientation.Horizontal) == text:
            return column
    raise Unavailable(f"no column headed {text!r}")


# -- list probes --------------------------------------------------------------------------------
def open_time(window: Any, key: str) -> Measured:
    with STATEMENTS.counting() as seen:
        took = timed(lambda: open_area(window, key))
    return ms(took), f"{seen['n']} SQL statements"


def timed(action: Callable[[], object]) -> float:
    """Seconds for ``action`` and the event-loop turn that paints its result."""
    started = time.perf_counter()
    action()
    pump()
    return time.perf_counter() - started


def reload_time(window: Any, area: ListArea) -> float:
    view = area_view(window, area)
    return timed(lambda: call(view, "reload"))


def sort_time(window: Any, area: ListArea) -> tuple[float, float]:
    """A header click on the text column, then back on the column it was sorted by."""
    table = area_table(window, area)
    header = table.horizontalHeader()
    before, order = header.sortIndicatorSection(), header.sortIndicatorOrder()
    column = header_column(table.model(), area.sort_header)
    there = timed(lambda: table.sortByColumn(column, order))
    back = timed(lambda: table.sortByColumn(before, order))
    return there, back


def row_counts(table: QTableView) -> str:
    model = table.model()
    source = getattr(model, "sourceModel", lambda: None)()
    shown = model.rowCount()
    return f"{shown} of {source.rowCount()} rows" if source is not None else f"{shown} rows"


# -- the plain reference: sqlite3 rows in a plain model -------------------------------------------
def plain_model_class() -> type[Any]:
    from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt

    class PlainModel(QAbstractTableModel):
        """Tuples from sqlite3; sorts by keys computed once (Python's list.sort)."""

        def __init__(self) -> None:
            super().__init__()
            self.rows: list[tuple[Any, ...]] = []

        def set_rows(self, rows: list[tuple[Any, ...]]) -> None:
            self.beginResetModel()
            self.rows = rows
            self.endResetModel()

        def rowCount(self, parent: Any = QModelIndex()) -> int:  # noqa: B008
            return 0 if parent.isValid() else len(self.rows)

        def columnCount(self, parent: Any = QModelIndex()) -> int:  # noqa: B008
            return 0 if parent.isValid() or not self.rows else len(self.rows[0])

        def data(self, index: Any, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
            if role != Qt.ItemDataRole.DisplayRole:
                return None
            value = self.rows[index.row()][index.column()]
            return "" if value is None else str(value)

        def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
            self.layoutAboutToBeChanged.emit()
            self.rows.sort(
                key=lambda row: (row[column] is None, str(row[column] or "").casefold()),
                reverse=order == Qt.SortOrder.DescendingOrder,
            )
            self.layoutChanged.emit()

    return PlainModel


class PlainList:
    """The reference for a list area: plain sqlite3 into a plain model in a shown table."""

    def __init__(self, database: Path) -> None:
        from PySide6.QtWidgets import QTableView

        self.database = database
        self.model = plain_model_class()()
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSortingEnabled(False)
        self.table.resize(1000, 700)
        self.table.show()

    def reload(self, sql: str) -> float:
        def read() -> None:
            connection = sqlite3.connect(f"file:{self.database}?mode=ro", uri=True)
            try:
                self.model.set_rows(connection.execute(sql).fetchall())
            finally:
                connection.close()

        return timed(read)

    def sort(self, column: int) -> float:
        from PySide6.QtCore import Qt

        return timed(lambda: self.model.sort(column, Qt.SortOrder.AscendingOrder))

    def close(self) -> None:
        self.table.close()
        self.table.deleteLater()


# -- meeting mode probes ---------------------------------------------------------------------------
def open_meeting(window: Any, meeting_id: str) -> tuple[Any, float]:
    """Open meeting mode on ``meeting_id``; the window and the seconds until it painted."""
    try:
        from mentordesk.ui.meeting_mode.window import open_meeting_window
    except ImportError as error:
        raise Unavailable(f"meeting mode moved: {error}") from error
    started = time.perf_counter()
    meeting_window = open_meeting_window(window_context(window), meeting_id)
    pump()
    return meeting_window, time.perf_counter() - started


def notes_editor(meeting_window: Any) -> Any:
    from PySide6.QtWidgets import QPlainTextEdit, QTextEdit

    for kind in (QPlainTextEdit, QTextEdit):
        editor = meeting_window.findChild(kind, "notesEditor")
        if editor is not None:
            return editor
    raise Unavailable("no notes editor named 'notesEditor'")


def cursor_on_line(editor: Any, block_number: int) -> None:
    """Put the cursor on a list line of the notes, at or after ``block_number``."""
    from PySide6.QtGui import QTextCursor

    document = editor.document()
    for number in range(block_number, block_number + document.blockCount()):
        block = document.findBlockByNumber(number % document.blockCount())
        if block.text().startswith("- ") and len(block.text()) > 10:
            cursor = QTextCursor(block)
            cursor.movePosition(QTextCursor.MoveOperation.EndOfBlock)
            editor.setTextCursor(cursor)
            return
    raise Unavailable("the meeting's notes have no list line to capture")


def capture_stalls(meeting_window: Any, runs: int) -> list[Stall]:
    editor = notes_editor(meeting_window)
    capture = getattr(meeting_window, "capture_action_item", None)
    if not callable(capture):
        raise Unavailable("MeetingModeWindow.capture_action_item() is gone")
    stalls = []
    for run in range(runs):
        editor.setFocus()
        cursor_on_line(editor, 3 + run * 4)
        captured: list[object] = []
        stalls.append(watch_stalls(partial(lambda into: into.append(capture()), captured)))
        if not captured or captured[0] is None:
            raise Unavailable("capture_action_item() captured nothing")
    return stalls


def saved(meeting_window: Any) -> Callable[[], bool]:
    unsaved = getattr(meeting_window, "has_unsaved_changes", None)
    if not callable(unsaved):
        raise Unavailable("MeetingModeWindow.has_unsaved_changes() is gone")
    return lambda: not unsaved()


def autosave_stall(meeting_window: Any, text: str) -> Stall:
    """Type ``text`` like a person (a key every 60 ms), then let autosave run.

    ``longest`` is the longest stall from the first key until the save has landed
    and the loop is calm: the save and whatever it sets off (change news, lists
    re-reading); ``after`` the longest after the last key."""
    from PySide6.QtCore import QTimer
    from PySide6.QtTest import QTest

    editor = notes_editor(meeting_window)
    is_saved = saved(meeting_window)
    editor.setFocus()
    editor.moveCursor(editor.textCursor().MoveOperation.End)
    keys = list(text)
    last_key = {"at": None}

    def type_next() -> None:
        if not keys:
            last_key["at"] = time.perf_counter()  # type: ignore[assignment]
            return
        key = keys.pop(0)
        QTest.keyClicks(editor, key)
        QTimer.singleShot(60, type_next)

    return watch_stalls(
        type_next,
        done=lambda: last_key["at"] is not None and is_saved(),
        mark=lambda: last_key["at"],
    )


def autosave_text(stall: Stall) -> tuple[str, str]:
    # The longest stall from the first key on: a save may start before the last key
    # (the saver waits at most MAX_WAIT_MS), and typing alone stalls for a few ms.
    return ms(stall.longest), (
        f"after the last key: {ms(stall.after)}; stalled {ms(stall.total)} in all; "
        f"{stall.statements} SQL statements" + ("" if stall.settled else "; never settled")
    )


# -- fresh processes: start-up and memory ------------------------------------------------------
def child(probe: str, data: Path) -> dict[str, Any]:
    """Run ``probe`` in a fresh interpreter; its last line of output is JSON."""
    result = subprocess.run(
        [sys.executable, __file__, str(data), "--probe", probe],
        capture_output=True,
        text=True,
        timeout=600,
        env={**os.environ, "QT_QPA_PLATFORM": os.environ["QT_QPA_PLATFORM"]},
    )
    lines = result.stdout.strip().splitlines()
    if result.returncode != 0 or not lines:
        reason = (result.stderr.strip().splitlines() or ["no output"])[-1]
        raise Unavailable(f"probe {probe} failed: {reason[:100]}")
    answer: dict[str, Any] = json.loads(lines[-1])
    if "unavailable" in answer:
        raise Unavailable(answer["unavailable"])
    return answer


def has_rows(view: QTableView) -> bool:
    model = view.model()
    return model is not None and model.rowCount() > 0


def paint_watch(window: QWidget) -> dict[str, float]:
    """Record when ``window`` first paints, and when a table in it first paints rows."""
    from PySide6.QtCore import QEvent, QObject
    from PySide6.QtWidgets import QTableView, QWidget

    from mentordesk.ui.dashboard.section import Section

    times: dict[str, float] = {}

    class Watcher(QObject):
        def eventFilter(self, watched: QObject, event: QEvent) -> bool:
            if event.type() != QEvent.Type.Paint or not isinstance(watched, QWidget):
                return False
            if watched.window() is window:
                times.setdefault("paint", time.perf_counter())
                view = watched.parent()
                if isinstance(view, QTableView) and view.isVisible() and has_rows(view):
                    times.setdefault("rows", time.perf_counter())
                # With data the app opens on the Dashboard: a section showing rows.
                if isinstance(watched, Section) and watched.isVisible() and watched.shown_rows():
                    times.setdefault("rows", time.perf_counter())
            return False

    watcher = Watcher(window)
    app().installEventFilter(watcher)
    return times


def probe_startup(data: Path, started: float) -> dict[str, Any]:
    """The real start-up order (app.run): paint the window, then open the data and fill it."""
    app()
    with tempfile.TemporaryDirectory() as scratch:
        window = build_window(data, Path(scratch) / "settings.ini")
        times = paint_watch(window)
        wait_until(lambda: "paint" in times, 10)
        attach(window, data)
        wait_until(lambda: "rows" in times, 60)
        answer = {
            "paint": times.get("paint", -1) - started,
            "rows": times.get("rows", -1) - started,
        }
        window.close()
    return answer


def probe_startup_reference(data: Path, started: float) -> dict[str, Any]:
    """A bare QMainWindow painted, then the mentors read with sqlite3 into a plain model."""
    from PySide6.QtWidgets import QMainWindow, QTableView

    app()
    window = QMainWindow()
    window.resize(1180, 740)
    window.show()
    times = paint_watch(window)
    wait_until(lambda: "paint" in times, 10)
    model = plain_model_class()()
    table = QTableView()
    table.setModel(model)
    window.setCentralWidget(table)
    connection = sqlite3.connect(f"file:{data / DATABASE_NAME}?mode=ro", uri=True)
    model.set_rows(connection.execute(LIST_AREAS[0].sql).fetchall())
    connection.close()
    wait_until(lambda: "rows" in times, 10)
    return {"paint": times.get("paint", -1) - started, "rows": times.get("rows", -1) - started}


def probe_memory_all(data: Path, _started: float) -> dict[str, Any]:
    """Peak memory with the real window on the data and every area opened."""
    app()
    with tempfile.TemporaryDirectory() as scratch:
        window = build_window(data, Path(scratch) / "settings.ini")
        pump()
        attach(window, data)
        pump(0.2)
        missing = []
        for key in ("meetings", "actions", "search", "mentors"):
            try:
                open_area(window, key)
            except Unavailable as error:
                missing.append(str(error))
        search_for(window, SEARCH_WORD)
        pump(0.5)
        window.close()
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return {"peak_kib": peak, "missing": missing}


def probe_memory_bare(_data: Path, _started: float) -> dict[str, Any]:
    """Peak memory of a bare QMainWindow (PySide6 loaded, nothing else)."""
    from PySide6.QtWidgets import QMainWindow

    app()
    window = QMainWindow()
    window.resize(1180, 740)
    window.show()
    pump(0.3)
    return {"peak_kib": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss}


PROBES: dict[str, Callable[[Path, float], dict[str, Any]]] = {
    "startup": probe_startup,
    "startup-reference": probe_startup_reference,
    "memory-all": probe_memory_all,
    "memory-bare": probe_memory_bare,
}


def run_probe(name: str, data: Path) -> int:
    started = time.perf_counter()
    try:
        answer = PROBES[name](data, started)
    except Unavailable as missing:
        answer = {"unavailable": str(missing)}
    print(json.dumps(answer))
    sys.stdout.flush()
    os._exit(0)  # skip Qt's teardown: its timing is not what is measured


# -- search ----------------------------------------------------------------------------------
def search_for(window: Any, text: str) -> float:
    """Type ``text`` into the Search area and run the search at once; seconds taken."""
    from PySide6.QtWidgets import QLineEdit, QWidget

    open_area(window, "search")
    view = find(window, QWidget, "searchView")
    field_ = find(view, QLineEdit, "searchField")
    field_.setText(text)
    return timed(lambda: call(view, "run_search"))


def plain_search(database: Path, text: str) -> float:
    started = time.perf_counter()
    connection = sqlite3.connect(f"file:{database}?mode=ro", uri=True)
    try:
        connection.execute(
            "SELECT kind, item_id, snippet(search_index, 5, '[', ']', '…', 24) "
            "FROM search_index WHERE search_index MATCH ? ORDER BY bm25(search_index) LIMIT 200",
            (f'"{text}"',),
        ).fetchall()
    finally:
        connection.close()
    return time.perf_counter() - started


# -- the data --------------------------------------------------------------------------------
@contextmanager
def data_copy(source: Path) -> Iterator[Path]:
    """A private copy of the data folder's database (made with SQLite's backup API)."""
    original = source / DATABASE_NAME
    if not original.is_file():
        sys.exit(f"{source} holds no {DATABASE_NAME}; make one with scripts/heavy_user.py")
    with tempfile.TemporaryDirectory(prefix="mentordesk-bench-") as folder:
        copy = Path(folder) / "data"
        copy.mkdir(mode=0o700)
        reader = sqlite3.connect(f"file:{original}?mode=ro", uri=True)
        writer = sqlite3.connect(copy / DATABASE_NAME)
        try:
            reader.backup(writer)
        finally:
            writer.close()
            reader.close()
        yield copy


def load_average() -> str:
    return " ".join(f"{value:.2f}" for value in os.getloadavg())


def describe(database: Path) -> list[str]:
    connection = sqlite3.connect(f"file:{database}?mode=ro", uri=True)
    try:
        counts = {
            table: connection.execute(f"SELECT count(*) FROM {table}").fetchone()[0]
            for table in ("mentor", "meeting", "agenda_item", "action_item", "note_snapshot")
        }
        notes = connection.execute("SELECT sum(length(CAST(notes AS BLOB))) FROM meeting")
        note_bytes = notes.fetchone()[0] or 0
    finally:
        connection.close()
    size = database.stat().st_size
    return [
        ", ".join(f"{table} {count}" for table, count in counts.items()),
        f"note text {note_bytes / 1e6:.1f} MB, file {size / 1e6:.1f} MB",
    ]


def pick_meetings(database: Path) -> dict[str, list[str]]:
    """Held meetings with ordinary notes (capture) and planned, unstarted ones (autosave)."""
    connection = sqlite3.connect(f"file:{database}?mode=ro", uri=True)
    try:
        held = connection.execute(
            "SELECT id FROM meeting WHERE status = 'held' AND length(notes) BETWEEN 1500 AND 3500 "
            "ORDER BY scheduled_start DESC LIMIT 2"
        ).fetchall()
        planned = connection.execute(
            "SELECT id FROM meeting WHERE status = 'planned' AND started_at IS NULL "
            "AND scheduled_start > strftime('%Y-%m-%dT%H:%M:%S', 'now') "
            "ORDER BY scheduled_start LIMIT 2"
        ).fetchall()
    finally:
        connection.close()
    return {"held": [r[0] for r in held], "planned": [r[0] for r in planned]}


def service_capture_time(data: Path, meeting_id: str) -> float:
    """The reference for a capture: the service call alone, in its own transaction."""
    from mentordesk.config import resolve_paths
    from mentordesk.db.database import Database
    from mentordesk.services import action_items

    database = Database(resolve_paths(data))
    try:
        with database.session() as session:
            mentor_id = (
                session.connection()
                .exec_driver_sql("SELECT mentor_id FROM meeting WHERE id = ?", (meeting_id,))
                .scalar_one()
            )
        started = time.perf_counter()
        with database.session() as session:
            action_items.capture(
                session,
                mentor_id,
                "Reference capture of one line",
                meeting_id=meeting_id,
                now=datetime.now(UTC),
            )
        return time.perf_counter() - started
    finally:
        database.close()


# -- the run -----------------------------------------------------------------------------------
def meeting_mode_figures(
    report: Report,
    window: Any,
    label: str,
    held_id: str | None,
    planned_id: str | None,
    runs: int,
    capture_reference: str,
    idle_reference: str,
) -> None:
    report.section(f"Meeting mode, {label}")
    opened: list[Any] = []

    def open_for_capture() -> str:
        if held_id is None:
            raise Unavailable("no held meeting with ordinary notes in the data")
        meeting_window, took = open_meeting(window, held_id)
        opened.append(meeting_window)
        pump(0.3)
        return ms(took)

    report.probe("open meeting mode (held meeting, ~2 KB notes)", open_for_capture)

    def capture() -> Measured:
        if not opened:
            raise Unavailable("meeting mode did not open")
        stalls = capture_stalls(opened[0], runs)
        longest = [s.longest for s in stalls]
        worst = max(stalls, key=lambda s: s.longest)
        return ms(worst.longest), (
            f"worst of {runs}, median {ms(statistics.median(longest))}; the call itself "
            f"{ms(worst.call)}; stalled {ms(worst.total)} in all; "
            f"{worst.statements} SQL statements"
            + ("" if all(s.settled for s in stalls) else "; never settled")
        )

    report.probe(
        "capture (Ctrl+Shift+A): longest UI stall",
        capture,
        capture_reference,
        TARGET_BLOCK,
    )
    for meeting_window in opened:
        meeting_window.close()
    pump(0.2)
    opened.clear()

    def open_planned() -> Any:
        if planned_id is None:
            raise Unavailable("no planned, unstarted meeting ahead in the data")
        meeting_window, _took = open_meeting(window, planned_id)
        opened.append(meeting_window)
        pump(0.3)
        return meeting_window

    def first_autosave() -> Measured:
        meeting_window = open_planned()
        return autosave_text(autosave_stall(meeting_window, "Ask about budget"))

    report.probe(
        "autosave, first (meeting not started): longest UI stall",
        first_autosave,
        idle_reference,
        TARGET_BLOCK,
    )

    def later_autosave() -> Measured:
        if not opened:
            raise Unavailable("meeting mode did not open")
        return autosave_text(autosave_stall(opened[0], " and the budget"))

    report.probe(
        "autosave, later (meeting started): longest UI stall",
        later_autosave,
        idle_reference,
        TARGET_BLOCK,
    )
    for meeting_window in opened:
        meeting_window.close()
    pump(0.3)


def list_figures(report: Report, window: Any, plain: PlainList, area: ListArea) -> None:
    """Reload and header-click sort with the default filter, then with All."""
    report.section(f"{area.title} list")
    reference = {
        "reload": f"{ms(plain.reload(area.sql))} ({plain.model.rowCount()} rows)",
        "sort": ms(plain.sort(area.sql_sort_column)),
    }

    def switch_to_all() -> Measured:
        took = timed(lambda: area.all_filter(area_view(window, area)))
        return ms(took), row_counts(area_table(window, area))

    def reload() -> Measured:
        with STATEMENTS.counting() as seen:
            took = reload_time(window, area)
        return ms(took), f"{row_counts(area_table(window, area))}; {seen['n']} SQL statements"

    def sort() -> Measured:
        there, back = sort_time(window, area)
        return ms(there), f"clicking back: {ms(back)}"

    for filter_name in ("default filter", "All"):
        if filter_name == "All":
            report.probe(f"{area.title}: choose the All filter", switch_to_all)
        report.probe(
            f"{area.title}: reload, {filter_name}", reload, reference["reload"], TARGET_RELOAD
        )
        report.probe(
            f"{area.title}: header click '{area.sort_header}', {filter_name}",
            sort,
            reference["sort"],
            TARGET_SORT,
        )
    with suppress(Unavailable):
        area.default_filter(area_view(window, area))
        pump()


def bench(source: Path, runs: int) -> int:
    report = Report()
    with data_copy(source) as data:
        database = data / DATABASE_NAME
        print(f"MentorDesk platform benchmark on a copy of {source / DATABASE_NAME}")
        for line in describe(database):
            print(f"  {line}")
        print(
            f"  Python {platform.python_version()}, {platform.platform()}, "
            f"{os.cpu_count()} CPUs, QT_QPA_PLATFORM={os.environ['QT_QPA_PLATFORM']}"
        )
        print(f"  load average at the start: {load_average()} (figures grow on a busy machine)")
        picked = pick_meetings(database)

        report.section("Start-up (fresh processes)")
        startup: dict[str, Any] = {}
        try:
            startup["ref"] = child("startup-reference", data)
        except Unavailable as missing:
            startup["ref"] = {"paint": -1, "rows": -1, "why": str(missing)}

        def start(part: str) -> Callable[[], str]:
            def measure() -> str:
                if "real" not in startup:
                    startup["real"] = child("startup", data)
                value = startup["real"][part]
                if value < 0:
                    raise Unavailable("never happened within 60 s")
                return ms(value)

            return measure

        ref = startup["ref"]
        report.probe(
            "first paint of the main window",
            start("paint"),
            f"bare QMainWindow: {ms(ref['paint'])}" if ref["paint"] >= 0 else "n/a",
        )
        report.probe(
            "data shown (first list or Dashboard section painted with rows)",
            start("rows"),
            f"sqlite3 + plain model: {ms(ref['rows'])}" if ref["rows"] >= 0 else "n/a",
        )

        report.section("Memory (fresh processes, ru_maxrss)")
        bare: dict[str, str] = {}
        try:
            bare["ref"] = "bare QMainWindow: " + mib(child("memory-bare", data)["peak_kib"])
        except Unavailable as missing:
            bare["ref"] = f"n/a ({missing})"

        def memory() -> Measured:
            answer = child("memory-all", data)
            missing = f"not opened: {'; '.join(answer['missing'])}" if answer["missing"] else ""
            return mib(answer["peak_kib"]), missing

        report.probe("peak memory, every area opened", memory, bare["ref"], TARGET_MEMORY)

        # -- one window for the rest, as a user has it --------------------------------------
        app()
        STATEMENTS.listen()
        scratch = Path(tempfile.mkdtemp(prefix="mentordesk-bench-settings-"))
        window = build_window(data, scratch / "settings.ini")
        pump(0.1)
        attach(window, data)
        pump(0.5)

        idle = watch_stalls(lambda: None, calm=1.0)
        idle_reference = f"idle loop: {ms(idle.longest)}"
        try:
            capture_reference = "service call alone: " + ms(
                service_capture_time(data, picked["held"][-1])
            )
        except Exception as error:  # a reference is optional
            capture_reference = f"n/a ({type(error).__name__})"
        held = picked["held"]
        planned = picked["planned"]
        meeting_mode_figures(
            report,
            window,
            "the Dashboard shown behind it (as the app opens)",
            held[0] if held else None,
            planned[0] if planned else None,
            runs,
            capture_reference,
            idle_reference,
        )

        report.section("Opening the other areas (first time: built and filled)")
        for key, title in (("meetings", "Meetings"), ("actions", "Action items")):
            report.probe(f"open {title}", partial(open_time, window, key))
        search_reference = f"sqlite3 FTS5 query: {ms(plain_search(database, SEARCH_WORD))}"
        report.probe(
            f"open Search and search for '{SEARCH_WORD}'",
            lambda: ms(search_for(window, SEARCH_WORD)),
            search_reference,
        )
        with suppress(Unavailable):
            open_area(window, "mentors")

        plain = PlainList(database)
        for area in LIST_AREAS:
            with suppress(Unavailable):
                area.default_filter(area_view(window, area))
            list_figures(report, window, plain, area)
        plain.close()

        meeting_mode_figures(
            report,
            window,
            "every area opened (Meetings, Action items, Search)",
            held[1] if len(held) > 1 else (held[0] if held else None),
            planned[1] if len(planned) > 1 else None,
            runs,
            capture_reference,
            idle_reference,
        )
        report.section("This process")
        report.add(
            Row(
                "peak memory of the benchmark process",
                mib(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss),
                details="includes the plain references",
            )
        )
        report.print()
        print(f"\nload average at the end: {load_average()}")
        close_window(window, scratch)
    return 0


def close_window(window: Any, scratch: Path) -> None:
    """Close the benchmark's window (no undo steps kept), its database and settings."""
    undo = getattr(window, "undo_stack", None)
    if undo is not None:
        undo.clear()
    window.close()
    pump(0.2)
    database_object = getattr(window, "database", None)
    if database_object is not None:
        database_object.close()
    shutil.rmtree(scratch, ignore_errors=True)


def main() -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("data_dir", type=Path, help="a data folder made by heavy_user.py")
    parser.add_argument("--runs", type=int, default=3, help="captures per meeting-mode phase")
    parser.add_argument("--probe", choices=sorted(PROBES), help=argparse.SUPPRESS)
    args = parser.parse_args()
    data = args.data_dir.expanduser().resolve()
    if args.probe:
        return run_probe(args.probe, data)
    return bench(data, max(1, args.runs))


if __name__ == "__main__":
    sys.exit(main())
