"""Exporting: every record as the JSON exchange format (``services.exchange``), or as
Markdown or CSV for reading elsewhere (``services.export_markdown``,
``services.export_views``), written whole or not at all (``db.files.write_text_file``)."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy.orm import Session

from mentordesk.db.database import Database
from mentordesk.db.files import write_text_file
from mentordesk.services import export_markdown, export_views
from mentordesk.services.exchange import dumps, export_document


def export_to(session: Session, kind: str, target: Path) -> dict[str, int]:
    """Export as ``kind`` (json, markdown or csv) to ``target`` (a file for JSON, else a folder)."""
    if kind == "json":
        return export_json(session, target)
    if kind == "markdown":
        return {"mentor": export_markdown.export_markdown(session, target)}
    return export_views.export_csv(session, target)


def export_json(session: Session, path: Path) -> dict[str, int]:
    """Write the JSON export to ``path``; returns how many rows of each kind."""
    document = export_document(session)
    write_text_file(path, dumps(document))
    return {kind: len(rows) for kind, rows in document["records"].items()}


def export_database(database: Database, kind: str, target: Path) -> dict[str, int]:
    """``export_to`` from an open ``Database`` (the app's background job uses this)."""
    with database.session() as session:
        return export_to(session, kind, target)
