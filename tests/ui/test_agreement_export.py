"""Exporting an agreement to send to the mentor, and comparing two versions."""

from __future__ import annotations

import os
import stat
from collections.abc import Callable
from dataclasses import replace
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

import pytest
from pypdf import PdfReader
from PySide6.QtWidgets import QDialog, QFileDialog, QInputDialog

from mentordesk.config import Paths
from mentordesk.db.database import Database
from mentordesk.services import agreements
from mentordesk.services.agreements import AgreementTerms
from mentordesk.services.mentors import MentorData
from mentordesk.ui import settings as setting
from mentordesk.ui.agreements.compare_dialog import AgreementCompareDialog
from mentordesk.ui.agreements.panel import AgreementPanel
from mentordesk.ui.settings import open_settings
from mentordesk.ui.shell.main_window import MainWindow
from tests.ui.conftest import DialogAnswerer
from tests.ui.helpers import add_mentor, click_row, context_of, mentors_view

NOW = datetime(2026, 3, 10, 9, 30, tzinfo=UTC)
TERMS = AgreementTerms(
    status="agreed",
    goals="Grow into an engineering manager within a year.",
    frequency_every=4,
    frequency_unit="weeks",
    duration_minutes=45,
    link="https://meet.example.com/priya",
    topics="- Delegation\n- Hiring well",
    my_commitments="Bring an agenda two days ahead.",
    mentor_commitments="Honest feedback, even when it stings.",
    confidentiality="What we say stays between us.",
    boundaries="Tuesday mornings; replies within a week.",
    start_date=date(2026, 3, 1),
    review_date=date(2026, 6, 1),
    agreed_on=date(2026, 3, 2),
)


def agreement_tab(
    window: MainWindow, database: Database, *versions: AgreementTerms
) -> AgreementPanel:
    context_of(window).set_clock(lambda: NOW)
    mentor = add_mentor(window, MentorData(name="Priya Raman", status="active"))
    with database.session() as session:
        for terms in versions:
            agreements.save(session, mentor.id, terms, today=date(2026, 3, 10), now=NOW)
    view = mentors_view(window)
    click_row(view, "Priya Raman")
    view.detail_tabs.setCurrentWidget(view.agreement_panel)
    return view.agreement_panel


def my_name_is(paths: Paths, name: str) -> None:
    settings = open_settings(paths)
    settings.set(setting.MY_NAME, name)
    settings.sync()


def test_markdown_names_both_people_the_terms_and_has_signature_lines(
    window: MainWindow, database: Database, paths: Paths, tmp_path: Path
) -> None:
    panel = agreement_tab(window, database, TERMS)
    my_name_is(paths, "Alex Morgan")
    written = panel.tools.export_markdown(tmp_path / "agreement.md")
    assert written is not None
    text = written.read_text(encoding="utf-8")
    assert text.startswith("# Mentoring agreement\n")
    assert "between Alex Morgan (mentee) and Priya Raman (mentor)" in text
    assert "Version 1 · Agreed · agreed on" in text
    assert "**We meet:** Every 4 weeks, 45 minutes, Video call" in text
    assert "## Topics\n\n- Delegation\n- Hiring well" in text
    assert "## Priya Raman commits to\n\nHonest feedback, even when it stings." in text
    assert "## Alex Morgan commits to" in text
    assert text.count("Signed: ________") == 2
    assert "Alex Morgan (Mentee)" in text and "Priya Raman (Mentor)" in text


@pytest.mark.skipif(os.name == "nt", reason="POSIX modes")
@pytest.mark.parametrize("kind", ["markdown", "pdf"])
def test_an_exported_agreement_is_readable_by_its_owner_only(
    window: MainWindow, database: Database, paths: Paths, tmp_path: Path, kind: str
) -> None:
    """Issue 15, R13: under the common umask 022 it was 0644, readable by anyone."""
    panel = agreement_tab(window, database, TERMS)
    my_name_is(paths, "Alex Morgan")
    out = tmp_path / "out"
    out.mkdir()
    before = os.umask(0o022)
    try:
        export = panel.tools.export_markdown if kind == "markdown" else panel.tools.export_pdf
        written = export(out / f"agreement.{kind}")
    finally:
        os.umask(before)
    assert written is not None and written.stat().st_size > 0
    assert stat.S_IMODE(written.stat().st_mode) == 0o600
    assert sorted(p.name for p in out.iterdir()) == [f"agreement.{kind}"]  # no leftovers


