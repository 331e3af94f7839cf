"""The window keeps no copy of the source of the modules imported after it (issue 17:
PySide6's import hook had every line of SQLAlchemy and the models cached, 20 MiB at
the moment the data opened)."""

from __future__ import annotations

import gc
import linecache
import sys
import weakref
from pathlib import Path

import pytest

from mentordesk.ui.memory import FULL_AFTER, settle
from mentordesk.ui.shell.main_window import MainWindow


def test_a_module_imported_after_the_window_leaves_no_lines_cached(
    window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    module = tmp_path / "imported_late_for_the_test.py"
    module.write_text("from PySide6.QtCore import QObject\n\nVALUE = 42\n" + "# padding\n" * 500)
    monkeypatch.syspath_prepend(str(tmp_path))
    linecache.clearcache()
    imported = __import__("imported_late_for_the_test")  # as an import statement does
    try:
        assert imported.VALUE == 42
        assert str(module) not in linecache.cache
    finally:
        sys.modules.pop("imported_late_for_the_test", None)


def test_what_lives_as_long_as_the_app_leaves_the_collector_and_later_garbage_goes(
    window: MainWindow,
) -> None:
    """Start-up's objects (Qt, SQLAlchemy, the window) are frozen once, so a full
    collection (which holds the UI thread, even from the sync thread) walks only what
    came since (and one comes after 100 younger ones, not 10); a cycle made later is
    still collected; a second window freezes nothing."""
    frozen = gc.get_freeze_count()
    assert frozen > 20_000
    assert gc.get_threshold()[2] == FULL_AFTER  # and full collections come less often
    assert not settle()  # once per process: later windows (tests) freeze nothing more
    assert gc.get_freeze_count() == frozen

    class Cycle:
        me: object = None

    made = Cycle()
    made.me = made
    gone = weakref.ref(made)
    del made
    gc.collect()
    assert gone() is None
