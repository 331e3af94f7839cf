"""``mentordesk sync [--folder PATH] [--device NAME]``: one sync round from a terminal.

Sends this laptop's pending changes to the sync folder and applies what the other
laptops left there (``services/sync.py``). ``--folder`` and ``--device`` set sync up
the first time (or change the folder or this laptop's name); after that a bare
``mentordesk sync`` is enough. Qt-free, like every command.

It takes the data folder's lock like every command that writes. With MentorDesk open
the window owns the folder, so the command asks it to run the round (``open_app``,
``ui/sync/remote.py``) and prints how that went; setting up, ``--log`` and
``--restore`` are done in the window then (exit code ``IN_USE``).
"""

from __future__ import annotations

import argparse
import socket
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from mentordesk.config import Paths

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

USAGE, PAUSED, IN_USE, PASSPHRASE = "usage", "paused", "in_use", "passphrase"
ROUND_TIMEOUT_S = 300.0  # a first sync of years of data takes seconds; a slow disk more


class SyncError(Exception):
    """The round did not run, or was paused; ``reason`` is USAGE, PAUSED, IN_USE or
    PASSPHRASE (the sync folder's passphrase differs from the one given, or none was
    given)."""

    def __init__(self, message: str, reason: str) -> None:
        super().__init__(message)
        self.reason = reason


def _folder(text: str) -> Path:
    folder = Path(text).expanduser().absolute()
    if not folder.is_dir():
        raise SyncError(
            f"There is no folder at {folder}. Give the folder your sync service keeps "
            "(Dropbox, OneDrive, iCloud Drive, Syncthing, a USB stick), or create it first.",
            USAGE,
        )
    return folder


def _restore(session: Session, number: int) -> str:
    from mentordesk.services import sync_log

    try:
        return sync_log.restore(session, number)
    except sync_log.RestoreError as error:
        raise SyncError(str(error), USAGE) from error


def decisions(paths: Paths, args: argparse.Namespace) -> list[str]:
    """``--log``: what sync decided by itself; ``--restore N``: put value N back."""
    from mentordesk.db.database import Database
    from mentordesk.services import sync_log

    database = Database(paths)
    try:
        with database.session() as session:
            if args.restore is not None:
                return [_restore(session, args.restore)]
            found = sync_log.decisions(session)
    finally:
        database.close()
    if not found:
        return ["Sync has decided nothing by itself on this laptop."]
    return [f"{d.id}. {d.at}  {d.text}" + ("  (restored)" if d.restored else "") for d in found]


def sync(paths: Paths, args: argparse.Namespace, now: datetime) -> list[str]:
    """Run one round on the (locked) data folder; the lines to tell the person."""
    from mentordesk.db.database import Database
    from mentordesk.services import sync as rounds
    from mentordesk.services import sync_key

    if getattr(args, "log", False) or getattr(args, "restore", None) is not None:
        return decisions(paths, args)

    from mentordesk import cli_passphrase
    from mentordesk.db import encryption

    secret = None
    given = cli_passphrase.given()
    if given is not None:  # the key is made from it the first time, if it is the passphrase
        sync_key.offer(paths, given)
    if getattr(args, "sync_passphrase", False):
        if not encryption.is_on(paths):
            raise SyncError(
                "--sync-passphrase is for an encrypted data folder; this one is not.", USAGE
            )
        secret = cli_passphrase.ask("The passphrase the sync folder was set up with: ")
    folder = _folder(args.folder) if args.folder else None
    name = args.device.strip() if args.device else None
    if name is not None and not name:
        raise SyncError("--device needs a name for this laptop, such as 'Home laptop'.", USAGE)
    database = Database(paths)
    try:
        with database.session() as session:
            current = rounds.settings(session)
            if not current.folder and folder is None:
                raise SyncError(
                    "Sync is not set up on this data folder yet: give --folder PATH (a folder "
                    "your sync service keeps) and --device NAME (this laptop's name) once.",
                    USAGE,
                )
            if folder is not None or name is not None or not current.enabled:
                if name is None and not current.device_name:
                    name = socket.gethostname() or "Laptop"
                current = rounds.configure(session, folder, name)
        report = rounds.run_round(
            database, now, socket.gethostname() or "computer", passphrase=secret
        )
    finally:
        database.close()
    if report.paused:
        raise SyncError(report.paused, PAUSED)
    if report.refused:
        raise _refused(report.refused, report.refused_reason)
    lines = [f"This laptop is “{current.device_name}”, syncing through {current.folder}."]
    if report.new_identity:
        lines.append(
            "This data folder was copied from another computer: it now syncs as a laptop "
            "of its own; give it its own name with --device."
        )
    if report.rewritten:
        lost = "1 batch" if report.rewritten == 1 else f"{report.rewritten} batches"
        lines.append(f"Wrote again {lost} of this laptop's that the sync folder had lost.")
    if report.resealed:
        lines.append(
            f"Encrypted {report.resealed} of this laptop's earlier batches in the sync folder."
        )
    batches_in = dict(report.batches_in)
    if report.started_from:  # counted in batches_in for the window's status bar
        lines.append(
            f"A new laptop: started from the snapshot “{report.started_from}” wrote, instead "
            "of replaying every batch."
        )
        batches_in[report.started_from] -= 1
        if not batches_in[report.started_from]:
            del batches_in[report.started_from]
    lines.extend(
        round_lines(
            report.sent,
            report.sent_file,
            batches_in,
            report.changes_in,
            report.conflicts,
            list(report.waiting) + rounds.downloading_words(report),
        )
    )
    if report.snapshot_file:
        lines.append(
            f"Wrote a snapshot ({report.snapshot_file}): a new laptop starts from it instead "
            "of replaying every batch."
        )
    if report.downloading:
        _let_downloads_start()
    return lines


