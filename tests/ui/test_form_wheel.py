"""Issue 18, item 3: a mouse wheel turned over a box inside a scrolling form (the
agreement's "I commit to") scrolled the box, or changed the choice, not the form. Now
the form scrolls; the box takes the wheel only once it has the keyboard focus."""

from __future__ import annotations

from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QWheelEvent
from PySide6.QtWidgets import QApplication, QScrollArea, QWidget

from mentordesk.services.mentors import MentorData
from mentordesk.ui.shell.main_window import MainWindow
from tests.ui.helpers import add_mentor, click_row, mentors_view


def wheel_down(widget: QWidget) -> None:
    """One notch of the wheel, turned towards the person, over ``widget``'s middle."""
    middle = QPointF(widget.width() / 2, widget.height() / 2)
    event = QWheelEvent(
        middle,
        QPointF(widget.mapToGlobal(QPoint(int(middle.x()), int(middle.y())))),
        QPoint(0, 0),
        QPoint(0, -120),
        Qt.MouseButton.NoButton,
        Qt.KeyboardModifier.NoModifier,
        Qt.ScrollPhase.NoScrollPhase,
        False,
    )
    QApplication.sendEvent(widget, event)


def test_the_wheel_over_a_box_in_the_agreement_scrolls_the_form(window: MainWindow) -> None:
    add_mentor(window, MentorData(name="Priya Raman", status="active"))
    view = mentors_view(window)
    click_row(view, "Priya Raman")
    panel = view.agreement_panel
    view.detail_tabs.setCurrentWidget(panel)
    window.resize(1180, 720)
    window.grab()
    scroll = panel.findChild(QScrollArea, "agreementScroll")
    assert scroll is not None
    form_bar = scroll.verticalScrollBar()
    assert form_bar.maximum() > 0, "the form is taller than its room, as on a laptop"
    box = panel.form.text_edit("my_commitments")
    box.setPlainText("\n".join(f"Line {n}" for n in range(30)))  # the box scrolls, too
    window.grab()
    box_bar = box.verticalScrollBar()
    assert box_bar.maximum() > 0

    wheel_down(box.viewport())
    assert form_bar.value() > 0, "the form did not scroll"
    assert box_bar.value() == 0, "the box scrolled instead"

    combo = panel.form.combo("format")
    chosen = combo.currentIndex()
    wheel_down(combo)
    assert combo.currentIndex() == chosen, "the wheel changed the format"

    box.setFocus()  # once the person is in the box, the wheel is the box's
    QApplication.processEvents()
    at = form_bar.value()
    wheel_down(box.viewport())
    assert box_bar.value() > 0 and form_bar.value() == at
