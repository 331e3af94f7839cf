"""The Agreement tab of a mentor's page: the rhythm, the versions, the form.

Saving goes through the context's undoable write; agreed terms that change are
saved as the next version (the Save button says so before it is pressed). Older
versions show read-only. Templates, comparing and exporting are in
``agreement_actions``.
"""

from __future__ import annotations

from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QComboBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from mentordesk.services import agreements, cadence_read
from mentordesk.services.agreements import (
    AgreementState,
    AgreementTerms,
    AgreementValidationError,
    Saved,
)
from mentordesk.services.cadence import cadence
from mentordesk.services.errors import NotFoundError
from mentordesk.services.kinds import Change, Kind, Ref
from mentordesk.ui import formats
from mentordesk.ui.agreements import operations
from mentordesk.ui.agreements.actions import AgreementActions
from mentordesk.ui.agreements.form import AgreementForm
from mentordesk.ui.agreements.rhythm_row import RhythmRow
from mentordesk.ui.attachments.window import show_attachments
from mentordesk.ui.context import AppContext
from mentordesk.ui.follow import ChangeFollower
from mentordesk.ui.widgets.form_scroll import form_scroll
from mentordesk.ui.widgets.parts import heading, named_button
from mentordesk.ui.widgets.record_editor import finish_editing
from mentordesk.ui.widgets.toned import tone

SHOWS = (Kind.AGREEMENT, Kind.AGREEMENT_VERSION, Kind.MENTOR, Kind.MEETING)


