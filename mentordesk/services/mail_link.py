"""A ``mailto:`` link (RFC 6068) with a subject and a body, kept short enough to open.

Mail apps and the systems that hand them the link do not all take long links: Windows
hands an application at most 2,048 characters of a link (Outlook and the mail app cut
or refuse longer ones) and some Linux handlers pass it on a command line. ``MAX_URL``
(2,000 characters) opens everywhere; a longer message is cut at a line, ending with
a line saying it was cut, and ``MailLink.cut`` tells the caller, which says so and puts
the whole text on the clipboard.
"""

from __future__ import annotations

from dataclasses import dataclass
from urllib.parse import quote

MAX_URL = 2000
CUT_NOTE = "[…]"  # the last line of a cut body; the UI says where the rest is


@dataclass(frozen=True)
class MailLink:
    url: str
    cut: bool


def _encode(text: str) -> str:
    # RFC 6068 §5: line breaks as %0D%0A, everything outside unreserved percent-encoded
    return quote(text.replace("\r\n", "\n").replace("\n", "\r\n"), safe="")


def mail_link(to: str, subject: str, body: str, limit: int = MAX_URL) -> MailLink:
    """The link that opens a new mail to ``to`` with ``subject`` and ``body``."""
    head = f"mailto:{quote(to.strip(), safe='@')}?subject={_encode(subject)}&body="
    url = head + _encode(body)
    if len(url) <= limit:
        return MailLink(url, False)
    lines = body.splitlines()
    while lines:
        lines.pop()
        url = head + _encode("\n".join([*lines, "", CUT_NOTE]))
        if len(url) <= limit:
            return MailLink(url, True)
    return MailLink(head[: -len("&body=")], True)
