"""A note edit waiting for an earlier edit of the same note (services/sync_text.py) is
said on the Sync page in the window's language, and in English on the command line."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication

from mentordesk.services.sync_receive import Held
from mentordesk.ui.i18n import install_language
from mentordesk.ui.sync.waiting_words import held_lines


def test_waiting_note_edits_are_said_in_the_windows_language(qapp: QApplication) -> None:
    held = [Held("notes", 3, "0123456789abcdef", "Home laptop", detail="2")]
    assert held[0].english() == (
        "2 note edit(s) in batch 3 from Home laptop wait for an earlier edit of the same "
        "note that has not arrived yet; those notes keep their text until it does."
    )
    assert held_lines(held) == [
        "Some note edits in batch 3 from “Home laptop” wait for an earlier edit of the same "
        "note that has not arrived yet; those notes keep their text until it does."
    ]
    install_language(qapp, "de")
    try:
        german = held_lines(held)
    finally:
        install_language(qapp, "en")
    assert german == [
        "Einige Notizänderungen in Stapel 3 von „Home laptop“ warten auf eine frühere "
        "Änderung derselben Notiz, die noch nicht angekommen ist; diese Notizen behalten "
        "bis dahin ihren Text."
    ]
