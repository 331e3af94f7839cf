"""File ▸ Export… and File ▸ Import…: the command line's export and import, with progress.

The work runs in the app's background job; a progress dialog shows while it does.
An import is checked first (nothing changes if anything is wrong, and the problems
are listed with where they are); a valid one is confirmed, then MentorDesk backs
up, imports in one transaction and reopens on the data, as a restore does.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QFileDialog, QInputDialog, QMessageBox, QProgressDialog, QWidget

from mentordesk.ui.actions import make_action
from mentordesk.ui.messages import Choice, ask, confirm, tell

if TYPE_CHECKING:
    from mentordesk.services.importing import ImportResult
    from mentordesk.ui.shell.data_session import DataSession
    from mentordesk.ui.shell.main_window import MainWindow


def _progress(parent: QWidget | None, text: str) -> QProgressDialog:
    dialog = QProgressDialog(text, "", 0, 0, parent)
    dialog.setObjectName("exchangeProgress")
    dialog.setWindowTitle(QCoreApplication.translate("ExchangeDialogs", "MentorDesk"))
    dialog.setCancelButton(None)
    dialog.setWindowModality(Qt.WindowModality.WindowModal)
    dialog.setMinimumDuration(300)
    return dialog


def _summary(counts: dict[str, int]) -> str:
    mentors, meetings = counts.get("mentor", 0), counts.get("meeting", 0)
    items = counts.get("action_item", 0)
    return ", ".join(
        [
            QCoreApplication.translate("ExchangeDialogs", "%n mentor(s)", None, mentors),
            QCoreApplication.translate("ExchangeDialogs", "%n meeting(s)", None, meetings),
            QCoreApplication.translate("ExchangeDialogs", "%n action item(s)", None, items),
        ]
    )


def _kept_words(result: ImportResult) -> str:
    """What an import that keeps mine leaves as it is, for the confirmation (may be empty)."""
    kept = result.kept
    if kept is None or not kept.count:
        return ""
    # Plain names for the counts: pyside6-lupdate skips a count written as kept.count.
    count, changed = kept.count, len(kept.changed)
    text = QCoreApplication.translate(
        "ExchangeDialogs", "%n record(s) you have already stay as they are.", None, count
    )
    if changed:
        text += " " + QCoreApplication.translate(
            "ExchangeDialogs", "The file has changed %n of them; yours are kept:", None, changed
        )
        text += "\n" + "\n".join(f"• {label}" for label in kept.changed[:8])
        if len(kept.changed) > 8:
            text += "\n…"
    return text + "\n\n"


class Exchange:
    """Runs exports and imports for one data session, and tells the person how they went."""

    def __init__(self, session: DataSession) -> None:
        self.session = session
        self.progress: QProgressDialog | None = None
        job = session.job
        job.exported.connect(self._exported)
        job.import_checked.connect(self._checked)
        job.rejected.connect(self._rejected)
        job.failed.connect(self._failed)
        self._checking: Path | None = None
        self._keep_mine = False  # the file is checked to add what is new, keep what I have

    @property
    def window(self) -> QWidget | None:
        return self.session.window

    # -- export ---------------------------------------------------------------------
    def choose_export(self) -> None:
        formats = [
            QCoreApplication.translate("ExchangeDialogs", "JSON (every record; can be imported)"),
            QCoreApplication.translate("ExchangeDialogs", "Markdown (a folder to read)"),
            QCoreApplication.translate("ExchangeDialogs", "CSV (for spreadsheets)"),
        ]
        chosen, ok = QInputDialog.getItem(
            self.window,
            QCoreApplication.translate("ExchangeDialogs", "Export"),
            QCoreApplication.translate("ExchangeDialogs", "Export as:"),
            formats,
            0,
            False,
        )
        if not ok:
            return
        kind = ("json", "markdown", "csv")[formats.index(chosen)]
        name = f"MentorDesk export {date.today().isoformat()}"
        if kind == "json":
            target, _ = QFileDialog.getSaveFileName(
                self.window,
                QCoreApplication.translate("ExchangeDialogs", "Export to"),
                str(Path.home() / f"{name}.json"),
                "JSON (*.json)",
            )
        else:
            folder = QFileDialog.getExistingDirectory(
                self.window, QCoreApplication.translate("ExchangeDialogs", "Export into")
            )
            target = str(Path(folder) / name) if folder else ""
        if target:
            self.export(kind, Path(target))

    def export(self, kind: str, target: Path) -> None:
        self.progress = _progress(
            self.window, QCoreApplication.translate("ExchangeDialogs", "Exporting…")
        )
        self._target = target
        self.session.job.export(kind, target)

    def _exported(self, counts: dict[str, int]) -> None:
        self._done()
        if self.session.window is not None:
            self.session.window.statusBar().showMessage(
                QCoreApplication.translate("ExchangeDialogs", "Exported to {path}.").format(
                    path=self._target
                ),
                10000,
            )

    # -- import ---------------------------------------------------------------------
    def choose_import(self) -> None:
        source, _ = QFileDialog.getOpenFileName(
            self.window,
            QCoreApplication.translate("ExchangeDialogs", "Import a MentorDesk export"),
            str(Path.home()),
            "JSON (*.json)",
        )
        if source:
            self.check_import(Path(source))

    def check_import(self, source: Path, *, keep_mine: bool = False) -> None:
        """Check ``source`` in the background; then ask, or list what is wrong."""
        self._checking = source
        self._keep_mine = keep_mine
        self.progress = _progress(
            self.window, QCoreApplication.translate("ExchangeDialogs", "Checking the file…")
        )
        self.session.job.check_import(source, keep_mine=keep_mine)

    def _checked(self, result: ImportResult) -> None:
        self._done()
        source, self._checking = self._checking, None
        if source is None:
            return
        counts, keep_mine = result.counts, self._keep_mine
        if keep_mine and not counts:
            tell(
                self.window,
                QCoreApplication.translate("ExchangeDialogs", "Nothing new"),
                QCoreApplication.translate(
                    "ExchangeDialogs",
                    "Every record of {name} is in your data already. Nothing was changed.",
                ).format(name=source.name),
                name="nothingNewBox",
            )
            return
        if confirm(
            self.window,
            QCoreApplication.translate("ExchangeDialogs", "Import this file?"),
            QCoreApplication.translate("ExchangeDialogs", "Add {what} from {name}?").format(
                what=_summary(counts), name=source.name
            ),
            QCoreApplication.translate("ExchangeDialogs", "Import"),
            detail=_kept_words(result)
            + QCoreApplication.translate(
                "ExchangeDialogs",
                "Your data is backed up first. Open windows close and MentorDesk reopens "
                "with the imported records.",
            ),
            name="confirmImportBox",
            yes_name="confirmImportButton",
        ):
            self.session.import_file(source, keep_mine=keep_mine)

    def _rejected(self, problems: list[object]) -> None:
        if self._checking is None:
            return  # an import under way: DataSession reports it
        self._done()
        source, self._checking = self._checking, None
        from mentordesk.services.importing import ALREADY  # the data layer, loaded by now

        if not self._keep_mine and any(getattr(p, "what", "") == ALREADY for p in problems):
            if self._offer_keep_mine(source, problems):
                self.check_import(source, keep_mine=True)
            return
        tell(
            self.window,
            QCoreApplication.translate("ExchangeDialogs", "Cannot import"),
            QCoreApplication.translate(
                "ExchangeDialogs", "{name} cannot be imported. Nothing was changed."
            ).format(name=source.name),
            detail="\n".join(str(p) for p in problems[:5]),
            details="\n".join(str(p) for p in problems),
            name="importProblemsBox",
        )

    def _offer_keep_mine(self, source: Path, problems: list[object]) -> bool:
        """The file holds records the data has already: offer to add only the new ones."""
        from mentordesk.services.importing import ALREADY

        already = sum(1 for p in problems if getattr(p, "what", "") == ALREADY)
        others = [str(p) for p in problems if getattr(p, "what", "") != ALREADY]
        if others:  # something else is wrong too: keeping mine would not help
            return False
        answer = ask(
            self.window,
            QCoreApplication.translate("ExchangeDialogs", "Import"),
            QCoreApplication.translate(
                "ExchangeDialogs", "{name} holds %n record(s) you have already.", None, already
            ).format(name=source.name),
            [
                Choice(
                    "keep",
                    QMessageBox.StandardButton.Yes,
                    QCoreApplication.translate("ExchangeDialogs", "Add what is new, keep mine"),
                    "keepMineButton",
                ),
                Choice("cancel", QMessageBox.StandardButton.Cancel, name="cancelButton"),
            ],
            detail=QCoreApplication.translate(
                "ExchangeDialogs",
                "MentorDesk can add only the records that are new and leave yours exactly "
                "as they are; you will see which ones the file has changed before anything "
                "is imported.",
            ),
            name="keepMineBox",
            default="keep",
        )
        return answer == "keep"

    def _failed(self, kind: str, reason: str) -> None:
        if kind not in ("export", "check import"):
            return
        self._done()
        self._checking = None
        tell(
            self.window,
            QCoreApplication.translate("ExchangeDialogs", "MentorDesk"),
            QCoreApplication.translate("ExchangeDialogs", "That did not work: {reason}").format(
                reason=reason
            ),
        )

    def _done(self) -> None:
        if self.progress is not None:
            self.progress.reset()
            self.progress.deleteLater()
            self.progress = None


def add_exchange_actions(window: MainWindow, exchange: Exchange) -> None:
    """File ▸ Export… and File ▸ Import… in ``window``."""
    export = make_action(
        window,
        "exportAction",
        QCoreApplication.translate("ExchangeDialogs", "&Export…"),
        exchange.choose_export,
        [],
    )
    import_ = make_action(
        window,
        "importAction",
        QCoreApplication.translate("ExchangeDialogs", "&Import…"),
        exchange.choose_import,
        [],
    )
    window.add_file_actions([export, import_])
