"""Agreement templates: the shipped ones are whole and realistic; damaged files are
refused with a sentence that says why."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from mentordesk.services import agreement_templates as templates
from mentordesk.services.agreement_templates import TemplateError
from mentordesk.services.agreements import validate

TODAY = date(2026, 3, 10)


def test_three_templates_ship_the_blank_one_first() -> None:
    shipped = templates.shipped()
    assert [choice.name for choice in shipped] == [
        "Blank agreement",
        "Long-term career mentorship",
        "Three-month skill sprint",
    ]
    assert all(choice.problem == "" and choice.description for choice in shipped)


def test_each_shipped_template_makes_a_valid_draft() -> None:
    for choice in templates.shipped():
        terms = templates.load(choice.path).terms(TODAY)
        assert validate(terms, today=TODAY, is_new=True) == {}, choice.name
        assert terms.status == "draft" and terms.start_date == TODAY


def test_the_skill_sprint_runs_three_months_with_a_review_half_way() -> None:
    sprint = next(c for c in templates.shipped() if "sprint" in c.name)
    terms = templates.load(sprint.path).terms(TODAY)
    assert (terms.frequency_every, terms.frequency_unit) == (2, "weeks")
    assert terms.review_date == date(2026, 4, 21)
    assert terms.end_date == date(2026, 6, 9)
    assert len(terms.topic_list()) >= 4
    career = next(c for c in templates.shipped() if "career" in c.name)
    long_term = templates.load(career.path).terms(TODAY)
    assert (long_term.frequency_every, long_term.frequency_unit, long_term.end_date) == (
        1,
        "months",
        None,
    )


@pytest.mark.parametrize(
    ("content", "words"),
    [
        (b'{"format": "mentordesk-agreement-template", "version": 1, "name": "X", "te', "damaged"),
        (b"\xff\xfe\x00garbage", "not UTF-8"),
        (b'{"name": "A recipe"}', "not a MentorDesk agreement template"),
        (b"[1, 2, 3]", "not a MentorDesk agreement template"),
        (
            b'{"format": "mentordesk-agreement-template", "version": 9, "name": "X", "terms": {}}',
            "newer MentorDesk",
        ),
        (
            b'{"format": "mentordesk-agreement-template", "version": 1, "name": "X",'
            b' "terms": {"frequency_every": -2}}',
            "above 0",
        ),
        (
            b'{"format": "mentordesk-agreement-template", "version": 1, "name": "X",'
            b' "terms": {"goals": ["a", "b"]}}',
            "should be text",
        ),
        (
            b'{"format": "mentordesk-agreement-template", "version": 1, "name": "X",'
            b' "terms": {"frequency_unit": "fortnights"}}',
            "days, weeks or months",
        ),
        (b'{"format": "mentordesk-agreement-template", "version": 1, "name": ""}', "no name"),
    ],
)
def test_a_damaged_or_foreign_file_is_refused_saying_why(
    tmp_path: Path, content: bytes, words: str
) -> None:
    path = tmp_path / "mine.json"
    path.write_bytes(content)
    with pytest.raises(TemplateError) as refused:
        templates.load(path)
    assert "mine.json" in str(refused.value)
    assert words in str(refused.value)


def test_a_missing_file_is_a_template_error(tmp_path: Path) -> None:
    with pytest.raises(TemplateError, match="cannot be read"):
        templates.load(tmp_path / "gone.json")
