"""What the window's Sync page reads (``services/sync_status``): the overview, the
change news of a round (the records it touched and the records they belong to, also
for a delete), and switching sync off. Two real data folders, one sync folder."""

from __future__ import annotations

from pathlib import Path

from mentordesk.db.models import Goal, GoalMentor, Meeting
from mentordesk.services import sync, sync_status
from mentordesk.services.kinds import Kind
from tests.services.test_sync_apply import NOW, Pair, add_mentor, set_role


def test_the_overview_counts_what_was_sent_received_and_is_pending(tmp_path: Path) -> None:
    pair = Pair(tmp_path)
    try:
        dana = add_mentor(pair.work, "Dana")
        with pair.work.session() as session:
            before = sync_status.overview(session)
        assert before.enabled and before.device_name == "Work"
        assert before.last_sent == 0 and before.pending > 0 and before.laptops == ()
        pair.both_ways()
        set_role(pair.home, dana, "Director")
        with pair.home.session() as session:
            home = sync_status.overview(session)
        assert [(laptop.name, laptop.last_batch) for laptop in home.laptops] == [("Work", 1)]
        assert home.pending == 1 and home.waiting == 0
        with pair.work.session() as session:
            work = sync_status.overview(session)
        assert work.last_sent == 1 and work.sent_at is not None and work.pending == 0
    finally:
        pair.close()


def test_a_rounds_news_names_the_records_and_what_they_belong_to(tmp_path: Path) -> None:
    pair = Pair(tmp_path)
    try:
        dana = add_mentor(pair.work, "Dana")
        with pair.work.session() as session:
            meeting = Meeting(mentor_id=dana, scheduled_start=NOW, created_at=NOW, updated_at=NOW)
            session.add(meeting)
            session.flush()
            meeting_id = meeting.id
        sync.run_round(pair.work, NOW)
        report = sync.run_round(pair.home, NOW)
        with pair.home.session() as session:
            news = sync_status.news(session, report.touched)
        assert {Kind.MENTOR, Kind.MEETING} <= news.kinds
        assert {dana, meeting_id} <= news.ids

        with pair.work.session() as session:
            session.delete(session.get(Meeting, meeting_id))
        sync.run_round(pair.work, NOW)
        report = sync.run_round(pair.home, NOW)
        with pair.home.session() as session:
            news = sync_status.news(session, report.touched)
            assert session.get(Meeting, meeting_id) is None
        assert news.kinds == {Kind.MEETING}
        assert {meeting_id, dana} <= news.ids, "a deleted meeting's mentor refreshes too"
    finally:
        pair.close()


def test_the_news_of_hundreds_of_edited_rows_names_what_each_belongs_to(tmp_path: Path) -> None:
    """More rows than one lookup takes (sync_rows.KEYS_AT_ONCE): edits of one field
    carry no mentor, so each meeting's mentor comes from the row as stored; a goal's
    link to a mentor (a key of two columns) names both."""
    pair = Pair(tmp_path)
    try:
        dana, sam = add_mentor(pair.work, "Dana"), add_mentor(pair.work, "Sam")
        with pair.work.session() as session:
            meetings = [
                Meeting(
                    mentor_id=dana if number % 2 else sam,
                    scheduled_start=NOW,
                    created_at=NOW,
                    updated_at=NOW,
                )
                for number in range(450)
            ]
            session.add_all(meetings)
            session.flush()
            meeting_ids = {meeting.id for meeting in meetings}
        pair.both_ways()
        with pair.work.session() as session:
            for meeting in session.query(Meeting):
                meeting.notes = "Talked about the next step"
            goal = Goal(title="Lead a team")
            session.add(goal)
            session.flush()
            goal_id = goal.id
            session.add(GoalMentor(goal_id=goal_id, mentor_id=sam))
        sync.run_round(pair.work, NOW)
        report = sync.run_round(pair.home, NOW)
        with pair.home.session() as session:
            news = sync_status.news(session, report.touched)
        assert {Kind.MEETING, Kind.GOAL} <= news.kinds
        assert meeting_ids <= news.ids
        assert {dana, sam, goal_id} <= news.ids
        assert len(news.ids) == len(meeting_ids) + 3, "nothing else is named"
    finally:
        pair.close()


def test_switched_off_nothing_more_goes_out_and_the_choices_stay(tmp_path: Path) -> None:
    pair = Pair(tmp_path)
    try:
        pair.both_ways()
        with pair.home.session() as session:
            sync_status.switch_off(session)
        add_mentor(pair.home, "Made while off")
        with pair.home.session() as session:
            off = sync_status.overview(session)
        assert not off.enabled and off.pending == 0
        assert off.device_name == "Home" and off.folder.endswith("shared")
        assert sync.run_round(pair.home, NOW).paused  # not set up: nothing done
    finally:
        pair.close()
