"""What a person does with topics and touches, each said once (``ui/operation.py``):
a mentor's Inbox tab, the Drop a topic dialog (the global shortcut, the tray menu),
the Plan meeting dialog, the Dashboard and meeting mode all call these."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import QWidget

from mentordesk.db.choices import TopicStatus, TouchKind
from mentordesk.services import topics, touches
from mentordesk.services.kinds import Kind, Ref
from mentordesk.services.topics import TopicRow
from mentordesk.services.touches import TouchData, TouchRow
from mentordesk.ui import labels
from mentordesk.ui.context import AppContext, Written
from mentordesk.ui.operation import delete_question, perform, performed, short


def add_topic(
    context: AppContext, parent: QWidget | None, mentor_id: str, text: str, private: bool
) -> Written[TopicRow] | None:
    """Drop a topic in a mentor's inbox (field errors are raised for the dialog)."""
    now = context.now()
    return perform(
        context,
        parent,
        QCoreApplication.translate("between", "Add topic “{topic}”").format(topic=short(text)),
        Kind.TOPIC,
        lambda s: topics.add_topic(s, mentor_id, text, private=private, now=now),
        created=lambda row: [Ref(Kind.TOPIC, row.id)],
        refs=[Ref(Kind.MENTOR, mentor_id)],
    )


def edit_topic(
    context: AppContext, parent: QWidget | None, item: TopicRow, text: str, private: bool
) -> Written[TopicRow] | None:
    now = context.now()
    return perform(
        context,
        parent,
        QCoreApplication.translate("between", "Edit topic “{topic}”").format(topic=short(text)),
        Ref(Kind.TOPIC, item.id),
        lambda s: topics.edit_topic(s, item.id, text=text, private=private, now=now),
    )


def set_topic_status(
    context: AppContext, parent: QWidget | None, item: TopicRow, status: TopicStatus
) -> bool:
    """Mark a topic discussed or dropped, or put it back in the inbox."""
    now = context.now()
    label = {
        TopicStatus.DISCUSSED: QCoreApplication.translate(
            "between", "Mark topic “{topic}” discussed"
        ),
        TopicStatus.DROPPED: QCoreApplication.translate("between", "Drop topic “{topic}”"),
        TopicStatus.OPEN: QCoreApplication.translate("between", "Put topic “{topic}” back"),
    }[status]
    return performed(
        context,
        parent,
        label.format(topic=short(item.text)),
        Ref(Kind.TOPIC, item.id),
        lambda s: topics.set_status(s, item.id, status.value, now=now),
    )


def delete_topic(context: AppContext, parent: QWidget | None, item: TopicRow) -> bool:
    return performed(
        context,
        parent,
        QCoreApplication.translate("between", "Delete topic “{topic}”").format(
            topic=short(item.text)
        ),
        Ref(Kind.TOPIC, item.id),
        lambda s: topics.delete_topic(s, item.id),
        ask=delete_question(Kind.TOPIC, short(item.text), {Kind.TOPIC: 1}),
    )


# A touch's kind inside a sentence ("Log a call with Ada"): its own words, as German
# keeps a noun's capital ("Anruf mit Ada eintragen") where the label lowercased lost it.
IN_A_SENTENCE: dict[TouchKind, str] = {
    TouchKind.EMAIL: str(QT_TRANSLATE_NOOP("touch_in_sentence", "email")),
    TouchKind.MESSAGE: str(QT_TRANSLATE_NOOP("touch_in_sentence", "message")),
    TouchKind.CALL: str(QT_TRANSLATE_NOOP("touch_in_sentence", "call")),
    TouchKind.CHAT: str(QT_TRANSLATE_NOOP("touch_in_sentence", "corridor chat")),
}


def touch_word(kind: str) -> str:
    """The kind of touch as said inside a sentence ("call"; in German "Anruf")."""
    if kind not in IN_A_SENTENCE:
        return labels.label(TouchKind, kind)
    return QCoreApplication.translate("touch_in_sentence", str(IN_A_SENTENCE[TouchKind(kind)]))


def log_touch(
    context: AppContext, parent: QWidget | None, data: TouchData, mentor_name: str
) -> Written[TouchRow] | None:
    """Log an email, message, call or chat (field errors are raised for the dialog)."""
    today, now = context.today(), context.now()
    return perform(
        context,
        parent,
        QCoreApplication.translate("between", "Log {kind} with {name}").format(
            kind=touch_word(data.kind), name=mentor_name
        ),
        Kind.TOUCH,
        lambda s: touches.add_touch(s, data, today=today, now=now),
        created=lambda row: [Ref(Kind.TOUCH, row.id)],
        refs=[Ref(Kind.MENTOR, data.mentor_id)],
    )


def edit_touch(
    context: AppContext, parent: QWidget | None, item: TouchRow, data: TouchData
) -> Written[TouchRow] | None:
    """Change a touch's kind, day or line (field errors are raised for the dialog)."""
    today, now = context.today(), context.now()
    return perform(
        context,
        parent,
        QCoreApplication.translate("between", "Edit {kind} with {name}").format(
            kind=touch_word(data.kind), name=item.mentor_name
        ),
        Ref(Kind.TOUCH, item.id),
        lambda s: touches.edit_touch(s, item.id, data, today=today, now=now),
        refs=[Ref(Kind.MENTOR, item.mentor_id)],
    )


def delete_touch(context: AppContext, parent: QWidget | None, item: TouchRow) -> bool:
    title = touch_word(item.data.kind)
    return performed(
        context,
        parent,
        QCoreApplication.translate("between", "Delete {kind} with {name}").format(
            kind=title, name=item.mentor_name
        ),
        Ref(Kind.TOUCH, item.id),
        lambda s: touches.delete_touch(s, item.id),
        # Named by its line ("Delete the touch “Sent the deck”?"), else by its kind.
        ask=delete_question(Kind.TOUCH, short(item.data.note) or title, {Kind.TOUCH: 1}),
    )
