"""File ▸ Export calendar…: planned meetings as an .ics file for any calendar app."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QStandardPaths
from PySide6.QtWidgets import QFileDialog, QWidget

from mentordesk.db.errors import StorageError
from mentordesk.services import calendar_export
from mentordesk.ui import settings as setting
from mentordesk.ui.context import AppContext
from mentordesk.ui.messages import problem_text, tell

DEFAULT_NAME = "mentordesk-meetings.ics"


def choose_path(parent: QWidget | None) -> Path | None:
    folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    if not Path(folder).is_dir():
        folder = str(Path.home())
    name, _ = QFileDialog.getSaveFileName(
        parent,
        QCoreApplication.translate("calendar_file", "Export calendar"),
        str(Path(folder) / DEFAULT_NAME),
        QCoreApplication.translate("calendar_file", "Calendar files (*.ics)"),
    )
    if not name:
        return None
    path = Path(name)
    return path if path.suffix.lower() == ".ics" else path.with_name(path.name + ".ics")


def export_calendar(
    context: AppContext, parent: QWidget | None = None, path: Path | None = None
) -> Path | None:
    """Ask where (unless ``path``), write the planned meetings there, and say how many."""
    target = path or choose_path(parent)
    if target is None:
        return None
    try:
        count = context.read(
            calendar_export.write_calendar,
            target,
            context.now(),
            context.settings.get(setting.CALENDAR_ALARM),
        )
    except OSError as error:
        tell(
            parent,
            QCoreApplication.translate("calendar_file", "Export calendar"),
            QCoreApplication.translate("calendar_file", "Could not write {file}: {reason}.").format(
                file=target, reason=error.strerror or error
            ),
        )
        return None
    except StorageError as error:  # the events' versions are kept in the database
        tell(
            parent,
            QCoreApplication.translate("calendar_file", "Export calendar"),
            problem_text(error),
        )
        return None
    text = QCoreApplication.translate(
        "calendar_file", "Exported %n meeting(s) to {file}.", None, count
    )
    context.say(text.format(file=target))
    return target
