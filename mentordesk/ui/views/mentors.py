"""The Mentors area: a sortable, filterable list beside a detail form."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QItemSelectionModel, QModelIndex, Qt, QTimer
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import (
    QComboBox,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.exc import SQLAlchemyError

from mentordesk.services.mentors import (
    MentorNotFoundError,
    MentorValidationError,
    validate,
)
from mentordesk.ui.context import AppContext
from mentordesk.ui.labels import STATUS_LABELS
from mentordesk.ui.mentor_store import Change, MentorChangeCommand, MentorStore
from mentordesk.ui.models.mentor_table import OBJECT_ROLE, MentorFilterProxy, MentorTableModel
from mentordesk.ui.views.mentor_messages import database_problem, delete_question
from mentordesk.ui.widgets.empty_state import EmptyState
from mentordesk.ui.widgets.mentor_form import MentorForm
from mentordesk.ui.widgets.mentor_meetings import MentorMeetingsPanel
from mentordesk.ui.widgets.tables import record_table

PAGE_EMPTY, PAGE_LIST = 0, 1


class MentorsView(QWidget):
    """Everything about managing mentors. Changes go through the undo stack."""

    def __init__(
        self,
        store: MentorStore,
        undo_stack: QUndoStack,
        parent: QWidget | None = None,
        *,
        context: AppContext | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("mentorsView")
        self.store = store
        self.undo_stack = undo_stack
        # The window's context, so meeting news reaches the meetings tab; a private
        # one when the view stands alone.
        self.context = context or AppContext(store.database, undo_stack, store, self)
        self._reverting_selection = False

        self.model = MentorTableModel(self)
        self.proxy = MentorFilterProxy(self)
        self.proxy.setSourceModel(self.model)

        # -- first run ------------------------------------------------------------
        self.empty = EmptyState(
            self.tr("Welcome to MentorDesk"),
            self.tr(
                "Keep all of your mentors in one place: who they are, where you met them, "
                "what you agreed, and when you last talked. Everything stays on this "
                "computer.\n\nStart with a real mentor, or look around with a few "
                "fictional ones that you can remove in one step."
            ),
        )
        self.empty.setObjectName("mentorsEmptyState")
        self.add_first_button = self.empty.add_button(
            "addFirstMentorButton", self.tr("Add your first mentor"), primary=True
        )
        self.sample_button = self.empty.add_button(
            "exploreSampleButton", self.tr("Explore with sample data")
        )
        self.add_first_button.clicked.connect(self.new_mentor)
        self.sample_button.clicked.connect(self.load_sample_data)

        # -- list and form --------------------------------------------------------
        self.filter_edit = QLineEdit()
        self.filter_edit.setObjectName("mentorFilter")
        self.filter_edit.setAccessibleName(self.tr("Filter mentors"))
        self.filter_edit.setPlaceholderText(self.tr("Filter by name, organisation or tag"))
        self.filter_edit.setClearButtonEnabled(True)
        self.filter_edit.textChanged.connect(
            lambda text: self._narrow(lambda: self.proxy.set_text(text))
        )
        self.status_filter = QComboBox()
        self.status_filter.setObjectName("mentorStatusFilter")
        self.status_filter.setAccessibleName(self.tr("Show status"))
        self.status_filter.addItem(self.tr("All statuses"), MentorFilterProxy.ALL_STATUSES)
        self.status_filter.addItem(self.tr("All but ended"), MentorFilterProxy.NOT_ENDED)
        for value, label in STATUS_LABELS.items():
            self.status_filter.addItem(label, value)
        self.status_filter.currentIndexChanged.connect(
            lambda: self._narrow(
                lambda: self.proxy.set_status(str(self.status_filter.currentData()))
            )
        )
        self.new_button = QPushButton(self.tr("New mentor"))
        self.new_button.setObjectName("newMentorButton")
        self.new_button.setAccessibleName(self.tr("New mentor"))
        self.new_button.setToolTip(self.tr("Add a mentor (Ctrl+N)"))
        self.new_button.clicked.connect(self.new_mentor)

        self.sample_banner = QFrame()
        self.sample_banner.setObjectName("sampleBanner")
        self.sample_banner.setFrameShape(QFrame.Shape.StyledPanel)
        banner = QHBoxLayout(self.sample_banner)
        banner.setContentsMargins(8, 4, 8, 4)
        banner_text = QLabel(self.tr("You are exploring sample data (fictional mentors)."))
        banner.addWidget(banner_text, 1)
        self.remove_sample_button = QPushButton(self.tr("Remove sample data"))
        self.remove_sample_button.setObjectName("removeSampleButton")
        self.remove_sample_button.setAccessibleName(self.tr("Remove sample data"))
        self.remove_sample_button.clicked.connect(self.remove_sample_data)
        banner.addWidget(self.remove_sample_button)

        self.table = record_table(
            "mentorTable",
            self.tr("Mentors"),
            self.proxy,
            MentorTableModel.COL_NAME,
            Qt.SortOrder.AscendingOrder,
        )
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        for column, width in ((0, 150), (1, 150), (2, 140), (3, 120), (4, 80), (5, 150)):
            self.table.setColumnWidth(column, width)
        self.table.selectionModel().currentRowChanged.connect(self._current_changed)
        self.no_match = QLabel(self.tr("No mentor matches this filter."))
        self.no_match.setObjectName("noMatchLabel")
        self.no_match.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.no_match.hide()

        self.form = MentorForm()
        self.form.save_requested.connect(self.save)
        self.form.revert_requested.connect(self.revert)
        self.form.archive_requested.connect(self.archive)
        self.form.delete_requested.connect(self.delete)

        top = QHBoxLayout()
        top.addWidget(self.filter_edit, 1)
        top.addWidget(self.status_filter)
        top.addWidget(self.new_button)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addLayout(top)
        left_layout.addWidget(self.sample_banner)
        left_layout.addWidget(self.table, 1)
        left_layout.addWidget(self.no_match)
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.setObjectName("mentorsSplitter")
        self.splitter.addWidget(left)
        # The mentor's page: the profile form, and their meetings.
        self.meetings_panel = MentorMeetingsPanel(self.context)
        self.detail_tabs = QTabWidget()
        self.detail_tabs.setObjectName("mentorDetailTabs")
        self.detail_tabs.setAccessibleName(self.tr("Mentor details"))
        self.detail_tabs.setDocumentMode(True)
        self.detail_tabs.addTab(self.form, self.tr("Profile"))
        self.detail_tabs.addTab(self.meetings_panel, self.tr("Meetings"))
        self.detail_tabs.currentChanged.connect(self._sync_meetings_panel)
        self.splitter.addWidget(self.detail_tabs)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.setSizes([700, 440])

        self.table.selectionModel().currentRowChanged.connect(
            lambda: QTimer.singleShot(0, self._sync_meetings_panel)
        )
        store.changed.connect(lambda: QTimer.singleShot(0, self._sync_meetings_panel))

        self.pages = QStackedWidget()
        self.pages.addWidget(self.empty)
        self.pages.addWidget(self.splitter)
        layout = QVBoxLayout(self)
        layout.addWidget(self.pages)

        self.proxy.rowsInserted.connect(self._update_no_match)
        self.proxy.rowsRemoved.connect(self._update_no_match)
        self.proxy.modelReset.connect(self._update_no_match)
        self.proxy.layoutChanged.connect(self._update_no_match)
        store.changed.connect(self._store_changed)
        self.reload()

    # -- reading --------------------------------------------------------------------
    def reload(self, select_id: str | None = None) -> None:
        """Read every mentor again; keep (or move) the selection."""
        # Typing in the form wins over news from elsewhere: keep its mentor selected.
        keep = self.form.mentor_id if self.form.is_dirty() else (select_id or self.form.mentor_id)
        self.model.set_rows(self.store.all())
        has_rows = self.model.rowCount() > 0
        editing_new = self.form.mentor_id is None and self.form.is_dirty()
        self.pages.setCurrentIndex(PAGE_LIST if has_rows or editing_new else PAGE_EMPTY)
        self.sample_banner.setVisible(any(m.is_sample for m in self.model.rows()))
        if keep is not None and self.model.row_of(keep) >= 0:
            self.select(keep, reveal=False)
        elif self.form.mentor_id is not None and self.form.is_dirty():
            # The mentor being edited is gone (undone elsewhere): keep the typing,
            # as a new mentor that Save adds back.
            self.form.keep_as_new()
        elif self.form.mentor_id is not None:
            # The mentor in the form is gone (deleted or undone).
            self.form.start_new()
            if has_rows:
                self._select_proxy_row(0)
        self._update_no_match()

    def _store_changed(self, ids: list[str]) -> None:
        self.reload(select_id=ids[0] if len(ids) == 1 else None)

    def _update_no_match(self) -> None:
        self.no_match.setVisible(self.model.rowCount() > 0 and self.proxy.rowCount() == 0)

    def select(self, mentor_id: str, *, reveal: bool = True) -> None:
        """Show ``mentor_id`` in the form and select its row.

        ``reveal`` clears the filter if it hides the mentor; without it a hidden
        mentor stays in the form with no row selected (the user's filter is kept).
        """
        row = self.model.row_of(mentor_id)
        if row < 0 and self.store.get(mentor_id) is not None:
            self.reload(select_id=mentor_id)  # added elsewhere since the list was read
            return
        if row < 0:
            return
        proxy_index = self.proxy.mapFromSource(self.model.index(row, 0))
        if not proxy_index.isValid() and reveal:
            self.filter_edit.clear()
            self.status_filter.setCurrentIndex(0)
            proxy_index = self.proxy.mapFromSource(self.model.index(row, 0))
        self._reverting_selection = True
        try:
            self.table.selectionModel().setCurrentIndex(
                proxy_index,
                QItemSelectionModel.SelectionFlag.ClearAndSelect
                | QItemSelectionModel.SelectionFlag.Rows,
            )
            if proxy_index.isValid():
                self.table.scrollTo(proxy_index)
        finally:
            self._reverting_selection = False
        snapshot = self.model.rows()[row]
        if not self.form.is_dirty() or self.form.mentor_id != mentor_id:
            self.form.show_mentor(snapshot)

    def _select_proxy_row(self, row: int) -> None:
        index = self.proxy.index(row, 0)
        if index.isValid():
            self.select(index.data(OBJECT_ROLE).id)

    def _current_changed(self, current: QModelIndex, previous: QModelIndex) -> None:
        if self._reverting_selection or not current.isValid():
            return
        mentor = current.data(OBJECT_ROLE)
        if mentor.id == self.form.mentor_id:
            return
        if not self.finish_editing():
            # Keep the user on the unsaved mentor.
            QTimer.singleShot(0, self._back_to_form_mentor)
            return
        # Saving re-read the list; select the clicked mentor again, keeping the filter.
        self.select(mentor.id, reveal=False)

    def _narrow(self, change_filter: Callable[[], None]) -> None:
        """Filter the list without switching mentors: the form keeps its mentor and typing.

        (Qt moves the current row to a neighbour when the filter hides it; acting on
        that would save, re-read the list inside the filter change, and crash.)
        """
        self._reverting_selection = True
        try:
            change_filter()
        finally:
            self._reverting_selection = False
        if self.form.mentor_id is not None:
            self.select(self.form.mentor_id, reveal=False)
        else:
            self._reverting_selection = True
            self.table.selectionModel().clear()
            self._reverting_selection = False

    def _back_to_form_mentor(self) -> None:
        if self.form.mentor_id is not None:
            self.select(self.form.mentor_id)
        else:
            self.table.clearSelection()

    # -- editing --------------------------------------------------------------------
    def finish_editing(self) -> bool:
        """Save the form if it changed. False if the user chose to keep editing."""
        if not self.form.is_dirty():
            return True
        data = self.form.data()
        errors = validate(data)
        if not errors and self.save(reveal=False):
            return True
        who = data.name.strip() or self.tr("the new mentor")
        problem = "\n".join(errors.values()) if errors else self.tr("It could not be saved.")
        answer = QMessageBox.warning(
            self,
            self.tr("Unsaved changes"),
            self.tr("Your changes to {who} are not saved yet:\n\n{problem}").format(
                who=who, problem=problem
            ),
            QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel,
        )
        if answer == QMessageBox.StandardButton.Discard:
            self.revert()
            return True
        self._show_form_errors(errors)
        return False

    def new_mentor(self) -> None:
        """Clear the form for a new mentor and put the cursor in the name field."""
        if not self.finish_editing():
            return
        self.pages.setCurrentIndex(PAGE_LIST)
        self._reverting_selection = True
        self.table.clearSelection()
        self.table.selectionModel().clearCurrentIndex()
        self._reverting_selection = False
        self.form.start_new()
        self._sync_meetings_panel()
        self.form.name.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def _show_form_errors(self, errors: dict[str, str]) -> None:
        self.detail_tabs.setCurrentWidget(self.form)
        self.form.show_errors(errors)

    def _sync_meetings_panel(self) -> None:
        """The meetings tab follows the mentor in the form (none while adding one)."""
        mentor_id = self.form.mentor_id
        if mentor_id is None:
            self.detail_tabs.setCurrentWidget(self.form)
        self.detail_tabs.setTabEnabled(1, mentor_id is not None)
        if self.detail_tabs.currentWidget() is self.meetings_panel:
            self.meetings_panel.set_mentor(mentor_id)

    def save(self, *, reveal: bool = True) -> bool:
        """Save the form (create or update). False, with inline errors, if it can't.

        ``reveal`` clears a filter that hides the saved mentor (an explicit Save shows
        what was saved; saving on the way to another mentor keeps the filter).
        """
        data = self.form.data()
        errors = validate(data)
        if errors:
            self._show_form_errors(errors)
            return False
        mentor_id = self.form.mentor_id
        try:
            if mentor_id is None:
                change = self.store.create(data)
                text = self.tr("Add {name}")
            else:
                change = self.store.update(mentor_id, data)
                text = self.tr("Edit {name}")
        except MentorValidationError as error:
            self._show_form_errors(error.errors)
            return False
        except MentorNotFoundError:
            self._report(self.tr("This mentor no longer exists; your text is still in the form."))
            return False
        except (SQLAlchemyError, OSError) as error:
            self._report(database_problem(self, error))
            return False
        after = change[1]
        assert after is not None
        self._push(text.format(name=after.data.name), [change])
        self.form.show_mentor(after)
        self.select(after.id, reveal=reveal)
        return True

    def revert(self) -> None:
        """Throw away unsaved changes in the form."""
        mentor = self.store.get(self.form.mentor_id) if self.form.mentor_id else None
        if mentor is None:
            self.form.start_new()
            if self.model.rowCount() == 0:
                self.pages.setCurrentIndex(PAGE_EMPTY)
        else:
            self.form.show_mentor(mentor)

    def archive(self) -> None:
        mentor_id = self.form.mentor_id
        if mentor_id is None or not self.finish_editing():
            return
        try:
            change = self.store.archive(mentor_id)
        except (SQLAlchemyError, OSError) as error:
            self._report(database_problem(self, error))
            return
        after = change[1]
        assert after is not None
        self._push(self.tr("Archive {name}").format(name=after.data.name), [change])

    def delete(self, confirm: bool = True) -> None:
        """Delete the mentor in the form after saying what will be removed."""
        mentor_id = self.form.mentor_id
        if mentor_id is None:
            return
        mentor = self.store.get(mentor_id)
        if mentor is None:
            return
        if confirm:
            answer = QMessageBox.question(
                self,
                self.tr("Delete mentor"),
                delete_question(self, mentor, *self.store.dependents_count(mentor.id)),
                QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
                QMessageBox.StandardButton.Cancel,
            )
            if answer != QMessageBox.StandardButton.Yes:
                return
        try:
            change = self.store.delete(mentor_id)
        except (SQLAlchemyError, OSError) as error:
            self._report(database_problem(self, error))
            return
        self._push(self.tr("Delete {name}").format(name=mentor.data.name), [change])

    def load_sample_data(self) -> None:
        if not self.finish_editing():
            return
        try:
            changes = self.store.load_sample()
        except (SQLAlchemyError, OSError) as error:
            self._report(database_problem(self, error))
            return
        if changes:
            self._push(self.tr("Load sample data"), changes)
            self.pages.setCurrentIndex(PAGE_LIST)
            self._select_proxy_row(0)

    def remove_sample_data(self) -> None:
        if self.form.mentor_id is not None and self.form.is_dirty() and not self.finish_editing():
            return
        try:
            changes = self.store.remove_sample()
        except (SQLAlchemyError, OSError) as error:
            self._report(database_problem(self, error))
            return
        if changes:
            self._push(self.tr("Remove sample data"), changes)

    def focus_filter(self) -> None:
        if self.pages.currentIndex() == PAGE_LIST:
            self.filter_edit.setFocus(Qt.FocusReason.ShortcutFocusReason)
            self.filter_edit.selectAll()

    # -- helpers ----------------------------------------------------------------
    def _push(self, text: str, changes: list[Change]) -> None:
        self.undo_stack.push(MentorChangeCommand(self.store, text, changes))

    def _report(self, message: str) -> None:
        QMessageBox.warning(self, self.tr("MentorDesk"), message)
