"""The notes editor: plain Markdown text that helps with lists, bold and italic."""

from __future__ import annotations

import time

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QFocusEvent, QFont, QKeyEvent, QKeySequence, QTextCursor
from PySide6.QtWidgets import QPlainTextEdit, QWidget

from mentordesk.ui.meeting_mode.highlighter import MarkdownHighlighter
from mentordesk.ui.meeting_mode.markdown import next_marker, strip_markers
from mentordesk.ui.widgets.form_text import LongTextEdit, fit_wrap_mode


class MarkdownEditor(LongTextEdit):
    """A plain-text editor for Markdown. ``focus_left`` fires when focus moves away
    (the window saves at once then)."""

    focus_left = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTabChangesFocus(False)
        self.setLineWrapMode(QPlainTextEdit.LineWrapMode.WidgetWidth)
        self.highlighter = MarkdownHighlighter(self.document(), self.palette())

    def load_text(self, text: str) -> None:
        """Show stored text (wrapped so that a huge unbroken "word" stays fast)."""
        fit_wrap_mode(self, text)
        self.setPlainText(text)

    def focusOutEvent(self, event: QFocusEvent) -> None:
        super().focusOutEvent(event)
        self.focus_left.emit()

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.PaletteChange:
            self.highlighter.set_palette(self.palette())

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.matches(QKeySequence.StandardKey.Bold):
            self.wrap_selection("**")
            return
        if event.matches(QKeySequence.StandardKey.Italic):
            self.wrap_selection("*")
            return
        # Tab types a tab here; Ctrl+Tab (Ctrl+Shift+Tab) moves on, so keyboard users
        # are never stuck in the editor.
        control = event.modifiers() & Qt.KeyboardModifier.ControlModifier
        if control and event.key() in (Qt.Key.Key_Tab, Qt.Key.Key_Backtab):
            backwards = event.key() == Qt.Key.Key_Backtab or bool(
                event.modifiers() & Qt.KeyboardModifier.ShiftModifier
            )
            # QPlainTextEdit's own focusNextPrevChild refuses while Tab types a tab.
            QWidget.focusNextPrevChild(self, not backwards)
            return
        plain_enter = event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and not (
            event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
        )
        if plain_enter and self.continue_list():
            return
        super().keyPressEvent(event)

    # -- editing helpers ------------------------------------------------------------------
    def continue_list(self) -> bool:
        """Enter in a list item: start the next item, or end the list on an empty one."""
        cursor = self.textCursor()
        if cursor.hasSelection():
            return False
        block = cursor.block()
        before = block.text()[: cursor.positionInBlock()]
        found = next_marker(before)
        if found is None:
            return False
        prefix, ends_list = found
        cursor.beginEditBlock()
        if ends_list and not block.text()[cursor.positionInBlock() :].strip():
            # An empty item: remove its marker, leave an empty line, end the list.
            cursor.movePosition(QTextCursor.MoveOperation.StartOfBlock)
            cursor.movePosition(
                QTextCursor.MoveOperation.EndOfBlock, QTextCursor.MoveMode.KeepAnchor
            )
            cursor.removeSelectedText()
        else:
            cursor.insertText("\n" + prefix)
        cursor.endEditBlock()
        self.setTextCursor(cursor)
        self.ensureCursorVisible()
        return True

    def wrap_selection(self, mark: str) -> None:
        """Wrap the selection (or the word at the cursor) in ``mark``, e.g. ** for bold."""
        cursor = self.textCursor()
        if not cursor.hasSelection():
            cursor.select(QTextCursor.SelectionType.WordUnderCursor)
            if not cursor.selectedText().strip() or not cursor.selectedText()[0].isalnum():
                cursor = self.textCursor()
        cursor.beginEditBlock()
        if cursor.hasSelection():
            start, end = cursor.selectionStart(), cursor.selectionEnd()
            cursor.setPosition(end)
            cursor.insertText(mark)
            cursor.setPosition(start)
            cursor.insertText(mark)
            cursor.setPosition(end + 2 * len(mark))
        else:
            cursor.insertText(mark + mark)
            cursor.setPosition(cursor.position() - len(mark))
        cursor.endEditBlock()
        self.setTextCursor(cursor)

    def capture_text(self) -> str:
        """The selection, or else the current line without list/checkbox/heading markers."""
        cursor = self.textCursor()
        if cursor.hasSelection():
            # Qt puts U+2029 between selected paragraphs.
            lines = cursor.selectedText().replace("\u2029", "\n").splitlines()
            return " ".join(strip_markers(line) for line in lines if line.strip())
        return strip_markers(cursor.block().text())

    def replace_all(self, text: str) -> None:
        """Replace the whole text as one undoable edit (Ctrl+Z brings the old text back)."""
        fit_wrap_mode(self, text)
        cursor = QTextCursor(self.document())
        cursor.beginEditBlock()
        cursor.select(QTextCursor.SelectionType.Document)
        cursor.insertText(text)
        cursor.endEditBlock()
        self.setTextCursor(cursor)


# A typing run is one undo step per word, or after a pause this long (seconds).
PAUSE = 1.5
# An undo that removes at least this many characters offers "Restore".
MUCH = 40


class NotesEditor(MarkdownEditor):
    """The large notes editor of meeting mode.

    Qt's undo takes back a whole typed run, so a few habitual Ctrl+Z emptied the
    notes. Here each word (with the space or mark after it) is its own step, and so
    is typing after a pause, as editors people know do. ``undone_much(text)`` fires
    with the text as it was before an undo that removed much of it.
    """

    undone_much = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._run_end = -1  # where our own typing step ends; -1: none open
        self._last_key = 0.0
        self.setObjectName("notesEditor")
        self.setAccessibleName(self.tr("Meeting notes"))
        self.setPlaceholderText(
            self.tr(
                "Type your notes. Markdown works: # heading, - list, 1. list, - [ ] to do, "
                "**bold**, *italic*.\nCtrl+Shift+A turns the current line into an action item."
            )
        )
        font = self.font()
        font.setPointSizeF(font.pointSizeF() * 1.15)
        font.setStyleHint(QFont.StyleHint.SansSerif)
        self.setFont(font)
        self.document().setDocumentMargin(10)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.matches(QKeySequence.StandardKey.Undo):
            before = self.toPlainText()
            self.undo()
            self._run_end = -1
            if len(before) - len(self.toPlainText()) >= MUCH:
                self.undone_much.emit(before)
            return
        text = event.text()
        typed = (
            len(text) == 1
            and text.isprintable()
            and not (
                event.modifiers()
                & ~(Qt.KeyboardModifier.ShiftModifier | Qt.KeyboardModifier.KeypadModifier)
            )
            and not self.overwriteMode()
        )
        if not typed:
            self._run_end = -1
            super().keyPressEvent(event)
            return
        now = time.monotonic()
        cursor = self.textCursor()
        previous = self.document().characterAt(cursor.position() - 1) if cursor.position() else ""
        starts_word = not text.isspace() and (not previous or previous.isspace())
        joins = (
            self._run_end == cursor.position()
            and not cursor.hasSelection()
            and not starts_word
            and now - self._last_key < PAUSE
        )
        if joins:
            cursor.joinPreviousEditBlock()
        else:
            cursor.beginEditBlock()
        cursor.insertText(text)
        cursor.endEditBlock()
        self.setTextCursor(cursor)
        self.ensureCursorVisible()
        self._run_end, self._last_key = cursor.position(), now
