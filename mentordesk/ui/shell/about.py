"""Help ▸ About: version and where the data lives."""

from __future__ import annotations

from PySide6 import __version__ as pyside_version
from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QPushButton, QVBoxLayout, QWidget

from mentordesk import __version__
from mentordesk.config import Paths
from mentordesk.resources_path import resource_path


class AboutDialog(QDialog):
    """Shows the version, the data folder and the database file."""

    def __init__(self, paths: Paths, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("aboutDialog")
        self.setWindowTitle(self.tr("About MentorDesk"))
        title = QLabel(f"<h2>MentorDesk {__version__}</h2>")
        title.setObjectName("aboutVersion")
        body = QLabel(
            self.tr(
                "<p>Run all of your mentor relationships on your own computer, offline.</p>"
                "<p><b>Data folder:</b><br>{folder}</p>"
                "<p><b>Database:</b><br>{database}</p>"
                "<p>Qt for Python {qt}</p>"
            ).format(folder=paths.data_dir, database=paths.database, qt=pyside_version)
        )
        # The LGPL asks that users be told Qt is used and under which licence.
        licence = QLabel(
            self.tr(
                "<p>MentorDesk is free software under the MIT licence. It uses Qt and "
                "Qt for Python (PySide6), which are licensed under the GNU Lesser General "
                "Public License v3; you may replace them with your own build. The licences "
                "of everything MentorDesk ships with are in its licences folder.</p>"
            )
        )
        licence.setObjectName("aboutLicence")
        licence.setWordWrap(True)
        body.setObjectName("aboutDataFolder")
        body.setWordWrap(True)
        body.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        open_folder = QPushButton(self.tr("Open data folder"))
        open_folder.setObjectName("openDataFolderButton")
        open_folder.setAccessibleName(self.tr("Open data folder"))
        open_folder.clicked.connect(
            lambda: QDesktopServices.openUrl(QUrl.fromLocalFile(str(paths.data_dir)))
        )
        buttons.addButton(open_folder, QDialogButtonBox.ButtonRole.ActionRole)
        licences = QPushButton(self.tr("Licences"))
        licences.setObjectName("openLicencesButton")
        licences.setAccessibleName(self.tr("Open the licences folder"))
        licences.clicked.connect(
            lambda: QDesktopServices.openUrl(QUrl.fromLocalFile(str(resource_path("licenses"))))
        )
        buttons.addButton(licences, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        # Room around the text, so no line runs up to the dialog's edge; wide enough
        # for a data folder's path, and tall enough for every wrapped line.
        layout.setContentsMargins(20, 12, 20, 14)
        layout.setSpacing(10)
        layout.addWidget(title)
        layout.addWidget(body)
        layout.addWidget(licence)
        layout.addSpacing(4)
        layout.addWidget(buttons)
        self.setMinimumWidth(520)
        self.resize(540, max(self.sizeHint().height(), self.heightForWidth(540)))
