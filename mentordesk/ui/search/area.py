"""The Search area: one field over everything the user wrote, ranked results, Enter opens."""

from __future__ import annotations

import logging

from PySide6.QtCore import QEvent, QItemSelectionModel, QModelIndex, QObject, Qt, QTimer
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QLabel,
    QLineEdit,
    QListView,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from mentordesk.db.errors import StorageError
from mentordesk.services import attachments
from mentordesk.services.errors import NotFoundError
from mentordesk.services.kinds import Change, Facet, Kind, Ref
from mentordesk.services.search import SearchHit, search, searchable
from mentordesk.ui.area import AreaWidget
from mentordesk.ui.attachments.window import show_attachments
from mentordesk.ui.context import AppContext
from mentordesk.ui.follow import ChangeFollower
from mentordesk.ui.meetings.read_dialog import read_meeting
from mentordesk.ui.search.results import HIT_ROLE, SearchResultDelegate, SearchResultsModel
from mentordesk.ui.search.worker import Searcher
from mentordesk.ui.widgets.toned import tone

log = logging.getLogger(__name__)

PAGE_MESSAGE, PAGE_RESULTS = 0, 1
QUOTE_MAX = 60  # characters of the query repeated in "No results for ..."


class SearchView(AreaWidget):
    """Search while typing (debounced, in a worker thread: typing never waits for a
    search, and the next keystroke calls off one still running); Enter, or
    activating a result, opens it.

    Opening goes through the context's ``open(Ref)``; the main window does the going.
    """

    DEBOUNCE_MS = 150

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("searchView")
        self.context = context
        self._last_query: str | None = None
        self._asked = -1  # the generation of the search whose answer is awaited
        self._keep_hit: SearchHit | None = None  # the result to keep selected
        self.searcher = Searcher(context.read, lambda: context.presenting)
        context.presenting_changed.connect(self._presenting_changed)
        self.searcher.found.connect(self._found)
        self.searcher.failed.connect(self._failed)

        self.field = QLineEdit()
        self.field.setObjectName("searchField")
        self.field.setAccessibleName(self.tr("Search"))
        self.field.setPlaceholderText(
            self.tr("Search mentors, notes, agendas, action items (Ctrl+F)")
        )
        self.field.setClearButtonEnabled(True)
        self.field.setMaxLength(10_000)
        font = self.field.font()
        font.setPointSizeF(font.pointSizeF() * 1.15)
        self.field.setFont(font)
        self.field.setMinimumHeight(34)
        self.field.installEventFilter(self)

        self.model = SearchResultsModel(self)
        self.results = QListView()
        self.results.setObjectName("searchResults")
        self.results.setAccessibleName(self.tr("Search results"))
        self.results.setModel(self.model)
        self.results.setItemDelegate(SearchResultDelegate(self.results))
        self.results.setUniformItemSizes(True)
        self.results.setAlternatingRowColors(True)
        self.results.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.results.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.results.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.results.activated.connect(self.open_index)
        self.results.installEventFilter(self)

        self.message = QLabel()
        self.message.setObjectName("searchMessage")
        self.message.setTextFormat(Qt.TextFormat.PlainText)  # it may quote the user's text
        self.message.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.message.setWordWrap(True)
        message_font = self.message.font()
        message_font.setPointSizeF(message_font.pointSizeF() * 1.2)
        self.message.setFont(message_font)
        tone(self.message, "muted")  # muted, yet readable (a disabled label is too faint)

        self.pages = QStackedWidget()
        self.pages.setObjectName("searchPages")
        self.pages.addWidget(self.message)
        self.pages.addWidget(self.results)

        layout = QVBoxLayout(self)
        layout.addWidget(self.field)
        layout.addWidget(self.pages, 1)

        self.timer = QTimer(self)
        self.timer.setObjectName("searchDebounce")
        self.timer.setSingleShot(True)
        self.timer.setInterval(self.DEBOUNCE_MS)
        self.timer.timeout.connect(self.search_soon)
        self.field.textChanged.connect(self.timer.start)
        self.field.returnPressed.connect(self._open_from_field)
        # Everything written is searchable: any change may change the results.
        self.follower = ChangeFollower(self, context, tuple(Kind), self._data_changed)
        self._show_message(self.tr("Type to search everything you wrote"))

    # -- searching ----------------------------------------------------------------------
    def focus_query(self) -> None:
        """Put the cursor in the search field, its text selected (Ctrl+F, Find)."""
        self.field.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.field.selectAll()

    def query(self) -> str:
        return self.field.text()

    def search_soon(self) -> None:
        """Search for the field's text in the background; the results show when found."""
        self.timer.stop()
        text = self.field.text()
        self._last_query = text
        if not self._answered_at_once(text):
            self._keep_hit = self.selected_hit()
            self._asked = self.searcher.ask(text)

    def _presenting_changed(self) -> None:
        """Private results go (or come back) at once when presenting is switched."""
        if self._last_query:
            self.run_search()

    def run_search(self) -> None:
        """Search for the field's text now, in this thread (Enter pressed before the
        results came, tests), keeping the selected result if it is still found."""
        self.timer.stop()
        text = self.field.text()
        self._last_query = text
        if self._answered_at_once(text):
            return
        self._keep_hit = self.selected_hit()
        self.searcher.forget()
        self._asked = -1
        try:
            hits = self.context.read(search, text, presenting=self.context.presenting)
        except StorageError as error:
            # The error's text would include the query: log only what kind it was.
            log.warning("search failed: %s", type(error).__name__)
            self._failed(-1)
            return
        self._show_hits(hits, complete=True)

    def _answered_at_once(self, text: str) -> bool:
        """Show what needs no search (an empty field, nothing to search for)."""
        if not text.strip():
            self.searcher.forget()
            self._asked = -1
            self.model.set_hits([])
            self._show_message(self.tr("Type to search everything you wrote"))
            return True
        if not searchable(text):
            self.searcher.forget()
            self._asked = -1
            self.model.set_hits([])
            self._say_nothing_found(text)
            return True
        return False

    def _found(self, generation: int, hits: list[SearchHit], complete: bool) -> None:
        if generation == self._asked:
            if complete:
                self._asked = -1
            self._show_hits(hits, complete)

    def _failed(self, generation: int) -> None:
        if generation == self._asked:
            self._asked = -1
            self.model.set_hits([])
            self._show_message(self.tr("Search is not available right now. Try again."))

    def _show_hits(self, hits: list[SearchHit], complete: bool) -> None:
        """Show ``hits``: the best first, then (``complete``) all of them, added below
        the rows already shown when those are the same."""
        if not self.model.extend_hits(hits):
            self.model.set_hits(hits)
        if not hits:
            if complete:
                self._say_nothing_found(self._last_query or "")
            return
        self.pages.setCurrentIndex(PAGE_RESULTS)
        keep = self._keep_hit
        row = self.model.row_of(keep.kind, keep.item_id) if keep is not None else -1
        if row >= 0 or not self.results.currentIndex().isValid():
            self._select_row(max(row, 0))

    def searching(self) -> bool:
        """Whether a search is under way whose results are not all shown yet."""
        return self._asked >= 0 or self.timer.isActive()

    def _say_nothing_found(self, text: str) -> None:
        quoted = text.strip()
        if len(quoted) > QUOTE_MAX:
            quoted = quoted[:QUOTE_MAX] + "…"
        self._show_message(self.tr("No results for “{query}”").format(query=quoted))

    def _show_message(self, text: str) -> None:
        self.message.setText(text)
        self.pages.setCurrentIndex(PAGE_MESSAGE)

    def _data_changed(self, _change: Change | None) -> None:
        # Called only while visible (the follower keeps news until shown); autosave
        # announces at most once a second, so searching at once costs little.
        if self.field.text().strip() and not self.timer.isActive():
            self.search_soon()

    # -- results ------------------------------------------------------------------------
    def selected_hit(self) -> SearchHit | None:
        index = self.results.currentIndex()
        hit = index.data(HIT_ROLE) if index.isValid() else None
        return hit if isinstance(hit, SearchHit) else None

    def _select_row(self, row: int) -> None:
        index = self.model.index(row, 0)
        if index.isValid():
            self.results.selectionModel().setCurrentIndex(
                index, QItemSelectionModel.SelectionFlag.ClearAndSelect
            )
            self.results.scrollTo(index)

    def _open_from_field(self) -> None:
        if self.searching() or self._last_query != self.field.text():
            self.run_search()  # Enter before the results came: search first
        hit = self.selected_hit()
        if hit is not None:
            self.open_hit(hit)

    def open_index(self, index: QModelIndex) -> None:
        hit = index.data(HIT_ROLE)
        if isinstance(hit, SearchHit):
            self.open_hit(hit)

    def open_hit(self, hit: SearchHit) -> None:
        """Show the record a hit stands for; meeting notes are read at the words found."""
        ref = hit_ref(hit)
        if ref.kind is Kind.ATTACHMENT:  # the list it is in: a file is there to be opened
            self.open_attachment(hit)
        elif ref.kind is Kind.MEETING:
            read_meeting(self.context, ref.id, self, find=self.field.text())
        else:
            self.context.open(ref)

    def open_attachment(self, hit: SearchHit) -> None:
        folder = self.context.database.paths.attachments_dir
        try:
            found = self.context.read(attachments.attachment, hit.item_id, folder)
        except NotFoundError:
            return  # removed meanwhile: the results follow the news
        show_attachments(self.context, self, found.owner, hit.mentor_name or found.title)

    def focus_main(self) -> None:
        self.focus_query()

    def look_for(self, text: str) -> None:
        """Search for ``text`` at once (typed in the command palette)."""
        self.field.setText(text)
        self.run_search()
        self.focus_query()

    # -- keys ---------------------------------------------------------------------------
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() != QEvent.Type.KeyPress or not isinstance(event, QKeyEvent):
            return super().eventFilter(watched, event)
        key = event.key()
        if watched is self.field and key in (Qt.Key.Key_Down, Qt.Key.Key_PageDown):
            if self.searching():
                self.run_search()
            if self.model.rowCount() > 0:
                self.results.setFocus(Qt.FocusReason.TabFocusReason)
                if not self.results.currentIndex().isValid():
                    self._select_row(0)
                return True
        if watched is self.field and key == Qt.Key.Key_Escape and self.field.text():
            self.field.clear()
            return True
        if (
            watched is self.results
            and key == Qt.Key.Key_Up
            and self.results.currentIndex().row() <= 0
        ):
            self.focus_query()  # Up from the first result goes back to the field
            return True
        return super().eventFilter(watched, event)


def hit_ref(hit: SearchHit) -> Ref:
    """The record a hit stands for: an agenda point is read in its meeting, an
    agreement version on its mentor's Agreement tab, anything else as itself."""
    if hit.kind is Kind.AGENDA_ITEM and hit.meeting_id:
        return Ref(Kind.MEETING, hit.meeting_id)
    if hit.kind is Kind.AGREEMENT_VERSION:
        return Ref(Kind.MENTOR, hit.mentor_id, Facet.AGREEMENT, hit.item_id)
    if hit.kind in (Kind.TOPIC, Kind.TOUCH) and hit.mentor_id:
        return Ref(Kind.MENTOR, hit.mentor_id, Facet.BETWEEN)  # the mentor's Inbox tab
    return Ref(hit.kind, hit.item_id)
