"""The mentor detail form: edit every field, see problems inline, keep what was typed."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QSignalBlocker, Qt, Signal, SignalInstance
from PySide6.QtGui import QKeyEvent, QKeySequence, QPalette
from PySide6.QtWidgets import (
    QComboBox,
    QCompleter,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from mentordesk.services.mentors import MentorData, MentorSnapshot, known_time_zones
from mentordesk.ui.labels import (
    AFFILIATION_LABELS,
    CHANNEL_LABELS,
    STATUS_LABELS,
    WHERE_FOUND_LABELS,
)
from mentordesk.ui.models.mentor_table import local_time_text
from mentordesk.ui.theme import error_colour
from mentordesk.ui.widgets.form_text import (
    LongTextEdit,
    field_can_undo,
    refill_line,
    refill_text,
)

TEXT_FIELDS = (
    "name",
    "role",
    "organisation",
    "where_found_detail",
    "email",
    "phone",
    "profile_url",
)
CHOICE_FIELDS = ("affiliation", "status", "where_found", "preferred_channel")


def _combo(name: str, labels: dict[str, str], accessible: str) -> QComboBox:
    combo = QComboBox()
    combo.setObjectName(name)
    combo.setAccessibleName(accessible)
    for value, label in labels.items():
        combo.addItem(label, value)
    return combo


class MentorForm(QWidget):
    """Create or edit one mentor. Emits ``save_requested`` etc.; never touches the database."""

    save_requested = Signal()
    revert_requested = Signal()
    archive_requested = Signal()
    delete_requested = Signal()
    dirty_changed = Signal(bool)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("mentorForm")
        self._mentor_id: str | None = None
        self._loaded = MentorData(name="")
        self._dirty = False
        self._errors: dict[str, QLabel] = {}

        self.heading = QLabel()
        self.heading.setObjectName("mentorFormHeading")
        font = self.heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.4)
        font.setBold(True)
        self.heading.setFont(font)
        self.heading.setWordWrap(True)

        self.name = self._line("name", self.tr("Name"), self.tr("Full name (required)"))
        self.role = self._line("role", self.tr("Role"), self.tr("e.g. VP of Engineering"))
        self.organisation = self._line("organisation", self.tr("Organisation"), "")
        self.affiliation = _combo(
            "affiliation", AFFILIATION_LABELS, self.tr("Internal or external")
        )
        self.status = _combo("status", STATUS_LABELS, self.tr("Status"))
        self.tags = self._line(
            "tags", self.tr("Expertise tags"), self.tr("Comma-separated, e.g. leadership, design")
        )
        self.where_found = _combo("where_found", WHERE_FOUND_LABELS, self.tr("Where found"))
        self.where_found_detail = self._line(
            "where_found_detail",
            self.tr("Where found, details"),
            self.tr("Which event, who introduced you…"),
        )
        self.fit_notes = self._text("fit_notes", self.tr("Why they fit my goals and values"), 60)
        self.fit_notes.setMaximumHeight(90)
        self.email = self._line("email", self.tr("Email"), "name@example.com")
        self.phone = self._line("phone", self.tr("Phone"), "+44 20 7946 0018")
        self.profile_url = self._line(
            "profile_url", self.tr("Profile URL"), "https://example.com/profile"
        )
        self.preferred_channel = _combo(
            "preferred_channel", CHANNEL_LABELS, self.tr("Preferred channel")
        )
        self.time_zone = QComboBox()
        self.time_zone.setObjectName("time_zone")
        self.time_zone.setAccessibleName(self.tr("Time zone"))
        self.time_zone.setEditable(True)
        zone_text = self.time_zone.lineEdit()
        assert zone_text is not None
        zone_text.setObjectName("time_zone_text")
        zone_text.setAccessibleName(self.tr("Time zone"))
        self.time_zone.addItem("")
        self.time_zone.addItems(sorted(known_time_zones()))
        self.time_zone.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.time_zone.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.time_zone.setMinimumContentsLength(16)
        completer = QCompleter(self.time_zone.model(), self.time_zone)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        self.time_zone.setCompleter(completer)
        self.notes = self._text("notes", self.tr("Notes (Markdown)"), 160)
        self.history = QLabel()
        self.history.setObjectName("statusHistory")
        self.history.setWordWrap(True)
        self.history.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.DontWrapRows)
        rows: list[tuple[str, QWidget, str | None]] = [
            (self.tr("&Name"), self.name, "name"),
            (self.tr("&Role"), self.role, None),
            (self.tr("Or&ganisation"), self.organisation, None),
            (self.tr("Internal/External"), self.affiliation, "affiliation"),
            (self.tr("S&tatus"), self.status, "status"),
            (self.tr("Ta&gs"), self.tags, None),
            (self.tr("Where found"), self.where_found, "where_found"),
            (self.tr("Details"), self.where_found_detail, None),
            (self.tr("Why they fit"), self.fit_notes, None),
            (self.tr("&Email"), self.email, "email"),
            (self.tr("&Phone"), self.phone, "phone"),
            (self.tr("Profile &URL"), self.profile_url, "profile_url"),
            (self.tr("Preferred channel"), self.preferred_channel, "preferred_channel"),
            (self.tr("Time &zone"), self.time_zone, "time_zone"),
            (self.tr("N&otes"), self.notes, None),
        ]
        for text, widget, error_key in rows:
            label = QLabel(text)
            label.setBuddy(widget)
            if error_key is None:
                form.addRow(label, widget)
                continue
            box = QVBoxLayout()
            box.setContentsMargins(0, 0, 0, 0)
            box.setSpacing(2)
            box.addWidget(widget)
            error = QLabel()
            error.setObjectName(f"{error_key}Error")
            error.setWordWrap(True)
            error.hide()
            self._errors[error_key] = error
            box.addWidget(error)
            form.addRow(label, box)
        form.addRow(self.tr("History"), self.history)

        inner = QWidget()
        inner.setLayout(form)
        scroll = QScrollArea()
        scroll.setObjectName("mentorFormScroll")
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(inner)

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

        for widget in (
            self.name,
            self.role,
            self.organisation,
            self.tags,
            self.email,
            self.phone,
            self.profile_url,
            self.where_found_detail,
        ):
            widget.textEdited.connect(self._edited)
        for edit in (self.fit_notes, self.notes):
            edit.textChanged.connect(self._edited)
        for combo in (self.affiliation, self.status, self.where_found, self.preferred_channel):
            combo.currentIndexChanged.connect(self._edited)
        self.time_zone.editTextChanged.connect(self._edited)
        for text_field in self.findChildren(QLineEdit) + self.findChildren(QPlainTextEdit):
            text_field.installEventFilter(self)
        self.start_new()

    # -- building -----------------------------------------------------------------
    def _line(self, name: str, accessible: str, placeholder: str) -> QLineEdit:
        edit = QLineEdit()
        edit.setObjectName(name)
        edit.setAccessibleName(accessible)
        edit.setPlaceholderText(placeholder)
        edit.setClearButtonEnabled(True)
        return edit

    def _text(self, name: str, accessible: str, height: int) -> QPlainTextEdit:
        edit = LongTextEdit()
        edit.setObjectName(name)
        edit.setAccessibleName(accessible)
        edit.setTabChangesFocus(True)
        edit.setMinimumHeight(height)
        edit.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        return edit

    def _button(self, name: str, text: str, signal: SignalInstance) -> QPushButton:
        button = QPushButton(text)
        button.setObjectName(name)
        button.setAccessibleName(text.rstrip("…"))
        button.clicked.connect(signal.emit)
        return button

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # A text field claims Ctrl+Z even when it has nothing to undo (its history
        # is cleared when the form is refilled after a save); then let Edit ▸ Undo have it.
        if event.type() == QEvent.Type.ShortcutOverride and isinstance(event, QKeyEvent):
            undo_keys = (QKeySequence.StandardKey.Undo, QKeySequence.StandardKey.Redo)
            if any(event.matches(key) for key in undo_keys) and not field_can_undo(watched, event):
                event.ignore()
                return True
        return super().eventFilter(watched, event)

    # -- state --------------------------------------------------------------------
    @property
    def mentor_id(self) -> str | None:
        """The mentor being edited, or None when the form makes a new one."""
        return self._mentor_id

    def is_dirty(self) -> bool:
        return self._dirty

    def _edited(self) -> None:
        dirty = self.data() != self._loaded
        if dirty != self._dirty:
            self._dirty = dirty
            self.revert_button.setEnabled(dirty or self._mentor_id is None)
            self.dirty_changed.emit(dirty)

    def start_new(self) -> None:
        """Empty the form for a new mentor."""
        self._mentor_id = None
        self.heading.setText(self.tr("New mentor"))
        self._fill(MentorData(name=""))
        self.history.setText(self.tr("Not saved yet."))
        self.archive_button.setEnabled(False)
        self.delete_button.setEnabled(False)
        self.save_button.setText(self.tr("Add mentor"))
        self.save_button.setAccessibleName(self.tr("Add mentor"))
        self.revert_button.setText(self.tr("Clear"))

    def keep_as_new(self) -> None:
        """Keep what the form holds, but as a new mentor (the old one is gone)."""
        typed = self.data()
        self.start_new()
        self._fill(typed)
        self._loaded = MentorData(name="")
        self._edited()

    def show_mentor(self, mentor: MentorSnapshot) -> None:
        """Load ``mentor`` into the form (what was there before is replaced)."""
        same_record = mentor.id == self._mentor_id
        self._mentor_id = mentor.id
        self.heading.setText(mentor.data.name)
        self._fill(mentor.data, same_record=same_record)
        self.history.setText(self._history_text(mentor))
        self.archive_button.setEnabled(mentor.data.status != "ended")
        self.delete_button.setEnabled(True)
        self.save_button.setText(self.tr("Save"))
        self.save_button.setAccessibleName(self.tr("Save"))
        self.revert_button.setText(self.tr("Revert"))

    def _history_text(self, mentor: MentorSnapshot) -> str:
        steps = [
            f"{STATUS_LABELS.get(c.to_status, c.to_status)} ({c.changed_at.astimezone():%d %b %Y})"
            for c in mentor.history
        ]
        added = self.tr("Added {when}.").format(when=local_time_text(mentor.created_at))
        return (" → ".join(steps) + "\n" if steps else "") + added

    def _fill(self, data: MentorData, *, same_record: bool = False) -> None:
        widgets = [
            self.name,
            self.role,
            self.organisation,
            self.tags,
            self.email,
            self.phone,
            self.profile_url,
            self.where_found_detail,
            self.fit_notes,
            self.notes,
            self.affiliation,
            self.status,
            self.where_found,
            self.preferred_channel,
            self.time_zone,
        ]
        blockers = [QSignalBlocker(w) for w in widgets]
        # Another mentor shows the start of long values; a refresh after Save keeps
        # the cursor (and the notes' scrolling) where the user was typing.
        for name in TEXT_FIELDS:
            refill_line(getattr(self, name), getattr(data, name), same_record=same_record)
        refill_line(self.tags, ", ".join(data.tags), same_record=same_record)
        refill_text(self.fit_notes, data.fit_notes, same_record=same_record)
        refill_text(self.notes, data.notes, same_record=same_record)
        for name in CHOICE_FIELDS:
            combo: QComboBox = getattr(self, name)
            combo.setCurrentIndex(max(0, combo.findData(getattr(data, name))))
        self.time_zone.setEditText(data.time_zone)
        del blockers
        self._loaded = self.data()
        self._dirty = False
        self.revert_button.setEnabled(self._mentor_id is None)
        self.show_errors({})
        self.dirty_changed.emit(False)

    def data(self) -> MentorData:
        """What the form holds now, exactly as typed."""
        return MentorData(
            name=self.name.text(),
            role=self.role.text(),
            organisation=self.organisation.text(),
            affiliation=str(self.affiliation.currentData()),
            where_found=str(self.where_found.currentData()),
            where_found_detail=self.where_found_detail.text(),
            fit_notes=self.fit_notes.toPlainText(),
            email=self.email.text(),
            phone=self.phone.text(),
            profile_url=self.profile_url.text(),
            preferred_channel=str(self.preferred_channel.currentData()),
            time_zone=self.time_zone.currentText(),
            status=str(self.status.currentData()),
            notes=self.notes.toPlainText(),
            tags=tuple(part for part in self.tags.text().split(",") if part.strip()),
        )

    def show_errors(self, errors: dict[str, str]) -> None:
        """Show ``errors`` under their fields; focus the first bad field."""
        colour = error_colour(self.palette())
        first: QWidget | None = None
        for key, label in self._errors.items():
            message = errors.get(key)
            label.setVisible(bool(message))
            label.setText(f"⚠ {message}" if message else "")
            pal = label.palette()
            pal.setColor(QPalette.ColorRole.WindowText, colour)
            label.setPalette(pal)
            field = getattr(self, key, None)
            if isinstance(field, QWidget):
                field.setAccessibleDescription(message or "")
                if message and first is None:
                    first = field
        if first is not None:
            first.setFocus(Qt.FocusReason.OtherFocusReason)
