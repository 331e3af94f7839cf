"""Run the real app (``app.run``) and answer its dialogs, for tests from outside.

    python -m tests.e2e.answering DATA_DIR [--answer BUTTON ...] [--close-after-start]

Each modal dialog is printed as one JSON line ``{"dialog": name, "text": ...}``
and answered: by clicking the button named by the next ``--answer`` (an
objectName), or else by rejecting it. ``--close-after-start`` closes the main
window once it shows the data (printing ``STARTED``), the normal way.
"""

from __future__ import annotations

import argparse
import json
import os
import sys

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox, QPushButton

from mentordesk import app


def say(line: str) -> None:
    sys.stdout.write(line + "\n")
    sys.stdout.flush()


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("data_dir")
    parser.add_argument("--answer", action="append", default=[])
    parser.add_argument("--close-after-start", action="store_true")
    args = parser.parse_args()
    answers: list[str] = list(args.answer)
    application = app.make_application()
    started = False

    def look() -> None:
        nonlocal started
        dialog = QApplication.activeModalWidget()
        if isinstance(dialog, QDialog) and dialog.isVisible():
            text = dialog.text() if isinstance(dialog, QMessageBox) else dialog.windowTitle()
            if isinstance(dialog, QMessageBox):
                text += "\n" + dialog.informativeText()
            say(json.dumps({"dialog": dialog.objectName(), "text": text}))
            button = dialog.findChild(QPushButton, answers.pop(0)) if answers else None
            if button is not None:
                button.click()
            else:
                dialog.reject()
            return
        for widget in QApplication.topLevelWidgets():
            attached = getattr(widget, "database", None) is not None
            shown = widget.objectName() == "mainWindow" and widget.isVisible() and attached
            if shown and not started:
                started = True
                say("STARTED")
                if args.close_after_start:
                    widget.close()

    timer = QTimer()
    timer.timeout.connect(look)
    timer.start(50)
    code = app.run(args.data_dir)
    timer.stop()
    del application
    return code


if __name__ == "__main__":
    sys.exit(main())
