"""Private items on screen (issue 20, item 4): marked where they are edited (a lock),
undoable through named operations, hidden while presenting, and copying the agenda
shows exactly what leaves before it goes."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QFontDatabase, QFontMetrics, QGuiApplication
from PySide6.QtWidgets import QApplication, QDialog, QLabel
from pytestqt.qtbot import QtBot

from mentordesk.db.database import Database
from mentordesk.db.models import ActionItem, AgendaItem
from mentordesk.db.types import utc_now
from mentordesk.services import action_items, meeting_queries
from mentordesk.ui.action_items.area import ActionItemsView
from mentordesk.ui.context import AppContext
from mentordesk.ui.meetings.agenda_preview import AgendaPreviewDialog, preview_and_copy
from mentordesk.ui.privacy import lock_mark
from mentordesk.ui.search.area import SearchView
from mentordesk.ui.shell.main_window import MainWindow
from tests.ui.conftest import DialogAnswerer
from tests.ui.helpers import context_of
from tests.ui.test_meeting_mode_fixtures import make_setup

SECRET, SHARED = "Quietly ask about the raise", "Team roadmap"


def _points(database: Database, meeting_id: str) -> dict[str, bool]:
    with database.session() as session:
        rows = session.query(AgendaItem).filter_by(meeting_id=meeting_id)
        return {row.text: row.private for row in rows}


def test_an_agenda_point_is_marked_private_in_meeting_mode_and_undo_takes_it_back(
    qtbot: QtBot, database: Database
) -> None:
    setup = make_setup(qtbot, database, agenda=(SHARED, SECRET))
    window = setup.open()
    view = window.agenda_panel.view
    view.setCurrentIndex(window.agenda_model.index(1))
    window.key_actions["privatePointAction"].trigger()  # Ctrl+Alt+L
    assert _points(database, setup.meeting_id) == {SHARED: False, SECRET: True}
    shown = window.agenda_model.index(1).data(Qt.ItemDataRole.DisplayRole)
    assert shown == f"{lock_mark()} {SECRET}"
    assert window.agenda_model.index(1).data(Qt.ItemDataRole.EditRole) == SECRET
    assert window.key_actions["privatePointAction"] in view.actions()  # its context menu
    setup.context.undo_stack.undo()
    assert _points(database, setup.meeting_id) == {SHARED: False, SECRET: False}
    assert window.agenda_model.index(1).data(Qt.ItemDataRole.DisplayRole) == SECRET
    setup.context.undo_stack.redo()
    assert (
        window.agenda_model.index(1).data(Qt.ItemDataRole.DisplayRole) == f"{lock_mark()} {SECRET}"
    )


def test_a_point_typed_a_moment_ago_is_stored_then_marked(qtbot: QtBot, database: Database) -> None:
    setup = make_setup(qtbot, database, agenda=(SHARED,))
    window = setup.open()
    window.agenda_panel.new_item.setText("Just typed")
    window.agenda_panel.add_from_field()
    window.key_actions["privatePointAction"].trigger()
    assert _points(database, setup.meeting_id) == {SHARED: False, "Just typed": True}


def test_presenting_hides_private_points_notes_takeaways_and_actions_in_meeting_mode(
    qtbot: QtBot, database: Database
) -> None:
    setup = make_setup(qtbot, database, agenda=(SHARED, SECRET), notes="my private worries")
    with database.session() as session:
        for text, private in (("Shared advice", False), ("Private advice", True)):
            item = action_items.capture(
                session, setup.mentor_id, text, meeting_id=setup.meeting_id, now=utc_now()
            )
            session.get(ActionItem, item.id).private = private  # type: ignore[union-attr]
    window = setup.open()
    privacy = window.privacy
    window.agenda_panel.view.setCurrentIndex(window.agenda_model.index(1))
    window.key_actions["privatePointAction"].trigger()
    privacy.notes_private.click()  # the status bar's switch: a named operation
    assert setup.stored().notes_private and not setup.stored().takeaways_private
    shown_actions = [window.action_model.record_at(i).text for i in range(2)]
    assert sorted(shown_actions) == ["Private advice", "Shared advice"]

    window.key_actions["presentingMeetingAction"].trigger()  # Ctrl+Alt+P
    assert setup.context.presenting
    assert privacy.presenting_label.isVisible()
    assert window.agenda_panel.view.isRowHidden(1)
    assert not window.agenda_panel.view.isRowHidden(0)
    assert privacy.notes_cover.isVisible()
    assert privacy.notes_cover.geometry() == window.notes.rect()
    assert not privacy.takeaways_cover.isVisible()
    assert window.action_model.rowCount() == 1
    assert window.action_model.record_at(0).text == "Shared advice"

    window.key_actions["presentingMeetingAction"].trigger()
    assert not setup.context.presenting
    assert not window.agenda_panel.view.isRowHidden(1)
    assert not privacy.notes_cover.isVisible()
    assert window.action_model.rowCount() == 2
    setup.context.undo_stack.undo()  # the notes switch
    assert not setup.stored().notes_private and not privacy.notes_private.isChecked()
    assert window.notes.toPlainText() == "my private worries"  # the words never moved


def test_action_items_are_marked_private_in_their_area_and_hidden_while_presenting(
    window: MainWindow, database: Database
) -> None:
    context = context_of(window)
    with database.session() as session:
        from tests.ui.helpers import add_people

        ada = add_people(database, ("Ada Lovelace", "active"))["Ada Lovelace"]
        for text in ("Read the book", "See a therapist"):
            action_items.capture(session, ada, text, now=utc_now())
    view = window.open_area("actions")
    assert isinstance(view, ActionItemsView)
    view.select_item(next(r.id for r in view.model.rows() if r.text == "See a therapist"))
    view.private_action.trigger()  # Ctrl+Alt+L
    marked = next(r for r in view.model.rows() if r.text == "See a therapist")
    assert marked.private
    shown = [view.proxy.index(r, 0).data() for r in range(view.proxy.rowCount())]
    assert f"{lock_mark()} See a therapist" in shown and "Read the book" in shown

    presenting = window.findChild(type(view.private_action), "presentingAction")
    assert presenting is not None and presenting.isCheckable()
    presenting.trigger()  # View ▸ Presenting, Ctrl+Alt+P
    label = window.findChild(QLabel, "presentingLabel")
    assert context.presenting and label is not None and label.isVisible()
    shown = [view.proxy.index(r, 0).data() for r in range(view.proxy.rowCount())]
    assert shown == ["Read the book"]
    presenting.trigger()
    assert not label.isVisible()
    assert view.proxy.rowCount() == 2
    context.undo_stack.undo()
    assert not any(r.private for r in view.model.rows())


def test_search_leaves_private_items_out_only_while_presenting(
    qtbot: QtBot, context: AppContext, database: Database
) -> None:
    from tests.ui.helpers import add_people

    ada = add_people(database, ("Ada Lovelace", "active"))["Ada Lovelace"]
    with database.session() as session:
        for text in ("Zebrafish shared", "Zebrafish secret"):
            action_items.capture(session, ada, text, now=utc_now())
        secret = session.query(ActionItem).filter_by(text="Zebrafish secret").one()
        secret.private = True
    view = SearchView(context)
    qtbot.addWidget(view)
    view.field.setText("Zebrafish")
    view.run_search()
    assert len(view.model.hits()) == 2
    context.set_presenting(True)  # the search runs again at once
    assert [hit.title for hit in view.model.hits()] == ["Zebrafish shared"]
    context.set_presenting(False)
    assert len(view.model.hits()) == 2


def test_copy_agenda_shows_exactly_what_leaves_first(
    qtbot: QtBot, database: Database, dialogs: DialogAnswerer
) -> None:
    setup = make_setup(qtbot, database, agenda=(SHARED, SECRET))
    with database.session() as session:
        point = session.query(AgendaItem).filter_by(text=SECRET).one()
        point.private = True
    detail = setup.context.read(meeting_queries.detail, setup.meeting_id)
    QGuiApplication.clipboard().setText("before")
    previews: list[str] = []

    def look(dialog: QDialog) -> None:
        assert isinstance(dialog, AgendaPreviewDialog)
        previews.append(dialog.preview.toPlainText())
        assert dialog.kept.text() == "1 private point stays here and is not copied."
        dialog.reject()

    dialogs.answer(look)
    assert not preview_and_copy(setup.context, detail, None)
    assert QGuiApplication.clipboard().text() == "before"  # Cancel copies nothing
    dialogs.answer(lambda dialog: dialog.accept())
    assert preview_and_copy(setup.context, detail, None)
    copied = QGuiApplication.clipboard().text()
    assert copied == previews[0]
    assert SHARED in copied and SECRET not in copied


def test_the_brief_marks_private_items_and_hides_them_while_presenting(
    qtbot: QtBot, database: Database
) -> None:
    from mentordesk.services import meetings, private
    from mentordesk.services.kinds import Kind
    from mentordesk.ui.meetings.brief import BriefPanel

    setup = make_setup(qtbot, database, agenda=(SHARED, SECRET))
    with database.session() as session:
        meetings.save_text(
            session, setup.meeting_id, notes="", takeaways="Ask for the promotion", now=utc_now()
        )
        meetings.end_meeting(session, setup.meeting_id, actual_minutes=30, now=utc_now())
        private.set_meeting_text_private(session, setup.meeting_id, "takeaways", True)
        point = session.query(AgendaItem).filter_by(text=SECRET).one()
        private.set_private(session, Kind.AGENDA_ITEM, point.id, True)
        for text in ("Shared advice", "Private advice"):
            item = action_items.capture(session, setup.mentor_id, text, now=utc_now())
            private.set_private(session, Kind.ACTION_ITEM, item.id, text.startswith("Private"))
    brief = BriefPanel(setup.context)
    qtbot.addWidget(brief)
    brief.show_mentor(setup.mentor_id)

    def words() -> str:
        # what is on screen (labels of an earlier reading are hidden, then deleted)
        return "\n".join(
            label.text() for label in brief.findChildren(QLabel) if label.isVisibleTo(brief)
        )

    shown = words()
    assert f"{lock_mark()} Ask for the promotion" in shown
    assert f"☐ {lock_mark()} {SECRET}" in shown and f"☐ {SHARED}" in shown
    assert f"{lock_mark()} Private advice" in shown and "Shared advice" in shown
    setup.context.set_presenting(True)
    shown = words()
    assert "promotion" not in shown and SECRET not in shown and "Private advice" not in shown
    assert SHARED in shown and "Shared advice" in shown
    assert "Private: hidden while presenting." in shown
    setup.context.set_presenting(False)
    assert f"{lock_mark()} Private advice" in words()


def test_the_dashboard_leaves_private_points_and_actions_out_while_presenting(
    database: Database,
) -> None:
    from datetime import timedelta

    from mentordesk.services import dashboard, meetings, private
    from mentordesk.services.kinds import Kind
    from tests.ui.helpers import add_people

    ada = add_people(database, ("Ada Lovelace", "active"))["Ada Lovelace"]
    now = utc_now()
    with database.session() as session:
        meeting = meetings.plan_meeting(
            session,
            meetings.MeetingPlan(ada, now + timedelta(days=1), agenda=(SHARED, SECRET)),
            now=now,
        ).id
        point = session.query(AgendaItem).filter_by(text=SECRET).one()
        private.set_private(session, Kind.AGENDA_ITEM, point.id, True)
        for text in ("Shared advice", "Private advice"):
            item = action_items.capture(session, ada, text, now=now)
            private.set_private(session, Kind.ACTION_ITEM, item.id, text.startswith("Private"))
        today = now.date()
        seen = dashboard.read(session, None, today)
        hidden = dashboard.read(session, None, today, presenting=True)
    assert seen.agenda[meeting] == (SHARED, SECRET)
    assert sorted(a.text for a in seen.open_actions) == ["Private advice", "Shared advice"]
    assert hidden.agenda[meeting] == (SHARED,)
    assert [a.text for a in hidden.open_actions] == ["Shared advice"]


def test_the_timeline_locks_private_words_and_leaves_them_out_while_presenting(
    qtbot: QtBot, database: Database
) -> None:
    from mentordesk.services import meetings, private
    from mentordesk.services.kinds import Kind
    from mentordesk.ui.mentors.timeline_tab import MentorTimelinePanel

    setup = make_setup(qtbot, database)
    with database.session() as session:
        meetings.save_text(
            session, setup.meeting_id, notes="", takeaways="Ask for the promotion", now=utc_now()
        )
        meetings.end_meeting(session, setup.meeting_id, actual_minutes=30, now=utc_now())
        private.set_meeting_text_private(session, setup.meeting_id, "takeaways", True)
        for text in ("Shared advice", "Private advice"):
            item = action_items.capture(session, setup.mentor_id, text, now=utc_now())
            private.set_private(session, Kind.ACTION_ITEM, item.id, text.startswith("Private"))
    panel = MentorTimelinePanel(setup.context)
    qtbot.addWidget(panel)
    texts = [e.text for e in panel.read(setup.mentor_id)]
    assert (
        f"{lock_mark()} Ask for the promotion" in texts and f"{lock_mark()} Private advice" in texts
    )
    assert "Shared advice" in texts
    setup.context.set_presenting(True)
    texts = [e.text for e in panel.read(setup.mentor_id)]
    assert not any("promotion" in t or "Private advice" in t for t in texts)
    assert "Shared advice" in texts
    assert any(e.ref.id == setup.meeting_id for e in panel.read(setup.mentor_id))


def test_a_goal_page_and_board_leave_private_advice_out_while_presenting(
    database: Database,
) -> None:
    from mentordesk.services import goal_links, goal_page, goals, meetings, private
    from mentordesk.services.kinds import Kind
    from tests.ui.helpers import add_people

    ada = add_people(database, ("Ada Lovelace", "active"))["Ada Lovelace"]
    now = utc_now()
    with database.session() as session:
        goal = goals.create_goal(session, goals.GoalData(title="Lead a team"), now=now).id
        held = meetings.plan_meeting(session, meetings.MeetingPlan(ada, now), now=now).id
        meetings.save_text(session, held, notes="", takeaways="Ask for the promotion", now=now)
        meetings.end_meeting(session, held, actual_minutes=30, now=now)
        private.set_meeting_text_private(session, held, "takeaways", True)
        for text in ("Shared advice", "Private advice"):
            item = action_items.capture(session, ada, text, meeting_id=held, now=now)
            goal_links.link_action(session, goal, item.id)
            private.set_private(session, Kind.ACTION_ITEM, item.id, text.startswith("Private"))
        seen = goal_page.page(session, goal)
        hidden = goal_page.board(session, goal, presenting=True)
    assert sorted(a.text for a in seen.actions) == ["Private advice", "Shared advice"]
    assert seen.meetings[0].takeaways == "Ask for the promotion"
    assert seen.meetings[0].takeaways_private
    (column,) = hidden.columns
    assert [a.text for a in column.actions] == ["Shared advice"]
    assert column.meetings == ()  # its takeaways are private: no card on a shared screen


def test_an_action_item_is_marked_private_from_meeting_mode_s_list(
    qtbot: QtBot, database: Database
) -> None:
    setup = make_setup(qtbot, database)
    window = setup.open()
    window.notes.setPlainText("Book a session with a coach")
    window.capture_action_item()
    panel = window.action_panel
    panel.view.setFocus()
    qtbot.waitUntil(panel.view.hasFocus)
    panel.view.setCurrentIndex(panel.model.index(0, 0))
    window.key_actions["privatePointAction"].trigger()
    assert panel.model.record_at(0).private
    assert panel.model.index(0, 0).data() == f"{lock_mark()} Book a session with a coach"
    setup.context.undo_stack.undo()
    assert not panel.model.record_at(0).private


def test_the_action_item_dialog_adds_and_edits_a_private_item(
    qtbot: QtBot, context: AppContext, database: Database
) -> None:
    from mentordesk.ui.action_items.item_dialog import ActionItemDialog
    from tests.ui.helpers import add_people, type_text

    ada = add_people(database, ("Ada Lovelace", "active"))["Ada Lovelace"]
    dialog = ActionItemDialog(context, None, ada)
    qtbot.addWidget(dialog)
    type_text(dialog.text, "See a therapist")
    dialog.private.setChecked(True)
    dialog.accept()
    assert dialog.item_id is not None
    stored = context.read(action_items.get, dialog.item_id)
    assert stored.private and stored.text == "See a therapist"
    again = ActionItemDialog(context, stored)
    qtbot.addWidget(again)
    assert again.private.isChecked()
    again.private.setChecked(False)
    again.accept()
    assert not context.read(action_items.get, dialog.item_id).private
    context.undo_stack.undo()
    assert context.read(action_items.get, dialog.item_id).private


def test_the_reschedule_dialog_shows_a_lock_and_keeps_a_point_private(
    qtbot: QtBot, database: Database
) -> None:
    from mentordesk.ui.meetings.edit_dialog import EditMeetingDialog

    setup = make_setup(qtbot, database, agenda=(SHARED, SECRET))
    with database.session() as session:
        session.query(AgendaItem).filter_by(text=SECRET).one().private = True
    detail = setup.context.read(meeting_queries.detail, setup.meeting_id)
    dialog = EditMeetingDialog(setup.context, detail)
    qtbot.addWidget(dialog)
    items = [dialog.agenda.list.item(row) for row in range(dialog.agenda.list.count())]
    assert [i.text() for i in items if i is not None] == [SHARED, SECRET]  # words as typed
    assert [not i.icon().isNull() for i in items if i is not None] == [False, True]
    dialog.agenda.entry.setText("Added in the dialog")
    dialog.accept()
    assert _points(database, setup.meeting_id) == {
        SHARED: False,
        SECRET: True,
        "Added in the dialog": False,
    }


def test_a_mentor_s_inbox_leaves_private_topics_out_while_presenting(
    qtbot: QtBot, context: AppContext, database: Database
) -> None:
    from mentordesk.services import topics
    from mentordesk.ui.between.mentor_tab import MentorTopics
    from tests.ui.helpers import add_people

    ada = add_people(database, ("Ada Lovelace", "active"))["Ada Lovelace"]
    with database.session() as session:
        for text, kept in (("Conference talk", False), ("Visa worries", True)):
            topics.add_topic(session, ada, text, private=kept, now=utc_now())
    inbox = MentorTopics(context)
    qtbot.addWidget(inbox)
    inbox.show()
    inbox.set_mentor(ada)

    def shown() -> list[str]:
        return sorted(inbox.proxy.index(r, 0).data() for r in range(inbox.proxy.rowCount()))

    qtbot.waitUntil(lambda: len(shown()) == 2)
    assert shown() == ["Conference talk", "Visa worries"]
    context.set_presenting(True)
    assert shown() == ["Conference talk"]
    context.set_presenting(False)
    assert shown() == ["Conference talk", "Visa worries"]


def test_the_private_mark_is_never_an_empty_box(qapp: QApplication) -> None:
    """Without an emoji font (a minimal Linux desktop) the lock was drawn as an empty
    box; every character of the mark must be in some font installed here."""
    families = QFontDatabase.families()
    for character in lock_mark():
        if character.isspace():
            continue
        assert any(QFontMetrics(QFont(f)).inFontUcs4(ord(character)) for f in families), character


def test_plan_meeting_s_offer_hides_private_topics_while_presenting_and_still_plans_them(
    qtbot: QtBot, context: AppContext, database: Database
) -> None:
    """Seen on a shared screen: Plan meeting's "from the inbox" list showed a private
    topic while presenting. It is hidden on screen, yet still goes on the plan ticked."""
    from mentordesk.services import topics
    from mentordesk.ui.meetings.plan_dialog import PlanMeetingDialog
    from tests.ui.helpers import add_people

    ada = add_people(database, ("Ada Lovelace", "active"))["Ada Lovelace"]
    with database.session() as session:
        for text, kept in (("Conference talk", False), ("Visa worries", True)):
            topics.add_topic(session, ada, text, private=kept, now=utc_now())
    context.set_presenting(True)
    dialog = PlanMeetingDialog(context, ada)
    qtbot.addWidget(dialog)
    dialog.show()
    items = [dialog.inbox.list.item(i) for i in range(dialog.inbox.list.count())]

    def seen() -> list[str]:
        return [i.text() for i in items if i is not None and not i.isHidden()]

    assert seen() == ["Conference talk"]
    context.set_presenting(False)  # switched off with the dialog open
    assert seen() == ["Conference talk", "Visa worries (private)"]
    context.set_presenting(True)
    assert seen() == ["Conference talk"]
    dialog.accept()
    assert dialog.meeting_id is not None
    with database.session() as session:
        on_plan = sorted(t.text for t in topics.on_meeting(session, dialog.meeting_id))
    assert on_plan == ["Conference talk", "Visa worries"]


def test_plan_meeting_s_offer_with_only_private_topics_is_hidden_while_presenting(
    qtbot: QtBot, context: AppContext, database: Database
) -> None:
    from mentordesk.services import topics
    from mentordesk.ui.meetings.plan_dialog import PlanMeetingDialog
    from tests.ui.helpers import add_people

    ada = add_people(database, ("Ada Lovelace", "active"))["Ada Lovelace"]
    with database.session() as session:
        topics.add_topic(session, ada, "Visa worries", private=True, now=utc_now())
    context.set_presenting(True)
    dialog = PlanMeetingDialog(context, ada)
    qtbot.addWidget(dialog)
    dialog.show()
    assert not dialog.inbox.isVisible()
    context.set_presenting(False)
    assert dialog.inbox.isVisible()
