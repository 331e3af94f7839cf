"""Make the README screenshots: run under Xvfb, e.g.

    xvfb-run -a -s "-screen 0 1366x768x24" .venv/bin/python scripts/screenshot.py docs light
    xvfb-run -a -s "-screen 0 1366x768x24" .venv/bin/python scripts/screenshot.py docs dark
    ... scripts/screenshot.py /tmp/small light 1180x740   # the window's default size
    ... scripts/screenshot.py docs light 1366x768 de      # the Dashboard in German

Uses a temporary data folder with the sample data; never the real one. The window
fills a 1366×768 laptop's screen unless a size is given; meeting mode and the
dialogs (Plan meeting, Read meeting, Mark done, End meeting) open at their own size.
"""

from __future__ import annotations

import sys
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QEventLoop, QTimer
from PySide6.QtWidgets import QApplication, QDialog, QWidget


def settle(ms: int = 300) -> None:
    """Let the window paint. A local loop: app.exec() would fire aboutToQuit each time."""
    loop = QEventLoop()
    QTimer.singleShot(ms, loop.quit)
    loop.exec()


def shot_of_dialog(open_it: Callable[[], object], take: Callable[[QWidget], None]) -> None:
    """Run ``open_it`` (which waits in a dialog's exec()); shoot the dialog, cancel it."""

    def poll(tries: int = 0) -> None:
        dialog = QApplication.activeModalWidget()
        if isinstance(dialog, QDialog) and dialog.isVisible():
            take(dialog)
            dialog.reject()
        elif tries < 300:
            QTimer.singleShot(10, lambda: poll(tries + 1))

    QTimer.singleShot(0, poll)
    open_it()


def main() -> int:
    out = Path(sys.argv[1] if len(sys.argv) > 1 else "docs")
    out.mkdir(parents=True, exist_ok=True)
    theme = sys.argv[2] if len(sys.argv) > 2 else "light"
    width, height = (int(n) for n in (sys.argv[3] if len(sys.argv) > 3 else "1366x768").split("x"))
    language = sys.argv[4] if len(sys.argv) > 4 else ""
    if language:  # the Dashboard only, named dashboard-<language>-<theme>.png
        import os

        from mentordesk.ui.i18n import ENVIRONMENT

        os.environ[ENVIRONMENT] = language
    from mentordesk.app import make_application, open_settings
    from mentordesk.config import resolve_paths
    from mentordesk.db.choices import MeetingStatus
    from mentordesk.db.database import Database
    from mentordesk.services import meeting_queries
    from mentordesk.ui.action_items.area import ActionItemsView
    from mentordesk.ui.agreements.compare_dialog import AgreementCompareDialog
    from mentordesk.ui.meeting_mode.window import MeetingModeWindow
    from mentordesk.ui.meetings.area import MeetingsView
    from mentordesk.ui.mentors.area import MentorsView
    from mentordesk.ui.search.area import SearchView
    from mentordesk.ui.settings import LOGIN_START_ASKED
    from mentordesk.ui.shell.main_window import MainWindow
    from mentordesk.ui.theme import apply_theme

    _app = make_application()  # keep it alive for the whole run
    apply_theme(theme)

    def shot(widget: QWidget, name: str) -> None:
        settle()
        widget.grab().save(str(out / f"{name}-{theme}.png"))

    with tempfile.TemporaryDirectory() as folder:
        paths = resolve_paths(folder)
        paths.ensure()
        database = Database(paths)
        settings = open_settings(paths)
        settings.set(LOGIN_START_ASKED, True)  # no question after End meeting plans the next
        window = MainWindow(paths, settings)
        window.resize(width, height)
        window.show()
        window.attach_database(database)
        if not language:
            shot(window, "first-run")
        window.load_sample_data()
        window.open_area("dashboard")
        shot(window, f"dashboard-{language}" if language else "dashboard")
        if language:
            window.close()
            database.close()
            print(f"screenshot written to {out}/")
            return 0
        mentors_view = window.open_area("mentors")
        assert isinstance(mentors_view, MentorsView)
        mentors_view.select(mentors_view.model.rows()[0].id)
        shot(window, "mentors")
        joaquin = next(m for m in mentors_view.model.rows() if m.data.name.startswith("Joaqu"))
        mentors_view.select(joaquin.id)
        mentors_view.detail_tabs.setCurrentWidget(mentors_view.agreement_panel)
        shot(window, "agreement")
        agreement = mentors_view.agreement_panel.agreement
        assert agreement is not None
        compare = AgreementCompareDialog(agreement, window)
        compare.resize(900, 560)
        compare.show()
        shot(compare, "agreement-compare")
        compare.close()
        mentors_view.detail_tabs.setCurrentIndex(0)
        meetings_view = window.open_area("meetings")
        assert isinstance(meetings_view, MeetingsView)
        shot(window, "meetings")
        shot_of_dialog(window.plan_meeting_action.trigger, lambda d: shot(d, "plan-meeting"))
        with database.session() as session:
            rows = meeting_queries.meeting_rows(session)
            details = {row.id: meeting_queries.detail(session, row.id) for row in rows}
        held = [r.id for r in rows if r.status == MeetingStatus.HELD.value]
        richest = max(held, key=lambda meeting_id: len(details[meeting_id].notes))
        meetings_view.select(richest)
        shot_of_dialog(meetings_view.read_action.trigger, lambda d: shot(d, "read-meeting"))
        between_meetings(window, richest, shot)
        inbox_and_template(window, database, shot)
        actions_view = window.open_area("actions")
        assert isinstance(actions_view, ActionItemsView)
        shot(window, "action-items")
        shot_of_dialog(actions_view.done_action.trigger, lambda d: shot(d, "mark-done"))
        goals_and_giving_back(window, database, shot)
        window.find_text()
        search_view = window.area_widget("search")
        assert isinstance(search_view, SearchView)
        search_view.field.setText("lead")
        search_view.run_search()
        shot(window, "search")
        meeting_window = window.open_meeting_mode(richest)
        assert isinstance(meeting_window, MeetingModeWindow)
        shot(meeting_window, "meeting-mode")
        meeting_window.close()
        upcoming = next(r.id for r in rows if r.status == MeetingStatus.PLANNED.value)
        meeting_window = window.open_meeting_mode(upcoming)
        assert isinstance(meeting_window, MeetingModeWindow)
        settle()
        shot_of_dialog(meeting_window.end_meeting, lambda d: shot(d, "end-meeting"))
        recap_after_end(window, database, meeting_window, shot)
        meeting_window.close()
        window.close()
        database.close()
    print(f"screenshots written to {out}/")
    return 0


