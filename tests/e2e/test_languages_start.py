"""``LANG=de_DE.UTF-8 mentordesk --self-test`` (and French, Spanish): the real window in
the system's language. The self-test prints the window's title, its menus and the
Dashboard's words as shown; every one is in the language, none is left in English."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from mentordesk.ui.i18n import ENVIRONMENT
from tests.e2e.helpers import app_env
from tests.ui.test_plurals import translations_script

ROOT = Path(__file__).resolve().parents[2]

LANGUAGES = [
    ("de", "de_DE.UTF-8", ["&Datei", "&Bearbeiten", "&Ansicht", "&Hilfe"], "Fällige Aufgaben"),
    ("fr", "fr_FR.UTF-8", ["&Fichier", "&Édition", "&Affichage", "&Aide"], "Actions à échéance"),
    ("es", "es_ES.UTF-8", ["&Archivo", "&Editar", "&Ver", "A&yuda"], "Tareas que vencen"),
]
ENGLISH_DAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")


def english_only(code: str) -> set[str]:
    """The English sources whose translation in ``code`` reads differently."""
    path = ROOT / "resources" / "translations" / f"mentordesk_{code}.ts"
    different = set()
    for message in ET.parse(path).getroot().iter("message"):
        source = message.findtext("source") or ""
        translation = message.find("translation")
        said = translation.text if translation is not None else None
        if said and said != source:
            different.add(source)
    return different & {source for _context, source in translations_script().extract()}


@pytest.mark.parametrize(("code", "lang", "menus", "heading"), LANGUAGES, ids=lambda v: str(v))
def test_the_window_speaks_the_systems_language(
    tmp_path: Path, code: str, lang: str, menus: list[str], heading: str
) -> None:
    import subprocess
    import sys

    env = app_env(tmp_path / "data")
    env.pop(ENVIRONMENT, None)
    env.update(LANG=lang, LC_ALL="", LC_MESSAGES="", LANGUAGE="")
    result = subprocess.run(
        [sys.executable, "-m", "mentordesk", "--self-test"],
        env=env,
        capture_output=True,
        text=True,
        timeout=180,
        check=False,
    )
    assert result.returncode == 0, result.stderr[-3000:]
    assert "self-test passed" in result.stdout
    assert f"Language: {code}" in result.stdout
    shown = [
        line.removeprefix("Shown: ")
        for line in result.stdout.splitlines()
        if line.startswith("Shown: ")
    ]
    assert shown[0] == "MentorDesk"  # the window's title: the name stays
    assert shown[1:5] == menus
    assert heading in shown
    assert not any(day in line for line in shown for day in ENGLISH_DAYS)
    english = english_only(code)
    assert [line for line in shown if line in english] == []


def test_the_report_survives_a_console_that_cannot_show_every_character() -> None:
    """Windows' console is cp1252: a name set apart with Unicode isolates, or a word in
    a script it lacks, once made the frozen self-test fail with UnicodeEncodeError."""
    import io

    from mentordesk.selftest import show_line

    raw = io.BytesIO()
    console = io.TextIOWrapper(raw, encoding="cp1252", newline="\n")
    show_line("Shown: Review the agreement with \u2068Ada Lovelace\u2069 · 北京", console)
    console.flush()
    assert raw.getvalue().decode("cp1252") == (
        "Shown: Review the agreement with Ada Lovelace · ??\n"
    )
