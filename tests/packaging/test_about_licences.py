"""Help ▸ About tells the user Qt is used under the LGPL, and where every licence is."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QLabel, QPushButton
from pytestqt.qtbot import QtBot

from mentordesk.config import resolve_paths
from mentordesk.resources_path import resource_path
from mentordesk.ui.shell.about import AboutDialog


def test_the_about_box_carries_the_lgpl_notice_and_a_way_to_the_licences(
    qtbot: QtBot, tmp_path: Path
) -> None:
    dialog = AboutDialog(resolve_paths(tmp_path))
    qtbot.addWidget(dialog)
    dialog.show()
    notice = dialog.findChild(QLabel, "aboutLicence")
    assert notice is not None and notice.isVisible()
    assert "GNU Lesser General Public License" in notice.text()
    button = dialog.findChild(QPushButton, "openLicencesButton")
    assert button is not None and button.isVisible() and button.accessibleName()
    folder = resource_path("licenses")
    assert "GNU LESSER GENERAL PUBLIC LICENSE" in (folder / "LGPL-3.0.txt").read_text()
    assert "Qt" in (folder / "THIRD-PARTY.txt").read_text()
