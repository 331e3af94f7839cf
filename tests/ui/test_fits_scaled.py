"""Issue 18, item 3, at 150 % and 200 %: with the desktop scaled (QT_SCALE_FACTOR, in a
process of its own, as Qt reads it once), the window's first size and place leave its
status bar on screen under a title bar, every tab of a mentor's page is on screen,
and Prospects' *Add step* is above the fold. The screens are the laptops people run
at those scales: 1920×1080 at 150 %, 2732×1536 at 200 % (both 1280 or 1366 points
wide)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

SCRIPT = r"""
import json, sys
from PySide6.QtCore import QPoint, QRect
from PySide6.QtWidgets import QApplication, QScrollArea
from mentordesk.config import resolve_paths
from mentordesk.db.database import Database
from mentordesk.ui.i18n import install_translations
from mentordesk.ui.settings import open_settings
from mentordesk.ui.shell.main_window import MainWindow

TITLE_BAR = 30
app = QApplication([])
install_translations(app)
paths = resolve_paths(sys.argv[1])
database = Database(paths)
window = MainWindow(paths, open_settings(paths))
window.show()
window.attach_database(database)
window.load_sample_data()
app.processEvents()
screen = window.screen().availableGeometry()
bar = window.statusBar()
out = {
    "screen": [screen.width(), screen.height()],
    "status_bottom": window.pos().y() + TITLE_BAR + bar.geometry().bottom(),
    "screen_bottom": screen.bottom(),
    "window_right": window.pos().x() + window.width(),
}
view = window.open_area("mentors")
view.table.selectRow(0)
app.processEvents()
window.grab()
tabs = view.detail_tabs.tabBar()
out["tabs_cut"] = [
    tabs.tabText(i) for i in range(tabs.count()) if tabs.tabRect(i).right() > tabs.rect().right()
]
prospects = window.open_area("prospects")
window.grab()
panel = prospects.panel
area = panel.findChild(QScrollArea, "prospectPanelScroll")
viewport = area.viewport()
button = panel.add_step_button
out["add_step_seen"] = viewport.rect().contains(
    QRect(button.mapTo(viewport, QPoint(0, 0)), button.size())
)
out["add_step_at"] = [button.mapTo(viewport, QPoint(0, 0)).y(), button.height(), viewport.height()]
window.undo_stack.clear()
database.close()
print(json.dumps(out))
"""


def screen_file(folder: Path, width: int, height: int) -> Path:
    screen = {"name": "Laptop", "x": 0, "y": 0, "width": width, "height": height}
    screen |= {"logicalDpi": 96, "logicalBaseDpi": 96, "dpr": 1}
    path = folder / "screen.json"
    path.write_text(json.dumps({"screens": [screen]}), encoding="utf-8")
    return path


@pytest.mark.parametrize(
    ("scale", "width", "height"), [("1.5", 1920, 1080), ("2", 2732, 1536)], ids=["150", "200"]
)
def test_the_window_fits_a_scaled_laptop_screen(
    tmp_path: Path, scale: str, width: int, height: int
) -> None:
    env = dict(
        os.environ,
        QT_QPA_PLATFORM=f"offscreen:configfile={screen_file(tmp_path, width, height)}",
        QT_SCALE_FACTOR=scale,
    )
    result = subprocess.run(
        [sys.executable, "-c", SCRIPT, str(tmp_path / "data")],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    out = json.loads(result.stdout.strip().splitlines()[-1])
    assert out["status_bottom"] <= out["screen_bottom"], out
    assert out["window_right"] <= out["screen"][0], out
    assert out["tabs_cut"] == [], out
    assert out["add_step_seen"], json.dumps(out)
