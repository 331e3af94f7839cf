"""What a person does with attachments, each said once (``ui/operation.py``): the
Attachments tab of a mentor and the Attachments window of a meeting, an agreement or a
goal call these. Removing needs no question: Edit ▸ Undo brings it back (the file stays
in the data folder until a later start finds nothing refers to it)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from mentordesk.services import attachments
from mentordesk.services.attachment_files import Stored
from mentordesk.services.attachments import AttachmentRow
from mentordesk.services.kinds import Kind, Ref
from mentordesk.ui.context import AppContext, Written
from mentordesk.ui.operation import perform, performed, short


def attach_file(
    context: AppContext, parent: QWidget | None, owner: Ref, file_name: str, stored: Stored
) -> Written[AttachmentRow] | None:
    """Attach a file already copied into the data folder."""
    now = context.now()
    return perform(
        context,
        parent,
        QCoreApplication.translate("attachments", "Attach “{name}”").format(name=short(file_name)),
        Kind.ATTACHMENT,
        lambda s: attachments.add_file(s, owner, file_name, stored, now=now),
        created=lambda row: [Ref(Kind.ATTACHMENT, row.id)],
        refs=[owner],
    )


def add_link(
    context: AppContext, parent: QWidget | None, owner: Ref, title: str, url: str
) -> Written[AttachmentRow] | None:
    """Attach a link (field errors are raised for the dialog)."""
    now = context.now()
    return perform(
        context,
        parent,
        QCoreApplication.translate("attachments", "Add link “{title}”").format(
            title=short(attachments.clean_title(title) or url.strip())
        ),
        Kind.ATTACHMENT,
        lambda s: attachments.add_link(s, owner, title, url, now=now),
        created=lambda row: [Ref(Kind.ATTACHMENT, row.id)],
        refs=[owner],
    )


def rename(context: AppContext, parent: QWidget | None, item: AttachmentRow, title: str) -> bool:
    """Give an attachment another title (field errors are raised for the dialog)."""
    now = context.now()
    return performed(
        context,
        parent,
        QCoreApplication.translate("attachments", "Rename “{old}” to “{new}”").format(
            old=short(item.title), new=short(attachments.clean_title(title))
        ),
        Ref(Kind.ATTACHMENT, item.id),
        lambda s: attachments.rename(s, item.id, title, now=now),
        refs=[item.owner],
    )


def remove(context: AppContext, parent: QWidget | None, item: AttachmentRow) -> bool:
    """Remove an attachment; undo brings it back."""
    return performed(
        context,
        parent,
        QCoreApplication.translate("attachments", "Remove attachment “{title}”").format(
            title=short(item.title)
        ),
        Ref(Kind.ATTACHMENT, item.id),
        lambda s: attachments.delete_attachment(s, item.id),
        refs=[item.owner],
    )
