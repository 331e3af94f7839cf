"""An agreement as a document to send to the mentor: Markdown, or a PDF of real text
(QTextDocument printed on a QPdfWriter, fonts embedded) that reads like something two
people sign: both names, the dates, the terms, and a signature line for each."""

from __future__ import annotations

import html
import os
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLocale, QMarginsF
from PySide6.QtGui import QFont, QPageLayout, QPageSize, QPdfWriter, QTextDocument

from mentordesk.db.choices import AgreementStatus, MeetingFormat
from mentordesk.db.files import create_private_file, replace_durably, write_text_file
from mentordesk.services.agreements import AgreementState, VersionState
from mentordesk.services.cadence import Interval
from mentordesk.ui import formats, labels
from mentordesk.ui.agreements.fields import FIELDS
from mentordesk.ui.mentors import cadence_text

SIGNATURE_LINE = "_" * 32
DATE_LINE = "_" * 14
PDF_LINE = "_" * 26  # fits half the page


@dataclass(frozen=True)
class Document:
    """What the exported agreement says, already in the user's language."""

    title: str
    between: str
    version_line: str
    facts: tuple[tuple[str, str], ...]
    sections: tuple[tuple[str, str, bool], ...]  # heading, text, is a list of topics
    signers: tuple[tuple[str, str], ...]  # name, role


def document(
    agreement: AgreementState, version: VersionState, my_name: str, today: date
) -> Document:
    terms = version.terms
    me = my_name.strip() or QCoreApplication.translate("agreement_export", "Mentee")
    mentor = agreement.mentor_name
    status = labels.label(AgreementStatus, terms.status)
    if terms.agreed_on is not None:
        version_line = QCoreApplication.translate(
            "agreement_export", "Version {number} · {status} · agreed on {day}"
        ).format(number=version.number, status=status, day=formats.long_date(terms.agreed_on))
    else:
        version_line = QCoreApplication.translate(
            "agreement_export", "Version {number} · {status} · prepared on {day}"
        ).format(number=version.number, status=status, day=formats.long_date(today))
    meet = cadence_text.interval_text(Interval.of(terms.frequency_every, terms.frequency_unit))
    how = [labels.label(MeetingFormat, terms.format)]
    if terms.duration_minutes:
        # pyside6-lupdate reads a plural form only when its count is a plain name.
        minutes = terms.duration_minutes
        how.insert(0, QCoreApplication.translate("agreement_export", "%n minute(s)", "", minutes))
    facts: list[tuple[str, str]] = [
        (
            QCoreApplication.translate("agreement_export", "We meet"),
            ", ".join(
                [meet.capitalize(), *how]
                if meet
                else [QCoreApplication.translate("agreement_export", "As agreed"), *how]
            ),
        )
    ]
    if terms.link:
        facts.append((QCoreApplication.translate("agreement_export", "Link"), terms.link))
    for name, label in (
        ("start_date", QCoreApplication.translate("agreement_export", "Starts")),
        ("review_date", QCoreApplication.translate("agreement_export", "We review it on")),
        ("end_date", QCoreApplication.translate("agreement_export", "Ends")),
    ):
        value = getattr(terms, name)
        if value is not None:
            facts.append((label, formats.long_date(value)))
    headings = {
        "goals": QCoreApplication.translate("agreement_export", "Goals of the mentorship"),
        "topics": QCoreApplication.translate("agreement_export", "Topics"),
        "my_commitments": QCoreApplication.translate("agreement_export", "{name} commits to"),
        "mentor_commitments": QCoreApplication.translate("agreement_export", "{name} commits to"),
        "confidentiality": QCoreApplication.translate("agreement_export", "Confidentiality"),
        "boundaries": QCoreApplication.translate("agreement_export", "Boundaries"),
    }
    sections = []
    for field in FIELDS:
        if not field.section:
            continue
        text = getattr(terms, field.name).strip()
        if field.name == "topics":
            text = "\n".join(terms.topic_list())
        if not text:
            continue
        who = mentor if field.name == "mentor_commitments" else me
        sections.append((headings[field.name].format(name=who), text, field.name == "topics"))
    return Document(
        title=QCoreApplication.translate("agreement_export", "Mentoring agreement"),
        between=QCoreApplication.translate(
            "agreement_export", "between {mentee} (mentee) and {mentor} (mentor)"
        ).format(mentee=me, mentor=mentor),
        version_line=version_line,
        facts=tuple(facts),
        sections=tuple(sections),
        signers=(
            (me, QCoreApplication.translate("agreement_export", "Mentee")),
            (mentor, QCoreApplication.translate("agreement_export", "Mentor")),
        ),
    )


