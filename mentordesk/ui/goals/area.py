"""The Goals area: my career goals with their progress, filterable by status and mentor,
beside the goal's page (form, action items, meetings where it came up, progress
updates). Every change is one undoable step through the context."""

from __future__ import annotations

import contextlib

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget

from mentordesk.db.choices import GoalStatus
from mentordesk.services import goal_page, goals, mentors
from mentordesk.services.errors import NotFoundError
from mentordesk.services.goals import GoalRow, GoalValidationError
from mentordesk.services.kinds import Change, Kind, Ref
from mentordesk.services.text import fold
from mentordesk.ui import labels
from mentordesk.ui.attachments.window import show_attachments
from mentordesk.ui.context import AppContext
from mentordesk.ui.goals import operations
from mentordesk.ui.goals.board_dialog import show_board
from mentordesk.ui.goals.dialogs import LinkActionsDialog, ProgressDialog
from mentordesk.ui.goals.panel import GoalPanel
from mentordesk.ui.goals.progress_delegate import ProgressDelegate
from mentordesk.ui.goals.table import COLUMNS, GoalFilterProxy, GoalTableModel
from mentordesk.ui.lists.list_area import PAGE_LIST, ListArea
from mentordesk.ui.lists.tables import fit_columns
from mentordesk.ui.operation import nothing_to_save
from mentordesk.ui.widgets.empty_state import EmptyState
from mentordesk.ui.widgets.record_editor import finish_editing

SHOWS = (
    Kind.GOAL,
    Kind.GOAL_PROGRESS,
    Kind.GOAL_MENTOR,
    Kind.GOAL_ACTION_ITEM,
    Kind.MENTOR,
    Kind.ACTION_ITEM,
    Kind.MEETING,
)


