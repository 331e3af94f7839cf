"""Attachments through the real window: a file dropped on a mentor's Attachments list is
copied in the background and listed (Delete removes it, Edit ▸ Undo brings it back); a
link is added, opened with Enter and renamed with F2; a file above the size limit is
refused in words and nothing is stored; a meeting's Attachments window holds its own."""

from __future__ import annotations

import hashlib
from pathlib import Path

from PySide6.QtCore import QMimeData, QPoint, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox
from pytestqt.qtbot import QtBot

from mentordesk.config import Paths
from mentordesk.db.database import Database
from mentordesk.db.types import utc_now
from mentordesk.services import attachment_files, attachments, meetings
from mentordesk.services.kinds import Kind, Ref
from mentordesk.ui import settings
from mentordesk.ui.attachments.dialogs import AttachmentDialog
from mentordesk.ui.attachments.panel import AttachmentsPanel
from mentordesk.ui.attachments.window import AttachmentsWindow
from mentordesk.ui.shell.main_window import MainWindow
from tests.ui.conftest import DialogAnswerer, LinkCatcher
from tests.ui.helpers import add_people, click, context_of, mentors_view, press, type_text


def tab_of(qtbot: QtBot, window: MainWindow, mentor_id: str) -> AttachmentsWindow:
    """A mentor's Attachments window (what the mentor page's Attachments… button opens),
    shown without waiting for it to close."""
    attached = AttachmentsWindow(context_of(window), Ref(Kind.MENTOR, mentor_id), "Ada")
    qtbot.addWidget(attached)
    attached.show()
    return attached


def drop_files(panel: AttachmentsPanel, *files: Path | str) -> None:
    """A drop from the file manager (paths) or a browser (addresses), as Qt delivers it."""
    mime = QMimeData()
    mime.setUrls([QUrl(f) if isinstance(f, str) else QUrl.fromLocalFile(str(f)) for f in files])
    viewport = panel.table.viewport()
    where = QPoint(10, 10)
    actions = Qt.DropAction.CopyAction
    enter = QDragEnterEvent(
        where, actions, mime, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
    )
    QApplication.sendEvent(viewport, enter)
    assert enter.isAccepted()
    dropped = QDropEvent(
        where, actions, mime, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
    )
    QApplication.sendEvent(viewport, dropped)


def titles(panel: AttachmentsPanel) -> list[str]:
    return sorted(row.title for row in panel.model.rows())


def test_a_dropped_file_is_copied_listed_removed_and_brought_back(
    qtbot: QtBot, window: MainWindow, database: Database, paths: Paths, tmp_path: Path
) -> None:
    ada = add_people(database, "Ada Lovelace")["Ada Lovelace"]
    shown = tab_of(qtbot, window, ada)
    panel = shown.panel
    assert "No files or links yet" in panel.summary.text()
    source = tmp_path / "Board talk.pdf"
    source.write_bytes(b"%PDF slides " * 300_000)  # 3.6 MB: several chunks
    drop_files(panel, source)
    qtbot.waitUntil(lambda: titles(panel) == ["Board talk.pdf"], timeout=60_000)
    qtbot.waitUntil(lambda: not panel.copier.busy, timeout=60_000)
    digest = hashlib.sha256(source.read_bytes()).hexdigest()
    assert (paths.attachments_dir / digest).read_bytes() == source.read_bytes()
    assert panel.summary.text() == "1 attachment."
    panel.table.setFocus()
    panel.table.selectRow(0)
    press(panel.table, Qt.Key.Key_Delete)
    assert titles(panel) == []
    assert (paths.attachments_dir / digest).exists()  # until a later start: undo needs it
    window.undo_stack.undo()
    assert titles(panel) == ["Board talk.pdf"]
    with database.session() as session:
        [row] = attachments.attachments_of(session, Ref(Kind.MENTOR, ada), paths.attachments_dir)
    assert row.sha256 == digest and not row.missing