def test_the_pdf_is_real_text_with_embedded_fonts_that_reads_like_an_agreement(
    window: MainWindow, database: Database, paths: Paths, tmp_path: Path
) -> None:
    panel = agreement_tab(window, database, TERMS)
    my_name_is(paths, "Alex Morgan")
    written = panel.tools.export_pdf(tmp_path / "agreement.pdf")
    assert written is not None
    reader = PdfReader(written)
    text = " ".join(page.extract_text() for page in reader.pages)
    words = " ".join(text.split())
    for expected in (
        "Mentoring agreement",
        "between Alex Morgan (mentee) and Priya Raman (mentor)",
        "Grow into an engineering manager",
        "Delegation",
        "Honest feedback",
        "Signed",
    ):
        assert expected in words, expected
    assert words.count("Signed") == 2
    embedded = [embeds(font.get_object()) for page in reader.pages for font in fonts_of(page)]
    assert embedded and all(embedded)
    pictures = [item.get_object() for page in reader.pages for item in xobjects(page["/Resources"])]
    assert pictures == []  # the text is text, not a picture of it
    assert reader.metadata is not None and "Priya Raman" in str(reader.metadata.title)


def xobjects(resources: Any) -> list[Any]:
    """Pictures and forms drawn on a page (Qt writes an empty dictionary for none)."""
    return list(resources["/XObject"].values()) if "/XObject" in resources else []


def fonts_of(page: Any) -> list[Any]:
    return list(page["/Resources"]["/Font"].values())


def embeds(font: Any) -> bool:
    """The font's own glyphs are in the file (a FontFile stream in its descriptor)."""
    if "/DescendantFonts" in font:
        font = font["/DescendantFonts"][0].get_object()
    descriptor = font["/FontDescriptor"].get_object()
    return any(key in descriptor for key in ("/FontFile", "/FontFile2", "/FontFile3"))


def test_the_users_name_is_asked_once_then_remembered(
    window: MainWindow,
    database: Database,
    paths: Paths,
    tmp_path: Path,
    dialogs: DialogAnswerer,
) -> None:
    panel = agreement_tab(window, database, TERMS)

    def type_name(dialog: QDialog) -> None:
        assert isinstance(dialog, QInputDialog)
        dialog.setTextValue("Sam Lee")
        dialog.accept()

    dialogs.answer(type_name)
    assert panel.tools.export_markdown(tmp_path / "one.md") is not None
    assert "between Sam Lee (mentee)" in (tmp_path / "one.md").read_text(encoding="utf-8")
    assert panel.tools.export_markdown(tmp_path / "two.md") is not None  # no question now
    assert open_settings(paths).get(setting.MY_NAME) == "Sam Lee"


def test_two_versions_side_by_side_with_the_changes_marked(
    window: MainWindow, database: Database
) -> None:
    panel = agreement_tab(
        window,
        database,
        TERMS,
        replace(TERMS, frequency_every=2, topics="- Delegation\n- Public speaking"),
    )
    assert panel.tools.compare_button.isEnabled()
    dialog = AgreementCompareDialog(panel.agreement, panel)  # type: ignore[arg-type]
    try:
        assert dialog.changed_terms() == ["Agreed on", "Meet every", "Topics"]
        assert dialog.summary.text() == "3 of 17 terms changed: Agreed on, Meet every, Topics."
        html = dialog.view.toHtml()
        assert "line-through" in html and "underline" in html
        plain = dialog.view.toPlainText()
        assert "every 4 weeks" in plain and "every 2 weeks" in plain
        assert "Public speaking" in plain and "Hiring well" in plain
        dialog.only_changes.setChecked(True)
        assert "Confidentiality" not in dialog.view.toPlainText()
        dialog.left.setCurrentIndex(1)
        assert dialog.summary.text() == "These two versions say the same."
    finally:
        dialog.deleteLater()


def test_the_save_dialog_starts_where_the_last_file_went(
    window: MainWindow, database: Database, paths: Paths, tmp_path: Path, dialogs: DialogAnswerer
) -> None:
    """Issue 18, item 10: every file dialog started in the home folder."""
    panel = agreement_tab(window, database, TERMS)
    my_name_is(paths, "Alex Morgan")
    chosen = tmp_path / "agreements"
    chosen.mkdir()
    started: list[str] = []

    def save_as(name: str) -> Callable[[QDialog], None]:
        def save(dialog: QDialog) -> None:
            assert isinstance(dialog, QFileDialog)
            started.append(dialog.directory().absolutePath())
            dialog.selectFile(str(chosen / name))
            dialog.accept()

        return save

    dialogs.answer(save_as("first.md"))
    assert panel.tools.export_markdown() == chosen / "first.md"
    dialogs.answer(save_as("second.md"))
    assert panel.tools.export_markdown() == chosen / "second.md"
    assert started[1] == str(chosen)
    assert open_settings(paths).get(setting.LAST_FOLDER) == str(chosen)  # kept for next time
