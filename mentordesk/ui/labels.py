"""What the user sees for each stored choice (the stored values never change)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from mentordesk.db.models import Affiliation, Channel, MentorStatus, WhereFound


def _tr(text: str) -> str:
    return QCoreApplication.translate("labels", text)


STATUS_LABELS = {
    MentorStatus.PROSPECT.value: _tr("Prospect"),
    MentorStatus.REQUESTED.value: _tr("Requested"),
    MentorStatus.ACTIVE.value: _tr("Active"),
    MentorStatus.PAUSED.value: _tr("Paused"),
    MentorStatus.ENDED.value: _tr("Ended"),
}
STATUS_ORDER = {status.value: order for order, status in enumerate(MentorStatus)}

AFFILIATION_LABELS = {
    Affiliation.INTERNAL.value: _tr("Internal"),
    Affiliation.EXTERNAL.value: _tr("External"),
}

WHERE_FOUND_LABELS = {
    WhereFound.NETWORKING_EVENT.value: _tr("Networking event"),
    WhereFound.PROFESSIONAL_ASSOCIATION.value: _tr("Professional association"),
    WhereFound.SOCIAL_MEDIA.value: _tr("Social media"),
    WhereFound.COLLEAGUE_INTRODUCTION.value: _tr("Colleague introduction"),
    WhereFound.OTHER.value: _tr("Other"),
}

CHANNEL_LABELS = {
    Channel.EMAIL.value: _tr("Email"),
    Channel.PHONE.value: _tr("Phone"),
    Channel.VIDEO.value: _tr("Video call"),
    Channel.MESSAGING.value: _tr("Messaging"),
    Channel.IN_PERSON.value: _tr("In person"),
}