def test_a_link_is_added_opened_with_enter_and_renamed_with_f2(
    qtbot: QtBot,
    window: MainWindow,
    database: Database,
    dialogs: DialogAnswerer,
    links: LinkCatcher,
) -> None:
    ada = add_people(database, "Ada Lovelace")["Ada Lovelace"]
    shown = tab_of(qtbot, window, ada)
    panel = shown.panel

    def add(dialog: QDialog) -> None:
        assert isinstance(dialog, AttachmentDialog)
        type_text(dialog.url, "not a web address")
        dialog.accept()  # refused: the problem is said under the field, nothing saved
        assert dialog.isVisible()
        assert "web address" in dialog.form.errors["url"].text()
        dialog.url.clear()
        type_text(dialog.url, "example.org/talk")
        type_text(dialog.title, "Her talk on boards")
        dialog.accept()

    dialogs.answer(add)
    click(panel.add_link_button)
    assert titles(panel) == ["Her talk on boards"]
    panel.table.setFocus()
    panel.table.selectRow(0)
    press(panel.table, Qt.Key.Key_Return)
    assert links.opened == ["https://example.org/talk"]

    def rename(dialog: QDialog) -> None:
        assert isinstance(dialog, AttachmentDialog)
        dialog.title.selectAll()
        type_text(dialog.title, "Boards, the talk")
        dialog.accept()

    dialogs.answer(rename)
    press(panel.table, Qt.Key.Key_F2)
    assert titles(panel) == ["Boards, the talk"]
    window.undo_stack.undo()
    assert titles(panel) == ["Her talk on boards"]


def test_a_file_above_the_size_limit_is_refused_in_words(
    qtbot: QtBot,
    window: MainWindow,
    database: Database,
    paths: Paths,
    dialogs: DialogAnswerer,
    tmp_path: Path,
) -> None:
    ada = add_people(database, "Ada Lovelace")["Ada Lovelace"]
    context_of(window).settings.set(settings.ATTACHMENT_LIMIT_MB, 1)
    shown = tab_of(qtbot, window, ada)
    panel = shown.panel
    big = tmp_path / "recording.mov"
    big.write_bytes(b"v" * (2 * 1024 * 1024))
    dialogs.answer(QMessageBox.StandardButton.Ok)
    drop_files(panel, big)
    qtbot.waitUntil(lambda: dialogs.pending == 0, timeout=60_000)
    assert dialogs.names == ["attachmentProblemBox"]
    assert "“recording.mov” is larger than 1 MB" in dialogs.texts[0]
    assert titles(panel) == []
    assert attachment_files.stored_hashes(paths.attachments_dir) == set()


def test_a_meeting_has_its_own_attachments(
    qtbot: QtBot, window: MainWindow, database: Database, dialogs: DialogAnswerer
) -> None:
    ada = add_people(database, "Ada Lovelace")["Ada Lovelace"]
    with database.session() as session:
        plan = meetings.MeetingPlan(mentor_id=ada, scheduled_start=utc_now())
        meeting = meetings.plan_meeting(session, plan, now=utc_now()).id
    context = context_of(window)
    attached = AttachmentsWindow(context, Ref(Kind.MEETING, meeting), "Meeting with Ada")
    qtbot.addWidget(attached)
    attached.show()

    def add(dialog: QDialog) -> None:
        assert isinstance(dialog, AttachmentDialog)
        type_text(dialog.url, "https://example.org/notes")
        dialog.accept()

    dialogs.answer(add)
    click(attached.panel.add_link_button)
    assert titles(attached.panel) == ["https://example.org/notes"]
    assert titles(tab_of(qtbot, window, ada).panel) == []  # the mentor's own list is apart
    with database.session() as session:
        [hit] = [
            h for h in attachments.attachments_of(session, Ref(Kind.MEETING, meeting), Path("."))
        ]
    assert hit.owner == Ref(Kind.MEETING, meeting)


def test_the_mentor_page_opens_the_mentors_attachments(
    qtbot: QtBot, window: MainWindow, database: Database, dialogs: DialogAnswerer
) -> None:
    ada = add_people(database, "Ada Lovelace")["Ada Lovelace"]
    with database.session() as session:
        attachments.add_link(
            session, Ref(Kind.MENTOR, ada), "Her blog", "https://example.org", now=utc_now()
        )
    context_of(window).open(Ref(Kind.MENTOR, ada))
    form = mentors_view(window).form
    seen: list[str] = []

    def look(dialog: QDialog) -> None:
        assert isinstance(dialog, AttachmentsWindow)
        seen.extend(titles(dialog.panel))
        seen.append(dialog.windowTitle())
        dialog.reject()

    dialogs.answer(look)
    click(form.attachments_button)
    assert seen == ["Her blog", "Attachments — Ada Lovelace"]


