"""Promote a prospect to an active mentor in one step (everything recorded stays), and
offer to start the expectations agreement from a template."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFormLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from mentordesk.services import agreement_templates, agreements
from mentordesk.services.kinds import Facet, Kind, Ref
from mentordesk.ui.context import AppContext
from mentordesk.ui.prospects import operations
from mentordesk.ui.widgets.dialog_buttons import ok_cancel


class PromoteDialog(QDialog):
    """Make a prospect active; optionally pick an agreement template to start from."""

    def __init__(self, name: str, offer_templates: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("promoteDialog")
        self.setWindowTitle(self.tr("Promote to active mentor"))
        text = QLabel(
            self.tr(
                "{name} agreed to mentor you? They become an active mentor: everything "
                "recorded about them (where you found them, why they fit, your outreach, "
                "linked goals) stays."
            ).format(name=name)
        )
        text.setWordWrap(True)
        self.template = QComboBox()
        self.template.setObjectName("promoteTemplate")
        self.template.setAccessibleName(self.tr("Start an agreement from"))
        self.template.addItem(self.tr("Not now"), None)
        if offer_templates:
            for choice in agreement_templates.shipped():
                if not choice.problem:
                    self.template.addItem(choice.name, str(choice.path))
            self.template.setCurrentIndex(min(1, self.template.count() - 1))
        buttons = ok_cancel(self, self.tr("Promote"), "promoteButton", "promoteCancel")
        layout = QVBoxLayout(self)
        layout.addWidget(text)
        if offer_templates:
            form = QFormLayout()
            form.addRow(self.tr("Start the &agreement from"), self.template)
            layout.addLayout(form)
        layout.addWidget(buttons)
        self.setMinimumWidth(440)

    def chosen(self) -> Path | None:
        value = self.template.currentData()
        return Path(str(value)) if value else None


def promote(context: AppContext, mentor_id: str, name: str, window: QWidget | None = None) -> bool:
    """Ask, promote (undoable), then open the Agreement tab filled from the chosen template."""
    offer = context.read(agreements.for_mentor, mentor_id) is None
    dialog = PromoteDialog(name, offer, window)
    try:
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return False
        template = dialog.chosen()
    finally:
        dialog.deleteLater()
    if not operations.promote(context, window, mentor_id, name):
        return False
    if template is not None:
        context.open(Ref(Kind.MENTOR, mentor_id, Facet.NEW_AGREEMENT, str(template)))
    return True
