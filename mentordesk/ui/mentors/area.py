"""The Mentors area: a sortable, filterable list beside the mentor's page (profile
form and meetings). Every change goes through the context's undoable write."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QModelIndex, Qt, QTimer
from PySide6.QtWidgets import (
    QLineEdit,
    QPushButton,
    QWidget,
)

from mentordesk.db.choices import MentorStatus
from mentordesk.services.kinds import Change, Facet, Kind, Ref
from mentordesk.services.mentors import (
    MentorData,
    MentorSnapshot,
    MentorValidationError,
    validate,
)
from mentordesk.ui import labels
from mentordesk.ui.attachments.window import show_attachments
from mentordesk.ui.context import AppContext
from mentordesk.ui.data import sample_dialog as sample_data
from mentordesk.ui.lists.list_area import PAGE_LIST, ListArea
from mentordesk.ui.lists.tables import fit_columns
from mentordesk.ui.mentors import operations
from mentordesk.ui.mentors.page import MentorPage
from mentordesk.ui.mentors.table import COLUMNS, MentorFilterProxy, MentorTableModel, listed
from mentordesk.ui.operation import nothing_to_save
from mentordesk.ui.widgets.empty_state import EmptyState
from mentordesk.ui.widgets.record_editor import finish_editing
from mentordesk.ui.widgets.sample_banner import SampleBanner


class MentorsView(ListArea[MentorSnapshot]):
    """Everything about managing mentors: list, filters, the profile form, meetings."""

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        empty = EmptyState(
            self.tr("Welcome to MentorDesk"),
            self.tr(
                "Keep all of your mentors in one place: who they are, where you met them, "
                "what you agreed, and when you last talked. Everything stays on this "
                "computer.\n\nStart with a real mentor, or look around with a few "
                "fictional ones that you can remove in one step."
            ),
        )
        empty.setObjectName("mentorsEmptyState")
        super().__init__(
            context,
            MentorTableModel(),
            MentorFilterProxy(),
            name="mentor",
            accessible=self.tr("Mentors"),
            shows=MentorTableModel.SHOWS,
            sort_column=MentorTableModel.COL_NAME,
            order=Qt.SortOrder.AscendingOrder,
            empty=empty,
            parent=parent,
        )
        self.setObjectName("mentorsView")
        self.model.setParent(self)
        self.proxy.setParent(self)
        self._quiet = False  # selecting on purpose: not a user's click
        self._adding = False
        self.add_first_button = empty.add_button(
            "addFirstMentorButton", self.tr("Add your first mentor"), primary=True
        )
        self.sample_button = empty.add_button(
            "exploreSampleButton", self.tr("Explore with sample data")
        )
        self.add_first_button.clicked.connect(self.new_mentor)
        self.sample_button.clicked.connect(self.load_sample_data)

        self.filter_edit = QLineEdit()
        self.filter_edit.setObjectName("mentorFilter")
        self.filter_edit.setAccessibleName(self.tr("Filter mentors"))
        self.filter_edit.setPlaceholderText(self.tr("Filter by name, organisation or tag"))
        self.filter_edit.setClearButtonEnabled(True)
        self.filter_edit.textChanged.connect(
            lambda text: self._narrow(lambda: self.mentor_proxy.set_text(text))
        )
        self.filters.addWidget(self.filter_edit, 1)
        self.status_filter = self.add_combo(
            "mentorStatusFilter", self.tr("Status:"), self.tr("Show status")
        )
        self.status_filter.addItem(self.tr("All statuses"), MentorFilterProxy.ALL_STATUSES)
        self.status_filter.addItem(self.tr("All but ended"), MentorFilterProxy.NOT_ENDED)
        for value, text in labels.choices(MentorStatus):
            self.status_filter.addItem(text, value)
        self.status_filter.currentIndexChanged.connect(
            lambda: self._narrow(
                lambda: self.mentor_proxy.set_status(str(self.status_filter.currentData()))
            )
        )
        self.new_button = QPushButton(self.tr("New mentor"))
        self.new_button.setObjectName("newMentorButton")
        self.new_button.setAccessibleName(self.tr("New mentor"))
        self.new_button.setToolTip(self.tr("Add a mentor (Ctrl+N)"))
        self.new_button.clicked.connect(self.new_mentor)
        self.filters.addWidget(self.new_button)

        self.sample_banner = SampleBanner()
        self.remove_sample_button = self.sample_banner.remove_button
        self.remove_sample_button.clicked.connect(self.remove_sample_data)
        self.list_panel.layout().insertWidget(0, self.sample_banner)  # type: ignore[union-attr]

        fit_columns(self.table, *COLUMNS)
        self.table.selectionModel().currentRowChanged.connect(self._current_changed)

        self.detail_tabs = MentorPage(context)
        self.form = self.detail_tabs.form
        self.meetings_panel = self.detail_tabs.meetings_panel
        self.agreement_panel = self.detail_tabs.agreement_panel
        self.form.save_requested.connect(self.save)
        self.form.editor.stale.connect(self._refill)
        self.form.revert_requested.connect(self.revert)
        self.form.archive_requested.connect(self.archive)
        self.form.attachments_requested.connect(self.attachments)
        self.form.delete_requested.connect(self.delete)
        self.add_side(self.detail_tabs, (700, 440))
        self.reload()

    @property
    def mentor_proxy(self) -> MentorFilterProxy:
        assert isinstance(self.proxy, MentorFilterProxy)
        return self.proxy

    # -- reading --------------------------------------------------------------------
    def fetch(self, touching: frozenset[str] | None) -> list[MentorSnapshot]:
        return listed(self.context, touching)

    def has_records(self) -> bool:
        return self.model.rowCount() > 0 or self._adding

    def refresh(self, change: Change | None) -> None:
        super().refresh(change)
        self._follow_form(change)

    def reload(self) -> None:
        super().reload()
        self._follow_form(None)

    def after_change(self) -> None:
        self.sample_banner.setVisible(any(m.is_sample for m in self.model.rows()))
        super().after_change()

    def wants_first_row(self) -> bool:
        # Only an empty form shows the first mentor: a mentor in the form (even one a
        # filter hides) or a new one being typed stays.
        return self.form.mentor_id is None and not (self.form.is_dirty() or self._adding)

    def _refill(self) -> None:
        """The mentor changed (a sync round) while the form was typed in, and the
        typing is undone: show the mentor as stored, not the form's older copy."""
        fresh = self._form_mentor()
        if fresh is not None and not self.form.is_dirty():
            self.form.show_mentor(fresh)

    def _form_mentor(self) -> MentorSnapshot | None:
        """The mentor in the form as the list holds it (None for a new one)."""
        mentor_id = self.form.mentor_id
        return self.model.find(mentor_id) if mentor_id else None

    def _form_data(self) -> MentorData:
        """What to save: the typed fields over the mentor as stored now."""
        self.follower.flush()  # the list holds the mentor as stored now
        return self.form.data_onto(self._form_mentor())

    def _follow_form(self, change: Change | None) -> None:
        """The mentor in the form changed or went elsewhere (undo, another window)."""
        mentor_id = self.form.mentor_id
        if mentor_id is None or (change is not None and mentor_id not in change.ids):
            return
        fresh = self.model.find(mentor_id)
        if fresh is not None:
            if self.form.is_dirty():
                self.form.editor.fell_behind()  # typing wins; once undone, show fresh
            else:
                self.form.show_mentor(fresh)
            return
        if self.form.is_dirty():
            # Typing wins: keep it, as a new mentor that Save adds back.
            self.form.keep_as_new()
            self._adding = True
            self._quiet_clear()
        else:
            self.form.start_new()
            if self.proxy.rowCount():
                self._pick_row(0)
        self.after_change()

    def no_match_text(self) -> str:
        return self.tr("No mentor matches this filter.")

    def clear_filters(self) -> None:
        self.filter_edit.clear()
        self.status_filter.setCurrentIndex(0)

    def mentor_on_screen(self) -> str | None:
        return self.form.mentor_id

    def reveal(self, ref: Ref) -> None:
        """Show mentor ``ref`` (on the tab its facet names); an empty id starts a new
        mentor (a prospect, with that facet)."""
        if not ref.id:
            prospect = ref.facet is Facet.PROSPECT
            self.start_new(MentorStatus.PROSPECT if prospect else MentorStatus.ACTIVE)
            return
        super().reveal(ref)
        if ref.facet is not None and self.form.mentor_id == ref.id:
            self.detail_tabs.show_facet(ref.facet, ref.detail)

    # -- selection ------------------------------------------------------------------
    def select(self, record_id: str, *, reveal: bool = True) -> bool:
        """Show ``record_id`` in the form and select its row (typing in the form for
        that same mentor is kept)."""
        self._quiet = True
        try:
            shown = super().select(record_id, reveal=reveal)
            if not shown:
                # Hidden by the filter: no row stands for it (Qt would move the
                # current row to a neighbour, and a click there would do nothing).
                self.table.selectionModel().clearSelection()
                self.table.selectionModel().clearCurrentIndex()
        finally:
            self._quiet = False
        mentor = self.model.find(record_id)
        if mentor is not None and (not self.form.is_dirty() or self.form.mentor_id != record_id):
            self.form.show_mentor(mentor)
            self._adding = False
            self._sync_meetings()
        return shown

    def _pick_row(self, row: int) -> None:
        record = self.proxy.record(row)
        if record is not None:
            self.select(record.id)

    def _quiet_clear(self) -> None:
        self._quiet = True
        self.table.selectionModel().clearSelection()
        self.table.selectionModel().clearCurrentIndex()
        self._quiet = False

    def _current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if self._quiet or not current.isValid():
            return
        mentor = self.proxy.record(current.row())
        if mentor is None or mentor.id == self.form.mentor_id:
            return
        if not self.finish_editing():
            QTimer.singleShot(0, self._back_to_form_mentor)  # stay on the unsaved mentor
            return
        self.select(mentor.id, reveal=False)

    def _narrow(self, change_filter: Callable[[], None]) -> None:
        """Filter the list without switching mentors: the form keeps its mentor and typing."""
        self._quiet = True
        try:
            change_filter()
        finally:
            self._quiet = False
        if self.form.mentor_id is not None:
            self.select(self.form.mentor_id, reveal=False)
        else:
            self._quiet_clear()

    def _back_to_form_mentor(self) -> None:
        if self.form.mentor_id is not None:
            self.select(self.form.mentor_id)
        else:
            self._quiet_clear()

    def _sync_meetings(self) -> None:
        self.detail_tabs.follow(self.form.mentor_id)

    # -- editing --------------------------------------------------------------------
    def finish_editing(self) -> bool:
        """Save the form if it changed. False if the user chose to keep editing."""
        if not self.agreement_panel.finish_editing():
            return False
        data = self._form_data()
        errors = validate(data) if self.form.is_dirty() else {}
        if finish_editing(
            self,
            dirty=self.form.is_dirty(),
            save=lambda: not errors and self.save(reveal=False),
            revert=self.revert,
            who=data.name.strip() or self.tr("the new mentor"),
            problems=lambda: "\n".join(errors.values()),
        ):
            return True
        self._show_form_errors(errors)
        return False

    def new_mentor(self) -> None:
        """Clear the form for a new mentor and put the cursor in the name field."""
        self.start_new(MentorStatus.ACTIVE)

    def start_new(self, status: MentorStatus) -> None:
        """Clear the form for a new mentor with ``status`` chosen (a prospect, say)."""
        if not self.finish_editing():
            return
        self._adding = True
        self.pages.setCurrentIndex(PAGE_LIST)
        self._quiet_clear()
        self.form.start_new(status.value)
        self._sync_meetings()
        self.form.field("name").setFocus(Qt.FocusReason.ShortcutFocusReason)

    def _show_form_errors(self, errors: dict[str, str]) -> None:
        self.detail_tabs.show_profile()
        self.form.show_errors(errors)

    def save(self, *, reveal: bool = True) -> bool:
        """Save the form (create or update). False, with inline errors, if it can't."""
        if self.agreement_panel.isVisible() and not self.form.is_dirty():
            return self.agreement_panel.save()  # Ctrl+S on the Agreement tab
        if self.form.mentor_id is not None and not self.form.is_dirty():
            return nothing_to_save(self.context, self.form.data().name)
        data = self._form_data()
        errors = validate(data)
        if errors:
            self._show_form_errors(errors)
            return False
        mentor_id = self.form.mentor_id
        try:
            if mentor_id is None:
                saved = operations.add_mentor(self.context, self, data)
            else:
                saved = operations.edit_mentor(self.context, self, mentor_id, data)
        except MentorValidationError as error:
            self._show_form_errors(error.errors)
            return False
        if saved is None:
            return False
        self._adding = False
        self.follower.flush()
        self.form.show_mentor(saved.value)
        self.select(saved.value.id, reveal=reveal)
        return True

    def revert(self) -> None:
        """Throw away unsaved changes in the form."""
        mentor = self.model.find(self.form.mentor_id) if self.form.mentor_id else None
        if mentor is None:
            self._adding = False
            self.form.start_new()
            self.after_change()
        else:
            self.form.show_mentor(mentor)

    def attachments(self) -> None:
        """The mentor's files and links (ui/attachments), as a meeting's or a goal's."""
        mentor_id = self.form.mentor_id
        if mentor_id is not None:
            name = self.form.heading.text()
            show_attachments(self.context, self, Ref(Kind.MENTOR, mentor_id), name)

    def archive(self) -> None:
        """End the mentorship: the closure review, then "ended" or "alumni"."""
        from mentordesk.ui.closure.review_dialog import end_mentorship

        mentor_id = self.form.mentor_id
        if mentor_id is None or not self.finish_editing():
            return
        end_mentorship(self.context, mentor_id, self)

    def delete(self, confirm: bool = True) -> None:
        """Delete the mentor in the form after saying what will be removed."""
        mentor = self._form_mentor()
        if mentor is not None:
            operations.delete_mentor(self.context, self, mentor, ask=confirm)

    def load_sample_data(self) -> None:
        sample_data.explore(self.context, self)

    def remove_sample_data(self) -> None:
        if self.form.mentor_id is not None and self.form.is_dirty() and not self.finish_editing():
            return
        sample_data.remove(self.context, self)

    def focus_main(self) -> None:
        if self.pages.currentIndex() == PAGE_LIST:
            self.filter_edit.setFocus(Qt.FocusReason.ShortcutFocusReason)
            self.filter_edit.selectAll()