def test_a_file_dropped_on_a_window_closed_at_once_is_still_attached(
    qtbot: QtBot, window: MainWindow, database: Database, paths: Paths, tmp_path: Path
) -> None:
    ada = add_people(database, "Ada Lovelace")["Ada Lovelace"]
    shown = tab_of(qtbot, window, ada)
    source = tmp_path / "recording.m4a"
    source.write_bytes(bytes(range(256)) * 80_000)  # 20 MB: the copy outlives the window
    drop_files(shown.panel, source)
    shown.close()
    shown.deleteLater()
    del shown

    def attached() -> bool:
        with database.session() as session:
            owner = Ref(Kind.MENTOR, ada)
            return [r.title for r in attachments.attachments_of(session, owner, Path("."))] == [
                "recording.m4a"
            ]

    qtbot.waitUntil(attached, timeout=120_000)
    digest = hashlib.sha256(source.read_bytes()).hexdigest()
    assert attachment_files.stored_hashes(paths.attachments_dir) == {digest}
    window.undo_stack.undo()  # one undo step, like any attach
    assert not attached()


def test_a_goal_and_an_agreement_open_their_own_attachments(
    qtbot: QtBot, window: MainWindow, database: Database, dialogs: DialogAnswerer
) -> None:
    from mentordesk.services import agreements, goals
    from mentordesk.services.agreements import AgreementTerms
    from mentordesk.services.kinds import Facet
    from mentordesk.ui.goals.area import GoalsView

    ada = add_people(database, "Ada Lovelace")["Ada Lovelace"]
    with database.session() as session:
        goal = goals.create_goal(session, goals.GoalData("Lead a team"), now=utc_now()).id
        agreements.save(
            session, ada, AgreementTerms(goals="Grow"), today=utc_now().date(), now=utc_now()
        )
    seen: list[tuple[str, Ref]] = []

    def look(dialog: QDialog) -> None:
        assert isinstance(dialog, AttachmentsWindow)
        owner = dialog.panel.owner
        assert owner is not None
        seen.append((dialog.windowTitle(), owner))
        dialog.reject()

    context = context_of(window)
    context.open(Ref(Kind.GOAL, goal))
    view = window.area_widget("goals")
    assert isinstance(view, GoalsView)
    dialogs.answer(look)
    click(view.panel.attachments_button)
    context.open(Ref(Kind.MENTOR, ada, Facet.AGREEMENT))
    panel = mentors_view(window).agreement_panel
    dialogs.answer(look)
    click(panel.attachments_button)
    assert seen[0] == ("Attachments — Lead a team", Ref(Kind.GOAL, goal))
    assert seen[1][0] == "Attachments — Agreement with Ada Lovelace"
    assert seen[1][1].kind is Kind.AGREEMENT


def test_a_search_hit_on_an_attachment_opens_the_list_it_is_in(
    qtbot: QtBot, window: MainWindow, database: Database, dialogs: DialogAnswerer
) -> None:
    from mentordesk.services.search import search
    from mentordesk.ui.search.area import SearchView

    ada = add_people(database, "Ada Lovelace")["Ada Lovelace"]
    with database.session() as session:
        plan = meetings.MeetingPlan(mentor_id=ada, scheduled_start=utc_now())
        meeting = meetings.plan_meeting(session, plan, now=utc_now()).id
        attachments.add_link(
            session, Ref(Kind.MEETING, meeting), "Quarterly roadmap", "example.org", now=utc_now()
        )
        [hit] = search(session, "roadmap")
    view = window.open_area("search")
    assert isinstance(view, SearchView)
    seen: list[object] = []

    def look(dialog: QDialog) -> None:
        assert isinstance(dialog, AttachmentsWindow)
        seen.extend([dialog.panel.owner, titles(dialog.panel)])
        dialog.reject()

    dialogs.answer(look)
    view.open_hit(hit)
    assert seen == [Ref(Kind.MEETING, meeting), ["Quarterly roadmap"]]


def test_a_web_address_dropped_from_the_browser_becomes_a_link(
    qtbot: QtBot, window: MainWindow, database: Database
) -> None:
    ada = add_people(database, "Ada Lovelace")["Ada Lovelace"]
    shown = tab_of(qtbot, window, ada)
    drop_files(shown.panel, "https://example.org/her-talk")
    assert titles(shown.panel) == ["https://example.org/her-talk"]
    [row] = shown.panel.model.rows()
    assert row.is_link and row.url == "https://example.org/her-talk"


