"""The mentor detail form: edit every field, see problems inline, keep what was typed.

Its fields come from one table (``mentors/fields.FIELDS``), built, filled, read and
given their inline errors by the one record editor (``widgets/record_editor``).
"""

from __future__ import annotations

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QCoreApplication,
    Qt,
    Signal,
    SignalInstance,
)
from PySide6.QtWidgets import (
    QComboBox,
    QCompleter,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLayout,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from mentordesk.db.choices import MentorStatus
from mentordesk.services.mentors import MentorData, MentorSnapshot, known_time_zones
from mentordesk.ui import formats, labels
from mentordesk.ui.links import email_url, open_link, phone_url, profile_url
from mentordesk.ui.mentors.fields import FIELDS, ZONE
from mentordesk.ui.widgets.form_scroll import form_scroll
from mentordesk.ui.widgets.parts import named_button
from mentordesk.ui.widgets.record_editor import Field, FieldKind, RecordEditor, typed

# Fields a click opens: (button, its spoken name, the address it opens).
LINKS = {
    "email": (
        QT_TRANSLATE_NOOP("MentorForm", "Write"),
        QT_TRANSLATE_NOOP("MentorForm", "Write an email"),
        email_url,
    ),
    "phone": (
        QT_TRANSLATE_NOOP("MentorForm", "Call"),
        QT_TRANSLATE_NOOP("MentorForm", "Call the number"),
        phone_url,
    ),
    "profile_url": (
        QT_TRANSLATE_NOOP("MentorForm", "Open"),
        QT_TRANSLATE_NOOP("MentorForm", "Open the profile"),
        profile_url,
    ),
}


class MentorForm(QWidget):
    """Create or edit one mentor. Emits ``save_requested`` etc.; never touches the database."""

    save_requested = Signal()
    revert_requested = Signal()
    archive_requested = Signal()
    attachments_requested = Signal()
    delete_requested = Signal()
    # A note for the status bar (a link that could not be opened).
    said = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("mentorForm")
        self._mentor_id: str | None = None
        self.link_buttons: dict[str, QToolButton] = {}

        self.heading = QLabel()
        self.heading.setObjectName("mentorFormHeading")
        font = self.heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.4)
        font.setBold(True)
        self.heading.setFont(font)
        self.heading.setWordWrap(True)
        self.history = QLabel()
        self.history.setObjectName("statusHistory")
        self.history.setWordWrap(True)
        self.history.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.DontWrapRows)
        zone = FieldKind(
            self._zone_box,
            lambda w: self._combo_of(w).currentText(),
            lambda w, value, _same: self._combo_of(w).setEditText(value),
            lambda w: self._combo_of(w).editTextChanged,
        )
        self.editor = RecordEditor(FIELDS, form, kinds={ZONE: zone}, row=self._row, parent=self)
        self.editor.dirty_changed.connect(self._dirty_changed)
        self._widgets = self.editor.widgets
        form.addRow(self.tr("History"), self.history)
        # In the form, not the buttons' row: that row sets how narrow the page may be.
        self.attachments_button = self._button(
            "mentorAttachmentsButton", self.tr("Files and links…"), self.attachments_requested
        )
        self.attachments_button.setAccessibleName(self.tr("Files and links for this mentor"))
        form.addRow(self.tr("Attachments"), self.attachments_button)
        # Write, Call and Open as wide as each other: the three fields line up.
        widest = max(button.sizeHint().width() for button in self.link_buttons.values())
        for button in self.link_buttons.values():
            button.setFixedWidth(widest)

        inner = QWidget()
        inner.setLayout(form)
        scroll = form_scroll(inner, "mentorFormScroll")

        self.save_button = self._button("saveMentorButton", self.tr("Save"), self.save_requested)
        self.save_button.setDefault(True)
        self.save_button.setToolTip(self.tr("Save changes (Ctrl+S)"))
        self.revert_button = self._button(
            "revertMentorButton", self.tr("Revert"), self.revert_requested
        )
        self.archive_button = self._button(
            "archiveMentorButton", self.tr("Archive"), self.archive_requested
        )
        self.archive_button.setToolTip(
            self.tr("Mark the relationship as ended; nothing is removed")
        )
        self.delete_button = self._button(
            "deleteMentorButton", self.tr("Delete…"), self.delete_requested
        )
        buttons = QHBoxLayout()
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.revert_button)
        buttons.addStretch(1)
        buttons.addWidget(self.archive_button)
        buttons.addWidget(self.delete_button)

        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(scroll, 1)
        layout.addLayout(buttons)
        self.start_new()

    # -- building -----------------------------------------------------------------
    def _row(self, field: Field, widget: QWidget) -> QWidget | QLayout:
        """A field as it sits in its row: an address with the button that opens it."""
        if field.name in LINKS and isinstance(widget, QLineEdit):
            return self._with_link(field.name, widget)
        return widget

    @staticmethod
    def _combo_of(widget: QWidget) -> QComboBox:
        return typed(widget, QComboBox)

    def _with_link(self, name: str, line: QLineEdit) -> QHBoxLayout:
        """The field and a button that opens it: write an email, call, open the profile."""
        text, spoken, to_url = LINKS[name]
        button = QToolButton()
        button.setObjectName(f"{name}LinkButton")
        button.setText(QCoreApplication.translate("MentorForm", str(text)))
        button.setAccessibleName(QCoreApplication.translate("MentorForm", str(spoken)))
        button.setToolTip(button.accessibleName())
        button.setEnabled(False)

        def open_it() -> None:
            url = to_url(line.text())
            if url is not None:
                open_link(url, self.said.emit, line.text())

        line.textChanged.connect(self._update_links)
        button.clicked.connect(open_it)
        self.link_buttons[name] = button
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(line, 1)
        row.addWidget(button)
        return row

    def _update_links(self) -> None:
        """A link button works only when its field holds something to open."""
        for name, button in self.link_buttons.items():
            button.setEnabled(LINKS[name][2](self.line(name).text()) is not None)

    def _zone_box(self, field: Field) -> QWidget:
        zone = QComboBox()
        zone.setEditable(True)
        text = zone.lineEdit()
        assert text is not None
        text.setObjectName(f"{field.name}_text")
        text.setAccessibleName(QCoreApplication.translate("MentorForm", str(field.accessible)))
        zone.addItem("")
        zone.setItemData(
            0, self.tr("No time zone"), Qt.ItemDataRole.AccessibleTextRole
        )  # heard, where the list shows an empty line
        zone.addItems(sorted(known_time_zones()))
        zone.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        zone.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        zone.setMinimumContentsLength(16)
        completer = QCompleter(zone.model(), zone)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        zone.setCompleter(completer)
        return zone

    def _button(self, name: str, text: str, signal: SignalInstance) -> QPushButton:
        button = named_button(name, text)
        button.clicked.connect(signal.emit)
        return button

    # -- fields -------------------------------------------------------------------
    def field(self, name: str) -> QWidget:
        """The widget of the field ``name`` (a ``MentorData`` attribute)."""
        return self._widgets[name]

    def line(self, name: str) -> QLineEdit:
        widget = self._widgets[name]
        if isinstance(widget, QComboBox):
            edit = widget.lineEdit()
            assert edit is not None
            return edit
        assert isinstance(widget, QLineEdit)
        return widget

    def text_edit(self, name: str) -> QPlainTextEdit:
        return self.editor.widget_as(name, QPlainTextEdit)

    def combo(self, name: str) -> QComboBox:
        return self.editor.widget_as(name, QComboBox)

    # -- state --------------------------------------------------------------------
    @property
    def mentor_id(self) -> str | None:
        """The mentor being edited, or None when the form makes a new one."""
        return self._mentor_id

    def is_dirty(self) -> bool:
        return self.editor.is_dirty()

    def _dirty_changed(self, dirty: bool) -> None:
        # Revert once something was typed; Clear for a new mentor at any time.
        self.revert_button.setEnabled(dirty or self._mentor_id is None)

    def start_new(self, status: str = MentorStatus.ACTIVE.value) -> None:
        """Empty the form for a new mentor (``status`` preselected)."""
        self._mentor_id = None
        self.heading.setText(self.tr("New mentor"))
        self._fill(MentorData(name="", status=status))
        self.history.setText(self.tr("Not saved yet."))
        self.archive_button.setEnabled(False)
        self.attachments_button.setEnabled(False)
        self.delete_button.setEnabled(False)
        self.save_button.setText(self.tr("Add mentor"))
        self.save_button.setAccessibleName(self.tr("Add mentor"))
        self.revert_button.setText(self.tr("Clear"))

    def keep_as_new(self) -> None:
        """Keep what the form holds, but as a new mentor (the old one is gone)."""
        typed = self.data()
        self.start_new()
        self.editor.write(_values(typed))  # as typed: not saved yet
        self.editor.check_dirty()

    def show_mentor(self, mentor: MentorSnapshot) -> None:
        """Load ``mentor`` into the form (what was there before is replaced)."""
        same_record = mentor.id == self._mentor_id
        self._mentor_id = mentor.id
        self.heading.setText(mentor.data.name)
        self._fill(mentor.data, same_record=same_record)
        self.history.setText(self._history_text(mentor))
        self.archive_button.setEnabled(mentor.data.status != MentorStatus.ENDED.value)
        self.attachments_button.setEnabled(True)
        self.delete_button.setEnabled(True)
        self.save_button.setText(self.tr("Save"))
        self.save_button.setAccessibleName(self.tr("Save"))
        self.revert_button.setText(self.tr("Revert"))

    def _history_text(self, mentor: MentorSnapshot) -> str:
        steps = [
            f"{labels.label(MentorStatus, c.to_status)} "
            f"({formats.short_date(formats.local_date(c.changed_at))})"
            for c in mentor.history
        ]
        added = self.tr("Added {when}.").format(when=formats.short_datetime(mentor.created_at))
        return (" → ".join(steps) + "\n" if steps else "") + added

    def _fill(self, data: MentorData, *, same_record: bool = False) -> None:
        # Another mentor shows the start of long values; a refresh after Save keeps
        # the cursor (and the notes' scrolling) where the user was typing.
        self.editor.fill(_values(data), same_record=same_record)
        self._update_links()
        self.revert_button.setEnabled(self._mentor_id is None)

    def data(self) -> MentorData:
        """What the form holds now, exactly as typed."""
        return MentorData(**self.editor.values())

    def data_onto(self, stored: MentorSnapshot | None) -> MentorData:
        """What the person changed, over the mentor as ``stored`` now."""
        if stored is None or stored.id != self._mentor_id:
            return self.data()
        return self.editor.onto(stored.data, self.data())

    def show_errors(self, errors: dict[str, str]) -> None:
        """Show ``errors`` under their fields; focus the first bad field."""
        # The time zone's suggestions would float over the message that explains it.
        zone = self._widgets["time_zone"]
        completer = zone.completer() if isinstance(zone, QComboBox) else None
        popup = completer.popup() if completer is not None else None
        if popup is not None and errors:
            popup.hide()
        self.editor.show_errors(errors)


def _values(data: MentorData) -> dict[str, object]:
    return {field.name: getattr(data, field.name) for field in FIELDS}
