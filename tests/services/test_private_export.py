"""The JSON export keeps private rows home and stays importable (issue 20, item 4): a
goal linked to a private action item, earlier versions of private notes, a private
agenda point; the file is imported whole into a new data folder (the real import,
every check on) and holds none of them."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

from mentordesk.config import resolve_paths
from mentordesk.db.database import Database
from mentordesk.db.models import ActionItem, AgendaItem, GoalActionItem, Meeting, NoteSnapshot
from mentordesk.db.types import utc_now
from mentordesk.services import action_items, goal_links, goals, meetings, mentors, private
from mentordesk.services.exporting import export_json
from mentordesk.services.importing import import_file
from mentordesk.services.kinds import Kind


def test_an_export_with_private_items_imports_whole_without_them(
    database: Database, tmp_path: Path
) -> None:
    now = utc_now()
    with database.session() as session:
        ada = mentors.create_mentor(session, mentors.MentorData(name="Ada"), now=now).id
        held = meetings.plan_meeting(
            session, meetings.MeetingPlan(ada, now - timedelta(days=2), agenda=("A", "B")), now=now
        ).id
        for number in range(3):  # note history: snapshots of the private notes
            meetings.save_notes(
                session, held, f"secret draft {number}", now=now + timedelta(hours=number)
            )
        meetings.end_meeting(session, held, actual_minutes=20, now=now)
        private.set_meeting_text_private(session, held, "notes", True)
        point = session.query(AgendaItem).filter_by(text="B").one()
        private.set_private(session, Kind.AGENDA_ITEM, point.id, True)
        goal = goals.create_goal(session, goals.GoalData(title="Grow"), now=now).id
        for text in ("shared step", "secret step"):
            item = action_items.capture(session, ada, text, meeting_id=held, now=now)
            goal_links.link_action(session, goal, item.id)
            private.set_private(session, Kind.ACTION_ITEM, item.id, text.startswith("secret"))
        assert session.query(NoteSnapshot).count() > 0
        target = tmp_path / "all.json"
        export_json(session, target)
    written = target.read_text("utf-8")
    assert "secret" not in written and '"text": "B"' not in written
    assert "shared step" in written and '"text": "A"' in written

    other = resolve_paths(tmp_path / "elsewhere")
    other.ensure()
    Database(other).close()
    import_file(other, target, now=utc_now())
    copy = Database(other)
    try:
        with copy.session() as session:
            assert [a.text for a in session.query(ActionItem)] == ["shared step"]
            assert [p.text for p in session.query(AgendaItem)] == ["A"]
            assert session.query(GoalActionItem).count() == 1
            assert session.query(NoteSnapshot).count() == 0
            meeting = session.query(Meeting).one()
            assert meeting.notes == "" and meeting.notes_private
    finally:
        copy.close()
