"""Make the README's picture of attachments: run under Xvfb, e.g.

    xvfb-run -a -s "-screen 0 1366x768x24" \\
        .venv/bin/python scripts/screenshot_attachments.py docs light

A temporary data folder with the sample data; a meeting with three files and a link
attached, one file then deleted outside the app so the list shows what "missing"
looks like. Never the real data folder.
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

from PySide6.QtCore import QEventLoop, QTimer


def settle(ms: int = 300) -> None:
    loop = QEventLoop()
    QTimer.singleShot(ms, loop.quit)
    loop.exec()


def main() -> int:
    out = Path(sys.argv[1] if len(sys.argv) > 1 else "docs")
    theme = sys.argv[2] if len(sys.argv) > 2 else "light"
    from mentordesk.app import make_application
    from mentordesk.config import resolve_paths
    from mentordesk.db.choices import MeetingStatus
    from mentordesk.db.database import Database
    from mentordesk.db.types import utc_now
    from mentordesk.services import attachment_files, attachments, meeting_queries
    from mentordesk.services.kinds import Kind, Ref
    from mentordesk.ui.attachments.window import AttachmentsWindow
    from mentordesk.ui.settings import open_settings
    from mentordesk.ui.shell.main_window import MainWindow
    from mentordesk.ui.theme import apply_theme

    _app = make_application()
    apply_theme(theme)
    with tempfile.TemporaryDirectory() as folder:
        paths = resolve_paths(Path(folder) / "data")
        paths.ensure()
        database = Database(paths)
        window = MainWindow(paths, open_settings(paths))
        window.resize(1366, 768)
        window.show()
        window.attach_database(database)
        window.load_sample_data()
        with database.session() as session:
            rows = meeting_queries.meeting_rows(session)
        held = next(r for r in rows if r.status == MeetingStatus.HELD.value)
        owner = Ref(Kind.MEETING, held.id)
        files = {
            "Board talk — draft 3.pdf": b"%PDF-1.7 " + bytes(range(256)) * 1400,
            "Whiteboard after the meeting.jpg": bytes(range(256)) * 9000,
            "Old org chart.png": b"\x89PNG" + bytes(range(256)) * 300,
        }
        for name, data in files.items():
            source = Path(folder) / name
            source.write_bytes(data)
            stored = attachment_files.store_file(paths.attachments_dir, source, 100 << 20)
            with database.session() as session:
                attachments.add_file(session, owner, name, stored, now=utc_now())
        with database.session() as session:
            attachments.add_link(
                session, owner, "Her reading list", "https://example.org/reading", now=utc_now()
            )
        gone = attachment_files.store_file(
            paths.attachments_dir, Path(folder) / "Old org chart.png", 100 << 20
        )
        (paths.attachments_dir / gone.sha256).unlink()  # deleted outside the app
        context = window.context
        assert context is not None
        heading = f"Meeting with {held.mentor_name}"
        attached = AttachmentsWindow(context, owner, heading, window)
        attached.resize(760, 360)
        attached.show()
        attached.panel.table.selectRow(0)
        settle()
        attached.grab().save(str(out / f"attachments-{theme}.png"))
        attached.close()
        window.close()
        database.close()
    print(f"screenshot written to {out}/attachments-{theme}.png")
    return 0


if __name__ == "__main__":
    sys.exit(main())
