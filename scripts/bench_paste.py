"""How long a huge paste takes in the text editors (figures, not a test).

    QT_QPA_PLATFORM=offscreen .venv/bin/python scripts/bench_paste.py

An unbroken "word" (base64, a minified file) is the hard case: Qt lays out a
line with no break opportunity in time that grows with the square of its length.
"""

from __future__ import annotations

import time

from PySide6.QtCore import QMimeData
from PySide6.QtGui import QTextOption
from PySide6.QtWidgets import QApplication, QPlainTextEdit

from mentordesk.ui.meeting_mode.notes_editor import NotesEditor
from mentordesk.ui.widgets.form_text import LongTextEdit


def paste_seconds(editor: QPlainTextEdit, text: str) -> float:
    editor.clear()
    data = QMimeData()
    data.setText(text)
    started = time.perf_counter()
    editor.insertFromMimeData(data)
    QApplication.processEvents()
    return time.perf_counter() - started


def main() -> None:
    _app = QApplication([])
    cases = {
        "1 MB of words": ("lorem ipsum " * 90_000)[:1_000_000],
        "1 MB unbroken": "x" * 1_000_000,
        "5 MB of lines": ("a line of meeting notes\n" * 220_000)[:5_000_000],
    }
    plain = QPlainTextEdit()
    plain.setWordWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
    editors: dict[str, QPlainTextEdit] = {
        "meeting notes (NotesEditor)": NotesEditor(),
        "mentor notes (LongTextEdit)": LongTextEdit(),
    }
    for editor in editors.values():
        editor.resize(800, 600)
        editor.show()
    for case, text in cases.items():
        for name, editor in editors.items():
            print(f"{case:>15} into {name:<28} {paste_seconds(editor, text):7.2f} s")
    plain.resize(800, 600)
    plain.show()
    small = "x" * 200_000
    print(
        f"for comparison, 200 KB unbroken into a plain QPlainTextEdit: "
        f"{paste_seconds(plain, small):.2f} s (it grows with the square of the length)"
    )


if __name__ == "__main__":
    main()
