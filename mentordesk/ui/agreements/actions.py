"""What the Agreement tab can do besides editing: start from a template, compare two
versions, export the version shown (Markdown or PDF), delete the agreement."""

from __future__ import annotations

import functools
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QInputDialog,
    QLineEdit,
    QMenu,
    QPushButton,
)

from mentordesk.services import agreement_templates
from mentordesk.services.agreement_templates import TemplateError
from mentordesk.services.agreements import VersionState
from mentordesk.ui import file_folder, messages
from mentordesk.ui import settings as setting
from mentordesk.ui.agreements import operations
from mentordesk.ui.widgets.parts import named_button

if TYPE_CHECKING:
    from mentordesk.ui.agreements.panel import AgreementPanel


class AgreementActions:
    """The buttons above the agreement form, and what they do."""

    def __init__(self, panel: AgreementPanel) -> None:
        self.panel = panel
        self.template_button = self._button(
            "agreementTemplateButton", panel.tr("Start from a template"), None
        )
        self.template_menu = QMenu(panel)
        self.template_menu.setObjectName("agreementTemplateMenu")
        self.template_menu.aboutToShow.connect(self._fill_templates)
        self.template_button.setMenu(self.template_menu)
        self.compare_button = self._button(
            "compareAgreementButton", panel.tr("Compare versions…"), self.compare
        )
        self.export_button = self._button("exportAgreementButton", panel.tr("Export"), None)
        menu = QMenu(panel)
        menu.setObjectName("agreementExportMenu")
        menu.addAction(panel.tr("As Markdown…"), lambda: self.export_markdown())
        menu.addAction(panel.tr("As PDF to sign…"), lambda: self.export_pdf())
        self.export_button.setMenu(menu)
        self.delete_button = self._button(
            "deleteAgreementButton", panel.tr("Delete agreement…"), self.delete
        )
        self.bar = QHBoxLayout()
        self.bar.addWidget(self.template_button)
        self.bar.addStretch(1)
        self.bar.addWidget(self.compare_button)
        self.bar.addWidget(self.export_button)

    def _button(self, name: str, text: str, slot: Callable[[], object] | None) -> QPushButton:
        button = named_button(name, text)
        if slot is not None:
            # Not clicked.connect(slot): clicked(bool) would fill the slot's first
            # argument (delete(confirm=False) deleted without asking).
            button.clicked.connect(lambda _checked=False, slot=slot: slot())
        return button

    def update(self) -> None:
        panel = self.panel
        has = panel.agreement is not None
        self.template_button.setEnabled(
            panel.mentor_id is not None and not panel.viewing_old_version()
        )
        self.compare_button.setEnabled(has and len(panel.agreement.versions) > 1)  # type: ignore[union-attr]
        self.export_button.setEnabled(has)
        self.delete_button.setEnabled(has)

    # -- templates ------------------------------------------------------------------
    def _fill_templates(self) -> None:
        self.template_menu.clear()
        for choice in agreement_templates.shipped():
            action = self.template_menu.addAction(
                choice.name, functools.partial(self.use_template, choice.path)
            )
            action.setToolTip(choice.problem or choice.description)
        self.template_menu.addSeparator()
        self.template_menu.addAction(self.panel.tr("From a file…"), self.template_from_file)

    def template_from_file(self) -> None:
        settings = self.panel.context.settings
        name, _ = QFileDialog.getOpenFileName(
            self.panel,
            self.panel.tr("Start from a template file"),
            str(file_folder.start_folder(settings)),
            self.panel.tr("Agreement templates (*.json)"),
        )
        if name:
            file_folder.remember(settings, name)
            self.use_template(Path(name))

    def use_template(self, path: Path) -> bool:
        """Fill the form from the template at ``path``; a damaged file changes nothing."""
        panel = self.panel
        try:
            template = agreement_templates.load(path)
        except TemplateError as error:
            panel.show_problem(str(error))
            return False
        if panel.is_dirty() and not messages.confirm(
            panel,
            panel.tr("Replace what you typed?"),
            panel.tr("Fill the agreement from “{name}”, replacing what you typed?").format(
                name=template.name
            ),
            panel.tr("Replace"),
        ):
            return False
        panel.show_problem("")
        panel.start_from(template.terms(panel.context.today()))
        panel.context.say(
            panel.tr("Filled from “{name}”: edit it, then save.").format(name=template.name)
        )
        return True

    # -- compare and export -------------------------------------------------------------
    def compare(self) -> None:
        from mentordesk.ui.agreements.compare_dialog import AgreementCompareDialog

        if self.panel.agreement is None:
            return
        dialog = AgreementCompareDialog(self.panel.agreement, self.panel)
        try:
            dialog.exec()
        finally:
            dialog.deleteLater()

    def shown_version(self) -> VersionState | None:
        agreement = self.panel.agreement
        if agreement is None:
            return None
        return agreement.version(self.panel.shown_number or agreement.current.number)

    def my_name(self) -> str | None:
        """The user's own name for the document (asked once, then kept in the settings)."""
        settings = self.panel.context.settings
        name = settings.get(setting.MY_NAME).strip()
        if name:
            return name
        name, ok = QInputDialog.getText(
            self.panel,
            self.panel.tr("Your name"),
            self.panel.tr("Your name, as it should appear on the agreement:"),
            QLineEdit.EchoMode.Normal,
        )
        if not ok:
            return None
        settings.set(setting.MY_NAME, name.strip())
        return name.strip()

    def _target(self, suffix: str, filter_text: str, path: Path | None) -> Path | None:
        if path is not None:
            return path
        version = self.shown_version()
        number = version.number if version else 1
        default = f"{self.panel.mentor_name} agreement v{number}.{suffix}"
        settings = self.panel.context.settings
        name, _ = QFileDialog.getSaveFileName(
            self.panel,
            self.panel.tr("Export the agreement"),
            str(file_folder.start_folder(settings) / default),
            filter_text,
        )
        if name:
            file_folder.remember(settings, name)
        return Path(name) if name else None

    def _export(self, suffix: str, filter_text: str, path: Path | None) -> Path | None:
        from mentordesk.ui.agreements import export as agreement_export

        version = self.shown_version()
        agreement = self.panel.agreement
        if version is None or agreement is None:
            return None
        name = self.my_name()
        if name is None:
            return None
        target = self._target(suffix, filter_text, path)
        if target is None:
            return None
        doc = agreement_export.document(agreement, version, name, self.panel.context.today())
        try:
            if suffix == "pdf":
                agreement_export.write_pdf(doc, target)
            else:
                agreement_export.write_markdown(doc, target)
        except OSError as error:
            messages.tell(
                self.panel,
                self.panel.tr("Export the agreement"),
                self.panel.tr("Could not write {file}: {reason}.").format(
                    file=target, reason=error.strerror or error
                ),
            )
            return None
        self.panel.context.say(self.panel.tr("Exported to {file}.").format(file=target))
        return target

    def export_markdown(self, path: Path | None = None) -> Path | None:
        return self._export("md", self.panel.tr("Markdown (*.md)"), path)

    def export_pdf(self, path: Path | None = None) -> Path | None:
        return self._export("pdf", self.panel.tr("PDF (*.pdf)"), path)

    # -- delete -------------------------------------------------------------------------
    def delete(self, confirm: bool = True) -> None:
        panel = self.panel
        if panel.agreement is not None:
            operations.delete_agreement(
                panel.context, panel, panel.agreement, panel.mentor_name, ask=confirm
            )
