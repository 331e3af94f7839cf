"""A dashboard section: a heading with a count, a few rows, "Show all" for the rest,
and a sentence of its own when there is nothing in it."""

from __future__ import annotations

import html
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from PySide6.QtCore import Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import (
    QApplication,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from mentordesk.ui import formats
from mentordesk.ui.theme import error_colour, muted_colour
from mentordesk.ui.widgets.toned import follow_palette, tone

ROWS_SHOWN = 4


@dataclass(frozen=True)
class Button:
    """A button on a row: object name, text, what a screen reader says, what it does."""

    name: str
    text: str
    accessible: str
    slot: Callable[[], object]
    tooltip: str = ""


def tint(label: QLabel, muted: bool = False, warn: bool = False) -> QLabel:
    if warn:
        return tone(label, "error")
    if muted:
        return tone(label, "muted")
    return label


def row_html(main: str, detail: str, warn: bool, palette: QPalette) -> str:
    """The two lines of a row in the colours of ``palette`` (worked out again when the
    theme changes)."""
    title_colour = error_colour(palette) if warn else palette.color(QPalette.ColorRole.WindowText)
    text = f"<b style='color:{title_colour.name()}'>{html.escape(main)}</b>"
    if detail:
        muted = muted_colour(palette).name()
        text += f"<br><span style='color:{muted}'>{html.escape(detail)}</span>"
    return text


def row(
    name: str, main: str, detail: str, buttons: Sequence[Button] = (), *, warn: bool = False
) -> QWidget:
    """One line of a section: what (bold, in the warning colour when late), its details
    below in the muted colour, its buttons. One label for both lines: a dashboard of
    many rows is built quickly."""
    widget = QWidget()
    widget.setObjectName(name)
    label = QLabel()
    label.setObjectName("dashboardRowText")
    label.setTextFormat(Qt.TextFormat.RichText)
    follow_palette(
        label, lambda shown: shown.setText(row_html(main, detail, warn, QApplication.palette()))
    )
    label.setWordWrap(True)
    heard = formats.without_isolates(f"{main}. {detail}" if detail else main)
    label.setAccessibleName(heard)  # a screen reader needs no isolates
    layout = QHBoxLayout(widget)
    layout.setContentsMargins(0, 3, 0, 3)
    layout.addWidget(label, 1)
    for button in buttons:
        push = QPushButton(button.text)
        push.setObjectName(button.name)
        push.setAccessibleName(button.accessible)
        push.setToolTip(button.tooltip or button.accessible)
        push.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        push.clicked.connect(lambda _checked=False, slot=button.slot: slot())
        layout.addWidget(push, 0, Qt.AlignmentFlag.AlignVCenter)
    return widget


def row_texts(widget: QWidget) -> tuple[str, str]:
    """The title and details a row shows (for tests: what a screen reader reads)."""
    label = widget.findChild(QLabel, "dashboardRowText")
    assert label is not None
    title, _, detail = label.accessibleName().partition(". ")
    return title, detail


class Section(QFrame):
    """A titled list of rows; says ``empty_text`` when there are none."""

    def __init__(self, key: str, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(f"{key}Section")
        self.key = key
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.heading = QLabel(title)
        self.heading.setObjectName(f"{key}Heading")
        font = self.heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.15)
        font.setBold(True)
        self.heading.setFont(font)
        self.count = tint(QLabel(), muted=True)
        self.count.setObjectName(f"{key}Count")
        self.empty = tint(QLabel(), muted=True)
        self.empty.setObjectName(f"{key}Empty")
        self.empty.setWordWrap(True)
        self.rows = QVBoxLayout()
        self.rows.setSpacing(0)
        self.more = QPushButton()
        self.more.setObjectName(f"{key}ShowAll")
        self.more.setFlat(True)
        self.more.setAccessibleName(self.tr("Show all in {section}").format(section=title))
        self.more.hide()
        self.more.clicked.connect(self.show_all)
        top = QHBoxLayout()
        top.addWidget(self.heading)
        top.addWidget(self.count)
        top.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.empty)
        layout.addLayout(self.rows)
        layout.addWidget(self.more, 0, Qt.AlignmentFlag.AlignLeft)
        self._waiting: list[Callable[[], QWidget]] = []
        self._shown: list[QWidget] = []
        self._showing: object = None

    def fill(
        self,
        makers: Sequence[Callable[[], QWidget]],
        empty_text: str,
        limit: int = ROWS_SHOWN,
        same_as: object = None,
    ) -> None:
        """Show the rows ``makers`` build (the first ``limit`` now, the rest on "Show all").
        ``same_as``: what the rows show; when it has not changed, nothing is rebuilt."""
        if same_as is not None and same_as == self._showing:
            return
        self._showing = same_as
        while self.rows.count():
            item = self.rows.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.hide()
                widget.deleteLater()
        self.count.setText(f"({len(makers)})" if makers else "")
        self.empty.setText(empty_text)
        self.empty.setVisible(not makers)
        self._shown = []
        for make in makers[:limit]:
            self._add(make())
        self._waiting = list(makers[limit:])
        self.more.setText(self.tr("Show all {n}").format(n=len(makers)))
        self.more.setAccessibleName(
            self.tr("Show all {n} in {section}").format(n=len(makers), section=self.heading.text())
        )
        self.more.setVisible(bool(self._waiting))

    def _add(self, widget: QWidget) -> None:
        self.rows.addWidget(widget)
        self._shown.append(widget)

    def show_all(self) -> None:
        for make in self._waiting:
            self._add(make())
        self._waiting = []
        self.more.hide()

    def shown_rows(self) -> list[QWidget]:
        """The rows on screen now (before "Show all": the first few)."""
        return list(self._shown)
