"""What a person does with meeting templates, each said once (``ui/operation.py``):
save (a shipped one becomes an edited copy), duplicate, import and delete. Exporting
writes a file and changes no record."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from mentordesk.services import meeting_templates
from mentordesk.services.kinds import Kind, Ref
from mentordesk.services.meeting_templates import SHIPPED, TemplateData, TemplateRow
from mentordesk.ui.context import AppContext, Written
from mentordesk.ui.operation import Question, perform, performed


def save_template(
    context: AppContext, parent: QWidget | None, ref: str, data: TemplateData
) -> Written[str] | None:
    now = context.now()
    label = QCoreApplication.translate("templates", "Edit the template “{name}”").format(
        name=data.name
    )
    if ref.startswith(SHIPPED):
        return perform(
            context,
            parent,
            label,
            Kind.MEETING_TEMPLATE,
            lambda s: meeting_templates.save_template(s, ref, data, now=now),
            created=lambda new_id: [Ref(Kind.MEETING_TEMPLATE, new_id)],
            area="",
        )
    return perform(
        context,
        parent,
        label,
        Ref(Kind.MEETING_TEMPLATE, ref),
        lambda s: meeting_templates.save_template(s, ref, data, now=now),
        area="",
    )


def add_template(
    context: AppContext, parent: QWidget | None, data: TemplateData, label: str
) -> Written[str] | None:
    """A duplicate or an imported template (``label`` says which, for undo)."""
    now = context.now()
    return perform(
        context,
        parent,
        label,
        Kind.MEETING_TEMPLATE,
        lambda s: meeting_templates.add_template(s, data, now=now),
        created=lambda new_id: [Ref(Kind.MEETING_TEMPLATE, new_id)],
        area="",
    )


def duplicate_template(
    context: AppContext, parent: QWidget | None, row: TemplateRow
) -> Written[str] | None:
    name = QCoreApplication.translate("templates", "{name} (copy)").format(name=row.data.name)
    copy = TemplateData(
        name, row.data.description, row.data.purpose, row.data.sections, row.data.questions
    )
    return add_template(
        context,
        parent,
        copy,
        QCoreApplication.translate("templates", "Duplicate the template “{name}”").format(
            name=row.data.name
        ),
    )


def delete_template(context: AppContext, parent: QWidget | None, row: TemplateRow) -> bool:
    """Delete one of the person's templates; an edited shipped one goes back to the original."""
    if row.edited:
        title = QCoreApplication.translate("templates", "Restore the original")
        text = QCoreApplication.translate(
            "templates", "Put back the template “{name}” as it came with MentorDesk?"
        ).format(name=row.data.name)
        yes = QCoreApplication.translate("templates", "Restore")
        label = QCoreApplication.translate("templates", "Restore the template “{name}”")
    else:
        title = QCoreApplication.translate("templates", "Delete template")
        text = QCoreApplication.translate(
            "templates", "Delete the template “{name}”? Meetings planned from it keep their agenda."
        ).format(name=row.data.name)
        yes = QCoreApplication.translate("templates", "Delete")
        label = QCoreApplication.translate("templates", "Delete the template “{name}”")
    return performed(
        context,
        parent,
        label.format(name=row.data.name),
        Ref(Kind.MEETING_TEMPLATE, row.ref),
        lambda s: meeting_templates.delete_template(s, row.ref),
        ask=Question(
            title,
            text,
            yes,
            QCoreApplication.translate("templates", "Edit ▸ Undo brings it back."),
        ),
        area="",
    )
