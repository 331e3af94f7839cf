"""Reminders reach the person with MentorDesk started at login, minimized: a simulated
fortnight across nine runs (restarts) of the real app on a real X display, once on a
desktop without a tray (notifications over a session bus to a recording notification
server) and once with a tray (trayer; Qt's own tray messages). Every reminder whose
time comes while the app runs is shown within 60 s of it, exactly once, even across
restarts; what came while it was closed is shown at the next start, and after a week
away as one summary. The notification's action opens the brief.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from contextlib import ExitStack
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from mentordesk.config import resolve_paths
from mentordesk.db.database import Database
from mentordesk.services import action_items, agreements, meetings
from mentordesk.services.mentors import MentorData, create_mentor
from tests.e2e.desktop import ROOT, SessionBus, desktop_missing, session_bus, tray, x_server

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(
        not sys.platform.startswith("linux") or bool(desktop_missing()),
        reason=f"needs {desktop_missing()} (python3 dev.py missing-packages)",
    ),
]


def at(text: str) -> datetime:
    return datetime.fromisoformat(text).replace(tzinfo=UTC)


SEEDED = at("2026-02-20 09:00")

# Each run of the app: from, until (the app is closed between runs).
RUNS = [
    ("2026-03-02 09:00", "2026-03-02 10:30"),
    ("2026-03-02 23:30", "2026-03-03 00:20"),
    ("2026-03-03 00:20", "2026-03-03 00:40"),  # restarted at once
    ("2026-03-03 13:00", "2026-03-03 13:50"),
    ("2026-03-03 13:50", "2026-03-03 14:10"),  # restarted right after its reminder
    ("2026-03-04 11:30", "2026-03-04 12:00"),  # a meeting's reminder came at 10:45, closed
    ("2026-03-12 09:00", "2026-03-12 09:20"),  # back after a week away
    ("2026-03-12 09:20", "2026-03-12 10:30"),
    ("2026-03-12 10:30", "2026-03-12 10:40"),
]

# What each run shows: (the notification's title, the moment its reminder came due,
# or None where it came while the app was closed: then it shows at the run's start).
EXPECTED: list[list[tuple[str, str | None]]] = [
    [("Meeting with Ada Lovelace at 10:00", "2026-03-02 09:45")],
    [("Time to meet", "2026-03-03 00:00")],
    [],
    [("Meeting with Eve Okafor at 14:00", "2026-03-03 13:45")],
    [],
    [("Meeting with Ada Lovelace at 11:00", None)],
    [("While MentorDesk was closed", None)],
    [("Meeting with Eve Okafor at 10:15", "2026-03-12 10:00")],
    [],
]


def seed(data_dir: Path) -> None:
    """Ada and Eve meet monthly (never overdue here) with meetings planned through the
    fortnight; Ben, Cleo and Dan meet weekly and become overdue on Mar 3, 5 and 7."""
    database = Database(resolve_paths(data_dir))
    with database.session() as session:

        def mentor(name: str, unit: str, held: str) -> str:
            made = create_mentor(session, MentorData(name=name, status="active"), now=SEEDED)
            agreements.set_mentor_interval(session, made.id, 1, unit, now=SEEDED)
            start = at(held)
            meeting = meetings.plan_meeting(
                session, meetings.MeetingPlan(made.id, start), now=SEEDED
            )
            meetings.end_meeting(session, meeting.id, actual_minutes=40, now=start)
            return made.id

        def plan(mentor_id: str, when: str, *agenda: str) -> None:
            meetings.plan_meeting(
                session, meetings.MeetingPlan(mentor_id, at(when), agenda=agenda), now=SEEDED
            )

        ada = mentor("Ada Lovelace", "months", "2026-02-25 10:00")
        eve = mentor("Eve Okafor", "months", "2026-02-25 15:00")
        mentor("Ben Adeyemi", "weeks", "2026-02-23 10:00")
        mentor("Cleo Martin", "weeks", "2026-02-25 11:00")
        mentor("Dan Wu", "weeks", "2026-02-27 16:00")
        action_items.capture(session, ada, "Draft the promotion case", now=SEEDED)
        plan(ada, "2026-03-02 10:00", "Promotion case", "Conference talk")
        plan(eve, "2026-03-03 14:00")
        plan(ada, "2026-03-04 11:00")
        plan(ada, "2026-03-06 15:00")  # while away
        plan(eve, "2026-03-09 10:00")  # while away
        plan(eve, "2026-03-12 10:15", "Reading list")
    database.close()


def run_app(
    tmp_path: Path, display: str, bus: SessionBus, number: int, click: bool
) -> dict[str, object]:
    start, until = RUNS[number]
    output = tmp_path / f"run{number}.json"
    env = dict(
        os.environ,
        DISPLAY=display,
        QT_QPA_PLATFORM="xcb",
        DBUS_SESSION_BUS_ADDRESS=bus.address,
        TZ="UTC",
    )
    env.pop("QT_QPA_PLATFORMTHEME", None)
    env.pop("PYTHONWARNINGS", None)
    command = [
        sys.executable,
        "-m",
        "tests.e2e.reminder_run",
        str(tmp_path / "data"),
        at(start).isoformat(),
        at(until).isoformat(),
        str(output),
    ]
    ran = subprocess.run(
        [*command, *(["--click"] if click else [])],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=180,
    )
    assert ran.returncode == 0, ran.stderr[-4000:]
    result: dict[str, object] = json.loads(output.read_text())
    assert result["started_minimized"], "started at login: minimized"
    return result


def dbus_notes(bus: SessionBus) -> list[tuple[str, str, datetime]]:
    """(title, body, the simulated moment of the check that sent it) per Notify: the
    first clock mark after it in the server's log."""
    found: list[tuple[str, str, datetime]] = []
    pending: list[dict[str, object]] = []
    for call in bus.calls():
        if call["call"] == "Notify":
            pending.append(call)
        elif call["call"] == "Mark":
            moment = datetime.fromisoformat(str(call["text"]))
            found += [(str(c["summary"]), str(c["body"]), moment) for c in pending]
            pending = []
    assert pending == [], "a notification after the last check"
    return found


