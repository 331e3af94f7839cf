"""A small chart of the gaps between meetings with one mentor against the agreed
interval, drawn with QPainter in the palette's own colours (light and dark).

Bars longer than the interval are drawn in the warning colour *and* hatched, so
the difference is not carried by colour alone; gaps that began under earlier terms
are faint and never judged; the same facts are in the widget's
accessible description and tooltip, and in the caption under it.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QBrush, QColor, QPainter, QPaintEvent, QPalette, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from mentordesk.services.cadence import Cadence
from mentordesk.ui.mentors import cadence_text
from mentordesk.ui.theme import error_colour

LATE = 1.25  # a gap this much longer than agreed is drawn as late


def describe(item: Cadence) -> str:
    """The chart in words (its text alternative)."""
    if item.interval is None or not item.gaps:
        return ""
    unit = item.interval.unit
    gaps = ", ".join(cadence_text.length_text(g, unit) for g in item.gaps)
    judged = item.gaps[len(item.gaps) - item.judged :]
    late = sum(1 for g in judged if g > LATE * item.interval.approx_days())
    agreed = cadence_text.interval_text(item.interval)
    count = len(item.gaps)  # a plain name: pyside6-lupdate reads the plural then
    text = QCoreApplication.translate(
        "GapChart", "Meet {agreed}. Last %n gap(s): {gaps}.", "", count
    ).format(agreed=agreed, gaps=gaps)
    earlier = len(item.gaps) - item.judged
    if earlier:
        text += " " + QCoreApplication.translate(
            "GapChart", "The first %n began under earlier terms.", "", earlier
        )
    if late:
        text += " " + QCoreApplication.translate(
            "GapChart", "%n was/were clearly longer than that.", "", late
        )
    return text


class GapChart(QWidget):
    """Bars for the recent gaps (oldest on the left), a dashed line at the interval."""

    def __init__(self, item: Cadence, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.item = item
        self.setObjectName("gapChart")
        self.setAccessibleName(
            self.tr("Gaps between meetings with {name}").format(name=item.mentor_name)
        )
        self.setAccessibleDescription(describe(item))
        self.setToolTip(describe(item))
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        self.setMinimumWidth(160)
        self.setMaximumWidth(380)

    def sizeHint(self) -> QSize:
        return QSize(12 * 26 + 60, 78)

    def minimumSizeHint(self) -> QSize:
        return QSize(160, 78)

    def paintEvent(self, event: QPaintEvent) -> None:
        item = self.item
        if item.interval is None or not item.gaps:
            return
        palette = self.palette()
        text = palette.color(QPalette.ColorRole.WindowText)
        normal = palette.color(QPalette.ColorRole.Highlight)
        late_colour = error_colour(palette)
        interval = item.interval.approx_days()
        top = max(max(item.gaps), interval * 1.3)
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        metrics = painter.fontMetrics()
        label = self.tr("agreed")
        label_width = metrics.horizontalAdvance(label) + 6
        area = QRectF(self.rect()).adjusted(2, 4, -label_width, -4)
        baseline = area.bottom()
        count = len(item.gaps)
        earlier = count - item.judged
        slot = min(area.width() / max(count, 1), 26.0)
        bar = max(3.0, slot * 0.7)
        muted = QColor(text)
        muted.setAlpha(90)
        for number, gap in enumerate(item.gaps):
            height = max(2.0, area.height() * gap / top)
            x = area.left() + number * slot + (slot - bar) / 2
            rect = QRectF(x, baseline - height, bar, height)
            judged = number >= earlier
            late = judged and gap > LATE * interval
            colour = QColor(late_colour if late else normal if judged else muted)
            painter.fillRect(rect, colour)
            if late:  # hatched as well as coloured
                hatch = QColor(text)
                hatch.setAlpha(140)
                painter.fillRect(rect, QBrush(hatch, Qt.BrushStyle.BDiagPattern))
        axis = QColor(text)
        axis.setAlpha(110)
        painter.setPen(QPen(axis, 1))
        painter.drawLine(QPointF(area.left(), baseline), QPointF(area.right(), baseline))
        y = baseline - area.height() * interval / top
        pen = QPen(QColor(text), 1.4, Qt.PenStyle.DashLine)
        painter.setPen(pen)
        painter.drawLine(QPointF(area.left(), y), QPointF(area.right() + 2, y))
        painter.setPen(QColor(text))
        painter.drawText(
            QPointF(area.right() + 4, y + metrics.ascent() / 2 - 1),
            label,
        )
        painter.end()
