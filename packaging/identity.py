"""The names MentorDesk is known by, read from mentordesk/__init__.py, their one place.

The build scripts run without MentorDesk installed (and the frozen build must not
see the source tree), so they read the file instead of importing the package.
"""

from __future__ import annotations

from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def _names() -> dict[str, str]:
    namespace: dict[str, object] = {}
    exec((ROOT / "mentordesk" / "__init__.py").read_text(encoding="utf-8"), namespace)
    return {key: value for key, value in namespace.items() if isinstance(value, str)}


_NAMES = _names()
VERSION = _NAMES["__version__"]
APP_NAME = _NAMES["APP_NAME"]
APP_ID = _NAMES["APP_ID"]  # reverse-DNS; why this one: mentordesk/__init__.py
HOMEPAGE = _NAMES["HOMEPAGE"]
