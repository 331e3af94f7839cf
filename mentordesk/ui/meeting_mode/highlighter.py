"""Markdown highlighting for the notes editor, in colours taken from the palette."""

from __future__ import annotations

import re

from PySide6.QtGui import (
    QFont,
    QPalette,
    QSyntaxHighlighter,
    QTextCharFormat,
    QTextDocument,
)

HEADING = re.compile(r"^\s{0,3}(#{1,6})\s+.*$")
BOLD = re.compile(r"(\*\*|__)(?=\S)(.+?)(?<=\S)\1")
ITALIC = re.compile(r"(?<![*_])([*_])(?=\S)([^*_]+?)(?<=\S)\1(?![*_])")
CHECKBOX = re.compile(r"^\s*[-*+] (\[[ xX]\])")
LIST = re.compile(r"^\s*([-*+]|\d{1,9}[.)]) ")


class MarkdownHighlighter(QSyntaxHighlighter):
    """Headings bold and in the accent colour, **bold**, *italic*, checkboxes; done items
    are struck through. Colours follow the palette, so dark mode stays readable."""

    def __init__(self, document: QTextDocument, palette: QPalette) -> None:
        super().__init__(document)
        self.set_palette(palette)

    def set_palette(self, palette: QPalette) -> None:
        accent = palette.color(QPalette.ColorRole.Link)
        quiet = palette.color(QPalette.ColorRole.PlaceholderText)
        self._heading = QTextCharFormat()
        self._heading.setFontWeight(QFont.Weight.Bold)
        self._heading.setForeground(accent)
        self._bold = QTextCharFormat()
        self._bold.setFontWeight(QFont.Weight.Bold)
        self._italic = QTextCharFormat()
        self._italic.setFontItalic(True)
        self._marker = QTextCharFormat()
        self._marker.setForeground(quiet)
        self._checkbox = QTextCharFormat()
        self._checkbox.setForeground(accent)
        self._checkbox.setFontWeight(QFont.Weight.Bold)
        self._done = QTextCharFormat()
        self._done.setFontStrikeOut(True)
        self._done.setForeground(quiet)
        self.rehighlight()

    def highlightBlock(self, text: str) -> None:
        heading = HEADING.match(text)
        if heading:
            self.setFormat(0, len(text), self._heading)
            self.setFormat(0, heading.end(1), self._merged(self._heading, self._marker))
            return
        box = CHECKBOX.match(text)
        if box:
            if box.group(1).lower() == "[x]":
                self.setFormat(box.end(), len(text) - box.end(), self._done)
            self.setFormat(box.start(1), 3, self._checkbox)
        else:
            bullet = LIST.match(text)
            if bullet:
                self.setFormat(bullet.start(1), len(bullet.group(1)), self._checkbox)
        for match in BOLD.finditer(text):
            self.setFormat(match.start(2), len(match.group(2)), self._bold)
            self.setFormat(match.start(), 2, self._marker)
            self.setFormat(match.end() - 2, 2, self._marker)
        for match in ITALIC.finditer(text):
            self.setFormat(match.start(2), len(match.group(2)), self._italic)
            self.setFormat(match.start(), 1, self._marker)
            self.setFormat(match.end() - 1, 1, self._marker)

    @staticmethod
    def _merged(base: QTextCharFormat, extra: QTextCharFormat) -> QTextCharFormat:
        merged = QTextCharFormat(base)
        merged.merge(extra)
        return merged
