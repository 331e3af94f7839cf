"""The line above the mentors list while sample data is loaded: say so, offer removal."""

from __future__ import annotations

from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QWidget


class SampleBanner(QFrame):
    """ "You are exploring sample data", with the button that removes it."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("sampleBanner")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(8, 4, 8, 4)
        said = QLabel(self.tr("You are exploring sample data (fictional mentors)."))
        said.setObjectName("sampleBannerText")
        said.setWordWrap(True)  # longer in other languages: wraps beside the button
        layout.addWidget(said, 1)
        self.remove_button = QPushButton(self.tr("Remove sample data…"))
        self.remove_button.setObjectName("removeSampleButton")
        self.remove_button.setAccessibleName(self.tr("Remove sample data"))
        layout.addWidget(self.remove_button)
