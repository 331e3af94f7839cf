"""Links a person clicks: a meeting's video link (Join), a mentor's email, phone and
profile. They open with the system's handler (browser, mail, phone app)."""

from __future__ import annotations

from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices

from mentordesk.services.mentors import is_valid_url


def join_url(location: str) -> QUrl | None:
    """The address to join a meeting at, if its place is a link (else None)."""
    text = location.strip()
    if not text or not is_valid_url(text):
        return None
    # As the form promises: an address without a scheme is a secure (https) one.
    return QUrl(text if "://" in text else f"https://{text}")


def email_url(address: str) -> QUrl | None:
    return QUrl(f"mailto:{address.strip()}") if address.strip() else None


def phone_url(number: str) -> QUrl | None:
    digits = "".join(ch for ch in number if ch.isdigit() or ch == "+")
    return QUrl(f"tel:{digits}") if digits else None


def profile_url(address: str) -> QUrl | None:
    return join_url(address)


def open_link(url: QUrl) -> bool:
    """Open ``url`` with the system's handler; False if nothing could open it."""
    return bool(QDesktopServices.openUrl(url))