class AgreementPanel(QWidget):
    """One mentor's agreement: pick a version, edit the current one, save."""

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("agreementPanel")
        self.context = context
        self.mentor_id: str | None = None
        self.mentor_name = ""
        self.agreement: AgreementState | None = None
        self.shown_number: int | None = None  # None: the current version (or a new one)
        # A mentor chosen while this tab is hidden in a shown window is read when the
        # tab is shown (choosing a mentor then costs no agreement read); the value is
        # whether typing is kept then (the same mentor all along).
        self._read_when_shown: bool | None = None

        self.rhythm = RhythmRow(context)
        self.heading = heading("", "agreementHeading", scale=1.2)
        self.heading.setWordWrap(True)  # the version picker keeps its full width
        self.versions = QComboBox()
        self.versions.setObjectName("agreementVersions")
        self.versions.setAccessibleName(self.tr("Version shown"))
        self.versions.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.versions.currentIndexChanged.connect(self._version_picked)
        self.tools = AgreementActions(self)
        self.notice = QLabel()
        self.notice.setObjectName("agreementNotice")
        self.notice.setWordWrap(True)
        self.problem = QLabel()
        self.problem.setObjectName("agreementProblem")
        self.problem.setWordWrap(True)
        self.problem.hide()
        tone(self.problem, "error")
        tone(self.notice, "muted")

        self.form = AgreementForm(context.today())
        self.form.edited.connect(self._edited)
        self.form.editor.stale.connect(lambda: self.reload(keep_typing=True))
        scroll = form_scroll(self.form, "agreementScroll")

        self.save_button = named_button("saveAgreementButton", self.tr("Save agreement"))
        self.save_button.clicked.connect(self.save)
        self.revert_button = QPushButton(self.tr("Revert"))
        self.revert_button.setObjectName("revertAgreementButton")
        self.revert_button.setAccessibleName(self.tr("Revert the agreement"))
        self.revert_button.clicked.connect(self.revert)
        buttons = QHBoxLayout()
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.revert_button)
        buttons.addStretch(1)
        self.attachments_button = QPushButton(self.tr("Attachments…"))
        self.attachments_button.setObjectName("agreementAttachmentsButton")
        self.attachments_button.setAccessibleName(self.tr("Files and links for the agreement"))
        self.attachments_button.clicked.connect(self.attachments)
        buttons.addWidget(self.tools.delete_button)

        top = QHBoxLayout()
        top.addWidget(self.heading, 1)
        top.addWidget(self.attachments_button)  # beside the heading: the buttons' row is full
        top.addWidget(self.versions)
        layout = QVBoxLayout(self)
        layout.addWidget(self.rhythm)
        line = QFrame()
        line.setFrameShape(QFrame.Shape.HLine)
        line.setFrameShadow(QFrame.Shadow.Sunken)
        layout.addWidget(line)
        layout.addLayout(top)
        layout.addLayout(self.tools.bar)
        layout.addWidget(self.notice)
        layout.addWidget(self.problem)
        layout.addWidget(scroll, 1)
        layout.addLayout(buttons)
        self.follower = ChangeFollower(self, context, SHOWS, self._changed)
        self.set_mentor(None)

    # -- reading --------------------------------------------------------------------
    def set_mentor(self, mentor_id: str | None) -> None:
        """Show ``mentor_id``'s agreement (the caller saved or dropped typing first;
        the same mentor again keeps what is being typed)."""
        same = mentor_id == self.mentor_id
        if not same:
            self.shown_number = None
        self.mentor_id = mentor_id
        if self.isVisible() or not self.window().isVisible():
            self.reload(keep_typing=same)
        else:
            waiting = self._read_when_shown
            self._read_when_shown = same if waiting is None else waiting and same

    def showEvent(self, event: QShowEvent) -> None:
        if self._read_when_shown is not None:
            self.reload(keep_typing=self._read_when_shown)
        super().showEvent(event)

    def _changed(self, change: Change | None) -> None:
        if self.mentor_id is None:
            return
        if (
            change is None
            or self.mentor_id in change.ids
            or (self.agreement is not None and self.agreement.id in change.ids)
        ):
            self.reload(keep_typing=True)

    def reload(self, *, keep_typing: bool = True, same_record: bool = False) -> None:
        """Read the agreement and rhythm again; typing in the form stays if asked, or
        (``same_record``, after Save) the cursor stays where the person was typing."""
        self._read_when_shown = None
        self.problem.hide()
        mentor_id = self.mentor_id
        self.setEnabled(mentor_id is not None)
        if mentor_id is None:
            self.agreement = None
            self.heading.setText(self.tr("Agreement"))
            self.form.fill(AgreementTerms())
            self._update()
            return
        today, now = self.context.today(), self.context.now()
        self.form.set_today(today)
        before = self.agreement
        try:
            self.agreement = self.context.read(agreements.for_mentor, mentor_id)
            histories = self.context.read(cadence_read.histories, None, [mentor_id])
        except NotFoundError:
            self.mentor_id, self.agreement = None, None
            self.reload(keep_typing=False)
            return
        history = histories[0]
        self.mentor_name = history.name
        fallback = history.fallback
        self.rhythm.show_cadence(
            mentor_id,
            cadence(history, today, now),
            fallback.every if fallback else None,
            fallback.unit if fallback else "weeks",
        )
        self.heading.setText(self.tr("Agreement with {name}").format(name=history.name))
        self._fill_versions()
        if not (keep_typing and self.form.is_dirty()):
            self._show_version(same_record=same_record)
        elif self.agreement != before:  # typing wins; once undone, show the stored terms
            self.form.editor.fell_behind()
        self._update()

    def _fill_versions(self) -> None:
        from mentordesk.ui.agreements.compare_dialog import version_title

        self.versions.blockSignals(True)
        self.versions.clear()
        if self.agreement is not None:
            for version in reversed(self.agreement.versions):
                self.versions.addItem(version_title(version), version.number)
            wanted = self.shown_number or self.agreement.current.number
            self.versions.setCurrentIndex(max(0, self.versions.findData(wanted)))
        self.versions.setVisible(self.agreement is not None)
        self.versions.blockSignals(False)

    def _version_picked(self) -> None:
        if self.agreement is None:
            return
        number = int(self.versions.currentData())
        wanted = None if number == self.agreement.current.number else number
        if wanted == self.shown_number:
            return
        if not self.finish_editing():
            self._fill_versions()
            return
        self.shown_number = wanted
        self._show_version()
        self._update()

    def show_version_id(self, version_id: str) -> None:
        """Show the version ``version_id`` (read only unless it is the current one)."""
        if self.agreement is None or not self.finish_editing():
            return
        number = next((v.number for v in self.agreement.versions if v.id == version_id), None)
        if number is None:
            return
        self.shown_number = None if number == self.agreement.current.number else number
        self._fill_versions()
        self._show_version()
        self._update()

    def _show_version(self, *, same_record: bool = False) -> None:
        if self.agreement is None:
            self.form.fill(AgreementTerms())
            return
        number = self.shown_number or self.agreement.current.number
        version = self.agreement.version(number) or self.agreement.current
        self.form.fill(version.terms, same_record=same_record)

    # -- state ----------------------------------------------------------------------
    def viewing_old_version(self) -> bool:
        return self.shown_number is not None

    def makes_new_version(self) -> bool:
        """Saving now would keep the current version and add the next one."""
        if self.agreement is None or self.viewing_old_version():
            return False
        current = self.agreement.current
        terms, _ = self._terms()
        return current.was_agreed and terms.terms_key() != current.terms.terms_key()

    def is_dirty(self) -> bool:
        return not self.viewing_old_version() and self.form.is_dirty()

    def _terms(self) -> tuple[AgreementTerms, dict[str, str]]:
        """What to save: the typed terms over the current version as stored now."""
        return self.form.terms_onto(self.agreement.current.terms if self.agreement else None)

    def _edited(self) -> None:
        self._update()

    def _update(self) -> None:
        old = self.viewing_old_version()
        self.form.set_read_only(old or self.mentor_id is None)
        dirty = self.is_dirty()
        if self.makes_new_version():
            assert self.agreement is not None
            text = self.tr("Save as version {n}").format(n=self.agreement.current.number + 1)
        elif self.agreement is None:
            text = self.tr("Save agreement")
        else:
            text = self.tr("Save changes")
        self.save_button.setText(text)
        self.save_button.setAccessibleName(text)
        self.save_button.setEnabled(dirty)
        self.revert_button.setEnabled(dirty)
        self.save_button.setVisible(not old)
        self.revert_button.setVisible(not old)
        self.notice.setText(self._notice_text())
        self.attachments_button.setEnabled(self.agreement is not None)
        self.tools.update()

    def attachments(self) -> None:
        """The agreement's files and links (ui/attachments)."""
        if self.agreement is not None:
            heading = self.tr("Agreement with {name}").format(name=self.mentor_name)
            show_attachments(self.context, self, Ref(Kind.AGREEMENT, self.agreement.id), heading)

    def _notice_text(self) -> str:
        if self.mentor_id is None:
            return self.tr("Choose a mentor to see the agreement.")
        if self.agreement is None and self.is_dirty():
            return self.tr("Not saved yet: edit it, then press Save agreement.")
        if self.agreement is None:
            return self.tr(
                "No agreement with {name} yet. Agree on goals, how often to meet and what "
                "to talk about from the start: begin from a template or write your own."
            ).format(name=self.mentor_name)
        current = self.agreement.current
        if self.viewing_old_version():
            return self.tr(
                "An earlier version, kept as it was (read only). The current one is version {n}."
            ).format(n=current.number)
        if self.makes_new_version():
            return self.tr(
                "Version {n} was agreed, so it stays as it is: saving these changes makes "
                "version {next}."
            ).format(n=current.number, next=current.number + 1)
        if current.was_agreed and current.terms.agreed_on is not None:
            return self.tr(
                "Agreed on {day}. Changing its terms will make a new version; "
                "the status alone can change in place."
            ).format(day=formats.long_date(current.terms.agreed_on))
        return self.tr("A draft: edit freely until you both agree.")

    # -- saving ---------------------------------------------------------------------
    def errors(self, terms: AgreementTerms, problems: dict[str, str]) -> dict[str, str]:
        current = self.agreement.current if self.agreement is not None else None
        frozen = current is not None and current.was_agreed
        same_terms = current is not None and terms.terms_key() == current.terms.terms_key()
        found = agreements.validate(
            terms,
            today=self.context.today(),
            is_new=current is None,
            was_agreed=frozen and same_terms,
        )
        return {**found, **problems}

    def save(self) -> bool:
        """Save the form; False (with the problems beside their fields) if it can't."""
        if self.mentor_id is None or not self.is_dirty():
            return True
        self.follower.flush()  # the agreement as stored now (a sync round's news)
        terms, problems = self._terms()
        errors = self.errors(terms, problems)
        if errors:
            self.form.show_errors(errors)
            return False
        mentor_id = self.mentor_id
        try:
            done = operations.save_agreement(
                self.context,
                self,
                mentor_id,
                self.mentor_name,
                terms,
                self.agreement,
                new_version=self.makes_new_version(),
            )
        except AgreementValidationError as error:
            self.form.show_errors(error.errors)
            return False
        if done is None:
            return False
        saved: Saved = done.value
        self.agreement = saved.agreement
        self.shown_number = None
        self.follower.flush()
        self.reload(keep_typing=False, same_record=True)
        return True

    def revert(self) -> None:
        self._show_version()
        self._update()

    def start_from(self, terms: AgreementTerms) -> None:
        """Fill the form with ``terms`` (a template), unsaved."""
        self.shown_number = None
        self._fill_versions()
        self.form.fill(self.agreement.current.terms if self.agreement else AgreementTerms())
        self.form.fill(terms, as_typed=True)
        self._update()

    def finish_editing(self) -> bool:
        """Save typing before leaving; False keeps the user here."""
        if not self.is_dirty():
            return True
        self.follower.flush()
        terms, problems = self._terms()
        errors = self.errors(terms, problems)
        if finish_editing(
            self,
            dirty=True,
            save=lambda: not errors and self.save(),
            revert=self.revert,
            who=self.tr("the agreement with {name}").format(name=self.mentor_name),
            problems=lambda: "\n".join(errors.values()),
        ):
            return True
        self.form.show_errors(errors)
        return False

    def show_problem(self, text: str) -> None:
        """A problem that belongs to no field (a damaged template file)."""
        self.problem.setText(f"⚠ {text}")
        self.problem.setVisible(bool(text))
