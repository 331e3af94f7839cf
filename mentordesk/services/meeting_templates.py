"""Meeting templates: timed sections and a question bank to plan a meeting from.

Five ship as files in ``resources/meeting_templates`` (first meeting, regular
check-in, quarterly review, agreement review, closing), written from the article.
They are read like agreement templates (``agreement_templates.py``): a JSON file with
``format``, ``version``, ``name``, ``description``, ``purpose``, ``sections``
(``minutes`` and ``title``) and ``questions``; a damaged or foreign file is refused
with a sentence saying why (``TemplateError``), nothing half-read.

The person's own templates are rows (``MeetingTemplate``): an edited shipped one (its
``shipped_key`` set: it stands in for the file, and deleting it brings the original
back), a duplicate, or an imported file. ``list_templates`` gives both as one list;
``export_text`` writes any of them as a file another MentorDesk imports.

``suggested_purpose`` picks the template a meeting calls for from the agreement and
the meetings so far (first meeting, closing, agreement review, quarterly, check-in).
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from mentordesk.db.choices import AgreementStatus, MeetingStatus, MentorStatus, TemplatePurpose
from mentordesk.db.models import Agreement, AgreementVersion, Meeting, MeetingTemplate, Mentor
from mentordesk.resources_path import resource_path
from mentordesk.services.errors import FieldValidationError, NotFoundError
from mentordesk.services.kinds import Kind
from mentordesk.services.template_files import TemplateError as TemplateError
from mentordesk.services.template_files import damaged, read_template, read_text

TEMPLATE_FORMAT = "mentordesk-meeting-template"
TEMPLATE_VERSION = 1
SHIPPED_FOLDER = "meeting_templates"
SHIPPED = "shipped:"  # a shipped template's ref: "shipped:<file stem>"
MAX_SECTIONS = 30
MAX_QUESTIONS = 100
MAX_SECTION_MINUTES = 480
SOON = timedelta(days=14)  # a review or end date this close calls for that meeting
ORDER = list(TemplatePurpose)


@dataclass(frozen=True)
class Section:
    minutes: int
    title: str


@dataclass(frozen=True)
class TemplateData:
    """What a template says, as the form edits it."""

    name: str
    description: str = ""
    purpose: str = TemplatePurpose.OTHER.value
    sections: tuple[Section, ...] = ()
    questions: tuple[str, ...] = ()

    @property
    def minutes(self) -> int:
        return sum(section.minutes for section in self.sections)


@dataclass(frozen=True)
class TemplateRow:
    """A template in the list: ``ref`` is its row's id, or ``shipped:<key>`` for a
    shipped one not edited; ``edited`` says a shipped one was changed."""

    ref: str
    shipped_key: str | None
    data: TemplateData
    edited: bool = False

    @property
    def own(self) -> bool:
        return not self.ref.startswith(SHIPPED)


# -- the file format ----------------------------------------------------------------------


def parse(text: str, path: Path) -> TemplateData:
    """The template in ``text`` (read from ``path``); TemplateError if it is not one."""
    data = read_template(text, path, TEMPLATE_FORMAT, TEMPLATE_VERSION, "meeting template")
    name, description = data.get("name"), data.get("description", "")
    if not isinstance(name, str) or not name.strip() or not isinstance(description, str):
        raise damaged(path, "it has no name")
    purpose = data.get("purpose", TemplatePurpose.OTHER.value)
    if purpose not in {p.value for p in TemplatePurpose}:
        raise damaged(path, "its purpose is not one MentorDesk knows")
    sections = data.get("sections", [])
    questions = data.get("questions", [])
    if not isinstance(sections, list) or len(sections) > MAX_SECTIONS:
        raise damaged(path, f"it should have a list of up to {MAX_SECTIONS} sections")
    if not isinstance(questions, list) or len(questions) > MAX_QUESTIONS:
        raise damaged(path, f"it should have a list of up to {MAX_QUESTIONS} questions")
    parsed: list[Section] = []
    for entry in sections:
        minutes = entry.get("minutes") if isinstance(entry, dict) else None
        title = entry.get("title") if isinstance(entry, dict) else None
        if (
            isinstance(minutes, bool)
            or not isinstance(minutes, int)
            or not 1 <= minutes <= MAX_SECTION_MINUTES
        ):
            raise damaged(path, "each section needs its minutes (1 to 480)")
        if not isinstance(title, str) or not title.strip():
            raise damaged(path, "each section needs a title")
        parsed.append(Section(minutes, title.strip()))
    if not all(isinstance(q, str) for q in questions):
        raise damaged(path, "each question should be text")
    return TemplateData(
        name.strip(),
        description.strip(),
        purpose,
        tuple(parsed),
        tuple(q.strip() for q in questions if q.strip()),
    )


def load(path: Path) -> TemplateData:
    """Read the template file at ``path``; TemplateError says what is wrong with it."""
    return parse(read_text(path), path)


def export_text(data: TemplateData) -> str:
    """The template as a file (the format ``parse`` reads)."""
    document = {
        "format": TEMPLATE_FORMAT,
        "version": TEMPLATE_VERSION,
        "name": data.name,
        "purpose": data.purpose,
        "description": data.description,
        "sections": [{"minutes": s.minutes, "title": s.title} for s in data.sections],
        "questions": list(data.questions),
    }
    return json.dumps(document, ensure_ascii=False, indent=2) + "\n"


def shipped() -> dict[str, TemplateData]:
    """The templates that come with MentorDesk, by key (a damaged file is left out)."""
    found: dict[str, TemplateData] = {}
    for path in sorted(resource_path(SHIPPED_FOLDER).glob("*.json")):
        try:
            found[path.stem] = load(path)
        except TemplateError:
            continue
    return found


# -- stored templates ------------------------------------------------------------------------
def _data_of(row: MeetingTemplate) -> TemplateData:
    try:
        raw: Any = json.loads(row.sections or "[]")
        sections = tuple(Section(int(m), str(t)) for m, t in raw)
    except (ValueError, TypeError):
        sections = ()
    questions = tuple(q for q in row.questions.splitlines() if q.strip())
    return TemplateData(row.name, row.description, row.purpose, sections, questions)


def _sort_key(row: TemplateRow) -> tuple[int, str]:
    purpose = row.data.purpose
    rank = [p.value for p in ORDER].index(purpose) if purpose in ORDER else len(ORDER)
    return rank, row.data.name.casefold()


def list_templates(session: Session) -> list[TemplateRow]:
    """Every template to choose from: the shipped ones (or their edited copies) and
    the person's own, by purpose (first meeting → closing, then others) and name."""
    rows = session.scalars(select(MeetingTemplate)).all()
    edited = {row.shipped_key: row for row in rows if row.shipped_key}
    listed = [
        TemplateRow(SHIPPED + key, key, data)
        for key, data in shipped().items()
        if key not in edited
    ]
    listed += [
        TemplateRow(row.id, row.shipped_key, _data_of(row), bool(row.shipped_key)) for row in rows
    ]
    return sorted(listed, key=_sort_key)


