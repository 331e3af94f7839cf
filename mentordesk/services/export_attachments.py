"""The attachments in the Markdown export: each file copied beside the pages, under
the name it was attached with, and ``attachments.md`` listing every file and link
with what it belongs to.

    attachments.md          every attachment: title, the file (linked) or the address,
                            and its mentor, meeting, agreement or goal
    attachments/<name>      the files (a name used twice gets " (2)" before its ending)

A file that is missing from the data folder is listed as missing, never left out
silently. Kept apart from ``export_markdown`` so the pages' writer stays as it is.
"""

from __future__ import annotations

from datetime import UTC
from pathlib import Path, PurePath

from sqlalchemy import select
from sqlalchemy.orm import Session

from mentordesk.config import FILE_MODE, FOLDER_MODE
from mentordesk.db.choices import AttachmentKind
from mentordesk.db.files import write_text_file
from mentordesk.db.models import Agreement, Attachment, Goal, Meeting, Mentor
from mentordesk.services import attachment_files, attachment_reads
from mentordesk.services.attachment_files import safe_name
from mentordesk.services.export_archive import markdown_link

FOLDER = "attachments"
PAGE = "attachments.md"


def _unique(name: str, used: set[str]) -> str:
    stem, suffix = PurePath(name).stem, PurePath(name).suffix
    candidate, number = name, 1
    while candidate.lower() in used:
        number += 1
        candidate = f"{stem} ({number}){suffix}"
    used.add(candidate.lower())
    return candidate


def _owner(session: Session, row: Attachment) -> str:
    if row.mentor_id:
        mentor = session.get(Mentor, row.mentor_id)
        return f"Mentor: {mentor.name}" if mentor else ""
    if row.meeting_id:
        meeting = session.get(Meeting, row.meeting_id)
        if meeting is None:
            return ""
        mentor = session.get(Mentor, meeting.mentor_id)
        when = meeting.scheduled_start.astimezone(UTC).strftime("%Y-%m-%d %H:%M UTC")
        return f"Meeting with {mentor.name if mentor else ''}, {when}"
    if row.agreement_id:
        agreement = session.get(Agreement, row.agreement_id)
        mentor = session.get(Mentor, agreement.mentor_id) if agreement else None
        return f"Agreement with {mentor.name}" if mentor else ""
    goal = session.get(Goal, row.goal_id) if row.goal_id else None
    return f"Goal: {goal.title}" if goal else ""


def write_attachments(session: Session, store: Path, folder: Path) -> int:
    """Copy the attached files into ``folder``/attachments and write attachments.md;
    returns how many attachments are listed (nothing is written when there are none)."""
    rows = list(session.scalars(select(Attachment).order_by(Attachment.created_at)))
    if not rows:
        return 0
    lines = ["# Attachments", ""]
    used: set[str] = set()
    for row in rows:
        owner = _owner(session, row)
        if row.kind == AttachmentKind.LINK.value:
            lines.append(f"- {markdown_link(row.title, row.url)} — {owner}")
            continue
        sha256 = row.sha256 or ""
        source = (
            attachment_files.locate(store, sha256)
            if attachment_files.is_hash_name(sha256)
            else None
        )
        if source is None:
            lines.append(f"- {row.title} ({row.file_name}, missing) — {owner}")
            continue
        name = _unique(safe_name(row.file_name or row.title), used)
        (folder / FOLDER).mkdir(mode=FOLDER_MODE, exist_ok=True)
        target = folder / FOLDER / name
        attachment_reads.plain_copy(store, sha256, target)  # decrypted: an export is plain
        target.chmod(FILE_MODE)
        lines.append(f"- {markdown_link(row.title, f'{FOLDER}/{name}')} — {owner}")
    write_text_file(folder / PAGE, "\n".join(lines) + "\n")
    return len(rows)
