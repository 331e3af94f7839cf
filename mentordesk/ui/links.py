"""Links a person clicks: a meeting's video link (Join), a mentor's email, phone and
profile. They open with the system's handler (browser, mail, phone app); where
nothing can open them, the link goes on the clipboard and the person is told so."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QUrl
from PySide6.QtGui import QDesktopServices, QGuiApplication

from mentordesk.services.mentors import is_valid_email, is_valid_phone, is_valid_url


def join_url(location: str) -> QUrl | None:
    """The address to join a meeting at, if its place is a link (else None)."""
    text = location.strip()
    if not text or not is_valid_url(text):
        return None
    # As the form promises: an address without a scheme is a secure (https) one.
    return QUrl(text if "://" in text else f"https://{text}")


def email_url(address: str) -> QUrl | None:
    """A mail link, only for something that can be written to."""
    return QUrl(f"mailto:{address.strip()}") if is_valid_email(address.strip()) else None


def phone_url(number: str) -> QUrl | None:
    """A phone link, only for a number that can be called."""
    if not is_valid_phone(number.strip()):
        return None
    return QUrl("tel:" + "".join(ch for ch in number if ch.isdigit() or ch == "+"))


def profile_url(address: str) -> QUrl | None:
    return join_url(address)


def open_link(url: QUrl, say: Callable[[str], None], shown: str = "") -> bool:
    """Open ``url`` with the system's handler. When nothing can open it, put it (or
    ``shown``, the address as the person typed it) on the clipboard and ``say`` so:
    a failure two minutes before a call must never be silent."""
    if QDesktopServices.openUrl(url):
        return True
    text = shown.strip() or url.toString()
    QGuiApplication.clipboard().setText(text)
    say(
        QCoreApplication.translate(
            "links", "Couldn't open the link; it is on the clipboard: {link}"
        ).format(link=text)
    )
    return False