def template(session: Session, ref: str) -> TemplateRow:
    for row in list_templates(session):
        if row.ref == ref:
            return row
    raise NotFoundError(ref, Kind.MEETING_TEMPLATE)


def validate(data: TemplateData) -> TemplateData:
    """``data`` tidied; FieldValidationError says what to fix."""
    errors: dict[str, str] = {}
    if not data.name.strip():
        errors["name"] = "Give the template a name."
    elif len(data.name.strip()) > 200:
        errors["name"] = "Keep the name under 200 characters."
    if data.purpose not in {p.value for p in TemplatePurpose}:
        errors["purpose"] = "Choose what the template is for."
    if len(data.sections) > MAX_SECTIONS:
        errors["sections"] = f"Keep it to {MAX_SECTIONS} sections."
    elif any(not 1 <= s.minutes <= MAX_SECTION_MINUTES or not s.title for s in data.sections):
        errors["sections"] = "Each section needs a title and 1 to 480 minutes."
    if len(data.questions) > MAX_QUESTIONS:
        errors["questions"] = f"Keep it to {MAX_QUESTIONS} questions."
    if errors:
        raise FieldValidationError(errors)
    return TemplateData(
        data.name.strip(),
        data.description.strip(),
        data.purpose,
        data.sections,
        tuple(q.strip() for q in data.questions if q.strip()),
    )


