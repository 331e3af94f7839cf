"""One record editor: a form's fields listed once, then built, filled, read and given
their inline errors from that table, with the one unsaved-changes question.

Rules:
- A form is a table of ``Field``s (``ui/mentors/fields.py``, ``ui/agreements/fields.py``);
  ``RecordEditor`` builds each row (label, widget, error line), fills it without
  firing "edited", reads it back exactly as typed, and knows when it differs from
  what was loaded (``is_dirty``): that is when Revert is offered.
- A problem shows under its field and goes as soon as that field is edited (also in
  the plain dialogs that use ``ErrorForm``): a fixed field never keeps a stale warning.
- A kind of field is a ``FieldKind`` (build, read, write, its edit signal); the common
  ones are here, a form adds its own (an agreement's optional date).
- Leaving a form with changes goes through ``finish_editing``: save, or ask whether to
  drop what cannot be saved (``messages.discard_changes``), or stay.
"""

from __future__ import annotations

import dataclasses
import enum
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import Any, TypeVar

from PySide6.QtCore import (
    QCoreApplication,
    QObject,
    QSignalBlocker,
    Qt,
    QTimer,
    Signal,
    SignalInstance,
)
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QLabel,
    QLayout,
    QLineEdit,
    QPlainTextEdit,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from mentordesk.ui import labels
from mentordesk.ui.messages import discard_changes
from mentordesk.ui.widgets.error_form import clear_when_edited, error_label, show_error
from mentordesk.ui.widgets.form_text import LongTextEdit, refill_line, refill_text

LINE, TEXT, CHOICE, TAGS = "line", "text", "choice", "tags"


@dataclass(frozen=True)
class Field:
    """One field: the attribute it edits (also its objectName, after the form's
    prefix), its label (with a mnemonic), the name a screen reader says, its kind, a
    placeholder, a choice's enum, the height of a text, whether problems show under
    it, and the translation context of its words."""

    name: str
    label: object
    accessible: object
    kind: str = LINE
    hint: object = ""
    choices: type[enum.StrEnum] | None = None
    height: int = 0
    checked: bool = True
    section: bool = False  # a heading of its own in documents (an agreement's texts)
    context: str = ""
    object_name: str = ""  # where the form's prefix and the name will not do

    def _tr(self, text: object) -> str:
        return QCoreApplication.translate(self.context, str(text)) if text else ""

    def label_text(self) -> str:
        return self._tr(self.label).replace("&", "")

    def accessible_text(self) -> str:
        return self._tr(self.accessible)

    def hint_text(self) -> str:
        return self._tr(self.hint)


@dataclass(frozen=True)
class FieldKind:
    """How one kind of field is built, read, written, and told to have been edited."""

    build: Callable[[Field], QWidget]
    read: Callable[[QWidget], Any]
    write: Callable[[QWidget, Any, bool], None]  # (widget, value, same record)
    edited: Callable[[QWidget], SignalInstance]
    focus: Callable[[QWidget], QWidget] = field(default=lambda widget: widget)
    names_itself: bool = False  # a widget of several parts names each part itself


def _line(spec: Field) -> QWidget:
    line = QLineEdit()
    line.setPlaceholderText(spec.hint_text())
    line.setClearButtonEnabled(True)
    return line


def _text(spec: Field) -> QWidget:
    edit = LongTextEdit()
    edit.setTabChangesFocus(True)
    edit.setPlaceholderText(spec.hint_text())
    if spec.height:
        edit.setMinimumHeight(spec.height)
        edit.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        if spec.height < 100:
            edit.setMaximumHeight(int(spec.height * 1.5))
    return edit


def _choice(spec: Field) -> QWidget:
    assert spec.choices is not None
    combo = QComboBox()
    for value, text in labels.choices(spec.choices):
        combo.addItem(text, value)
    return combo


def _set_choice(widget: QWidget, value: Any, _same: bool) -> None:
    assert isinstance(widget, QComboBox)
    widget.setCurrentIndex(max(0, widget.findData(value)))


WidgetT = TypeVar("WidgetT", bound=QWidget)
DataT = TypeVar("DataT")


def typed(widget: QWidget, kind: type[WidgetT]) -> WidgetT:
    """``widget`` as the ``kind`` of widget its field was built as."""
    assert isinstance(widget, kind), f"{widget.objectName()} is no {kind.__name__}"
    return widget


