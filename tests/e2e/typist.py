"""A child process that types into the real meeting mode window (for crash tests).

    python -m tests.e2e.typist DATA_DIR MEETING_ID TEXT [--mode MODE] [--interval-ms N]
                                                     [--debounce-ms N]

Like the app's start, it first replays the typing journal a crash left
(``ui/meeting_mode/recovery.py``), then prints ``OPENED <notes as JSON>``.

MODE is ``type`` (type TEXT on a timer and keep running until killed), ``close``
(type, then close the window at once), ``quit`` (type, then quit the app at once)
or ``show`` (print the notes the window opens with, as JSON, and exit).

It builds the real pieces (Database, AppContext, MeetingModeWindow) and prints
``SAVED <revision> <length> <milliseconds since the save was handed over>`` each
time the saver reports a stored version, ``TYPED <length>`` when typing is done;
with ``--echo``, ``KEY <n>`` after the n-th keystroke has been handled.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import time

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QEvent, Qt, QTimer
from PySide6.QtGui import QKeyEvent, QUndoStack
from PySide6.QtWidgets import QApplication

from mentordesk.config import resolve_paths
from mentordesk.db.database import Database
from mentordesk.ui.context import AppContext
from mentordesk.ui.meeting_mode.recovery import recover_typing
from mentordesk.ui.meeting_mode.window import MeetingModeWindow


def say(line: str) -> None:
    sys.stdout.write(line + "\n")
    sys.stdout.flush()


def key(window: MeetingModeWindow, character: str) -> None:
    for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
        if character == "\n":
            event = QKeyEvent(kind, Qt.Key.Key_Return, Qt.KeyboardModifier.NoModifier, "\r")
        else:
            event = QKeyEvent(kind, Qt.Key.Key_unknown, Qt.KeyboardModifier.NoModifier, character)
        QApplication.sendEvent(window.notes, event)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("data_dir")
    parser.add_argument("meeting_id")
    parser.add_argument("text", nargs="?", default="")
    parser.add_argument("--mode", choices=("type", "close", "quit", "show"), default="type")
    parser.add_argument("--interval-ms", type=int, default=5)
    parser.add_argument("--debounce-ms", type=int, default=0)
    parser.add_argument("--echo", action="store_true")
    args = parser.parse_args(argv)

    app = QApplication(sys.argv[:1])
    database = Database(resolve_paths(args.data_dir))
    context = AppContext(database, QUndoStack())
    recover_typing(context)
    window = MeetingModeWindow(context, args.meeting_id)
    window.show()
    say("OPENED " + json.dumps(window.notes.toPlainText()))
    if args.mode == "show":
        say(json.dumps(window.notes.toPlainText()))
        window.close()
        database.close()
        return 0
    if args.debounce_ms:
        window.saver.debounce.setInterval(args.debounce_ms)

    handed_over: dict[int, float] = {}
    original_save_now = window.saver.save_now

    def timed_save_now() -> None:
        handed_over.setdefault(window.saver.revision, time.perf_counter())
        original_save_now()

    for timer_ in (window.saver.debounce, window.saver.max_wait):
        timer_.timeout.disconnect()
        timer_.timeout.connect(timed_save_now)

    def saved(revision: int, length: int) -> None:
        started = min((t for r, t in handed_over.items() if r <= revision), default=None)
        latency = (time.perf_counter() - started) * 1000 if started is not None else -1.0
        for r in [r for r in handed_over if r <= revision]:
            del handed_over[r]
        say(f"SAVED {revision} {length} {latency:.2f}")

    window.saver.saved.connect(saved)
    text = args.text.replace("\\n", "\n")

    if args.mode in ("close", "quit"):
        for character in text:
            key(window, character)
        say(f"TYPED {len(window.notes.toPlainText())}")
        if args.mode == "close":
            window.close()
        else:
            QTimer.singleShot(0, app.quit)
            app.exec()
        database.close()
        return 0

    position = 0

    def type_next() -> None:
        nonlocal position
        if position >= len(text):
            timer.stop()
            say(f"TYPED {len(window.notes.toPlainText())}")
            return
        key(window, text[position])
        position += 1
        if args.echo:
            say(f"KEY {position}")

    timer = QTimer()
    timer.timeout.connect(type_next)
    timer.start(args.interval_ms)
    say("READY")
    return app.exec()


if __name__ == "__main__":
    sys.exit(main())