class GoalsView(ListArea[GoalRow]):
    """Goals: add, edit, set progress, link advice, compare mentors on a board, delete."""

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        empty = EmptyState(
            self.tr("Your goals"),
            self.tr(
                "Mentorship works best when you are proactive about your goals. Write down "
                "what you want to achieve, why it matters and how you will know; then link "
                "the mentors who help and the advice you act on, and watch the progress."
            ),
        )
        empty.setObjectName("goalsEmptyState")
        super().__init__(
            context,
            GoalTableModel(context.today),
            GoalFilterProxy(),
            name="goal",
            accessible=self.tr("Goals"),
            shows=SHOWS,
            sort_column=GoalTableModel.COL_TARGET,
            order=Qt.SortOrder.AscendingOrder,
            empty=empty,
            parent=parent,
        )
        self.setObjectName("goalsView")
        self.model.setParent(self)
        self.proxy.setParent(self)
        self._adding = False
        context.presenting_changed.connect(self._presenting_changed)
        self._deleting = False  # the goal goes: what was typed in it goes too
        self._saving = False  # selection moves while a save is announced: not a user's click
        self._errors: dict[str, str] = {}  # why the last save was refused
        self.first_button = empty.add_button("addFirstGoalButton", self.tr("Add a goal"), True)
        self.first_button.clicked.connect(self.new_goal)

        self.status_filter = self.add_combo("goalStatusFilter", self.tr("Show:"), self.tr("Status"))
        for value, text in labels.choices(GoalStatus):
            self.status_filter.addItem(text, value)
        self.status_filter.addItem(self.tr("All goals"), GoalFilterProxy.ALL)
        self.status_filter.currentIndexChanged.connect(self._status_filter_changed)
        self.mentor_filter = self.add_combo(
            "goalMentorFilter", self.tr("Mentor:"), self.tr("Show the goals of mentor")
        )
        self.mentor_filter.setMinimumContentsLength(14)
        self.mentor_filter.currentIndexChanged.connect(
            lambda: self.goal_proxy.set_mentor(str(self.mentor_filter.currentData() or ""))
        )
        self.filters.addStretch(1)

        self.new_action = self.add_action("newGoalAction", self.tr("New goal"), self.new_goal)
        self.progress_action = self.add_action(
            "goalProgressAction", self.tr("Update progress…"), self.update_progress
        )
        self.board_action = self.add_action(
            "goalBoardAction", self.tr("Board…"), self.open_board, "Ctrl+B"
        )
        self.delete_action = self.add_action("deleteGoalAction", self.tr("Delete…"), self.delete)
        self.add_delete_key(self.delete)
        self.table.setItemDelegateForColumn(GoalTableModel.COL_PROGRESS, ProgressDelegate(self))
        self.fit = fit_columns(self.table, *COLUMNS)
        self.table.doubleClicked.connect(lambda _index: self.open_board())
        self._status_filter_changed()

        self.panel = GoalPanel()
        self.panel.revert_button.setEnabled(False)  # nothing typed yet
        # Revert is offered once something was typed, and only then.
        self.panel.form.editor.dirty_changed.connect(self.panel.revert_button.setEnabled)
        self.panel.form.editor.stale.connect(self._refill)
        self.panel.save_requested.connect(self.save)
        self.panel.revert_requested.connect(self.revert)
        self.panel.link_requested.connect(self.link_actions)
        self.panel.attachments_requested.connect(self.attachments)
        self.panel.open_action.connect(lambda i: self.context.open(Ref(Kind.ACTION_ITEM, i)))
        self.panel.open_meeting.connect(lambda i: self.context.open(Ref(Kind.MEETING, i)))
        self.add_side(self.panel, (640, 520))
        self.reload()

    @property
    def goal_proxy(self) -> GoalFilterProxy:
        assert isinstance(self.proxy, GoalFilterProxy)
        return self.proxy

    # -- reading --------------------------------------------------------------------
    def fetch(self, touching: frozenset[str] | None) -> list[GoalRow]:
        return self.context.read(goals.goal_rows, touching)

    def has_records(self) -> bool:
        return self.model.rowCount() > 0 or self._adding

    def reload(self) -> None:
        super().reload()
        self._fill_mentors()
        self._follow_panel(None)

    def refresh(self, change: Change | None) -> None:
        super().refresh(change)
        if change is None or Kind.MENTOR in change.kinds:
            self._fill_mentors()
        self._follow_panel(change)

    def _status_filter_changed(self) -> None:
        status = str(self.status_filter.currentData())
        self.goal_proxy.set_status(status)
        # One status shown: its column would only repeat the filter.
        self.fit.leave_out({GoalTableModel.COL_STATUS} if status != GoalFilterProxy.ALL else set())

    def _fill_mentors(self) -> None:
        current = self.mentor_filter.currentData()
        names = {
            i: n
            for row in self.model.rows()
            for i, n in zip(row.mentor_ids, row.mentor_names, strict=True)
        }
        self.mentor_filter.blockSignals(True)
        self.mentor_filter.clear()
        self.mentor_filter.addItem(self.tr("All mentors"), "")
        for mentor_id, name in sorted(names.items(), key=lambda m: fold(m[1])):
            self.mentor_filter.addItem(name, mentor_id)
        self.mentor_filter.setCurrentIndex(max(0, self.mentor_filter.findData(current)))
        self.mentor_filter.blockSignals(False)
        self.goal_proxy.set_mentor(str(self.mentor_filter.currentData() or ""))

    def _presenting_changed(self, _on: bool) -> None:
        """The page is read again without (or with) private advice and takeaways."""
        self._follow_panel(None)

    def _follow_panel(self, change: Change | None) -> None:
        goal_id = self.panel.goal_id
        if goal_id is None:
            if not self._adding:
                self._show(self.current())
            return
        goal = self.model.find(goal_id)
        if goal is None:  # deleted (here, by undo, or elsewhere)
            if self._dirty and not self._deleting:
                self._adding, self.panel.goal_id = True, None  # typing wins: Save adds it back
            else:
                self._show(self.current())
            return
        if self._dirty and (change is None or goal_id in change.ids):
            self.panel.form.editor.fell_behind()  # typing wins; once undone, show fresh
        self._show(goal, keep_form=self._dirty)

    def _refill(self) -> None:
        """The goal changed (a sync round) while its form was typed in, and the typing
        is undone: show the goal as stored, not the form's older copy."""
        goal = self.model.find(self.panel.goal_id) if self.panel.goal_id else None
        if goal is not None and not self._dirty:
            self._show(goal)

    def _show(self, goal: GoalRow | None, *, keep_form: bool = False) -> None:
        if goal is None:
            if self._adding:
                return
            self.panel.start_new(self.context.today())
            self._set_mentor_choices(set())
            self.panel.setEnabled(False)
            return
        self.panel.setEnabled(True)
        self.panel.show_goal(goal, self.context.today(), keep_form=keep_form)
        if not keep_form:
            self._set_mentor_choices(set(goal.mentor_ids))
        with contextlib.suppress(NotFoundError):
            page = self.context.read(goal_page.page, goal.id, presenting=self.context.presenting)
            self.panel.show_page(page)
        self.update_actions()

    @property
    def _dirty(self) -> bool:
        """The form holds changes not saved yet (then, and only then, Revert can act)."""
        return self.panel.form.editor.is_dirty()

    def _set_mentor_choices(self, ticked: set[str]) -> None:
        self.panel.form.set_mentor_choices(self.context.read(mentors.choices), ticked)

    def wants_first_row(self) -> bool:
        return self.panel.goal_id is None and not (self._adding or self._dirty or self._saving)

    def selection_changed(self) -> None:
        goal = self.current()
        if self._saving or goal is None or goal.id == self.panel.goal_id:
            return
        if not self.finish_editing():
            self.select(self.panel.goal_id or "", reveal=False)
            return
        self._adding = False
        self._show(goal)

    def no_match_text(self) -> str:
        return self.tr("No goal matches these filters. Choose “All goals” to see every one.")

    def clear_filters(self) -> None:
        self.status_filter.setCurrentIndex(self.status_filter.findData(GoalFilterProxy.ALL))
        self.mentor_filter.setCurrentIndex(0)

    def update_actions(self) -> None:
        goal = self.current()
        shown = goal is not None and goal.id == self.panel.goal_id
        for action in (self.progress_action, self.board_action, self.delete_action):
            action.setEnabled(shown)

    # -- editing --------------------------------------------------------------------
    def new_goal(self) -> None:
        if not self.finish_editing():
            return
        self._adding = True
        self.pages.setCurrentIndex(PAGE_LIST)
        self.table.selectionModel().clearSelection()
        self.panel.setEnabled(True)
        self.panel.start_new(self.context.today())
        self._set_mentor_choices(set())
        self.update_actions()
        self.panel.form.title.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def finish_editing(self) -> bool:
        """Save the goal being typed; if it cannot be saved, ask before dropping it."""
        return finish_editing(
            self,
            dirty=self._dirty,
            save=self.save,
            revert=self.revert,
            who=self.panel.form.data().title.strip() or self.tr("the new goal"),
            problems=lambda: "\n".join(self._errors.values()),
        )

    def save(self) -> bool:
        """Create or update the goal in the form (inline errors if it cannot)."""
        goal_id = self.panel.goal_id
        if goal_id is not None and not self._dirty:
            return nothing_to_save(self.context, self.panel.form.data().title)
        self.follower.flush()  # the list holds the goal as stored now
        stored = self.model.find(goal_id) if goal_id else None
        data, mentor_ids = self.panel.form.data_onto(stored)
        self._saving, self._errors = True, {}
        try:
            if goal_id is None:
                done = operations.add_goal(self.context, self, data, mentor_ids)
            else:
                done = operations.edit_goal(self.context, self, goal_id, data, mentor_ids)
        except GoalValidationError as error:
            self._errors = error.errors
            self.panel.form.show_errors(error.errors)
            return False
        finally:
            self._saving = False
        if done is None:
            return False
        self._adding = False
        self.panel.form.editor.mark_loaded()  # saved: what is shown is what is stored
        self.follower.flush()
        self.select(done.value.id)
        self._show(self.model.find(done.value.id) or done.value)
        return True

    def revert(self) -> None:
        self._adding = False
        goal = self.model.find(self.panel.goal_id) if self.panel.goal_id else None
        self._show(goal or self.current())
        self.after_change()

    def update_progress(self) -> None:
        goal = self.current()
        if goal is None or not self.finish_editing():
            return
        dialog = ProgressDialog(self.context, goal, self)
        try:
            dialog.exec()
        finally:
            dialog.deleteLater()

    def link_actions(self) -> None:
        goal = self.model.find(self.panel.goal_id) if self.panel.goal_id else None
        if goal is None or not self.finish_editing():
            return
        dialog = LinkActionsDialog(self.context, goal, self)
        try:
            dialog.exec()
        finally:
            dialog.deleteLater()

    def attachments(self) -> None:
        """The goal's files and links (ui/attachments)."""
        goal = self.model.find(self.panel.goal_id) if self.panel.goal_id else None
        if goal is not None:
            show_attachments(self.context, self, Ref(Kind.GOAL, goal.id), goal.data.title)

    def open_board(self) -> None:
        goal = self.current()
        if goal is not None and self.finish_editing():
            show_board(self.context, goal.id, self)

    def delete(self, confirm: bool = True) -> None:
        """Delete the selected goal after saying which links go with it."""
        goal = self.current()
        if goal is None:
            return
        self._deleting = True
        try:
            operations.delete_goal(self.context, self, goal, ask=confirm)
            self.follower.flush()
        finally:
            self._deleting = False

    def reveal(self, ref: Ref) -> None:
        if ref.kind is Kind.GOAL:
            super().reveal(ref)

    def focus_main(self) -> None:
        self.table.setFocus(Qt.FocusReason.ShortcutFocusReason)