def markdown(doc: Document) -> str:
    """The document as Markdown, to paste into an email or keep beside the PDF."""
    lines = [f"# {doc.title}", "", doc.between, "", f"*{doc.version_line}*", ""]
    for label, value in doc.facts:
        lines.append(f"- **{label}:** {value}")
    for heading, text, is_list in doc.sections:
        lines += ["", f"## {heading}", ""]
        lines += [f"- {line}" for line in text.splitlines()] if is_list else text.splitlines()
    lines += [
        "",
        "---",
        "",
        QCoreApplication.translate("agreement_export", "We agree to the above."),
        "",
    ]
    signed = QCoreApplication.translate("agreement_export", "Signed")
    on = QCoreApplication.translate("agreement_export", "Date")
    for name, role in doc.signers:
        lines += [f"{signed}: {SIGNATURE_LINE}  {on}: {DATE_LINE}", "", f"{name} ({role})", ""]
    return "\n".join(lines).rstrip() + "\n"


def _paragraphs(text: str) -> str:
    return "".join(f"<p>{html.escape(part)}</p>" for part in text.split("\n") if part.strip())


def to_html(doc: Document) -> str:
    """The document as the HTML QTextDocument prints: black on white whatever the theme."""
    parts = [
        f"<h1 style='font-size:20pt;margin-bottom:2pt'>{html.escape(doc.title)}</h1>",
        f"<p style='font-size:12pt'>{html.escape(doc.between)}</p>",
        f"<p style='color:#444444'><i>{html.escape(doc.version_line)}</i></p>",
        "<table cellpadding='3' style='margin-top:6pt'>",
    ]
    for label, value in doc.facts:
        parts.append(f"<tr><td><b>{html.escape(label)}</b></td><td>{html.escape(value)}</td></tr>")
    parts.append("</table>")
    for heading, text, is_list in doc.sections:
        parts.append(f"<h2 style='font-size:13pt;margin-top:14pt'>{html.escape(heading)}</h2>")
        if is_list:
            items = "".join(f"<li>{html.escape(line)}</li>" for line in text.splitlines())
            parts.append(f"<ul>{items}</ul>")
        else:
            parts.append(_paragraphs(text))
    agree = html.escape(QCoreApplication.translate("agreement_export", "We agree to the above."))
    parts.append(f"<hr><p style='margin-top:10pt'>{agree}</p>")
    parts.append("<table width='100%' cellpadding='8' style='margin-top:18pt'><tr>")
    signed = html.escape(QCoreApplication.translate("agreement_export", "Signed"))
    on = html.escape(QCoreApplication.translate("agreement_export", "Date"))
    for name, role in doc.signers:
        parts.append(
            "<td width='50%' valign='top'>"
            f"<p>{signed}:</p><p style='margin-top:22pt'>{PDF_LINE}</p>"
            f"<p><b>{html.escape(name)}</b> ({html.escape(role)})</p>"
            f"<p style='margin-top:12pt'>{on}: {DATE_LINE}</p></td>"
        )
    parts.append("</tr></table>")
    return "<html><body style='color:#000000'>" + "".join(parts) + "</body></html>"


def page_size() -> QPageSize:
    """Letter where people print on Letter, else A4."""
    letter = {
        QLocale.Country.UnitedStates,
        QLocale.Country.Canada,
        QLocale.Country.Mexico,
        QLocale.Country.Philippines,
    }
    wanted = (
        QPageSize.PageSizeId.Letter if QLocale().territory() in letter else QPageSize.PageSizeId.A4
    )
    return QPageSize(wanted)


def write_pdf(doc: Document, path: Path) -> None:
    """Print ``doc`` into a PDF at ``path`` (real, selectable text; fonts embedded).

    Readable by the owner only, and whole: printed into a new 0600 file beside ``path``
    (QPdfWriter keeps an existing file's mode), then renamed over it."""
    partial = path.with_name(f".{path.name}.{os.getpid()}.partial")
    partial.unlink(missing_ok=True)
    create_private_file(partial)
    try:
        _print_pdf(doc, partial)
        replace_durably(partial, path)
    finally:
        partial.unlink(missing_ok=True)


def _print_pdf(doc: Document, path: Path) -> None:
    writer = QPdfWriter(str(path))
    writer.setTitle(f"{doc.title} — {doc.between}")
    writer.setCreator("MentorDesk")
    writer.setResolution(300)
    writer.setPageLayout(
        QPageLayout(
            page_size(),
            QPageLayout.Orientation.Portrait,
            QMarginsF(20, 20, 20, 20),
            QPageLayout.Unit.Millimeter,
        )
    )
    text = QTextDocument()
    font = QFont("DejaVu Serif")
    font.setStyleHint(QFont.StyleHint.Serif)
    font.setPointSizeF(11)
    text.setDefaultFont(font)
    text.setHtml(to_html(doc))
    text.print_(writer)
    del writer  # the file is complete once the writer is gone


def write_markdown(doc: Document, path: Path) -> None:
    """The Markdown at ``path``: whole, readable by the owner only."""
    write_text_file(path, markdown(doc))