def goals_and_giving_back(window: Any, database: Any, shot: Callable[[QWidget, str], None]) -> None:
    """The Goals area, a goal's board, Give-back, Prospects and a closure review (issue 10)."""
    from mentordesk.services import closure, goal_page
    from mentordesk.ui.closure.review_dialog import ClosureReviewDialog
    from mentordesk.ui.goals.area import GoalsView
    from mentordesk.ui.goals.board_dialog import GoalBoardDialog

    goals_view = window.open_area("goals")
    assert isinstance(goals_view, GoalsView)
    critique = next(g for g in goals_view.model.rows() if "critique" in g.title)
    goals_view.select(critique.id)
    shot(window, "goals")
    board = GoalBoardDialog(window.context.read(goal_page.board, critique.id), window)
    board.show()
    shot(board, "goal-board")
    board.close()
    window.open_area("giveback")
    shot(window, "give-back")
    window.open_area("prospects")
    shot(window, "prospects")
    joaquin = next(m for m in critique.mentor_names if m.startswith("Joaqu"))
    joaquin_id = critique.mentor_ids[critique.mentor_names.index(joaquin)]
    draft = window.context.read(closure.draft, joaquin_id)
    review = ClosureReviewDialog(window.context, draft, window)
    review.show()
    shot(review, "closure-review")
    review.close()


def between_meetings(window: Any, held_id: str, shot: Callable[[QWidget, str], None]) -> None:
    """A meeting template, the recap of a held meeting and the ask to a prospect (issue 19)."""
    from mentordesk.services import prospects
    from mentordesk.ui.meetings.recap_dialog import recap_dialog
    from mentordesk.ui.prospects.ask_dialog import ask_dialog
    from mentordesk.ui.templates.dialog import TemplatesDialog

    templates = TemplatesDialog(window.context, window)
    templates.select("First meeting")
    templates.show()
    shot(templates, "meeting-templates")
    templates.close()
    recap = recap_dialog(window.context, window, held_id)
    assert recap is not None
    recap.show()
    shot(recap, "recap")
    recap.close()
    prospect = window.context.read(prospects.prospect_rows)[0]
    ask = ask_dialog(window.context, window, prospect.id)
    ask.show()
    shot(ask, "ask-prospect")
    ask.close()


