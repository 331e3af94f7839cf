"""The template row of Plan meeting: choose a meeting template (the one the agreement
and the meetings so far call for is marked suggested and listed first), and its timed
sections become agenda points with the length their minutes add up to; its question
bank is a menu that adds a question to the agenda; Templates… edits them."""

from __future__ import annotations

import functools
from datetime import datetime

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QMenu, QPushButton, QSpinBox, QWidget

from mentordesk.services import meeting_templates
from mentordesk.services.errors import NotFoundError
from mentordesk.services.meeting_templates import TemplateRow
from mentordesk.ui.context import AppContext
from mentordesk.ui.meetings.agenda_editor import AgendaEditor


def section_point(minutes: int, title: str) -> str:
    return f"{title} ({minutes} min)"


class TemplateOffer(QWidget):
    """A template chooser that fills the agenda editor and the duration."""

    def __init__(
        self,
        context: AppContext,
        agenda: AgendaEditor,
        minutes: QSpinBox,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("planTemplateRow")
        self.context = context
        self.agenda = agenda
        self.minutes = minutes
        self.rows: list[TemplateRow] = []
        self.suggested: str | None = None  # the ref of the suggested template
        self._added: list[str] = []  # the points the chosen template put on the agenda
        self.combo = QComboBox()
        self.combo.setObjectName("planTemplate")
        self.combo.setAccessibleName(self.tr("Meeting template"))
        self.combo.activated.connect(lambda _index: self.apply())
        self.questions = QPushButton(self.tr("Questions"))
        self.questions.setObjectName("planQuestionsButton")
        self.questions.setAccessibleName(self.tr("Add a question from the template"))
        self.questions.setToolTip(self.tr("Add a question from the template's question bank"))
        self.question_menu = QMenu(self)
        self.question_menu.setObjectName("planQuestionMenu")
        self.questions.setMenu(self.question_menu)
        self.manage = QPushButton(self.tr("Templates…"))
        self.manage.setObjectName("planManageTemplates")
        self.manage.setAccessibleName(self.tr("Edit meeting templates"))
        self.manage.clicked.connect(self._manage)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.combo, 1)
        row.addWidget(self.questions)
        row.addWidget(self.manage)
        self.reload()

    def reload(self) -> None:
        chosen = self.chosen_ref()
        self.rows = self.context.read(meeting_templates.list_templates)
        suggested = [r for r in self.rows if r.ref == self.suggested]
        ordered = suggested + [r for r in self.rows if r.ref != self.suggested]
        self.combo.clear()
        self.combo.addItem(self.tr("No template"), "")
        for row in ordered:
            text = row.data.name
            if row.ref == self.suggested:
                text = self.tr("{name} (suggested)").format(name=text)
            self.combo.addItem(text, row.ref)
            self.combo.setItemData(
                self.combo.count() - 1, row.data.description, Qt.ItemDataRole.ToolTipRole
            )
        self.combo.setCurrentIndex(max(0, self.combo.findData(chosen or "")))
        self._fill_questions()

    def set_mentor(self, mentor_id: str | None, when: datetime) -> None:
        """Mark the template this meeting calls for as suggested."""
        self.suggested = None
        if mentor_id is not None:
            try:
                purpose = self.context.read(meeting_templates.suggested_purpose, mentor_id, when)
            except NotFoundError:
                purpose = None
            # An edited shipped template or one of the person's own of that purpose.
            for row in self.rows:
                if purpose is not None and row.data.purpose == purpose:
                    self.suggested = row.ref
                    break
        self.reload()

    def chosen_ref(self) -> str | None:
        data = self.combo.currentData()
        return str(data) if data else None

    def chosen(self) -> TemplateRow | None:
        ref = self.chosen_ref()
        return next((r for r in self.rows if r.ref == ref), None)

    def choose(self, name: str) -> bool:
        """Pick the template called ``name`` (for keyboard users and tests) and apply it."""
        for index in range(self.combo.count()):
            if self.combo.itemText(index).startswith(name):
                self.combo.setCurrentIndex(index)
                self.apply()
                return True
        return False

    def apply(self) -> None:
        """Put the chosen template's sections on the agenda, in place of the last one's."""
        typed = self.agenda.entry.text()
        kept = list(self.agenda.points())
        if typed.strip() and kept and kept[-1] == (None, " ".join(typed.split()), False):
            kept.pop()  # what is typed in the entry stays in the entry
        for text in self._added:
            for index, (point_id, point, _done) in enumerate(kept):
                if point_id is None and point == text:
                    del kept[index]
                    break
        template = self.chosen()
        self._added = []
        if template is not None:
            self._added = [section_point(s.minutes, s.title) for s in template.data.sections]
            if template.data.minutes:
                self.minutes.setValue(template.data.minutes)
        self.agenda.set_points([*kept, *((None, text, False) for text in self._added)])
        self.agenda.entry.setText(typed)
        self._fill_questions()

    def _fill_questions(self) -> None:
        self.question_menu.clear()
        template = self.chosen()
        questions = template.data.questions if template is not None else ()
        for question in questions:
            self.question_menu.addAction(question, functools.partial(self.add_question, question))
        self.questions.setEnabled(bool(questions))

    def add_question(self, question: str) -> None:
        typed = self.agenda.entry.text()
        self.agenda.add_point(question)
        self.agenda.entry.setText(typed)

    def _manage(self) -> None:
        from mentordesk.ui.templates.dialog import manage_templates

        manage_templates(self.context, self)
        self.reload()
