"""Draft the ask to a prospect (``ask_text``), edit it, then copy it or open it in the
mail app; the first sending records the outreach step ("Asked", or "Followed up" after
an earlier step) with the follow-up day chosen here, through the prospects' named
operation, so the Prospects list and the Dashboard remind me when to follow up."""

from __future__ import annotations

from datetime import timedelta

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QHBoxLayout, QLabel, QWidget

from mentordesk.db.choices import OutreachKind
from mentordesk.services import asking
from mentordesk.services.prospects import OutreachValidationError
from mentordesk.ui import settings as setting
from mentordesk.ui.context import AppContext
from mentordesk.ui.prospects import ask_text, operations
from mentordesk.ui.widgets.date_fields import DateField
from mentordesk.ui.widgets.message_draft import MessageDraftDialog

FOLLOW_UP_AFTER_DAYS = 7


def ask_dialog(context: AppContext, parent: QWidget | None, prospect_id: str) -> MessageDraftDialog:
    facts = context.read(asking.ask_facts, prospect_id)
    today = context.today()
    intro = QWidget()
    row = QHBoxLayout(intro)
    row.setContentsMargins(0, 0, 0, 0)
    follow = DateField(
        "askFollowUp", QCoreApplication.translate("ask", "Follow up if no answer by")
    )
    follow.set_value(today + timedelta(days=FOLLOW_UP_AFTER_DAYS))
    row.addWidget(QLabel(QCoreApplication.translate("ask", "Follow up if no answer by")))
    row.addWidget(follow, 1)
    logged: list[str] = []

    def sent(how: str, _subject: str, _text: str) -> bool:
        if logged:  # one step per ask, however many ways it was sent
            return True
        kind = OutreachKind.FOLLOWED_UP if facts.asked_before else OutreachKind.ASKED
        note = (
            QCoreApplication.translate("ask", "Asked by email (drafted in MentorDesk)")
            if how == "mail"
            else QCoreApplication.translate("ask", "Asked (message drafted in MentorDesk)")
        )
        try:
            done = operations.add_step(
                context,
                parent,
                prospect_id,
                facts.name,
                kind.value,
                context.today(),
                note=note,
                follow_up_on=follow.value(),
            )
        except OutreachValidationError as error:
            dialog.note.setText(" ".join(error.errors.values()))
            dialog.note.show()
            return False
        if done:
            logged.append(how)
        return done

    dialog = MessageDraftDialog(
        QCoreApplication.translate("ask", "Ask {name}").format(name=facts.name),
        to=facts.email,
        subject=ask_text.subject(facts),
        body=ask_text.ask_body(facts, context.settings.get(setting.MY_NAME).strip()),
        on_sent=sent,
        intro=intro,
        parent=parent,
    )
    dialog.setObjectName("askProspectDialog")
    return dialog


def draft_ask(context: AppContext, parent: QWidget | None, prospect_id: str) -> None:
    dialog = ask_dialog(context, parent, prospect_id)
    try:
        dialog.exec()
    finally:
        dialog.deleteLater()