def test_the_size_limit_is_set_in_preferences(
    window: MainWindow, dialogs: DialogAnswerer, paths: Paths
) -> None:
    from mentordesk.ui.settings import open_settings
    from mentordesk.ui.shell.preferences import PreferencesDialog
    from tests.ui.helpers import save_preferences

    def choose(dialog: QDialog) -> None:
        assert isinstance(dialog, PreferencesDialog)
        assert dialog.attachment_limit.value() == 100  # the default
        dialog.attachment_limit.setValue(250)
        save_preferences(dialog)

    dialogs.answer(choose)
    window.preferences_action.trigger()
    assert open_settings(paths).get(settings.ATTACHMENT_LIMIT_MB) == 250


def test_enter_opens_a_file_from_a_copy_under_its_own_name(
    qtbot: QtBot, window: MainWindow, database: Database, paths: Paths, tmp_path: Path
) -> None:
    from PySide6.QtGui import QDesktopServices

    ada = add_people(database, "Ada Lovelace")["Ada Lovelace"]
    source = tmp_path / "Board talk.pdf"
    source.write_bytes(b"%PDF talk")
    stored = attachment_files.store_file(paths.attachments_dir, source, 1 << 20)
    with database.session() as session:
        attachments.add_file(session, Ref(Kind.MENTOR, ada), source.name, stored, now=utc_now())
    shown = tab_of(qtbot, window, ada)
    opened = LinkCatcher()
    QDesktopServices.setUrlHandler("file", opened, "open")  # type: ignore[arg-type]
    try:
        shown.panel.table.setFocus()
        shown.panel.table.selectRow(0)
        press(shown.panel.table, Qt.Key.Key_Return)
        qtbot.waitUntil(lambda: bool(opened.opened), timeout=60_000)
    finally:
        QDesktopServices.unsetUrlHandler("file")
    path = Path(QUrl(opened.opened[0]).toLocalFile())
    assert path.name == "Board talk.pdf" and path.read_bytes() == b"%PDF talk"
    assert path.parent.parent == paths.attachments_dir / ".open"


def test_a_sealed_file_opens_decrypted_and_the_copy_goes_at_quit(
    qtbot: QtBot, window: MainWindow, database: Database, paths: Paths, tmp_path: Path
) -> None:
    import os

    from PySide6.QtGui import QDesktopServices

    from mentordesk.db import cipher

    ada = add_people(database, "Ada Lovelace")["Ada Lovelace"]
    source = tmp_path / "Salary notes.txt"
    source.write_bytes(b"Quokka salary notes")
    cipher.unlock(os.urandom(32))  # as after the unlock dialog of an encrypted folder
    try:
        stored = attachment_files.store_file(paths.attachments_dir, source, 1 << 20)
        [sealed] = paths.attachments_dir.iterdir()
        assert b"Quokka" not in sealed.read_bytes() and sealed.name != stored.sha256
        with database.session() as session:
            attachments.add_file(session, Ref(Kind.MENTOR, ada), source.name, stored, now=utc_now())
        shown = tab_of(qtbot, window, ada)
        opened = LinkCatcher()
        QDesktopServices.setUrlHandler("file", opened, "open")  # type: ignore[arg-type]
        try:
            shown.panel.table.setFocus()
            shown.panel.table.selectRow(0)
            press(shown.panel.table, Qt.Key.Key_Return)
            qtbot.waitUntil(lambda: bool(opened.opened), timeout=60_000)
        finally:
            QDesktopServices.unsetUrlHandler("file")
        path = Path(QUrl(opened.opened[0]).toLocalFile())
        assert path.read_bytes() == b"Quokka salary notes"  # the application gets it plain
        assert os.name == "nt" or path.stat().st_mode & 0o077 == 0
        app = QApplication.instance()
        assert app is not None
        app.aboutToQuit.emit()  # as File ▸ Quit does
        assert not path.exists() and not (paths.attachments_dir / ".open").exists()
        assert [p.name for p in paths.attachments_dir.iterdir()] == [sealed.name]
    finally:
        cipher.lock()
