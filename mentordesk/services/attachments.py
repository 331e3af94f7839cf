"""Attachments: files and links on a mentor, a meeting, an agreement or a goal.

The rows live in the database like any record (undo, export, import and backups' counts
follow from the model); a file's bytes live in the data folder's ``attachments/`` under
their hash (``services/attachment_files.py``), once however often they are attached.
Removing an attachment removes its row only: the file goes at the next start when no row
refers to it any more (``collect``), so undo brings it back while the app runs.
Qt-free; the clock is passed in.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from urllib.parse import urlsplit

from sqlalchemy import select
from sqlalchemy.orm import Session

from mentordesk.db.choices import AttachmentKind
from mentordesk.db.models import Agreement, Attachment, Goal, Meeting, Mentor
from mentordesk.db.types import new_id
from mentordesk.services import attachment_files
from mentordesk.services.errors import (
    FieldValidationError,
    GoneWithParentError,
    NotFoundError,
)
from mentordesk.services.kinds import Kind, Ref
from mentordesk.services.records import found
from mentordesk.services.words import translate

TITLE_MAX = 300
NAME_MAX = 255
URL_MAX = 2000
LINK_SCHEMES = ("http", "https", "mailto")
_SCHEME = re.compile(r"^[a-zA-Z][a-zA-Z0-9+.-]*:(?!\d)")
OWNERS = {
    Kind.MENTOR: (Mentor, "mentor_id"),
    Kind.MEETING: (Meeting, "meeting_id"),
    Kind.AGREEMENT: (Agreement, "agreement_id"),
    Kind.GOAL: (Goal, "goal_id"),
}


class AttachmentNotFoundError(NotFoundError):
    """The attachment is gone."""

    kind = Kind.ATTACHMENT


class AttachmentValidationError(FieldValidationError):
    """A title or an address is not right; nothing was saved."""


@dataclass(frozen=True)
class AttachmentRow:
    """One attachment as its list shows it. ``missing``: a file no longer in the folder."""

    id: str
    owner: Ref
    kind: AttachmentKind
    title: str
    file_name: str
    sha256: str | None
    size: int | None
    url: str
    created_at: datetime
    missing: bool = False

    @property
    def is_link(self) -> bool:
        return self.kind is AttachmentKind.LINK


def _owner_ref(row: Attachment) -> Ref:
    for kind, (_model, column) in OWNERS.items():
        value = getattr(row, column)
        if value is not None:
            return Ref(kind, value)
    raise AttachmentNotFoundError(row.id)


def _row(row: Attachment, folder: Path | None) -> AttachmentRow:
    kind = AttachmentKind(row.kind)
    missing = (
        kind is AttachmentKind.FILE
        and folder is not None
        and not (
            attachment_files.is_hash_name(row.sha256 or "")
            and attachment_files.file_path(folder, row.sha256 or "").is_file()
        )
    )
    return AttachmentRow(
        row.id,
        _owner_ref(row),
        kind,
        row.title,
        row.file_name,
        row.sha256,
        row.size,
        row.url,
        row.created_at,
        missing,
    )


def _check_owner(session: Session, owner: Ref) -> None:
    if owner.kind not in OWNERS:
        raise ValueError(f"a {owner.kind} has no attachments")
    model, _column = OWNERS[owner.kind]
    if session.get(model, owner.id) is None:
        raise GoneWithParentError(owner.id, owner.kind)


def clean_title(title: str) -> str:
    """A title on one line, its spaces tidied."""
    return " ".join(title.split())


def _checked_title(title: str) -> str:
    title = clean_title(title)
    if not title:
        raise AttachmentValidationError(
            {"title": translate("services", "Give it a title, so you can find it again.")}
        )
    if len(title) > TITLE_MAX:
        raise AttachmentValidationError(
            {
                "title": translate("services", "Keep the title under {most} characters.").format(
                    most=TITLE_MAX
                )
            }
        )
    return title


def check_url(url: str) -> str:
    """A link's address, tidied: http, https or mailto; one without a scheme is https."""
    url = url.strip()
    if url and not _SCHEME.match(url):
        url = "https://" + url
    parts = urlsplit(url)
    if (
        not url
        or len(url) > URL_MAX
        or any(c.isspace() for c in url)
        or parts.scheme.lower() not in LINK_SCHEMES
        or (parts.scheme.lower() != "mailto" and not parts.netloc)
    ):
        raise AttachmentValidationError(
            {
                "url": translate(
                    "services",
                    "Enter a web address (https://…) or an email link (mailto:…).",
                )
            }
        )
    return url