def _line_of(widget: QWidget) -> QLineEdit:
    return typed(widget, QLineEdit)


def _text_of(widget: QWidget) -> QPlainTextEdit:
    return typed(widget, QPlainTextEdit)


def _combo_of(widget: QWidget) -> QComboBox:
    return typed(widget, QComboBox)


KINDS: Mapping[str, FieldKind] = {
    LINE: FieldKind(
        _line,
        lambda w: _line_of(w).text(),
        lambda w, value, same: refill_line(_line_of(w), value, same_record=same),
        lambda w: _line_of(w).textEdited,
    ),
    TAGS: FieldKind(
        _line,
        lambda w: tuple(part for part in _line_of(w).text().split(",") if part.strip()),
        lambda w, value, same: refill_line(_line_of(w), ", ".join(value), same_record=same),
        lambda w: _line_of(w).textEdited,
    ),
    TEXT: FieldKind(
        _text,
        lambda w: _text_of(w).toPlainText(),
        lambda w, value, same: refill_text(_text_of(w), value, same_record=same),
        lambda w: _text_of(w).textChanged,
    ),
    CHOICE: FieldKind(
        _choice,
        lambda w: str(_combo_of(w).currentData()),
        _set_choice,
        lambda w: _combo_of(w).currentIndexChanged,
    ),
}


