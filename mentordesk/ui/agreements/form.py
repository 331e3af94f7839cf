"""The agreement form: every term of one version, problems shown beside each field,
what was typed kept until it is saved or reverted. Built from ``agreement_fields``."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication, QSignalBlocker, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from mentordesk.services.agreements import AgreementTerms
from mentordesk.ui import formats, labels
from mentordesk.ui.agreements.fields import (
    CHOICE,
    DAY,
    FIELDS,
    FREQUENCY,
    LINE,
    MINUTES,
    TEXT,
    Field,
)
from mentordesk.ui.mentors import cadence_text
from mentordesk.ui.widgets.date_fields import DateField
from mentordesk.ui.widgets.form_text import LongTextEdit, refill_line, refill_text
from mentordesk.ui.widgets.toned import tone


class OptionalDate(QWidget):
    """A date that may be left unset: a tick box, then the date."""

    changed = Signal()

    def __init__(self, field: Field, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.set_box = QCheckBox()
        self.set_box.setObjectName(f"agreement_{field.name}Set")
        self.set_box.setAccessibleName(
            QCoreApplication.translate("AgreementForm", "Set {what}").format(
                what=field.accessible_text()
            )
        )
        self.edit = DateField(f"agreement_{field.name}", field.accessible_text())
        self.edit.setEnabled(False)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.set_box)
        layout.addWidget(self.edit, 1)
        self.set_box.toggled.connect(self._toggled)
        self.edit.dateChanged.connect(lambda _day: self.changed.emit())

    def _toggled(self, on: bool) -> None:
        self.edit.setEnabled(on)
        self.changed.emit()

    def value(self) -> date | None:
        return formats.to_date(self.edit.date()) if self.set_box.isChecked() else None

    def set_value(self, value: date | None, fallback: date) -> None:
        blockers = (QSignalBlocker(self.set_box), QSignalBlocker(self.edit))
        self.set_box.setChecked(value is not None)
        self.edit.setEnabled(value is not None)
        self.edit.setDate(formats.to_qdate(value or fallback))
        del blockers

    def focus_target(self) -> QWidget:
        return self.edit if self.set_box.isChecked() else self.set_box


class AgreementForm(QWidget):
    """Edit one version's terms; ``edited`` fires on every change of what is typed."""

    edited = Signal()

    def __init__(self, today: date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("agreementForm")
        self._today = today
        self._widgets: dict[str, QWidget] = {}
        self._errors: dict[str, QLabel] = {}
        self._loaded = AgreementTerms()
        self.unit = QComboBox()
        self.unit.setObjectName("agreement_frequency_unit")
        self.unit.setAccessibleName(self.tr("Frequency unit"))
        for value, text in cadence_text.unit_choices():
            self.unit.addItem(text, value)
        self.unit.currentIndexChanged.connect(self._changed)

        form = QFormLayout(self)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        for field in FIELDS:
            widget = self._build(field)
            self._widgets[field.name] = widget
            label = QLabel(QCoreApplication.translate("AgreementForm", str(field.label)))
            label.setBuddy(widget.edit if isinstance(widget, OptionalDate) else widget)
            box = QVBoxLayout()
            box.setContentsMargins(0, 0, 0, 0)
            box.setSpacing(2)
            if field.kind == FREQUENCY:
                row = QHBoxLayout()
                row.addWidget(widget)
                row.addWidget(self.unit, 1)
                box.addLayout(row)
            else:
                box.addWidget(widget)
            error = QLabel()
            error.setObjectName(f"agreement_{field.name}Error")
            error.setWordWrap(True)
            error.hide()
            self._errors[field.name] = error
            box.addWidget(error)
            form.addRow(label, box)

    def _changed(self, *_args: object) -> None:
        self.edited.emit()

    # -- building -----------------------------------------------------------------
    def _build(self, field: Field) -> QWidget:
        widget: QWidget
        if field.kind == TEXT:
            edit = LongTextEdit()
            edit.setTabChangesFocus(True)
            # Fixed heights: the scroll area around the form does the scrolling.
            edit.setFixedHeight(field.height + 34)
            edit.setPlaceholderText(QCoreApplication.translate("AgreementForm", str(field.hint)))
            edit.textChanged.connect(self._changed)
            widget = edit
        elif field.kind == CHOICE:
            assert field.choices is not None
            combo = QComboBox()
            for value, text in labels.choices(field.choices):
                combo.addItem(text, value)
            combo.currentIndexChanged.connect(self._changed)
            widget = combo
        elif field.kind == DAY:
            day = OptionalDate(field)
            day.changed.connect(self._changed)
            return day
        elif field.kind == MINUTES:
            spin = QSpinBox()
            spin.setRange(0, 24 * 60)
            spin.setSingleStep(15)
            spin.setSpecialValueText(self.tr("not set"))
            spin.setSuffix(self.tr(" min"))
            spin.valueChanged.connect(self._changed)
            widget = spin
        else:
            line = QLineEdit()
            line.setPlaceholderText(QCoreApplication.translate("AgreementForm", str(field.hint)))
            line.textEdited.connect(self._changed)
            if field.kind == FREQUENCY:
                line.setMaximumWidth(80)
            else:
                line.setClearButtonEnabled(field.kind == LINE)
            widget = line
        widget.setObjectName(f"agreement_{field.name}")  # the mentor form has a "status" too
        widget.setAccessibleName(field.accessible_text())
        return widget

    # -- fields -------------------------------------------------------------------
    def widget(self, name: str) -> QWidget:
        return self._widgets[name]

    def line(self, name: str) -> QLineEdit:
        widget = self._widgets[name]
        assert isinstance(widget, QLineEdit)
        return widget

    def text_edit(self, name: str) -> QPlainTextEdit:
        widget = self._widgets[name]
        assert isinstance(widget, QPlainTextEdit)
        return widget

    def combo(self, name: str) -> QComboBox:
        widget = self._widgets[name]
        assert isinstance(widget, QComboBox)
        return widget

    def day(self, name: str) -> OptionalDate:
        widget = self._widgets[name]
        assert isinstance(widget, OptionalDate)
        return widget

    def spin(self, name: str) -> QSpinBox:
        widget = self._widgets[name]
        assert isinstance(widget, QSpinBox)
        return widget

    # -- values ---------------------------------------------------------------------
    def fill(
        self, terms: AgreementTerms, *, same_record: bool = False, as_typed: bool = False
    ) -> None:
        """Show ``terms``; what was typed before is replaced. ``as_typed``: as if the
        user typed them (unsaved; a template)."""
        blockers = [QSignalBlocker(w) for w in (*self._widgets.values(), self.unit)]
        for field in FIELDS:
            value = getattr(terms, field.name)
            if field.kind == TEXT:
                refill_text(self.text_edit(field.name), value, same_record=same_record)
            elif field.kind == CHOICE:
                combo = self.combo(field.name)
                combo.setCurrentIndex(max(0, combo.findData(value)))
            elif field.kind == DAY:
                self.day(field.name).set_value(value, self._today)
            elif field.kind == MINUTES:
                self.spin(field.name).setValue(value or 0)
            elif field.kind == FREQUENCY:
                text = "" if value is None else str(value)
                refill_line(self.line(field.name), text, same_record=same_record)
            else:
                refill_line(self.line(field.name), value, same_record=same_record)
        self.unit.setCurrentIndex(max(0, self.unit.findData(terms.frequency_unit)))
        del blockers
        if as_typed:
            self.edited.emit()
            return
        self._loaded = self.terms()[0]
        self.show_errors({})

    def terms(self) -> tuple[AgreementTerms, dict[str, str]]:
        """What the form holds, and the problems found before any service sees it
        (a frequency that is not a whole number)."""
        values: dict[str, object] = {}
        problems: dict[str, str] = {}
        for field in FIELDS:
            if field.kind == TEXT:
                values[field.name] = self.text_edit(field.name).toPlainText()
            elif field.kind == CHOICE:
                values[field.name] = str(self.combo(field.name).currentData())
            elif field.kind == DAY:
                values[field.name] = self.day(field.name).value()
            elif field.kind == MINUTES:
                values[field.name] = self.spin(field.name).value() or None
            elif field.kind == FREQUENCY:
                text = self.line(field.name).text().strip()
                values[field.name] = None
                if text:
                    try:
                        values[field.name] = int(text)
                    except ValueError:
                        problems[field.name] = self.tr(
                            "Enter a whole number, like 4 (for every 4 weeks)."
                        )
            else:
                values[field.name] = self.line(field.name).text()
        values["frequency_unit"] = str(self.unit.currentData())
        return AgreementTerms(**values), problems  # type: ignore[arg-type]

    def is_dirty(self) -> bool:
        terms, problems = self.terms()
        return bool(problems) or terms != self._loaded

    def set_read_only(self, read_only: bool) -> None:
        for widget in (*self._widgets.values(), self.unit):
            if isinstance(widget, QLineEdit | QPlainTextEdit):
                widget.setReadOnly(read_only)
            else:
                widget.setEnabled(not read_only)
        if not read_only:
            for field in FIELDS:
                if field.kind == DAY:
                    day = self.day(field.name)
                    day.edit.setEnabled(day.set_box.isChecked())

    def show_errors(self, errors: dict[str, str]) -> None:
        """Show ``errors`` under their fields; focus the first bad field."""
        first: QWidget | None = None
        for field in FIELDS:
            label = self._errors[field.name]
            message = errors.get(field.name)
            label.setVisible(bool(message))
            label.setText(f"⚠ {message}" if message else "")
            tone(label, "error")
            widget = self._widgets[field.name]
            widget.setAccessibleDescription(message or "")
            if message and first is None:
                first = widget
        if isinstance(first, OptionalDate):
            first = first.focus_target()
        if first is not None:
            first.setFocus(Qt.FocusReason.OtherFocusReason)

    def set_today(self, today: date) -> None:
        """The day an unset date starts from when it is ticked."""
        self._today = today
