"""A form that scrolls as a whole: a wheel turned over one of its boxes (a long text, a
choice, a number, a date) scrolls the form, as in a web page, unless the person is
in that box (it has the keyboard focus). Qt gave every wheel to the box under the
pointer: the agreement's "I commit to" scrolled, or a format changed, instead."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QFrame,
    QPlainTextEdit,
    QScrollArea,
    QTextEdit,
    QWidget,
)

BOXES = (QPlainTextEdit, QTextEdit, QComboBox, QAbstractSpinBox)


class _WheelToForm(QObject):
    def __init__(self, scroll: QScrollArea, inner: QWidget) -> None:
        super().__init__(inner)  # goes with the form; the scroll area may go first
        self.scroll = scroll
        self.inner = inner

    def watch(self) -> None:
        """Take the wheel of every box in the form as it is now (again is harmless)."""
        inner = self.inner
        inner.installEventFilter(self)
        for box in inner.findChildren(QWidget):
            if not isinstance(box, BOXES):
                continue
            if box.focusPolicy() == Qt.FocusPolicy.WheelFocus:
                box.setFocusPolicy(Qt.FocusPolicy.StrongFocus)  # a wheel never takes focus
            target = box.viewport() if isinstance(box, QPlainTextEdit | QTextEdit) else box
            if target is not None:
                target.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if watched is self.inner:
            if kind == QEvent.Type.Show:
                self.watch()  # boxes added since (a form rebuilt)
            return False
        if kind != QEvent.Type.Wheel or not isinstance(watched, QWidget):
            return False
        box = watched if isinstance(watched, BOXES) else watched.parentWidget()
        focus = QApplication.focusWidget()
        if box is None or box.hasFocus() or (focus is not None and box.isAncestorOf(focus)):
            return False
        try:
            bar = self.scroll.verticalScrollBar()
        except RuntimeError:  # the scroll area is being deleted
            return False
        if bar is not None:
            QApplication.sendEvent(bar, event)
        return True


def form_scroll(inner: QWidget, name: str) -> QScrollArea:
    """A frameless scroll area around ``inner`` (a form), named ``name``, whose wheel
    scrolls the form over its boxes (see the module's note)."""
    scroll = QScrollArea()
    scroll.setObjectName(name)
    scroll.setWidgetResizable(True)
    scroll.setFrameShape(QFrame.Shape.NoFrame)
    scroll.setWidget(inner)
    _WheelToForm(scroll, inner).watch()
    return scroll
