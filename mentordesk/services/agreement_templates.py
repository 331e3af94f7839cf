"""Agreement templates: JSON files to start an agreement from.

Three ship in ``resources/agreements`` (blank, a three-month skill sprint, a
long-term career mentorship); any other file in the same format can be opened.
A damaged or foreign file is refused with a sentence saying why (``TemplateError``);
nothing is half-read.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, timedelta
from pathlib import Path
from typing import Any

from mentordesk.db.choices import IntervalUnit, MeetingFormat
from mentordesk.resources_path import resource_path
from mentordesk.services.agreements import LONG_TEXTS, AgreementTerms
from mentordesk.services.template_files import TemplateError as TemplateError
from mentordesk.services.template_files import damaged, read_template, read_text

TEMPLATE_FORMAT = "mentordesk-agreement-template"
TEMPLATE_VERSION = 1
SHIPPED_FOLDER = "agreements"
BLANK = "blank.json"

TEXT_FIELDS = (*LONG_TEXTS, "link")
NUMBER_FIELDS = ("frequency_every", "duration_minutes", "review_after_days", "end_after_days")


@dataclass(frozen=True)
class Template:
    """A template: its name, what it is for, and the values it fills in."""

    name: str
    description: str
    values: dict[str, Any] = field(default_factory=dict, hash=False, compare=False)

    def terms(self, today: date) -> AgreementTerms:
        """A draft starting ``today``, with review and end dates counted from it."""
        values = self.values
        review = values.get("review_after_days")
        end = values.get("end_after_days")
        return AgreementTerms(
            goals=values.get("goals", ""),
            frequency_every=values.get("frequency_every"),
            frequency_unit=values.get("frequency_unit", IntervalUnit.WEEKS.value),
            duration_minutes=values.get("duration_minutes"),
            format=values.get("format", MeetingFormat.VIDEO.value),
            link=values.get("link", ""),
            topics=values.get("topics", ""),
            my_commitments=values.get("my_commitments", ""),
            mentor_commitments=values.get("mentor_commitments", ""),
            confidentiality=values.get("confidentiality", ""),
            boundaries=values.get("boundaries", ""),
            start_date=today,
            review_date=today + timedelta(days=review) if review else None,
            end_date=today + timedelta(days=end) if end else None,
        )


@dataclass(frozen=True)
class TemplateChoice:
    """A shipped template as a menu lists it; ``problem`` is set when it is damaged."""

    path: Path
    name: str
    description: str = ""
    problem: str = ""


def parse(text: str, path: Path) -> Template:
    """The template in ``text`` (read from ``path``); TemplateError if it is not one."""
    data = read_template(text, path, TEMPLATE_FORMAT, TEMPLATE_VERSION, "agreement template")
    name, description, terms = data.get("name"), data.get("description", ""), data.get("terms")
    if not isinstance(name, str) or not name.strip() or not isinstance(description, str):
        raise damaged(path, "it has no name")
    if not isinstance(terms, dict):
        raise damaged(path, "it holds no terms")
    values: dict[str, Any] = {}
    for key in TEXT_FIELDS:
        if key in terms:
            if not isinstance(terms[key], str):
                raise damaged(path, f"“{key}” should be text")
            values[key] = terms[key]
    for key in NUMBER_FIELDS:
        if key in terms and terms[key] is not None:
            number = terms[key]
            if isinstance(number, bool) or not isinstance(number, int) or number <= 0:
                raise damaged(path, f"“{key}” should be a whole number above 0")
            values[key] = number
    if "frequency_unit" in terms:
        if terms["frequency_unit"] not in {u.value for u in IntervalUnit}:
            raise damaged(path, "the frequency unit should be days, weeks or months")
        values["frequency_unit"] = terms["frequency_unit"]
    if "format" in terms:
        if terms["format"] not in {f.value for f in MeetingFormat}:
            raise damaged(path, "the format should be in_person, video, phone or chat")
        values["format"] = terms["format"]
    return Template(name.strip(), description.strip(), values)


def load(path: Path) -> Template:
    """Read the template file at ``path``; TemplateError says what is wrong with it."""
    return parse(read_text(path), path)


def shipped() -> list[TemplateChoice]:
    """The templates that come with MentorDesk: the blank one first, then by name."""
    folder = resource_path(SHIPPED_FOLDER)
    choices = []
    for path in sorted(folder.glob("*.json")):
        try:
            template = load(path)
        except TemplateError as error:
            choices.append(TemplateChoice(path, path.stem, problem=str(error)))
        else:
            choices.append(TemplateChoice(path, template.name, template.description))
    return sorted(choices, key=lambda c: (c.path.name != BLANK, c.name.casefold()))