def inbox_and_template(window: Any, database: Any, shot: Callable[[QWidget, str], None]) -> None:
    """A mentor's Inbox tab with topics and touches, and Plan meeting with them and a
    template chosen (issue 19). The sample has none: they are added here."""
    from datetime import timedelta

    from mentordesk.db.types import utc_now
    from mentordesk.services import topics, touches
    from mentordesk.services.touches import TouchData
    from mentordesk.ui.mentors.area import MentorsView

    mentors_view = window.open_area("mentors")
    assert isinstance(mentors_view, MentorsView)
    amara = next(m for m in mentors_view.model.rows() if m.data.name.startswith("Amara"))
    today, now = window.context.today(), utc_now()
    with database.session() as session:
        for minutes, text, private in (
            (0, "How she decided which incidents to lead herself", False),
            (1, "Whether to apply for the staff role this cycle", True),
            (2, "Feedback on my conference talk proposal", False),
            (3, "Ask for an introduction to the platform team's lead", False),
        ):
            moment = now + timedelta(minutes=minutes)
            topics.add_topic(session, amara.id, text, private=private, now=moment)
        for days, kind, note in (
            (9, "email", "Sent her the promotion packet draft"),
            (4, "call", "Quick call about the reorg rumours"),
            (1, "message", "Thanked her for the intro to Sam"),
        ):
            day = today - timedelta(days=days)
            touches.add_touch(session, TouchData(amara.id, kind, day, note), today=today, now=now)
    mentors_view.select(amara.id)
    mentors_view.detail_tabs.setCurrentWidget(mentors_view.detail_tabs.inbox)
    shot(window, "inbox")

    def choose_template(dialog: QWidget) -> None:
        dialog.template.choose("Regular check-in")  # type: ignore[attr-defined]
        shot(dialog, "plan-meeting-template")

    shot_of_dialog(window.plan_meeting_action.trigger, choose_template)
    mentors_view.detail_tabs.setCurrentIndex(0)


def recap_after_end(
    window: Any, database: Any, meeting_window: Any, shot: Callable[[QWidget, str], None]
) -> None:
    """End the upcoming meeting (two points ticked, advice captured), then its recap."""
    from datetime import timedelta

    from mentordesk.db.types import utc_now
    from mentordesk.services import action_items, meeting_queries, meetings

    meeting_id = meeting_window.meeting_id
    with database.session() as session:
        detail = meeting_queries.detail(session, meeting_id)
        points: list[tuple[str | None, str]] = [(p.id, p.text) for p in detail.agenda]
        points += [(None, "Timeboxing a critique of three designs"), (None, "Remote critiques")]
        ticked = [(point_id, text, i < 2) for i, (point_id, text) in enumerate(points)]
        meetings.set_agenda(session, meeting_id, ticked, now=utc_now())
    meeting_window.close()
    meeting_window = window.open_meeting_mode(meeting_id)
    settle()
    today = window.context.today()
    for text, days, back in (
        ("Write the critique rules on one page and share them with the team", 7, False),
        ("Try a 20-minute timebox at the next critique and report how it went", 14, True),
    ):
        with database.session() as session:
            action_items.capture(
                session,
                detail.mentor_id,
                text,
                meeting_id=meeting_id,
                due_date=today + timedelta(days=days),
                report_back=back,
                now=utc_now(),
            )

    def end(dialog: QWidget) -> None:
        dialog.held_start.set_value(window.context.now() - timedelta(minutes=35))  # type: ignore[attr-defined]
        dialog.minutes.setValue(30)  # type: ignore[attr-defined]
        dialog.accept()  # type: ignore[attr-defined]

    poll_then(end)
    meeting_window.end_meeting()
    settle()
    shot_of_dialog(meeting_window.send_recap, lambda d: shot(d, "recap-after-end"))
    meeting_window.close()


def poll_then(act: Callable[[QWidget], None]) -> None:
    """Do ``act`` to the next modal dialog once it shows (an answer, not a shot)."""

    def poll(tries: int = 0) -> None:
        dialog = QApplication.activeModalWidget()
        if isinstance(dialog, QDialog) and dialog.isVisible():
            act(dialog)
        elif tries < 300:
            QTimer.singleShot(10, lambda: poll(tries + 1))

    QTimer.singleShot(0, poll)


if __name__ == "__main__":
    sys.exit(main())
