"""The mentor's meeting rhythm, above the agreement: where it comes from, where the
mentor stands, and the mentor's own interval for when no agreement sets one."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from mentordesk.services.agreements import CadenceValidationError
from mentordesk.services.cadence import Cadence, IntervalSource
from mentordesk.ui.agreements import operations
from mentordesk.ui.context import AppContext
from mentordesk.ui.mentors import cadence_text
from mentordesk.ui.widgets.toned import tone


class RhythmRow(QWidget):
    """One line on the rhythm, then "without an agreed frequency, meet every [N] [unit]"."""

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("rhythmRow")
        self.context = context
        self.mentor_id: str | None = None
        self.summary = QLabel()
        self.summary.setObjectName("rhythmSummary")
        self.summary.setWordWrap(True)
        self.summary.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        font = self.summary.font()
        font.setBold(True)
        self.summary.setFont(font)
        # Short, so the row fits the mentor's page beside the list at the default size.
        caption = QLabel(self.tr("Unless agreed, meet &every"))
        self.every = QLineEdit()
        self.every.setObjectName("mentorCadenceEvery")
        self.every.setAccessibleName(self.tr("Meet every (when no agreement sets it)"))
        self.every.setMaximumWidth(60)
        self.every.setPlaceholderText("—")
        caption.setBuddy(self.every)
        self.unit = QComboBox()
        self.unit.setObjectName("mentorCadenceUnit")
        self.unit.setAccessibleName(self.tr("Unit"))
        for value, text in cadence_text.unit_choices():
            self.unit.addItem(text, value)
        self.set_button = QPushButton(self.tr("Set"))
        self.set_button.setObjectName("mentorCadenceSet")
        self.set_button.setAccessibleName(self.tr("Set the mentor's own rhythm"))
        self.set_button.clicked.connect(self.apply)
        self.every.returnPressed.connect(self.apply)
        self.error = QLabel()
        self.error.setObjectName("mentorCadenceError")
        self.error.setWordWrap(True)
        self.error.hide()
        tone(self.error, "error")
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(caption)
        row.addWidget(self.every)
        row.addWidget(self.unit)
        row.addWidget(self.set_button)
        row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(self.summary)
        layout.addLayout(row)
        layout.addWidget(self.error)

    def show_cadence(
        self, mentor_id: str, item: Cadence | None, every: int | None, unit: str
    ) -> None:
        """Show the mentor's cadence and own interval (``every`` None: not set)."""
        self.mentor_id = mentor_id
        self.error.hide()
        self.every.setText("" if every is None else str(every))
        self.unit.setCurrentIndex(max(0, self.unit.findData(unit)))
        self.summary.setText(self.summary_text(item))

    def summary_text(self, item: Cadence | None) -> str:
        if item is None or item.interval is None:
            return self.tr("No rhythm yet: agree a meeting frequency, or set one below.")
        interval = cadence_text.interval_text(item.interval)
        if item.source == IntervalSource.AGREEMENT:
            where = self.tr("Meet {interval}, as agreed (version {n}).").format(
                interval=interval, n=item.agreement_version
            )
        else:
            where = self.tr("Meet {interval} (your own setting; no agreed frequency).").format(
                interval=interval
            )
        standing = cadence_text.standing_text(item)
        return f"{where} {standing[:1].upper()}{standing[1:]}." if standing else where

    def apply(self) -> None:
        """Store the mentor's own interval (empty clears it)."""
        if self.mentor_id is None:
            return
        mentor_id = self.mentor_id
        text = self.every.text().strip()
        try:
            every = int(text) if text else None
        except ValueError:
            self._show_error(self.tr("Enter a whole number, like 4 (for every 4 weeks)."))
            return
        unit = str(self.unit.currentData())
        try:
            done = operations.set_rhythm(self.context, self, mentor_id, every, unit)
        except CadenceValidationError as error:
            self._show_error(error.errors["cadence_every"])
            return
        if done:
            self.error.hide()

    def _show_error(self, message: str) -> None:
        self.error.setText(f"⚠ {message}")
        self.error.show()
        self.every.setAccessibleDescription(message)
        self.every.setFocus()
