"""Issue 18, item 2: the Markdown folder is a readable archive of everything a person
wrote (agreements and their versions, goals, give-back ideas, outreach steps,
closure reviews and thank-you notes), in the words the window shows, never a
stored code, with links between its pages that lead somewhere."""

from __future__ import annotations

import enum
import re
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

from mentordesk.db import choices
from mentordesk.db.database import Database
from mentordesk.db.models import Mentor
from mentordesk.services import closure, sample
from mentordesk.services.cadence import CadenceStatus
from mentordesk.services.choice_labels import LABELS
from mentordesk.services.exchange import export_document
from mentordesk.services.exporting import export_to
from mentordesk.services.record_words import counted, summary

TODAY = date(2026, 3, 2)
NOW = datetime(2026, 3, 2, 9, 0, tzinfo=UTC)
LEARNED = "Delegating is a skill I can practise"
THANKS = "Thank you for a year of patient questions."


def exported(database: Database, tmp_path: Path) -> tuple[Path, dict[str, Any]]:
    """The sample data with one mentorship closed with a review, exported as Markdown."""
    with database.session() as session:
        sample.load_sample_data(session, today=TODAY)
        mentor = next(m for m in session.query(Mentor) if m.status == "active")
        closure.close(
            session,
            mentor.id,
            learned=LEARNED,
            goal_ids=(),
            thank_you=THANKS,
            ended_on=TODAY,
            keep_in_touch=None,
            today=TODAY,
            now=NOW,
        )
    with database.session() as session:
        document = export_document(session)
        export_to(session, "markdown", tmp_path / "md")
    return tmp_path / "md", document["records"]


def every_page(folder: Path) -> dict[Path, str]:
    return {p: p.read_text(encoding="utf-8") for p in sorted(folder.rglob("*.md"))}


def stored_choices() -> list[type[enum.StrEnum]]:
    """Every enum whose values are stored, and the cadence statuses."""
    kinds: list[type[enum.StrEnum]] = [
        kind
        for kind in vars(choices).values()
        if isinstance(kind, type) and issubclass(kind, enum.StrEnum)
    ]
    return [*kinds, CadenceStatus]


def typed_text(records: dict[str, Any]) -> list[str]:
    """Every line a person typed (names, notes, ideas…), longest first: the strings
    that are not a stored choice."""
    codes = {member.value for kind in stored_choices() for member in kind}
    found: set[str] = set()
    for rows in records.values():
        for row in rows:
            for value in row.values():
                if isinstance(value, str) and value not in codes:
                    found.update(line.strip() for line in value.splitlines() if line.strip())
    return sorted(found, key=len, reverse=True)


def test_every_record_a_person_wrote_is_in_the_folder(database: Database, tmp_path: Path) -> None:
    folder, records = exported(database, tmp_path)
    text = "\n".join(every_page(folder).values())
    assert records["agreement_version"] and records["goal"] and records["give_back"]
    assert records["outreach_step"] and records["closure"]
    for version in records["agreement_version"]:
        assert f"Version {version['number']}" in text
        for term in ("goals", "topics", "my_commitments", "mentor_commitments", "boundaries"):
            for line in version[term].splitlines():
                assert line.strip() in text, (term, line)
    for goal in records["goal"]:
        assert f"## {goal['title']}" in text
        assert goal["why"].strip() in text
    for update in records["goal_progress"]:
        assert update["comment"].strip() in text
    for idea in records["give_back"]:
        assert idea["idea"] in text
    for step in records["outreach_step"]:
        assert step["note"].strip() in text
    assert LEARNED in text and THANKS in text


def test_no_stored_code_is_left_for_a_person_to_read(database: Database, tmp_path: Path) -> None:
    """Grep the export's own words for every enum value: what the person typed is taken
    out, and so are the labels the window shows ("Colleague introduction" is a label,
    though "introduction" is also a code)."""
    folder, records = exported(database, tmp_path)
    text = "\n".join(every_page(folder).values())
    shown = [str(label) for table in LABELS.values() for label in table.values()]
    for words in sorted([*typed_text(records), *shown], key=len, reverse=True):
        text = text.replace(words, " ")
    # IntervalUnit's values are the words themselves ("every 2 weeks"); so are
    # AttachmentKind's ("file", "link": "Format and link" is a label), never shown as codes.
    plain = (choices.IntervalUnit, choices.AttachmentKind)
    kinds = [kind for kind in stored_choices() if kind not in plain]
    leaked = {
        f"{kind.__name__}.{member.name}"
        for kind in kinds
        for member in kind
        if re.search(rf"(?<![\w-]){re.escape(member.value)}(?![\w-])", text)
    }
    assert not leaked, f"stored codes in the Markdown export: {sorted(leaked)}"
    assert "Preferred channel:** Email" in "\n".join(every_page(folder).values())


def test_the_pages_link_to_each_other_and_every_link_leads_to_a_page(
    database: Database, tmp_path: Path
) -> None:
    folder, records = exported(database, tmp_path)
    pages = every_page(folder)
    links = 0
    for page, text in pages.items():
        for target in re.findall(r"\]\(<?([^)>]+)>?\)", text):
            links += 1
            assert (page.parent / target).resolve().is_file(), f"{page.name}: {target}"
    readme = pages[folder / "README.md"]
    for mentor in records["mentor"]:
        assert f"[{mentor['name']}](<" in readme
    assert "(<goals.md>)" in readme
    assert links > 50
    names = {p.name for p in folder.rglob("*.md")}
    assert {"agreement.md", "give-back.md", "outreach.md", "closure.md", "goals.md"} <= names


def test_counts_are_said_in_words() -> None:
    assert counted("goal_mentor", 3) == "3 links between goals and mentors"
    assert counted("mentor", 1) == "1 mentor"
    assert summary({"mentor": 5, "tag": 6, "closure": 0}) == "5 mentors, 6 expertise tags"
