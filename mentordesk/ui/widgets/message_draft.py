"""A message to send, drafted by the app and edited by the person: a subject and a
body, then Copy, Open in Mail (a ``mailto:`` link, ``services/mail_link.py``) or Save
as Markdown. The recap after a meeting and the ask to a prospect use it.

``on_sent(how, subject, body)`` is called after each way of sending worked
(``RecapSent`` values: copied, mail, markdown); it records the sending through a named
operation and returns whether that worked. A body too long for a mail link is cut
in the mail, and the dialog says so and puts the whole text on the clipboard.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QStandardPaths, QUrl
from PySide6.QtGui import QDesktopServices, QGuiApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from mentordesk.db.files import write_text_file
from mentordesk.services.mail_link import mail_link
from mentordesk.ui.messages import tell

Sent = Callable[[str, str, str], bool]


class MessageDraftDialog(QDialog):
    """Edit a drafted message, then copy it, mail it or save it as Markdown."""

    def __init__(
        self,
        title: str,
        *,
        to: str,
        subject: str,
        body: str,
        on_sent: Sent,
        file_name: str = "",
        intro: QWidget | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("messageDraftDialog")
        self.setWindowTitle(title)
        self.to = to
        self.on_sent = on_sent
        self.file_name = file_name
        self.subject = QLineEdit(subject)
        self.subject.setObjectName("draftSubject")
        self.subject.setAccessibleName(self.tr("Subject"))
        self.body = QPlainTextEdit(body)
        self.body.setObjectName("draftBody")
        self.body.setAccessibleName(self.tr("Message"))
        self.note = QLabel("")
        self.note.setObjectName("draftNote")
        self.note.setWordWrap(True)
        self.note.hide()
        form = QFormLayout()
        if intro is not None:
            form.addRow(intro)
        form.addRow(self.tr("To"), QLabel(to or self.tr("(no email address on file)")))
        form.addRow(self.tr("&Subject"), self.subject)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.setObjectName("draftButtons")
        buttons.rejected.connect(self.reject)
        self.copy_button = self._button(buttons, "draftCopy", self.tr("&Copy"), self.copy)
        self.mail_button = self._button(
            buttons, "draftMail", self.tr("Open in &Mail"), self.open_mail
        )
        self.markdown_button: QPushButton | None = None
        if file_name:
            self.markdown_button = self._button(
                buttons, "draftMarkdown", self.tr("Save as Mar&kdown…"), self.save_markdown
            )
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.body, 1)
        layout.addWidget(self.note)
        layout.addWidget(buttons)
        self.resize(560, 480)

    def _button(
        self, box: QDialogButtonBox, name: str, text: str, slot: Callable[[], object]
    ) -> QPushButton:
        button = box.addButton(text, QDialogButtonBox.ButtonRole.ActionRole)
        button.setObjectName(name)
        button.setAccessibleName(text.replace("&", ""))
        button.clicked.connect(lambda _checked=False: slot())
        return button

    def text(self) -> str:
        return self.body.toPlainText()

    def _say(self, text: str) -> None:
        self.note.setText(text)
        self.note.show()

    def copy(self) -> bool:
        QGuiApplication.clipboard().setText(self.text())
        if not self.on_sent("copied", self.subject.text(), self.text()):
            return False
        self._say(self.tr("The message is on the clipboard."))
        return True

    def open_mail(self) -> bool:
        link = mail_link(self.to, self.subject.text(), self.text())
        if link.cut:
            QGuiApplication.clipboard().setText(self.text())
        if not QDesktopServices.openUrl(QUrl(link.url, QUrl.ParsingMode.StrictMode)):
            QGuiApplication.clipboard().setText(self.text())
            self._say(
                self.tr(
                    "No mail app opened the message. It is on the clipboard: paste it into "
                    "a new mail."
                )
            )
            return False
        if not self.on_sent("mail", self.subject.text(), self.text()):
            return False
        if link.cut:
            self._say(
                self.tr(
                    "The message was too long for a mail link, so the mail holds its start. "
                    "The whole message is on the clipboard: paste it over the mail's text."
                )
            )
        else:
            self._say(self.tr("The message is open in your mail app."))
        return True

    def save_markdown(self, path: Path | None = None) -> Path | None:
        if path is None:
            folder = QStandardPaths.writableLocation(
                QStandardPaths.StandardLocation.DocumentsLocation
            )
            start = Path(folder) if Path(folder).is_dir() else Path.home()
            name, _ = QFileDialog.getSaveFileName(
                self,
                self.tr("Save the message as Markdown"),
                str(start / self.file_name),
                self.tr("Markdown (*.md)"),
            )
            if not name:
                return None
            path = Path(name)
        text = f"# {self.subject.text().strip()}\n\n{self.text().strip()}\n"
        try:
            write_text_file(path, text)
        except OSError as error:
            tell(
                self,
                self.tr("Save as Markdown"),
                self.tr("Could not write {file}: {reason}.").format(
                    file=path, reason=error.strerror or error
                ),
            )
            return None
        if not self.on_sent("markdown", self.subject.text(), self.text()):
            return None
        self._say(self.tr("Saved to {file}.").format(file=path))
        return path
