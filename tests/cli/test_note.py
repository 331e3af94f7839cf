"""``mentordesk note`` with MentorDesk closed: a real process drops a topic in a
mentor's inbox (found by a name in any case, or a part only they have), refuses an
unknown or ambiguous name without writing, and never imports Qt. With the app open:
tests/ui/test_note_open_app.py."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from tests.cli.test_commands import folder_with, mentordesk


def stored_topics(path: Path) -> list[tuple[str, str, int, str]]:
    connection = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        return [
            (str(name), str(text), int(private), str(status))
            for name, text, private, status in connection.execute(
                "SELECT mentor.name, topic.text, topic.private, topic.status FROM topic"
                " JOIN mentor ON mentor.id = topic.mentor_id ORDER BY topic.created_at"
            )
        ]
    finally:
        connection.close()


def test_note_with_the_app_closed_fills_the_inbox(tmp_path: Path) -> None:
    data = tmp_path / "data"
    database = folder_with(data, "Ada Lovelace", "Grace Hopper")
    result = mentordesk("note", "--mentor", "ada lovelace", "Ask", "about", "rotas", data=data)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "Added the topic “Ask about rotas” to Ada Lovelace's inbox."
    private = mentordesk("note", "--mentor", "hopper", "--private", "Salary talk", data=data)
    assert private.returncode == 0, private.stderr
    assert stored_topics(database) == [
        ("Ada Lovelace", "Ask about rotas", 0, "open"),
        ("Grace Hopper", "Salary talk", 1, "open"),
    ]


def test_an_unknown_or_ambiguous_name_adds_nothing(tmp_path: Path) -> None:
    data = tmp_path / "data"
    database = folder_with(data, "Ada Lovelace", "Adam Smith")
    unknown = mentordesk("note", "--mentor", "Linus", "Hello", data=data)
    assert unknown.returncode == 2
    assert "No mentor is called “Linus”." in unknown.stderr
    both = mentordesk("note", "--mentor", "ada", "Hello", data=data)
    assert both.returncode == 2
    assert "could be several mentors: Ada Lovelace, Adam Smith" in both.stderr
    assert stored_topics(database) == []


def test_note_never_imports_qt(tmp_path: Path) -> None:
    data = tmp_path / "data"
    folder_with(data, "Ada Lovelace")
    result = mentordesk("note", "--mentor", "Ada", "Hi", data=data, importtime=True)
    assert result.returncode == 0, result.stderr
    imported = [line.split("|")[-1].strip() for line in result.stderr.splitlines()]
    assert not [name for name in imported if name.startswith("PySide6")]
