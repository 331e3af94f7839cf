"""One vocabulary for every kind of record: names, counts, headings, where it is shown."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot

from mentordesk.db.database import Database
from mentordesk.services import givebacks
from mentordesk.services.errors import GoneWithParentError, NotFoundError
from mentordesk.services.givebacks import GiveBackData
from mentordesk.services.kinds import Facet, Kind, Ref
from mentordesk.services.mentors import MentorData, create_mentor
from mentordesk.ui import vocabulary
from mentordesk.ui.area import AREA_TITLES
from mentordesk.ui.givebacks.idea_dialog import GiveBackDialog
from mentordesk.ui.messages import problem_text
from mentordesk.ui.shell.main_window import MainWindow
from tests.ui.conftest import DialogAnswerer
from tests.ui.helpers import context_of


@pytest.mark.parametrize("kind", list(Kind))
def test_every_kind_has_words(qapp: QApplication, kind: Kind) -> None:
    assert vocabulary.name(kind).strip()
    assert vocabulary.label(kind).strip()
    one, three = vocabulary.count(kind, 1), vocabulary.count(kind, 3)
    assert "1" in one and "3" in three and one.replace("1", "") != three.replace("3", "")
    assert "(s)" not in one + three and "%n" not in one + three
    assert "(s)" not in vocabulary.goes({kind: 2})[0]


@pytest.mark.parametrize("kind", list(Kind))
def test_a_record_of_any_kind_deleted_meanwhile_is_said_in_words(
    qapp: QApplication, kind: Kind
) -> None:
    gone = problem_text(NotFoundError("x", kind))
    assert vocabulary.name(kind) in gone and "deleted meanwhile" in gone
    parent_gone = problem_text(GoneWithParentError("x", kind))
    assert vocabulary.name(kind) in parent_gone


def test_each_kind_with_an_area_names_a_real_one(qapp: QApplication) -> None:
    for kind in Kind:
        area = vocabulary.area_of(Ref(kind, "some-id"))
        assert area == "" or area in AREA_TITLES
    assert vocabulary.area_of(Ref(Kind.MENTOR, "m")) == "mentors"
    assert vocabulary.area_of(Ref(Kind.MENTOR, "m", Facet.PROSPECT)) == "prospects"
    # a new prospect is typed in the Mentors area's form
    assert vocabulary.area_of(Ref.new(Kind.MENTOR, Facet.PROSPECT)) == "mentors"


def test_counts_follow_english_plural_forms(qapp: QApplication) -> None:
    assert vocabulary.count(Kind.MEETING, 1) == "1 meeting"
    assert vocabulary.count(Kind.MEETING, 0) == "0 meetings"
    assert vocabulary.count(Kind.ACTION_ITEM, 12) == "12 action items"
    assert vocabulary.goes({Kind.STATUS_CHANGE: 1, Kind.AGREEMENT_VERSION: 2}) == [
        "their status history (1 entry)",
        "their agreement (2 versions)",
    ]
    assert vocabulary.listed(["a", "b", "c"]) == "a, b and c"


def test_saving_a_give_back_idea_deleted_meanwhile_says_so(
    qtbot: QtBot, window: MainWindow, database: Database, dialogs: DialogAnswerer
) -> None:
    """Before, the message lookup had no words for give-back ideas: "Something went wrong"."""
    with database.session() as session:
        mentor = create_mentor(
            session, MentorData(name="Ines Duarte", status="active"), now=context_of(window).now()
        )
        idea = givebacks.create(
            session,
            GiveBackData(mentor.id, "Send the article"),
            today=date(2026, 12, 1),
            now=context_of(window).now(),
        )
    context = context_of(window)
    dialog = GiveBackDialog(context, item=context.read(givebacks.get, idea.id), parent=window)
    qtbot.addWidget(dialog)
    dialog.idea.setText("Send the article on hiring")
    with database.session() as session:
        givebacks.delete(session, idea.id)
    dialogs.answer(QMessageBox.StandardButton.Ok)
    dialog.accept()
    assert dialogs.texts and "this give-back idea was deleted meanwhile" in dialogs.texts[0]
    assert dialog.saved is None
    assert dialog.idea.text() == "Send the article on hiring"  # what was typed stays
