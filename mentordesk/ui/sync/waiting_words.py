"""What a round left waiting, in the person's language: batches not applied yet
(``sync_receive.Held``: one missing, one still arriving, one that is not a batch, one
from a newer MentorDesk, one not encrypted where the sync folder's are) and files still
in the cloud. The command line says the same in English (``Held.english``,
``sync.downloading_words``).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

if TYPE_CHECKING:
    from mentordesk.services.sync_receive import Held


def _laptop(held: Held) -> str:
    if held.laptop:  # a name in the language's own quotation marks
        return QCoreApplication.translate("syncWaiting", "“{name}”").format(name=held.laptop)
    return QCoreApplication.translate("syncWaiting", "another laptop")


def held_line(held: Held) -> str:
    """One batch not applied yet, and why."""
    if held.reason == "missing":
        text = QCoreApplication.translate(
            "syncWaiting",
            "Waiting for batch {number} from {laptop}: later ones have arrived, this one "
            "has not yet.",
        )
    elif held.reason == "unreadable":
        return QCoreApplication.translate(
            "syncWaiting", "{file} is not a batch MentorDesk can read; it is left alone."
        ).format(file=held.file)
    elif held.reason == "plain":
        text = QCoreApplication.translate(
            "syncWaiting",
            "Batch {number} from {laptop} is not encrypted: that laptop's data is not "
            "encrypted, and this sync folder's batches are. Turn encryption on there with "
            "the passphrase this sync folder was set up with; nothing from it is applied "
            "until then.",
        )
    elif held.reason == "newer":
        text = QCoreApplication.translate(
            "syncWaiting",
            "Batch {number} from {laptop} was written by a newer MentorDesk: update "
            "MentorDesk on this laptop to receive it.",
        )
    else:
        text = QCoreApplication.translate(
            "syncWaiting",
            "Batch {number} from {laptop} is still arriving; it will be read next time.",
        )
    return text.format(number=held.seq, laptop=_laptop(held))


def held_lines(held: Iterable[Held]) -> list[str]:
    return [held_line(one) for one in held]


def downloading_lines(downloading: Mapping[str, int]) -> list[str]:
    """ "Waiting for 2 files to download from the cloud (“Work laptop”)." per laptop."""
    lines = []
    for name, files in sorted(downloading.items()):
        if name:
            line = QCoreApplication.translate(
                "sync", "Waiting for %n file(s) to download from the cloud (“{laptop}”).", "", files
            ).format(laptop=name)
        else:
            line = QCoreApplication.translate(
                "sync",
                "Waiting for %n file(s) to download from the cloud (another laptop).",
                "",
                files,
            )
        lines.append(line)
    return lines