def _new(owner: Ref, now: datetime, **values: object) -> Attachment:
    _model, column = OWNERS[owner.kind]
    return Attachment(id=new_id(), created_at=now, updated_at=now, **{column: owner.id}, **values)


def add_file(
    session: Session,
    owner: Ref,
    file_name: str,
    stored: attachment_files.Stored,
    *,
    now: datetime,
    title: str = "",
) -> AttachmentRow:
    """Attach a file already in the store (``attachment_files.store_file``) to ``owner``."""
    _check_owner(session, owner)
    name = Path(file_name).name[:NAME_MAX] or stored.sha256[:12]
    row = _new(
        owner,
        now,
        kind=AttachmentKind.FILE.value,
        title=_checked_title(title or name),
        file_name=name,
        sha256=stored.sha256,
        size=stored.size,
        url="",
    )
    session.add(row)
    session.flush()
    return _row(row, None)


def add_link(session: Session, owner: Ref, title: str, url: str, *, now: datetime) -> AttachmentRow:
    """Attach a link (opened in the browser) to ``owner``; the title defaults to the address."""
    _check_owner(session, owner)
    url = check_url(url)
    row = _new(
        owner,
        now,
        kind=AttachmentKind.LINK.value,
        title=_checked_title(title or url[:TITLE_MAX]),
        file_name="",
        url=url,
    )
    session.add(row)
    session.flush()
    return _row(row, None)


def _get(session: Session, attachment_id: str) -> Attachment:
    return found(session, Attachment, attachment_id, AttachmentNotFoundError)


def rename(session: Session, attachment_id: str, title: str, *, now: datetime) -> None:
    """Give an attachment another title (a file keeps its name in the folder)."""
    row = _get(session, attachment_id)
    row.title, row.updated_at = _checked_title(title), now
    session.flush()


def delete_attachment(session: Session, attachment_id: str) -> None:
    """Remove an attachment; its file stays until the next start finds it unused."""
    session.delete(_get(session, attachment_id))
    session.flush()


def attachment(session: Session, attachment_id: str, folder: Path) -> AttachmentRow:
    return _row(_get(session, attachment_id), folder)


def attachments_of(session: Session, owner: Ref, folder: Path) -> list[AttachmentRow]:
    """The attachments of one mentor, meeting, agreement or goal, newest first."""
    _model, column = OWNERS[owner.kind]
    query = (
        select(Attachment)
        .where(getattr(Attachment, column) == owner.id)
        .order_by(Attachment.created_at.desc(), Attachment.id)
    )
    return [_row(row, folder) for row in session.scalars(query)]


def referenced(session: Session) -> set[str]:
    """The hashes of every file an attachment refers to."""
    query = select(Attachment.sha256).where(Attachment.sha256.is_not(None)).distinct()
    return {value for value in session.scalars(query) if value}


def missing(session: Session, folder: Path) -> list[AttachmentRow]:
    """Attachments whose file is not in the folder (deleted outside the app)."""
    query = select(Attachment).where(Attachment.kind == AttachmentKind.FILE.value)
    rows = list(session.scalars(query.order_by(Attachment.created_at)))
    present = attachment_files.present(folder, (row.sha256 or "" for row in rows))
    return [_row(row, folder) for row in rows if row.sha256 not in present]


def collect(session: Session, folder: Path, *, now: float) -> list[str]:
    """At start: remove stored files nothing refers to (and killed copies' temporaries)."""
    return attachment_files.remove_unreferenced(folder, referenced(session), now=now)
