"""Notes read back as typed: Markdown without HTML, nothing loaded, links only after asking.

Issue 15 (R15/R16): notes are the person's own words, so ``<Anna>``,
``Map<String, List<Int>>`` or a typed ``<br>`` must show as typed, never start an
HTML tag that hides the rest. Qt's Markdown reader is given ``MarkdownNoHTML``
(GitHub's dialect otherwise: task lists, tables, strikethrough, autolinks).

A link opens only when it is a web (``http``, ``https``) or mail (``mailto``) link,
and only after the person says yes; any other (``file:``, ``javascript:``, ``smb:``,
a relative name) is never handed to the desktop and never followed inside the view.
The view loads no resources at all: an image written as ``![](file:///…)`` shows
nothing of the disk.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QUrl
from PySide6.QtGui import QTextDocument
from PySide6.QtWidgets import QTextBrowser, QWidget

from mentordesk.ui import messages
from mentordesk.ui.links import open_link

FEATURES = (
    QTextDocument.MarkdownFeature.MarkdownDialectGitHub
    | QTextDocument.MarkdownFeature.MarkdownNoHTML
)
OPENED = {"http", "https", "mailto"}


class NotesBrowser(QTextBrowser):
    """A read-only view of Markdown written by the person (see the module's rules)."""

    def __init__(self, say: Callable[[str], None], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._say = say
        self.setOpenLinks(False)  # never follows a link itself (no file shown inside)
        self.setOpenExternalLinks(False)
        self.anchorClicked.connect(self.follow)

    def show_markdown(self, text: str) -> None:
        self.document().setMarkdown(text, FEATURES)

    def loadResource(self, kind: int, name: QUrl | str) -> Any:
        return None  # no images or style sheets, from the disk or anywhere else

    def follow(self, url: QUrl) -> None:
        """What a click (or Enter) on a link does: ask, then open a web or mail link."""
        scheme = url.scheme().lower()
        if scheme not in OPENED:
            self._say(
                self.tr(
                    "MentorDesk opens only web and mail links; this {scheme} link is not opened."
                ).format(scheme=f"{scheme}:" if scheme else self.tr("local"))
            )
            return
        mail = scheme == "mailto"
        question = (
            self.tr("Write to {address} with your mail app?").format(address=url.path())
            if mail
            else self.tr("Open {link} in your browser?").format(link=url.toDisplayString())
        )
        if messages.confirm(
            self,
            self.tr("Open link"),
            question,
            self.tr("Write") if mail else self.tr("Open"),
            name="openLinkBox",
            yes_name="openLinkButton",
        ):
            open_link(url, self._say)
