"""Private items never leave the app (issue 20, item 4): the sweep.

The sample data, plus one private and one shared item in each place (an agenda point
on a planned and on a held meeting, an action item to report back on, a meeting's
notes, its takeaways, an inbox topic, a goal linked to the private action item).
Then every output is produced for real: the JSON, Markdown and CSV exports and the
``.ics`` written by the command line in a subprocess, the agenda copied from the
Meetings area through its preview (the clipboard), the recap dialog's Copy (the
clipboard) and mail link, the closing note's draft, the ask draft, the agreement PDF
read back with pypdf, and search while presenting. No private marker is in any of them; each shared
marker is in the outputs that carry its kind (so the sweep would see a leak)."""

from __future__ import annotations

import subprocess
import sys
from datetime import timedelta
from pathlib import Path
from urllib.parse import unquote

from pypdf import PdfReader
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QDialog, QLabel
from pytestqt.qtbot import QtBot

from mentordesk.db.database import Database
from mentordesk.db.types import utc_now
from mentordesk.services import (
    action_items,
    agreements,
    asking,
    closure,
    goal_links,
    goals,
    meeting_queries,
    meetings,
    private,
    recaps,
    search,
    topics,
)
from mentordesk.services.kinds import Kind
from mentordesk.services.mail_link import mail_link
from mentordesk.services.meetings import MeetingPlan
from mentordesk.services.sample import load_sample_data
from mentordesk.ui.agreements.export import document, write_pdf
from mentordesk.ui.context import AppContext
from mentordesk.ui.meetings.agenda_preview import AgendaPreviewDialog
from mentordesk.ui.meetings.area import MeetingsView
from mentordesk.ui.meetings.recap_dialog import recap_dialog
from mentordesk.ui.meetings.recap_text import recap_body
from mentordesk.ui.meetings.text import agenda_text
from mentordesk.ui.prospects.ask_text import ask_body
from tests.e2e.helpers import app_env
from tests.ui.conftest import DialogAnswerer

ROOT = Path(__file__).resolve().parents[2]

# one pair per place: (private marker, shared marker); plain words search can find
PLACES = {
    "agenda ahead": ("Quokkaprivate raise", "Quokkashared roadmap"),
    "agenda held": ("Wombatprivate divorce", "Wombatshared hiring"),
    "action": ("Emuprivate therapist", "Emushared blog post"),
    "notes": ("Dingoprivate burnout", "Dingoshared architecture"),
    "takeaways": ("Koalaprivate offer", "Koalashared mentoring circle"),
    "topic": ("Possumprivate visa", "Possumshared conference"),
}


def _seed(database: Database) -> dict[str, str]:
    """The sample data and the private and shared items; returns ids by name."""
    now = utc_now()
    with database.session() as session:
        mentor = load_sample_data(session, now.date())[0]
        ids = {"mentor": mentor}
        held = meetings.plan_meeting(
            session,
            MeetingPlan(
                mentor,
                now - timedelta(days=3),
                agenda=(PLACES["agenda held"][1], PLACES["agenda held"][0]),
            ),
            now=now,
        ).id
        meetings.save_text(
            session,
            held,
            notes=PLACES["notes"][0],
            takeaways=PLACES["takeaways"][0],
            agenda=None,
            now=now,
        )
        meetings.end_meeting(session, held, actual_minutes=40, now=now)
        other = meetings.plan_meeting(
            session, MeetingPlan(mentor, now - timedelta(days=40)), now=now
        ).id
        meetings.save_text(
            session,
            other,
            notes=PLACES["notes"][1],
            takeaways=PLACES["takeaways"][1],
            agenda=None,
            now=now,
        )
        meetings.end_meeting(session, other, actual_minutes=30, now=now)
        ahead = meetings.plan_meeting(
            session,
            MeetingPlan(
                mentor,
                now + timedelta(days=5),
                agenda=(PLACES["agenda ahead"][1], PLACES["agenda ahead"][0]),
            ),
            now=now,
        ).id
        for name, meeting in (("agenda held", held), ("agenda ahead", ahead)):
            for point in meeting_queries.detail(session, meeting).agenda:
                if point.text == PLACES[name][0]:
                    private.set_private(session, Kind.AGENDA_ITEM, point.id, True)
        private.set_meeting_text_private(session, held, "notes", True)
        private.set_meeting_text_private(session, held, "takeaways", True)
        secret, shared = (
            action_items.capture(
                session, mentor, text, meeting_id=held, report_back=True, now=now
            ).id
            for text in PLACES["action"]
        )
        private.set_private(session, Kind.ACTION_ITEM, secret, True)
        action_items.set_status(session, secret, "done", now=now)
        action_items.set_status(session, shared, "done", now=now)
        for text, kept in zip(PLACES["topic"], (True, False), strict=True):
            topics.add_topic(session, mentor, text, private=kept, now=now)
        goal = goals.create_goal(session, goals.GoalData(title="Lead a team"), now=now).id
        for action in (secret, shared):
            goal_links.link_action(session, goal, action)
        ids.update(held=held, ahead=ahead, secret_action=secret)
    return ids


