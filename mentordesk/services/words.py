"""The words a service says to a person (a field's problem), Qt-free and in English
unless the window says otherwise.

``translate("services", "…")`` is marked as Qt's is, so ``pyside6-lupdate`` extracts
each message for the translators (context "services"); the window installs Qt's
``QCoreApplication.translate`` here when it starts (``ui/i18n.py``), so a message
reaches the person in their language. The command line never installs it: what it
prints, like the exports, reads in English everywhere.
"""

from __future__ import annotations

from collections.abc import Callable

_installed: list[Callable[[str, str], str]] = []


def install(translator: Callable[[str, str], str]) -> None:
    """Say every later message through ``translator`` (the window's languages)."""
    _installed[:] = [translator]


def translate(context: str, text: str) -> str:
    """``text`` in the person's language once the window installed one; else English."""
    return _installed[0](context, text) if _installed else text
