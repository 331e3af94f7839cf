"""One run of MentorDesk, started as at login (minimized), on a simulated clock: for
tests/e2e/test_reminders_closed.py, which starts it many times in a row.

    python -m tests.e2e.reminder_run DATA_DIR FROM UNTIL OUTPUT [--click]

The real start-up (``DataSession.start(minimized=True)``) on a real X display, then the
clock is set to FROM and moved on by the ticker's half minute until UNTIL, the ticker
checking at each step as its timer would. After each check it notes the simulated
moment on the notification server (``Mark``: the server's log places each Notify
between two moments) and looks for a tray message that came up (Qt's balloon, a real
window on the X display). With ``--click`` the newest notification's action is taken
the way a person does: clicked over D-Bus by the server, or the balloon clicked with
xdotool. Then the window is closed the normal way. OUTPUT gets a JSON summary.
"""

from __future__ import annotations

import json
import subprocess
import sys
from datetime import datetime, timedelta
from pathlib import Path

from PySide6.QtCore import QThread
from PySide6.QtDBus import QDBusConnection, QDBusInterface
from PySide6.QtWidgets import QApplication, QLabel, QWidget

from mentordesk.app import make_application
from mentordesk.config import resolve_paths
from mentordesk.ui.settings import open_settings
from mentordesk.ui.shell.data_session import DataSession
from mentordesk.ui.ticker import TICK_MS, ticker

STEP = timedelta(milliseconds=TICK_MS)
SERVER = "org.freedesktop.Notifications"


def balloons(app: QApplication) -> list[QWidget]:
    return [
        w
        for w in app.topLevelWidgets()
        if w.metaObject().className() == "QBalloonTip" and w.isVisible()
    ]


def balloon_text(widget: QWidget) -> list[str]:
    return [label.text() for label in widget.findChildren(QLabel) if label.text()]


def main() -> int:
    data_dir, start, until, output = sys.argv[1:5]
    click = "--click" in sys.argv
    moment = datetime.fromisoformat(start)
    end = datetime.fromisoformat(until)
    app = make_application()
    paths = resolve_paths(data_dir)
    session = DataSession(paths, open_settings(paths))
    assert session.start(minimized=True)
    window = session.window
    assert window is not None and window.context is not None
    context = window.context
    context.set_clock(lambda: moment)
    started_minimized = window.isMinimized()
    bus = QDBusConnection.sessionBus()
    server = QDBusInterface(SERVER, "/org/freedesktop/Notifications", SERVER, bus)
    seen: set[int] = set()
    tray: list[dict[str, object]] = []
    while True:
        if moment == datetime.fromisoformat(start):
            app.processEvents()  # the check start-up asks for at once
        else:
            ticker(context).check()
        app.processEvents()
        if server.isValid():
            server.call("Mark", moment.isoformat())
        for balloon in balloons(app):
            if id(balloon) not in seen:
                seen.add(id(balloon))
                tray.append({"at": moment.isoformat(), "text": balloon_text(balloon)})
        if moment + STEP > end:
            break
        moment += STEP
    area_before = window.current_area()
    if click:
        shown = balloons(app)
        if shown:  # a person clicks the tray message
            middle = shown[-1].mapToGlobal(shown[-1].rect().center())
            subprocess.run(
                ["xdotool", "mousemove", str(middle.x()), str(middle.y()), "click", "1"],
                check=True,
            )
        else:  # a person clicks the notification's action on the desktop
            server.call("Click", 0)  # the newest
        for _ in range(200):
            app.processEvents()
            if window.current_area() != area_before and not window.isMinimized():
                break
            QThread.msleep(10)
    result = {
        "started_minimized": started_minimized,
        "tray": tray,
        "area_before": area_before,
        "area": window.current_area(),
        "minimized_at_end": window.isMinimized(),
    }
    window.close()
    session.close()
    Path(output).write_text(json.dumps(result))
    return 0


if __name__ == "__main__":
    sys.exit(main())
