"""Make the README screenshots: run under Xvfb, e.g.

    xvfb-run -a -s "-screen 0 1280x800x24" .venv/bin/python scripts/screenshot.py docs/

Uses a temporary data folder with the sample mentors; never the real one.
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication


def settle(app: QApplication, ms: int = 300) -> None:
    QTimer.singleShot(ms, app.quit)
    app.exec()


def main() -> int:
    out = Path(sys.argv[1] if len(sys.argv) > 1 else "docs")
    out.mkdir(parents=True, exist_ok=True)
    theme = sys.argv[2] if len(sys.argv) > 2 else "light"
    from mentordesk.app import make_application, open_settings
    from mentordesk.config import resolve_paths
    from mentordesk.db.database import Database
    from mentordesk.ui.main_window import MainWindow
    from mentordesk.ui.theme import apply_theme

    app = make_application()
    apply_theme(theme)
    with tempfile.TemporaryDirectory() as folder:
        paths = resolve_paths(folder)
        paths.ensure()
        database = Database(paths)
        window = MainWindow(paths, open_settings(paths))
        window.resize(1240, 760)
        window.show()
        window.attach_database(database)
        settle(app)
        window.grab().save(str(out / f"first-run-{theme}.png"))
        assert window.mentors_view is not None
        window.mentors_view.load_sample_data()
        window.mentors_view.select(window.mentors_view.model.rows()[0].id)
        settle(app)
        window.grab().save(str(out / f"mentors-{theme}.png"))
        window.close()
        database.close()
    print(f"screenshots written to {out}/")
    return 0


if __name__ == "__main__":
    sys.exit(main())
