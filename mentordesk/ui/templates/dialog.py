"""Meeting Templates (Meeting templates… in the Meetings area, Templates… in Plan meeting):
the list on the left, the chosen template on the right; save, duplicate, delete (or
restore the original of a shipped one), import a file, export one.

Sections are edited as lines "minutes title" ("10 Catch up"), questions one a line.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path
from typing import TypeVar

from PySide6.QtCore import QStandardPaths, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from mentordesk.db.choices import TemplatePurpose
from mentordesk.db.files import write_text_file
from mentordesk.services import meeting_templates
from mentordesk.services.errors import FieldValidationError
from mentordesk.services.meeting_templates import Section, TemplateData, TemplateError, TemplateRow
from mentordesk.ui import labels, messages
from mentordesk.ui.context import AppContext
from mentordesk.ui.templates import operations

REF_ROLE = Qt.ItemDataRole.UserRole + 1
W = TypeVar("W", bound=QWidget)
_SECTION = re.compile(r"^\s*(\d+)\s*(?:min\.?|minutes?|')?\s*[-–:·]?\s*(.+?)\s*$")


def sections_text(sections: tuple[Section, ...]) -> str:
    return "\n".join(f"{s.minutes} {s.title}" for s in sections)


def parse_sections(text: str) -> tuple[tuple[Section, ...], list[int]]:
    """The sections typed as "minutes title" lines, and the numbers of lines that are not."""
    found: list[Section] = []
    wrong: list[int] = []
    for number, line in enumerate(text.splitlines(), start=1):
        if not line.strip():
            continue
        match = _SECTION.match(line)
        if match is None:
            wrong.append(number)
            continue
        found.append(Section(int(match.group(1)), match.group(2)))
    return tuple(found), wrong


def _documents() -> Path:
    folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    return Path(folder) if Path(folder).is_dir() else Path.home()


class TemplatesDialog(QDialog):
    """Edit, duplicate, delete, import and export meeting templates."""

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("meetingTemplatesDialog")
        self.setWindowTitle(self.tr("Meeting Templates"))
        self.context = context
        self.rows: list[TemplateRow] = []
        self.list = QListWidget()
        self.list.setObjectName("templateList")
        self.list.setAccessibleName(self.tr("Meeting templates"))
        self.list.currentRowChanged.connect(self._show)
        self.name = self._named(QLineEdit(), "templateName", self.tr("Template name"))
        self.purpose = self._named(QComboBox(), "templatePurpose", self.tr("What it is for"))
        for value, text in labels.choices(TemplatePurpose):
            self.purpose.addItem(text, value)
        self.description = self._named(QLineEdit(), "templateDescription", self.tr("Description"))
        self.sections = self._named(
            QPlainTextEdit(), "templateSections", self.tr("Sections, one a line: minutes, title")
        )
        self.sections.setPlaceholderText(self.tr("10 Catch up and wins\n20 The main question"))
        self.questions = self._named(
            QPlainTextEdit(), "templateQuestions", self.tr("Question bank, one a line")
        )
        self.problem = QLabel("")
        self.problem.setObjectName("templateProblem")
        self.problem.setWordWrap(True)
        form = QFormLayout()
        form.addRow(self.tr("&Name"), self.name)
        form.addRow(self.tr("&For"), self.purpose)
        form.addRow(self.tr("&Description"), self.description)
        form.addRow(self.tr("&Sections"), self.sections)
        form.addRow(self.tr("&Questions"), self.questions)
        form.addRow(self.problem)
        self.save_button = self._button("templateSave", self.tr("Save"), self.save)
        self.duplicate_button = self._button(
            "templateDuplicate", self.tr("Duplicate"), self.duplicate
        )
        self.delete_button = self._button("templateDelete", self.tr("Delete…"), self.delete)
        self.import_button = self._button("templateImport", self.tr("Import…"), self.import_file)
        self.export_button = self._button("templateExport", self.tr("Export…"), self.export_file)
        actions = QHBoxLayout()
        for button in (
            self.save_button,
            self.duplicate_button,
            self.delete_button,
            self.import_button,
            self.export_button,
        ):
            actions.addWidget(button)
        right = QVBoxLayout()
        right.addLayout(form)
        right.addLayout(actions)
        body = QHBoxLayout()
        body.addWidget(self.list, 2)
        body.addLayout(right, 5)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(body)
        layout.addWidget(close)
        self.resize(860, 560)
        self.reload()

    def _named(self, widget: W, name: str, accessible: str) -> W:
        widget.setObjectName(name)
        widget.setAccessibleName(accessible)
        return widget

    def _button(self, name: str, text: str, slot: Callable[[], object]) -> QPushButton:
        button = QPushButton(text)
        button.setObjectName(name)
        button.setAccessibleName(text.rstrip("…"))
        button.clicked.connect(lambda _checked=False: slot())
        return button

    # -- the list ----------------------------------------------------------------------
    def reload(self, select: str | None = None) -> None:
        keep = select or self.current_ref()
        self.rows = self.context.read(meeting_templates.list_templates)
        self.list.blockSignals(True)
        self.list.clear()
        for row in self.rows:
            text = row.data.name
            if row.edited:
                text += self.tr(" (edited)")
            item = QListWidgetItem(text)
            item.setData(REF_ROLE, row.ref)
            item.setToolTip(row.data.description)
            self.list.addItem(item)
        self.list.blockSignals(False)
        refs = [row.ref for row in self.rows]
        self.list.setCurrentRow(refs.index(keep) if keep in refs else 0)
        self._show(self.list.currentRow())

    def current(self) -> TemplateRow | None:
        row = self.list.currentRow()
        return self.rows[row] if 0 <= row < len(self.rows) else None

    def current_ref(self) -> str | None:
        current = self.current()
        return current.ref if current is not None else None

    def select(self, text: str) -> bool:
        """Show the template listed as ``text``."""
        for number in range(self.list.count()):
            item = self.list.item(number)
            if item is not None and item.text() == text:
                self.list.setCurrentRow(number)
                return True
        return False

    def _show(self, _row: int) -> None:
        current = self.current()
        self.problem.setText("")
        if current is None:
            return
        data = current.data
        self.name.setText(data.name)
        self.purpose.setCurrentIndex(max(0, self.purpose.findData(data.purpose)))
        self.description.setText(data.description)
        self.sections.setPlainText(sections_text(data.sections))
        self.questions.setPlainText("\n".join(data.questions))
        self.delete_button.setEnabled(current.own)
        self.delete_button.setText(
            self.tr("Restore Original…") if current.edited else self.tr("Delete…")
        )

    # -- the form ----------------------------------------------------------------------
    def form_data(self) -> TemplateData | None:
        sections, wrong = parse_sections(self.sections.toPlainText())
        if wrong:
            self.problem.setText(
                self.tr("Write each section as minutes then a title (line {lines}).").format(
                    lines=", ".join(str(n) for n in wrong)
                )
            )
            return None
        return TemplateData(
            self.name.text(),
            self.description.text(),
            str(self.purpose.currentData()),
            sections,
            tuple(self.questions.toPlainText().splitlines()),
        )

    def save(self) -> bool:
        current, data = self.current(), self.form_data()
        if current is None or data is None:
            return False
        try:
            saved = operations.save_template(self.context, self, current.ref, data)
        except FieldValidationError as error:
            self.problem.setText(" ".join(error.errors.values()))
            return False
        if saved is None:
            return False
        self.reload(select=saved.value)
        return True

    def duplicate(self) -> bool:
        current = self.current()
        if current is None:
            return False
        made = operations.duplicate_template(self.context, self, current)
        if made is None:
            return False
        self.reload(select=made.value)
        return True

    def delete(self) -> bool:
        current = self.current()
        if current is None or not current.own:
            return False
        if not operations.delete_template(self.context, self, current):
            return False
        self.reload(select=f"{meeting_templates.SHIPPED}{current.shipped_key or ''}")
        return True

    # -- files -------------------------------------------------------------------------
    def import_file(self, path: Path | None = None) -> bool:
        if path is None:
            name, _ = QFileDialog.getOpenFileName(
                self,
                self.tr("Import a meeting template"),
                str(_documents()),
                self.tr("Meeting templates (*.json)"),
            )
            if not name:
                return False
            path = Path(name)
        try:
            data = meeting_templates.load(path)
        except TemplateError as error:
            self.problem.setText(str(error))
            return False
        made = operations.add_template(
            self.context,
            self,
            data,
            self.tr("Import the template “{name}”").format(name=data.name),
        )
        if made is None:
            return False
        self.reload(select=made.value)
        return True

    def export_file(self, path: Path | None = None) -> Path | None:
        current = self.current()
        if current is None:
            return None
        if path is None:
            name, _ = QFileDialog.getSaveFileName(
                self,
                self.tr("Export the meeting template"),
                str(_documents() / f"{current.data.name}.json"),
                self.tr("Meeting templates (*.json)"),
            )
            if not name:
                return None
            path = Path(name)
        try:
            write_text_file(path, meeting_templates.export_text(current.data))
        except OSError as error:
            messages.tell(
                self,
                self.tr("Export the meeting template"),
                self.tr("Could not write {file}: {reason}.").format(
                    file=path, reason=error.strerror or error
                ),
            )
            return None
        self.context.say(self.tr("Exported to {file}.").format(file=path))
        return path


def manage_templates(context: AppContext, parent: QWidget | None = None) -> None:
    dialog = TemplatesDialog(context, parent)
    try:
        dialog.exec()
    finally:
        dialog.deleteLater()