def _cli(data: Path, *args: str) -> None:
    done = subprocess.run(
        [sys.executable, "-m", "mentordesk", *args],
        cwd=ROOT,
        env=app_env(data),
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    assert done.returncode == 0, done.stderr


def _read_all(target: Path) -> str:
    if target.is_file():
        return target.read_text("utf-8-sig")
    return "\n".join(p.read_text("utf-8-sig") for p in sorted(target.rglob("*")) if p.is_file())


def test_no_private_item_in_any_output(
    qtbot: QtBot,
    context: AppContext,
    database: Database,
    tmp_path: Path,
    dialogs: DialogAnswerer,
) -> None:
    ids = _seed(database)
    mentor = ids["mentor"]
    data = database.paths.data_dir
    outputs: dict[str, str] = {}
    for kind, name in (("json", "all.json"), ("markdown", "markdown"), ("csv", "csv")):
        _cli(data, "export", "--format", kind, "-o", str(tmp_path / name))
        outputs[kind] = _read_all(tmp_path / name)
    _cli(data, "ics", "-o", str(tmp_path / "meetings.ics"))
    # an .ics folds long lines and escapes commas: unfold before searching it
    outputs["ics"] = _read_all(tmp_path / "meetings.ics").replace("\r\n ", "").replace("\\,", ",")
    with database.session() as session:
        outputs["copied agenda ahead"] = agenda_text(meeting_queries.detail(session, ids["ahead"]))
        outputs["copied agenda held"] = agenda_text(meeting_queries.detail(session, ids["held"]))
        outputs["recap"] = recap_body(recaps.recap_facts(session, ids["held"]), "Alex")
        draft = closure.draft(session, mentor)
        outputs["closing note"] = "\n".join(
            [t.text for t in draft.takeaways] + [a.text for a in draft.done_actions]
        )
        outputs["ask"] = ask_body(asking.ask_facts(session, mentor), "Alex")
        agreement = agreements.for_mentor(session, mentor)
        found = {
            marker: search.search(session, marker, presenting=True)
            for pair in PLACES.values()
            for marker in pair
        }
    if agreement is not None:
        pdf = tmp_path / "agreement.pdf"
        write_pdf(document(agreement, agreement.current, "Alex", utc_now().date()), pdf)
        outputs["agreement pdf"] = " ".join(page.extract_text() for page in PdfReader(pdf).pages)
    # The way a person does it: Copy agenda from the Meetings area (its preview, then
    # Copy), and the recap dialog's Copy and its mail link.
    view = MeetingsView(context)
    qtbot.addWidget(view)
    view.select(ids["ahead"])
    previews: list[str] = []

    def copy(dialog: QDialog) -> None:
        assert isinstance(dialog, AgendaPreviewDialog)
        previews.append(dialog.preview.toPlainText())
        dialog.accept()

    dialogs.answer(copy)
    view.copy_action.trigger()
    outputs["clipboard agenda"] = QGuiApplication.clipboard().text()
    assert outputs["clipboard agenda"] == previews[0]  # what was shown is what left
    recap = recap_dialog(context, None, ids["held"])
    assert recap is not None
    qtbot.addWidget(recap)
    said = recap.findChild(QLabel, "recapPrivacyNote")  # the text shown is what leaves
    assert said is not None and "Private agenda points" in said.text()
    assert recap.copy()
    outputs["clipboard recap"] = QGuiApplication.clipboard().text()
    outputs["recap mail link"] = unquote(mail_link("", recap.subject.text(), recap.text()).url)
    for name, text in outputs.items():
        for place, (secret, _shared) in PLACES.items():
            assert secret.split()[0] not in text, f"{place} leaked into {name}"
    carried = {
        "json": PLACES.keys(),
        "markdown": ("agenda ahead", "agenda held", "action", "notes", "takeaways", "topic"),
        "csv": ("action", "notes", "takeaways", "topic"),
        "ics": ("agenda ahead",),
        "copied agenda ahead": ("agenda ahead",),
        "recap": ("action",),
        "clipboard agenda": ("agenda ahead",),
        "clipboard recap": ("action", "agenda held"),
        "recap mail link": ("action",),
        "closing note": ("takeaways", "action"),
    }
    for name, places in carried.items():
        for place in places:
            assert PLACES[place][1] in outputs[name], f"{place} missing from {name}"
    for place, (secret, shared) in PLACES.items():
        assert not any(secret.split()[0] in h.snippet + h.title for h in found[secret]), place
        assert found[shared], f"{place}: the shared one is found while presenting"
