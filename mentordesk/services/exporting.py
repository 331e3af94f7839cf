"""Exporting: every record as the JSON exchange format (``services.exchange``), or as
Markdown or CSV for reading elsewhere (``services.export_markdown``,
``services.export_views``), written whole or not at all (``db.files.write_text_file``)."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy.orm import Session

from mentordesk.db.database import Database
from mentordesk.db.files import write_text_file
from mentordesk.services import (
    attachment_copies,
    export_attachments,
    export_markdown,
    export_target,
    export_views,
)
from mentordesk.services.exchange import dumps, export_document


def export_to(
    session: Session,
    kind: str,
    target: Path,
    *,
    force: bool = False,
    attachments: Path | None = None,
) -> dict[str, int]:
    """Export as ``kind`` (json, markdown or csv) to ``target`` (a file for JSON, else a folder).

    ``attachments`` (the data folder's store) brings the attached files along: beside a
    JSON file in ``mentordesk-attachments`` (``services/attachment_copies.py``), into a
    Markdown folder's ``attachments/`` (``services/export_attachments.py``).

    Private (0600 files, 0700 folders) and whole: through a temporary name and a rename
    (``services.export_target``). An existing target is refused unless ``force``; a
    symbolic link always. Raises TargetRefusedError.
    """
    if kind == "json":
        export_target.check_file(target, force=force)
        return export_json(session, target, attachments)
    export_target.check_folder(target, force=force)
    if kind == "markdown":
        return export_target.write_folder(
            target,
            lambda work: {
                "mentor": export_markdown.export_markdown(session, work),
                **_markdown_attachments(session, attachments, work),
            },
        )
    return export_target.write_folder(target, lambda work: export_views.export_csv(session, work))


def _markdown_attachments(session: Session, store: Path | None, work: Path) -> dict[str, int]:
    if store is None:
        return {}
    return {"attachment": export_attachments.write_attachments(session, store, work)}


def export_json(session: Session, path: Path, attachments: Path | None = None) -> dict[str, int]:
    """Write the JSON export to ``path``; returns how many rows of each kind. The files
    go first (beside it), so a JSON file is never there without them."""
    document = export_document(session)
    if attachments is not None:
        hashes = [row["sha256"] for row in document["records"].get("attachment", [])]
        attachment_copies.keep_files(attachments, [h for h in hashes if h], path)
    write_text_file(path, dumps(document))
    return {kind: len(rows) for kind, rows in document["records"].items()}


def export_database(database: Database, kind: str, target: Path) -> dict[str, int]:
    """``export_to`` from an open ``Database`` (the app's background job uses this; its
    file dialog has asked before replacing a file)."""
    with database.session() as session:
        return export_to(
            session, kind, target, force=True, attachments=database.paths.attachments_dir
        )
