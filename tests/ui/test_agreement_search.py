"""Agreements are found by search, once per agreement, and open on the Agreement tab."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from mentordesk.db.database import Database
from mentordesk.db.types import utc_now
from mentordesk.services import agreements
from mentordesk.services.agreements import AgreementTerms
from mentordesk.services.mentors import MentorData
from mentordesk.ui.mentors.area import MentorsView
from mentordesk.ui.search.area import SearchView
from mentordesk.ui.search.results import heading, kind_label
from mentordesk.ui.shell.main_window import MainWindow
from tests.ui.helpers import add_mentor

TERMS = AgreementTerms(
    status="agreed",
    goals="Run a weekly design critique people want to come to.",
    topics="Critique formats\nTimeboxing",
    agreed_on=date(2026, 1, 5),
)


def test_an_agreement_is_one_hit_that_opens_on_its_tab(
    window: MainWindow, database: Database
) -> None:
    mentor = add_mentor(window, MentorData(name="Joaquín Ibáñez", status="active"))
    with database.session() as session:
        agreements.save(session, mentor.id, TERMS, today=date(2026, 1, 5), now=utc_now())
        agreements.save(
            session,
            mentor.id,
            replace(TERMS, topics="Critique formats"),
            today=date(2026, 2, 1),
            now=utc_now(),
        )
    window.find_text()
    view = window.area_widget("search")
    assert isinstance(view, SearchView)
    view.field.setText("critique")
    view.run_search()
    hits = [h for h in view.model.hits() if kind_label(h.kind) == "Agreement"]
    assert len(hits) == 1  # two versions say it; one result stands for the agreement
    assert heading(hits[0]) == "Joaquín Ibáñez"

    view.open_hit(hits[0])
    assert window.current_area() == "mentors"
    mentors = window.area_widget("mentors")
    assert isinstance(mentors, MentorsView)
    assert mentors.detail_tabs.currentWidget() is mentors.agreement_panel
    assert "critique" in mentors.agreement_panel.form.text_edit("goals").toPlainText()
