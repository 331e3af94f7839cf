"""The recovery key on paper (File ▸ Encryption…, Print… where the key is shown): one
plain page with the app's name, the date, the data folder, the key in large monospace
groups, and what the key is for. Printed through Qt's print dialog to any printer, or
to a PDF file; the page is a ``QTextDocument`` so the same text can be read back.
"""

from __future__ import annotations

import html
from datetime import date
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QDate, QLocale
from PySide6.QtGui import QFont, QFontDatabase, QTextDocument
from PySide6.QtPrintSupport import QPrinter

KEY_POINTS = 26  # the key's size on paper: large enough to read back without doubt
GROUPS_PER_LINE = 4  # "ABCD-EFGH-IJKL-MNOP-" / "QRST-UVWX-YZ"


def key_lines(key: str) -> list[str]:
    """The key in lines of a few dash-joined groups (each line but the last ends with
    its dash, so the key reads on as one)."""
    groups = key.split("-")
    lines = [
        "-".join(groups[i : i + GROUPS_PER_LINE]) for i in range(0, len(groups), GROUPS_PER_LINE)
    ]
    return [line + "-" for line in lines[:-1]] + lines[-1:]


def recovery_page(key: str, data_folder: Path | None, day: date) -> QTextDocument:
    """The page: what it is, when, which data, the key, and what to do with it."""
    mono = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
    when = QLocale().toString(QDate(day.year, day.month, day.day), QLocale.FormatType.LongFormat)
    title = QCoreApplication.translate("RecoveryKeyDialog", "MentorDesk recovery key")
    printed = QCoreApplication.translate("RecoveryKeyDialog", "Printed on {date}")
    parts = [
        f"<h1>{html.escape(title)}</h1>",
        f"<p>{html.escape(printed.format(date=when))}</p>",
    ]
    if data_folder is not None:
        folder = QCoreApplication.translate(
            "RecoveryKeyDialog", "For the data folder: {folder}"
        ).format(folder=data_folder)
        parts.append(f"<p>{html.escape(folder)}</p>")
    lines = "<br>".join(html.escape(line) for line in key_lines(key))
    family = html.escape(mono.family(), quote=True)
    parts += [
        f"<p style=\"font-family: '{family}', monospace; font-size: {KEY_POINTS}pt; "
        f'font-weight: bold; margin: 24px 0;">{lines}</p>',
        "<p>{}</p>".format(
            html.escape(
                QCoreApplication.translate(
                    "RecoveryKeyDialog",
                    "This key opens your MentorDesk data if you forget your passphrase: type "
                    "it where the passphrase is asked for (capitals, spaces and dashes do not "
                    "matter). Keep this page somewhere safe, away from the computer. Anyone "
                    "who has it and your data folder can read your data; if you lose both "
                    "the key and the passphrase, nobody can.",
                )
            )
        ),
    ]
    document = QTextDocument()
    document.setDefaultFont(QFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.GeneralFont)))
    document.setHtml("\n".join(parts))
    return document


def print_page(document: QTextDocument, printer: QPrinter) -> bool:
    """Print ``document`` on ``printer``; False if the printer (or the PDF file) failed."""
    document.print_(printer)
    if printer.printerState() in (QPrinter.PrinterState.Error, QPrinter.PrinterState.Aborted):
        return False
    if printer.outputFormat() == QPrinter.OutputFormat.PdfFormat:
        written = Path(printer.outputFileName())
        return written.is_file() and written.stat().st_size > 0
    return True
