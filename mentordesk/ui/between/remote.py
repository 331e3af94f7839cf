"""A topic sent by ``mentordesk note`` while MentorDesk is open: the open app adds it
itself, through the same named operation as the Drop a topic dialog, so its lists show
it at once and Edit ▸ Undo takes it back. The answer goes back over the socket
(``mentordesk/instance_name.py``)."""

from __future__ import annotations

import json

from PySide6.QtCore import QCoreApplication

from mentordesk.instance_name import NOTED, REFUSED
from mentordesk.services import topics
from mentordesk.services.topics import TopicValidationError, UnknownMentorError
from mentordesk.ui.between import operations
from mentordesk.ui.context import AppContext


def _refused(why: str) -> bytes:
    return REFUSED + " ".join(why.split()).encode() + b"\n"


def take_note(context: AppContext | None, payload: bytes) -> bytes:
    """Add the topic ``payload`` describes; the answer for ``mentordesk note``."""
    try:
        sent = json.loads(payload)
        mentor, text, private = str(sent["mentor"]), str(sent["text"]), bool(sent["private"])
    except (ValueError, KeyError, TypeError):
        return _refused("The topic could not be read.")
    if context is None:
        return _refused("MentorDesk is still opening its data; try again in a moment.")
    try:
        mentor_id, name = context.read(topics.find_mentor, mentor)
    except UnknownMentorError as error:
        return _refused(topics.unknown_mentor_text(error))
    try:
        done = operations.add_topic(context, None, mentor_id, text, private)
    except TopicValidationError as error:
        return _refused(" ".join(error.errors.values()))
    if done is None:
        return _refused("MentorDesk could not save it; its window says why.")
    context.say(
        QCoreApplication.translate(
            "between", "Topic for {name} added from the command line."
        ).format(name=name)
    )
    return NOTED + json.dumps({"mentor": name}, ensure_ascii=False).encode() + b"\n"
