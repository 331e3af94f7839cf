"""The pseudo-locale ``en_XA`` for layout tests: every string 40 % longer and accented
(``scripts/translations.py``), so a layout that only fits English fails here first.

A module runs its tests in English and in the pseudo-locale with
``language = pseudo.both_languages()``; ``shown(text)`` is what the window shows for
the English ``text`` in the language of the test."""

from __future__ import annotations

import importlib.util
from collections.abc import Callable, Iterator
from functools import cache
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication

from mentordesk.ui.i18n import PSEUDO, install_language, language_shown

ROOT = Path(__file__).resolve().parents[2]


@cache
def _pseudo() -> Callable[[str], str]:
    spec = importlib.util.spec_from_file_location("translations", ROOT / "scripts/translations.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module.pseudo  # type: ignore[no-any-return]


def shown(text: str) -> str:
    """``text`` as the window shows it in the language of the running test."""
    return _pseudo()(text) if language_shown() == PSEUDO else text


def both_languages() -> Callable[..., Iterator[str]]:
    @pytest.fixture(autouse=True, params=["en", PSEUDO])
    def language(request: pytest.FixtureRequest, qapp: QApplication) -> Iterator[str]:
        install_language(qapp, request.param)
        try:
            yield request.param
        finally:
            install_language(qapp, "en")

    return language
