"""A UI tour for the network audit (tests/e2e/test_no_network.py), run as its own
process: ``python tests/e2e/network_tour.py DATA_DIR``. It holds the data folder and
listens on the single-instance channel as the app does (and asks it once, as a second
copy would), loads the sample data into the real main window offscreen, opens every
area, meeting mode on a sample meeting (typing, capturing an action item), searches,
opens Preferences, switches Presenting on and off, and prints ``tour done``."""

from __future__ import annotations

import sys
import time
from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtGui import QAction
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QDialog

from mentordesk import lock
from mentordesk.config import resolve_paths
from mentordesk.db.database import Database
from mentordesk.instance import SingleInstance
from mentordesk.services import meeting_queries
from mentordesk.services.sample import load_sample_data
from mentordesk.ui.meeting_mode.window import MeetingModeWindow
from mentordesk.ui.search.area import SearchView
from mentordesk.ui.settings import open_settings
from mentordesk.ui.shell.main_window import MainWindow


def _settle(seconds: float = 0.3) -> None:
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        QApplication.processEvents()
        time.sleep(0.01)


def _close_dialogs() -> None:
    for widget in QApplication.topLevelWidgets():
        if isinstance(widget, QDialog) and widget.isVisible():
            widget.reject()


def main(data: Path) -> int:
    app = QApplication([sys.argv[0]])
    paths = resolve_paths(data)
    paths.ensure()
    instance = SingleInstance(paths)
    instance.acquire()
    instance.listen(lambda: None)
    assert lock.server_answers(paths.data_dir)  # the only socket a copy opens: local
    database = Database(paths)
    window = MainWindow(paths, open_settings(paths))
    window.show()
    window.attach_database(database)
    context = window.context
    assert context is not None
    context.store(load_sample_data, context.today())
    _settle()
    for key in window.area_keys():
        window.open_area(key)
        _settle(0.1)
    planned = [r for r in context.read(meeting_queries.meeting_rows) if r.status == "planned"]
    meeting = window.open_meeting_mode(planned[0].id)
    assert isinstance(meeting, MeetingModeWindow)
    _settle()
    meeting.notes.setFocus()
    QTest.keyClicks(meeting.notes, "Ask about the roadmap")
    assert meeting.flush()
    meeting.close()
    _settle()
    window.find_text("roadmap")
    search = window.area_widget("search")
    assert isinstance(search, SearchView)
    search.run_search()
    _settle(1.0)
    QTimer.singleShot(500, _close_dialogs)
    window.show_preferences()
    _settle()
    presenting = window.findChild(QAction, "presentingAction")
    assert presenting is not None
    presenting.trigger()  # View ▸ Presenting on, every area again, then off
    for key in window.area_keys():
        window.open_area(key)
        _settle(0.05)
    presenting.trigger()
    window.undo_stack.clear()
    window.close()
    _settle()
    database.close()
    instance.release()
    app.processEvents()
    print("tour done", flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main(Path(sys.argv[1])))