class RecordEditor(QObject):
    """The fields of one form, built into a ``QFormLayout`` from their table.

    ``edited`` fires on every change a person makes (never while filling);
    ``dirty_changed(bool)`` when the form starts or stops differing from what was
    loaded.
    """

    edited = Signal()
    dirty_changed = Signal(bool)
    stale = Signal()  # the typing was undone after the record changed: show it anew

    def __init__(
        self,
        fields: tuple[Field, ...],
        form: QFormLayout,
        *,
        prefix: str = "",
        kinds: Mapping[str, FieldKind] | None = None,
        row: Callable[[Field, QWidget], QWidget | QLayout] | None = None,
        parent: QObject | None = None,
    ) -> None:
        """Build every field into ``form``; ``prefix`` starts each objectName (two
        forms on one screen), ``kinds`` adds a form's own kinds of field, and ``row``
        lays out a field's widget with its neighbours (a unit beside a number)."""
        super().__init__(parent)
        self.fields = fields
        self.kinds = {**KINDS, **(kinds or {})}
        self.widgets: dict[str, QWidget] = {}
        self.errors: dict[str, QLabel] = {}
        self._extra: dict[str, tuple[FieldKind, QWidget]] = {}
        self._loaded: dict[str, Any] = {}
        self._dirty = self._behind = False
        for spec in fields:
            kind = self.kinds[spec.kind]
            widget = kind.build(spec)
            if not kind.names_itself:
                widget.setObjectName(spec.object_name or prefix + spec.name)
                widget.setAccessibleName(spec.accessible_text())
            self.widgets[spec.name] = widget
            label = QLabel(QCoreApplication.translate(spec.context, str(spec.label)))
            label.setBuddy(kind.focus(widget))
            placed = row(spec, widget) if row is not None else widget
            kind.edited(widget).connect(self._edited)
            if not spec.checked:
                form.addRow(label, placed)
                continue
            box = QVBoxLayout()
            box.setContentsMargins(0, 0, 0, 0)
            box.setSpacing(2)
            if isinstance(placed, QWidget):
                box.addWidget(placed)
            else:
                box.addLayout(placed)
            error = error_label(f"{prefix}{spec.name}Error")
            self.errors[spec.name] = error
            clear_when_edited(error, widget, kind.edited(widget))
            box.addWidget(error)
            form.addRow(label, box)

    def widget_as(self, name: str, kind: type[WidgetT]) -> WidgetT:
        """The widget of field ``name``, as the ``kind`` it was built as."""
        return typed(self.widgets[name], kind)

    def track(self, name: str, kind: FieldKind, widget: QWidget) -> None:
        """A value edited beside the table's fields (a frequency's unit): filled, read
        and compared with them."""
        self._extra[name] = (kind, widget)
        kind.edited(widget).connect(self._edited)

    # -- values -----------------------------------------------------------------------
    def fill(self, values: Mapping[str, Any], *, same_record: bool = False) -> None:
        """Show ``values`` (what was there is replaced) as the loaded state: not dirty,
        no warnings. ``same_record``: the cursor stays where the person was typing."""
        self.write(values, same_record=same_record)
        self.mark_loaded()

    def write(self, values: Mapping[str, Any], *, same_record: bool = False) -> None:
        """Put ``values`` in the fields without firing ``edited`` (nor changing the
        loaded state: a template's terms are as if typed)."""
        extra = [widget for _kind, widget in self._extra.values()]
        blockers = [QSignalBlocker(widget) for widget in (*self.widgets.values(), *extra)]
        for spec in self.fields:
            if spec.name in values:
                self.kinds[spec.kind].write(self.widgets[spec.name], values[spec.name], same_record)
        for name, (kind, widget) in self._extra.items():
            if name in values:
                kind.write(widget, values[name], same_record)
        del blockers

    def mark_loaded(self) -> None:
        """What the fields hold now is what was saved: not dirty, no warnings."""
        self._loaded, self._behind = self.values(), False
        self.show_errors({}, focus=False)
        self._set_dirty(False)

    def values(self) -> dict[str, Any]:
        """What the fields hold now, exactly as typed."""
        values = {
            spec.name: self.kinds[spec.kind].read(self.widgets[spec.name]) for spec in self.fields
        }
        values.update({name: kind.read(widget) for name, (kind, widget) in self._extra.items()})
        return values

    def is_dirty(self) -> bool:
        return self._dirty

    def edits(self) -> dict[str, Any]:
        """The fields the person changed since the form was loaded, as typed."""
        loaded = self._loaded
        return {name: value for name, value in self.values().items() if loaded.get(name) != value}

    def loaded(self) -> dict[str, Any]:
        """What the fields held when the record was loaded (or last saved)."""
        return dict(self._loaded)

    def onto(self, stored: DataT, typed: DataT) -> DataT:
        """``stored`` (the record's data as stored now) with the fields the person
        changed taken from ``typed`` (the form's data): a field they did not touch
        keeps what another laptop (a sync round) or window wrote meanwhile, instead
        of the form's older copy overwriting it."""
        names = {f.name for f in dataclasses.fields(stored)}  # type: ignore[arg-type]
        edited = {name: getattr(typed, name) for name in self.edits() if name in names}
        return dataclasses.replace(stored, **edited)  # type: ignore[type-var]

    def fell_behind(self) -> None:
        """The record changed while the person typed in its form (the typing stays).
        Once the typing is undone (Ctrl+Z, a field typed back), ``stale`` fires, after
        the key is handled, so the form can show the record as stored now."""
        self._behind = True

    def _edited(self, *_args: object) -> None:
        self.note_edit()

    def note_edit(self) -> None:
        """A person edited a field (a form's part the table does not see, too)."""
        self.check_dirty()
        self.edited.emit()

    def check_dirty(self) -> None:
        """Compare what the fields hold with what was loaded (after ``write``)."""
        self._set_dirty(self.values() != self._loaded)

    def _set_dirty(self, dirty: bool) -> None:
        if dirty != self._dirty:
            self._dirty = dirty
            self.dirty_changed.emit(dirty)
        if not dirty and self._behind:
            self._behind = False
            QTimer.singleShot(0, self, self._went_stale)

    def _went_stale(self) -> None:
        if self._dirty:  # typed again meanwhile: wait for the next undo
            self._behind = True
        else:
            self.stale.emit()

    # -- problems ---------------------------------------------------------------------
    def show_errors(self, errors: Mapping[str, str], *, focus: bool = True) -> None:
        """Show ``errors`` under their fields (the others cleared); focus the first."""
        first: QWidget | None = None
        for spec in self.fields:
            label = self.errors.get(spec.name)
            if label is None:
                continue
            message = errors.get(spec.name, "")
            widget = self.widgets[spec.name]
            show_error(label, widget, message)
            if message and first is None:
                first = self.kinds[spec.kind].focus(widget)
        if first is not None and focus:
            first.setFocus(Qt.FocusReason.OtherFocusReason)


def finish_editing(
    parent: QWidget,
    *,
    dirty: bool,
    save: Callable[[], bool],
    revert: Callable[[], None],
    who: str,
    problems: Callable[[], str],
) -> bool:
    """Before leaving a form: save what was typed, or (when it cannot be saved) ask
    whether to drop it. False keeps the person in the form, with what they typed."""
    if not dirty or save():
        return True
    if discard_changes(
        parent,
        who,
        problems() or QCoreApplication.translate("record_editor", "It could not be saved."),
    ):
        revert()
        return True
    return False
