"""Send a recap after a meeting: the drafted message (``recap_text``), edited, then
copied, opened in the mail app or saved as Markdown; each sending is recorded on the
meeting (``operations.mark_recap_sent``), and a recap already sent opens as it was."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QLabel, QWidget

from mentordesk.db.choices import RecapSent
from mentordesk.services import recaps
from mentordesk.ui import formats, labels
from mentordesk.ui import settings as setting
from mentordesk.ui.context import AppContext
from mentordesk.ui.meetings import operations, recap_text
from mentordesk.ui.messages import is_expected, problem_text, tell
from mentordesk.ui.widgets.message_draft import MessageDraftDialog


def recap_dialog(
    context: AppContext, parent: QWidget | None, meeting_id: str
) -> MessageDraftDialog | None:
    """The recap of ``meeting_id`` ready to edit and send (None when it cannot be read)."""
    try:
        facts = context.read(recaps.recap_facts, meeting_id)
    except Exception as error:
        if not is_expected(error):
            raise
        tell(parent, QCoreApplication.translate("recap", "Send recap"), problem_text(error))
        return None
    intro = None
    if facts.sent is not None and facts.sent.sent_at is not None:
        how = labels.label(RecapSent, facts.sent.sent_how or RecapSent.COPIED)
        intro = QLabel(
            QCoreApplication.translate("recap", "Recap sent on {when} ({how}).").format(
                when=formats.long_datetime(facts.sent.sent_at), how=how
            )
        )
        intro.setObjectName("recapSentNote")
        body = facts.sent.body
    else:
        body = recap_text.recap_body(facts, context.settings.get(setting.MY_NAME).strip())
        # The editable text is the preview: exactly what is copied, mailed or saved.
        intro = QLabel(
            QCoreApplication.translate(
                "recap",
                "Exactly this text is copied, mailed or saved. Private agenda points and "
                "action items are left out, and so are your notes and takeaways.",
            )
        )
        intro.setObjectName("recapPrivacyNote")
        intro.setWordWrap(True)

    def sent(how: str, _subject: str, text: str) -> bool:
        return operations.mark_recap_sent(context, parent, meeting_id, facts.mentor_name, text, how)

    dialog = MessageDraftDialog(
        QCoreApplication.translate("recap", "Recap for {name}").format(name=facts.mentor_name),
        to=facts.mentor_email,
        subject=recap_text.subject(facts),
        body=body,
        on_sent=sent,
        file_name=QCoreApplication.translate("recap", "{name} recap {day}.md").format(
            name=facts.mentor_name, day=formats.local_date(facts.held_on).isoformat()
        ),
        intro=intro,
        parent=parent,
    )
    dialog.setObjectName("recapDialog")
    return dialog


def send_recap(context: AppContext, parent: QWidget | None, meeting_id: str) -> None:
    dialog = recap_dialog(context, parent, meeting_id)
    if dialog is None:
        return
    try:
        dialog.exec()
    finally:
        dialog.deleteLater()