def round_lines(
    sent: int,
    sent_file: str,
    batches_in: dict[str, int],
    changes_in: int,
    conflicts: int,
    waiting: list[str],
) -> list[str]:
    """What a round did, in the command's words (run here or by the open window)."""
    if not sent:
        lines = ["Nothing new to send."]
    else:
        lines = [f"Sent {_count(sent, 'change')}" + (f" ({sent_file})." if sent_file else ".")]
    for laptop, batches in sorted(batches_in.items()):
        lines.append(f"Received {_count(batches, 'batch', 'batches')} from “{laptop}”.")
    if not batches_in and not changes_in:
        lines.append("Nothing new from the other laptops.")
    if changes_in:
        lines.append(f"Applied {_count(changes_in, 'change')}.")
    if conflicts == 1:
        lines.append(
            "1 edit was made on two laptops at once: the newer was kept, the other is kept "
            "(see mentordesk sync --log) and can be restored."
        )
    elif conflicts:
        lines.append(
            f"{conflicts} edits made on two laptops at once: the newer was kept, the "
            "other is kept (see mentordesk sync --log) and can be restored."
        )
    lines.extend(waiting)
    return lines


def _refused(words: str, reason: str) -> SyncError:
    """The round refused to run: a mixed folder is for the person to settle (USAGE); a
    passphrase that differs from the sync folder's is a wrong passphrase."""
    from mentordesk.services import sync_key

    return SyncError(words, USAGE if reason == sync_key.MIXED else PASSPHRASE)


def _count(number: int, one: str, many: str = "") -> str:
    """'1 change', '2 changes'."""
    return f"{number} {one if number == 1 else many or one + 's'}"


def open_app(paths: Paths, args: argparse.Namespace) -> list[str]:
    """The round, run by the MentorDesk that is open on ``paths``; SyncError (IN_USE)
    when it cannot be asked or did not answer."""
    import json

    from mentordesk.cli_note import _exchange
    from mentordesk.instance_name import REFUSED, SYNC, SYNCED

    asked = [
        name for name in ("folder", "device", "log", "sync_passphrase") if getattr(args, name, None)
    ]
    if asked or getattr(args, "restore", None) is not None:
        raise SyncError(
            "MentorDesk is open on this data folder: set sync up in its Edit ▸ Preferences ▸ "
            "Sync, and see or restore its decisions in File ▸ Sync…. (A bare `mentordesk "
            "sync` asks the open MentorDesk to sync now.)",
            IN_USE,
        )
    try:
        answer = _exchange(paths, SYNC, ROUND_TIMEOUT_S)
    except OSError as error:
        raise SyncError(
            f"MentorDesk is open on {paths.data_dir} but did not answer ({error}). It syncs "
            "by itself every two minutes; or use File ▸ Sync Now there. Close MentorDesk "
            "first to sync from here.",
            IN_USE,
        ) from error
    if answer.startswith(REFUSED):
        raise SyncError(answer[len(REFUSED) :].decode("utf-8", "replace").strip(), IN_USE)
    if not answer.startswith(SYNCED):
        raise SyncError(
            f"MentorDesk is open on {paths.data_dir} but did not answer. Close MentorDesk "
            "first to sync from here.",
            IN_USE,
        )
    done = json.loads(answer[len(SYNCED) :])
    if done.get("paused"):
        raise SyncError(str(done["paused"]), PAUSED)
    if done.get("failed"):
        raise SyncError(f"The open MentorDesk could not finish the round: {done['failed']}", IN_USE)
    if done.get("refused"):  # the service's words (services/sync_key), as when closed
        raise _refused(str(done["refused"]), str(done.get("refused_reason", "")))
    lines = ["MentorDesk is open on this data folder: it ran the round."]
    return lines + round_lines(
        int(done.get("sent", 0)),
        "",
        {str(k): int(v) for k, v in dict(done.get("batches_in", {})).items()},
        int(done.get("changes_in", 0)),
        int(done.get("conflicts", 0)),
        [str(w) for w in done.get("waiting", [])],
    )


def _let_downloads_start(seconds: float = 30.0) -> None:
    """Give the cloud fetches this round asked for time to finish before the command
    exits (its threads end with it): the next ``mentordesk sync`` then reads them."""
    import time

    from mentordesk.services import sync_folder

    deadline = time.monotonic() + seconds
    while sync_folder.downloads_running() and time.monotonic() < deadline:
        time.sleep(0.2)