def _write(row: MeetingTemplate, data: TemplateData, now: datetime) -> None:
    row.name, row.description, row.purpose = data.name, data.description, data.purpose
    row.sections = json.dumps([[s.minutes, s.title] for s in data.sections], ensure_ascii=False)
    row.questions = "\n".join(data.questions)
    row.updated_at = now


def save_template(session: Session, ref: str, data: TemplateData, *, now: datetime) -> str:
    """Save ``data`` over the template ``ref`` (a shipped one becomes an edited copy
    that stands in for it); the row's id."""
    data = validate(data)
    if ref.startswith(SHIPPED):
        key = ref[len(SHIPPED) :]
        row = session.scalars(
            select(MeetingTemplate).where(MeetingTemplate.shipped_key == key)
        ).first()
        if row is None:
            row = MeetingTemplate(shipped_key=key, created_at=now)
            session.add(row)
    else:
        found = session.get(MeetingTemplate, ref)
        if found is None:
            raise NotFoundError(ref, Kind.MEETING_TEMPLATE)
        row = found
    _write(row, data, now)
    session.flush()
    return row.id


def add_template(session: Session, data: TemplateData, *, now: datetime) -> str:
    """A new template of the person's own (a duplicate, an import); its id."""
    data = validate(data)
    row = MeetingTemplate(created_at=now)
    _write(row, data, now)
    session.add(row)
    session.flush()
    return row.id


def delete_template(session: Session, template_id: str) -> None:
    """Delete one of the person's templates (an edited shipped one: the original is back)."""
    row = session.get(MeetingTemplate, template_id)
    if row is None:
        raise NotFoundError(template_id, Kind.MEETING_TEMPLATE)
    session.delete(row)
    session.flush()


# -- the template a meeting calls for -------------------------------------------------------------
def suggested_purpose(session: Session, mentor_id: str, when: datetime) -> TemplatePurpose:
    """What the meeting with ``mentor_id`` at ``when`` is most likely for, from the
    agreement in force and the meetings held: the first one; closing (the mentor is
    ending, or the agreement ends within two weeks); an agreement review (under review,
    or its review date within two weeks or passed); a quarterly review (the first
    meeting of a new quarter since the agreement started); else a check-in."""
    mentor = session.get(Mentor, mentor_id)
    if mentor is None:
        raise NotFoundError(mentor_id, Kind.MENTOR)
    held = session.scalars(
        select(Meeting.scheduled_start)
        .where(
            Meeting.mentor_id == mentor_id,
            Meeting.status == MeetingStatus.HELD,
            Meeting.scheduled_start < when,
        )
        .order_by(Meeting.scheduled_start.desc())
    ).all()
    if not held:
        return TemplatePurpose.FIRST_MEETING
    if mentor.status in (MentorStatus.ENDED, MentorStatus.ALUMNI):
        return TemplatePurpose.CLOSING
    version = _current_version(session, mentor_id)
    day = when.date()
    if version is not None:
        if version.end_date is not None and version.end_date <= day + SOON:
            return TemplatePurpose.CLOSING
        review = version.review_date
        if version.status == AgreementStatus.UNDER_REVIEW or (
            review is not None and review <= day + SOON and version.status != AgreementStatus.ENDED
        ):
            return TemplatePurpose.AGREEMENT_REVIEW
        start = version.start_date
        if start is not None and _quarter(start, day) > _quarter(start, held[0].date()):
            return TemplatePurpose.QUARTERLY_REVIEW
    return TemplatePurpose.CHECK_IN


def _quarter(start: date, day: date) -> int:
    return ((day.year - start.year) * 12 + day.month - start.month) // 3


def _current_version(session: Session, mentor_id: str) -> AgreementVersion | None:
    agreement = session.scalars(select(Agreement).where(Agreement.mentor_id == mentor_id)).first()
    if agreement is None:
        return None
    newest = session.scalar(
        select(func.max(AgreementVersion.number)).where(
            AgreementVersion.agreement_id == agreement.id
        )
    )
    return session.scalars(
        select(AgreementVersion).where(
            AgreementVersion.agreement_id == agreement.id, AgreementVersion.number == newest
        )
    ).first()