def check_run(number: int, shown: list[tuple[str, str, datetime]], summary_body: list[str]) -> None:
    expected = EXPECTED[number]
    assert [title for title, _, _ in shown] == [title for title, _ in expected], number
    for (title, body, moment), (_, due) in zip(shown, expected, strict=True):
        if due is None:  # came while closed: at the first check of the run
            assert moment == at(RUNS[number][0]), (title, moment)
        else:  # within 60 s of its time
            assert at(due) <= moment < at(due) + timedelta(seconds=60), (title, moment)
        if title == "While MentorDesk was closed":
            summary_body.append(body)


@pytest.mark.parametrize("desktop", ["no tray: D-Bus notifications", "a tray"])
def test_reminders_across_restarts_each_once_within_a_minute(tmp_path: Path, desktop: str) -> None:
    seed(tmp_path / "data")
    with_tray = desktop == "a tray"
    summary: list[str] = []
    with x_server() as display, session_bus(tmp_path) as bus, ExitStack() as desktop_parts:
        if with_tray:
            desktop_parts.enter_context(tray(display))
        seen = 0
        for number in range(len(RUNS)):
            click = number == 7  # the person takes the action of Eve's reminder
            result = run_app(tmp_path, display, bus, number, click)
            if with_tray:
                shown = [
                    (str(t["text"][0]), str(t["text"][1]), datetime.fromisoformat(t["at"]))
                    for t in result["tray"]  # type: ignore[attr-defined]
                ]
            else:
                notes = dbus_notes(bus)
                shown, seen = notes[seen:], len(notes)
            check_run(number, shown, summary)
            if click:  # Open brief: the window comes up on the meeting and its brief
                assert result["area"] == "meetings" and not result["minimized_at_end"]
        notifies = [c for c in bus.calls() if c["call"] == "Notify"]
        if with_tray:
            assert notifies == [], "with a tray, the tray shows them"
        else:
            assert {c["app_name"] for c in notifies} == {"MentorDesk"}
            assert all(
                c["actions"][1] in ("Open brief", "Open", "Open Dashboard") for c in notifies
            )
            first = notifies[0]
            assert first["body"] == ("1 open action item · Agenda: Promotion case, Conference talk")
            assert first["actions"] == ["default", "Open brief", "open", "Open brief"]
    # After the week away: one summary of everything, not a burst of six.
    assert len(summary) == 1
    assert "2 meetings:" in summary[0] and "Ada Lovelace" in summary[0]
    assert "Eve Okafor" in summary[0]
    assert "2 mentors now overdue: Cleo Martin, Dan Wu." in summary[0]
