"""The agreement form: every term of one version, problems shown beside each field,
what was typed kept until it is saved or reverted. Built from ``agreements/fields`` by
the one record editor (``widgets/record_editor``)."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication, QSignalBlocker, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QWidget,
)

from mentordesk.services.agreements import AgreementTerms
from mentordesk.ui import formats
from mentordesk.ui.agreements.fields import CHOICE, DAY, FIELDS, FREQUENCY, MINUTES, TEXT, Field
from mentordesk.ui.mentors import cadence_text
from mentordesk.ui.widgets.date_fields import DateField
from mentordesk.ui.widgets.form_text import LongTextEdit, refill_line
from mentordesk.ui.widgets.record_editor import KINDS, FieldKind, RecordEditor, typed


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
        self.unit = QComboBox()
        self.unit.setObjectName("agreement_frequency_unit")
        self.unit.setAccessibleName(self.tr("Frequency unit"))
        for value, text in cadence_text.unit_choices():
            self.unit.addItem(text, value)
        form = QFormLayout(self)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.editor = RecordEditor(
            FIELDS, form, prefix="agreement_", kinds=self._kinds(), row=self._row, parent=self
        )
        self.editor.track("frequency_unit", KINDS[CHOICE], self.unit)
        self.editor.edited.connect(self.edited)
        self._widgets = self.editor.widgets

    # -- building -----------------------------------------------------------------
    def _kinds(self) -> dict[str, FieldKind]:
        """The agreement's own kinds of field: long texts of a fixed height (the scroll
        area around the form scrolls), a number of weeks, minutes, an optional date."""

        def text(field: Field) -> QWidget:
            edit = LongTextEdit()
            edit.setTabChangesFocus(True)
            edit.setFixedHeight(field.height + 34)
            edit.setPlaceholderText(field.hint_text())
            return edit

        def number(field: Field) -> QWidget:
            line = QLineEdit()
            line.setPlaceholderText(field.hint_text())
            line.setMaximumWidth(80)
            return line

        def minutes(_field: Field) -> QWidget:
            spin = QSpinBox()
            spin.setRange(0, 24 * 60)
            spin.setSingleStep(15)
            spin.setSpecialValueText(self.tr("not set"))
            spin.setSuffix(self.tr(" min"))
            return spin

        return {
            TEXT: FieldKind(text, KINDS[TEXT].read, KINDS[TEXT].write, KINDS[TEXT].edited),
            FREQUENCY: FieldKind(
                number,
                lambda w: _line(w).text(),
                lambda w, value, same: refill_line(
                    _line(w), "" if value is None else str(value), same_record=same
                ),
                lambda w: _line(w).textEdited,
            ),
            MINUTES: FieldKind(
                minutes,
                lambda w: _spin(w).value(),
                lambda w, value, _same: _spin(w).setValue(value or 0),
                lambda w: _spin(w).valueChanged,
            ),
            DAY: FieldKind(
                OptionalDate,
                lambda w: _day(w).value(),
                lambda w, value, _same: _day(w).set_value(value, self._today),
                lambda w: _day(w).changed,
                focus=lambda w: _day(w).focus_target(),
                names_itself=True,
            ),
        }

    def _row(self, field: Field, widget: QWidget) -> QWidget | QHBoxLayout:
        if field.kind != FREQUENCY:
            return widget
        row = QHBoxLayout()
        row.addWidget(widget)
        row.addWidget(self.unit, 1)
        return row

    # -- fields -------------------------------------------------------------------
    def widget(self, name: str) -> QWidget:
        return self._widgets[name]

    def line(self, name: str) -> QLineEdit:
        return self.editor.widget_as(name, QLineEdit)

    def text_edit(self, name: str) -> QPlainTextEdit:
        return self.editor.widget_as(name, QPlainTextEdit)

    def combo(self, name: str) -> QComboBox:
        return self.editor.widget_as(name, QComboBox)

    def day(self, name: str) -> OptionalDate:
        return self.editor.widget_as(name, OptionalDate)

    def spin(self, name: str) -> QSpinBox:
        return self.editor.widget_as(name, QSpinBox)

    # -- values ---------------------------------------------------------------------
    def fill(
        self, terms: AgreementTerms, *, same_record: bool = False, as_typed: bool = False
    ) -> None:
        """Show ``terms``; what was typed before is replaced. ``as_typed``: as if the
        user typed them (unsaved; a template)."""
        values = {field.name: getattr(terms, field.name) for field in FIELDS}
        values["frequency_unit"] = terms.frequency_unit
        if as_typed:
            self.editor.write(values, same_record=same_record)
            self.editor.check_dirty()
            self.edited.emit()
            return
        self.editor.fill(values, same_record=same_record)

    def terms(self) -> tuple[AgreementTerms, dict[str, str]]:
        """What the form holds, and the problems found before any service sees it
        (a frequency that is not a whole number)."""
        values = self.editor.values()
        problems: dict[str, str] = {}
        every = str(values["frequency_every"]).strip()
        values["frequency_every"] = None
        if every:
            try:
                values["frequency_every"] = int(every)
            except ValueError:
                problems["frequency_every"] = self.tr(
                    "Enter a whole number, like 4 (for every 4 weeks)."
                )
        values["duration_minutes"] = values["duration_minutes"] or None
        return AgreementTerms(**values), problems

    def terms_onto(self, stored: AgreementTerms | None) -> tuple[AgreementTerms, dict[str, str]]:
        """The terms the person changed, over ``stored`` (the current version as
        stored now: another laptop may have changed it meanwhile), and the problems."""
        typed, problems = self.terms()
        return (typed if stored is None else self.editor.onto(stored, typed)), problems

    def is_dirty(self) -> bool:
        return self.editor.is_dirty()

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
        self.editor.show_errors(errors)

    def set_today(self, today: date) -> None:
        """The day an unset date starts from when it is ticked."""
        self._today = today


def _line(widget: QWidget) -> QLineEdit:
    return typed(widget, QLineEdit)


def _spin(widget: QWidget) -> QSpinBox:
    return typed(widget, QSpinBox)


def _day(widget: QWidget) -> OptionalDate:
    return typed(widget, OptionalDate)
